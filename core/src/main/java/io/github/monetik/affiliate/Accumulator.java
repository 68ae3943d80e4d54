package io.github.monetik.affiliate;

import io.github.monetik.money.CurrencyMismatchException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The mutable side of {@link CommissionStatement}: adds orders in minor units, then gives the
 * breakdowns once. Lines under a tiered commission are kept apart, with both of their tiers, until
 * the breakdowns are made: only then are the creator's orders of the product ranked.
 */
final class Accumulator {
  static final String OPEN = "(open)";
  static final long UNSET = Long.MIN_VALUE;

  /** One tiered line of one order: its parts at either tier, chosen when the orders are ranked. */
  record TierEntry(String product, long day, String order, long month, long firstOrders, Split first, Split then) {}

  private static final Comparator<TierEntry> PLACED = Comparator.comparing(TierEntry::product)
      .thenComparingLong(TierEntry::day).thenComparing(TierEntry::order);

  private final @Nullable Engine engine;
  long asOf;
  @Nullable Currency currency;
  /** The ids of the orders added by {@link #add(Order)}, to refuse one given twice. */
  final Set<String> ids = new HashSet<>();
  private final Tally total = new Tally();
  private final Map<String, Tally> products = new HashMap<>();
  private final Map<String, Tally> campaigns = new HashMap<>();
  private final Map<Long, Tally> months = new HashMap<>();
  private final List<TierEntry> tiered = new ArrayList<>();
  private long lastMonth = Long.MIN_VALUE;
  private @Nullable Tally lastMonthTally;

  Accumulator(@Nullable Engine engine, long asOf) {
    this.engine = engine;
    this.asOf = asOf;
  }

  static String campaignKey(AppliedRate rate) {
    return rate.kind() == AppliedRate.Kind.CAMPAIGN ? rate.detail() : OPEN;
  }

  static String day(long d) {
    return d == Engine.ALL ? "after all events" : d == UNSET ? "not set" : LocalDate.ofEpochDay(d).toString();
  }

  /** Takes the currency of the first order, and refuses any other. */
  void currency(Currency c, String where) {
    Currency mine = currency;
    if (mine == null) {
      currency = c;
    } else if (!mine.equals(c)) {
      throw new CurrencyMismatchException(where, mine, c);
    }
  }

  /**
   * Adds an order evaluated by this accumulator's engine.
   *
   * @return false if an order with its id is in already (nothing is added then)
   */
  boolean add(Order order) {
    Engine e = engine;
    if (e == null || !e.evaluate(order, asOf)) {
      return true;
    }
    if (!ids.add(order.id())) {
      return false;
    }
    currency(order.currency(), "statement (order " + io.github.monetik.internal.Checks.echo(order.id()) + ")");
    Order.Lifecycle life = order.lifecycle();
    List<OrderLine> lines = order.lines();
    for (int i = 0; i < e.n; i++) {
      String product = lines.get(i).product().id();
      Split upper = e.upper[i];
      if (upper == null) {
        line(product, campaignKey(e.rates[i]), life.month, e.earned[i], e.pending[i], e.payable[i], e.reversed[i]);
      } else {
        tiered.add(new TierEntry(product, life.placed, order.id(), life.month, tierOrders(lines.get(i)),
            new Split(e.earned[i], e.pending[i], e.payable[i], e.reversed[i]), upper));
      }
    }
    return true;
  }

  private static long tierOrders(OrderLine line) {
    return line.product().tieredCommission().map(TieredCommission::firstOrders).orElse(Long.MAX_VALUE);
  }

  /** Adds an order's commission computed elsewhere, already checked by the statement. */
  void add(OrderCommission c) {
    if (c.status() == OrderCommission.Status.NOT_YET_PLACED) {
      return;
    }
    Order order = c.order();
    Order.Lifecycle life = order.lifecycle();
    List<LineCommission> lines = c.lines();
    for (int i = 0; i < lines.size(); i++) {
      LineCommission l = lines.get(i);
      String product = l.line().product().id();
      Split s = l.split;
      Split upper = l.upper;
      if (upper == null) {
        line(product, campaignKey(l.rate()), life.month, s.earned(), s.pending(), s.payable(), s.reversed());
      } else {
        tiered.add(new TierEntry(product, life.placed, order.id(), life.month, tierOrders(l.line()), s, upper));
      }
    }
  }

  private void line(String product, String campaign, long month, long earned, long pending, long payable, long reversed) {
    total.add(earned, pending, payable, reversed);
    month(month).add(earned, pending, payable, reversed);
    products.computeIfAbsent(product, k -> new Tally()).add(earned, pending, payable, reversed);
    campaigns.computeIfAbsent(campaign, k -> new Tally()).add(earned, pending, payable, reversed);
  }

  private Tally month(long key) {
    Tally last = lastMonthTally;
    if (key == lastMonth && last != null) {
      return last;
    }
    Tally t = months.computeIfAbsent(key, k -> new Tally());
    lastMonth = key;
    lastMonthTally = t;
    return t;
  }

  /**
   * Adds everything of another accumulator into this one.
   *
   * @throws IllegalArgumentException if they hold an order id both, or are as of different days
   */
  Accumulator merge(Accumulator other) {
    if (other.asOf != asOf) {
      throw new IllegalArgumentException("asOf must be the statement's " + day(asOf) + ", was " + day(other.asOf));
    }
    Currency theirs = other.currency;
    if (theirs != null) {
      currency(theirs, "statement (merging another part)");
    }
    for (String id : other.ids) {
      if (!ids.add(id)) {
        throw new IllegalArgumentException("orders must hold each order once, was order "
            + io.github.monetik.internal.Checks.echo(id) + " twice");
      }
    }
    absorb(other);
    return this;
  }

  /** Adds the other's amounts (not its ids). */
  void absorb(Accumulator other) {
    total.add(other.total);
    other.products.forEach((k, v) -> products.computeIfAbsent(k, x -> new Tally()).add(v));
    other.campaigns.forEach((k, v) -> campaigns.computeIfAbsent(k, x -> new Tally()).add(v));
    other.months.forEach((k, v) -> months.computeIfAbsent(k, x -> new Tally()).add(v));
    tiered.addAll(other.tiered);
  }

  /** {@return a copy of the amounts (not the ids), to add to without changing this one} */
  Accumulator copy() {
    Accumulator a = new Accumulator(null, asOf);
    a.currency = currency;
    a.absorb(this);
    return a;
  }

  /** {@return the breakdowns, with every tiered order at the tier its rank among the product's orders gives} */
  CommissionStatement.Breakdown breakdown(Currency c) {
    Tally all = total.copy();
    Map<String, Tally> byProduct = copyOf(products);
    Map<String, Tally> byCampaign = copyOf(campaigns);
    Map<Long, Tally> byMonth = copyOf(months);
    List<TierEntry> entries = new ArrayList<>(tiered);
    entries.sort(PLACED);
    long rank = 0;
    TierEntry before = null;
    for (TierEntry e : entries) {
      if (before == null || !before.product().equals(e.product())) {
        rank = 0;
      }
      if (before == null || rank == 0 || before.day() != e.day() || !before.order().equals(e.order())) {
        rank++;
      }
      Split s = rank <= e.firstOrders() ? e.first() : e.then();
      all.add(s);
      byProduct.computeIfAbsent(e.product(), k -> new Tally()).add(s);
      byCampaign.computeIfAbsent(OPEN, k -> new Tally()).add(s);
      byMonth.computeIfAbsent(e.month(), k -> new Tally()).add(s);
      before = e;
    }
    Map<String, CommissionTotals> products = new TreeMap<>();
    byProduct.forEach((k, v) -> products.put(k, CommissionTotals.of(c, v.split())));
    Map<String, CommissionTotals> campaignTotals = new TreeMap<>();
    byCampaign.forEach((k, v) -> campaignTotals.put(k, CommissionTotals.of(c, v.split())));
    Map<YearMonth, CommissionTotals> monthTotals = new TreeMap<>();
    byMonth.forEach((k, v) -> monthTotals.put(YearMonth.of((int) Math.floorDiv(k, 12), (int) Math.floorMod(k, 12) + 1),
        CommissionTotals.of(c, v.split())));
    return new CommissionStatement.Breakdown(CommissionTotals.of(c, all.split()), products, monthTotals, campaignTotals);
  }

  private static <K> Map<K, Tally> copyOf(Map<K, Tally> m) {
    Map<K, Tally> out = new HashMap<>();
    m.forEach((k, v) -> out.put(k, v.copy()));
    return out;
  }
}
