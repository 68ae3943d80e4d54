package io.github.monetik.gifts;

import io.github.monetik.internal.Apportion;
import io.github.monetik.internal.Checks;
import io.github.monetik.internal.Fold;
import io.github.monetik.internal.TextTable;
import io.github.monetik.money.Coins;
import io.github.monetik.money.Diamonds;
import io.github.monetik.money.Money;
import io.github.monetik.report.Provenance;
import io.github.monetik.report.Rows;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.IntFunction;
import org.jspecify.annotations.Nullable;

/**
 * What counted gifts earn: coins, the viewers' spend at the coin reference value, the creator's
 * diamonds and cash, the platform's cut, in total and per gift, per sender (a top-senders
 * leaderboard, with display names when the input had them), per host and per minute. Immutable and
 * safe to share between threads.
 *
 * <p>A monoid over {@link CountedGift}: the door's {@code earnings(List.of())} is the identity,
 * {@link #plus(CountedGift)} adds one (in O(1); a fold of {@code n} gifts read at its end costs
 * {@code O(n)}), {@link #combine(LiveEarnings)} merges two (associative and commutative), and the
 * door's {@code toEarnings()} collector does the same for streams, so any split of the gifts,
 * combined in any grouping and order, gives the same earnings as one pass. Inside, counts are
 * {@code long}s in arrays; money is computed once per result, when read.
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
  private final Provenance provenance;
  private final Fold<Aggregates> fold;
  private final long gifts;
  private final long coins;

  private LiveEarnings(DiamondPolicy policy, Provenance provenance, Fold<Aggregates> fold, long gifts, long coins) {
    this.policy = policy;
    this.provenance = provenance;
    this.fold = fold;
    this.gifts = gifts;
    this.coins = coins;
  }

  static LiveEarnings of(DiamondPolicy policy, Provenance provenance, Aggregates a) {
    return new LiveEarnings(policy, provenance, Fold.of(a), a.gifts, a.coins);
  }

  static LiveEarnings of(Iterable<CountedGift> counted, DiamondPolicy policy, Provenance provenance) {
    Aggregates a = new Aggregates();
    int i = 0;
    for (CountedGift g : counted) {
      add(a, Checks.notNull(g, "gifts[" + i++ + "]"));
    }
    return of(policy, provenance, a);
  }

  static void add(Aggregates a, CountedGift g) {
    int s = a.sender(g.senderId());
    int gift = a.gift(g.giftId());
    int h = a.host(g.hostId());
    long millis = g.timestamp().toEpochMilli();
    int m = a.minute(Math.floorDiv(millis, 60_000L));
    a.add(s, gift, h, m, g.count(), g.coins().count());
    a.senderName(s, g.senderName().orElse(null), millis);
    a.giftName(gift, g.giftName().orElse(null));
  }

  private Aggregates state() {
    return fold.state(Aggregates::copy, (a, g) -> add(a, (CountedGift) g));
  }

  /**
   * {@return new earnings with one more gift, in O(1); this is unchanged}
   *
   * @param gift one more counted gift
   * @throws ArithmeticException if a total would exceed {@link Long#MAX_VALUE}
   */
  public LiveEarnings plus(CountedGift gift) {
    Checks.notNull(gift, "gift");
    long g;
    long c;
    try {
      g = Math.addExact(gifts, gift.count());
      c = Math.addExact(coins, gift.coins().count());
    } catch (ArithmeticException e) {
      throw new ArithmeticException("coins overflow in plus: " + coins + " + " + gift.coins().count()
          + " leaves the range of a long");
    }
    return new LiveEarnings(policy, provenance, fold.plus(gift), g, c);
  }

  /**
   * {@return the earnings of both; this and {@code other} are unchanged}
   *
   * @param other earnings under the same policy
   * @throws IllegalArgumentException if the policies differ
   * @throws ArithmeticException if a total would exceed {@link Long#MAX_VALUE}
   */
  public LiveEarnings combine(LiveEarnings other) {
    Checks.notNull(other, "other");
    if (!other.policy.equals(policy)) {
      throw Checks.invalid("other", "earnings under the same diamond policy (" + policy + ")", other.policy);
    }
    Aggregates merged = state().copy().merge(other.state());
    return of(policy, provenance, merged);
  }

  /** {@return the policy that turns coins into diamonds and cash} */
  public DiamondPolicy diamondPolicy() {
    return policy;
  }

  /** {@return where the rules of these earnings come from} */
  public Provenance provenance() {
    return provenance;
  }

  /** {@return how many gifts} */
  public long gifts() {
    return gifts;
  }

  /** {@return their coins} */
  public Coins coins() {
    return Coins.of(coins);
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

  /** {@return per gift id, by coins, most first (ties by id)} */
  public Map<Long, EarningsRow> byGift() {
    Aggregates a = state();
    IntFunction<String> label = i -> Long.toString(a.giftIds.get(i));
    return breakdown(a.giftIds.size(), a.giftGifts, a.giftCoins, a.giftIds::get, label, i -> a.giftNames[i],
        byCoins(a.giftCoins, label));
  }

  /** {@return per sender, by coins, most first (ties by sender id)} */
  public Map<String, EarningsRow> bySender() {
    Aggregates a = state();
    return breakdown(a.senders.size(), a.senderGifts, a.senderCoins, a.senders::get, a.senders::get,
        i -> a.senderNames[i], byCoins(a.senderCoins, a.senders::get));
  }

  /** {@return per host (recipient), by coins, most first (ties by host id)} */
  public Map<String, EarningsRow> byHost() {
    Aggregates a = state();
    return breakdown(a.hosts.size(), a.hostGifts, a.hostCoins, a.hosts::get, a.hosts::get, i -> null,
        byCoins(a.hostCoins, a.hosts::get));
  }

  /** {@return per minute (UTC, the minute a gift counted in), in time order} */
  public Map<Instant, EarningsRow> byMinute() {
    Aggregates a = state();
    IntFunction<Instant> key = i -> Instant.ofEpochSecond(a.minutes.get(i) * 60);
    return breakdown(a.minutes.size(), a.minuteGifts, a.minuteCoins, key, i -> key.apply(i).toString(), i -> null,
        Comparator.comparingLong(a.minutes::get));
  }

  /**
   * The leaderboard.
   *
   * @param n how many senders, {@code >= 0}
   * @return the {@code n} senders with the most coins (ties by sender id), most first
   * @throws IllegalArgumentException if {@code n} is negative
   */
  public List<EarningsRow> topSenders(int n) {
    Checks.nonNegative(n, "n");
    return bySender().values().stream().limit(n).collect(java.util.stream.Collectors.toUnmodifiableList());
  }

  /**
   * The per-minute breakdown as export rows (CSV, JSON, a data frame), in time order. The columns,
   * in this order: {@code minute} (text, {@code 2023-10-04T19:19:00Z}), {@code gifts}, {@code coins},
   * {@code diamonds} (counts), {@code gross}, {@code creator_cash}, {@code platform_cut} (amounts,
   * exact) and {@code currency} (text). Each column's numbers add up exactly to the total
   * ({@link #gifts()}, {@link #coins()}, {@link #diamonds()}, ...).
   *
   * @return one row per minute in which a gift counted
   */
  public Rows rows() {
    return exportRows("minute", false, byMinute());
  }

  /**
   * The per-sender breakdown (the whole leaderboard) as export rows, most coins first: the columns of
   * {@link #rows()}, with {@code sender} and {@code name} (the display name, empty when the input had
   * none) in place of {@code minute}.
   *
   * @return one row per sender
   */
  public Rows senderRows() {
    return exportRows("sender", true, bySender());
  }

  /**
   * The per-gift breakdown as export rows, most coins first: the columns of {@link #rows()}, with
   * {@code gift_id} (text) and {@code name} (the gift's name, empty when unknown) in place of
   * {@code minute}.
   *
   * @return one row per gift id
   */
  public Rows giftRows() {
    return exportRows("gift_id", true, byGift());
  }

  /**
   * The per-host breakdown as export rows, most coins first: the columns of {@link #rows()}, with
   * {@code host} in place of {@code minute}.
   *
   * @return one row per host
   */
  public Rows hostRows() {
    return exportRows("host", false, byHost());
  }

  private Rows exportRows(String keyColumn, boolean named, Map<?, EarningsRow> breakdown) {
    String currency = policy.coinValue().currency().getCurrencyCode();
    Rows.Builder b = Rows.builder().text(keyColumn);
    if (named) {
      b.text("name");
    }
    b.count("gifts").count("coins").count("diamonds").amount("gross").amount("creator_cash").amount("platform_cut")
        .text("currency");
    for (EarningsRow r : breakdown.values()) {
      List<Object> row = new ArrayList<>(10);
      row.add(r.label());
      if (named) {
        row.add(r.name().orElse(""));
      }
      row.add(r.gifts());
      row.add(r.coins().count());
      row.add(r.diamonds().count());
      row.add(r.gross().amount());
      row.add(r.creatorCash().amount());
      row.add(r.platformCut().amount());
      row.add(currency);
      b.row(row.toArray());
    }
    return b.build();
  }

  /** A breakdown's rows: the non-empty entries, ordered, with whole diamonds shared by largest remainder. */
  private <K> Map<K, EarningsRow> breakdown(int size, long[] giftsOf, long[] coinsOf, IntFunction<K> key,
      IntFunction<String> label, IntFunction<@Nullable String> name, Comparator<Integer> order) {
    List<Integer> entries = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      if (giftsOf[i] != 0 || coinsOf[i] != 0) {
        entries.add(i);
      }
    }
    entries.sort(order);
    BigDecimal perCoin = policy.diamondsPerCoin();
    BigDecimal[] exact = new BigDecimal[entries.size()];
    for (int j = 0; j < exact.length; j++) {
      exact[j] = perCoin.multiply(BigDecimal.valueOf(coinsOf[entries.get(j)]));
    }
    long[] diamonds = Apportion.largestRemainder(exact, BigDecimal.ONE, diamonds().count(),
        Comparator.comparing(j -> label.apply(entries.get(j))));
    Map<K, EarningsRow> out = new LinkedHashMap<>();
    for (int j = 0; j < exact.length; j++) {
      int i = entries.get(j);
      Coins c = Coins.of(coinsOf[i]);
      out.put(key.apply(i), new EarningsRow(label.apply(i), Optional.ofNullable(name.apply(i)), giftsOf[i], c, policy.grossValueOf(c),
          Diamonds.of(diamonds[j]), policy.creatorCashFor(c), policy.platformCutFor(c)));
    }
    return Collections.unmodifiableMap(out);
  }

  private static Comparator<Integer> byCoins(long[] coinsOf, IntFunction<String> label) {
    return Comparator.<Integer>comparingLong(i -> -coinsOf[i]).thenComparing(label::apply);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof LiveEarnings e && e.policy.equals(policy) && e.provenance.equals(provenance) && e.gifts == gifts
        && e.coins == coins && e.byGift().equals(byGift()) && e.bySender().equals(bySender())
        && e.byHost().equals(byHost()) && e.byMinute().equals(byMinute());
  }

  @Override
  public int hashCode() {
    return Objects.hash(policy, provenance, gifts, coins);
  }

  /** {@return a small table: totals, then the top five senders and the gifts} */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder();
    b.append("LiveEarnings: ").append(TextTable.grouped(gifts)).append(" gifts, ").append(coins()).append(", viewers' spend ")
        .append(grossValue()).append('\n');
    b.append("  creator: ").append(diamonds()).append(" = ").append(creatorCash()).append("; platform: ")
        .append(platformCut()).append('\n');
    TextTable senders = TextTable.of("top senders", "gifts", "coins", "creator cash");
    for (EarningsRow r : topSenders(5)) {
      senders.row(r.label() + r.name().filter(n -> !n.equals(r.label())).map(n -> " (" + n + ")").orElse(""), r.gifts(),
          r.coins(), r.creatorCash());
    }
    TextTable giftTable = TextTable.of("gifts", "gifts", "coins", "creator cash");
    for (EarningsRow r : byGift().values()) {
      giftTable.row(r.label() + r.name().map(n -> " " + n).orElse(""), r.gifts(), r.coins(), r.creatorCash());
    }
    b.append(senders.render("  ")).append('\n').append(giftTable.render("  "));
    return TextTable.withNotes(b.toString(), provenance.notes());
  }
}
