package io.github.monetik.affiliate;

import io.github.monetik.money.CurrencyMismatchException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Currency;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/** The mutable side of {@link CommissionStatement}: adds orders in minor units, then builds the value once. */
final class Accumulator {
  static final String OPEN = "(open)";
  static final long UNSET = Long.MIN_VALUE;

  private final @Nullable Engine engine;
  long asOf;
  @Nullable Currency currency;
  long orders;
  final long[] total = new long[4];
  final Map<String, long[]> products = new HashMap<>();
  final Map<String, long[]> campaigns = new HashMap<>();
  private int[] monthKeys = new int[8];
  private long[][] monthSlots = new long[8][];
  private int months;
  private int lastMonth = -1;
  private long @Nullable [] lastMonthSlot;
  private final long[] openSlot = new long[4];
  private boolean openUsed;

  Accumulator(@Nullable Engine engine, long asOf) {
    this.engine = engine;
    this.asOf = asOf;
  }

  static String campaignKey(AppliedRate rate) {
    return rate.kind() == AppliedRate.Kind.CAMPAIGN ? rate.detail() : OPEN;
  }

  private void currency(Currency c, String orderId) {
    Currency mine = currency;
    if (mine == null) {
      currency = c;
    } else if (!mine.equals(c)) {
      throw new CurrencyMismatchException("statement (order '" + orderId + "')", mine, c);
    }
  }

  private void asOf(long other) {
    if (asOf == UNSET) {
      asOf = other;
    } else if (other != UNSET && other != asOf) {
      throw new IllegalArgumentException("asOf must be the statement's " + day(asOf) + ", was " + day(other));
    }
  }

  static String day(long d) {
    return d == Engine.ALL ? "after all events" : LocalDate.ofEpochDay(d).toString();
  }

  /** Adds an order evaluated by this accumulator's engine. */
  void add(Order order) {
    Engine e = engine;
    if (e == null || !e.evaluate(order, asOf)) {
      return;
    }
    currency(order.currency(), order.id());
    orders++;
    long[] month = month(order.lifecycle().month);
    java.util.List<OrderLine> lines = order.lines();
    for (int i = 0; i < e.n; i++) {
      long earned = e.earned[i];
      long pending = e.pending[i];
      long payable = e.payable[i];
      long reversed = e.reversed[i];
      add(total, earned, pending, payable, reversed);
      add(month, earned, pending, payable, reversed);
      add(products.computeIfAbsent(lines.get(i).product().id(), k -> new long[4]), earned, pending, payable, reversed);
      AppliedRate rate = e.rates[i];
      add(rate.kind() == AppliedRate.Kind.CAMPAIGN ? campaigns.computeIfAbsent(rate.detail(), k -> new long[4]) : open(),
          earned, pending, payable, reversed);
    }
  }

  /** Adds an order's commission computed elsewhere. */
  void add(OrderCommission c) {
    asOf(c.asOf().map(LocalDate::toEpochDay).orElse(Engine.ALL));
    if (c.status() == OrderCommission.Status.NOT_YET_PLACED) {
      return;
    }
    Order order = c.order();
    currency(order.currency(), order.id());
    orders++;
    long[] month = month(order.lifecycle().month);
    for (int i = 0; i < c.split.length; i++) {
      long[] s = c.split[i];
      add(total, s[0], s[1], s[2], s[3]);
      add(month, s[0], s[1], s[2], s[3]);
      add(products.computeIfAbsent(order.lines().get(i).product().id(), k -> new long[4]), s[0], s[1], s[2], s[3]);
      String key = c.campaignKeys[i];
      add(key.equals(OPEN) ? open() : campaigns.computeIfAbsent(key, k -> new long[4]), s[0], s[1], s[2], s[3]);
    }
  }

  private long[] open() {
    openUsed = true;
    return openSlot;
  }

  private static void add(long[] slot, long earned, long pending, long payable, long reversed) {
    slot[0] = Math.addExact(slot[0], earned);
    slot[1] = Math.addExact(slot[1], pending);
    slot[2] = Math.addExact(slot[2], payable);
    slot[3] = Math.addExact(slot[3], reversed);
  }

  private static void add(long[] slot, long[] other) {
    add(slot, other[0], other[1], other[2], other[3]);
  }

  private long[] month(int key) {
    long[] last = lastMonthSlot;
    if (key == lastMonth && last != null) {
      return last;
    }
    return monthSlot(key);
  }

  private long[] monthSlot(int key) {
    for (int i = 0; i < months; i++) {
      if (monthKeys[i] == key) {
        lastMonth = key;
        lastMonthSlot = monthSlots[i];
        return monthSlots[i];
      }
    }
    if (months == monthKeys.length) {
      monthKeys = Arrays.copyOf(monthKeys, months * 2);
      monthSlots = Arrays.copyOf(monthSlots, months * 2);
    }
    long[] slot = new long[4];
    monthKeys[months] = key;
    monthSlots[months] = slot;
    months++;
    lastMonth = key;
    lastMonthSlot = slot;
    return slot;
  }

  /** Adds everything of another accumulator (or statement) into this one. */
  Accumulator merge(Accumulator other) {
    asOf(other.asOf);
    Currency theirs = other.currency;
    if (theirs != null) {
      currency(theirs, "from another statement");
    }
    orders = Math.addExact(orders, other.orders);
    add(total, other.total);
    other.products.forEach((k, v) -> add(products.computeIfAbsent(k, x -> new long[4]), v));
    other.campaigns.forEach((k, v) -> add(campaigns.computeIfAbsent(k, x -> new long[4]), v));
    if (other.openUsed) {
      add(open(), other.openSlot);
    }
    for (int i = 0; i < other.months; i++) {
      add(monthSlot(other.monthKeys[i]), other.monthSlots[i]);
    }
    return this;
  }

  /** Loads a finished statement back, to combine it. */
  static Accumulator of(CommissionStatement s) {
    Accumulator a = new Accumulator(null, s.asOfDay);
    a.currency = s.currencyOrNull;
    a.orders = s.orders();
    load(a.total, s.totalsValue);
    s.byProduct().forEach((k, v) -> load(a.products.computeIfAbsent(k, x -> new long[4]), v));
    s.byCampaign().forEach((k, v) -> load(k.equals(OPEN) ? a.open() : a.campaigns.computeIfAbsent(k, x -> new long[4]), v));
    s.byMonth().forEach((k, v) -> load(a.monthSlot(k.getYear() * 12 + k.getMonthValue() - 1), v));
    return a;
  }

  private static void load(long[] slot, CommissionTotals t) {
    add(slot, t.earned, t.pending, t.payable, t.reversed);
  }

  CommissionStatement finish() {
    Currency c = currency == null ? Currency.getInstance("XXX") : currency;
    Map<String, CommissionTotals> byProduct = new TreeMap<>();
    products.forEach((k, v) -> byProduct.put(k, new CommissionTotals(c, v)));
    Map<String, CommissionTotals> byCampaign = new TreeMap<>();
    campaigns.forEach((k, v) -> byCampaign.put(k, new CommissionTotals(c, v)));
    if (openUsed) {
      byCampaign.put(OPEN, new CommissionTotals(c, openSlot));
    }
    Map<YearMonth, CommissionTotals> byMonth = new TreeMap<>();
    for (int i = 0; i < months; i++) {
      byMonth.put(YearMonth.of(Math.floorDiv(monthKeys[i], 12), Math.floorMod(monthKeys[i], 12) + 1), new CommissionTotals(c, monthSlots[i]));
    }
    return new CommissionStatement(asOf, currency, orders, new CommissionTotals(c, total), byProduct, byMonth, byCampaign);
  }
}
