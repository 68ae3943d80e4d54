package io.github.monetik.affiliate;

import io.github.monetik.internal.TextTable;
import io.github.monetik.money.Money;
import io.github.monetik.report.Provenance;
import io.github.monetik.report.Rows;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One order's commission, line by line, as of a day (or after all its events): what happened to the
 * order, the commission before refunds, and what of it is earned, pending, payable and reversed.
 * Made by {@link Affiliate#commission(Order, LocalDate)}; carries the door's provenance.
 *
 * <pre>{@code
 * OrderCommission c = Monetik.defaults().affiliate().commission(order);
 * c.status();       // SETTLED, or CANCELLED, REFUNDED, RETURNED, FRAUD, PENDING
 * c.commission();   // before refunds
 * c.earned();       // after refunds, cancellation, fraud
 * c.rows();         // one row per line
 * }</pre>
 */
public final class OrderCommission {
  /** What happened to the order by the as-of day. */
  public enum Status {
    /** Placed after the as-of day: it earns nothing yet and is left out of statements. */
    NOT_YET_PLACED,
    /** Placed, not yet through the settlement window after delivery (or not delivered yet). */
    PENDING,
    /** Delivered and past the settlement window: its commission became payable. */
    SETTLED,
    /** Cancelled before shipping: no commission. */
    CANCELLED,
    /** Refunded in full: no commission (or, after settlement, reversed or kept as the policy reads it). */
    REFUNDED,
    /** Returned: no commission (or, after settlement, reversed or kept as the policy reads it). */
    RETURNED,
    /** Found fraudulent: no commission; after settlement, reversed. */
    FRAUD
  }

  private final Provenance provenance;
  private final Order order;
  private final long asOfDay;
  private final String policy;
  private final Engine.Standing standing;
  private final List<LineCommission> lines;
  private final long commission;
  private final Split totals;

  OrderCommission(Provenance provenance, Order order, long asOf, Engine engine, boolean placed) {
    this.provenance = provenance;
    this.order = order;
    this.asOfDay = asOf;
    this.policy = engine.policy.name();
    int n = placed ? engine.n : 0;
    this.standing = placed ? engine.standing() : Engine.Standing.NOT_YET_PLACED;
    List<LineCommission> out = new ArrayList<>(n);
    long sum = 0;
    Split total = Split.ZERO;
    for (int i = 0; i < n; i++) {
      Split s = new Split(engine.earned[i], engine.pending[i], engine.payable[i], engine.reversed[i]);
      total = total.plus(s);
      sum += engine.commission[i];
      out.add(new LineCommission(order.lines().get(i), engine.rates[i], engine.policy.platformDiscount(),
          engine.base[i], engine.commission[i], s, engine.upper[i]));
    }
    this.commission = sum;
    this.totals = total;
    this.lines = Collections.unmodifiableList(out);
  }

  private Money m(long minor) {
    return Money.ofMinor(minor, order.currency());
  }

  private static Optional<LocalDate> day(long epochDay) {
    return epochDay == Order.Lifecycle.NEVER ? Optional.empty() : Optional.of(LocalDate.ofEpochDay(epochDay));
  }

  /** {@return where the rules of this commission come from} */
  public Provenance provenance() {
    return provenance;
  }

  /** {@return the order} */
  public Order order() {
    return order;
  }

  /** {@return the day this standing is as of; empty when it is after all the order's events} */
  public Optional<LocalDate> asOf() {
    return asOfDay == Engine.ALL ? Optional.empty() : Optional.of(LocalDate.ofEpochDay(asOfDay));
  }

  long asOfDay() {
    return asOfDay;
  }

  /** {@return the month the order was placed, its row in a statement} */
  public YearMonth month() {
    return YearMonth.from(order.placedOn());
  }

  /** {@return what happened to the order by the as-of day} */
  public Status status() {
    return standing.status();
  }

  /**
   * {@return true if the settlement day came on or before the as-of day: what was left of the
   *     commission then became payable (nothing, if the order ended before)}
   */
  public boolean isSettled() {
    return standing.settleDay() <= asOfDay;
  }

  /**
   * {@return the day the commission becomes (or became) payable, once the order was delivered by the
   *     as-of day; empty before that, or if that day is past the calendar}
   */
  public Optional<LocalDate> settlementDate() {
    return day(standing.settleDay());
  }

  /**
   * {@return the last day the customer may return the goods, once delivered, when the policy knows
   *     the return window}
   */
  public Optional<LocalDate> returnsCloseOn() {
    return day(standing.returnsClose());
  }

  /** {@return refunds up to the as-of day} */
  public Money refunded() {
    return m(standing.refunded());
  }

  /** {@return the lines, explained; empty for an order not yet placed} */
  public List<LineCommission> lines() {
    return lines;
  }

  /** {@return the commission before refunds, cancellation and fraud: the sum of the lines' rate x base} */
  public Money commission() {
    return m(commission);
  }

  /** {@return what the order earned after refunds, cancellation and fraud} */
  public Money earned() {
    return m(totals.earned());
  }

  /** {@return the part still pending} */
  public Money pending() {
    return m(totals.pending());
  }

  /** {@return the part that became payable at settlement} */
  public Money payable() {
    return m(totals.payable());
  }

  /** {@return adjustments after settlement (zero or negative)} */
  public Money reversed() {
    return m(totals.reversed());
  }

  /**
   * The lines as export rows, in order. The columns: {@code product} (text), {@code quantity}
   * (count), {@code base}, {@code rate} (the fraction, {@code 0.15}), then {@code rate_kind} (text,
   * {@link AppliedRate.Origin}), {@code commission} (before refunds), {@code earned}, {@code pending},
   * {@code payable}, {@code reversed} (amounts, exact) and {@code currency} (text). Each amount
   * column adds up to the order's.
   *
   * @return one row per line
   */
  public Rows rows() {
    Rows.Builder b = Rows.builder().text("product").count("quantity").amount("base").amount("rate").text("rate_kind")
        .amount("commission").amount("earned").amount("pending").amount("payable").amount("reversed").text("currency");
    String code = order.currency().getCurrencyCode();
    for (LineCommission l : lines) {
      b.row(l.line().product().id(), l.line().quantity(), l.base().amount(), l.rate().rate().value(),
          l.rate().kind().name(), l.commission().amount(), l.earned().amount(), l.pending().amount(),
          l.payable().amount(), l.reversed().amount(), code);
    }
    return b.build();
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof OrderCommission c && c.provenance.equals(provenance) && c.order.equals(order)
        && c.asOfDay == asOfDay && c.policy.equals(policy) && c.standing.equals(standing) && c.commission == commission
        && c.totals.equals(totals) && lineSplits(c).equals(lineSplits(this));
  }

  private static List<Object> lineSplits(OrderCommission c) {
    List<Object> out = new ArrayList<>();
    for (LineCommission l : c.lines) {
      out.add(l.rate());
      out.add(l.split);
      out.add(Objects.requireNonNullElse(l.upper, Split.ZERO));
    }
    return out;
  }

  @Override
  public int hashCode() {
    return Objects.hash(provenance, order, asOfDay, standing.status(), commission, totals);
  }

  /** {@return what happened, as a reader says it: {@code SETTLED on 2025-03-22}, {@code CANCELLED on 2025-03-03: no commission}} */
  private String happened() {
    Order.Lifecycle life = order.lifecycle();
    String ended = life.zeroed == Order.Lifecycle.NEVER ? "" : " on " + LocalDate.ofEpochDay(life.zeroed);
    boolean paidOut = totals.payable() > 0;
    String outcome = !paidOut ? ": no commission"
        : " after settling on " + LocalDate.ofEpochDay(standing.settleDay())
            + (totals.earned() < totals.payable() ? ": commission reversed" : ": commission kept");
    return switch (standing.status()) {
      case NOT_YET_PLACED -> "NOT_YET_PLACED (placed " + order.placedOn() + ")";
      case PENDING -> "PENDING" + (standing.delivered() == Order.Lifecycle.NEVER ? ", not delivered yet"
          : standing.settleDay() == Order.Lifecycle.NEVER ? ", settles after " + LocalDate.MAX
          : ", settles " + LocalDate.ofEpochDay(standing.settleDay()));
      case SETTLED -> "SETTLED on " + LocalDate.ofEpochDay(standing.settleDay());
      case CANCELLED -> "CANCELLED" + ended + ": no commission";
      case RETURNED, FRAUD -> standing.status() + ended + outcome;
      case REFUNDED -> "REFUNDED in full" + outcome;
    };
  }

  /**
   * {@return the explanation: a header saying what happened, one row per line (how its commission
   *     is found, then its parts), the totals, and the provenance's notes}
   */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder("Commission for order ").append(order.id()).append(" (").append(policy)
        .append(asOfDay == Engine.ALL ? ", after all events" : ", as of " + LocalDate.ofEpochDay(asOfDay)).append("): ")
        .append(happened());
    returnsCloseOn().filter(d -> standing.status() == Status.PENDING || standing.status() == Status.SETTLED)
        .ifPresent(d -> b.append(", returns close ").append(d));
    if (standing.refunded() > 0 && standing.status() != Status.REFUNDED) {
      b.append(", refunded ").append(refunded()).append(" of ").append(order.paid());
    }
    TextTable t = TextTable.of("line", "rate x base", "earned", "pending", "payable", "reversed");
    for (LineCommission l : lines) {
      t.row(l.explanation(), l.commission().amount(), l.earned().amount(), l.pending().amount(),
          l.payable().amount(), l.reversed().amount());
    }
    t.row("total (" + order.currency().getCurrencyCode() + ")", commission().amount(), earned().amount(),
        pending().amount(), payable().amount(), reversed().amount());
    b.append('\n').append(t.render("  "));
    return Notes.append(b, provenance).toString();
  }
}
