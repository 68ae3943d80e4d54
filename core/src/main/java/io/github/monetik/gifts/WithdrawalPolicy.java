package io.github.monetik.gifts;

import io.github.monetik.internal.MonetikStyle;
import io.github.monetik.money.Money;
import org.immutables.value.Value;

/**
 * How a creator's diamonds leave the wallet as cash: a cap per calendar day, a minimum per
 * withdrawal, and how many days processing may take. {@link Gifts#planWithdrawals} applies it.
 *
 * <pre>{@code
 * WithdrawalPolicy p = WithdrawalPolicy.builder()
 *     .dailyCap(Money.of("1000", "USD")).minimum(Money.of("100", "USD")).processingDays(15).build();
 * p.withMinimum(Money.of("10", "USD"));   // another threshold, same cap and window
 * }</pre>
 */
@Value.Immutable
@MonetikStyle
public abstract class WithdrawalPolicy {
  WithdrawalPolicy() {}

  /** {@return a builder; every field is required} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link WithdrawalPolicy}; {@code build()} checks the fields and names a bad one. */
  public static final class Builder extends ImmutableWithdrawalPolicy.Builder {
    Builder() {}
  }

  /** {@return the most that can be withdrawn per calendar day, {@code > 0}} */
  public abstract Money dailyCap();

  /** {@return the least one withdrawal may be, {@code >= 0} and at most the daily cap} */
  public abstract Money minimum();

  /** {@return the most days a withdrawal takes to arrive, {@code >= 0}} */
  public abstract int processingDays();

  /**
   * {@return a copy with that cap}
   *
   * @param dailyCap the cap per calendar day
   */
  public abstract WithdrawalPolicy withDailyCap(Money dailyCap);

  /**
   * {@return a copy with that minimum}
   *
   * @param minimum the least per withdrawal
   */
  public abstract WithdrawalPolicy withMinimum(Money minimum);

  /**
   * {@return a copy with that window}
   *
   * @param processingDays the most days a withdrawal takes
   */
  public abstract WithdrawalPolicy withProcessingDays(int processingDays);

  @Value.Check
  void check() {
    if (!dailyCap().isPositive()) {
      throw new IllegalArgumentException("dailyCap must be > 0, was " + dailyCap());
    }
    if (minimum().isNegative()) {
      throw new IllegalArgumentException("minimum must be >= 0, was " + minimum());
    }
    if (!minimum().currency().equals(dailyCap().currency())) {
      throw new IllegalArgumentException("minimum must be in the dailyCap's currency "
          + dailyCap().currency() + ", was " + minimum());
    }
    if (minimum().isGreaterThan(dailyCap())) {
      throw new IllegalArgumentException("minimum must be <= dailyCap " + dailyCap() + ", was " + minimum());
    }
    if (processingDays() < 0) {
      throw new IllegalArgumentException("processingDays must be >= 0, was " + processingDays());
    }
  }

  /** {@return one line: the daily cap, the minimum, the processing window} */
  @Override
  public String toString() {
    return "at most " + dailyCap() + " a day, minimum " + minimum() + ", processed within " + processingDays() + " days";
  }
}
