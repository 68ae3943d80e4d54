package io.github.monetik.examples.overlay;

import java.util.Objects;

/**
 * How fast a replay runs: real time ({@code 1}), a whole factor faster ({@code 10}), or as fast as
 * the machine goes ({@code max}: no pauses at all). A whole number, so the pause between two
 * messages is an exact {@code gap / factor} in milliseconds.
 *
 * @param factor how many times faster than real time, {@code >= 1}; ignored when {@code max}
 * @param max true for no pauses at all
 */
public record Speed(long factor, boolean max) {
  /** The largest factor: a year of stream time in under a minute. */
  public static final long LARGEST_FACTOR = 1_000_000;

  /** Real time. */
  public static final Speed REAL_TIME = new Speed(1, false);

  /** No pauses. */
  public static final Speed MAX = new Speed(1, true);

  /**
   * Checks the factor.
   *
   * @throws IllegalArgumentException if {@code factor} is not in {@code [1, }{@value #LARGEST_FACTOR}{@code ]}
   */
  public Speed {
    if (factor < 1 || factor > LARGEST_FACTOR) {
      throw new IllegalArgumentException("speed must be a whole number from 1 to " + LARGEST_FACTOR + " or max, was " + factor);
    }
  }

  /**
   * Reads {@code max}, {@code 10} or {@code 10x}.
   *
   * @param text the option's value
   * @return the speed
   * @throws IllegalArgumentException naming the option if the text is neither
   */
  public static Speed parse(String text) {
    String t = Objects.requireNonNull(text, "text").strip();
    if (t.equalsIgnoreCase("max")) {
      return MAX;
    }
    String digits = t.endsWith("x") || t.endsWith("X") ? t.substring(0, t.length() - 1) : t;
    if (!digits.matches("[0-9]{1,7}")) {
      throw new IllegalArgumentException("--speed must be a whole factor (1 = real time, 10, 60) or max, was '" + text + "'");
    }
    return new Speed(Long.parseLong(digits), false);
  }

  /**
   * {@return how much wall time {@code streamMillis} of stream time take at this speed:
   *     {@code streamMillis / factor} (rounded down), 0 at {@code max} or for a negative span}
   *
   * @param streamMillis a span of stream time in milliseconds
   */
  public long wallMillis(long streamMillis) {
    return max || streamMillis <= 0 ? 0 : streamMillis / factor;
  }

  /** {@return {@code max}, {@code real time} or for example {@code 10x}} */
  @Override
  public String toString() {
    return max ? "max" : factor == 1 ? "real time" : factor + "x";
  }
}
