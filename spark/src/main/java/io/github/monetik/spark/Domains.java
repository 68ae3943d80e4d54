package io.github.monetik.spark;

import io.github.monetik.affiliate.Affiliate;
import io.github.monetik.affiliate.Campaign;
import io.github.monetik.affiliate.Order;
import io.github.monetik.affiliate.OrderBatch;
import io.github.monetik.affiliate.OrderEvent;
import io.github.monetik.affiliate.OrderLine;
import io.github.monetik.affiliate.Product;
import io.github.monetik.affiliate.RateChange;
import io.github.monetik.gifts.GiftEvent;
import io.github.monetik.gifts.GiftMessage;
import io.github.monetik.gifts.GiftSettler;
import io.github.monetik.gifts.Gifts;
import io.github.monetik.income.Income;
import io.github.monetik.income.IncomeBatch;
import io.github.monetik.income.IncomeEntry;
import io.github.monetik.income.IncomeStream;
import io.github.monetik.money.Money;
import io.github.monetik.money.Rate;
import io.github.monetik.report.Rows;
import io.github.monetik.streaks.Interaction;
import io.github.monetik.streaks.InteractionKind;
import io.github.monetik.streaks.StreakBatch;
import io.github.monetik.streaks.Streaks;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.sql.types.DataTypes;

/** The Monetik aggregations Spark runs: gift settlement and earnings, streaks, income, commission statements. */
final class Domains {
  private Domains() {}

  /** The recorded gift CSV's columns, as {@code monetik-io} reads them, with Spark types. */
  static final List<Domain.Column> GIFT_COLUMNS = List.of(
      new Domain.Column("timestamp", DataTypes.TimestampType, false),
      new Domain.Column("host", DataTypes.StringType, false),
      new Domain.Column("message_id", DataTypes.LongType, false),
      new Domain.Column("sender_id", DataTypes.StringType, false),
      new Domain.Column("sender_name", DataTypes.StringType, true),
      new Domain.Column("gift_id", DataTypes.LongType, false),
      new Domain.Column("gift_name", DataTypes.StringType, true),
      new Domain.Column("coins_per_gift", DataTypes.LongType, false),
      new Domain.Column("gift_type", DataTypes.IntegerType, false),
      new Domain.Column("repeat_count", DataTypes.IntegerType, false),
      new Domain.Column("repeat_end", DataTypes.IntegerType, false),
      new Domain.Column("group_id", DataTypes.LongType, false));

  /** Streak interactions, as {@code monetik-io}'s CSV: {@code to} lists a group's others joined by {@code +}. */
  static final List<Domain.Column> INTERACTION_COLUMNS = List.of(
      new Domain.Column("timestamp", DataTypes.TimestampType, false),
      new Domain.Column("from", DataTypes.StringType, false),
      new Domain.Column("to", DataTypes.StringType, false),
      new Domain.Column("kind", DataTypes.StringType, false));

  /** Income entries: the stream and kind by name, the month as {@code yyyy-MM}, the amount exact. */
  static final List<Domain.Column> INCOME_COLUMNS = List.of(
      new Domain.Column("stream", DataTypes.StringType, false),
      new Domain.Column("month", DataTypes.StringType, false),
      new Domain.Column("kind", DataTypes.StringType, false),
      new Domain.Column("amount", DataTypes.createDecimalType(38, 18), false),
      new Domain.Column("currency", DataTypes.StringType, false));

  /**
   * The fields of one order line, as {@code monetik-io}'s order CSV names its columns (all but
   * {@code order_id}), every one text as the CSV holds it: empty (or null) where the CSV may be empty.
   */
  static final List<String> ORDER_LINE_FIELDS = List.of("currency", "placed", "shipped", "delivered", "cancelled",
      "returned", "fraud", "refunds", "product_id", "product_title", "product_category", "rate_history", "campaign",
      "promoting_since", "quantity", "unit_price", "seller_discount", "platform_discount", "tax", "shipping");

  /**
   * One row per order: its id and its lines, each line a struct of its place among the order's
   * lines ({@code line}, a {@code bigint}: the lines are taken in its order, as {@code OrderReader}
   * takes an order's rows in the file's order) and the {@link #ORDER_LINE_FIELDS}.
   */
  static final List<Domain.Column> ORDER_COLUMNS = List.of(
      new Domain.Column("order_id", DataTypes.StringType, false),
      Domain.Column.structs("lines", java.util.stream.Stream.concat(
          java.util.stream.Stream.of(new Domain.Column("line", DataTypes.LongType, false)),
          ORDER_LINE_FIELDS.stream().map(f -> new Domain.Column(f, DataTypes.StringType, false))).toList()));

  /** Settles gift messages per group; the result is the snapshot's summary or its earnings per minute. */
  static final class GiftSettlement extends Domain<Gifts, GiftSettler> {
    private static final long serialVersionUID = 1L;
    private final boolean earnings;

    GiftSettlement(DoorSupplier<Gifts> door, boolean earnings) {
      super(earnings ? "monetik_earnings" : "monetik_settlement", door, GIFT_COLUMNS);
      this.earnings = earnings;
    }

    @Override
    GiftSettler zero() {
      return door().settler();
    }

    @Override
    void add(GiftSettler s, Cells c) {
      // A message object per row: a few fields, gone at once; no state kept between rows.
      s.accept(new GiftMessage().epochMilli(c.epochMilli(0)).hostId(c.text(1)).messageId(c.count(2))
          .senderId(c.text(3)).senderName(c.optionalText(4)).giftId(c.count(5)).giftName(c.optionalText(6))
          .coinsPerGift(c.count(7)).repeatable(GiftEvent.isRepeatableType(c.intCount(8))).repeatCount(c.intCount(9))
          .repeatEnd(c.flag(10)).groupId(c.count(11)));
    }

    @Override
    GiftSettler combine(GiftSettler left, GiftSettler right) {
      return left.combine(right);
    }

    @Override
    byte[] toBytes(GiftSettler s) {
      return s.toBytes();
    }

    @Override
    GiftSettler restore(byte[] form) {
      return door().settler(form);
    }

    @Override
    Rows result(GiftSettler s) {
      return earnings ? s.snapshot().earnings().rows() : s.snapshot().rows();
    }
  }

  /** Streak reports of interactions, as of an instant. */
  static final class StreakReports extends Domain<Streaks, StreakBatch> {
    private static final long serialVersionUID = 1L;
    private final Instant now;

    StreakReports(DoorSupplier<Streaks> door, Instant now) {
      super("monetik_streaks", door, INTERACTION_COLUMNS);
      this.now = now;
    }

    @Override
    StreakBatch zero() {
      return door().batch(now);
    }

    @Override
    void add(StreakBatch b, Cells c) {
      b.add(Interaction.inGroup(c.text(1), Arrays.asList(c.text(2).split("\\+", -1)), kind(c.text(3)),
          Instant.ofEpochMilli(c.epochMilli(0))));
    }

    private static InteractionKind kind(String text) {
      try {
        return InteractionKind.parse(text);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("column kind must be an interaction kind: " + e.getMessage(), e);
      }
    }

    @Override
    StreakBatch combine(StreakBatch left, StreakBatch right) {
      return left.combine(right);
    }

    @Override
    byte[] toBytes(StreakBatch b) {
      return b.toBytes();
    }

    @Override
    StreakBatch restore(byte[] form) {
      return door().batch(form);
    }

    @Override
    Rows result(StreakBatch b) {
      return b.report().rows();
    }
  }

  /** Income reports of entries in one currency. */
  static final class IncomeReports extends Domain<Income, IncomeBatch> {
    private static final long serialVersionUID = 1L;
    private final Currency currency;

    IncomeReports(DoorSupplier<Income> door, Currency currency) {
      super("monetik_income", door, INCOME_COLUMNS);
      this.currency = currency;
    }

    @Override
    IncomeBatch zero() {
      return door().batch(currency);
    }

    @Override
    void add(IncomeBatch b, Cells c) {
      b.add(IncomeEntry.of(named(IncomeStream.class, "stream", c.text(0)), month(c.text(1)),
          Money.of(c.amount(3), currency(c.text(4))), named(IncomeEntry.EntryType.class, "kind", c.text(2))));
    }

    private static <E extends Enum<E>> E named(Class<E> type, String column, String text) {
      try {
        return Enum.valueOf(type, text.trim().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("column " + column + " must be one of " + Arrays.toString(type.getEnumConstants())
            + ", was '" + text + "'", e);
      }
    }

    private static YearMonth month(String text) {
      try {
        return YearMonth.parse(text.trim());
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException("column month must be a month as yyyy-MM, was '" + text + "'", e);
      }
    }

    private static Currency currency(String code) {
      try {
        return Currency.getInstance(code.trim());
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("column currency must be an ISO 4217 code, was '" + code + "'", e);
      }
    }

    @Override
    IncomeBatch combine(IncomeBatch left, IncomeBatch right) {
      return left.combine(right);
    }

    @Override
    byte[] toBytes(IncomeBatch b) {
      return b.toBytes();
    }

    @Override
    IncomeBatch restore(byte[] form) {
      return door().batch(form);
    }

    @Override
    Rows result(IncomeBatch b) {
      return b.report().rows();
    }
  }

  /**
   * Commission statements as of a day, of whole orders: one input row per order, its lines as an
   * array of structs. An order's lifecycle may be on any of its lines, as in the order CSV: each
   * lifecycle field takes the value its lines give, which must be the same on every line that gives
   * one; a product must be described the same way on every line of the order.
   */
  static final class Statements extends Domain<Affiliate, OrderBatch> {
    private static final long serialVersionUID = 1L;
    /** The fields' places in a line: {@code line}, then the {@link #ORDER_LINE_FIELDS}. */
    private static final int LINE = 0;
    private static final int CURRENCY = 1;
    private static final int PLACED = 2;
    private static final int REFUNDS = 8;
    private static final int PRODUCT = 9;
    private static final int PROMOTING_SINCE = 14;
    private static final int QUANTITY = 15;
    private static final OrderEvent.Type[] AFTER_PLACED = {OrderEvent.Type.SHIPPED, OrderEvent.Type.DELIVERED,
        OrderEvent.Type.CANCELLED, OrderEvent.Type.RETURNED, OrderEvent.Type.FRAUD};

    private final LocalDate asOf;

    Statements(DoorSupplier<Affiliate> door, LocalDate asOf) {
      super("monetik_statements", door, ORDER_COLUMNS);
      this.asOf = asOf;
    }

    @Override
    OrderBatch zero() {
      return door().batch(asOf);
    }

    @Override
    void add(OrderBatch b, Cells c) {
      String id = c.text(0);
      Order order;
      try {
        order = order(id, elements(c, 1));
      } catch (IllegalArgumentException | IllegalStateException e) {
        throw new IllegalArgumentException("order " + quote(id) + " is not counted: " + e.getMessage(), e);
      }
      try {
        b.add(order);
      } catch (IllegalArgumentException e) {
        throw twice(e);
      }
    }

    /** The batch's refusal of an order it holds, with what a job does about it. */
    private static IllegalArgumentException twice(IllegalArgumentException e) {
      if (e.getMessage() != null && e.getMessage().startsWith("orders must hold each order once")) {
        return new IllegalArgumentException(e.getMessage() + ": give each order as one row with all its lines "
            + "(MonetikSpark.orders(rows) groups the order CSV's rows by order_id)", e);
      }
      return e;
    }

    private static String quote(String text) {
      return "'" + text + "'";
    }

    /** {@return the order its lines describe, checked as {@code OrderReader} checks the CSV's rows} */
    private static Order order(String id, List<Cells> given) {
      if (id.isBlank()) {
        throw new IllegalArgumentException("column order_id must not be blank, was " + quote(id));
      }
      if (given.isEmpty()) {
        throw new IllegalArgumentException("column lines must hold at least one line, was empty");
      }
      // The lines in their order: an order's commission is shared among its lines in cents, by their order.
      List<Cells> rows = new ArrayList<>(given);
      rows.sort(java.util.Comparator.comparingLong(r -> r.count(LINE)));
      for (int i = 1; i < rows.size(); i++) {
        if (rows.get(i).count(LINE) == rows.get(i - 1).count(LINE)) {
          throw new IllegalArgumentException("column " + rows.get(i).name(LINE) + " must differ between the lines of an "
              + "order, was " + rows.get(i).count(LINE) + " twice");
        }
      }
      String[] lifecycle = new String[PRODUCT];
      for (Cells r : rows) {
        for (int f = CURRENCY; f < PRODUCT; f++) {
          String v = r.plain(f);
          if (v.isEmpty()) {
            continue;
          }
          if (lifecycle[f] == null) {
            lifecycle[f] = v;
          } else if (!lifecycle[f].equals(v)) {
            throw new IllegalArgumentException("column " + r.name(f) + " must be the same on every line that gives it, was "
                + quote(lifecycle[f]) + " and " + quote(v));
          }
        }
      }
      Cells first = rows.get(0);
      String currency = lifecycle[CURRENCY];
      if (currency == null) {
        throw new IllegalArgumentException("column " + first.name(CURRENCY) + " must be an ISO 4217 code on a line, was empty");
      }
      if (lifecycle[PLACED] == null) {
        throw new IllegalArgumentException("column " + first.name(PLACED) + " must be given on a line, was empty");
      }
      List<OrderEvent> events = new ArrayList<>();
      events.add(OrderEvent.placed(date(first, PLACED, lifecycle[PLACED])));
      for (int f = PLACED + 1; f < REFUNDS; f++) {
        if (lifecycle[f] != null) {
          events.add(OrderEvent.of(AFTER_PLACED[f - PLACED - 1], date(first, f, lifecycle[f])));
        }
      }
      if (lifecycle[REFUNDS] != null) {
        for (String[] refund : entries(first, REFUNDS, lifecycle[REFUNDS], 2, "2025-03-20:5.00")) {
          Money amount = money(first, REFUNDS, refund[1], currency);
          try {
            events.add(OrderEvent.refunded(date(first, REFUNDS, refund[0]), amount));
          } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("column " + first.name(REFUNDS) + " must be entries like 2025-03-20:5.00 ("
                + e.getMessage() + ")", e);
          }
        }
      }
      Map<String, String> described = new HashMap<>();
      List<OrderLine> lines = new ArrayList<>();
      for (Cells r : rows) {
        lines.add(line(r, currency, described));
      }
      return Order.builder().id(id).lines(lines).events(events).build();
    }

    private static OrderLine line(Cells r, String currency, Map<String, String> described) {
      String productId = r.plain(PRODUCT);
      if (productId.isBlank()) {
        throw new IllegalArgumentException("column " + r.name(PRODUCT) + " must not be blank, was " + quote(productId));
      }
      String description = String.join("|", r.plain(PRODUCT + 1), r.plain(PRODUCT + 2), r.plain(PRODUCT + 3),
          r.plain(PRODUCT + 4));
      String before = described.putIfAbsent(productId, description);
      if (before != null && !before.equals(description)) {
        throw new IllegalArgumentException("column " + r.name(PRODUCT) + " " + quote(productId)
            + " must be described the same way on every line (title, category, rate history, campaign)");
      }
      Money unitPrice = money(r, QUANTITY + 1, r.plain(QUANTITY + 1), currency);
      OrderLine.Builder line = OrderLine.builder().product(product(r, productId, unitPrice)).quantity(quantity(r))
          .unitPrice(unitPrice).sellerDiscount(money(r, QUANTITY + 2, r.plain(QUANTITY + 2), currency))
          .platformDiscount(money(r, QUANTITY + 3, r.plain(QUANTITY + 3), currency))
          .tax(money(r, QUANTITY + 4, r.plain(QUANTITY + 4), currency))
          .shipping(money(r, QUANTITY + 5, r.plain(QUANTITY + 5), currency));
      String since = r.plain(PROMOTING_SINCE);
      if (!since.isEmpty()) {
        line.promotingSince(date(r, PROMOTING_SINCE, since));
      }
      try {
        return line.build();
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("lines must be valid order lines (" + e.getMessage() + ")", e);
      }
    }

    private static long quantity(Cells r) {
      String q = r.plain(QUANTITY);
      try {
        return Long.parseLong(q.trim());
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("column " + r.name(QUANTITY) + " must be a whole number, was " + quote(q), e);
      }
    }

    private static Product product(Cells r, String id, Money price) {
      List<RateChange> history = new ArrayList<>();
      int h = PRODUCT + 3;
      for (String[] change : entries(r, h, r.plain(h), 2, "2025-01-01:15")) {
        try {
          history.add(RateChange.of(date(r, h, change[0]), Rate.percent(change[1])));
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException("column " + r.name(h) + " must be entries like 2025-01-01:15 ("
              + e.getMessage() + ")", e);
        }
      }
      try {
        Product.Builder b = Product.builder().id(id).title(r.plain(PRODUCT + 1)).price(price).rateHistory(history);
        if (!r.plain(PRODUCT + 2).isEmpty()) {
          b.category(r.plain(PRODUCT + 2));
        }
        int k = PRODUCT + 4;
        String campaign = r.plain(k);
        if (!campaign.isEmpty()) {
          String[] c = campaign.split(":", -1);
          if (c.length != 4) {
            throw new IllegalArgumentException("column " + r.name(k) + " must look like name:25:2025-03-01:2025-03-07, was "
                + quote(campaign));
          }
          b.addCampaigns(Campaign.of(c[0], Rate.percent(c[1]), date(r, k, c[2]), date(r, k, c[3])));
        }
        return b.build();
      } catch (IllegalArgumentException | IllegalStateException e) {
        if (e.getMessage() != null && e.getMessage().startsWith("column ")) {
          throw e;
        }
        throw new IllegalArgumentException("column " + r.name(PRODUCT) + " " + quote(id) + " must describe a valid product ("
            + e.getMessage() + ")", e);
      }
    }

    /** {@return the entries of a list column, {@code a:b;c:d}, each of {@code parts} parts} */
    private static List<String[]> entries(Cells r, int f, String text, int parts, String example) {
      List<String[]> out = new ArrayList<>();
      for (String entry : text.split(";", -1)) {
        String[] p = entry.split(":", -1);
        if (p.length != parts) {
          throw new IllegalArgumentException("column " + r.name(f) + " must be entries like " + example + " joined by ;, was "
              + quote(text));
        }
        out.add(p);
      }
      return out;
    }

    private static Money money(Cells r, int f, String text, String currency) {
      try {
        return Money.of(text, currency);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("column " + r.name(f) + " must be an amount in " + currency + ", was "
            + quote(text) + " (" + e.getMessage() + ")", e);
      }
    }

    private static LocalDate date(Cells r, int f, String text) {
      try {
        return LocalDate.parse(text.trim());
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException("column " + r.name(f) + " must be a date like 2025-03-01, was " + quote(text), e);
      }
    }

    @Override
    OrderBatch combine(OrderBatch left, OrderBatch right) {
      try {
        return left.combine(right);
      } catch (IllegalArgumentException e) {
        throw twice(e);
      }
    }

    @Override
    byte[] toBytes(OrderBatch b) {
      return b.toBytes();
    }

    @Override
    OrderBatch restore(byte[] form) {
      return door().batch(form);
    }

    @Override
    Rows result(OrderBatch b) {
      return b.statement().rows();
    }
  }
}
