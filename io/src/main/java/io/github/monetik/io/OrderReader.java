package io.github.monetik.io;

import io.github.monetik.affiliate.Campaign;
import io.github.monetik.affiliate.Order;
import io.github.monetik.affiliate.OrderEvent;
import io.github.monetik.affiliate.OrderLine;
import io.github.monetik.affiliate.Product;
import io.github.monetik.affiliate.RateChange;
import io.github.monetik.money.Money;
import io.github.monetik.money.Rate;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Reads affiliate orders from CSV: one row per order line, the header {@value #HEADER} in any order.
 * Columns: {@code order_id}; {@code currency} (ISO 4217, one per order); the lifecycle
 * {@code placed, shipped, delivered, cancelled, returned, fraud} ({@code yyyy-mm-dd} or empty) and
 * {@code refunds} ({@code yyyy-mm-dd:amount} entries joined by {@code ;}); the product
 * ({@code product_id, product_title, product_category}, {@code rate_history} as
 * {@code yyyy-mm-dd:percent} entries oldest first, {@code campaign} as {@code name:percent:start:end}
 * or empty); {@code promoting_since}; the line ({@code quantity, unit_price, seller_discount,
 * platform_discount, tax, shipping}).
 *
 * <p><b>An order's lifecycle may be written on any of its rows</b>, and its rows need not follow each
 * other: each lifecycle column of an order takes the value its rows give, which must be the same on
 * every row that is not empty (a refund on the second row counts; two different refund lists, or two
 * different ship dates, are an error naming both rows). {@code placed} must be given on at least one
 * row. A product must be described the same way on every row. An order with a bad row is not read at
 * all (its error says so): a part of an order would give a wrong commission. Immutable.
 *
 * <pre>{@code
 * List<Order> orders = OrderReader.strict().read(Path.of("orders.csv")).records();
 * CommissionStatement s = Monetik.defaults().affiliate().statement(orders, LocalDate.of(2025, 3, 31));
 * }</pre>
 */
public final class OrderReader {
  /** The columns. */
  public static final String HEADER = "order_id,currency,placed,shipped,delivered,cancelled,returned,fraud,refunds,"
      + "product_id,product_title,product_category,rate_history,campaign,promoting_since,quantity,unit_price,"
      + "seller_discount,platform_discount,tax,shipping";

  private static final List<String> LIFECYCLE = List.of("currency", "placed", "shipped", "delivered", "cancelled",
      "returned", "fraud", "refunds");

  private final ReadMode mode;

  private OrderReader(ReadMode mode) {
    this.mode = mode;
  }

  /** {@return a reader that throws on the first bad row} */
  public static OrderReader strict() {
    return new OrderReader(ReadMode.STRICT);
  }

  /** {@return a reader that keeps the good orders and lists the bad rows} */
  public static OrderReader lenient() {
    return new OrderReader(ReadMode.LENIENT);
  }

  /** What the rows of one order said so far. */
  private static final class Draft {
    final String id;
    final long firstLine;
    final Map<String, String> lifecycle = new HashMap<>();
    final Map<String, Long> lifecycleLine = new HashMap<>();
    final List<OrderLine> lines = new ArrayList<>();
    boolean bad;

    Draft(String id, long firstLine) {
      this.id = id;
      this.firstLine = firstLine;
    }
  }

  /**
   * {@return the orders in the order of their first rows, and the issues}
   *
   * @param file the CSV file
   * @throws IOException naming the file if it cannot be read
   * @throws InputException on a bad row in strict mode; on an empty file or a wrong header in any mode
   */
  public ReadResult<Order> read(Path file) throws IOException {
    Objects.requireNonNull(file, "file must not be null");
    try (Source src = Source.open(file)) {
      Issues issues = new Issues(mode, src.name);
      Map<String, Draft> drafts = new LinkedHashMap<>();
      Map<String, Product> products = new HashMap<>();
      Map<String, String> described = new HashMap<>();
      Map<String, Long> describedLine = new HashMap<>();
      Set<String> badOrders = new LinkedHashSet<>();
      CsvRecords.read(src, issues, List.of(HEADER.split(",")), List.of(), r -> {
        String orderId = r.get("order_id");
        if (orderId.isBlank()) {
          throw new CsvRecords.Bad(r.bad(issues, "order_id", "must not be blank"));
        }
        Draft d = drafts.computeIfAbsent(orderId, k -> new Draft(k, r.line));
        try {
          for (String column : LIFECYCLE) {
            String v = r.get(column);
            if (v.isEmpty()) {
              continue;
            }
            String before = d.lifecycle.putIfAbsent(column, v);
            if (before != null && !before.equals(v)) {
              throw new CsvRecords.Bad(r.bad(issues, column, "must be the same on every row of order " + orderId
                  + " that gives it (line " + d.lifecycleLine.get(column) + " has '" + before + "')"));
            }
            d.lifecycleLine.putIfAbsent(column, r.line);
          }
          String currency = r.get("currency");
          if (currency.isEmpty()) {
            currency = d.lifecycle.getOrDefault("currency", "");
          }
          if (currency.isEmpty()) {
            throw new CsvRecords.Bad(r.bad(issues, "currency", "must be an ISO 4217 code"));
          }
          String productId = r.get("product_id");
          String description = String.join("|", r.get("product_title"), r.get("product_category"),
              r.get("rate_history"), r.get("campaign"), currency);
          Product product = products.get(productId);
          if (product == null) {
            product = product(issues, r, productId, currency);
            products.put(productId, product);
            described.put(productId, description);
            describedLine.put(productId, r.line);
          } else if (!Objects.equals(described.get(productId), description)) {
            throw new CsvRecords.Bad(r.bad(issues, "product_id", "must describe the product as on line "
                + describedLine.get(productId) + " (title, category, rate history, campaign, currency)"));
          }
          OrderLine.Builder line = OrderLine.builder().product(product)
              .quantity(CreatorProfileReader.number(issues, r, "quantity", Long.MAX_VALUE))
              .unitPrice(money(issues, r, "unit_price", currency))
              .sellerDiscount(money(issues, r, "seller_discount", currency))
              .platformDiscount(money(issues, r, "platform_discount", currency))
              .tax(money(issues, r, "tax", currency)).shipping(money(issues, r, "shipping", currency));
          if (!r.get("promoting_since").isEmpty()) {
            line.promotingSince(date(issues, r, "promoting_since", r.get("promoting_since")));
          }
          try {
            d.lines.add(line.build());
          } catch (IllegalArgumentException | IllegalStateException e) {
            throw new CsvRecords.Bad(r.badRecord(issues, "must be a valid order line (" + e.getMessage() + ")"));
          }
          // dates and refunds are checked on the row that gives them
          for (String column : List.of("placed", "shipped", "delivered", "cancelled", "returned", "fraud")) {
            if (!r.get(column).isEmpty()) {
              date(issues, r, column, r.get(column));
            }
          }
          refunds(issues, r, r.get("refunds"), currency);
        } catch (CsvRecords.Bad e) {
          d.bad = true;
          badOrders.add(orderId);
          throw new CsvRecords.Bad(InputIssue.error(e.issue.source(), e.issue.line(), e.issue.column(),
              e.issue.field(), e.issue.value(), e.issue.message() + " (order " + orderId + " is not read)"));
        }
        return null;
      });
      List<Order> orders = new ArrayList<>();
      for (Draft d : drafts.values()) {
        if (d.bad) {
          continue;
        }
        String placed = d.lifecycle.get("placed");
        if (placed == null) {
          issues.error(d.firstLine, 0, "placed", null, "must be given on a row of order " + d.id
              + " (order " + d.id + " is not read)");
          continue;
        }
        List<OrderEvent> events = new ArrayList<>();
        String currency = d.lifecycle.getOrDefault("currency", "");
        events.add(OrderEvent.placed(LocalDate.parse(placed)));
        for (String column : List.of("shipped", "delivered", "cancelled", "returned", "fraud")) {
          String v = d.lifecycle.get(column);
          if (v != null) {
            events.add(OrderEvent.of(OrderEvent.Type.valueOf(column.toUpperCase(Locale.ROOT)), LocalDate.parse(v)));
          }
        }
        String refunds = d.lifecycle.get("refunds");
        if (refunds != null) {
          for (String entry : refunds.split(";")) {
            String[] parts = entry.split(":");
            events.add(OrderEvent.refunded(LocalDate.parse(parts[0]), Money.of(parts[1], currency)));
          }
        }
        events.sort(Comparator.comparing(OrderEvent::date).thenComparingInt(OrderReader::sameDayOrder));
        try {
          orders.add(Order.builder().id(d.id).lines(d.lines).events(events).build());
        } catch (IllegalArgumentException | IllegalStateException e) {
          issues.error(d.firstLine, 0, "order_id", d.id, "must be a valid order (" + e.getMessage() + ")");
        }
      }
      return new ReadResult<>(orders, issues.all());
    }
  }

  private static int sameDayOrder(OrderEvent e) {
    return switch (e.type()) {
      case PLACED -> 0;
      case SHIPPED -> 1;
      case DELIVERED -> 2;
      case REFUNDED -> 3;
      default -> 4;
    };
  }

  private static Product product(Issues issues, CsvRecords.Rec r, String id, String currency) {
    if (id.isBlank()) {
      throw new CsvRecords.Bad(r.bad(issues, "product_id", "must not be blank"));
    }
    List<RateChange> history = new ArrayList<>();
    for (String entry : r.get("rate_history").split(";", -1)) {
      String[] parts = entry.split(":", -1);
      if (parts.length != 2) {
        throw new CsvRecords.Bad(r.bad(issues, "rate_history", "must be entries like 2025-01-01:15 joined by ;"));
      }
      try {
        history.add(RateChange.of(date(issues, r, "rate_history", parts[0]), Rate.percent(parts[1])));
      } catch (IllegalArgumentException e) {
        throw new CsvRecords.Bad(r.bad(issues, "rate_history", "must be entries like 2025-01-01:15 ("
            + e.getMessage() + ")"));
      }
    }
    try {
      Product.Builder b = Product.builder().id(id).title(r.get("product_title"))
          .price(money(issues, r, "unit_price", currency)).rateHistory(history);
      if (!r.get("product_category").isEmpty()) {
        b.category(r.get("product_category"));
      }
      String campaign = r.get("campaign");
      if (!campaign.isEmpty()) {
        String[] c = campaign.split(":", -1);
        if (c.length != 4) {
          throw new CsvRecords.Bad(r.bad(issues, "campaign", "must look like name:25:2025-03-01:2025-03-07"));
        }
        b.addCampaigns(Campaign.of(c[0], Rate.percent(c[1]), date(issues, r, "campaign", c[2]),
            date(issues, r, "campaign", c[3])));
      }
      return b.build();
    } catch (IllegalArgumentException | IllegalStateException e) {
      if (e instanceof CsvRecords.Bad) {
        throw e;
      }
      throw new CsvRecords.Bad(r.bad(issues, "product_id", "must describe a valid product (" + e.getMessage() + ")"));
    }
  }

  private static void refunds(Issues issues, CsvRecords.Rec r, String text, String currency) {
    if (text.isEmpty()) {
      return;
    }
    for (String entry : text.split(";", -1)) {
      String[] parts = entry.split(":", -1);
      if (parts.length != 2) {
        throw new CsvRecords.Bad(r.bad(issues, "refunds", "must be entries like 2025-03-20:5.00 joined by ;"));
      }
      LocalDate on = date(issues, r, "refunds", parts[0]);
      try {
        OrderEvent.refunded(on, Money.of(parts[1], currency)); // the event's own rules (a refund is > 0), checked here
      } catch (IllegalArgumentException e) {
        throw new CsvRecords.Bad(r.bad(issues, "refunds", "must be entries like 2025-03-20:5.00 ("
            + e.getMessage() + ")"));
      }
    }
  }

  private static Money money(Issues issues, CsvRecords.Rec r, String column, String currency) {
    try {
      return Money.of(r.get(column), currency);
    } catch (IllegalArgumentException e) {
      throw new CsvRecords.Bad(r.bad(issues, column, "must be an amount in " + currency + " (" + e.getMessage() + ")"));
    }
  }

  private static LocalDate date(Issues issues, CsvRecords.Rec r, String column, String text) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new CsvRecords.Bad(r.bad(issues, column, "must be a date like 2025-03-01"));
    }
  }
}
