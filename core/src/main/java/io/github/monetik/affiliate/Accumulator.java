package io.github.monetik.affiliate;

import io.github.monetik.internal.Checks;
import io.github.monetik.internal.Form;
import io.github.monetik.money.CurrencyMismatchException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
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
  /** True once a total overflowed half-way through an addition: the amounts are then partly added. */
  boolean damaged;
  private long lastMonth = Long.MIN_VALUE;
  private @Nullable Tally lastMonthTally;

  Accumulator(@Nullable Engine engine, long asOf) {
    this.engine = engine;
    this.asOf = asOf;
  }

  static String campaignKey(AppliedRate rate) {
    return rate.kind() == AppliedRate.Origin.CAMPAIGN ? rate.detail() : OPEN;
  }

  static String day(long d) {
    return d == Engine.ALL ? "after all events" : d == UNSET ? "not set" : LocalDate.ofEpochDay(d).toString();
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
    Currency mine = currency;
    Currency theirs = order.currency();
    if (mine != null && !mine.equals(theirs)) {
      if (ids.contains(order.id())) {
        return false;
      }
      // before the id is taken in: a refused order leaves no trace
      throw new CurrencyMismatchException("statement (order " + Checks.echo(order.id()) + ")", mine, theirs);
    }
    if (!ids.add(order.id())) {
      return false;
    }
    currency = theirs;
    Order.Lifecycle life = order.lifecycle();
    List<OrderLine> lines = order.lines();
    try {
      addLines(e, order, life, lines);
    } catch (ArithmeticException overflow) {
      damaged = true;
      throw overflow;
    }
    return true;
  }

  private void addLines(Engine e, Order order, Order.Lifecycle life, List<OrderLine> lines) {
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
   * Adds everything of another accumulator into this one; a refusal changes nothing.
   *
   * @throws IllegalArgumentException if they hold an order id both, or are as of different days
   * @throws CurrencyMismatchException if their currencies differ
   * @throws ArithmeticException if a total overflows; this one is then {@link #damaged}
   */
  Accumulator merge(Accumulator other) {
    if (other.asOf != asOf) {
      throw new IllegalArgumentException("asOf must be the statement's " + day(asOf) + ", was " + day(other.asOf));
    }
    Currency mine = currency;
    Currency theirs = other.currency;
    if (mine != null && theirs != null && !mine.equals(theirs)) {
      throw new CurrencyMismatchException("statement (merging another part)", mine, theirs);
    }
    Set<String> small = ids.size() <= other.ids.size() ? ids : other.ids;
    Set<String> large = small == ids ? other.ids : ids;
    for (String id : small) {
      if (large.contains(id)) {
        throw new IllegalArgumentException("orders must hold each order once, was order " + Checks.echo(id) + " twice");
      }
    }
    absorb(other);
    ids.addAll(other.ids);
    if (mine == null) {
      currency = theirs;
    }
    return this;
  }

  /** Adds the other's amounts (not its ids); after an {@link ArithmeticException} this one is {@link #damaged}. */
  void absorb(Accumulator other) {
    try {
      absorbAmounts(other);
    } catch (ArithmeticException overflow) {
      damaged = true;
      throw overflow;
    }
  }

  private void absorbAmounts(Accumulator other) {
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

  /** The order of tier entries in a form: as ranked, then by every other field, so that equal entries are neighbours. */
  private static final Comparator<TierEntry> CANONICAL = PLACED.thenComparingLong(TierEntry::firstOrders)
      .thenComparing(TierEntry::first, Accumulator::compare).thenComparing(TierEntry::then, Accumulator::compare);

  private static int compare(Split a, Split b) {
    int c = Long.compare(a.pending(), b.pending());
    c = c != 0 ? c : Long.compare(a.payable(), b.payable());
    return c != 0 ? c : Long.compare(a.reversed(), b.reversed());
  }

  /**
   * Writes the state in a canonical form, the same whatever order the orders came in: the as-of day,
   * the currency, the order ids sorted, the tallies per product, campaign and month sorted by key,
   * then the tiered lines sorted. A tally or split is written as pending, payable and reversed (its
   * earned is their sum); the total is the sum of the products', a tiered line's month that of its day.
   */
  void write(Form.Writer w) {
    w.putLong(asOf);
    Currency c = currency;
    w.putString(c == null ? null : c.getCurrencyCode());
    String[] sorted = ids.toArray(new String[0]);
    Arrays.sort(sorted);
    w.putLong(sorted.length);
    for (String id : sorted) {
      w.putString(id);
    }
    writeTallies(w, new TreeMap<>(products));
    writeTallies(w, new TreeMap<>(campaigns));
    TreeMap<Long, Tally> byMonth = new TreeMap<>(months);
    w.putLong(byMonth.size());
    byMonth.forEach((month, t) -> write(w.putLong(month), t.split()));
    List<TierEntry> entries = new ArrayList<>(tiered);
    entries.sort(CANONICAL);
    w.putLong(entries.size());
    for (TierEntry e : entries) {
      w.putString(e.product()).putLong(e.day()).putString(e.order()).putLong(e.firstOrders());
      write(w, e.first());
      write(w, e.then());
    }
  }

  private static void writeTallies(Form.Writer w, SortedMap<String, Tally> tallies) {
    w.putLong(tallies.size());
    tallies.forEach((key, t) -> write(w.putString(key), t.split()));
  }

  private static void write(Form.Writer w, Split s) {
    w.putLong(s.pending()).putLong(s.payable()).putLong(s.reversed());
  }

  /**
   * Reads what {@link #write} wrote, checking what the engine's lines always keep: pending, payable
   * and earned (their sum with reversed, which must fit a {@code long}) never negative; the tallies
   * per product, per campaign and per month add up to the same total, exactly; every key non-blank
   * (a month within the calendar, not after the as-of day's), each once, in order; a tiered line
   * placed by the as-of day, of an order the form holds, with a first tier of at least one order;
   * no amounts without orders and no orders without a currency. Refuses each with the form's
   * {@link IllegalArgumentException}.
   */
  static Accumulator read(Form.Reader r, Engine engine) {
    long asOf = r.getLong("asOf", LocalDate.MIN.toEpochDay(), LocalDate.MAX.toEpochDay());
    Accumulator a = new Accumulator(engine, asOf);
    String code = r.getString("currency");
    if (code != null) {
      try {
        a.currency = Currency.getInstance(code);
      } catch (IllegalArgumentException unknown) {
        throw r.invalid("currency", "an ISO 4217 currency code", code);
      }
    }
    int count = r.getCount("orders", 2);
    String previous = null;
    for (int i = 0; i < count; i++) {
      String id = key(r, "orders[" + i + "]", previous);
      a.ids.add(id);
      previous = id;
    }
    if ((a.currency == null) != a.ids.isEmpty()) {
      throw r.invalid("currency", a.ids.isEmpty() ? "absent for a batch of no orders" : "present for a batch of orders",
          code);
    }
    Tally total = readTallies(r, "products", a.products);
    Tally campaignTotal = readTallies(r, "campaigns", a.campaigns);
    int monthCount = r.getCount("months", 4);
    long firstMonth = LocalDate.MIN.getYear() * 12L;
    LocalDate day = LocalDate.ofEpochDay(asOf);
    long lastMonth = day.getYear() * 12L + day.getMonthValue() - 1;
    long before = Long.MIN_VALUE;
    Tally monthTotal = new Tally();
    for (int i = 0; i < monthCount; i++) {
      String name = "months[" + i + "]";
      long month = r.getLong(name, firstMonth, lastMonth);
      if (month <= before) {
        throw r.invalid(name, "after month " + before + " (months sorted, each once)", month);
      }
      Split s = split(r, name);
      sum(r, name, monthTotal, s);
      a.months.put(month, tally(s));
      before = month;
    }
    agree(r, "campaigns", total, campaignTotal);
    agree(r, "months", total, monthTotal);
    if (a.products.isEmpty() != a.campaigns.isEmpty() || a.products.isEmpty() != a.months.isEmpty()) {
      throw r.invalid("months", "present exactly when products and campaigns are", a.months.size() + " months, "
          + a.products.size() + " products, " + a.campaigns.size() + " campaigns");
    }
    a.total.add(total);
    int entries = r.getCount("tiered", 9);
    TierEntry last = null;
    for (int i = 0; i < entries; i++) {
      String name = "tiered[" + i + "]";
      String product = key(r, name + ".product", null);
      long placed = r.getLong(name + ".day", LocalDate.MIN.toEpochDay(), asOf);
      String order = key(r, name + ".order", null);
      if (!a.ids.contains(order)) {
        throw r.invalid(name + ".order", "one of the batch's orders", order);
      }
      long firstOrders = r.getLong(name + ".firstOrders", 1, Long.MAX_VALUE);
      LocalDate d = LocalDate.ofEpochDay(placed);
      TierEntry e = new TierEntry(product, placed, order, d.getYear() * 12L + d.getMonthValue() - 1, firstOrders,
          split(r, name + ".first"), split(r, name + ".then"));
      if (last != null && CANONICAL.compare(last, e) > 0) {
        throw r.invalid(name, "not before the tiered line before it (sorted by product, day, order, then the rest)", product);
      }
      a.tiered.add(e);
      last = e;
    }
    if (a.ids.isEmpty() != (a.products.isEmpty() && a.tiered.isEmpty())) {
      throw r.invalid("orders", a.ids.isEmpty() ? "at least one for a batch with amounts" : "none for a batch without amounts",
          count);
    }
    return a;
  }

  private static String key(Form.Reader r, String name, @Nullable String previous) {
    String key = r.getString(name);
    if (key == null || key.isBlank()) {
      throw r.invalid(name, "a non-blank id", key);
    }
    if (previous != null && previous.compareTo(key) >= 0) {
      throw r.invalid(name, "after " + Checks.echo(previous) + " (sorted, each once)", key);
    }
    return key;
  }

  private static Tally readTallies(Form.Reader r, String field, Map<String, Tally> into) {
    int count = r.getCount(field, 5);
    Tally sum = new Tally();
    String previous = null;
    for (int i = 0; i < count; i++) {
      String name = field + "[" + i + "]";
      String key = key(r, name, previous);
      Split s = split(r, name);
      sum(r, name, sum, s);
      into.put(key, tally(s));
      previous = key;
    }
    return sum;
  }

  private static Split split(Form.Reader r, String name) {
    long pending = r.getLong(name + ".pending", 0, Long.MAX_VALUE);
    long payable = r.getLong(name + ".payable", 0, Long.MAX_VALUE);
    long reversed = r.getLong(name + ".reversed");
    long earned;
    try {
      earned = Math.addExact(Math.addExact(pending, payable), reversed);
    } catch (ArithmeticException overflow) {
      throw r.invalid(name, "pending + payable + reversed within a long", pending + " + " + payable + " + " + reversed);
    }
    if (earned < 0) {
      throw r.invalid(name, "pending + payable + reversed (earned) >= 0", earned);
    }
    return new Split(earned, pending, payable, reversed);
  }

  private static void sum(Form.Reader r, String name, Tally sum, Split s) {
    try {
      sum.add(s);
    } catch (ArithmeticException overflow) {
      throw r.invalid(name, "an amount whose sum with the others fits a long", s);
    }
  }

  private static Tally tally(Split s) {
    Tally t = new Tally();
    t.add(s);
    return t;
  }

  private static void agree(Form.Reader r, String field, Tally total, Tally other) {
    if (!total.split().equals(other.split())) {
      throw r.invalid(field, "tallies adding up to the products' total " + total.split(), other.split());
    }
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
