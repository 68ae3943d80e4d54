package io.github.monetik.money;

import io.github.monetik.internal.Checks;
import java.time.LocalDate;
import java.util.Currency;

/**
 * Thrown when an {@link ExchangeRates} source has no rate for a currency pair on a day that a
 * conversion needs. Monetik never guesses a rate.
 */
public final class MissingExchangeRateException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The ISO 4217 code of the currency converted from. */
  private final String from;
  /** The ISO 4217 code of the currency converted to. */
  private final String to;
  /** The day of the missing rate. */
  private final LocalDate date;

  /**
   * An exception naming the pair and the day.
   *
   * @param from the currency converted from
   * @param to the currency converted to
   * @param date the day of the rate that is missing
   * @throws NullPointerException if an argument is null
   */
  public MissingExchangeRateException(Currency from, Currency to, LocalDate date) {
    super("no exchange rate " + Checks.notNull(from, "from").getCurrencyCode() + "->"
        + Checks.notNull(to, "to").getCurrencyCode() + " on " + Checks.notNull(date, "date")
        + " from the ExchangeRates source");
    this.from = from.getCurrencyCode();
    this.to = to.getCurrencyCode();
    this.date = date;
  }

  /** {@return the ISO 4217 code of the currency converted from} */
  public String from() {
    return from;
  }

  /** {@return the ISO 4217 code of the currency converted to} */
  public String to() {
    return to;
  }

  /** {@return the day of the missing rate} */
  public LocalDate date() {
    return date;
  }
}
