package io.github.monetik.testing;

import static org.quicktheories.generators.SourceDSL.longs;

import io.github.monetik.affiliate.Campaign;
import io.github.monetik.affiliate.Order;
import io.github.monetik.affiliate.OrderEvent;
import io.github.monetik.affiliate.OrderLine;
import io.github.monetik.affiliate.Product;
import io.github.monetik.affiliate.RateChange;
import io.github.monetik.affiliate.TieredCommission;
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
 * Generators for affiliate properties: products with rate histories, campaigns, Shop Ads rates and
 * tiered commissions; orders with valid lifecycles of every shape, their events in any order, lines
 * sometimes driven by ads. Built from a seed (the structures are deeply nested), so a failing
 * property prints the seed that reproduces it.
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

  /** @return a product with 1–4 rate changes (up and down), sometimes a campaign or a Shop Ads rate */
  public static Product product(SplittableRandom r, String id, Currency currency) {
    Product p = fixedRateProduct(r, id, currency);
    return r.nextInt(4) == 0 ? p.withShopAdsRate(rate(r)) : p;
  }

  /** @return {@link #product}, one in four times with a tiered commission after its last rate change */
  public static Product maybeTiered(SplittableRandom r, String id, Currency currency) {
    Product p = product(r, id, currency);
    if (r.nextInt(4) == 0) {
      List<RateChange> h = p.rateHistory();
      LocalDate from = h.get(h.size() - 1).from().plusDays(1 + r.nextInt(30));
      Rate first = Rate.of(BigDecimal.valueOf(100 + r.nextInt(4_000), 4));
      Rate then = Rate.of(BigDecimal.valueOf(first.value().movePointRight(4).intValueExact() + 1 + r.nextInt(3_900), 4));
      p = p.withTieredCommission(TieredCommission.of(from, first, 1 + r.nextInt(6), then));
    }
    return p;
  }

  /** @return a product with 1–4 rate changes (up and down) and sometimes a campaign */
  public static Product fixedRateProduct(SplittableRandom r, String id, Currency currency) {
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

  /** @return a catalogue of 1–5 products, none tiered */
  public static List<Product> catalogue(SplittableRandom r, Currency currency) {
    return catalogue(r, currency, false);
  }

  /** @return a catalogue of 1–5 products, some tiered if {@code tiered} */
  public static List<Product> catalogue(SplittableRandom r, Currency currency, boolean tiered) {
    List<Product> products = new ArrayList<>();
    int n = 1 + r.nextInt(5);
    for (int i = 0; i < n; i++) {
      products.add(tiered ? maybeTiered(r, "p" + i, currency) : product(r, "p" + i, currency));
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
    return b.adDriven(r.nextInt(4) == 0).build();
  }

  /**
   * @return an order placed between 2025-01-01 and mid-May with 1–4 lines and a lifecycle of any
   *     shape, its events given in any order
   */
  public static Order order(SplittableRandom r, String id, List<Product> catalogue, Currency currency) {
    LocalDate placed = START.plusDays(r.nextInt(135));
    List<OrderLine> lines = new ArrayList<>();
    int n = 1 + r.nextInt(4);
    for (int i = 0; i < n; i++) {
      lines.add(line(r, catalogue.get(r.nextInt(catalogue.size())), currency, placed));
    }
    Order base = Order.builder().id(id).lines(lines).addEvents(OrderEvent.placed(placed)).build();
    List<OrderEvent> events = lifecycle(r, placed, base.paid());
    if (r.nextBoolean()) {
      java.util.Collections.shuffle(events, new java.util.Random(r.nextLong()));
    }
    return base.withEvents(events);
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

  /**
   * @return {@code count} orders on one catalogue (no tiered commission, so a split's statements add
   *     up to the whole's), in one currency, with ids o0, o1, ...
   */
  public static List<Order> orders(SplittableRandom r, Currency currency, int count) {
    return orders(r, currency, count, "o", false);
  }

  /** @return {@code count} orders on one catalogue with some tiered products, in one currency, with ids o0, o1, ... */
  public static List<Order> anyOrders(SplittableRandom r, Currency currency, int count) {
    return orders(r, currency, count, "o", true);
  }

  /** @return {@code count} orders on one catalogue, in one currency, with ids prefix0, prefix1, ... */
  public static List<Order> orders(SplittableRandom r, Currency currency, int count, String prefix, boolean tiered) {
    List<Product> catalogue = catalogue(r, currency, tiered);
    List<Order> orders = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      orders.add(order(r, prefix + i, catalogue, currency));
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
