package io.github.monetik.spark;

import io.github.monetik.affiliate.Campaign;
import io.github.monetik.affiliate.Order;
import io.github.monetik.affiliate.OrderEvent;
import io.github.monetik.affiliate.OrderLine;
import io.github.monetik.affiliate.Product;
import io.github.monetik.affiliate.RateChange;
import io.github.monetik.money.Money;
import io.github.monetik.money.Rate;
import io.github.monetik.testing.AffiliateGenerators;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema;
import org.apache.spark.sql.types.StructType;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Affiliate orders for the tests, as the order CSV can hold them (rate histories and campaigns, no
 * tiered commission, Shop Ads rate or ad-driven line: the CSV has no columns for those), and their
 * CSV rows: one per line, each lifecycle field on a random non-empty subset of the order's rows (so
 * a refund may be on the second row only), the orders' rows interleaved at random, each order's
 * lines in their order.
 */
final class OrderRows {
  static final LocalDate START = AffiliateGenerators.START;
  static final Currency USD = Currency.getInstance("USD");
  static final List<String> CREATORS = List.of("ann", "bob", "cy");

  private OrderRows() {}

  /** {@return {@code n} orders o0, o1, ... on one catalogue of 1-5 products, lifecycles of every shape, events in any order} */
  static List<Order> orders(long seed, int n) {
    SplittableRandom r = new SplittableRandom(seed);
    List<Product> catalogue = new ArrayList<>();
    for (int p = 1 + r.nextInt(5), i = 0; i < p; i++) {
      catalogue.add(product(r, "p" + i));
    }
    List<Order> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      LocalDate placed = START.plusDays(r.nextInt(135));
      List<OrderLine> lines = new ArrayList<>();
      for (int k = 1 + r.nextInt(4), j = 0; j < k; j++) {
        lines.add(line(r, catalogue.get(r.nextInt(catalogue.size())), placed));
      }
      Order base = Order.builder().id("o" + i).lines(lines).addEvents(OrderEvent.placed(placed)).build();
      List<OrderEvent> events = AffiliateGenerators.lifecycle(r, placed, base.paid());
      Collections.shuffle(events, new Random(r.nextLong()));
      out.add(base.withEvents(events));
    }
    return out;
  }

  /** {@return an as-of day from before the first order to well after the last settlement} */
  static LocalDate asOf(Random r) {
    return START.plusDays(-5 + r.nextInt(220));
  }

  /** {@return the creator an order belongs to in the tests} */
  static String creator(Order o) {
    return CREATORS.get(Math.floorMod(o.id().hashCode(), CREATORS.size()));
  }

  private static Product product(SplittableRandom r, String id) {
    List<RateChange> history = new ArrayList<>();
    LocalDate day = START;
    for (int c = 1 + r.nextInt(4), i = 0; i < c; i++) {
      history.add(RateChange.of(day, AffiliateGenerators.rate(r)));
      day = day.plusDays(1 + r.nextInt(40));
    }
    Product p = Product.builder().id(id).title("Product " + id).price(Money.ofMinor(r.nextInt(100_000), USD))
        .rateHistory(history).build();
    if (r.nextBoolean()) {
      p = p.withCategory(r.nextBoolean() ? "home" : "beauty");
    }
    if (r.nextInt(3) == 0) {
      LocalDate start = START.plusDays(r.nextInt(120));
      p = p.withCampaign(Campaign.of("c-" + id, AffiliateGenerators.rate(r), start, start.plusDays(r.nextInt(20))));
    }
    return p;
  }

  private static OrderLine line(SplittableRandom r, Product product, LocalDate placed) {
    long quantity = 1 + r.nextInt(5);
    long unit = r.nextInt(8) == 0 ? r.nextInt(10) : r.nextInt(50_000);
    long gross = quantity * unit;
    long seller = r.nextBoolean() ? 0 : r.nextInt((int) gross + 1);
    long platform = r.nextBoolean() ? 0 : r.nextInt((int) (gross - seller) + 1);
    OrderLine.Builder b = OrderLine.builder().product(product).quantity(quantity).unitPrice(Money.ofMinor(unit, USD))
        .sellerDiscount(Money.ofMinor(seller, USD)).platformDiscount(Money.ofMinor(platform, USD))
        .tax(Money.ofMinor(r.nextInt(2_000), USD)).shipping(Money.ofMinor(r.nextInt(1_000), USD));
    if (r.nextInt(3) == 0) {
      b.promotingSince(placed.minusDays(r.nextInt(200)));
    }
    return b.build();
  }

  /** {@return each order's CSV rows (order_id then the 20 other columns, "" for empty), all orders' rows shuffled} */
  static List<String[]> csvRows(List<Order> orders, Random r) {
    List<String[]> out = new ArrayList<>();
    for (Order o : orders) {
      out.addAll(csvRows(o, r));
    }
    // Shuffle the places, then give each order's places to its lines in their order: orders
    // interleave, and a reader of the file sees each order's lines as the order lists them.
    List<String[]> shuffled = new ArrayList<>(out);
    Collections.shuffle(shuffled, r);
    java.util.Map<String, java.util.ArrayDeque<String[]>> byOrder = new java.util.HashMap<>();
    for (String[] v : out) {
      byOrder.computeIfAbsent(v[0], k -> new java.util.ArrayDeque<>()).add(v);
    }
    List<String[]> placed = new ArrayList<>();
    for (String[] v : shuffled) {
      placed.add(byOrder.get(v[0]).poll());
    }
    return placed;
  }

  private static List<String[]> csvRows(Order o, Random r) {
    List<String[]> rows = new ArrayList<>();
    for (OrderLine l : o.lines()) {
      Product p = l.product();
      String[] v = new String[21];
      java.util.Arrays.fill(v, "");
      v[0] = o.id();
      v[9] = p.id();
      v[10] = p.title();
      v[11] = p.category().orElse("");
      List<String> history = new ArrayList<>();
      for (RateChange c : p.rateHistory()) {
        history.add(c.from() + ":" + percent(c.rate()));
      }
      v[12] = String.join(";", history);
      v[13] = p.campaigns().stream().map(c -> c.name() + ":" + percent(c.rate()) + ":" + c.start() + ":" + c.end())
          .findFirst().orElse("");
      v[14] = l.promotingSince().map(LocalDate::toString).orElse("");
      v[15] = Long.toString(l.quantity());
      v[16] = l.unitPrice().amount().toPlainString();
      v[17] = l.sellerDiscount().amount().toPlainString();
      v[18] = l.platformDiscount().amount().toPlainString();
      v[19] = l.tax().amount().toPlainString();
      v[20] = l.shipping().amount().toPlainString();
      rows.add(v);
    }
    String[] lifecycle = new String[9];
    lifecycle[1] = o.currency().getCurrencyCode();
    List<String> refunds = new ArrayList<>();
    for (OrderEvent e : o.events()) {
      switch (e.type()) {
        case PLACED -> lifecycle[2] = e.date().toString();
        case SHIPPED -> lifecycle[3] = e.date().toString();
        case DELIVERED -> lifecycle[4] = e.date().toString();
        case CANCELLED -> lifecycle[5] = e.date().toString();
        case RETURNED -> lifecycle[6] = e.date().toString();
        case FRAUD -> lifecycle[7] = e.date().toString();
        case REFUNDED -> refunds.add(e.date() + ":" + e.amount().orElseThrow().amount().toPlainString());
      }
    }
    lifecycle[8] = refunds.isEmpty() ? null : String.join(";", refunds);
    for (int f = 1; f < 9; f++) {
      if (lifecycle[f] == null) {
        continue;
      }
      int first = r.nextInt(rows.size());
      for (int i = 0; i < rows.size(); i++) {
        if (i == first || f == 1 || r.nextBoolean()) { // the currency on every row, as OrderReader wants it on the first
          rows.get(i)[f] = lifecycle[f];
        }
      }
    }
    return rows;
  }

  private static String percent(Rate rate) {
    return rate.value().movePointRight(2).stripTrailingZeros().toPlainString();
  }

  /** {@return the rows as the order CSV: OrderReader's header, then one line per row} */
  static String csv(List<String[]> rows) {
    StringBuilder b = new StringBuilder(io.github.monetik.io.OrderReader.HEADER).append('\n');
    for (String[] v : rows) {
      b.append(String.join(",", v)).append('\n');
    }
    return b.toString();
  }

  /**
   * {@return a CSV row as Spark's CSV reader gives it (null for empty), after the creator and the
   *     row's place in the file (the {@code line} column)}
   */
  static Row sparkRow(String creator, long line, String[] v) {
    Object[] cells = new Object[v.length + 2];
    cells[0] = creator;
    cells[1] = line;
    for (int i = 0; i < v.length; i++) {
      cells[i + 2] = v[i].isEmpty() ? null : v[i];
    }
    return RowFactory.create(cells);
  }

  /** {@return one order's rows, in its lines' order, as the statement function's input row, with schemas (as a typed Dataset gives it)} */
  static Row orderRow(StructType schema, List<String[]> rows) {
    StructType line = (StructType) ((org.apache.spark.sql.types.ArrayType) schema.apply("lines").dataType()).elementType();
    List<Row> lines = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      String[] v = rows.get(i);
      Object[] cells = new Object[v.length];
      cells[0] = (long) i;
      System.arraycopy(v, 1, cells, 1, v.length - 1);
      lines.add(new GenericRowWithSchema(cells, line));
    }
    return new GenericRowWithSchema(new Object[] {rows.get(0)[0], CollectionConverters.asScala(lines).toSeq()}, schema);
  }
}
