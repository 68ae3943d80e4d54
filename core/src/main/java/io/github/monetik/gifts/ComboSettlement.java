package io.github.monetik.gifts;

import io.github.monetik.money.Coins;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.stream.Collector;
import org.jspecify.annotations.Nullable;

/**
 * Gift messages settled: every combo counted once, at its largest repeat count; combos that never
 * ended listed apart as {@link #open()}; report entries in {@link #issues()}. Immutable.
 *
 * <p>Made by {@code Monetik.gifts().settle(events)}, {@link #of(Iterable, GiftCatalog)}, a
 * {@link #collector()} (parallel streams included) or, message by message, by a {@link ComboSettler}.
 * The result does not depend on the order of the messages, on how senders interleave, or on duplicate
 * messages (see {@link ComboSettler} for the rules).
 *
 * <p>Open combos are not lost and not counted: when a LIVE ends, the caller decides. Keep them apart
 * (a combo cut off by a recording window may have gone on), or count them at their largest count
 * with {@link #includeOpen()}.
 *
 * <pre>{@code
 * ComboSettlement s = tiktok.gifts().settle(events);
 * s.settledCoins();        // each combo once
 * s.naiveCoins();          // every message summed: what double-counting would report
 * s.open();                // combos that never ended, at their largest count
 * s.includeOpen().settledCoins();   // settled + open
 * }</pre>
 */
public final class ComboSettlement {
  private static final Comparator<CountedGift> ORDER = Comparator.comparing(CountedGift::timestamp)
      .thenComparing(CountedGift::hostId).thenComparing(CountedGift::senderId)
      .thenComparingLong(CountedGift::giftId).thenComparingLong(CountedGift::groupId)
      .thenComparing(CountedGift::isOpen);

  private final List<CountedGift> settled;
  private final List<CountedGift> open;
  private final List<SettlementIssue> issues;
  private final long messages;
  private final long naiveCoins;
  private final boolean openIncluded;

  ComboSettlement(List<CountedGift> settled, List<CountedGift> open, List<SettlementIssue> issues, long messages,
      long naiveCoins, boolean openIncluded) {
    List<CountedGift> s = new ArrayList<>(settled);
    s.sort(ORDER);
    List<CountedGift> o = new ArrayList<>(open);
    o.sort(ORDER);
    this.settled = List.copyOf(s);
    this.open = List.copyOf(o);
    this.issues = List.copyOf(issues);
    this.messages = messages;
    this.naiveCoins = naiveCoins;
    this.openIncluded = openIncluded;
  }

  /**
   * Settles messages in one go, without checking gift ids.
   *
   * @param events the messages, in any order
   * @return the settlement
   * @throws ArithmeticException if a coin total exceeds {@link Long#MAX_VALUE}
   */
  public static ComboSettlement of(Iterable<GiftEvent> events) {
    return feed(ComboSettler.create(), events);
  }

  /**
   * Settles messages in one go, reporting gift ids the catalog does not know.
   *
   * @param events the messages, in any order
   * @param catalog the gifts to check ids against
   * @return the settlement
   * @throws ArithmeticException if a coin total exceeds {@link Long#MAX_VALUE}
   */
  public static ComboSettlement of(Iterable<GiftEvent> events, GiftCatalog catalog) {
    return feed(ComboSettler.create(catalog), events);
  }

  /**
   * A collector that settles messages without checking gift ids:
   * {@code events.parallelStream().collect(ComboSettlement.collector())}. Each container is a
   * {@link ComboSettler}; containers are combined in stream order with
   * {@link ComboSettler#combine(ComboSettler)}, so a split may fall inside a combo and a parallel stream
   * gives exactly what {@link #of(Iterable)} gives. Memory is the settler's: per combo, not per message.
   *
   * @return a collector of gift messages into their settlement
   * @throws NullPointerException (when collecting) on a null message
   * @throws ArithmeticException (when collecting) if a coin total exceeds {@link Long#MAX_VALUE}
   */
  public static Collector<GiftEvent, ?, ComboSettlement> collector() {
    return collect(ComboSettler::create);
  }

  /**
   * A collector that settles messages and reports gift ids the catalog does not know; see
   * {@link #collector()}.
   *
   * @param catalog the gifts to check ids against
   * @return a collector of gift messages into their settlement
   */
  public static Collector<GiftEvent, ?, ComboSettlement> collector(GiftCatalog catalog) {
    Objects.requireNonNull(catalog, "catalog");
    return collect(() -> ComboSettler.create(catalog));
  }

  private static Collector<GiftEvent, ComboSettler, ComboSettlement> collect(Supplier<ComboSettler> settler) {
    return Collector.of(settler, (s, e) -> s.accept(Objects.requireNonNull(e, "events element")), ComboSettler::combine,
        ComboSettler::settlement);
  }

  private static ComboSettlement feed(ComboSettler settler, Iterable<GiftEvent> events) {
    Objects.requireNonNull(events, "events");
    for (GiftEvent e : events) {
      settler.accept(Objects.requireNonNull(e, "events element"));
    }
    return settler.settlement();
  }

  /** {@return settled gifts: ended combos and non-repeatable gifts (and open combos after {@link #includeOpen()}), by time} */
  public List<CountedGift> settled() {
    return settled;
  }

  /** {@return combos that never ended, each at its largest repeat count, by time; empty after {@link #includeOpen()}} */
  public List<CountedGift> open() {
    return open;
  }

  /** {@return report entries: unknown gift ids, combos that ended without their start} */
  public List<SettlementIssue> issues() {
    return issues;
  }

  /** {@return true if open combos were moved into {@link #settled()}} */
  public boolean isOpenIncluded() {
    return openIncluded;
  }

  /**
   * The caller's choice when a LIVE ends: count the open combos at their largest repeat count. They
   * keep {@link CountedGift#isOpen()} so a report can still tell them apart.
   *
   * @return a settlement whose settled gifts include the open combos, and with no open combos
   */
  public ComboSettlement includeOpen() {
    if (open.isEmpty() && openIncluded) {
      return this;
    }
    List<CountedGift> all = new ArrayList<>(settled);
    all.addAll(open);
    return new ComboSettlement(all, List.of(), issues, messages, naiveCoins, true);
  }

  /** {@return how many messages were fed, duplicates included} */
  public long messages() {
    return messages;
  }

  /** {@return every message summed, {@code coinsPerGift x repeatCount}: what double-counting reports} */
  public Coins naiveCoins() {
    return Coins.of(naiveCoins);
  }

  /** {@return coins of the settled gifts, each combo once} */
  public Coins settledCoins() {
    return sumCoins(settled);
  }

  /** {@return number of settled gifts} */
  public long settledGifts() {
    return sumGifts(settled);
  }

  /** {@return coins of the open combos, each at its largest repeat count} */
  public Coins openCoins() {
    return sumCoins(open);
  }

  /** {@return number of gifts in open combos} */
  public long openGifts() {
    return sumGifts(open);
  }

  /**
   * Every counted gift as an export row (CSV, JSON, a data frame): the settled gifts, then the open
   * combos, each list by time. The columns, in this order: {@code timestamp} (text, ISO-8601 UTC),
   * {@code host}, {@code sender} (text), {@code gift_id}, {@code group_id} ({@code Long}s),
   * {@code kind} ({@code combo} or {@code single}), {@code count}, {@code coins_per_gift},
   * {@code coins} ({@code Long}s) and {@code status}: {@code settled} (an ended combo or a single
   * gift), {@code open} (a combo that never ended, in {@link #open()}) or {@code open-counted} (an
   * open combo moved into {@link #settled()} by {@link #includeOpen()}). The coins and counts of the
   * {@code settled} and {@code open-counted} rows add up to {@link #settledCoins()} and
   * {@link #settledGifts()}, those of the {@code open} rows to {@link #openCoins()} and
   * {@link #openGifts()}.
   *
   * @return one row per counted gift
   */
  public List<Map<String, Object>> rows() {
    List<Map<String, Object>> out = new ArrayList<>(settled.size() + open.size());
    for (CountedGift g : settled) {
      out.add(row(g, g.isOpen() ? "open-counted" : "settled"));
    }
    for (CountedGift g : open) {
      out.add(row(g, "open"));
    }
    return Collections.unmodifiableList(out);
  }

  private static Map<String, Object> row(CountedGift g, String status) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("timestamp", g.timestamp().toString());
    row.put("host", g.hostId());
    row.put("sender", g.senderId());
    row.put("gift_id", g.giftId());
    row.put("group_id", g.groupId());
    row.put("kind", g.combo() ? "combo" : "single");
    row.put("count", g.count());
    row.put("coins_per_gift", g.coinsPerGift());
    row.put("coins", g.coins().count());
    row.put("status", status);
    return Collections.unmodifiableMap(row);
  }

  private static Coins sumCoins(List<CountedGift> gifts) {
    Coins total = Coins.ZERO;
    for (CountedGift g : gifts) {
      total = total.plus(g.coins());
    }
    return total;
  }

  private static long sumGifts(List<CountedGift> gifts) {
    long total = 0;
    for (CountedGift g : gifts) {
      total = Math.addExact(total, g.count());
    }
    return total;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ComboSettlement s && s.settled.equals(settled) && s.open.equals(open)
        && s.issues.equals(issues) && s.messages == messages && s.naiveCoins == naiveCoins
        && s.openIncluded == openIncluded;
  }

  @Override
  public int hashCode() {
    return Objects.hash(settled, open, issues, messages, naiveCoins, openIncluded);
  }

  /** {@return a small table: settled, open and naive totals, then the report entries} */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder();
    b.append(String.format("ComboSettlement (%,d messages)%n", messages));
    b.append(String.format("  %-22s %10s %18s%n", "", "gifts", "coins"));
    b.append(String.format("  %-22s %,10d %18s%n", openIncluded ? "settled (open incl.)" : "settled", settledGifts(), settledCoins()));
    b.append(String.format("  %-22s %,10d %18s%n", "open combos (" + open.size() + ")", openGifts(), openCoins()));
    b.append(String.format("  %-22s %10s %18s%n", "naive (every message)", "", naiveCoins()));
    for (SettlementIssue i : issues) {
      b.append("  ").append(i).append(System.lineSeparator());
    }
    return b.toString().stripTrailing();
  }
}
