package io.github.monetik.gifts;

import io.github.monetik.internal.TextTable;
import io.github.monetik.money.Coins;
import io.github.monetik.report.Provenance;
import io.github.monetik.report.Rows;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Gift messages settled: every combo counted once, at its largest repeat count; combos that never
 * ended listed apart as {@link #open()}; report entries in {@link #issues()}. Immutable and safe to
 * share between threads.
 *
 * <p>Made by {@code Monetik.gifts().settle(events)}, by the door's {@code toSettlement()} collector
 * (parallel streams included), or by a {@link LiveTally} without retention. The result does not
 * depend on the order of the messages, on how senders interleave, or on duplicate messages, except
 * for combo messages without group ids, which only their order can place (see
 * {@link SettlementIssue.Kind#MISSING_GROUP_ID}).
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
  /** By time, then every field that tells two counted gifts apart, so a list's order never depends on a table's. */
  static final Comparator<CountedGift> ORDER = Comparator.comparing(CountedGift::timestamp)
      .thenComparing(CountedGift::hostId).thenComparing(CountedGift::senderId)
      .thenComparingLong(CountedGift::giftId).thenComparingLong(CountedGift::groupId)
      .thenComparingLong(CountedGift::messageId).thenComparing(CountedGift::isOpen)
      .thenComparingLong(CountedGift::count).thenComparingLong(CountedGift::coinsPerGift)
      .thenComparing(CountedGift::isExpired);

  private final List<CountedGift> settled;
  private final List<CountedGift> open;
  private final List<SettlementIssue> issues;
  private final long messages;
  private final long naiveCoins;
  private final boolean openIncluded;
  private final Provenance provenance;

  ComboSettlement(List<CountedGift> settled, List<CountedGift> open, List<SettlementIssue> issues, long messages,
      long naiveCoins, boolean openIncluded, Provenance provenance) {
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
    this.provenance = provenance;
  }

  /**
   * {@return settled gifts: ended combos and non-repeatable gifts (and open combos after
   *     {@link #includeOpen()}), by time}
   */
  public List<CountedGift> settled() {
    return settled;
  }

  /** {@return combos that never ended, each at its largest repeat count, by time; empty after {@link #includeOpen()}} */
  public List<CountedGift> open() {
    return open;
  }

  /** {@return report entries, by kind then gift id: unknown gift ids, combos that ended without their start, ...} */
  public List<SettlementIssue> issues() {
    return issues;
  }

  /** {@return true if open combos were moved into {@link #settled()}} */
  public boolean isOpenIncluded() {
    return openIncluded;
  }

  /** {@return where the rules of this settlement (its catalog) come from} */
  public Provenance provenance() {
    return provenance;
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
    return new ComboSettlement(all, List.of(), issues, messages, naiveCoins, true, provenance);
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
   * Every counted gift as export rows (CSV, JSON, a data frame): the settled gifts, then the open
   * combos, each list by time. The columns, in this order: {@code timestamp} (text, ISO-8601 UTC),
   * {@code host}, {@code sender}, {@code sender_name} (text, empty when the input had none),
   * {@code gift_id} (count), {@code gift_name} (text, empty when unknown), {@code group_id},
   * {@code message_id} (counts), {@code kind} ({@code combo} or {@code single}), {@code count},
   * {@code coins_per_gift}, {@code coins} (counts) and {@code status}: {@code settled} (an ended combo
   * or a single gift), {@code expired} (a combo a live tally settled after its idle time),
   * {@code open} (a combo that never ended, in {@link #open()}) or {@code open-counted} (an open
   * combo moved into {@link #settled()} by {@link #includeOpen()}). The coins and counts of every row
   * but the {@code open} ones add up to {@link #settledCoins()} and {@link #settledGifts()}, those of
   * the {@code open} rows to {@link #openCoins()} and {@link #openGifts()}.
   *
   * @return one row per counted gift
   */
  public Rows rows() {
    Rows.Builder b = Rows.builder().text("timestamp").text("host").text("sender").text("sender_name").count("gift_id")
        .text("gift_name").count("group_id").count("message_id").text("kind").count("count").count("coins_per_gift")
        .count("coins").text("status");
    for (CountedGift g : settled) {
      row(b, g, g.isOpen() ? "open-counted" : g.isExpired() ? "expired" : "settled");
    }
    for (CountedGift g : open) {
      row(b, g, "open");
    }
    return b.build();
  }

  private static void row(Rows.Builder b, CountedGift g, String status) {
    b.row(g.timestamp().toString(), g.hostId(), g.senderId(), g.senderName().orElse(""), g.giftId(),
        g.giftName().orElse(""), g.groupId(), g.messageId(), g.combo() ? "combo" : "single", g.count(),
        g.coinsPerGift(), g.coins().count(), status);
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
        && s.openIncluded == openIncluded && s.provenance.equals(provenance);
  }

  @Override
  public int hashCode() {
    return Objects.hash(settled, open, issues, messages, naiveCoins, openIncluded, provenance);
  }

  /** {@return a small table: settled, open and naive totals, then the report entries and the provenance's notes} */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder("ComboSettlement (").append(TextTable.grouped(messages)).append(" messages)\n");
    b.append(TextTable.of("", "gifts", "coins")
        .row(openIncluded ? "settled (open incl.)" : "settled", settledGifts(), settledCoins())
        .row("open combos (" + open.size() + ")", openGifts(), openCoins())
        .row("naive (every message)", "", naiveCoins())
        .render("  "));
    for (SettlementIssue i : issues) {
      b.append("\n  ").append(i);
    }
    return TextTable.withNotes(b.toString(), provenance.notes());
  }
}
