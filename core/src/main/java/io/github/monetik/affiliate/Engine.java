package io.github.monetik.affiliate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Evaluates one order under a policy, as of a day, into per-line minor units: the commission before
 * refunds, and what of it is earned, pending, payable and reversed. Primitives only; reusable scratch
 * arrays; one instance per thread (statements and collectors make their own).
 *
 * <p>A line under a tiered commission is evaluated twice, at its first tier's rate (the estimate)
 * and at its second's, and apportioned on its own, as only a statement, which ranks the creator's
 * orders, knows which one it earns. The order's other lines are apportioned together.
 */
final class Engine {
  /** "As of" meaning after every event, with a delivered order taken as settled. */
  static final long ALL = Long.MAX_VALUE - 1;

  final CommissionPolicy policy;
  private final boolean deductPlatform;
  private final boolean perLine;
  private final boolean subtractRefunds;
  private final boolean keepLate;
  private final RoundingMode mode;

  int n;
  AppliedRate[] rates = new AppliedRate[4];
  long[] base = new long[4];
  long[] commission = new long[4];
  long[] earned = new long[4];
  long[] pending = new long[4];
  long[] payable = new long[4];
  long[] reversed = new long[4];
  /** Per tiered line, its parts at the second tier's rate; null for other lines. */
  @Nullable Split[] upper = new Split[4];
  /** Per tiered line, its commission at the second tier's rate. */
  long[] upperCommission = new long[4];
  private int[] group = new int[4];
  boolean tiered;
  /** The delivery day if known by the as-of day, else NEVER: a later delivery is not known yet. */
  long delivered;
  long settleDay;
  boolean settled;
  boolean zeroed;
  long refunded;
  private Order.@Nullable Lifecycle life;

  Engine(CommissionPolicy policy) {
    this.policy = policy;
    this.deductPlatform = policy.platformDiscount() == CommissionPolicy.PlatformDiscount.DEDUCTED;
    this.perLine = policy.rounding() == CommissionPolicy.Rounding.PER_LINE;
    this.subtractRefunds = policy.refundRule() == CommissionPolicy.RefundRule.SUBTRACTED_FROM_BASE;
    this.keepLate = policy.returnsAfterSettlement() == CommissionPolicy.ReturnsAfterSettlement.KEPT;
    this.mode = policy.roundingMode();
  }

  /** {@return false if the order was not yet placed on {@code asOf} (nothing computed)} */
  boolean evaluate(Order order, long asOf) {
    Order.Lifecycle life = order.lifecycle();
    if (life.placed > asOf) {
      n = 0;
      this.life = null;
      return false;
    }
    this.life = life;
    List<OrderLine> lines = order.lines();
    n = lines.size();
    if (rates.length < n) {
      grow(n);
    }
    tiered = false;
    long bases = 0;
    for (int i = 0; i < n; i++) {
      OrderLine line = lines.get(i);
      OrderLine.Amounts a = line.amounts();
      AppliedRate rate = policy.applied(line.product(), life.placed, a.since, line.isAdDriven());
      rates[i] = rate;
      long b = a.gross - a.seller - (deductPlatform ? a.platform : 0);
      base[i] = b;
      bases += b;
      tiered |= rate.upper != null;
    }
    rateLines(false);
    delivered = life.delivered <= asOf ? life.delivered : Order.Lifecycle.NEVER;
    settleDay = policy.payableDay(delivered);
    settled = settleDay <= asOf;
    zeroed = life.zeroed <= asOf;
    refunded = life.refundedBy(asOf);
    long whole = subtractRefunds ? bases : life.paid;
    int untiered = 0;
    for (int i = 0; i < n; i++) {
      upper[i] = null;
      if (rates[i].upper == null) {
        group[untiered++] = i;
      }
    }
    split(group, untiered, commission, whole, earned, pending, payable, reversed);
    if (tiered) {
      splitTiered(whole);
    }
    return true;
  }

  /** Each line's commission, at its own rate or (for {@code second}) its second tier's, rounded as the policy says. */
  private void rateLines(boolean second) {
    long[] out = second ? upperCommission : commission;
    if (perLine || tiered) {
      for (int i = 0; i < n; i++) {
        AppliedRate r = second && rates[i].upper != null ? rates[i].upper : rates[i];
        out[i] = round(base[i], r);
      }
      if (perLine) {
        return;
      }
    }
    // Per order: the untiered lines' running total is rounded once, each line the difference.
    BigDecimal cum = BigDecimal.ZERO;
    long before = 0;
    for (int i = 0; i < n; i++) {
      if (rates[i].upper == null) {
        cum = cum.add(BigDecimal.valueOf(base[i]).multiply(rates[i].rate().value()));
        long rounded = cum.setScale(0, mode).longValueExact();
        out[i] = rounded - before;
        before = rounded;
      }
    }
  }

  private long round(long b, AppliedRate rate) {
    Fraction f = rate.fraction;
    return f.fits ? Arith.mulDiv(b, f.unscaled, f.denominator, mode)
        : BigDecimal.valueOf(b).multiply(f.rate.value()).setScale(0, mode).longValueExact();
  }

  /** Each tiered line alone, at its first tier (into the line arrays) and its second (into {@link #upper}). */
  private void splitTiered(long whole) {
    rateLines(true);
    long[] e = new long[1];
    long[] pe = new long[1];
    long[] pa = new long[1];
    long[] r = new long[1];
    int[] one = new int[1];
    long[] single = new long[1];
    for (int i = 0; i < n; i++) {
      if (rates[i].upper != null) {
        one[0] = 0;
        single[0] = commission[i];
        split(one, 1, single, whole, e, pe, pa, r);
        earned[i] = e[0];
        pending[i] = pe[0];
        payable[i] = pa[0];
        reversed[i] = r[0];
        single[0] = upperCommission[i];
        split(one, 1, single, whole, e, pe, pa, r);
        upper[i] = new Split(e[0], pe[0], pa[0], r[0]);
      }
    }
  }

  /**
   * The parts of lines {@code lines[0..count)} as of the day: earned after refunds and endings so
   * far; if settled, payable as of the day before settlement, pending nothing and reversed the
   * difference (or, when late returns are kept, earned is what was payable unless fraud ended it);
   * else all pending.
   */
  private void split(int[] lines, int count, long[] comm, long whole, long[] e, long[] pe, long[] pa, long[] r) {
    Order.Lifecycle l = life;
    if (l == null) {
      throw new IllegalStateException("evaluate first");
    }
    allocate(lines, count, comm, zeroed, remaining(whole, refunded, l.paid), whole, e);
    if (settled) {
      allocate(lines, count, comm, l.zeroed < settleDay, remaining(whole, l.refundedBy(settleDay - 1), l.paid), whole, pa);
      boolean fraudNow = zeroed && l.zeroedBy == OrderEvent.Type.FRAUD;
      for (int k = 0; k < count; k++) {
        int i = lines[k];
        if (keepLate) {
          e[i] = fraudNow ? 0 : pa[i];
        }
        pe[i] = 0;
        r[i] = e[i] - pa[i];
      }
    } else {
      for (int k = 0; k < count; k++) {
        int i = lines[k];
        pe[i] = e[i];
        pa[i] = 0;
        r[i] = 0;
      }
    }
  }

  /** What of {@code whole} is kept after {@code refunds}; nothing once everything the customer paid went back. */
  private static long remaining(long whole, long refunds, long paid) {
    return paid > 0 && refunds == paid ? 0 : Math.max(0, whole - refunds);
  }

  /**
   * Shares of the commission left when {@code remaining} of {@code whole} was kept: the group's
   * total is rounded once, and each line gets the difference of rounded running totals, so lines
   * add up to the group exactly and each is within one minor unit of its exact share.
   */
  private void allocate(int[] lines, int count, long[] comm, boolean zero, long remaining, long whole, long[] out) {
    long cum = 0;
    long before = 0;
    for (int k = 0; k < count; k++) {
      int i = lines[k];
      if (zero) {
        out[i] = 0;
      } else if (remaining == whole) {
        out[i] = comm[i];
      } else {
        cum = Math.addExact(cum, comm[i]);
        long now = Arith.mulDiv(cum, remaining, whole, mode);
        out[i] = now - before;
        before = now;
      }
    }
  }

  /**
   * Where an evaluated order stands as of the day: what happened, the days it was delivered, becomes
   * payable and its returns close (each NEVER when not known by then, or past the calendar), and
   * what was refunded by then.
   */
  record Standing(OrderCommission.Status status, long delivered, long settleDay, long returnsClose, long refunded) {
    static final Standing NOT_YET_PLACED = new Standing(OrderCommission.Status.NOT_YET_PLACED, Order.Lifecycle.NEVER,
        Order.Lifecycle.NEVER, Order.Lifecycle.NEVER, 0);
  }

  /** {@return where the order last evaluated stands} */
  Standing standing() {
    int window = policy.returnWindowDays();
    long returnsClose = window == 0 || delivered > LocalDate.MAX.toEpochDay() - window ? Order.Lifecycle.NEVER
        : delivered + window;
    Order.Lifecycle l = life;
    if (l == null) {
      throw new IllegalStateException("no placed order evaluated");
    }
    return new Standing(status(l), delivered, settleDay, returnsClose, refunded);
  }

  /** {@return what happened to the order by the as-of day} */
  private OrderCommission.Status status(Order.Lifecycle l) {
    if (zeroed) {
      return switch (l.zeroedBy) {
        case CANCELLED -> OrderCommission.Status.CANCELLED;
        case RETURNED -> OrderCommission.Status.RETURNED;
        default -> OrderCommission.Status.FRAUD;
      };
    }
    if (l.paid > 0 && refunded == l.paid) {
      return OrderCommission.Status.REFUNDED;
    }
    return settled ? OrderCommission.Status.SETTLED : OrderCommission.Status.PENDING;
  }

  private void grow(int size) {
    rates = new AppliedRate[size];
    base = new long[size];
    commission = new long[size];
    earned = new long[size];
    pending = new long[size];
    payable = new long[size];
    reversed = new long[size];
    upper = new Split[size];
    upperCommission = new long[size];
    group = new int[size];
  }
}
