package io.github.monetik.money;

import java.io.InvalidObjectException;
import java.util.function.Supplier;

/**
 * What the units' serial forms share: a unit is read back only through its public factory, so a
 * crafted stream meets every check a caller meets, and a refusal is the stream's fault
 * ({@link InvalidObjectException}), not an argument error.
 */
final class SerialForms {
  private SerialForms() {}

  /**
   * {@return the unit the factory builds from the stream's values}
   *
   * @param unit the unit's name, for the message
   * @param factory the public factory applied to the stream's values
   * @throws InvalidObjectException if the factory refuses them (a null, a negative count, an amount beyond the bounds)
   */
  static Object rebuild(String unit, Supplier<?> factory) throws InvalidObjectException {
    try {
      return factory.get();
    } catch (IllegalArgumentException | NullPointerException refused) {
      throw invalid(unit, refused);
    }
  }

  /**
   * Runs the checks of an object read field by field (an exception's).
   *
   * @param type the type's name, for the message
   * @param checks the checks the fields must pass
   * @throws InvalidObjectException if a check fails
   */
  static void check(String type, Runnable checks) throws InvalidObjectException {
    try {
      checks.run();
    } catch (IllegalArgumentException | NullPointerException refused) {
      throw invalid(type, refused);
    }
  }

  private static InvalidObjectException invalid(String type, RuntimeException refused) {
    InvalidObjectException invalid = new InvalidObjectException("invalid " + type + " in stream: " + refused.getMessage());
    invalid.initCause(refused);
    return invalid;
  }

  /** {@return the refusal of a stream that builds a unit without its serial form} */
  static InvalidObjectException direct(String unit) {
    return new InvalidObjectException(unit + " must be read through its serial form, not built field by field");
  }
}
