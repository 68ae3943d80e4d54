package io.github.monetik.affiliate;

import io.github.monetik.money.Money;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * One order's commission, line by line, as of a day (or after all its events): the commission
 * before refunds, and what of it is earned, pending, payable and reversed.
 *
 * <pre>{@code
 * OrderCommission c = Monetik.defaults().affiliate().commission(order);
 * c.commission();   // before refunds
 * c.earned();       // after refunds, cancellation, fraud
 * c.lines().get(0); // lamp-01: 2 x 24.00 - seller 4.00 - platform 0.00 = base USD 44.00 x 15% open = ...
 * }</pre>
 */
public final class OrderCommission {
  /** Where the order stands. */
  public enum Status {
    /** Placed after the as-of day: it earns nothing yet and is left out of statements. */
    NOT_YET_PLACED,
    /** Placed, not yet through the settlement window after delivery. */
    PENDING,
    /** Delivered and past the settlement window: its commission became payable. */
    SETTLED
  }

  private final Order order;
  private final LocalDate asOf;
  private final boolean all;
  private final String policy;
  private final Status status;
  private final Optional<LocalDate> settlementDate;
  private final Optional<OrderEvent.Type> endedBy;
  private final long refunded;
  private final List<LineCommission> lines;
  final String[] campaignKeys;
  final long[][] split;
  private final long commission;
  final long[] totals = new long[4];

  OrderCommission(Order order, long asOf, Engine engine, boolean placed) {
    this.order = order;
    this.all = asOf == Engine.ALL;
    this.asOf = all ? LocalDate.MAX : LocalDate.ofEpochDay(asOf);
    this.policy = engine.policy.name();
    int n = placed ? engine.n : 0;
    Order.Lifecycle life = order.lifecycle();
    this.status = !placed ? Status.NOT_YET_PLACED : engine.settled ? Status.SETTLED : Status.PENDING;
    this.settlementDate = !placed || engine.settleDay == Order.Lifecycle.NEVER ? Optional.empty()
        : Optional.of(LocalDate.ofEpochDay(engine.settleDay));
    this.endedBy = placed && engine.zeroed ? Optional.of(life.zeroedBy) : Optional.empty();
    this.refunded = placed ? engine.refunded : 0;
    List<LineCommission> out = new ArrayList<>(n);
    campaignKeys = new String[n];
    split = new long[n][];
    long sum = 0;
    for (int i = 0; i < n; i++) {
      long[] s = {engine.earned[i], engine.pending[i], engine.payable[i], engine.reversed[i]};
      split[i] = s;
      for (int k = 0; k < 4; k++) {
        totals[k] += s[k];
      }
      sum += engine.commission[i];
      campaignKeys[i] = Accumulator.campaignKey(engine.rates[i]);
      out.add(new LineCommission(order.lines().get(i), engine.rates[i], engine.policy.platformDiscount(),
          engine.base[i], engine.commission[i], s));
    }
    this.commission = sum;
    this.lines = Collections.unmodifiableList(out);
  }

  private Money m(long minor) {
    return Money.ofMinor(minor, order.currency());
  }

  /** {@return the order} */
  public Order order() {
    return order;
  }

  /** {@return the day this standing is as of; empty when it is after all the order's events} */
  public Optional<LocalDate> asOf() {
    return all ? Optional.empty() : Optional.of(asOf);
  }

  /** {@return the month the order was placed, its row in a statement} */
  public YearMonth month() {
    return YearMonth.from(order.placedOn());
  }

  /** {@return where the order stands} */
  public Status status() {
    return status;
  }

  /** {@return the day the commission becomes (or became) payable, once the order was delivered} */
  public Optional<LocalDate> settlementDate() {
    return settlementDate;
  }

  /** {@return the event that ended the commission (cancelled, returned, fraud), if one did} */
  public Optional<OrderEvent.Type> endedBy() {
    return endedBy;
  }

  /** {@return refunds up to the as-of day} */
  public Money refunded() {
    return m(refunded);
  }

  /** {@return the lines, explained} */
  public List<LineCommission> lines() {
    return lines;
  }

  /** {@return the commission before refunds: the sum of the lines'} */
  public Money commission() {
    return m(commission);
  }

  /** {@return what the order earned after refunds, cancellation and fraud} */
  public Money earned() {
    return m(totals[0]);
  }

  /** {@return the part still pending} */
  public Money pending() {
    return m(totals[1]);
  }

  /** {@return the part that became payable at settlement} */
  public Money payable() {
    return m(totals[2]);
  }

  /** {@return adjustments after settlement (zero or negative)} */
  public Money reversed() {
    return m(totals[3]);
  }

  /** {@return the explanation: a header, one line per order line, the totals} */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder("Commission for order ").append(order.id()).append(" (").append(policy)
        .append(all ? ", after all events" : ", as of " + asOf).append("): ").append(status);
    settlementDate.ifPresent(d -> b.append(", settles ").append(d));
    endedBy.ifPresent(t -> b.append(", ended by ").append(t));
    if (refunded > 0) {
      b.append(", refunded ").append(refunded()).append(" of ").append(order.paid());
    }
    for (LineCommission line : lines) {
      b.append("\n  ").append(line);
    }
    return b.append("\n  commission ").append(commission()).append("; earned ").append(earned())
        .append(" = pending ").append(pending()).append(" + payable ").append(payable())
        .append(" + reversed ").append(reversed()).toString();
  }
}
