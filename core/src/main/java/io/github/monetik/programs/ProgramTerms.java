package io.github.monetik.programs;

import io.github.monetik.internal.MonetikStyle;
import java.time.LocalDate;
import java.util.List;
import io.github.monetik.internal.Checks;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One program's terms on a day: when it is open, its requirements, a limited tier, how it pays
 * (per view, or a revenue share), the countries whose own terms the sources give, and what the
 * terms say that cannot be checked. Rule data: the sourced ones are in
 * {@code io.github.monetik.rules.ProgramPresets}.
 *
 * <pre>{@code
 * ProgramTerms series = ProgramTerms.builder().program(Program.SERIES)
 *     .opens(LocalDate.of(2023, 3, 1))
 *     .addRequirements(Requirement.minimumAge(18), Requirement.minimumFollowers(10_000)).build();
 * ProgramTerms mine = series.withRequirements(List.of(Requirement.minimumAge(18)));
 * }</pre>
 */
@Value.Immutable
@MonetikStyle
public abstract class ProgramTerms {
  ProgramTerms() {}

  /** {@return a builder; {@code program} is required} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ProgramTerms}; {@code build()} checks the fields and names a bad one. */
  public static final class Builder extends ImmutableProgramTerms.Builder {
    Builder() {}
  }

  /** {@return the program these terms are for} */
  public abstract Program program();

  /** {@return the first day the program is open; empty when open as far back as the sources go} */
  public abstract Optional<LocalDate> opens();

  /** {@return the first day the program is closed; empty while it is open} */
  public abstract Optional<LocalDate> closes();

  /** {@return the requirements a creator must all meet} */
  public abstract List<Requirement> requirements();

  /** {@return how the program pays per view; empty for programs not paid per view} */
  public abstract Optional<PayTerms> pay();

  /**
   * {@return what an eligible creator must also meet to escape the limited tier (TikTok Shop's Pilot
   *     Program under 5,000 followers, Subscription's LIVE-only route); empty when there is no tier}
   */
  public abstract List<Requirement> limitedUnless();

  /** {@return what the limited tier allows; given exactly when {@link #limitedUnless()} is not empty} */
  public abstract Optional<String> limitedTier();

  /**
   * {@return the shares of revenue creators keep, by country (the first naming the creator's
   *     country applies, else the one naming none); empty for programs without a revenue share}
   */
  public abstract List<RevenueShare> revenueShares();

  /**
   * {@return the countries whose own terms the sources give, upper-case ISO codes; empty when the
   *     terms are stated for everywhere. A creator elsewhere is checked against these terms as the
   *     documented default, and the report notes it}
   */
  public abstract List<String> sourcedCountries();

  /** {@return what the terms say but cannot be checked from a profile, with sources} */
  public abstract List<String> notes();

  /**
   * {@return a copy with those requirements}
   *
   * @param requirements the requirements, in report order
   * @throws NullPointerException naming {@code requirements} or the null element ({@code requirements[2]})
   */
  public ProgramTerms withRequirements(List<Requirement> requirements) {
    return builder().from(this).requirements(Checks.elements(requirements, "requirements")).build();
  }

  /**
   * {@return a copy with those pay terms}
   *
   * @param pay the pay terms
   */
  public abstract ProgramTerms withPay(PayTerms pay);

  /**
   * {@return a copy that closes that day}
   *
   * @param closes the first day closed
   */
  public abstract ProgramTerms withCloses(LocalDate closes);

  /**
   * {@return true if the program is open that day}
   *
   * @param date a day
   * @throws NullPointerException if {@code date} is null
   */
  public boolean isOpenOn(LocalDate date) {
    Checks.notNull(date, "date");
    return (opens().isEmpty() || !date.isBefore(opens().get())) && (closes().isEmpty() || date.isBefore(closes().get()));
  }

  @Value.Check
  void check() {
    if (opens().isPresent() && closes().isPresent() && !opens().get().isBefore(closes().get())) {
      throw new IllegalArgumentException("closes must be after opens (" + opens().get() + "), was " + closes().get());
    }
    if (limitedUnless().isEmpty() == limitedTier().isPresent()) {
      throw new IllegalArgumentException("limitedTier must be given exactly when limitedUnless is not empty, was "
          + limitedTier() + " with " + limitedUnless());
    }
    for (String c : sourcedCountries()) {
      if (!Countries.normalize(c, "sourcedCountries").equals(c)) {
        throw new IllegalArgumentException("sourcedCountries must be upper-case ISO 3166 alpha-2 codes such as GB, was '"
            + c + "'");
      }
    }
  }
}
