package io.github.monetik.affiliate;

import io.github.monetik.money.Money;
import java.util.Currency;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Four amounts that always add up: {@code earned = pending + payable + reversed}. A part of a
 * {@link CommissionStatement} (its total and each row of a breakdown), not a result of its own: the
 * statement carries the provenance.
 *
 * <ul>
 *   <li>{@link #earned()}: the commission kept after every refund, cancellation and fraud so far;
 *   <li>{@link #pending()}: the part of it still inside the settlement window (or not yet delivered);
 *   <li>{@link #payable()}: what became payable when orders settled;
 *   <li>{@link #reversed()}: negative adjustments for refunds, returns and fraud after settlement.
 * </ul>
 */
public final class CommissionTotals {
  private final Currency currency;
  final Split split;

  CommissionTotals(Currency currency, Split split) {
    this.currency = currency;
    this.split = split;
  }

  static Money money(long minor, Currency currency) {
    return currency.getDefaultFractionDigits() < 0 ? Money.zero(currency) : Money.ofMinor(minor, currency);
  }

  /** {@return the commission kept: pending + payable + reversed} */
  public Money earned() {
    return money(split.earned(), currency);
  }

  /** {@return the commission still inside the settlement window} */
  public Money pending() {
    return money(split.pending(), currency);
  }

  /** {@return the commission that became payable at settlement} */
  public Money payable() {
    return money(split.payable(), currency);
  }

  /** {@return adjustments after settlement, never positive in total} */
  public Money reversed() {
    return money(split.reversed(), currency);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof CommissionTotals t && t.currency.equals(currency) && t.split.equals(split);
  }

  @Override
  public int hashCode() {
    return Objects.hash(currency, split);
  }

  /** {@return for example {@code earned USD 12.00 = pending USD 2.00 + payable USD 11.00 + reversed USD -1.00}} */
  @Override
  public String toString() {
    return "earned " + earned() + " = pending " + pending() + " + payable " + payable() + " + reversed " + reversed();
  }
}
