package io.github.monetik.flink;

import io.github.monetik.affiliate.Campaign;
import io.github.monetik.affiliate.Order;
import io.github.monetik.affiliate.OrderEvent;
import io.github.monetik.affiliate.OrderLine;
import io.github.monetik.affiliate.Product;
import io.github.monetik.affiliate.RateChange;
import io.github.monetik.affiliate.TieredCommission;
import io.github.monetik.money.Money;
import io.github.monetik.money.Rate;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.flink.api.common.typeutils.SimpleTypeSerializerSnapshot;
import org.apache.flink.api.common.typeutils.TypeSerializerSnapshot;
import org.apache.flink.core.memory.DataInputView;
import org.apache.flink.core.memory.DataOutputView;

/**
 * Flink's serializer for a whole affiliate {@link Order}, field by field: the id; each line with its
 * product (id, title, listed price, category, rate history, campaigns, tiered commission, Shop Ads
 * rate), quantity, the line's amounts, the day the creator started promoting it and whether an ad
 * drove it; then every lifecycle event (its type by name, its day, a refund's amount). Amounts are
 * their exact plain decimal text and currency code, rates their exact fraction text (never a
 * {@code double}); days are epoch days.
 *
 * <p>Reading rebuilds the order through the public factories and builders ({@link Product#builder()},
 * {@link OrderLine#builder()}, {@link OrderEvent}, {@link Order#builder()}), which check every field
 * and the lifecycle as a whole, so a corrupt stream fails with an {@link IllegalArgumentException}
 * naming the field ({@code lines[1].product.rateHistory[0].rate}, {@code events[2].type}, a day out of
 * range, a refund larger than what was paid) rather than handing on an order no caller could have
 * made. A stream that ends early is an {@link java.io.EOFException}. Stateless and thread-safe; see
 * {@link MonetikTypes#order()}.
 */
public final class OrderSerializer extends ValueSerializer<Order> {
  private static final long serialVersionUID = 1L;

  static final OrderSerializer INSTANCE = new OrderSerializer();

  private static final Order PLACEHOLDER = Order.builder().id("-")
      .addLines(OrderLine.of(Product.of("-", "-", Money.of("0", "USD"), Rate.of("0"), LocalDate.of(2000, 1, 1)), 1,
          Money.of("0", "USD")))
      .addEvents(OrderEvent.placed(LocalDate.of(2000, 1, 1))).build();

  OrderSerializer() {}

  @Override
  String what() {
    return "Order";
  }

  /** {@return a placeholder: order {@code -}, one line of product {@code -} at USD 0, placed on 2000-01-01} */
  @Override
  public Order createInstance() {
    return PLACEHOLDER;
  }

  /**
   * Writes an order.
   *
   * @param o the order
   * @param out where to write
   * @throws IOException if the target fails
   */
  @Override
  public void serialize(Order o, DataOutputView out) throws IOException {
    writeText(o.id(), out);
    out.writeInt(o.lines().size());
    for (OrderLine line : o.lines()) {
      product(line.product(), out);
      out.writeLong(line.quantity());
      money(line.unitPrice(), out);
      money(line.sellerDiscount(), out);
      money(line.platformDiscount(), out);
      money(line.tax(), out);
      money(line.shipping(), out);
      Optional<LocalDate> since = line.promotingSince();
      out.writeBoolean(since.isPresent());
      if (since.isPresent()) {
        out.writeLong(since.get().toEpochDay());
      }
      out.writeBoolean(line.isAdDriven());
    }
    out.writeInt(o.events().size());
    for (OrderEvent e : o.events()) {
      writeText(e.type().name(), out);
      out.writeLong(e.date().toEpochDay());
      if (e.type() == OrderEvent.Type.REFUNDED) {
        money(e.amount().orElseThrow(), out);
      }
    }
  }

  private static void product(Product p, DataOutputView out) throws IOException {
    writeText(p.id(), out);
    writeText(p.title(), out);
    money(p.price(), out);
    writeNullable(p.category().orElse(null), out);
    out.writeInt(p.rateHistory().size());
    for (RateChange c : p.rateHistory()) {
      out.writeLong(c.from().toEpochDay());
      rate(c.rate(), out);
    }
    out.writeInt(p.campaigns().size());
    for (Campaign c : p.campaigns()) {
      writeText(c.name(), out);
      rate(c.rate(), out);
      out.writeLong(c.start().toEpochDay());
      out.writeLong(c.end().toEpochDay());
    }
    Optional<TieredCommission> tiered = p.tieredCommission();
    out.writeBoolean(tiered.isPresent());
    if (tiered.isPresent()) {
      TieredCommission t = tiered.get();
      out.writeLong(t.from().toEpochDay());
      rate(t.firstRate(), out);
      out.writeLong(t.firstOrders());
      rate(t.thenRate(), out);
    }
    writeNullable(p.shopAdsRate().map(r -> r.value().toPlainString()).orElse(null), out);
  }

  private static void money(Money m, DataOutputView out) throws IOException {
    writeText(m.amount().toPlainString(), out);
    writeText(m.currency().getCurrencyCode(), out);
  }

  private static void rate(Rate r, DataOutputView out) throws IOException {
    writeText(r.value().toPlainString(), out);
  }

  /**
   * {@return the order read, rebuilt and checked by the public builders}
   *
   * @param in where to read
   * @throws IOException if the source fails or ends early
   * @throws IllegalArgumentException naming the field if the bytes break one of the order's rules
   */
  @Override
  public Order deserialize(DataInputView in) throws IOException {
    String id = readText(in, "id");
    int n = count(in, "lines count");
    List<OrderLine> lines = new ArrayList<>(Math.min(n, 16));
    for (int i = 0; i < n; i++) {
      String at = "lines[" + i + "]";
      Product product = product(in, at + ".product");
      OrderLine.Builder b = OrderLine.builder().product(product).quantity(in.readLong())
          .unitPrice(money(in, at + ".unitPrice")).sellerDiscount(money(in, at + ".sellerDiscount"))
          .platformDiscount(money(in, at + ".platformDiscount")).tax(money(in, at + ".tax"))
          .shipping(money(in, at + ".shipping"));
      if (in.readBoolean()) {
        b.promotingSince(day(in, at + ".promotingSince"));
      }
      b.adDriven(in.readBoolean());
      lines.add(build(at, b::build));
    }
    int m = count(in, "events count");
    List<OrderEvent> events = new ArrayList<>(Math.min(m, 16));
    for (int i = 0; i < m; i++) {
      String at = "events[" + i + "]";
      OrderEvent.Type type = constant(OrderEvent.Type.class, OrderEvent.Type.values(), readText(in, at + ".type"), at + ".type");
      LocalDate day = day(in, at + ".date");
      if (type == OrderEvent.Type.REFUNDED) {
        Money amount = money(in, at + ".amount");
        events.add(build(at, () -> OrderEvent.refunded(day, amount)));
      } else {
        events.add(OrderEvent.of(type, day));
      }
    }
    try {
      return Order.builder().id(id).lines(lines).events(events).build();
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new IllegalArgumentException("serialized Order '" + id + "' is invalid: " + e.getMessage(), e);
    }
  }

  private Product product(DataInputView in, String at) throws IOException {
    Product.Builder b = Product.builder().id(readText(in, at + ".id")).title(readText(in, at + ".title"))
        .price(money(in, at + ".price"));
    String category = readNullable(in);
    if (category != null) {
      b.category(category);
    }
    int n = count(in, at + ".rateHistory count");
    List<RateChange> history = new ArrayList<>(Math.min(n, 16));
    for (int i = 0; i < n; i++) {
      String c = at + ".rateHistory[" + i + "]";
      LocalDate from = day(in, c + ".from");
      Rate rate = rate(in, c + ".rate");
      history.add(build(c, () -> RateChange.of(from, rate)));
    }
    b.rateHistory(history);
    int k = count(in, at + ".campaigns count");
    List<Campaign> campaigns = new ArrayList<>(Math.min(k, 16));
    for (int i = 0; i < k; i++) {
      String c = at + ".campaigns[" + i + "]";
      String name = readText(in, c + ".name");
      Rate rate = rate(in, c + ".rate");
      LocalDate start = day(in, c + ".start");
      LocalDate end = day(in, c + ".end");
      campaigns.add(build(c, () -> Campaign.of(name, rate, start, end)));
    }
    b.campaigns(campaigns);
    if (in.readBoolean()) {
      String t = at + ".tieredCommission";
      LocalDate from = day(in, t + ".from");
      Rate first = rate(in, t + ".firstRate");
      long orders = in.readLong();
      Rate then = rate(in, t + ".thenRate");
      b.tieredCommission(build(t, () -> TieredCommission.of(from, first, orders, then)));
    }
    String shopAds = readNullable(in);
    if (shopAds != null) {
      b.shopAdsRate(build(at + ".shopAdsRate", () -> Rate.of(shopAds)));
    }
    return build(at, b::build);
  }

  private Money money(DataInputView in, String field) throws IOException {
    String amount = readText(in, field + " amount");
    String currency = readText(in, field + " currency");
    return build(field, () -> Money.of(amount, currency));
  }

  private Rate rate(DataInputView in, String field) throws IOException {
    String fraction = readText(in, field);
    return build(field, () -> Rate.of(fraction));
  }

  private LocalDate day(DataInputView in, String field) throws IOException {
    long epochDay = in.readLong();
    try {
      return LocalDate.ofEpochDay(epochDay);
    } catch (DateTimeException e) {
      throw invalid(field, "an epoch day of a date in [-999999999-01-01, +999999999-12-31]", epochDay);
    }
  }

  private int count(DataInputView in, String field) throws IOException {
    int n = in.readInt();
    if (n < 0) {
      throw invalid(field, ">= 0", n);
    }
    return n;
  }

  /** Builds a part, a rule it breaks named by the part's field. */
  private <T> T build(String field, java.util.function.Supplier<T> part) {
    try {
      return part.get();
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new IllegalArgumentException("serialized Order field " + field + " is invalid: " + e.getMessage(), e);
    }
  }

  /** {@return the snapshot that restores this serializer} */
  @Override
  public TypeSerializerSnapshot<Order> snapshotConfiguration() {
    return new Snapshot();
  }

  /** The snapshot of {@link OrderSerializer} (the layout has one version; nothing to configure); immutable. */
  public static final class Snapshot extends SimpleTypeSerializerSnapshot<Order> {
    /** Makes the snapshot; Flink calls it by reflection. */
    public Snapshot() {
      super(() -> INSTANCE);
    }
  }
}
