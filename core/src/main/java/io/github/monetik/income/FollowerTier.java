package io.github.monetik.income;

import io.github.monetik.internal.Checks;
import io.github.monetik.internal.MonetikStyle;
import io.github.monetik.internal.TextTable;
import io.github.monetik.money.Money;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A band of accounts by follower count with its typical fee per sponsored post, for example
 * "micro: 10,000 to 50,000 followers, USD 25 to 125". Immutable.
 */
@Value.Immutable
@MonetikStyle
public abstract class FollowerTier {
  FollowerTier() {}

  /**
   * {@return the tier, with a fee range}
   *
   * @param name the tier's name
   * @param minFollowers the least followers in the tier, {@code >= 0}
   * @param low the low end of a post's fee, {@code >= 0}
   * @param high the high end, {@code >= low}
   * @throws IllegalArgumentException if a bound is negative or {@code high < low}
   * @throws NullPointerException if an argument is null
   */
  public static FollowerTier of(String name, long minFollowers, Money low, Money high) {
    return ImmutableFollowerTier.builder().name(name).minFollowers(minFollowers).low(low)
        .high(Checks.notNull(high, "high")).build();
  }

  /**
   * {@return the tier, with only a floor for its fee (the source gives no upper end)}
   *
   * @param name the tier's name
   * @param minFollowers the least followers in the tier, {@code >= 0}
   * @param low the least fee of a post, {@code >= 0}
   * @throws IllegalArgumentException if a bound is negative
   * @throws NullPointerException if an argument is null
   */
  public static FollowerTier of(String name, long minFollowers, Money low) {
    return ImmutableFollowerTier.builder().name(name).minFollowers(minFollowers).low(low).build();
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
    Checks.nonNegative(minFollowers(), "minFollowers");
    if (low().isNegative()) {
      throw Checks.invalid("low", ">= 0", low());
    }
    if (high().isPresent() && high().get().isLessThan(low())) {
      throw new IllegalArgumentException("high must be >= low " + low() + ", was " + high().get());
    }
  }

  /** {@return for example {@code micro (10,000+ followers: USD 25.00 to USD 125.00 per post)}} */
  @Override
  public String toString() {
    return name() + " (" + TextTable.grouped(minFollowers()) + "+ followers: " + low()
        + high().map(h -> " to " + h).orElse(" or more") + " per post)";
  }
}
