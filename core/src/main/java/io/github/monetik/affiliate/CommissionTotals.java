package io.github.monetik.affiliate;

import io.github.monetik.internal.Checks;
import io.github.monetik.money.CurrencyMismatchException;
import io.github.monetik.money.Money;
import java.util.Currency;

/**
 * Four amounts that always add up: {@code earned = pending + payable + reversed}. A part of a
 * {@link CommissionStatement} (its total and each row of a breakdown), not a result of its own: the
 * statement carries the provenance. A value anyone may make; the constructor checks that the four
 * share a currency and add up.
 *
 * <ul>
 *   <li>{@link #earned()}: the commission kept after every refund, cancellation and fraud so far;
 *   <li>{@link #pending()}: the part of it still inside the settlement window (or not yet delivered);
 *   <li>{@link #payable()}: what became payable when orders settled;
 *   <li>{@link #reversed()}: negative adjustments for refunds, returns and fraud after settlement.
 * </ul>
 *
 * @param earned the commission kept: pending + payable + reversed
 * @param pending the commission still inside the settlement window
 * @param payable the commission that became payable at settlement
 * @param reversed adjustments after settlement, never positive in a statement
 */
public record CommissionTotals(Money earned, Money pending, Money payable, Money reversed) {
  /**
   * The totals.
   *
   * @param earned the commission kept: pending + payable + reversed
   * @param pending the commission still inside the settlement window
   * @param payable the commission that became payable at settlement
   * @param reversed adjustments after settlement
   * @throws NullPointerException if an argument is null
   * @throws CurrencyMismatchException if their currencies differ
   * @throws IllegalArgumentException if {@code earned} is not {@code pending + payable + reversed}
   */
  public CommissionTotals {
    Checks.notNull(earned, "earned");
    Checks.notNull(pending, "pending");
    Checks.notNull(payable, "payable");
    Checks.notNull(reversed, "reversed");
    Money sum = pending.plus(payable).plus(reversed);
    if (!sum.currency().equals(earned.currency())) {
      throw new CurrencyMismatchException("commission totals", sum.currency(), earned.currency());
    }
    if (sum.amount().compareTo(earned.amount()) != 0) {
      throw Checks.invalid("earned", "pending + payable + reversed " + sum, earned);
    }
  }

  /** {@return the totals of a split in that currency; zero in a currency with no minor unit (XXX)} */
  static CommissionTotals of(Currency currency, Split s) {
    return new CommissionTotals(money(s.earned(), currency), money(s.pending(), currency), money(s.payable(), currency),
        money(s.reversed(), currency));
  }

  static Money money(long minor, Currency currency) {
    return currency.getDefaultFractionDigits() < 0 ? Money.zero(currency) : Money.ofMinor(minor, currency);
  }

  /** {@return for example {@code earned USD 12.00 = pending USD 2.00 + payable USD 11.00 + reversed USD -1.00}} */
  @Override
  public String toString() {
    return "earned " + earned + " = pending " + pending + " + payable " + payable + " + reversed " + reversed;
  }
}
