package io.github.monetik.money;

import io.github.monetik.internal.Checks;
import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serial;
import java.time.LocalDate;
import java.util.Currency;

/**
 * Thrown when an {@link ExchangeRates} source has no rate for a currency pair on a day that a
 * conversion needs. Monetik never guesses a rate.
 */
public final class MissingExchangeRateException extends RuntimeException {
  @Serial private static final long serialVersionUID = 1L;

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

  /**
   * Reads the fields and checks them, so the accessors keep their promises after a crafted stream.
   *
   * @param in the stream
   * @throws IOException if the stream cannot be read
   * @throws ClassNotFoundException if a class in the stream is unknown
   * @throws InvalidObjectException if a field is missing or a code is not an ISO 4217 code
   */
  @Serial
  private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
    in.defaultReadObject();
    SerialForms.check("MissingExchangeRateException", () -> {
      Money.currency(from);
      Money.currency(to);
      Checks.notNull(date, "date");
    });
  }
}
