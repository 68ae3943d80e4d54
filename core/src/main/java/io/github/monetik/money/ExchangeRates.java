package io.github.monetik.money;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Optional;

/**
 * Your source of exchange rates, to show estimates and payouts in a creator's currency. Monetik
 * ships none (rates are market data, not rules) and never converts on its own.
 *
 * <p>Within one call Monetik asks once per currency pair and date, so a slow or metered source is
 * not hit repeatedly. It never asks for a currency to itself.
 *
 * <pre>{@code
 * ExchangeRates ecb = (from, to, day) -> myRateTable.lookup(from, to, day);
 * tiktok.programs().estimate(Program.CREATOR_REWARDS, month, Currency.getInstance("EUR"), ecb);
 * }</pre>
 */
@FunctionalInterface
public interface ExchangeRates {
  /**
   * {@return how many units of {@code to} one unit of {@code from} is worth that day (positive), or empty if the source has no such rate}
   *
   * @param from the currency converted from
   * @param to the currency converted to
   * @param date the day of the rate
   */
  Optional<BigDecimal> rate(Currency from, Currency to, LocalDate date);
}
