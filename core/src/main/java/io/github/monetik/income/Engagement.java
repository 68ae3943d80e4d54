package io.github.monetik.income;

import io.github.monetik.internal.Checks;
import io.github.monetik.internal.MonetikStyle;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.immutables.value.Value;

/**
 * The interaction counts engagement rates are made of: likes, comments, shares and saves, against
 * views (of a video or a period) and followers (of the account).
 *
 * <pre>{@code
 * Engagement e = Engagement.builder().likes(4_000).comments(300).shares(200).saves(500)
 *     .views(100_000).followers(50_000).build();
 * e.rate(Convention.BY_VIEWS);       // 4.5%  ((4,000 + 300 + 200) / 100,000)
 * e.rate(Convention.BY_FOLLOWERS);   // 9%
 * }</pre>
 */
@Value.Immutable
@MonetikStyle
public abstract class Engagement {
  /** Percentages are kept to this many decimals (0.0001%), rounded half-even. */
  public static final int PERCENT_SCALE = 4;

  Engagement() {}

  /** {@return a builder; saves default to 0, every other count is required} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Engagement}; {@code build()} rejects negative counts, naming the field. */
  public static final class Builder extends ImmutableEngagement.Builder {
    Builder() {}
  }

  /**
   * The two conventions in use (DOMAIN.md §6, both confidence H). Name the one you use: they differ
   * by the ratio of views to followers.
   */
  public enum Convention {
    /** (likes + comments + shares [+ saves]) / views x 100: per video, the common benchmark base. */
    BY_VIEWS,
    /** The same numerator / followers x 100: per account. */
    BY_FOLLOWERS
  }

  /** {@return likes} */
  public abstract long likes();

  /** {@return comments} */
  public abstract long comments();

  /** {@return shares} */
  public abstract long shares();

  /** {@return saves (counted only when asked: some sources leave them out)} */
  @Value.Default
  public long saves() {
    return 0;
  }

  /** {@return views the interactions came from} */
  public abstract long views();

  /** {@return followers of the account} */
  public abstract long followers();

  @Value.Check
  void check() {
    Checks.nonNegative(likes(), "likes");
    Checks.nonNegative(comments(), "comments");
    Checks.nonNegative(shares(), "shares");
    Checks.nonNegative(saves(), "saves");
    Checks.nonNegative(views(), "views");
    Checks.nonNegative(followers(), "followers");
    try {
      Math.addExact(Math.addExact(Math.addExact(likes(), comments()), shares()), saves());
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException("likes + comments + shares + saves must not exceed " + Long.MAX_VALUE + ", was "
          + likes() + " + " + comments() + " + " + shares() + " + " + saves(), e);
    }
    if (views() == 0 && interactions(true) > 0) {
      throw new IllegalArgumentException("views must be > 0 when there are interactions, was 0 with "
          + interactions(true) + " interactions");
    }
  }

  /**
   * {@return likes + comments + shares (+ saves)}
   *
   * @param withSaves whether saves count as interactions
   */
  public long interactions(boolean withSaves) {
    // The check guarantees the full sum fits a long.
    long sum = likes() + comments() + shares();
    return withSaves ? sum + saves() : sum;
  }

  /**
   * The engagement rate without saves.
   *
   * @param convention which denominator to use
   * @return the rate in percent, never negative; 0 when there are no interactions
   */
  public EngagementRate rate(Convention convention) {
    return rate(convention, false);
  }

  /**
   * The engagement rate.
   *
   * @param convention which denominator to use
   * @param withSaves whether saves count as interactions
   * @return the rate in percent (may exceed 100 by followers), rounded half-even to
   *     {@value #PERCENT_SCALE} decimals; 0 when there are no interactions
   * @throws IllegalStateException if the account has no followers but there are interactions
   *     ({@link Convention#BY_FOLLOWERS} is then undefined)
   */
  public EngagementRate rate(Convention convention, boolean withSaves) {
    long numerator = interactions(withSaves);
    long denominator = convention == Convention.BY_VIEWS ? views() : followers();
    if (numerator == 0) {
      return new EngagementRate(convention, withSaves, BigDecimal.ZERO.setScale(PERCENT_SCALE));
    }
    if (denominator == 0) {
      throw new IllegalStateException("followers must be > 0 for an engagement rate by followers, was 0 with "
          + numerator + " interactions");
    }
    BigDecimal percent = BigDecimal.valueOf(numerator).movePointRight(2)
        .divide(BigDecimal.valueOf(denominator), PERCENT_SCALE, RoundingMode.HALF_EVEN);
    return new EngagementRate(convention, withSaves, percent);
  }
}
