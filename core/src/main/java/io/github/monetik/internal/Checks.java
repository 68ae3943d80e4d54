package io.github.monetik.internal;

/** Argument checks whose messages name the field and the value. */
public final class Checks {
  private Checks() {}

  /**
   * @param field the field's name, for the message
   * @param value the value to check
   * @throws IllegalArgumentException if {@code value} is negative
   */
  public static void nonNegative(String field, long value) {
    if (value < 0) {
      throw new IllegalArgumentException(field + " must be >= 0, was " + value);
    }
  }
}
