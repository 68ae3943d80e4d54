package io.github.monetik.money;

import io.github.monetik.internal.Checks;
import java.util.Currency;

/**
 * Thrown when amounts in two different currencies meet in one operation. Monetik never converts
 * currencies on its own: convert first, with a rate source you trust.
 */
public final class CurrencyMismatchException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final transient Currency expected;
  private final transient Currency actual;

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
    this.expected = expected;
    this.actual = actual;
  }

  /** An operation's name as the message shows it: a long one (an order id inside) is cut and quoted. */
  private static String operation(String operation) {
    String name = Checks.notNull(operation, "operation");
    return name.length() <= Checks.ECHO_LIMIT ? name : Checks.echo(name);
  }

  /** {@return the currency of the left-hand side} */
  public Currency expected() {
    return expected;
  }

  /** {@return the currency that did not match} */
  public Currency actual() {
    return actual;
  }
}
