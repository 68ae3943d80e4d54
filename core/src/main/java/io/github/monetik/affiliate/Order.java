package io.github.monetik.affiliate;

import io.github.monetik.internal.MonetikStyle;
import io.github.monetik.money.Money;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An order a creator referred: its lines and its dated lifecycle, in one currency.
 *
 * <p>The events are checked as a whole when the order is built: {@code PLACED} comes first and once;
 * dates never go back; {@code DELIVERED} follows {@code SHIPPED}; {@code CANCELLED} only before
 * shipping; {@code RETURNED} only after delivery; nothing follows {@code CANCELLED}, {@code RETURNED}
 * or {@code FRAUD}; refunds are in the order's currency and never add up to more than the customer
 * paid; no line's {@code promotingSince} is after the order was placed. A bad order throws an
 * {@link IllegalArgumentException} naming the event or field and its value: no commission is ever
 * computed from one.
 *
 * <pre>{@code
 * Order order = Order.builder().id("o-1001").addLines(line)
 *     .addEvents(OrderEvent.placed(d), OrderEvent.shipped(d.plusDays(1)), OrderEvent.delivered(d.plusDays(3)))
 *     .build();
 * }</pre>
 */
@Value.Immutable
@MonetikStyle
public abstract class Order {
  Order() {}

  /** {@return a builder; an id, at least one line and a {@code PLACED} event are required} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Order}; {@code build()} checks the fields and names a bad one. */
  public static final class Builder extends ImmutableOrder.Builder {
    Builder() {}
  }

  /** {@return the order's id} */
  public abstract String id();

  /** {@return its lines; never empty} */
  public abstract List<OrderLine> lines();

  /** {@return its lifecycle, oldest first, starting with {@code PLACED}} */
  public abstract List<OrderEvent> events();

  /**
   * {@return a copy with those events (checked again)}
   *
   * @param events the lifecycle
   */
  public abstract Order withEvents(Iterable<? extends OrderEvent> events);

  /**
   * {@return a copy with the event appended (checked again)}
   *
   * @param event one more event, on or after the last one
   */
  public Order with(OrderEvent event) {
    return withEvents(
        java.util.stream.Stream.concat(events().stream(), java.util.stream.Stream.of(event)).toList());
  }

  /** {@return the order's one currency} */
  public Currency currency() {
    return lines().get(0).currency();
  }

  /** {@return the day it was placed} */
  public LocalDate placedOn() {
    return events().get(0).date();
  }

  /** {@return the day it was delivered, if it was} */
  public Optional<LocalDate> deliveredOn() {
    long d = lifecycle().delivered;
    return d == Lifecycle.NEVER ? Optional.empty() : Optional.of(LocalDate.ofEpochDay(d));
  }

  /** {@return what the customer paid: every line's goods after discounts, plus tax and shipping} */
  public Money paid() {
    return Money.ofMinor(lifecycle().paid, currency());
  }

  /** {@return everything refunded so far (by {@code REFUNDED} events)} */
  public Money refunded() {
    long[] cum = lifecycle().refundTotal;
    return Money.ofMinor(cum.length == 0 ? 0 : cum[cum.length - 1], currency());
  }

  /** The lifecycle in epoch days and minor units, checked once at construction. */
  @Value.Derived
  @Value.Auxiliary
  Lifecycle lifecycle() {
    return new Lifecycle(this);
  }

  /** The checked lifecycle: primitives the fast path reads. */
  static final class Lifecycle {
    static final long NEVER = Long.MAX_VALUE;
    private static final long[] NONE = {};

    final long placed;
    /** year x 12 + month - 1 of the day placed. */
    final int month;
    final long shipped;
    final long delivered;
    /** The day the commission became zero (cancelled, returned, fraud), or NEVER. */
    final long zeroed;
    final OrderEvent.Type zeroedBy;
    final long paid;
    final long[] refundDay;
    /** Refunds up to and including refundDay[i]. */
    final long[] refundTotal;

    Lifecycle(Order order) {
      if (order.id().isBlank()) {
        throw new IllegalArgumentException("id must not be blank, was '" + order.id() + "'");
      }
      List<OrderLine> lines = order.lines();
      if (lines.isEmpty()) {
        throw new IllegalArgumentException("lines of order '" + order.id() + "' must not be empty, was []");
      }
      Currency currency = lines.get(0).currency();
      long sum = 0;
      for (int i = 0; i < lines.size(); i++) {
        OrderLine line = lines.get(i);
        if (!line.currency().equals(currency)) {
          throw new IllegalArgumentException("lines[" + i + "] of order '" + order.id() + "' must be in the order's currency "
              + currency.getCurrencyCode() + " (one currency per order), was " + line.unitPrice());
        }
        try {
          sum = Math.addExact(sum, line.amounts().paid);
        } catch (ArithmeticException e) {
          throw new IllegalArgumentException("lines of order '" + order.id() + "' must add up to at most "
              + Long.MAX_VALUE + " minor units", e);
        }
      }
      paid = sum;
      List<OrderEvent> events = order.events();
      if (events.isEmpty() || events.get(0).type() != OrderEvent.Type.PLACED) {
        throw new IllegalArgumentException("events[0] of order '" + order.id() + "' must be PLACED, was "
            + (events.isEmpty() ? "no event" : events.get(0)));
      }
      placed = events.get(0).date().toEpochDay();
      month = events.get(0).date().getYear() * 12 + events.get(0).date().getMonthValue() - 1;
      for (int i = 0; i < lines.size(); i++) {
        Optional<LocalDate> since = lines.get(i).promotingSince();
        if (since.isPresent() && since.get().toEpochDay() > placed) {
          throw new IllegalArgumentException("lines[" + i + "].promotingSince of order '" + order.id()
              + "' must not be after the order was placed " + events.get(0).date() + ", was " + since.get());
        }
      }
      long ship = NEVER;
      long deliver = NEVER;
      long zero = NEVER;
      OrderEvent.Type by = OrderEvent.Type.PLACED;
      int refunds = 0;
      for (OrderEvent e : events) {
        refunds += e.type() == OrderEvent.Type.REFUNDED ? 1 : 0;
      }
      long[] days = refunds == 0 ? NONE : new long[refunds];
      long[] totals = refunds == 0 ? NONE : new long[refunds];
      int r = 0;
      long refunded = 0;
      for (int i = 1; i < events.size(); i++) {
        OrderEvent e = events.get(i);
        OrderEvent before = events.get(i - 1);
        long day = e.date().toEpochDay();
        if (e.date().isBefore(before.date())) {
          throw new IllegalArgumentException(where(order, i) + " is out of order: before events[" + (i - 1) + "] " + before);
        }
        if (zero != NEVER) {
          throw new IllegalArgumentException(where(order, i) + " comes after the order ended: " + by + " on " + LocalDate.ofEpochDay(zero));
        }
        switch (e.type()) {
          case PLACED:
            throw new IllegalArgumentException(where(order, i) + ": an order is placed once, first");
          case SHIPPED:
            if (ship != NEVER) {
              throw new IllegalArgumentException(where(order, i) + ": already SHIPPED on " + LocalDate.ofEpochDay(ship));
            }
            ship = day;
            break;
          case DELIVERED:
            if (ship == NEVER) {
              throw new IllegalArgumentException(where(order, i) + " is out of order: DELIVERED before any SHIPPED event");
            }
            if (deliver != NEVER) {
              throw new IllegalArgumentException(where(order, i) + ": already DELIVERED on " + LocalDate.ofEpochDay(deliver));
            }
            deliver = day;
            break;
          case CANCELLED:
            if (ship != NEVER) {
              throw new IllegalArgumentException(where(order, i) + " is out of order: CANCELLED after SHIPPED on "
                  + LocalDate.ofEpochDay(ship) + " (after shipping, use REFUNDED or RETURNED)");
            }
            zero = day;
            by = e.type();
            break;
          case RETURNED:
            if (deliver == NEVER) {
              throw new IllegalArgumentException(where(order, i) + " is out of order: RETURNED before any DELIVERED event");
            }
            zero = day;
            by = e.type();
            break;
          case FRAUD:
            zero = day;
            by = e.type();
            break;
          case REFUNDED:
            Money amount = e.amount().orElseThrow();
            if (!amount.currency().equals(currency)) {
              throw new IllegalArgumentException(where(order, i) + ": a refund must be in the order's currency "
                  + currency.getCurrencyCode() + ", was " + amount);
            }
            if (!amount.isRounded()) {
              throw new IllegalArgumentException(where(order, i) + ": a refund must be in whole minor units, was " + amount);
            }
            long minor;
            try {
              minor = amount.toMinorUnits();
              refunded = Math.addExact(refunded, minor);
            } catch (ArithmeticException tooLarge) {
              refunded = Long.MAX_VALUE;
            }
            if (refunded > paid) {
              throw new IllegalArgumentException(where(order, i) + ": refunds must not exceed what the customer paid "
                  + Money.ofMinor(paid, currency) + ", were " + (refunded == Long.MAX_VALUE ? "more than that"
                      : Money.ofMinor(refunded, currency)));
            }
            days[r] = day;
            totals[r] = refunded;
            r++;
            break;
          default:
            throw new IllegalStateException("unknown event type " + e.type());
        }
      }
      shipped = ship;
      delivered = deliver;
      zeroed = zero;
      zeroedBy = by;
      refundDay = days;
      refundTotal = totals;
    }

    /** Names an event in a message; built only when one is thrown. */
    private static String where(Order order, int i) {
      return "events[" + i + "] " + order.events().get(i) + " of order '" + order.id() + "'";
    }

    /** Refunds dated on or before {@code day}. */
    long refundedBy(long day) {
      long total = 0;
      for (int i = 0; i < refundDay.length && refundDay[i] <= day; i++) {
        total = refundTotal[i];
      }
      return total;
    }
  }
}
