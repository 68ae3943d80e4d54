package io.github.monetik.money;

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
   * @param operation what was attempted, for the message (for example {@code "plus"})
   * @param expected the currency of the left-hand side
   * @param actual the currency that did not match
   */
  public CurrencyMismatchException(String operation, Currency expected, Currency actual) {
    super("currency mismatch in " + operation + ": expected " + expected.getCurrencyCode() + ", was "
        + actual.getCurrencyCode() + " (convert first; Monetik never converts implicitly)");
    this.expected = expected;
    this.actual = actual;
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
