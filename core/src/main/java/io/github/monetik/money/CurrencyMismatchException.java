package io.github.monetik.money;

import io.github.monetik.internal.Checks;
import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serial;
import java.util.Currency;

/**
 * Thrown when amounts in two different currencies meet in one operation. Monetik never converts
 * currencies on its own: convert first, with a rate source you trust.
 *
 * <p>It keeps the two currencies as ISO 4217 codes, so they survive serialization.
 */
public final class CurrencyMismatchException extends IllegalArgumentException {
  @Serial private static final long serialVersionUID = 2L;

  /** The ISO 4217 code of the left-hand side's currency. */
  private final String expected;
  /** The ISO 4217 code of the currency that did not match. */
  private final String actual;

  /**
   * An exception naming the operation and both currencies.
   *
   * @param operation what was attempted, for the message (for example {@code "plus"})
   * @param expected the currency of the left-hand side
   * @param actual the currency that did not match
   * @throws NullPointerException if an argument is null
   */
  public CurrencyMismatchException(String operation, Currency expected, Currency actual) {
    super("currency mismatch in " + operation(operation) + ": expected "
        + Checks.notNull(expected, "expected").getCurrencyCode() + ", was "
        + Checks.notNull(actual, "actual").getCurrencyCode() + " (convert first; Monetik never converts implicitly)");
    this.expected = expected.getCurrencyCode();
    this.actual = actual.getCurrencyCode();
  }

  /** An operation's name as the message shows it: a long one (an order id inside) is cut and quoted. */
  private static String operation(String operation) {
    String name = Checks.notNull(operation, "operation");
    return name.length() <= Checks.ECHO_LIMIT ? name : Checks.echo(name);
  }

  /** {@return the currency of the left-hand side} */
  public Currency expected() {
    return Currency.getInstance(expected);
  }

  /** {@return the currency that did not match} */
  public Currency actual() {
    return Currency.getInstance(actual);
  }

  /**
   * Reads the fields and checks that they are currency codes, so {@link #expected()} and
   * {@link #actual()} cannot fail after a crafted stream.
   *
   * @param in the stream
   * @throws IOException if the stream cannot be read
   * @throws ClassNotFoundException if a class in the stream is unknown
   * @throws InvalidObjectException if a field is missing or not an ISO 4217 code
   */
  @Serial
  private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
    in.defaultReadObject();
    SerialForms.check("CurrencyMismatchException", () -> {
      Money.currency(expected);
      Money.currency(actual);
    });
  }
}
