package io.github.monetik.programs;

import io.github.monetik.internal.MonetikStyle;
import io.github.monetik.money.Rate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The share of a program's revenue a creator keeps, in some countries or everywhere else: a base
 * share, and a bonus on top for creators who meet the bonus requirements. Rule data of
 * {@link ProgramTerms#revenueShares()}; an {@link EligibilityReport} applies it to its creator
 * ({@link EligibilityReport#revenueShare()}).
 *
 * <pre>{@code
 * RevenueShare rest = RevenueShare.builder().base(Rate.percent(50)).bonus(Rate.percent(20))
 *     .addBonusRequirements(Requirement.minimumFollowers(10_000), Requirement.minimumViewsLastMonth(1_000_000))
 *     .build();
 * RevenueShare us = RevenueShare.builder().from(rest).addCountries("US", "CA").base(Rate.percent(70)).build();
 * }</pre>
 */
@Value.Immutable
@MonetikStyle
public abstract class RevenueShare {
  RevenueShare() {}

  /** {@return a builder; {@code base} is required} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link RevenueShare}; {@code build()} checks the fields and throws
   * {@link IllegalArgumentException} naming a bad one.
   */
  public static final class Builder extends ImmutableRevenueShare.Builder {
    Builder() {}
  }

  /**
   * {@return the countries it applies in, ISO 3166 alpha-2 codes in upper case; empty when it
   *     applies everywhere no other share of the same terms names}
   */
  public abstract List<String> countries();

  /** {@return the share every eligible creator keeps} */
  public abstract Rate base();

  /** {@return the bonus on top of {@link #base()} for a creator who meets the bonus requirements; 0% unless given} */
  @Value.Default
  public Rate bonus() {
    return Rate.ZERO;
  }

  /** {@return what the bonus asks, all of them} */
  public abstract List<Requirement> bonusRequirements();

  /** {@return what the bonus also asks that a profile cannot show (subscriber-only posts, ...); empty when nothing} */
  public abstract Optional<String> bonusNote();

  /**
   * {@return true if it applies in that country}
   *
   * @param country an ISO 3166 alpha-2 code, upper case
   */
  boolean appliesIn(String country) {
    return countries().contains(country);
  }

  @Value.Check
  void check() {
    for (String c : countries()) {
      if (!Countries.normalize(c, "countries").equals(c)) {
        throw new IllegalArgumentException("countries must be upper-case ISO 3166 alpha-2 codes such as GB, was '" + c + "'");
      }
    }
    if (base().value().add(bonus().value()).compareTo(java.math.BigDecimal.ONE) > 0) {
      throw new IllegalArgumentException("bonus must be at most " + base().complement() + " (base " + base()
          + " plus bonus at most 100%), was " + bonus());
    }
  }
}
