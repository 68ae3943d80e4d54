package io.github.monetik.affiliate;

import io.github.monetik.money.Money;
import java.util.Currency;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Four amounts that always add up: {@code earned = pending + payable + reversed}.
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
  final long earned;
  final long pending;
  final long payable;
  final long reversed;

  CommissionTotals(Currency currency, long[] minor) {
    this.currency = currency;
    this.earned = minor[0];
    this.pending = minor[1];
    this.payable = minor[2];
    this.reversed = minor[3];
  }

  static Money money(long minor, Currency currency) {
    return currency.getDefaultFractionDigits() < 0 ? Money.zero(currency) : Money.ofMinor(minor, currency);
  }

  /** {@return the commission kept: pending + payable + reversed} */
  public Money earned() {
    return money(earned, currency);
  }

  /** {@return the commission still inside the settlement window} */
  public Money pending() {
    return money(pending, currency);
  }

  /** {@return the commission that became payable at settlement} */
  public Money payable() {
    return money(payable, currency);
  }

  /** {@return adjustments after settlement, never positive in total} */
  public Money reversed() {
    return money(reversed, currency);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof CommissionTotals t && t.currency.equals(currency) && t.earned == earned
        && t.pending == pending && t.payable == payable && t.reversed == reversed;
  }

  @Override
  public int hashCode() {
    return Objects.hash(currency, earned, pending, payable, reversed);
  }

  /** {@return for example {@code earned USD 12.00 = pending USD 2.00 + payable USD 11.00 + reversed USD -1.00}} */
  @Override
  public String toString() {
    return "earned " + earned() + " = pending " + pending() + " + payable " + payable() + " + reversed " + reversed();
  }
}
