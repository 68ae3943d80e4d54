package io.github.monetik.gifts;

import io.github.monetik.internal.TextTable;
import io.github.monetik.money.Coins;
import io.github.monetik.report.Provenance;
import io.github.monetik.report.Rows;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A {@link LiveTally} at one moment, consistent in itself: its settled earnings (every breakdown adds
 * up to its totals), the combos still open ("in the air"), the issues, the messages seen. Immutable
 * and safe to share between threads; made in time proportional to the aggregates (senders, gifts,
 * hosts, minutes, open combos), never to the gifts counted.
 *
 * <pre>{@code
 * LiveSnapshot now = tally.snapshot();
 * now.earnings().creatorCash();      // settled gifts only
 * now.openCoins();                   // in the air
 * now.earnings().topSenders(3);
 * }</pre>
 */
public final class LiveSnapshot {
  private final long messages;
  private final long naiveCoins;
  private final @Nullable Instant streamTime;
  private final LiveEarnings earnings;
  private final List<CountedGift> open;
  private final List<SettlementIssue> issues;

  LiveSnapshot(long messages, long naiveCoins, @Nullable Instant streamTime, LiveEarnings earnings,
      List<CountedGift> open, List<SettlementIssue> issues) {
    this.messages = messages;
    this.naiveCoins = naiveCoins;
    this.streamTime = streamTime;
    this.earnings = earnings;
    this.open = List.copyOf(open);
    this.issues = List.copyOf(issues);
  }

  /** {@return how many messages the tally was fed, duplicates and late ones included} */
  public long messages() {
    return messages;
  }

  /** {@return every message summed ({@code coinsPerGift x repeatCount}): what double-counting reports} */
  public Coins naiveCoins() {
    return Coins.of(naiveCoins);
  }

  /** {@return the stream's time: the latest message time seen, empty before the first message} */
  public Optional<Instant> streamTime() {
    return Optional.ofNullable(streamTime);
  }

  /** {@return the settled gifts' earnings: totals in units, per sender, gift, host and minute} */
  public LiveEarnings earnings() {
    return earnings;
  }

  /** {@return the open combos, each at its largest count so far, by time} */
  public List<CountedGift> open() {
    return open;
  }

  /** {@return how many gifts the open combos hold} */
  public long openGifts() {
    long n = 0;
    for (CountedGift g : open) {
      n = Math.addExact(n, g.count());
    }
    return n;
  }

  /** {@return the open combos' coins: gifts "in the air", not yet counted} */
  public Coins openCoins() {
    Coins c = Coins.ZERO;
    for (CountedGift g : open) {
      c = c.plus(g.coins());
    }
    return c;
  }

  /**
   * {@return the earnings if the open combos counted now, at their largest count: what a LIVE that
   *     ends this moment would report with {@link ComboSettlement#includeOpen()}}
   */
  public LiveEarnings earningsIncludingOpen() {
    LiveEarnings e = earnings;
    for (CountedGift g : open) {
      e = e.plus(g);
    }
    return e;
  }

  /** {@return the issues so far, by kind then gift id} */
  public List<SettlementIssue> issues() {
    return issues;
  }

  /** {@return where the tally's rules come from} */
  public Provenance provenance() {
    return earnings.provenance();
  }

  /**
   * The snapshot's totals as one export row. The columns, in this order: {@code stream_time} (text,
   * ISO-8601, empty before the first message), {@code messages}, {@code naive_coins},
   * {@code settled_gifts}, {@code settled_coins}, {@code diamonds} (counts), {@code creator_cash},
   * {@code platform_cut} (amounts, exact), {@code open_combos}, {@code open_gifts},
   * {@code open_coins} (counts), {@code issues} (count of entries) and {@code currency} (text). The
   * breakdowns are {@code earnings().rows()}, {@code senderRows()}, {@code giftRows()}.
   *
   * @return one row
   */
  public Rows rows() {
    return Rows.builder().text("stream_time").count("messages").count("naive_coins").count("settled_gifts")
        .count("settled_coins").count("diamonds").amount("creator_cash").amount("platform_cut").count("open_combos")
        .count("open_gifts").count("open_coins").count("issues").text("currency")
        .row(streamTime == null ? "" : streamTime.toString(), messages, naiveCoins, earnings.gifts(),
            earnings.coins().count(), earnings.diamonds().count(), earnings.creatorCash().amount(),
            earnings.platformCut().amount(), (long) open.size(), openGifts(), openCoins().count(), (long) issues.size(),
            earnings.diamondPolicy().coinValue().currency().getCurrencyCode())
        .build();
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof LiveSnapshot s && s.messages == messages && s.naiveCoins == naiveCoins
        && Objects.equals(s.streamTime, streamTime) && s.earnings.equals(earnings) && s.open.equals(open)
        && s.issues.equals(issues);
  }

  @Override
  public int hashCode() {
    return Objects.hash(messages, naiveCoins, streamTime, earnings, open, issues);
  }

  /** {@return the totals, the top senders and gifts, then the issues} */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder("LiveSnapshot at ").append(streamTime == null ? "the start" : streamTime)
        .append(" (").append(TextTable.grouped(messages)).append(" messages)\n");
    b.append(TextTable.of("", "gifts", "coins")
        .row("settled", earnings.gifts(), earnings.coins())
        .row("in the air (" + open.size() + " open combos)", openGifts(), openCoins())
        .row("naive (every message)", "", naiveCoins())
        .render("  "));
    b.append("\n").append(earnings.toString().replace("\n", "\n  "));
    for (SettlementIssue i : issues) {
      b.append("\n  ").append(i);
    }
    return b.toString();
  }
}
