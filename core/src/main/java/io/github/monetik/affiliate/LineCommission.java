package io.github.monetik.affiliate;

import io.github.monetik.money.Money;
import org.jspecify.annotations.Nullable;

/**
 * One order line's commission, explained: the base, the rate and why, the commission before
 * refunds, and what of it is earned, pending, payable and reversed. A part of an
 * {@link OrderCommission}, which carries the provenance.
 */
public final class LineCommission {
  private final OrderLine line;
  private final AppliedRate rate;
  private final CommissionPolicy.PlatformDiscount treatment;
  private final long base;
  private final long commission;
  final Split split;
  /** Under a tiered commission, the line's parts at the second tier (a statement may pay those). */
  final @Nullable Split upper;

  LineCommission(OrderLine line, AppliedRate rate, CommissionPolicy.PlatformDiscount treatment, long base,
      long commission, Split split, @Nullable Split upper) {
    this.line = line;
    this.rate = rate;
    this.treatment = treatment;
    this.base = base;
    this.commission = commission;
    this.split = split;
    this.upper = upper;
  }

  private Money m(long minor) {
    return Money.ofMinor(minor, line.currency());
  }

  /** {@return the order line} */
  public OrderLine line() {
    return line;
  }

  /** {@return the rate applied and why; under a tiered commission, the first tier's (the estimate)} */
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
    return m(split.earned());
  }

  /** {@return the line's share of what is pending} */
  public Money pending() {
    return m(split.pending());
  }

  /** {@return the line's share of what became payable} */
  public Money payable() {
    return m(split.payable());
  }

  /** {@return the line's share of the reversals} */
  public Money reversed() {
    return m(split.reversed());
  }

  /** {@return how the line's commission before refunds is found, for example {@code lamp-01: 2 x 24.00 - seller 4.00 - platform 3.00 = base USD 41.00 x 15% open = 6.15 -> 6.15}} */
  String explanation() {
    String discounts = " - seller " + line.sellerDiscount().amount().toPlainString()
        + (treatment == CommissionPolicy.PlatformDiscount.DEDUCTED
            ? " - platform " + line.platformDiscount().amount().toPlainString()
            : " (platform " + line.platformDiscount().amount().toPlainString() + " included)");
    return line.product().id() + ": " + line.quantity() + " x " + line.unitPrice().amount().toPlainString() + discounts
        + " = base " + base() + " x " + rate + (line.isAdDriven() ? " (ad-driven)" : "") + " = "
        + exact().amount().toPlainString() + " -> " + commission().amount().toPlainString();
  }

  /** {@return one line of explanation, ending with the currency and what the line earned} */
  @Override
  public String toString() {
    return explanation() + " " + line.currency().getCurrencyCode() + "; earned " + earned().amount().toPlainString();
  }
}
