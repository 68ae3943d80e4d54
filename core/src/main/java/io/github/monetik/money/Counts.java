package io.github.monetik.money;

import io.github.monetik.internal.Checks;
import java.util.function.LongFunction;
import java.util.function.ToLongFunction;
import java.util.stream.Collector;

/** Exact arithmetic, formatting and parsing shared by the count units ({@link Coins}, {@link Diamonds}). */
final class Counts {
  private Counts() {}

  static long add(long a, long b, String unit) {
    try {
      return Math.addExact(a, b);
    } catch (ArithmeticException e) {
      throw new ArithmeticException(
          unit + " overflow in plus: " + format(a, unit) + " + " + format(b, unit) + " exceeds " + Long.MAX_VALUE);
    }
  }

  /**
   * A summing collector for a count unit: one {@code long[1]} per thread, exact addition naming the
   * unit on overflow, a null element reported as {@code NullPointerException}.
   */
  static <T> Collector<T, long[], T> summing(ToLongFunction<T> count, LongFunction<T> of, String unit) {
    String element = unit + "s element";
    return Collector.of(() -> new long[1], (sum, next) -> {
      sum[0] = add(sum[0], count.applyAsLong(Checks.notNull(next, element)), unit);
    }, (left, right) -> {
      left[0] = add(left[0], right[0], unit);
      return left;
    }, sum -> of.apply(sum[0]), Collector.Characteristics.UNORDERED);
  }

  static long subtract(long a, long b, String unit) {
    if (b > a) {
      throw new ArithmeticException(unit + " cannot be negative in minus: " + format(a, unit) + " - " + format(b, unit));
    }
    return a - b;
  }

  static long multiply(long a, long factor, String unit) {
    Checks.nonNegative(factor, "factor");
    try {
      return Math.multiplyExact(a, factor);
    } catch (ArithmeticException e) {
      throw new ArithmeticException(
          unit + " overflow in multipliedBy: " + format(a, unit) + " x " + factor + " exceeds " + Long.MAX_VALUE);
    }
  }

  /** {@code 1 coin}, {@code 1,250 coins}: grouping by comma whatever the default locale. */
  static String format(long count, String unit) {
    String digits = Long.toString(count);
    StringBuilder out = new StringBuilder();
    int lead = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
    out.append(digits, 0, lead);
    for (int i = lead; i < digits.length(); i += 3) {
      out.append(',').append(digits, i, i + 3);
    }
    out.append(' ').append(unit);
    if (count != 1) {
      out.append('s');
    }
    return out.toString();
  }

  /**
   * Reads what {@link #format} writes; also accepts digits without grouping and without the unit.
   */
  static long parse(CharSequence text, String unit) {
    String s = Checks.notNull(text, "text").toString().strip();
    if (s.endsWith(unit + "s")) {
      s = s.substring(0, s.length() - unit.length() - 1).strip();
    } else if (s.endsWith(unit)) {
      s = s.substring(0, s.length() - unit.length()).strip();
    }
    if (!s.matches("\\d{1,3}(,\\d{3})+|\\d+")) {
      throw Checks.invalid("text", "a non-negative whole number of " + unit + "s such as '1,250 " + unit + "s'", text);
    }
    try {
      return Long.parseLong(s.replace(",", ""));
    } catch (NumberFormatException e) {
      throw Checks.invalid("text", "at most " + format(Long.MAX_VALUE, unit), text);
    }
  }
}
