package io.github.monetik.gifts;

import io.github.monetik.money.Coins;
import io.github.monetik.money.Diamonds;
import io.github.monetik.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collector;
import org.jspecify.annotations.Nullable;

/**
 * What counted gifts earn: coins, the viewers' spend at the coin reference value, the creator's
 * diamonds and cash, the platform's cut, in total and per gift, per sender (a top-senders
 * leaderboard), per host and per minute.
 *
 * <p>A monoid over {@link CountedGift}: {@link #empty(DiamondPolicy)} is the identity,
 * {@link #plus(CountedGift)} adds one, {@link #combine(LiveEarnings)} merges two (associative), and
 * {@link #collector(DiamondPolicy)} does the same for streams, so any split of the gifts, combined in
 * any grouping, gives the same earnings as one pass. Inside, counts are {@code long}s; money is
 * computed once per result, when read.
 *
 * <p>Parts add up exactly: in every breakdown the rows' gifts, coins, gross, creator cash and
 * platform cut sum to the totals, and gross = creator cash + platform cut. Diamonds are whole: the
 * total is the creator's exact diamonds rounded down, and when a policy gives fractional diamonds per
 * coin the rows share that total by the largest-remainder method (each row gets its own rounded-down
 * diamonds, and the leftover whole diamonds go one each to the rows with the largest fractions, ties
 * by label), so rows still add up to the total.
 *
 * <pre>{@code
 * LiveEarnings e = tiktok.gifts().earnings(settlement);
 * e.coins(); e.diamonds(); e.creatorCash(); e.platformCut();
 * e.topSenders(10); e.byGift(); e.byMinute();
 * LiveEarnings all = chunks.stream().map(tiktok.gifts()::earnings).reduce(LiveEarnings::combine).orElseThrow();
 * }</pre>
 */
public final class LiveEarnings {
  private final DiamondPolicy policy;
  private final Tally tally;

  private LiveEarnings(DiamondPolicy policy, Tally tally) {
    this.policy = policy;
    this.tally = tally;
  }

  /**
   * {@return earnings of nothing}
   *
   * @param policy how coins become diamonds and cash
   */
  public static LiveEarnings empty(DiamondPolicy policy) {
    return new LiveEarnings(Objects.requireNonNull(policy, "policy"), new Tally());
  }

  /**
   * {@return their earnings}
   *
   * @param gifts counted gifts (for example {@link ComboSettlement#settled()})
   * @param policy how coins become diamonds and cash
   * @throws ArithmeticException if a total exceeds {@link Long#MAX_VALUE}
   */
  public static LiveEarnings of(Iterable<CountedGift> gifts, DiamondPolicy policy) {
    Objects.requireNonNull(gifts, "gifts");
    Objects.requireNonNull(policy, "policy");
    Tally t = new Tally();
    for (CountedGift g : gifts) {
      t.add(Objects.requireNonNull(g, "gifts element"));
    }
    return new LiveEarnings(policy, t);
  }

  /**
   * A collector: {@code gifts.stream().collect(LiveEarnings.collector(policy))}; parallel streams
   * give the same result.
   *
   * @param policy how coins become diamonds and cash
   * @return a collector of counted gifts into earnings
   */
  public static Collector<CountedGift, ?, LiveEarnings> collector(DiamondPolicy policy) {
    Objects.requireNonNull(policy, "policy");
    return Collector.of(Tally::new, (t, g) -> t.add(Objects.requireNonNull(g, "gift")), Tally::merge,
        t -> new LiveEarnings(policy, t), Collector.Characteristics.UNORDERED);
  }

  /**
   * {@return new earnings with it; this is unchanged}
   *
   * @param gift one more counted gift
   * @throws ArithmeticException if a total exceeds {@link Long#MAX_VALUE}
   */
  public LiveEarnings plus(CountedGift gift) {
    Objects.requireNonNull(gift, "gift");
    Tally t = tally.copy();
    t.add(gift);
    return new LiveEarnings(policy, t);
  }

  /**
   * {@return the earnings of both; this and {@code other} are unchanged}
   *
   * @param other earnings under the same policy
   * @throws IllegalArgumentException if the policies differ
   * @throws ArithmeticException if a total exceeds {@link Long#MAX_VALUE}
   */
  public LiveEarnings combine(LiveEarnings other) {
    Objects.requireNonNull(other, "other");
    if (!other.policy.equals(policy)) {
      throw new IllegalArgumentException("other must use the same diamond policy " + describe(policy) + ", was "
          + describe(other.policy));
    }
    return new LiveEarnings(policy, tally.copy().merge(other.tally));
  }

  private static String describe(DiamondPolicy p) {
    return "(coin " + p.coinValue() + ", share " + p.creatorShare() + ", diamond " + p.diamondValue() + ")";
  }

  /** {@return the policy that turns coins into diamonds and cash} */
  public DiamondPolicy policy() {
    return policy;
  }

  /** {@return how many gifts} */
  public long gifts() {
    return tally.gifts;
  }

  /** {@return their coins} */
  public Coins coins() {
    return Coins.of(tally.coins);
  }

  /** {@return the viewers' spend: coins at the policy's coin reference value, exact} */
  public Money grossValue() {
    return policy.grossValueOf(coins());
  }

  /** {@return the creator's diamonds, the exact value rounded down to whole diamonds} */
  public Diamonds diamonds() {
    return policy.diamondsFor(coins());
  }

  /** {@return the creator's part of the gross, exact and unrounded (round it when you pay)} */
  public Money creatorCash() {
    return policy.creatorCashFor(coins());
  }

  /** {@return the platform's part: gross minus creator cash, so the two add up exactly} */
  public Money platformCut() {
    return policy.platformCutFor(coins());
  }

  /** {@return per gift id (as text), by coins, most first} */
  public Map<Long, EarningsRow> byGift() {
    return rows(tally.byGift, id -> Long.toString(id), true);
  }

  /** {@return per sender, by coins, most first} */
  public Map<String, EarningsRow> bySender() {
    return rows(tally.bySender, Function.identity(), true);
  }

  /** {@return per host (recipient), by coins, most first} */
  public Map<String, EarningsRow> byHost() {
    return rows(tally.byHost, Function.identity(), true);
  }

  /** {@return per minute (UTC, the minute a gift counted in), in time order} */
  public Map<Instant, EarningsRow> byMinute() {
    Map<Long, EarningsRow> byEpochMinute = rows(tally.byMinute, m -> Instant.ofEpochSecond(m * 60).toString(), false);
    Map<Instant, EarningsRow> out = new LinkedHashMap<>();
    byEpochMinute.forEach((m, row) -> out.put(Instant.ofEpochSecond(m * 60), row));
    return java.util.Collections.unmodifiableMap(out);
  }

  /**
   * The leaderboard.
   *
   * @param n how many senders, {@code >= 0}
   * @return the {@code n} senders with the most coins (ties by sender id), most first
   * @throws IllegalArgumentException if {@code n} is negative
   */
  public List<EarningsRow> topSenders(int n) {
    if (n < 0) {
      throw new IllegalArgumentException("n must be >= 0, was " + n);
    }
    return bySender().values().stream().limit(n).collect(java.util.stream.Collectors.toUnmodifiableList());
  }

  /**
   * The per-minute breakdown as export rows (CSV, JSON, a data frame), in time order. The columns,
   * in this order: {@code minute} (text, {@code 2023-10-04T19:19:00Z}), {@code gifts}, {@code coins},
   * {@code diamonds} ({@code Long}s), {@code gross}, {@code creator_cash}, {@code platform_cut}
   * ({@code BigDecimal}s, exact) and {@code currency} (text). Each column's numbers add up exactly to
   * the total ({@link #gifts()}, {@link #coins()}, {@link #diamonds()}, ...).
   *
   * @return one row per minute in which a gift counted
   */
  public List<Map<String, Object>> rows() {
    return exportRows("minute", byMinute());
  }

  /**
   * The per-sender breakdown (the whole leaderboard) as export rows, most coins first: the columns of
   * {@link #rows()}, with {@code sender} in place of {@code minute}.
   *
   * @return one row per sender
   */
  public List<Map<String, Object>> senderRows() {
    return exportRows("sender", bySender());
  }

  /**
   * The per-gift breakdown as export rows, most coins first: the columns of {@link #rows()}, with
   * {@code gift_id} (text) in place of {@code minute}.
   *
   * @return one row per gift id
   */
  public List<Map<String, Object>> giftRows() {
    return exportRows("gift_id", byGift());
  }

  /**
   * The per-host breakdown as export rows, most coins first: the columns of {@link #rows()}, with
   * {@code host} in place of {@code minute}.
   *
   * @return one row per host
   */
  public List<Map<String, Object>> hostRows() {
    return exportRows("host", byHost());
  }

  private List<Map<String, Object>> exportRows(String keyColumn, Map<?, EarningsRow> breakdown) {
    String currency = policy.coinValue().currency().getCurrencyCode();
    List<Map<String, Object>> out = new ArrayList<>(breakdown.size());
    for (EarningsRow r : breakdown.values()) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put(keyColumn, r.label());
      row.put("gifts", r.gifts());
      row.put("coins", r.coins().count());
      row.put("diamonds", r.diamonds().count());
      row.put("gross", r.gross().amount());
      row.put("creator_cash", r.creatorCash().amount());
      row.put("platform_cut", r.platformCut().amount());
      row.put("currency", currency);
      out.add(java.util.Collections.unmodifiableMap(row));
    }
    return java.util.Collections.unmodifiableList(out);
  }

  private <K extends Comparable<K>> Map<K, EarningsRow> rows(Map<K, long[]> parts, Function<K, String> label,
      boolean byCoins) {
    List<Map.Entry<K, long[]>> entries = new ArrayList<>(parts.entrySet());
    Comparator<Map.Entry<K, long[]>> byKey = Map.Entry.comparingByKey();
    entries.sort(byCoins ? Comparator.<Map.Entry<K, long[]>>comparingLong(e -> -e.getValue()[1]).thenComparing(byKey) : byKey);
    // Whole diamonds per row: rounded down, then the leftover of the total shared by largest remainder.
    BigDecimal perCoin = policy.diamondsPerCoin();
    int n = entries.size();
    long[] diamonds = new long[n];
    BigDecimal[] fraction = new BigDecimal[n];
    long floors = 0;
    for (int i = 0; i < n; i++) {
      BigDecimal exact = perCoin.multiply(BigDecimal.valueOf(entries.get(i).getValue()[1]));
      BigDecimal floor = exact.setScale(0, RoundingMode.DOWN);
      diamonds[i] = floor.longValueExact();
      fraction[i] = exact.subtract(floor);
      floors = Math.addExact(floors, diamonds[i]);
    }
    long leftover = diamonds().count() - floors;
    if (leftover > 0) {
      List<Integer> order = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        order.add(i);
      }
      order.sort(Comparator.<Integer, BigDecimal>comparing(i -> fraction[i]).reversed()
          .thenComparing(i -> label.apply(entries.get(i).getKey())));
      for (int j = 0; j < leftover; j++) {
        diamonds[order.get(j)]++;
      }
    }
    Map<K, EarningsRow> out = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      Map.Entry<K, long[]> e = entries.get(i);
      Coins coins = Coins.of(e.getValue()[1]);
      out.put(e.getKey(), new EarningsRow(label.apply(e.getKey()), e.getValue()[0], coins, policy.grossValueOf(coins),
          Diamonds.of(diamonds[i]), policy.creatorCashFor(coins), policy.platformCutFor(coins)));
    }
    return java.util.Collections.unmodifiableMap(out);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof LiveEarnings e && e.policy.equals(policy) && e.tally.equals(tally);
  }

  @Override
  public int hashCode() {
    return Objects.hash(policy, tally);
  }

  /** {@return a small table: totals, then the top five senders and the gifts} */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder();
    b.append(String.format("LiveEarnings: %,d gifts, %s, viewers' spend %s%n", gifts(), coins(), grossValue()));
    b.append(String.format("  creator: %s = %s; platform: %s%n", diamonds(), creatorCash(), platformCut()));
    b.append(String.format("  %-24s %8s %16s %16s%n", "top senders", "gifts", "coins", "creator cash"));
    for (EarningsRow r : topSenders(5)) {
      b.append(String.format("  %-24s %,8d %16s %16s%n", r.label(), r.gifts(), r.coins(), r.creatorCash()));
    }
    b.append(String.format("  %-24s %8s %16s %16s%n", "gifts", "gifts", "coins", "creator cash"));
    for (EarningsRow r : byGift().values()) {
      b.append(String.format("  %-24s %,8d %16s %16s%n", r.label(), r.gifts(), r.coins(), r.creatorCash()));
    }
    return b.toString().stripTrailing();
  }

  /** The mutable accumulator behind the monoid: long counts per key. */
  private static final class Tally {
    long gifts;
    long coins;
    final Map<Long, long[]> byGift = new HashMap<>();
    final Map<String, long[]> bySender = new HashMap<>();
    final Map<String, long[]> byHost = new HashMap<>();
    final Map<Long, long[]> byMinute = new HashMap<>();

    void add(CountedGift g) {
      long c = g.coins().count();
      gifts = Math.addExact(gifts, g.count());
      coins = Math.addExact(coins, c);
      bump(byGift, g.giftId(), g.count(), c);
      bump(bySender, g.senderId(), g.count(), c);
      bump(byHost, g.hostId(), g.count(), c);
      bump(byMinute, Math.floorDiv(g.timestamp().getEpochSecond(), 60), g.count(), c);
    }

    private static <K> void bump(Map<K, long[]> map, K key, long gifts, long coins) {
      long[] v = map.computeIfAbsent(key, k -> new long[2]);
      v[0] = Math.addExact(v[0], gifts);
      v[1] = Math.addExact(v[1], coins);
    }

    Tally merge(Tally other) {
      gifts = Math.addExact(gifts, other.gifts);
      coins = Math.addExact(coins, other.coins);
      other.byGift.forEach((k, v) -> bump(byGift, k, v[0], v[1]));
      other.bySender.forEach((k, v) -> bump(bySender, k, v[0], v[1]));
      other.byHost.forEach((k, v) -> bump(byHost, k, v[0], v[1]));
      other.byMinute.forEach((k, v) -> bump(byMinute, k, v[0], v[1]));
      return this;
    }

    Tally copy() {
      return new Tally().merge(this);
    }

    @Override
    public boolean equals(@Nullable Object o) {
      return o instanceof Tally t && t.gifts == gifts && t.coins == coins && same(t.byGift, byGift)
          && same(t.bySender, bySender) && same(t.byHost, byHost) && same(t.byMinute, byMinute);
    }

    private static <K> boolean same(Map<K, long[]> a, Map<K, long[]> b) {
      if (a.size() != b.size()) {
        return false;
      }
      for (Map.Entry<K, long[]> e : a.entrySet()) {
        long[] other = b.get(e.getKey());
        if (other == null || other[0] != e.getValue()[0] || other[1] != e.getValue()[1]) {
          return false;
        }
      }
      return true;
    }

    @Override
    public int hashCode() {
      return Objects.hash(gifts, coins, byGift.keySet(), bySender.keySet(), byHost.keySet(), byMinute.keySet());
    }
  }
}
