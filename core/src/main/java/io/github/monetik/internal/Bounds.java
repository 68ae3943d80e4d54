package io.github.monetik.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.jspecify.annotations.Nullable;

/**
 * The magnitude and scale limits of every decimal number Monetik takes in and gives out: amounts,
 * factors, rates and the results of arithmetic on them. The policy is stated for users once, in
 * the {@code io.github.monetik.money} package documentation; this class is where it is applied.
 *
 * <p>A number is <em>within bounds</em> when it is zero, or when its magnitude is below
 * 10^{@value #MAX_DIGITS} (at most {@value #MAX_DIGITS} digits before the decimal point) and it has
 * at most {@value #MAX_DIGITS} decimals (trailing zeros do not count: {@code 1.000...0} is 1). So
 * a number within bounds has at most 200 significant digits, prints in at most 202 characters and
 * makes every later operation cheap, while no real sum of money comes near either limit.
 *
 * <p>Every check is O(1) in the exponent: it works on {@link BigDecimal#precision()} and
 * {@link BigDecimal#scale()} in {@code long} arithmetic and never writes out the digits, so
 * {@code 1E+2147483647} and {@code 1E-999999999} are refused at once.
 *
 * <ul>
 *   <li>A bad argument is an {@link IllegalArgumentException} naming it and echoing it through
 *       {@link Checks#echo(Object)} (scientific notation, bounded): {@link #amount}, {@link #factor}.
 *   <li>A result out of bounds is an {@link ArithmeticException} naming the unit and the operation
 *       ({@code "Money overflow in multipliedBy: ..."}): {@link #result}.
 * </ul>
 *
 * <pre>{@code
 * BigDecimal a = Bounds.amount(amount, "amount");               // IAE "amount must be below 10^100 ..."
 * BigDecimal f = Bounds.factor(factor, "factor");               // the same limits, named "factor"
 * BigDecimal r = Bounds.result(a.multiply(f), "Money", "multipliedBy"); // AE "Money overflow in multipliedBy: ..."
 * }</pre>
 */
public final class Bounds {
  /** The most digits before the decimal point, and the most decimals, of a number within bounds. */
  public static final int MAX_DIGITS = 100;

  private static final String LIMITS =
      "below 10^" + MAX_DIGITS + " in magnitude with at most " + MAX_DIGITS + " decimals";

  private Bounds() {}

  /**
   * {@return true if {@code value} is within bounds}
   *
   * @param value any number
   */
  public static boolean within(BigDecimal value) {
    return reduced(value) != null;
  }

  /**
   * Checks an amount given to Monetik.
   *
   * @param value the argument
   * @param name the argument's name
   * @return the same number, with at most {@value #MAX_DIGITS} decimals written (trailing zeros beyond
   *     them dropped; a zero of any scale is {@link BigDecimal#ZERO})
   * @throws NullPointerException naming the argument if it is null
   * @throws IllegalArgumentException naming the argument and echoing it if it is not within bounds
   */
  public static BigDecimal amount(@Nullable BigDecimal value, String name) {
    BigDecimal given = Checks.notNull(value, name);
    BigDecimal bounded = reduced(given);
    if (bounded == null) {
      throw Checks.invalid(name, LIMITS, given);
    }
    return bounded;
  }

  /**
   * Checks a multiplier given to Monetik. A factor has the same limits as an amount, so that a product
   * of two numbers within bounds is cheap to compute exactly; whether the product is itself within
   * bounds is then {@link #result}'s to say.
   *
   * @param value the argument
   * @param name the argument's name
   * @return the same number, with at most {@value #MAX_DIGITS} decimals written (a zero of any scale
   *     is {@link BigDecimal#ZERO})
   * @throws NullPointerException naming the argument if it is null
   * @throws IllegalArgumentException naming the argument and echoing it if it is not within bounds
   */
  public static BigDecimal factor(@Nullable BigDecimal value, String name) {
    return amount(value, name);
  }

  /**
   * Checks the exact result of an operation on numbers within bounds.
   *
   * @param value the exact result
   * @param unit what the result is, starting the message ({@code "Money"})
   * @param operation the operation that produced it ({@code "multipliedBy"})
   * @return the same number, with at most {@value #MAX_DIGITS} decimals written
   * @throws ArithmeticException naming the unit and the operation if the result is not within bounds:
   *     {@code "Money overflow in multipliedBy: ..."} when it is too large, {@code "Money underflow in
   *     multipliedBy: ..."} when it has too many decimals
   */
  public static BigDecimal result(BigDecimal value, String unit, String operation) {
    BigDecimal bounded = reduced(value);
    if (bounded != null) {
      return bounded;
    }
    if (integerDigits(value) > MAX_DIGITS) {
      throw new ArithmeticException(unit + " overflow in " + operation + ": the result " + Checks.echo(value)
          + " is not below 10^" + MAX_DIGITS + " in magnitude");
    }
    throw new ArithmeticException(unit + " underflow in " + operation + ": the result " + Checks.echo(value)
        + " has more than " + MAX_DIGITS + " decimals");
  }

  /** The digits before the decimal point ({@code precision - scale}), exact in {@code long}: never negative-wrapped. */
  private static long integerDigits(BigDecimal value) {
    return (long) value.precision() - value.scale();
  }

  /** {@code value} written with at most {@value #MAX_DIGITS} decimals, or null if it is not within bounds. */
  private static @Nullable BigDecimal reduced(BigDecimal value) {
    if (value.signum() == 0) {
      return BigDecimal.ZERO;
    }
    if (integerDigits(value) > MAX_DIGITS) {
      return null;
    }
    long scale = value.scale();
    if (scale <= MAX_DIGITS) {
      return value;
    }
    // Only trailing zeros can bring the decimals down, and there are fewer of them than digits: when
    // even dropping all but one digit leaves too many decimals, say so without dividing.
    if (scale - (value.precision() - 1L) > MAX_DIGITS) {
      return null;
    }
    try {
      // One exact division by 10^(scale - 100), fewer digits than the number has.
      return value.setScale(MAX_DIGITS, RoundingMode.UNNECESSARY);
    } catch (ArithmeticException notZeros) {
      return null;
    }
  }
}
