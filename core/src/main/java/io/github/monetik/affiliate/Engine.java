package io.github.monetik.affiliate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * Evaluates one order under a policy, as of a day, into per-line minor units: the commission before
 * refunds, and what of it is earned, pending, payable and reversed. Primitives only; reusable scratch
 * arrays; one instance per thread (statements and collectors make their own).
 */
final class Engine {
  /** "As of" meaning after every event, with a delivered order taken as settled. */
  static final long ALL = Long.MAX_VALUE - 1;

  final CommissionPolicy policy;
  private final boolean deductPlatform;
  private final boolean perLine;
  private final RoundingMode mode;
  private final int settlementDays;

  int n;
  AppliedRate[] rates = new AppliedRate[4];
  long[] base = new long[4];
  long[] commission = new long[4];
  long[] earned = new long[4];
  long[] pending = new long[4];
  long[] payable = new long[4];
  long[] reversed = new long[4];
  long settleDay;
  boolean settled;
  boolean zeroed;
  long refunded;

  Engine(CommissionPolicy policy) {
    this.policy = policy;
    this.deductPlatform = policy.platformDiscount() == CommissionPolicy.PlatformDiscount.DEDUCTED;
    this.perLine = policy.rounding() == CommissionPolicy.Rounding.PER_LINE;
    this.mode = policy.roundingMode();
    this.settlementDays = policy.settlementDays();
  }

  /** {@return false if the order was not yet placed on {@code asOf} (nothing computed)} */
  boolean evaluate(Order order, long asOf) {
    Order.Lifecycle life = order.lifecycle();
    if (life.placed > asOf) {
      n = 0;
      return false;
    }
    List<OrderLine> lines = order.lines();
    n = lines.size();
    if (rates.length < n) {
      grow(n);
    }
    for (int i = 0; i < n; i++) {
      OrderLine line = lines.get(i);
      OrderLine.Amounts a = line.amounts();
      AppliedRate rate = policy.applied(line.product(), life.placed, a.since);
      rates[i] = rate;
      long b = a.gross - a.seller - (deductPlatform ? a.platform : 0);
      base[i] = b;
      if (perLine) {
        Fraction f = rate.fraction;
        commission[i] = f.fits ? Arith.mulDiv(b, f.unscaled, f.denominator, mode)
            : BigDecimal.valueOf(b).multiply(f.rate.value()).setScale(0, mode).longValueExact();
      }
    }
    if (!perLine) {
      BigDecimal cum = BigDecimal.ZERO;
      long before = 0;
      for (int i = 0; i < n; i++) {
        cum = cum.add(BigDecimal.valueOf(base[i]).multiply(rates[i].rate().value()));
        long rounded = cum.setScale(0, mode).longValueExact();
        commission[i] = rounded - before;
        before = rounded;
      }
    }
    long paid = life.paid;
    settleDay = life.delivered == Order.Lifecycle.NEVER ? Order.Lifecycle.NEVER : life.delivered + settlementDays;
    settled = settleDay <= asOf;
    zeroed = life.zeroed <= asOf;
    refunded = life.refundedBy(asOf);
    allocate(zeroed, paid - refunded, paid, earned);
    if (settled) {
      allocate(life.zeroed < settleDay, paid - life.refundedBy(settleDay - 1), paid, payable);
      for (int i = 0; i < n; i++) {
        pending[i] = 0;
        reversed[i] = earned[i] - payable[i];
      }
    } else {
      for (int i = 0; i < n; i++) {
        pending[i] = earned[i];
        payable[i] = 0;
        reversed[i] = 0;
      }
    }
    return true;
  }

  /**
   * Shares of the commission left when {@code remaining} of {@code paid} was kept: the order's
   * total is rounded once, and each line gets the difference of rounded running totals, so lines
   * add up to the order exactly and each is within one minor unit of its exact share.
   */
  private void allocate(boolean zero, long remaining, long paid, long[] out) {
    if (zero) {
      for (int i = 0; i < n; i++) {
        out[i] = 0;
      }
    } else if (remaining == paid) {
      System.arraycopy(commission, 0, out, 0, n);
    } else {
      long cum = 0;
      long before = 0;
      for (int i = 0; i < n; i++) {
        cum = Math.addExact(cum, commission[i]);
        long now = Arith.mulDiv(cum, remaining, paid, mode);
        out[i] = now - before;
        before = now;
      }
    }
  }

  private void grow(int size) {
    rates = new AppliedRate[size];
    base = new long[size];
    commission = new long[size];
    earned = new long[size];
    pending = new long[size];
    payable = new long[size];
    reversed = new long[size];
  }
}
