package io.github.monetik.money;

import io.github.monetik.internal.Checks;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.ObjectStreamException;
import java.io.Serial;
import java.io.Serializable;
import java.util.stream.Collector;
import org.jspecify.annotations.Nullable;

/**
 * A number of TikTok coins: what viewers buy with money and spend on gifts.
 *
 * <p>Never negative, exact, {@code long}-backed. Arithmetic that would overflow or go below zero
 * throws {@link ArithmeticException} naming the operation; nothing wraps or clamps. Coins and
 * {@link Diamonds} are different units on purpose: a policy converts between them, never a constant.
 *
 * <pre>{@code
 * Coins c = Coins.of(1_250);          // 1,250 coins
 * c.plus(Coins.of(5)).count();        // 1255
 * Coins.parse("1,250 coins");         // reads toString() back
 * }</pre>
 */
public final class Coins implements Comparable<Coins>, Serializable {
  @Serial private static final long serialVersionUID = 1L;
  private static final String UNIT = "coin";

  /** No coins. */
  public static final Coins ZERO = new Coins(0);

  /** How many coins, {@code >= 0}. */
  private final long count;

  private Coins(long count) {
    this.count = count;
  }

  /**
   * The given number of coins.
   *
   * @param count how many, {@code >= 0}
   * @return the coins
   * @throws IllegalArgumentException naming {@code count} if it is negative
   */
  public static Coins of(long count) {
    return count == 0 ? ZERO : new Coins(Checks.nonNegative(count, "count"));
  }

  /**
   * Reads coins as {@link #toString()} writes them ({@code "1,250 coins"}, {@code "1 coin"}); plain
   * digits ({@code "1250"}) are accepted too.
   *
   * @param text the text to read
   * @return the coins
   * @throws IllegalArgumentException if the text is not a non-negative whole number of coins
   * @throws NullPointerException if {@code text} is null
   */
  public static Coins parse(CharSequence text) {
    return of(Counts.parse(text, UNIT));
  }

  /** {@return how many coins, {@code >= 0}} */
  public long count() {
    return count;
  }

  /** {@return true if there are no coins} */
  public boolean isZero() {
    return count == 0;
  }

  /**
   * {@return the sum}
   *
   * @param other coins to add
   * @throws ArithmeticException if the sum exceeds {@link Long#MAX_VALUE}
   * @throws NullPointerException if {@code other} is null
   */
  public Coins plus(Coins other) {
    return of(Counts.add(count, Checks.notNull(other, "other").count, UNIT));
  }

  /**
   * A collector that adds coins up exactly: {@code gifts.stream().map(...).collect(Coins.summing())}.
   * Parallel streams give the same sum; an empty stream sums to {@link #ZERO}.
   *
   * @return a collector of coins into their sum
   * @throws ArithmeticException (when collecting) if the sum exceeds {@link Long#MAX_VALUE}
   * @throws NullPointerException (when collecting) on a null element
   */
  public static Collector<Coins, ?, Coins> summing() {
    return Counts.summing(Coins::count, Coins::of, UNIT);
  }

  /**
   * {@return the difference}
   *
   * @param other coins to take away, at most this many
   * @throws ArithmeticException if {@code other} is more than this (coins are never negative)
   * @throws NullPointerException if {@code other} is null
   */
  public Coins minus(Coins other) {
    return of(Counts.subtract(count, Checks.notNull(other, "other").count, UNIT));
  }

  /**
   * {@return this many coins, {@code factor} times}
   *
   * @param factor a non-negative multiplier (for example a gift's quantity)
   * @throws IllegalArgumentException if {@code factor} is negative
   * @throws ArithmeticException if the product exceeds {@link Long#MAX_VALUE}
   */
  public Coins multipliedBy(long factor) {
    return of(Counts.multiply(count, factor, UNIT));
  }

  /**
   * Orders by count.
   *
   * @throws NullPointerException if {@code other} is null
   */
  @Override
  public int compareTo(Coins other) {
    return Long.compare(count, Checks.notNull(other, "other").count);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Coins that && that.count == count;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(count);
  }

  /** {@return for example {@code 1,250 coins} or {@code 1 coin}} */
  @Override
  public String toString() {
    return Counts.format(count, UNIT);
  }

  /**
   * Writes the serial form instead of this object.
   *
   * @return the serial form: the count
   */
  @Serial
  private Object writeReplace() {
    return new SerialForm(count);
  }

  /**
   * Refuses a stream that builds the object directly, bypassing the checks of {@link #of}.
   *
   * @param in the stream
   * @throws InvalidObjectException always: coins are read through their serial form
   */
  @Serial
  private void readObject(ObjectInputStream in) throws InvalidObjectException {
    throw SerialForms.direct("Coins");
  }

  /**
   * The serial form of {@link Coins}: read back through {@link Coins#of(long)}, so a crafted stream cannot
   * build a negative count.
   *
   * @param count how many
   */
  private record SerialForm(long count) implements Serializable {
    @Serial private static final long serialVersionUID = 1L;

    /**
     * {@return the coins, checked again}
     *
     * @throws InvalidObjectException if the stream holds a negative count
     */
    @Serial
    private Object readResolve() throws ObjectStreamException {
      return SerialForms.rebuild("Coins", () -> Coins.of(count()));
    }
  }
}
