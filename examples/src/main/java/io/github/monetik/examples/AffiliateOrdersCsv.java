package io.github.monetik.examples;

import io.github.monetik.affiliate.Campaign;
import io.github.monetik.affiliate.Order;
import io.github.monetik.affiliate.OrderEvent;
import io.github.monetik.affiliate.OrderLine;
import io.github.monetik.affiliate.Product;
import io.github.monetik.affiliate.RateChange;
import io.github.monetik.money.Money;
import io.github.monetik.money.Rate;
import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads affiliate orders from CSV: one row per order line; the rows of one order follow each other
 * and repeat its id, currency and lifecycle. Columns (header row required, in any order):
 *
 * <pre>
 * order_id         order id
 * currency         ISO 4217 code, one per order
 * placed           yyyy-mm-dd (required)
 * shipped, delivered, cancelled, returned, fraud   yyyy-mm-dd or empty
 * refunds          "yyyy-mm-dd:amount" entries separated by ';', or empty
 * product_id, product_title, product_category
 * rate_history     "yyyy-mm-dd:percent" entries separated by ';', oldest first (the seller's open rate)
 * campaign         "name:percent:start:end" or empty (a targeted campaign of the product)
 * promoting_since  yyyy-mm-dd or empty (when the creator started promoting the product)
 * quantity, unit_price, seller_discount, platform_discount, tax, shipping   the line (decimals)
 * </pre>
 *
 * <p>Events of one day are ordered placed, shipped, delivered, refunds, then cancelled, returned or
 * fraud. A product must be described the same way on every row. A bad row throws an
 * {@link IllegalArgumentException} naming the row and the column.
 */
public final class AffiliateOrdersCsv {
  static final String[] HEADER = {"order_id", "currency", "placed", "shipped", "delivered", "cancelled", "returned",
      "fraud", "refunds", "product_id", "product_title", "product_category", "rate_history", "campaign",
      "promoting_since", "quantity", "unit_price", "seller_discount", "platform_discount", "tax", "shipping"};

  private AffiliateOrdersCsv() {}

  /** {@return the header's columns, in the order the generated sample writes them} */
  public static List<String> columns() {
    return List.of(HEADER);
  }

  static List<Order> read(Reader in) throws IOException {
    CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get();
    Map<String, Product> products = new HashMap<>();
    Map<String, String> productRows = new HashMap<>();
    Map<String, List<OrderLine>> lines = new LinkedHashMap<>();
    Map<String, List<OrderEvent>> events = new HashMap<>();
    for (CSVRecord row : format.parse(in)) {
      long n = row.getRecordNumber() + 1;
      try {
        String currency = row.get("currency");
        String productId = row.get("product_id");
        String description = String.join("|", row.get("product_title"), row.get("product_category"),
            row.get("rate_history"), row.get("campaign"), currency);
        Product product = products.get(productId);
        if (product == null) {
          product = product(row, productId, currency);
          products.put(productId, product);
          productRows.put(productId, description);
        } else if (!productRows.get(productId).equals(description)) {
          throw new IllegalArgumentException("product_id '" + productId + "' is described differently than on an earlier row");
        }
        String orderId = row.get("order_id");
        OrderLine.Builder line = OrderLine.builder().product(product).quantity(Long.parseLong(row.get("quantity")))
            .unitPrice(Money.of(row.get("unit_price"), currency))
            .sellerDiscount(Money.of(row.get("seller_discount"), currency))
            .platformDiscount(Money.of(row.get("platform_discount"), currency))
            .tax(Money.of(row.get("tax"), currency)).shipping(Money.of(row.get("shipping"), currency));
        if (!row.get("promoting_since").isEmpty()) {
          line.promotingSince(date(row, "promoting_since"));
        }
        lines.computeIfAbsent(orderId, k -> new ArrayList<>()).add(line.build());
        events.computeIfAbsent(orderId, k -> events(row, currency));
      } catch (RuntimeException e) {
        throw new IllegalArgumentException("row " + n + ": " + e.getMessage(), e);
      }
    }
    List<Order> orders = new ArrayList<>(lines.size());
    lines.forEach((id, l) -> orders.add(Order.builder().id(id).lines(l).events(events.get(id)).build()));
    return orders;
  }

  private static Product product(CSVRecord row, String id, String currency) {
    List<RateChange> history = new ArrayList<>();
    for (String entry : row.get("rate_history").split(";")) {
      String[] parts = entry.split(":");
      if (parts.length != 2) {
        throw new IllegalArgumentException("rate_history entries look like 2025-01-01:15, was '" + entry + "'");
      }
      history.add(RateChange.of(LocalDate.parse(parts[0]), Rate.percent(parts[1])));
    }
    Product.Builder b = Product.builder().id(id).title(row.get("product_title"))
        .price(Money.of(row.get("unit_price"), currency)).rateHistory(history);
    if (!row.get("product_category").isEmpty()) {
      b.category(row.get("product_category"));
    }
    String campaign = row.get("campaign");
    if (!campaign.isEmpty()) {
      String[] c = campaign.split(":");
      if (c.length != 4) {
        throw new IllegalArgumentException("campaign looks like name:25:2025-03-01:2025-03-07, was '" + campaign + "'");
      }
      b.addCampaigns(Campaign.of(c[0], Rate.percent(c[1]), LocalDate.parse(c[2]), LocalDate.parse(c[3])));
    }
    return b.build();
  }

  private static List<OrderEvent> events(CSVRecord row, String currency) {
    List<OrderEvent> events = new ArrayList<>();
    events.add(OrderEvent.placed(date(row, "placed")));
    for (String column : List.of("shipped", "delivered", "cancelled", "returned", "fraud")) {
      if (!row.get(column).isEmpty()) {
        events.add(OrderEvent.of(OrderEvent.Type.valueOf(column.toUpperCase(java.util.Locale.ROOT)), date(row, column)));
      }
    }
    if (!row.get("refunds").isEmpty()) {
      for (String entry : row.get("refunds").split(";")) {
        String[] parts = entry.split(":");
        if (parts.length != 2) {
          throw new IllegalArgumentException("refunds entries look like 2025-03-20:5.00, was '" + entry + "'");
        }
        events.add(OrderEvent.refunded(LocalDate.parse(parts[0]), Money.of(parts[1], currency)));
      }
    }
    events.sort(Comparator.comparing(OrderEvent::date).thenComparingInt(AffiliateOrdersCsv::sameDayOrder));
    return events;
  }

  private static int sameDayOrder(OrderEvent e) {
    switch (e.type()) {
      case PLACED:
        return 0;
      case SHIPPED:
        return 1;
      case DELIVERED:
        return 2;
      case REFUNDED:
        return 3;
      default:
        return 4;
    }
  }

  private static LocalDate date(CSVRecord row, String column) {
    try {
      return LocalDate.parse(row.get(column));
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(column + " must be a date like 2025-03-01, was '" + row.get(column) + "'", e);
    }
  }
}
