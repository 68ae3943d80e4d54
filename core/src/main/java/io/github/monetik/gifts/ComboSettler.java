package io.github.monetik.gifts;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The incremental side of {@link ComboSettlement}: feed gift messages one by one with
 * {@link #accept(GiftEvent)}, read running totals at any time, and take an immutable
 * {@link #settlement()} snapshot whenever needed (for example when a LIVE ends).
 *
 * <p>Each message is one transition of a pure state machine keyed by (sender, gift id, group id):
 * a repeatable gift's combo keeps its largest and smallest repeat count and whether it ended; it
 * settles once, at its largest count, whatever the order of its repeats, the interleaving of senders
 * or the number of duplicate messages. A non-repeatable gift counts on arrival ({@code repeatCount}
 * gifts); a second message with the same message id is a duplicate and changes nothing. A message
 * for a combo that already settled (a late repeat, a duplicate end) updates that combo in place: a
 * higher count raises it, anything else changes nothing.
 *
 * <p>Timestamps never decide a count: messages may arrive in any order and timestamps may go
 * backwards (recorded LIVE traffic does both). A timestamp only places a gift in time (a combo at its
 * end message).
 *
 * <p>Hot path: the state lives in primitive arrays (no object per message or per combo, no
 * {@code BigDecimal}); memory grows with distinct senders and hosts, open combos, and one compact
 * slot (64 bytes) per settled combo or non-repeatable message kept to recognize late and
 * duplicate messages exactly. An endless stream bounds it with {@link #forgetSettledBefore(Instant)}.
 *
 * <p>Not thread-safe: one settler per stream, or one per chunk of the stream, cut anywhere, then
 * {@link #combine(ComboSettler)} them in stream order ({@link ComboSettlement#collector()} does that
 * for a parallel stream).
 *
 * <pre>{@code
 * ComboSettler settler = ComboSettler.create(catalog);
 * for (GiftEvent e : client.events()) settler.accept(e);
 * settler.settledCoins();                    // running total, settled combos only
 * ComboSettlement s = settler.settlement();  // immutable snapshot: settled, open, issues
 * }</pre>
 */
public final class ComboSettler {
  private static final int COMBO = 0;
  private static final int SINGLE = 1;

  private final long[] knownGiftIds;
  private final boolean checkGifts;
  private final ComboTable open = new ComboTable();
  private final ComboTable done = new ComboTable();
  private final Names senders = new Names("senderId");
  private final Names hosts = new Names("hostId");
  private final Map<Long, long[]> unknownGifts = new HashMap<>();
  /** Per sender index: the largest group id among its settled combos (a filter, never forgotten). */
  private long[] maxSettledGroup = new long[0];
  private long messages;
  private long naiveCoins;
  private long settledGifts;
  private long settledCoins;

  private ComboSettler(GiftCatalog catalog, boolean checkGifts) {
    long[] ids = catalog.ids();
    Arrays.sort(ids);
    this.knownGiftIds = ids;
    this.checkGifts = checkGifts;
  }

  /** {@return a settler that does not check gift ids against a catalog} */
  public static ComboSettler create() {
    return new ComboSettler(GiftCatalog.empty(), false);
  }

  /**
   * {@return a settler that reports unknown gift ids}
   *
   * @param catalog the gifts to check ids against: unknown ids are reported
   *     ({@link SettlementIssue.Kind#UNKNOWN_GIFT}), never guessed
   */
  public static ComboSettler create(GiftCatalog catalog) {
    return new ComboSettler(Objects.requireNonNull(catalog, "catalog"), true);
  }

  /**
   * Feeds one message.
   *
   * @param event the message
   * @return this settler
   * @throws ArithmeticException if a coin total exceeds {@link Long#MAX_VALUE}
   */
  public ComboSettler accept(GiftEvent event) {
    Objects.requireNonNull(event, "event");
    return accept(event.messageId(), event.timestamp().toEpochMilli(), event.senderId(), event.hostId(),
        event.giftId(), event.coinsPerGift(), event.repeatable(), event.repeatCount(), event.repeatEnd(),
        event.groupId());
  }

  /**
   * Feeds one message given field by field: the same as {@link #accept(GiftEvent)} without building an
   * event object, for readers of large files and streams.
   *
   * @param messageId TikTok's message id
   * @param epochMilli the message's create time, milliseconds since the epoch
   * @param senderId the sender's user id, not blank
   * @param hostId the recipient's user id, not blank
   * @param giftId TikTok's gift id
   * @param coinsPerGift coins per gift, {@code >= 0}
   * @param repeatable true for a combo gift
   * @param repeatCount the combo's running total or the quantity, {@code >= 1}
   * @param repeatEnd true on the message that closes a combo
   * @param groupId the combo's group id
   * @return this settler
   * @throws IllegalArgumentException if a count is out of range or an id is blank, naming it
   * @throws NullPointerException if an id is null
   * @throws ArithmeticException if a coin total exceeds {@link Long#MAX_VALUE}
   */
  public ComboSettler accept(long messageId, long epochMilli, String senderId, String hostId, long giftId,
      long coinsPerGift, boolean repeatable, int repeatCount, boolean repeatEnd, long groupId) {
    if (repeatCount < 1) {
      throw new IllegalArgumentException("repeatCount must be >= 1, was " + repeatCount);
    }
    if (coinsPerGift < 0) {
      throw new IllegalArgumentException("coinsPerGift must be >= 0, was " + coinsPerGift);
    }
    int sender = senders.index(senderId);
    int host = hosts.index(hostId);
    long naive = Math.multiplyExact(coinsPerGift, (long) repeatCount);
    naiveCoins = Math.addExact(naiveCoins, naive);
    messages++;
    if (checkGifts && Arrays.binarySearch(knownGiftIds, giftId) < 0) {
      unknownGifts.computeIfAbsent(giftId, id -> new long[1])[0]++;
    }
    if (!repeatable) {
      single(messageId, epochMilli, sender, host, giftId, coinsPerGift, repeatCount);
    } else {
      merge(sender, giftId, groupId, repeatCount, repeatCount, coinsPerGift, epochMilli, host, repeatEnd);
    }
    return this;
  }

  private void single(long messageId, long millis, int sender, int host, long giftId, long coins, int count) {
    long key = ((long) sender << 1 | SINGLE) + 1;
    if (done.insertIfAbsent(key, giftId, messageId, count, coins, millis, host) < 0) {
      return; // the same message again
    }
    settledGifts = Math.addExact(settledGifts, count);
    settledCoins = Math.addExact(settledCoins, Math.multiplyExact(coins, (long) count));
  }

  /**
   * One combo's state, seen as a whole (a message is a combo of one): {@code max} and {@code min}
   * repeat counts, the largest price, its time (the latest end if {@code ended}, else the latest
   * message) and its first host. The outcome equals feeding that combo's messages one by one.
   */
  private void merge(int sender, long giftId, long group, long max, long min, long coins, long millis, int host,
      boolean ended) {
    long key = ((long) sender << 1 | COMBO) + 1;
    int at = open.find(key, giftId, group);
    if (at >= 0) {
      long[] d = open.data;
      long newMax = Math.max(d[at + ComboTable.MAX], max);
      long newMin = Math.min(d[at + ComboTable.MIN], min);
      long price = Math.max(d[at + ComboTable.COINS], coins);
      if (ended) {
        int h = ComboTable.host(d, at);
        open.remove(at);
        int slot = done.insert(key, giftId, group, newMax, price, millis, h);
        done.data[slot + ComboTable.MIN] = newMin;
        settledGroup(sender, group);
        settle(newMax, price);
      } else {
        d[at + ComboTable.MAX] = newMax;
        d[at + ComboTable.MIN] = newMin;
        d[at + ComboTable.COINS] = price;
        d[at + ComboTable.MILLIS] = Math.max(d[at + ComboTable.MILLIS], millis);
      }
      return;
    }
    // A combo of this sender whose group is above every group it settled cannot be a settled one:
    // skip that lookup (groups are creation times, so this is the usual case for a new combo).
    at = sender < maxSettledGroup.length && group <= maxSettledGroup[sender] ? done.find(key, giftId, group) : -1;
    if (at >= 0) {
      // A late or duplicate message of a settled combo: it can only raise the count or the price.
      long[] d = done.data;
      long before = Math.multiplyExact(d[at + ComboTable.MAX], d[at + ComboTable.COINS]);
      long beforeGifts = d[at + ComboTable.MAX];
      d[at + ComboTable.MAX] = Math.max(d[at + ComboTable.MAX], max);
      d[at + ComboTable.MIN] = Math.min(d[at + ComboTable.MIN], min);
      d[at + ComboTable.COINS] = Math.max(d[at + ComboTable.COINS], coins);
      if (ended) {
        d[at + ComboTable.MILLIS] = Math.max(d[at + ComboTable.MILLIS], millis);
      }
      settledGifts = Math.addExact(settledGifts, d[at + ComboTable.MAX] - beforeGifts);
      settledCoins = Math.addExact(settledCoins,
          Math.multiplyExact(d[at + ComboTable.MAX], d[at + ComboTable.COINS]) - before);
      return;
    }
    ComboTable table = ended ? done : open;
    int slot = table.insert(key, giftId, group, max, coins, millis, host);
    table.data[slot + ComboTable.MIN] = min;
    if (ended) {
      settledGroup(sender, group);
      settle(max, coins);
    }
  }

  private void settledGroup(int sender, long group) {
    if (sender >= maxSettledGroup.length) {
      int n = Math.max(sender + 1, maxSettledGroup.length * 2);
      int old = maxSettledGroup.length;
      maxSettledGroup = Arrays.copyOf(maxSettledGroup, n);
      Arrays.fill(maxSettledGroup, old, n, Long.MIN_VALUE);
    }
    maxSettledGroup[sender] = Math.max(maxSettledGroup[sender], group);
  }

  private void settle(long count, long coins) {
    settledGifts = Math.addExact(settledGifts, count);
    settledCoins = Math.addExact(settledCoins, Math.multiplyExact(count, coins));
  }

  /** {@return how many messages were fed, duplicates included} */
  public long messages() {
    return messages;
  }

  /** {@return every message summed ({@code coinsPerGift x repeatCount}): what naive counting would report} */
  public long naiveCoins() {
    return naiveCoins;
  }

  /** {@return coins of settled gifts so far (ended combos and non-repeatable gifts)} */
  public long settledCoins() {
    return settledCoins;
  }

  /** {@return number of settled gifts so far} */
  public long settledGifts() {
    return settledGifts;
  }

  /** {@return how many combos are open (seen, not ended)} */
  public int openCombos() {
    return open.size();
  }

  /**
   * {@return coins of the open combos, each at its largest repeat count so far}
   *
   * @throws ArithmeticException if the total exceeds {@link Long#MAX_VALUE}
   */
  public long openCoins() {
    long sum = 0;
    long[] d = open.data;
    for (int i = 0; i < open.capacity(); i++) {
      int at = open.offsetIfUsed(i);
      if (at >= 0) {
        sum = Math.addExact(sum, Math.multiplyExact(d[at + ComboTable.MAX], d[at + ComboTable.COINS]));
      }
    }
    return sum;
  }

  /**
   * Forgets settled combos and non-repeatable messages whose time is before {@code cutoff}, to bound
   * memory on an endless stream. Their coins stay in the running totals; but a late or duplicate
   * message for a forgotten one can no longer be recognized and would count again, so pick a cutoff
   * well behind the stream (minutes, not seconds). Open combos are never forgotten.
   *
   * @param cutoff forget what settled before this instant
   * @return how many entries were forgotten
   */
  public int forgetSettledBefore(Instant cutoff) {
    return done.removeBefore(Objects.requireNonNull(cutoff, "cutoff").toEpochMilli());
  }

  /**
   * Takes in everything another settler has seen, as if its messages had been fed to this one after
   * this one's own: the two settlers of a split stream, combined, hold what one settler fed the whole
   * stream would hold. So a chunk boundary may fall anywhere, even inside a combo (its repeats on
   * either side meet here), and settlers form a {@link java.util.stream.Collector}'s containers (see
   * {@link ComboSettlement#collector()}). Only {@code this} changes.
   *
   * <p>Combos that either side forgot with {@link #forgetSettledBefore(Instant)} keep their coins in
   * the running totals but, as for a late message, cannot be recognized again.
   *
   * @param later a settler of the messages that came after this one's, with the same catalog
   * @return this settler
   * @throws IllegalArgumentException if {@code later} is this settler or checks another catalog
   * @throws ArithmeticException if a coin total exceeds {@link Long#MAX_VALUE}
   */
  public ComboSettler combine(ComboSettler later) {
    Objects.requireNonNull(later, "later");
    if (later == this) {
      throw new IllegalArgumentException("later must be another settler, was this one");
    }
    if (later.checkGifts != checkGifts || !Arrays.equals(later.knownGiftIds, knownGiftIds)) {
      throw new IllegalArgumentException("later must check the same gift catalog (" + catalogSize()
          + "), was " + later.catalogSize());
    }
    messages = Math.addExact(messages, later.messages);
    naiveCoins = Math.addExact(naiveCoins, later.naiveCoins);
    later.unknownGifts.forEach((id, n) -> {
      long[] count = unknownGifts.computeIfAbsent(id, k -> new long[1]);
      count[0] = Math.addExact(count[0], n[0]);
    });
    int[] sender = senders.indexesOf(later.senders);
    int[] host = hosts.indexesOf(later.hosts);
    // What later forgot still counts: its totals less what its table holds, which is merged below.
    long forgottenGifts = later.settledGifts;
    long forgottenCoins = later.settledCoins;
    long[] d = later.done.data;
    for (int i = 0; i < later.done.capacity(); i++) {
      int at = later.done.offsetIfUsed(i);
      if (at >= 0) {
        forgottenGifts -= d[at + ComboTable.MAX];
        forgottenCoins -= d[at + ComboTable.MAX] * d[at + ComboTable.COINS];
        take(d, at, sender, host, true);
      }
    }
    settledGifts = Math.addExact(settledGifts, forgottenGifts);
    settledCoins = Math.addExact(settledCoins, forgottenCoins);
    d = later.open.data;
    for (int i = 0; i < later.open.capacity(); i++) {
      int at = later.open.offsetIfUsed(i);
      if (at >= 0) {
        take(d, at, sender, host, false);
      }
    }
    return this;
  }

  private String catalogSize() {
    return checkGifts ? "a catalog of " + knownGiftIds.length + " gifts" : "no catalog";
  }

  /** Merges another settler's entry, its sender and host indexes mapped to this one's. */
  private void take(long[] d, int at, int[] sender, int[] host, boolean ended) {
    long key = d[at + ComboTable.SENDER] - 1;
    int s = sender[(int) (key >>> 1)];
    int h = host[ComboTable.host(d, at)];
    long giftId = d[at + ComboTable.GIFT];
    long count = d[at + ComboTable.MAX];
    long coins = d[at + ComboTable.COINS];
    if ((key & 1) == SINGLE) {
      single(d[at + ComboTable.GROUP], d[at + ComboTable.MILLIS], s, h, giftId, coins, (int) count);
    } else {
      merge(s, giftId, d[at + ComboTable.GROUP], count, d[at + ComboTable.MIN], coins, d[at + ComboTable.MILLIS], h,
          ended);
    }
  }

  /**
   * An immutable snapshot of the state: settled gifts, open combos, report entries. Feeding more
   * messages afterwards does not change it. Settled gifts forgotten with
   * {@link #forgetSettledBefore(Instant)} are not listed.
   *
   * @return the settlement so far
   */
  public ComboSettlement settlement() {
    List<CountedGift> settled = new ArrayList<>(done.size());
    List<SettlementIssue> issues = new ArrayList<>();
    for (int i = 0; i < done.capacity(); i++) {
      int at = done.offsetIfUsed(i);
      if (at >= 0) {
        CountedGift g = counted(done.data, at, false);
        settled.add(g);
        long min = done.data[at + ComboTable.MIN];
        if (g.combo() && min > 1) {
          issues.add(SettlementIssue.endWithoutStart(g.senderId(), g.giftId(), g.groupId(), min, g.count()));
        }
      }
    }
    List<CountedGift> stillOpen = new ArrayList<>(open.size());
    for (int i = 0; i < open.capacity(); i++) {
      int at = open.offsetIfUsed(i);
      if (at >= 0) {
        stillOpen.add(counted(open.data, at, true));
      }
    }
    List<SettlementIssue> unknown = new ArrayList<>();
    unknownGifts.entrySet().stream().sorted(Map.Entry.comparingByKey())
        .forEach(e -> unknown.add(SettlementIssue.unknownGift(e.getKey(), e.getValue()[0])));
    issues.sort(java.util.Comparator.comparing(SettlementIssue::detail));
    unknown.addAll(issues);
    return new ComboSettlement(settled, stillOpen, unknown, messages, naiveCoins, false);
  }

  private CountedGift counted(long[] d, int at, boolean isOpen) {
    long key = d[at + ComboTable.SENDER] - 1;
    return CountedGift.builder()
        .senderId(senders.get((int) (key >>> 1)))
        .hostId(hosts.get(ComboTable.host(d, at)))
        .giftId(d[at + ComboTable.GIFT])
        .combo((key & 1) == COMBO)
        .groupId(d[at + ComboTable.GROUP])
        .count(d[at + ComboTable.MAX])
        .coinsPerGift(d[at + ComboTable.COINS])
        .timestamp(Instant.ofEpochMilli(d[at + ComboTable.MILLIS]))
        .isOpen(isOpen)
        .build();
  }
}
