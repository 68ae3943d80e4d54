package io.github.monetik.income;

import io.github.monetik.internal.Checks;
import io.github.monetik.internal.MonetikStyle;
import io.github.monetik.money.Money;
import java.math.BigDecimal;
import java.util.List;
import org.immutables.value.Value;

/**
 * The heuristics behind engagement bands and brand-deal estimates. Every number is a published
 * rule of thumb, not a TikTok rule; the presets in {@code IncomePresets} cite theirs.
 */
@Value.Immutable
@MonetikStyle
public abstract class IncomePolicy {
  IncomePolicy() {}

  /** {@return a builder; every field is required} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link IncomePolicy}; {@code build()} checks the fields and names a bad one. */
  public static final class Builder extends ImmutableIncomePolicy.Builder {
    Builder() {}
  }

  /** {@return the engagement rate (percent) from which an account counts as average} */
  public abstract BigDecimal averageEngagementFrom();

  /** {@return the engagement rate (percent) from which an account counts as high} */
  public abstract BigDecimal highEngagementFrom();

  /** {@return the engagement rate (percent) above which an account counts as very high} */
  public abstract BigDecimal veryHighEngagementAbove();

  /** {@return the average engagement rate (percent) a brand-deal fee is scaled against} */
  public abstract BigDecimal referenceEngagement();

  /** {@return the low fee per 1,000 followers for one sponsored post} */
  public abstract Money feePerThousandFollowersLow();

  /** {@return the high fee per 1,000 followers for one sponsored post} */
  public abstract Money feePerThousandFollowersHigh();

  /** {@return follower tiers, by ascending {@link FollowerTier#minFollowers()}, the first from 0} */
  public abstract List<FollowerTier> tiers();

  /**
   * {@return a copy with those tiers}
   *
   * @param tiers the follower tiers
   */
  public abstract IncomePolicy withTiers(Iterable<? extends FollowerTier> tiers);

  /**
   * {@return a copy with that reference}
   *
   * @param referenceEngagement the average rate (percent) fees are scaled against
   */
  public abstract IncomePolicy withReferenceEngagement(BigDecimal referenceEngagement);

  @Value.Check
  void check() {
    if (averageEngagementFrom().signum() < 0 || highEngagementFrom().compareTo(averageEngagementFrom()) < 0
        || veryHighEngagementAbove().compareTo(highEngagementFrom()) < 0) {
      throw new IllegalArgumentException("engagement bands must satisfy 0 <= average <= high <= very high, was "
          + averageEngagementFrom() + ", " + highEngagementFrom() + ", " + veryHighEngagementAbove());
    }
    if (referenceEngagement().signum() <= 0) {
      throw new IllegalArgumentException("referenceEngagement must be > 0, was " + referenceEngagement());
    }
    if (feePerThousandFollowersLow().isNegative() || feePerThousandFollowersHigh().isLessThan(feePerThousandFollowersLow())) {
      throw new IllegalArgumentException("fees per 1,000 followers must satisfy 0 <= low <= high, was "
          + feePerThousandFollowersLow() + " and " + feePerThousandFollowersHigh());
    }
    if (tiers().isEmpty() || tiers().get(0).minFollowers() != 0) {
      throw new IllegalArgumentException("tiers must start at 0 followers, was " + tiers());
    }
    for (int i = 1; i < tiers().size(); i++) {
      if (tiers().get(i).minFollowers() <= tiers().get(i - 1).minFollowers()) {
        throw new IllegalArgumentException("tiers must ascend by minFollowers, was " + tiers());
      }
    }
  }

  /**
   * {@return its band under this policy's thresholds}
   *
   * @param rate an engagement rate
   */
  public EngagementBand band(EngagementRate rate) {
    BigDecimal p = rate.percent();
    if (p.compareTo(averageEngagementFrom()) < 0) {
      return EngagementBand.LOW;
    }
    if (p.compareTo(highEngagementFrom()) < 0) {
      return EngagementBand.AVERAGE;
    }
    return p.compareTo(veryHighEngagementAbove()) > 0 ? EngagementBand.VERY_HIGH : EngagementBand.HIGH;
  }

  /**
   * {@return the tier the account falls in}
   *
   * @param followers an account's followers
   * @throws IllegalArgumentException if {@code followers} is negative
   */
  public FollowerTier tierOf(long followers) {
    Checks.nonNegative(followers, "followers");
    FollowerTier found = tiers().get(0);
    for (FollowerTier t : tiers()) {
      if (t.minFollowers() <= followers) {
        found = t;
      }
    }
    return found;
  }

  /** {@return one line: the engagement bands and the brand-deal fee range} */
  @Override
  public String toString() {
    return "engagement average from " + averageEngagementFrom().toPlainString() + "%, high from "
        + highEngagementFrom().toPlainString() + "%; brand deals " + feePerThousandFollowersLow() + " to "
        + feePerThousandFollowersHigh() + " per 1,000 followers";
  }
}
