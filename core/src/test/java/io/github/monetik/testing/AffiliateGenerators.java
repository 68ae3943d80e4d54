package io.github.monetik.testing;

import static org.quicktheories.generators.SourceDSL.longs;

import io.github.monetik.affiliate.Campaign;
import io.github.monetik.affiliate.Order;
import io.github.monetik.affiliate.OrderEvent;
import io.github.monetik.affiliate.OrderLine;
import io.github.monetik.affiliate.Product;
import io.github.monetik.affiliate.RateChange;
import io.github.monetik.money.Money;
import io.github.monetik.money.Rate;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.SplittableRandom;
import org.quicktheories.core.Gen;

/**
 * Generators for affiliate properties: products with rate histories and campaigns, orders with
 * valid lifecycles of every shape. Built from a seed (the structures are deeply nested), so a
 * failing property prints the seed that reproduces it.
 */
public final class AffiliateGenerators {
  private AffiliateGenerators() {}

  /** The first day generated rates and orders start from. */
  public static final LocalDate START = LocalDate.of(2025, 1, 1);

  /** @return seeds for {@link #orders(SplittableRandom, Currency, int)} and friends */
  public static Gen<Long> seeds() {
    return longs().all();
  }

  /** @return a rate in 1%–80% with up to two decimals of a percent */
  public static Rate rate(SplittableRandom r) {
    return Rate.of(BigDecimal.valueOf(100 + r.nextInt(7_901), 4));
  }

  /** @return a product with 1–4 rate changes (up and down) and sometimes a campaign */
  public static Product product(SplittableRandom r, String id, Currency currency) {
    List<RateChange> history = new ArrayList<>();
    LocalDate day = START;
    int changes = 1 + r.nextInt(4);
    for (int i = 0; i < changes; i++) {
      history.add(RateChange.of(day, rate(r)));
      day = day.plusDays(1 + r.nextInt(40));
    }
    Product p = Product.builder().id(id).title("Product " + id).price(Money.ofMinor(r.nextInt(100_000), currency))
        .category(r.nextBoolean() ? "home" : "beauty").rateHistory(history).build();
    if (r.nextInt(3) == 0) {
      LocalDate start = START.plusDays(r.nextInt(120));
      p = p.withCampaign(Campaign.of("c-" + id, rate(r), start, start.plusDays(r.nextInt(20))));
    }
    return p;
  }

  /** @return a catalogue of 1–5 products */
  public static List<Product> catalogue(SplittableRandom r, Currency currency) {
    List<Product> products = new ArrayList<>();
    int n = 1 + r.nextInt(5);
    for (int i = 0; i < n; i++) {
      products.add(product(r, "p" + i, currency));
    }
    return products;
  }

  /** @return a line: 1–5 units, discounts within the gross, tax and shipping, sometimes promotingSince */
  public static OrderLine line(SplittableRandom r, Product product, Currency currency, LocalDate placed) {
    long quantity = 1 + r.nextInt(5);
    long unit = r.nextInt(8) == 0 ? r.nextInt(10) : r.nextInt(50_000);
    long gross = quantity * unit;
    long seller = r.nextBoolean() ? 0 : r.nextLong(gross + 1);
    long platform = r.nextBoolean() ? 0 : r.nextLong(gross - seller + 1);
    OrderLine.Builder b = OrderLine.builder().product(product).quantity(quantity)
        .unitPrice(Money.ofMinor(unit, currency)).sellerDiscount(Money.ofMinor(seller, currency))
        .platformDiscount(Money.ofMinor(platform, currency)).tax(Money.ofMinor(r.nextInt(2_000), currency))
        .shipping(Money.ofMinor(r.nextInt(1_000), currency));
    if (r.nextInt(3) == 0) {
      b.promotingSince(placed.minusDays(r.nextInt(200)));
    }
    return b.build();
  }

  /** @return an order placed between 2025-01-01 and mid-May with 1–4 lines and a lifecycle of any shape */
  public static Order order(SplittableRandom r, String id, List<Product> catalogue, Currency currency) {
    LocalDate placed = START.plusDays(r.nextInt(135));
    List<OrderLine> lines = new ArrayList<>();
    int n = 1 + r.nextInt(4);
    for (int i = 0; i < n; i++) {
      lines.add(line(r, catalogue.get(r.nextInt(catalogue.size())), currency, placed));
    }
    Order base = Order.builder().id(id).lines(lines).addEvents(OrderEvent.placed(placed)).build();
    return base.withEvents(lifecycle(r, placed, base.paid()));
  }

  /** @return a valid lifecycle: cancelled, in transit, delivered, refunded (partly or fully, before or after settlement), returned or fraud */
  public static List<OrderEvent> lifecycle(SplittableRandom r, LocalDate placed, Money paid) {
    List<OrderEvent> events = new ArrayList<>();
    events.add(OrderEvent.placed(placed));
    LocalDate day = placed;
    int shape = r.nextInt(10);
    if (shape == 0) {
      events.add(OrderEvent.cancelled(day.plusDays(r.nextInt(3))));
      return events;
    }
    if (shape == 1 && paid.isPositive()) {
      day = day.plusDays(r.nextInt(2));
      events.add(OrderEvent.refunded(day, paid));
    }
    if (shape == 2) {
      events.add(OrderEvent.fraud(day.plusDays(r.nextInt(40))));
      return events;
    }
    if (shape == 3) {
      return events;
    }
    day = day.plusDays(r.nextInt(4));
    events.add(OrderEvent.shipped(day));
    if (shape == 4) {
      return events;
    }
    day = day.plusDays(1 + r.nextInt(6));
    events.add(OrderEvent.delivered(day));
    long left = paid.toMinorUnits() - (shape == 1 && paid.isPositive() ? paid.toMinorUnits() : 0);
    int refunds = r.nextInt(3);
    for (int i = 0; i < refunds && left > 0; i++) {
      day = day.plusDays(r.nextInt(25));
      long amount = 1 + r.nextLong(left);
      events.add(OrderEvent.refunded(day, Money.ofMinor(amount, paid.currency())));
      left -= amount;
    }
    if (shape == 5) {
      events.add(OrderEvent.returned(day.plusDays(r.nextInt(30))));
    } else if (shape == 6) {
      events.add(OrderEvent.fraud(day.plusDays(r.nextInt(40))));
    }
    return events;
  }

  /** @return {@code count} orders on one catalogue, in one currency */
  public static List<Order> orders(SplittableRandom r, Currency currency, int count) {
    List<Product> catalogue = catalogue(r, currency);
    List<Order> orders = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      orders.add(order(r, "o" + i, catalogue, currency));
    }
    return orders;
  }

  /** @return a currency of {@link Generators#CURRENCIES} picked by the random source */
  public static Currency currency(SplittableRandom r) {
    return Generators.CURRENCIES.get(r.nextInt(Generators.CURRENCIES.size()));
  }

  /** @return an as-of day from before the first order to well after the last settlement */
  public static LocalDate asOf(SplittableRandom r) {
    return START.plusDays(-5 + r.nextInt(220));
  }
}
