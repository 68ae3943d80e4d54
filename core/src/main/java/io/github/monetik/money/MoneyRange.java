package io.github.monetik.money;

import io.github.monetik.internal.Checks;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.ObjectStreamException;
import java.io.Serial;
import java.io.Serializable;
import java.math.BigDecimal;
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
  @Serial private static final long serialVersionUID = 1L;
  private static final String UNIT = "MoneyRange";
  private static final BigDecimal TWO = BigDecimal.valueOf(2);

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
   * @throws NullPointerException if an argument is null
   */
  public static MoneyRange of(Money low, Money expected, Money high) {
    Checks.notNull(low, "low");
    Checks.notNull(expected, "expected");
    Checks.notNull(high, "high");
    sameCurrency(low, expected, "MoneyRange.of");
    sameCurrency(low, high, "MoneyRange.of");
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
   * @throws ArithmeticException if the midpoint has more than {@value Money#MAX_DIGITS} decimals (the
   *     bounds' finest digit halved)
   * @throws NullPointerException if an argument is null
   */
  public static MoneyRange between(Money low, Money high) {
    Checks.notNull(low, "low");
    Checks.notNull(high, "high");
    sameCurrency(low, high, "MoneyRange.between");
    // Halving the sum, not low.plus(high): the sum of two amounts near the bound is beyond it, their midpoint is not.
    Money mid = Money.result(low.amount().add(high.amount()).divide(TWO), low.currency(), "between");
    return of(low, mid, high);
  }

  private static void sameCurrency(Money low, Money other, String operation) {
    if (!low.currency().equals(other.currency())) {
      throw new CurrencyMismatchException(operation, low.currency(), other.currency());
    }
  }

  /**
   * {@return the range with low, expected and high all equal to {@code amount}}
   *
   * @param amount a certain amount
   * @throws NullPointerException if {@code amount} is null
   */
  public static MoneyRange exactly(Money amount) {
    Checks.notNull(amount, "amount");
    return new MoneyRange(amount, amount, amount);
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

  /**
   * {@return {@code high - low}}
   *
   * @throws ArithmeticException if the width is beyond the bounds (a range from near -10^{@value
   *     Money#MAX_DIGITS} to near 10^{@value Money#MAX_DIGITS})
   */
  public Money width() {
    return Money.result(high.amount().subtract(low.amount()), high.currency(), "width");
  }

  /**
   * {@return true if {@code low <= amount <= high}}
   *
   * @param amount an amount in the same currency
   * @throws CurrencyMismatchException if the currencies differ
   * @throws NullPointerException if {@code amount} is null
   */
  public boolean contains(Money amount) {
    Checks.notNull(amount, "amount");
    return !low.isGreaterThan(amount) && !high.isLessThan(amount);
  }

  /**
   * Adds two independent estimates bound by bound.
   *
   * @param other a range in the same currency
   * @return the range of the sum
   * @throws CurrencyMismatchException if the currencies differ
   * @throws ArithmeticException if a bound of the sum is beyond the bounds (10^{@value Money#MAX_DIGITS})
   * @throws NullPointerException if {@code other} is null
   */
  public MoneyRange plus(MoneyRange other) {
    Checks.notNull(other, "other");
    return new MoneyRange(low.plus(other.low), expected.plus(other.expected), high.plus(other.high));
  }

  /**
   * {@return the range with every bound rounded (the order of the bounds is kept by any rounding mode)}
   *
   * @param rounding how to round each bound to the currency's minor unit
   * @throws ArithmeticException if {@code rounding} is {@link RoundingMode#UNNECESSARY} and rounding is
   *     needed, or if rounding away from zero reaches 10^{@value Money#MAX_DIGITS}
   * @throws NullPointerException if {@code rounding} is null
   */
  public MoneyRange rounded(RoundingMode rounding) {
    Checks.notNull(rounding, "rounding");
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

  /**
   * Writes the serial form instead of this object.
   *
   * @return the serial form: the three bounds
   */
  @Serial
  private Object writeReplace() {
    return new SerialForm(low, expected, high);
  }

  /**
   * Refuses a stream that builds the object directly, bypassing the checks of {@link #of}.
   *
   * @param in the stream
   * @throws InvalidObjectException always: ranges are read through their serial form
   */
  @Serial
  private void readObject(ObjectInputStream in) throws InvalidObjectException {
    throw SerialForms.direct(UNIT);
  }

  /**
   * The serial form of {@link MoneyRange}: read back through {@link MoneyRange#of}, so a crafted stream
   * cannot build a range out of order or in two currencies.
   *
   * @param low the lower bound
   * @param expected the central estimate
   * @param high the upper bound
   */
  private record SerialForm(Money low, Money expected, Money high) implements Serializable {
    @Serial private static final long serialVersionUID = 1L;

    /**
     * {@return the range, checked again}
     *
     * @throws InvalidObjectException if the stream holds bounds {@link MoneyRange#of} refuses
     */
    @Serial
    private Object readResolve() throws ObjectStreamException {
      return SerialForms.rebuild(UNIT, () -> MoneyRange.of(low(), expected(), high()));
    }
  }
}
