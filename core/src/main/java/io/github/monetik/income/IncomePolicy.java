package io.github.monetik.income;

import io.github.monetik.internal.Bounds;
import io.github.monetik.internal.Checks;
import io.github.monetik.internal.MonetikStyle;
import io.github.monetik.money.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * The heuristics behind engagement bands and brand-deal estimates. Every number is a published
 * rule of thumb, not a TikTok rule; the presets in {@code IncomePresets} cite theirs. Every
 * percentage is within Monetik's number bounds (below 10^100, at most 100 decimals; see the
 * {@code money} package), so a policy always prints and divides quickly. Immutable.
 */
@Value.Immutable(builder = false, copy = false)
@MonetikStyle
public abstract class IncomePolicy {
  IncomePolicy() {}

  /** {@return a builder; every field is required} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds an {@link IncomePolicy}. Every method refuses a null argument with a
   * {@code NullPointerException} naming it ({@code tiers}, or an element by its place:
   * {@code tiers[2]}); {@code build()} checks the fields and names a bad one. Not thread-safe.
   */
  public static final class Builder {
    private @Nullable BigDecimal averageEngagementFrom;
    private @Nullable BigDecimal highEngagementFrom;
    private @Nullable BigDecimal veryHighEngagementAbove;
    private @Nullable BigDecimal referenceEngagement;
    private @Nullable Money feePerThousandFollowersLow;
    private @Nullable Money feePerThousandFollowersHigh;
    private final List<FollowerTier> tiers = new ArrayList<>();

    private Builder() {}

    /**
     * {@return this builder, with every field of {@code policy}}
     *
     * @param policy a policy to start from
     */
    public Builder from(IncomePolicy policy) {
      Checks.notNull(policy, "policy");
      averageEngagementFrom = policy.averageEngagementFrom();
      highEngagementFrom = policy.highEngagementFrom();
      veryHighEngagementAbove = policy.veryHighEngagementAbove();
      referenceEngagement = policy.referenceEngagement();
      feePerThousandFollowersLow = policy.feePerThousandFollowersLow();
      feePerThousandFollowersHigh = policy.feePerThousandFollowersHigh();
      tiers.clear();
      tiers.addAll(policy.tiers());
      return this;
    }

    /**
     * {@return this builder, with that threshold}
     *
     * @param averageEngagementFrom the rate (percent) from which an account counts as average
     */
    public Builder averageEngagementFrom(BigDecimal averageEngagementFrom) {
      this.averageEngagementFrom = Checks.notNull(averageEngagementFrom, "averageEngagementFrom");
      return this;
    }

    /**
     * {@return this builder, with that threshold}
     *
     * @param highEngagementFrom the rate (percent) from which an account counts as high
     */
    public Builder highEngagementFrom(BigDecimal highEngagementFrom) {
      this.highEngagementFrom = Checks.notNull(highEngagementFrom, "highEngagementFrom");
      return this;
    }

    /**
     * {@return this builder, with that threshold}
     *
     * @param veryHighEngagementAbove the rate (percent) above which an account counts as very high
     */
    public Builder veryHighEngagementAbove(BigDecimal veryHighEngagementAbove) {
      this.veryHighEngagementAbove = Checks.notNull(veryHighEngagementAbove, "veryHighEngagementAbove");
      return this;
    }

    /**
     * {@return this builder, with that reference}
     *
     * @param referenceEngagement the average rate (percent) brand-deal fees are scaled against
     */
    public Builder referenceEngagement(BigDecimal referenceEngagement) {
      this.referenceEngagement = Checks.notNull(referenceEngagement, "referenceEngagement");
      return this;
    }

    /**
     * {@return this builder, with that fee}
     *
     * @param feePerThousandFollowersLow the low fee per 1,000 followers for one sponsored post
     */
    public Builder feePerThousandFollowersLow(Money feePerThousandFollowersLow) {
      this.feePerThousandFollowersLow = Checks.notNull(feePerThousandFollowersLow, "feePerThousandFollowersLow");
      return this;
    }

    /**
     * {@return this builder, with that fee}
     *
     * @param feePerThousandFollowersHigh the high fee per 1,000 followers for one sponsored post
     */
    public Builder feePerThousandFollowersHigh(Money feePerThousandFollowersHigh) {
      this.feePerThousandFollowersHigh = Checks.notNull(feePerThousandFollowersHigh, "feePerThousandFollowersHigh");
      return this;
    }

    /**
     * {@return this builder, with exactly those tiers (the ones added before are dropped)}
     *
     * @param tiers follower tiers, by ascending {@link FollowerTier#minFollowers()}, the first from 0
     */
    public Builder tiers(Iterable<? extends FollowerTier> tiers) {
      List<FollowerTier> all = Checks.elements(tiers, "tiers");
      this.tiers.clear();
      this.tiers.addAll(all);
      return this;
    }

    /**
     * {@return this builder, with those tiers added}
     *
     * @param tiers follower tiers, in ascending order after the ones already added
     */
    public Builder addTiers(FollowerTier... tiers) {
      this.tiers.addAll(Checks.elements(Arrays.asList(Checks.notNull(tiers, "tiers")), "tiers"));
      return this;
    }

    /**
     * {@return the policy}
     *
     * @throws IllegalStateException naming the fields not set
     * @throws IllegalArgumentException naming the field, if a percentage is outside Monetik's
     *     bounds or the fields are incoherent (see {@link IncomePolicy}'s accessors)
     */
    public IncomePolicy build() {
      List<String> missing = new ArrayList<>();
      for (Object[] field : new Object[][] {{averageEngagementFrom, "averageEngagementFrom"},
          {highEngagementFrom, "highEngagementFrom"}, {veryHighEngagementAbove, "veryHighEngagementAbove"},
          {referenceEngagement, "referenceEngagement"}, {feePerThousandFollowersLow, "feePerThousandFollowersLow"},
          {feePerThousandFollowersHigh, "feePerThousandFollowersHigh"}}) {
        if (field[0] == null) {
          missing.add((String) field[1]);
        }
      }
      if (averageEngagementFrom == null || highEngagementFrom == null || veryHighEngagementAbove == null
          || referenceEngagement == null || feePerThousandFollowersLow == null || feePerThousandFollowersHigh == null) {
        throw new IllegalStateException("IncomePolicy needs " + String.join(", ", missing) + ", not set");
      }
      return ImmutableIncomePolicy.of(Bounds.amount(averageEngagementFrom, "averageEngagementFrom"),
          Bounds.amount(highEngagementFrom, "highEngagementFrom"),
          Bounds.amount(veryHighEngagementAbove, "veryHighEngagementAbove"),
          Bounds.amount(referenceEngagement, "referenceEngagement"), feePerThousandFollowersLow,
          feePerThousandFollowersHigh, tiers);
    }
  }

  /** {@return the engagement rate (percent) from which an account counts as average} */
  @Value.Parameter
  public abstract BigDecimal averageEngagementFrom();

  /** {@return the engagement rate (percent) from which an account counts as high} */
  @Value.Parameter
  public abstract BigDecimal highEngagementFrom();

  /** {@return the engagement rate (percent) above which an account counts as very high} */
  @Value.Parameter
  public abstract BigDecimal veryHighEngagementAbove();

  /** {@return the average engagement rate (percent) a brand-deal fee is scaled against, {@code > 0}} */
  @Value.Parameter
  public abstract BigDecimal referenceEngagement();

  /** {@return the low fee per 1,000 followers for one sponsored post} */
  @Value.Parameter
  public abstract Money feePerThousandFollowersLow();

  /** {@return the high fee per 1,000 followers for one sponsored post} */
  @Value.Parameter
  public abstract Money feePerThousandFollowersHigh();

  /** {@return follower tiers, by ascending {@link FollowerTier#minFollowers()}, the first from 0} */
  @Value.Parameter
  public abstract List<FollowerTier> tiers();

  /**
   * {@return a copy with those tiers}
   *
   * @param tiers the follower tiers
   * @throws NullPointerException naming {@code tiers}, or an element by its place ({@code tiers[1]}), if null
   * @throws IllegalArgumentException if the tiers do not start at 0 followers and ascend
   */
  public IncomePolicy withTiers(Iterable<? extends FollowerTier> tiers) {
    return builder().from(this).tiers(tiers).build();
  }

  /**
   * {@return a copy with that reference}
   *
   * @param referenceEngagement the average rate (percent) fees are scaled against
   * @throws NullPointerException if {@code referenceEngagement} is null
   * @throws IllegalArgumentException if it is not positive or outside Monetik's bounds
   */
  public IncomePolicy withReferenceEngagement(BigDecimal referenceEngagement) {
    return builder().from(this).referenceEngagement(referenceEngagement).build();
  }

  @Value.Check
  void check() {
    if (averageEngagementFrom().signum() < 0 || highEngagementFrom().compareTo(averageEngagementFrom()) < 0
        || veryHighEngagementAbove().compareTo(highEngagementFrom()) < 0) {
      throw new IllegalArgumentException("engagement bands must satisfy 0 <= average <= high <= very high, was "
          + Checks.echo(averageEngagementFrom()) + ", " + Checks.echo(highEngagementFrom()) + ", "
          + Checks.echo(veryHighEngagementAbove()));
    }
    if (referenceEngagement().signum() <= 0) {
      throw Checks.invalid("referenceEngagement", "> 0", referenceEngagement());
    }
    if (feePerThousandFollowersLow().isNegative() || feePerThousandFollowersHigh().isLessThan(feePerThousandFollowersLow())) {
      throw new IllegalArgumentException("fees per 1,000 followers must satisfy 0 <= low <= high, was "
          + feePerThousandFollowersLow() + " and " + feePerThousandFollowersHigh());
    }
    if (tiers().isEmpty() || tiers().get(0).minFollowers() != 0) {
      throw new IllegalArgumentException("tiers must start at 0 followers, was " + Checks.echo(tiers()));
    }
    for (int i = 1; i < tiers().size(); i++) {
      if (tiers().get(i).minFollowers() <= tiers().get(i - 1).minFollowers()) {
        throw new IllegalArgumentException("tiers must ascend by minFollowers, was " + Checks.echo(tiers()));
      }
    }
  }

  /**
   * {@return its band under this policy's thresholds}
   *
   * @param rate an engagement rate
   * @throws NullPointerException if {@code rate} is null
   */
  public EngagementBand band(EngagementRate rate) {
    BigDecimal p = Checks.notNull(rate, "rate").percent();
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
