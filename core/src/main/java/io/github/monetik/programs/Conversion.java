package io.github.monetik.programs;

import io.github.monetik.internal.Bounds;
import io.github.monetik.internal.Checks;
import io.github.monetik.money.ExchangeRates;
import io.github.monetik.money.MissingExchangeRateException;
import io.github.monetik.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Converts amounts with a user's {@link ExchangeRates}, asking once per pair and date. Every rate
 * the source gives is checked against Monetik's bounds before use. Not thread-safe: one per call.
 */
final class Conversion {
  private final Currency target;
  private final ExchangeRates rates;
  private final Map<List<Object>, BigDecimal> asked = new HashMap<>();

  Conversion(Currency target, ExchangeRates rates) {
    this.target = Checks.notNull(target, "currency");
    this.rates = Checks.notNull(rates, "rates");
  }

  /**
   * The amount in the target currency, exact.
   *
   * @throws MissingExchangeRateException if the source has no rate for the day
   * @throws IllegalArgumentException if the source's rate is not positive or not within bounds
   * @throws ArithmeticException if the converted amount is beyond the bounds
   */
  Money convert(Money amount, LocalDate date) {
    Currency from = amount.currency();
    if (from.equals(target)) {
      return amount;
    }
    BigDecimal rate = asked.computeIfAbsent(List.of(from, target, date), key -> ask(from, date));
    return Money.of(amount.multipliedBy(rate).amount(), target);
  }

  private BigDecimal ask(Currency from, LocalDate date) {
    Optional<BigDecimal> answer = rates.rate(from, target, date);
    if (answer == null || answer.isEmpty()) {
      throw new MissingExchangeRateException(from, target, date);
    }
    BigDecimal rate = Bounds.factor(answer.get(), "rate");
    if (rate.signum() <= 0) {
      throw new IllegalArgumentException("rate " + from.getCurrencyCode() + "->" + target.getCurrencyCode() + " on "
          + date + " must be > 0, the ExchangeRates source gave " + Checks.echo(rate));
    }
    return rate;
  }
}
