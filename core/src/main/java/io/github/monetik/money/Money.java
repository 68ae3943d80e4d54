package io.github.monetik.money;

import io.github.monetik.internal.Bounds;
import io.github.monetik.internal.Checks;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.ObjectStreamException;
import java.io.Serial;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;
import java.util.stream.Collector;
import org.jspecify.annotations.Nullable;

/**
 * An amount of money in one currency: a {@link BigDecimal} and a {@link Currency}.
 *
 * <p>Signed: refunds and adjustments are negative. Arithmetic is exact; intermediate results keep
 * their full precision (a creator's share of 1 coin is {@code USD 0.005}, not {@code USD 0.01}).
 * A value is rounded once, where a rule says so, with an explicit {@link RoundingMode}:
 * {@link #rounded(RoundingMode)} and {@link #multipliedBy(Rate, RoundingMode)}. Amounts always carry
 * the currency's number of decimals and no trailing zeros beyond them, so {@code USD 6.2} prints
 * as {@code USD 6.20} and {@code USD 0.5300} as {@code USD 0.53}.
 *
 * <p>Equality is by value and currency: {@code USD 6.20} equals {@code USD 6.200}. Amounts of
 * different currencies never mix: such an operation throws {@link CurrencyMismatchException}.
 *
 * <p>Every amount is within Monetik's bounds (below 10^{@value #MAX_DIGITS} with at most
 * {@value #MAX_DIGITS} decimals; see the package documentation): an argument beyond them is an
 * {@link IllegalArgumentException}, a result beyond them an {@link ArithmeticException} naming the
 * operation. So every amount prints in a few hundred characters and {@link #parse} reads it back.
 *
 * <pre>{@code
 * Money m = Money.of("6.25", "USD");                         // USD 6.25
 * m.multipliedBy(Rate.percent("15"), RoundingMode.HALF_EVEN); // USD 0.94
 * Money.parse("USD -1.50").isNegative();                     // true
 * }</pre>
 */
public final class Money implements Comparable<Money>, Serializable {
  @Serial private static final long serialVersionUID = 1L;
  private static final String UNIT = "Money";

  /** The most integer digits and the most decimals an amount may have (Monetik's bounds). */
  public static final int MAX_DIGITS = Bounds.MAX_DIGITS;

  /** The amount, exact, signed. */
  private final BigDecimal amount;
  /** The ISO 4217 currency. */
  private final Currency currency;

  /** Takes an amount within bounds (its digits are few, so stripping them is cheap). */
  private Money(BigDecimal amount, Currency currency) {
    // Exact products carry trailing zeros (1.00 x 0.53 = 0.5300): drop them, but keep the currency's scale.
    BigDecimal normal = amount.stripTrailingZeros();
    this.amount = normal.setScale(Math.max(normal.scale(), Math.max(currency.getDefaultFractionDigits(), 0)));
    this.currency = currency;
  }

  /** The exact result of {@code operation}, refused when it is beyond the bounds. */
  static Money result(BigDecimal exact, Currency currency, String operation) {
    return new Money(Bounds.result(exact, UNIT, operation), currency);
  }

  /**
   * An exact amount.
   *
   * @param amount the amount, any sign, within the bounds
   * @param currency the currency
   * @return the money
   * @throws IllegalArgumentException if the amount is beyond any real sum of money (magnitude of
   *     10^{@value #MAX_DIGITS} or more, or more than {@value #MAX_DIGITS} decimals)
   * @throws NullPointerException if an argument is null
   */
  public static Money of(BigDecimal amount, Currency currency) {
    BigDecimal bounded = Bounds.amount(amount, "amount");
    return new Money(bounded, Checks.notNull(currency, "currency"));
  }

  /**
   * An exact amount from decimal text, for example {@code Money.of("6.25", "USD")}.
   *
   * @param amount a plain decimal number ({@code "6.25"}, {@code "-1.5"})
   * @param currencyCode an ISO 4217 code ({@code "USD"})
   * @return the money
   * @throws IllegalArgumentException if the amount is not a decimal number or the code is unknown
   * @throws NullPointerException if an argument is null
   */
  public static Money of(String amount, String currencyCode) {
    return of(decimal(amount, "amount"), currency(currencyCode));
  }

  /**
   * An amount in the currency's minor unit, for example {@code Money.ofMinor(625, usd)} is
   * {@code USD 6.25}.
   *
   * @param minorUnits the amount in cents (or the currency's minor unit)
   * @param currency a currency that has a minor unit
   * @return the money
   * @throws IllegalArgumentException if the currency has no minor unit (such as {@code XAU})
   * @throws NullPointerException if {@code currency} is null
   */
  public static Money ofMinor(long minorUnits, Currency currency) {
    return of(BigDecimal.valueOf(minorUnits, minorDigits(currency)), currency);
  }

  /**
   * Zero in a currency.
   *
   * @param currency the currency
   * @return zero, at the currency's scale
   * @throws NullPointerException if {@code currency} is null
   */
  public static Money zero(Currency currency) {
    return of(BigDecimal.ZERO, currency);
  }

  /**
   * Reads money as {@link #toString()} writes it: {@code "USD 6.25"}, {@code "USD -1.50"}.
   *
   * @param text currency code, one space, plain decimal amount
   * @return the money
   * @throws IllegalArgumentException if the text has another form or an unknown currency code
   * @throws NullPointerException if {@code text} is null
   */
  public static Money parse(CharSequence text) {
    String s = Checks.notNull(text, "text").toString().strip();
    int space = s.indexOf(' ');
    if (space != 3 || s.lastIndexOf(' ') != space) {
      throw Checks.invalid("text", "a currency code, a space and a plain amount such as 'USD 6.25'", text);
    }
    return of(s.substring(space + 1), s.substring(0, space));
  }

  /**
   * Looks up an ISO 4217 currency.
   *
   * @param code the three-letter code
   * @return the currency
   * @throws IllegalArgumentException if the code is not a known ISO 4217 code
   * @throws NullPointerException if {@code code} is null
   */
  public static Currency currency(String code) {
    Checks.notNull(code, "currencyCode");
    try {
      return Currency.getInstance(code);
    } catch (IllegalArgumentException e) {
      throw Checks.invalid("currencyCode", "an ISO 4217 code such as USD", code);
    }
  }

  /** Plain decimal text, at most as long as the longest amount within bounds prints (sign, 100 digits, point, 100 decimals). */
  static BigDecimal decimal(@Nullable String text, String argument) {
    String given = Checks.notNull(text, argument);
    if (given.length() > 2 * MAX_DIGITS + 2 || !given.strip().matches("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)")) {
      throw Checks.invalid(argument, "a plain decimal number such as 6.25", given);
    }
    return new BigDecimal(given.strip());
  }

  private static int minorDigits(Currency currency) {
    int digits = Checks.notNull(currency, "currency").getDefaultFractionDigits();
    if (digits < 0) {
      throw new IllegalArgumentException("currency " + currency.getCurrencyCode() + " has no minor unit");
    }
    return digits;
  }

  /** {@return the exact amount (at least the currency's number of decimals)} */
  public BigDecimal amount() {
    return amount;
  }

  /** {@return the currency} */
  public Currency currency() {
    return currency;
  }

  /** {@return true if the amount is below zero} */
  public boolean isNegative() {
    return amount.signum() < 0;
  }

  /** {@return true if the amount is zero} */
  public boolean isZero() {
    return amount.signum() == 0;
  }

  /** {@return true if the amount is above zero} */
  public boolean isPositive() {
    return amount.signum() > 0;
  }

  /**
   * A collector that adds amounts of one currency exactly:
   * {@code payouts.stream().map(...).collect(Money.summing(usd))}. Parallel streams give the same
   * sum; an empty stream sums to zero in {@code currency}. No rounding happens.
   *
   * @param currency the currency every element must have (and the empty sum's)
   * @return a collector of amounts into their sum
   * @throws NullPointerException if {@code currency} is null, or (when collecting) on a null element
   * @throws CurrencyMismatchException (when collecting) on an element in another currency
   * @throws ArithmeticException (when finishing) if the sum is beyond the bounds (10^{@value #MAX_DIGITS})
   */
  public static Collector<Money, ?, Money> summing(Currency currency) {
    Checks.notNull(currency, "currency");
    // Partial sums may pass the bound and come back (refunds): only the whole sum is checked.
    return Collector.of(() -> new BigDecimal[] {BigDecimal.ZERO}, (sum, m) -> {
      if (m == null) {
        throw new NullPointerException("money element");
      }
      if (!m.currency.equals(currency)) {
        throw new CurrencyMismatchException("summing", currency, m.currency);
      }
      sum[0] = sum[0].add(m.amount);
    }, (left, right) -> {
      left[0] = left[0].add(right[0]);
      return left;
    }, sum -> result(sum[0], currency, "summing"), Collector.Characteristics.UNORDERED);
  }

  /**
   * {@return the exact sum}
   *
   * @param other an amount in the same currency
   * @throws CurrencyMismatchException if the currencies differ
   * @throws ArithmeticException if the sum is beyond the bounds (10^{@value #MAX_DIGITS})
   * @throws NullPointerException if {@code other} is null
   */
  public Money plus(Money other) {
    return result(amount.add(same(other, "plus").amount), currency, "plus");
  }

  /**
   * {@return the exact difference}
   *
   * @param other an amount in the same currency
   * @throws CurrencyMismatchException if the currencies differ
   * @throws ArithmeticException if the difference is beyond the bounds (10^{@value #MAX_DIGITS})
   * @throws NullPointerException if {@code other} is null
   */
  public Money minus(Money other) {
    return result(amount.subtract(same(other, "minus").amount), currency, "minus");
  }

  /** {@return the amount with its sign flipped} */
  public Money negated() {
    // Bounds are symmetric: the negation of an amount within them is within them.
    return new Money(amount.negate(), currency);
  }

  /** {@return the amount without its sign} */
  public Money abs() {
    return isNegative() ? negated() : this;
  }

  /**
   * {@return the exact product}
   *
   * @param factor any whole number
   * @throws ArithmeticException if the product is beyond the bounds (10^{@value #MAX_DIGITS})
   */
  public Money multipliedBy(long factor) {
    return result(amount.multiply(BigDecimal.valueOf(factor)), currency, "multipliedBy");
  }

  /**
   * {@return the exact product, at full precision (round it later with {@link #rounded})}
   *
   * @param factor a decimal factor within the bounds (below 10^{@value #MAX_DIGITS} in magnitude, at
   *     most {@value #MAX_DIGITS} decimals)
   * @throws IllegalArgumentException if {@code factor} is beyond the bounds
   * @throws ArithmeticException if the product is beyond the bounds (too large, or more than
   *     {@value #MAX_DIGITS} decimals: round with {@link #multipliedBy(Rate, RoundingMode)} or scale first)
   * @throws NullPointerException if {@code factor} is null
   */
  public Money multipliedBy(BigDecimal factor) {
    return result(amount.multiply(Bounds.factor(factor, "factor")), currency, "multipliedBy");
  }

  /**
   * The exact share of this amount, at full precision.
   *
   * @param rate a fraction in [0, 1]
   * @return {@code this x rate}, unrounded
   * @throws ArithmeticException if the exact share has more than {@value #MAX_DIGITS} decimals (use
   *     {@link #multipliedBy(Rate, RoundingMode)})
   * @throws NullPointerException if {@code rate} is null
   */
  public Money multipliedBy(Rate rate) {
    return result(amount.multiply(Checks.notNull(rate, "rate").value()), currency, "multipliedBy");
  }

  /**
   * The share of this amount, rounded to the currency's minor unit. The exact share is rounded
   * once, so a share finer than the bounds' decimals rounds like any other.
   *
   * @param rate a fraction in [0, 1]
   * @param rounding how to round to the currency's minor unit
   * @return {@code this x rate}, rounded
   * @throws ArithmeticException if {@code rounding} is {@link RoundingMode#UNNECESSARY} and rounding is
   *     needed, or if rounding away from zero reaches 10^{@value #MAX_DIGITS}
   * @throws NullPointerException if an argument is null
   */
  public Money multipliedBy(Rate rate, RoundingMode rounding) {
    BigDecimal share = amount.multiply(Checks.notNull(rate, "rate").value());
    return result(toScale(share, Checks.notNull(rounding, "rounding"), "multipliedBy"), currency, "multipliedBy");
  }

  /**
   * {@return {@code this / divisor}, rounded to the currency's minor unit}
   *
   * @param divisor a positive whole number
   * @param rounding how to round to the currency's minor unit
   * @throws IllegalArgumentException if {@code divisor} is not positive
   * @throws ArithmeticException if {@code rounding} is {@link RoundingMode#UNNECESSARY} and rounding is
   *     needed, or if rounding away from zero reaches 10^{@value #MAX_DIGITS}
   * @throws NullPointerException if {@code rounding} is null
   */
  public Money dividedBy(long divisor, RoundingMode rounding) {
    Checks.positive(divisor, "divisor");
    Checks.notNull(rounding, "rounding");
    BigDecimal quotient;
    try {
      quotient = amount.divide(BigDecimal.valueOf(divisor), scale(), rounding);
    } catch (ArithmeticException unnecessary) {
      throw roundingNecessary("dividedBy", this + " / " + divisor);
    }
    return result(quotient, currency, "dividedBy");
  }

  /**
   * Rounds to the currency's minor unit (2 decimals for USD, 0 for JPY). Rounding never moves the
   * value by more than one minor unit (half a unit for the {@code HALF_*} modes).
   *
   * @param rounding how to round
   * @return the rounded money
   * @throws ArithmeticException if {@code rounding} is {@link RoundingMode#UNNECESSARY} and rounding is
   *     needed, or if rounding away from zero reaches 10^{@value #MAX_DIGITS}
   * @throws NullPointerException if {@code rounding} is null
   */
  public Money rounded(RoundingMode rounding) {
    Checks.notNull(rounding, "rounding");
    int scale = scale();
    return amount.scale() == scale ? this : result(toScale(amount, rounding, "rounded"), currency, "rounded");
  }

  /** {@code exact} at the currency's scale; UNNECESSARY rounding that is needed is named by operation. */
  private BigDecimal toScale(BigDecimal exact, RoundingMode rounding, String operation) {
    try {
      return exact.setScale(scale(), rounding);
    } catch (ArithmeticException unnecessary) {
      throw roundingNecessary(operation, currency.getCurrencyCode() + " " + Checks.echo(exact));
    }
  }

  private ArithmeticException roundingNecessary(String operation, String exact) {
    return new ArithmeticException(UNIT + " rounding necessary in " + operation + ": " + exact + " has more decimals than "
        + currency.getCurrencyCode() + " allows (" + scale() + ") and the rounding mode is UNNECESSARY");
  }

  /** {@return true if the amount has no more decimals than the currency's minor unit} */
  public boolean isRounded() {
    return amount.stripTrailingZeros().scale() <= scale();
  }

  /**
   * The amount in minor units, for storage or transfer.
   *
   * @return the amount in cents (or the currency's minor unit)
   * @throws ArithmeticException if the amount has more decimals than the currency (round it first)
   *     or does not fit a {@code long}
   */
  public long toMinorUnits() {
    int digits = minorDigits(currency);
    if (!isRounded()) {
      throw new ArithmeticException(this + " has more decimals than " + currency.getCurrencyCode()
          + " allows (" + digits + "): round it first with rounded(RoundingMode)");
    }
    try {
      return amount.movePointRight(digits).longValueExact();
    } catch (ArithmeticException e) {
      throw new ArithmeticException(UNIT + " overflow in toMinorUnits: " + this + " is more than "
          + Long.MAX_VALUE + " minor units");
    }
  }

  private int scale() {
    return Math.max(currency.getDefaultFractionDigits(), 0);
  }

  private Money same(Money other, String operation) {
    Checks.notNull(other, "other");
    if (!currency.equals(other.currency)) {
      throw new CurrencyMismatchException(operation, currency, other.currency);
    }
    return other;
  }

  /**
   * Orders amounts of one currency.
   *
   * @throws CurrencyMismatchException if the currencies differ
   * @throws NullPointerException if {@code other} is null
   */
  @Override
  public int compareTo(Money other) {
    return amount.compareTo(same(other, "compareTo").amount);
  }

  /**
   * {@return true if this is more than {@code other}}
   *
   * @param other an amount in the same currency
   * @throws CurrencyMismatchException if the currencies differ
   * @throws NullPointerException if {@code other} is null
   */
  public boolean isGreaterThan(Money other) {
    return compareTo(other) > 0;
  }

  /**
   * {@return true if this is less than {@code other}}
   *
   * @param other an amount in the same currency
   * @throws CurrencyMismatchException if the currencies differ
   * @throws NullPointerException if {@code other} is null
   */
  public boolean isLessThan(Money other) {
    return compareTo(other) < 0;
  }

  /** Equal when the currency is the same and the amounts are numerically equal ({@code 6.2 == 6.20}). */
  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Money that && that.currency.equals(currency) && that.amount.compareTo(amount) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(currency, amount.stripTrailingZeros());
  }

  /** {@return for example {@code USD 6.25} or {@code USD -0.005}: the code, a space, the plain amount} */
  @Override
  public String toString() {
    return currency.getCurrencyCode() + ' ' + amount.toPlainString();
  }

  /**
   * Writes the serial form instead of this object.
   *
   * @return the serial form: the amount and the currency code
   */
  @Serial
  private Object writeReplace() {
    return new SerialForm(amount, currency.getCurrencyCode());
  }

  /**
   * Refuses a stream that builds the object directly, bypassing the checks of {@link #of}.
   *
   * @param in the stream
   * @throws InvalidObjectException always: money is read through its serial form
   */
  @Serial
  private void readObject(ObjectInputStream in) throws InvalidObjectException {
    throw SerialForms.direct(UNIT);
  }

  /**
   * The serial form of {@link Money}: read back through {@link Money#of(BigDecimal, Currency)}, so a
   * crafted stream cannot build an amount beyond the bounds.
   *
   * @param amount the exact amount
   * @param currencyCode the ISO 4217 code
   */
  private record SerialForm(BigDecimal amount, String currencyCode) implements Serializable {
    @Serial private static final long serialVersionUID = 1L;

    /**
     * {@return the money, checked again}
     *
     * @throws InvalidObjectException if the stream holds an amount or code {@link Money#of} refuses
     */
    @Serial
    private Object readResolve() throws ObjectStreamException {
      return SerialForms.rebuild(UNIT, () -> Money.of(amount(), Money.currency(currencyCode())));
    }
  }
}
