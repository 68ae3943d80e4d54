package io.github.monetik.income;

import io.github.monetik.internal.MonetikStyle;
import io.github.monetik.money.Money;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A band of accounts by follower count with its typical fee per sponsored post, for example
 * "micro: 10,000 to 50,000 followers, USD 25 to 125".
 */
@Value.Immutable
@MonetikStyle
public abstract class FollowerTier {
  FollowerTier() {}

  /**
   * {@return the tier}
   *
   * @param name the tier's name
   * @param minFollowers the least followers in the tier
   * @param low the low end of a post's fee
   * @param high the high end, if the source gives one
   * @throws IllegalArgumentException if a bound is negative or {@code high < low}
   */
  public static FollowerTier of(String name, long minFollowers, Money low, Optional<Money> high) {
    return ImmutableFollowerTier.builder().name(name).minFollowers(minFollowers).low(low).high(high).build();
  }

  /** {@return the tier's name (nano, micro, ...)} */
  public abstract String name();

  /** {@return the least followers in the tier; the tier ends where the next begins} */
  public abstract long minFollowers();

  /** {@return the low end of a post's fee} */
  public abstract Money low();

  /** {@return the high end of a post's fee, absent when the source gives only a floor} */
  public abstract Optional<Money> high();

  @Value.Check
  void check() {
    if (minFollowers() < 0) {
      throw new IllegalArgumentException("minFollowers must be >= 0, was " + minFollowers());
    }
    if (low().isNegative()) {
      throw new IllegalArgumentException("low must be >= 0, was " + low());
    }
    if (high().isPresent() && high().get().isLessThan(low())) {
      throw new IllegalArgumentException("high must be >= low " + low() + ", was " + high().get());
    }
  }

  @Override
  public String toString() {
    return name() + " (" + String.format("%,d", minFollowers()) + "+ followers: " + low()
        + high().map(h -> " to " + h).orElse(" or more") + " per post)";
  }
}
