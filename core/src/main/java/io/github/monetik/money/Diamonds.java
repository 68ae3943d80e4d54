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
 * A number of TikTok diamonds: what a creator receives for gifts and withdraws as cash.
 *
 * <p>Never negative, exact, {@code long}-backed. Arithmetic that would overflow or go below zero
 * throws {@link ArithmeticException} naming the operation; nothing wraps or clamps. Diamonds and
 * {@link Coins} are different units on purpose: a policy converts between them, never a constant.
 *
 * <pre>{@code
 * Diamonds c = Diamonds.of(600);          // 600 diamonds
 * c.plus(Diamonds.of(5)).count();        // 605
 * Diamonds.parse("600 diamonds");         // reads toString() back
 * }</pre>
 */
public final class Diamonds implements Comparable<Diamonds>, Serializable {
  @Serial private static final long serialVersionUID = 1L;
  private static final String UNIT = "diamond";

  /** No diamonds. */
  public static final Diamonds ZERO = new Diamonds(0);

  /** How many diamonds, {@code >= 0}. */
  private final long count;

  private Diamonds(long count) {
    this.count = count;
  }

  /**
   * The given number of diamonds.
   *
   * @param count how many, {@code >= 0}
   * @return the diamonds
   * @throws IllegalArgumentException naming {@code count} if it is negative
   */
  public static Diamonds of(long count) {
    return count == 0 ? ZERO : new Diamonds(Checks.nonNegative(count, "count"));
  }

  /**
   * Reads diamonds as {@link #toString()} writes them ({@code "600 diamonds"}, {@code "1 diamond"}); plain
   * digits ({@code "600"}) are accepted too.
   *
   * @param text the text to read
   * @return the diamonds
   * @throws IllegalArgumentException if the text is not a non-negative whole number of diamonds
   * @throws NullPointerException if {@code text} is null
   */
  public static Diamonds parse(CharSequence text) {
    return of(Counts.parse(text, UNIT));
  }

  /** {@return how many diamonds, {@code >= 0}} */
  public long count() {
    return count;
  }

  /** {@return true if there are no diamonds} */
  public boolean isZero() {
    return count == 0;
  }

  /**
   * {@return the sum}
   *
   * @param other diamonds to add
   * @throws ArithmeticException if the sum exceeds {@link Long#MAX_VALUE}
   * @throws NullPointerException if {@code other} is null
   */
  public Diamonds plus(Diamonds other) {
    return of(Counts.add(count, Checks.notNull(other, "other").count, UNIT));
  }

  /**
   * A collector that adds diamonds up exactly: {@code gifts.stream().map(...).collect(Diamonds.summing())}.
   * Parallel streams give the same sum; an empty stream sums to {@link #ZERO}.
   *
   * @return a collector of diamonds into their sum
   * @throws ArithmeticException (when collecting) if the sum exceeds {@link Long#MAX_VALUE}
   * @throws NullPointerException (when collecting) on a null element
   */
  public static Collector<Diamonds, ?, Diamonds> summing() {
    return Counts.summing(Diamonds::count, Diamonds::of, UNIT);
  }

  /**
   * {@return the difference}
   *
   * @param other diamonds to take away, at most this many
   * @throws ArithmeticException if {@code other} is more than this (diamonds are never negative)
   * @throws NullPointerException if {@code other} is null
   */
  public Diamonds minus(Diamonds other) {
    return of(Counts.subtract(count, Checks.notNull(other, "other").count, UNIT));
  }

  /**
   * {@return this many diamonds, {@code factor} times}
   *
   * @param factor a non-negative multiplier
   * @throws IllegalArgumentException if {@code factor} is negative
   * @throws ArithmeticException if the product exceeds {@link Long#MAX_VALUE}
   */
  public Diamonds multipliedBy(long factor) {
    return of(Counts.multiply(count, factor, UNIT));
  }

  /**
   * Orders by count.
   *
   * @throws NullPointerException if {@code other} is null
   */
  @Override
  public int compareTo(Diamonds other) {
    return Long.compare(count, Checks.notNull(other, "other").count);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Diamonds that && that.count == count;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(count);
  }

  /** {@return for example {@code 600 diamonds} or {@code 1 diamond}} */
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
   * @throws InvalidObjectException always: diamonds are read through their serial form
   */
  @Serial
  private void readObject(ObjectInputStream in) throws InvalidObjectException {
    throw SerialForms.direct("Diamonds");
  }

  /**
   * The serial form of {@link Diamonds}: read back through {@link Diamonds#of(long)}, so a crafted stream cannot
   * build a negative count.
   *
   * @param count how many
   */
  private record SerialForm(long count) implements Serializable {
    @Serial private static final long serialVersionUID = 1L;

    /**
     * {@return the diamonds, checked again}
     *
     * @throws InvalidObjectException if the stream holds a negative count
     */
    @Serial
    private Object readResolve() throws ObjectStreamException {
      return SerialForms.rebuild("Diamonds", () -> Diamonds.of(count()));
    }
  }
}
