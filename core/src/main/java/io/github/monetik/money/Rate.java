package io.github.monetik.money;

import io.github.monetik.internal.Bounds;
import io.github.monetik.internal.Checks;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.ObjectStreamException;
import java.io.Serial;
import java.io.Serializable;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * A fraction in [0, 1], held exactly as a {@link BigDecimal}: a creator's share, a commission rate,
 * a platform cut.
 *
 * <pre>{@code
 * Rate.percent("15");        // 15%
 * Rate.of("0.53");           // 53%
 * Rate.of("0.5").complement(); // 50%
 * }</pre>
 */
public final class Rate implements Comparable<Rate>, Serializable {
  @Serial private static final long serialVersionUID = 1L;
  private static final String UNIT = "Rate";
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  /** The most decimals a percentage may have: its fraction has two more. */
  private static final int PERCENT_DECIMALS = Money.MAX_DIGITS - 2;

  /** 0%. */
  public static final Rate ZERO = new Rate(BigDecimal.ZERO);
  /** 100%. */
  public static final Rate ONE = new Rate(BigDecimal.ONE);

  /** The fraction, in [0, 1]. */
  private final BigDecimal value;

  private Rate(BigDecimal value) {
    this.value = value;
  }

  /**
   * A rate from a fraction.
   *
   * @param fraction a number in [0, 1] with at most {@value Money#MAX_DIGITS} decimals, for example {@code 0.53}
   * @return the rate
   * @throws IllegalArgumentException if {@code fraction} is outside [0, 1] or has more decimals
   * @throws NullPointerException if {@code fraction} is null
   */
  public static Rate of(BigDecimal fraction) {
    Checks.notNull(fraction, "fraction");
    // compareTo looks at the exponents first (O(1) for 1E+2147483647), otherwise at the number's own digits.
    if (fraction.signum() < 0 || fraction.compareTo(BigDecimal.ONE) > 0) {
      throw Checks.invalid("fraction", "in [0, 1]", fraction);
    }
    return new Rate(Bounds.amount(fraction, "fraction").stripTrailingZeros());
  }

  /**
   * A rate from a fraction written as text.
   *
   * @param fraction a plain decimal in [0, 1], for example {@code "0.53"}
   * @return the rate
   * @throws IllegalArgumentException if the text is not a decimal in [0, 1]
   * @throws NullPointerException if {@code fraction} is null
   */
  public static Rate of(String fraction) {
    return of(Money.decimal(fraction, "fraction"));
  }

  /**
   * A rate from a percentage.
   *
   * @param percent a plain decimal in [0, 100] with at most 98 decimals, for
   *     example {@code "15"} or {@code "12.5"}
   * @return the rate
   * @throws IllegalArgumentException if the text is not a decimal in [0, 100] or has more decimals
   * @throws NullPointerException if {@code percent} is null
   */
  public static Rate percent(String percent) {
    BigDecimal p = Money.decimal(percent, "percent");
    if (p.signum() < 0 || p.compareTo(HUNDRED) > 0) {
      throw Checks.invalid("percent", "in [0, 100]", percent);
    }
    BigDecimal fraction = p.movePointLeft(2);
    if (!Bounds.within(fraction)) {
      throw Checks.invalid("percent", "a percentage with at most " + PERCENT_DECIMALS + " decimals", percent);
    }
    return of(fraction);
  }

  /**
   * A rate from a whole percentage.
   *
   * @param percent a whole number in [0, 100]
   * @return the rate
   * @throws IllegalArgumentException if {@code percent} is outside [0, 100]
   */
  public static Rate percent(long percent) {
    if (percent < 0 || percent > 100) {
      throw Checks.invalid("percent", "in [0, 100]", percent);
    }
    return of(BigDecimal.valueOf(percent, 2));
  }

  /**
   * Reads a rate as {@link #toString()} writes it ({@code "15%"}, {@code "12.5%"}).
   *
   * @param text a percentage followed by {@code %}
   * @return the rate
   * @throws IllegalArgumentException if the text is not a percentage in [0, 100] followed by {@code %}
   * @throws NullPointerException if {@code text} is null
   */
  public static Rate parse(CharSequence text) {
    String s = Checks.notNull(text, "text").toString().strip();
    if (!s.endsWith("%")) {
      throw Checks.invalid("text", "a percentage followed by '%' such as '15%'", text);
    }
    return percent(s.substring(0, s.length() - 1).strip());
  }

  /** {@return the exact fraction in [0, 1], without trailing zeros} */
  public BigDecimal value() {
    return value;
  }

  /** {@return the exact percentage in [0, 100]} */
  public BigDecimal toPercent() {
    return value.movePointRight(2).stripTrailingZeros();
  }

  /** {@return {@code 1 - this}: the rest of a whole (the platform's cut of a creator share)} */
  public Rate complement() {
    return of(BigDecimal.ONE.subtract(value));
  }

  /** {@return true for 0%} */
  public boolean isZero() {
    return value.signum() == 0;
  }

  /**
   * Orders by size.
   *
   * @throws NullPointerException if {@code other} is null
   */
  @Override
  public int compareTo(Rate other) {
    return value.compareTo(Checks.notNull(other, "other").value);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Rate that && that.value.compareTo(value) == 0;
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** {@return the percentage, for example {@code 15%} or {@code 12.5%}} */
  @Override
  public String toString() {
    return toPercent().toPlainString() + "%";
  }

  /**
   * Writes the serial form instead of this object.
   *
   * @return the serial form: the fraction
   */
  @Serial
  private Object writeReplace() {
    return new SerialForm(value);
  }

  /**
   * Refuses a stream that builds the object directly, bypassing the checks of {@link #of(BigDecimal)}.
   *
   * @param in the stream
   * @throws InvalidObjectException always: rates are read through their serial form
   */
  @Serial
  private void readObject(ObjectInputStream in) throws InvalidObjectException {
    throw SerialForms.direct(UNIT);
  }

  /**
   * The serial form of {@link Rate}: read back through {@link Rate#of(BigDecimal)}, so a crafted stream
   * cannot build a rate outside [0, 1].
   *
   * @param fraction the fraction
   */
  private record SerialForm(BigDecimal fraction) implements Serializable {
    @Serial private static final long serialVersionUID = 1L;

    /**
     * {@return the rate, checked again}
     *
     * @throws InvalidObjectException if the stream holds a fraction {@link Rate#of(BigDecimal)} refuses
     */
    @Serial
    private Object readResolve() throws ObjectStreamException {
      return SerialForms.rebuild(UNIT, () -> Rate.of(fraction()));
    }
  }
}
