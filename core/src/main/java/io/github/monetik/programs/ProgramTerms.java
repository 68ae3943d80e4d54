package io.github.monetik.programs;

import io.github.monetik.internal.MonetikStyle;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * One program's terms on a day: when it is open, its requirements, how it pays, and what the
 * terms say that cannot be checked. Rule data: the sourced ones are in
 * {@code io.github.monetik.rules.ProgramPresets}.
 *
 * <pre>{@code
 * ProgramTerms series = ProgramTerms.builder().program(Program.SERIES)
 *     .opens(LocalDate.of(2023, 3, 1))
 *     .addRequirements(Requirement.minimumAge(18), Requirement.minimumFollowers(10_000)).build();
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
   * {@return a follower count below which an eligible creator gets a limited tier (TikTok Shop's pilot program); empty when there is none}
   */
  public abstract OptionalLong limitedBelowFollowers();

  /** {@return what the limited tier allows; empty unless {@link #limitedBelowFollowers()} is set} */
  public abstract Optional<String> limitedTier();

  /** {@return what the terms say but cannot be checked from a profile, with sources} */
  public abstract List<String> notes();

  /**
   * {@return a copy with those requirements}
   *
   * @param requirements the requirements
   */
  public abstract ProgramTerms withRequirements(Iterable<? extends Requirement> requirements);

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
   */
  public boolean isOpenOn(LocalDate date) {
    return (opens().isEmpty() || !date.isBefore(opens().get())) && (closes().isEmpty() || date.isBefore(closes().get()));
  }

  @Value.Check
  void check() {
    if (opens().isPresent() && closes().isPresent() && !opens().get().isBefore(closes().get())) {
      throw new IllegalArgumentException("closes must be after opens (" + opens().get() + "), was " + closes().get());
    }
    if (limitedBelowFollowers().isPresent() != limitedTier().isPresent()) {
      throw new IllegalArgumentException("limitedTier must be given exactly when limitedBelowFollowers is, was "
          + limitedTier() + " with " + limitedBelowFollowers());
    }
    if (limitedBelowFollowers().isPresent()) {
      CreatorProfile.requireCount(limitedBelowFollowers().getAsLong(), "limitedBelowFollowers");
    }
  }
}
