package io.github.monetik.affiliate;

import io.github.monetik.money.Money;
import java.util.Currency;

/**
 * One order line's commission, explained: the base, the rate and why, the commission before
 * refunds, and what of it is earned, pending, payable and reversed.
 */
public final class LineCommission {
  private final OrderLine line;
  private final AppliedRate rate;
  private final CommissionPolicy.PlatformDiscount treatment;
  private final long base;
  private final long commission;
  private final long[] split;

  LineCommission(OrderLine line, AppliedRate rate, CommissionPolicy.PlatformDiscount treatment, long base,
      long commission, long[] split) {
    this.line = line;
    this.rate = rate;
    this.treatment = treatment;
    this.base = base;
    this.commission = commission;
    this.split = split;
  }

  private Money m(long minor) {
    return Money.ofMinor(minor, line.currency());
  }

  /** {@return the order line} */
  public OrderLine line() {
    return line;
  }

  /** {@return the rate applied and why} */
  public AppliedRate rate() {
    return rate;
  }

  /** {@return gross minus the seller's discount, minus the platform's if the policy deducts it; never tax or shipping} */
  public Money base() {
    return m(base);
  }

  /** {@return {@code base x rate}, exact, before rounding} */
  public Money exact() {
    return m(base).multipliedBy(rate.rate());
  }

  /** {@return the line's commission before refunds, rounded as the policy says} */
  public Money commission() {
    return m(commission);
  }

  /** {@return the line's share of what the order earned} */
  public Money earned() {
    return m(split[0]);
  }

  /** {@return the line's share of what is pending} */
  public Money pending() {
    return m(split[1]);
  }

  /** {@return the line's share of what became payable} */
  public Money payable() {
    return m(split[2]);
  }

  /** {@return the line's share of the reversals} */
  public Money reversed() {
    return m(split[3]);
  }

  /** {@return one line of explanation} */
  @Override
  public String toString() {
    Currency c = line.currency();
    String discounts = " - seller " + line.sellerDiscount().amount().toPlainString()
        + (treatment == CommissionPolicy.PlatformDiscount.DEDUCTED
            ? " - platform " + line.platformDiscount().amount().toPlainString()
            : " (platform " + line.platformDiscount().amount().toPlainString() + " included)");
    return line.product().id() + ": " + line.quantity() + " x " + line.unitPrice().amount().toPlainString() + discounts
        + " = base " + base() + " x " + rate + " = " + exact().amount().toPlainString() + " -> "
        + commission().amount().toPlainString() + " " + c.getCurrencyCode() + "; earned " + earned().amount().toPlainString();
  }
}
