package io.github.monetik.affiliate;

import io.github.monetik.internal.Checks;
import io.github.monetik.money.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * An order a creator referred: its lines and its dated lifecycle, in one currency.
 *
 * <p>Events may be given in any order: their dates say the order, and events of one day are taken
 * in lifecycle order (placed, shipped, delivered, refunds, then cancelled, returned or fraud);
 * {@link #events()} returns them so. The lifecycle is checked as a whole when the order is built:
 * {@code PLACED} comes first and once; {@code DELIVERED} follows {@code SHIPPED}; {@code CANCELLED}
 * only before shipping; {@code RETURNED} only after delivery; nothing follows {@code CANCELLED},
 * {@code RETURNED} or {@code FRAUD}; refunds are in the order's currency and never add up to more
 * than the customer paid; no line's {@code promotingSince} is after the order was placed. A bad
 * order throws an {@link IllegalArgumentException} naming the event (by its place in what was
 * given) or field and its value: no commission is ever computed from one.
 *
 * <pre>{@code
 * Order order = Order.builder().id("o-1001").addLines(line)
 *     .addEvents(OrderEvent.placed(d), OrderEvent.shipped(d.plusDays(1)), OrderEvent.delivered(d.plusDays(3)))
 *     .build();
 * }</pre>
 */
@Value.Immutable
@HandBuilt
public abstract class Order {
  Order() {}

  /** {@return a builder; an id, at least one line and a {@code PLACED} event are required} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the order's id} */
  @Value.Parameter
  public abstract String id();

  /** {@return its lines; never empty} */
  @Value.Parameter
  public abstract List<OrderLine> lines();

  /** {@return its lifecycle in date order (one day's events in lifecycle order), starting with {@code PLACED}} */
  @Value.Parameter
  public abstract List<OrderEvent> events();

  /** The checked lifecycle, computed once by the factory. */
  @Value.Parameter
  @Value.Auxiliary
  abstract Lifecycle lifecycle();

  private static Order of(String id, List<OrderLine> lines, List<OrderEvent> events) {
    Lifecycle life = new Lifecycle(id, lines, events);
    return ImmutableOrder.of(id, lines, life.inOrder(events), life);
  }

  /**
   * {@return a copy with those events, in any order (checked again)}
   *
   * @param events the lifecycle
   * @throws NullPointerException naming the events or the event ({@code events[2]}) that is null
   * @throws IllegalArgumentException if they do not make a lifecycle
   */
  public Order withEvents(Iterable<OrderEvent> events) {
    return of(id(), lines(), Checks.elements(events, "events"));
  }

  /**
   * {@return a copy with the event added (checked again)}
   *
   * @param event one more event, of any date
   * @throws IllegalArgumentException if the events no longer make a lifecycle
   */
  public Order with(OrderEvent event) {
    Checks.notNull(event, "event");
    List<OrderEvent> all = new ArrayList<>(events());
    all.add(event);
    return of(id(), lines(), all);
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
    return Money.ofMinor(lifecycle().refundedBy(Long.MAX_VALUE), currency());
  }

  /**
   * The checked lifecycle: epoch days and minor units the fast path reads. Built in steps: the id,
   * the lines and what was paid, the events in date order, the first event, the lines' promotion
   * days, then each later event in turn.
   */
  static final class Lifecycle {
    static final long NEVER = Long.MAX_VALUE;
    private static final long[] NONE = {};

    /** The given events' indexes in lifecycle order. */
    private final int[] order;
    final long placed;
    /** year x 12 + month - 1 of the day placed. */
    final long month;
    final long paid;
    long shipped = NEVER;
    long delivered = NEVER;
    /** The day the commission became zero (cancelled, returned, fraud), or NEVER. */
    long zeroed = NEVER;
    OrderEvent.Type zeroedBy = OrderEvent.Type.PLACED;
    long[] refundDay = NONE;
    /** Refunds up to and including refundDay[i]. */
    long[] refundTotal = NONE;

    Lifecycle(String id, List<OrderLine> lines, List<OrderEvent> events) {
      Checks.notBlank(id, "id");
      Currency currency = currencyOf(id, lines);
      paid = paidBy(id, lines);
      order = lifecycleOrder(events);
      OrderEvent first = firstEvent(id, events, order);
      placed = first.date().toEpochDay();
      month = first.date().getYear() * 12L + first.date().getMonthValue() - 1;
      checkPromotions(id, lines, first.date());
      new Walk(this, id, currency, events).run();
    }

    private static Currency currencyOf(String id, List<OrderLine> lines) {
      if (lines.isEmpty()) {
        throw new IllegalArgumentException("lines of order " + Checks.echo(id) + " must not be empty, was []");
      }
      Currency currency = lines.get(0).currency();
      for (int i = 1; i < lines.size(); i++) {
        if (!lines.get(i).currency().equals(currency)) {
          throw new IllegalArgumentException("lines[" + i + "] of order " + Checks.echo(id) + " must be in the order's"
              + " currency " + currency.getCurrencyCode() + " (one currency per order), was " + lines.get(i).unitPrice());
        }
      }
      return currency;
    }

    /** What the customer paid; the lines' gross must fit a long too, as the commission base adds it up. */
    private static long paidBy(String id, List<OrderLine> lines) {
      long sum = 0;
      long gross = 0;
      for (OrderLine line : lines) {
        try {
          sum = Math.addExact(sum, line.amounts().paid);
          gross = Math.addExact(gross, line.amounts().gross);
        } catch (ArithmeticException e) {
          throw new IllegalArgumentException("lines of order " + Checks.echo(id) + " must add up to at most "
              + Long.MAX_VALUE + " minor units", e);
        }
      }
      return sum;
    }

    /** Indexes of the events by date, one day's in lifecycle order, otherwise as given (a stable sort). */
    private static int[] lifecycleOrder(List<OrderEvent> events) {
      int n = events.size();
      boolean sorted = true;
      for (int i = 1; i < n && sorted; i++) {
        sorted = !before(events.get(i), events.get(i - 1));
      }
      int[] idx = new int[n];
      if (sorted) {
        Arrays.setAll(idx, i -> i);
        return idx;
      }
      Integer[] boxed = new Integer[n];
      Arrays.setAll(boxed, i -> i);
      Arrays.sort(boxed, (a, b) -> before(events.get(a), events.get(b)) ? -1 : before(events.get(b), events.get(a)) ? 1 : 0);
      for (int i = 0; i < n; i++) {
        idx[i] = boxed[i];
      }
      return idx;
    }

    /**
     * Whether {@code a} comes before {@code b}: by date, then by lifecycle rank, then (events of one
     * kind on one day) by kind and amount, so that any order given gives the same {@link #events()}.
     */
    private static boolean before(OrderEvent a, OrderEvent b) {
      int c = a.date().compareTo(b.date());
      if (c == 0) {
        c = Integer.compare(rank(a.type()), rank(b.type()));
      }
      if (c == 0) {
        c = a.type().compareTo(b.type());
      }
      if (c == 0 && a.amount().isPresent() && b.amount().isPresent()) {
        Money x = a.amount().get();
        Money y = b.amount().get();
        c = x.currency().getCurrencyCode().compareTo(y.currency().getCurrencyCode());
        c = c != 0 ? c : x.amount().compareTo(y.amount());
      }
      return c < 0;
    }

    /** A day's events in the order a lifecycle has them: what ends an order comes last. */
    private static int rank(OrderEvent.Type type) {
      return switch (type) {
        case PLACED -> 0;
        case SHIPPED -> 1;
        case DELIVERED -> 2;
        case REFUNDED -> 3;
        case CANCELLED, RETURNED, FRAUD -> 4;
      };
    }

    private static OrderEvent firstEvent(String id, List<OrderEvent> events, int[] order) {
      if (events.isEmpty()) {
        throw new IllegalArgumentException("events of order " + Checks.echo(id) + " must start with PLACED, was no event");
      }
      OrderEvent first = events.get(order[0]);
      if (first.type() != OrderEvent.Type.PLACED) {
        throw new IllegalArgumentException("events of order " + Checks.echo(id) + " must start with PLACED, was "
            + first + " first (events[" + order[0] + "])");
      }
      return first;
    }

    private static void checkPromotions(String id, List<OrderLine> lines, LocalDate placed) {
      for (int i = 0; i < lines.size(); i++) {
        Optional<LocalDate> since = lines.get(i).promotingSince();
        if (since.isPresent() && since.get().isAfter(placed)) {
          throw new IllegalArgumentException("lines[" + i + "].promotingSince of order " + Checks.echo(id)
              + " must not be after the order was placed " + placed + ", was " + since.get());
        }
      }
    }

    /** {@return the events in lifecycle order} */
    List<OrderEvent> inOrder(List<OrderEvent> events) {
      List<OrderEvent> out = new ArrayList<>(order.length);
      for (int i : order) {
        out.add(events.get(i));
      }
      return List.copyOf(out);
    }

    /** Refunds dated on or before {@code day}. */
    long refundedBy(long day) {
      long total = 0;
      for (int i = 0; i < refundDay.length && refundDay[i] <= day; i++) {
        total = refundTotal[i];
      }
      return total;
    }

    /** Walks the events after {@code PLACED} in lifecycle order, each against what came before it. */
    private static final class Walk {
      private final Lifecycle life;
      private final String id;
      private final Currency currency;
      private final List<OrderEvent> events;
      private int refunds;
      private long refunded;

      Walk(Lifecycle life, String id, Currency currency, List<OrderEvent> events) {
        this.life = life;
        this.id = id;
        this.currency = currency;
        this.events = events;
      }

      void run() {
        int n = 0;
        for (OrderEvent e : events) {
          n += e.type() == OrderEvent.Type.REFUNDED ? 1 : 0;
        }
        if (n > 0) {
          life.refundDay = new long[n];
          life.refundTotal = new long[n];
        }
        for (int k = 1; k < life.order.length; k++) {
          step(life.order[k]);
        }
      }

      private void step(int i) {
        OrderEvent e = events.get(i);
        long day = e.date().toEpochDay();
        if (life.zeroed != NEVER) {
          throw refused(i, " comes after the order ended: " + life.zeroedBy + " on " + LocalDate.ofEpochDay(life.zeroed));
        }
        switch (e.type()) {
          case PLACED -> throw refused(i, ": an order is placed once, first");
          case SHIPPED -> {
            once(i, life.shipped, "SHIPPED");
            life.shipped = day;
          }
          case DELIVERED -> {
            if (life.shipped == NEVER) {
              throw refused(i, " is out of order: DELIVERED before any SHIPPED event");
            }
            once(i, life.delivered, "DELIVERED");
            life.delivered = day;
          }
          case CANCELLED -> {
            if (life.shipped != NEVER) {
              throw refused(i, " is out of order: CANCELLED after SHIPPED on " + LocalDate.ofEpochDay(life.shipped)
                  + " (after shipping, use REFUNDED or RETURNED)");
            }
            end(e.type(), day);
          }
          case RETURNED -> {
            if (life.delivered == NEVER) {
              throw refused(i, " is out of order: RETURNED before any DELIVERED event");
            }
            end(e.type(), day);
          }
          case FRAUD -> end(e.type(), day);
          case REFUNDED -> refund(i, e, day);
        }
      }

      private void once(int i, long already, String type) {
        if (already != NEVER) {
          throw refused(i, ": already " + type + " on " + LocalDate.ofEpochDay(already));
        }
      }

      private void end(OrderEvent.Type type, long day) {
        life.zeroed = day;
        life.zeroedBy = type;
      }

      private void refund(int i, OrderEvent e, long day) {
        Money amount = e.amount().orElseThrow();
        if (!amount.currency().equals(currency)) {
          throw refused(i, ": a refund must be in the order's currency " + currency.getCurrencyCode() + ", was " + amount);
        }
        if (!amount.isRounded()) {
          throw refused(i, ": a refund must be in whole minor units, was " + amount);
        }
        try {
          refunded = Math.addExact(refunded, amount.toMinorUnits());
        } catch (ArithmeticException tooLarge) {
          refunded = Long.MAX_VALUE;
        }
        if (refunded > life.paid) {
          throw refused(i, ": refunds must not exceed what the customer paid " + Money.ofMinor(life.paid, currency)
              + ", were " + (refunded == Long.MAX_VALUE ? "more than that" : Money.ofMinor(refunded, currency)));
        }
        life.refundDay[refunds] = day;
        life.refundTotal[refunds] = refunded;
        refunds++;
      }

      /** Names an event by its place in what was given; built only when one is thrown. */
      private IllegalArgumentException refused(int i, String why) {
        return new IllegalArgumentException("events[" + i + "] " + events.get(i) + " of order " + Checks.echo(id) + why);
      }
    }
  }

  /**
   * Builds an {@link Order}; {@code build()} checks the lifecycle and names a bad event or field.
   * Not thread-safe.
   */
  public static final class Builder {
    private @Nullable String id;
    private final List<OrderLine> lines = new ArrayList<>();
    private final List<OrderEvent> events = new ArrayList<>();

    private Builder() {}

    /**
     * {@return this builder, with every field of {@code order}}
     *
     * @param order an order to start from
     */
    public Builder from(Order order) {
      Checks.notNull(order, "order");
      id = order.id();
      lines(order.lines());
      return events(order.events());
    }

    /**
     * {@return this builder, with that id}
     *
     * @param id the order's id, not blank
     */
    public Builder id(String id) {
      this.id = Checks.notNull(id, "id");
      return this;
    }

    /**
     * {@return this builder, with those lines added}
     *
     * @param lines order lines, in one currency
     * @throws NullPointerException naming the line ({@code lines[1]}) that is null
     */
    public Builder addLines(OrderLine... lines) {
      this.lines.addAll(Checks.elements(lines == null ? null : Arrays.asList(lines), "lines"));
      return this;
    }

    /**
     * {@return this builder, with those lines in place of any given before}
     *
     * @param lines order lines, in one currency
     * @throws NullPointerException naming the lines or the line ({@code lines[1]}) that is null
     */
    public Builder lines(Iterable<OrderLine> lines) {
      List<OrderLine> copy = Checks.elements(lines, "lines");
      this.lines.clear();
      this.lines.addAll(copy);
      return this;
    }

    /**
     * {@return this builder, with those events added, in any order}
     *
     * @param events lifecycle events
     * @throws NullPointerException naming the event ({@code events[1]}) that is null
     */
    public Builder addEvents(OrderEvent... events) {
      this.events.addAll(Checks.elements(events == null ? null : Arrays.asList(events), "events"));
      return this;
    }

    /**
     * {@return this builder, with those events in place of any given before, in any order}
     *
     * @param events lifecycle events
     * @throws NullPointerException naming the events or the event ({@code events[1]}) that is null
     */
    public Builder events(Iterable<OrderEvent> events) {
      List<OrderEvent> copy = Checks.elements(events, "events");
      this.events.clear();
      this.events.addAll(copy);
      return this;
    }

    /**
     * {@return the order}
     *
     * @throws IllegalArgumentException naming the event or field that makes it invalid
     * @throws IllegalStateException if the id was not set
     */
    public Order build() {
      String i = id;
      if (i == null) {
        throw new IllegalStateException("id of the order must be set before build()");
      }
      return of(i, List.copyOf(lines), List.copyOf(events));
    }
  }
}
