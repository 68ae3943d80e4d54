package io.github.monetik.money;

import java.io.Serializable;
import java.math.RoundingMode;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An honestly uncertain amount: low, expected and high, in one currency, with
 * {@code low <= expected <= high}. Estimates (a payout, a brand deal) return one of these rather
 * than a single number that looks more certain than it is.
 *
 * <pre>{@code
 * MoneyRange r = MoneyRange.of(Money.of("40", "USD"), Money.of("70", "USD"), Money.of("100", "USD"));
 * r.plus(r);   // USD 80.00 .. 200.00 (expected 140.00)
 * }</pre>
 */
public final class MoneyRange implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The lowest value. */
  private final Money low;
  /** The expected value, between low and high. */
  private final Money expected;
  /** The highest value. */
  private final Money high;

  private MoneyRange(Money low, Money expected, Money high) {
    this.low = low;
    this.expected = expected;
    this.high = high;
  }

  /**
   * {@return the range}
   *
   * @param low the least likely-possible amount
   * @param expected the central estimate
   * @param high the most likely-possible amount
   * @throws IllegalArgumentException if not {@code low <= expected <= high}
   * @throws CurrencyMismatchException if the currencies differ
   */
  public static MoneyRange of(Money low, Money expected, Money high) {
    Objects.requireNonNull(low, "low");
    Objects.requireNonNull(expected, "expected");
    Objects.requireNonNull(high, "high");
    if (low.isGreaterThan(expected) || expected.isGreaterThan(high)) {
      throw new IllegalArgumentException(
          "range must have low <= expected <= high, was low=" + low + ", expected=" + expected + ", high=" + high);
    }
    return new MoneyRange(low, expected, high);
  }

  /**
   * A range whose expected value is the midpoint of low and high, kept exact.
   *
   * @param low the lower bound
   * @param high the upper bound
   * @return the range
   * @throws IllegalArgumentException if {@code low > high}
   * @throws CurrencyMismatchException if the currencies differ
   */
  public static MoneyRange between(Money low, Money high) {
    Objects.requireNonNull(low, "low");
    Objects.requireNonNull(high, "high");
    Money mid = Money.of(low.plus(high).amount().divide(java.math.BigDecimal.valueOf(2)), low.currency());
    return of(low, mid, high);
  }

  /**
   * {@return the range with low, expected and high all equal to {@code amount}}
   *
   * @param amount a certain amount
   */
  public static MoneyRange exactly(Money amount) {
    return of(amount, amount, amount);
  }

  /** {@return the lower bound} */
  public Money low() {
    return low;
  }

  /** {@return the central estimate} */
  public Money expected() {
    return expected;
  }

  /** {@return the upper bound} */
  public Money high() {
    return high;
  }

  /** {@return {@code high - low}} */
  public Money width() {
    return high.minus(low);
  }

  /**
   * {@return true if {@code low <= amount <= high}}
   *
   * @param amount an amount in the same currency
   */
  public boolean contains(Money amount) {
    return !low.isGreaterThan(amount) && !high.isLessThan(amount);
  }

  /**
   * Adds two independent estimates bound by bound.
   *
   * @param other a range in the same currency
   * @return the range of the sum
   * @throws CurrencyMismatchException if the currencies differ
   */
  public MoneyRange plus(MoneyRange other) {
    Objects.requireNonNull(other, "other");
    return new MoneyRange(low.plus(other.low), expected.plus(other.expected), high.plus(other.high));
  }

  /**
   * {@return the range with every bound rounded (the order of the bounds is kept by any rounding mode)}
   *
   * @param rounding how to round each bound to the currency's minor unit
   */
  public MoneyRange rounded(RoundingMode rounding) {
    return new MoneyRange(low.rounded(rounding), expected.rounded(rounding), high.rounded(rounding));
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof MoneyRange that
        && that.low.equals(low)
        && that.expected.equals(expected)
        && that.high.equals(high);
  }

  @Override
  public int hashCode() {
    return Objects.hash(low, expected, high);
  }

  /** {@return for example {@code USD 40.00 .. 100.00 (expected 70.00)}} */
  @Override
  public String toString() {
    return low + " .. " + high.amount().toPlainString() + " (expected " + expected.amount().toPlainString() + ")";
  }
}
