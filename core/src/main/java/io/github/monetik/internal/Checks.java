package io.github.monetik.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The argument checks of every public entry point, so that every message has one form. A null
 * argument gives a {@code NullPointerException} whose message is the argument's name, as
 * {@code Objects.requireNonNull(x, "x")} does (an element by its place: {@code events[3]}); a bad
 * value an {@code IllegalArgumentException} that names the argument, says what was expected and
 * echoes what was given, at most {@value #ECHO_LIMIT} characters of it.
 *
 * <pre>{@code
 * Checks.notNull(policy, "policy");                  // NPE "policy"
 * Checks.nonNegative(followers, "followers");        // IAE "followers must be >= 0, was -3"
 * List<Order> all = Checks.elements(orders, "orders"); // NPE "orders[2]"
 * throw Checks.invalid("text", "a whole number", text); // IAE "text must be a whole number, was 'abc'"
 * }</pre>
 */
public final class Checks {
  /** The most characters of a given value a message echoes; the rest is cut and counted. */
  public static final int ECHO_LIMIT = 120;

  private Checks() {}

  /**
   * {@return {@code value}, checked}
   *
   * @param value the argument
   * @param name the argument's name
   * @param <T> its type
   * @throws NullPointerException naming the argument if {@code value} is null
   */
  public static <T> T notNull(@Nullable T value, String name) {
    if (value == null) {
      throw new NullPointerException(name);
    }
    return value;
  }

  /**
   * {@return {@code value}, checked}
   *
   * @param value a count or amount
   * @param name the argument's name
   * @throws IllegalArgumentException naming the argument and the value if it is negative
   */
  public static long nonNegative(long value, String name) {
    if (value < 0) {
      throw new IllegalArgumentException(name + " must be >= 0, was " + value);
    }
    return value;
  }

  /**
   * {@return {@code value}, checked}
   *
   * @param value a count
   * @param name the argument's name
   * @throws IllegalArgumentException naming the argument and the value if it is below 1
   */
  public static long positive(long value, String name) {
    if (value < 1) {
      throw new IllegalArgumentException(name + " must be >= 1, was " + value);
    }
    return value;
  }

  /**
   * {@return {@code value}, checked}
   *
   * @param value a text argument
   * @param name the argument's name
   * @throws NullPointerException naming the argument if it is null
   * @throws IllegalArgumentException naming the argument if it is empty or only white space
   */
  public static String notBlank(@Nullable String value, String name) {
    String text = notNull(value, name);
    if (text.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank, was " + echo(text));
    }
    return text;
  }

  /**
   * Copies the elements of an iterable, refusing null ones by their place.
   *
   * @param values the argument
   * @param name the argument's name
   * @param <T> the element type
   * @return the elements, in order, in an unmodifiable list
   * @throws NullPointerException whose message is the argument's name ({@code orders}) or the
   *     element's ({@code orders[2]}) that is null
   */
  public static <T> List<T> elements(@Nullable Iterable<? extends @Nullable T> values, String name) {
    Iterable<? extends @Nullable T> all = notNull(values, name);
    List<T> out = all instanceof Collection<?> c ? new ArrayList<>(c.size()) : new ArrayList<>();
    int i = 0;
    for (T v : all) {
      out.add(notNull(v, name + "[" + i + "]"));
      i++;
    }
    return java.util.Collections.unmodifiableList(out);
  }

  /**
   * Refuses combining a batch with itself (what a batch's {@code combine(other)} checks first).
   *
   * @param self the batch
   * @param other the batch given
   * @throws IllegalArgumentException naming {@code other} if it is {@code self}
   */
  public static void another(Object self, Object other) {
    if (other == self) {
      throw invalid("other", "another batch", "this one");
    }
  }

  /**
   * Refuses combining batches of different doors.
   *
   * @param door this batch's door
   * @param otherDoor the other batch's door
   * @param expected what the other must be, completing "must be ..."; built only for the refusal, since
   *     a door's text is long and batches combine often
   * @throws IllegalArgumentException naming {@code other} if the doors differ
   */
  public static void sameDoor(Object door, Object otherDoor, java.util.function.Supplier<String> expected) {
    if (!otherDoor.equals(door)) {
      throw invalid("other", expected.get(), "one of another door, " + otherDoor);
    }
  }

  /**
   * {@return an exception saying that an argument is not what was expected}
   *
   * @param name the argument's name
   * @param expected what it must be, completing "must be ..." ({@code "at most 80%"})
   * @param actual what was given, echoed by {@link #echo(Object)}
   */
  public static IllegalArgumentException invalid(String name, String expected, @Nullable Object actual) {
    return new IllegalArgumentException(name + " must be " + expected + ", was " + echo(actual));
  }

  /**
   * A given value as a message shows it: text in single quotes, anything else by its
   * {@code toString}, cut after {@value #ECHO_LIMIT} characters with the length said, so that a
   * 10 MB string gives a short message. A {@link java.math.BigDecimal} is shown in scientific
   * notation when its plain form would be long (never {@code toPlainString} of {@code 1E+999999999}).
   *
   * @param value the value, possibly null
   * @return its bounded text
   */
  public static String echo(@Nullable Object value) {
    if (value == null) {
      return "null";
    }
    String text;
    if (value instanceof java.math.BigDecimal d) {
      text = d.toString(); // scientific for extreme exponents: bounded by the digits, never by the exponent
    } else if (value instanceof CharSequence s) {
      return "'" + cut(s) + "'";
    } else {
      text = String.valueOf(value);
    }
    return cut(text);
  }

  private static String cut(CharSequence s) {
    if (s.length() <= ECHO_LIMIT) {
      return s.toString();
    }
    return s.subSequence(0, ECHO_LIMIT) + "... (" + s.length() + " characters)";
  }
}
