package io.github.monetik.gifts;

import io.github.monetik.internal.Checks;
import io.github.monetik.internal.IdTable;
import io.github.monetik.internal.LongIndex;
import io.github.monetik.report.Provenance;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The settlement state machine behind {@link ComboSettlement}, the collectors and {@link LiveTally}:
 * gift messages in, each combo counted once. Package-private; not thread-safe (the tally guards it).
 *
 * <p>The rules, all independent of the order messages arrive in (except where a message has no
 * group id, which only order can place):
 *
 * <ul>
 *   <li>A repeatable message belongs to the combo (sender, gift id, group id). The combo keeps its
 *       largest and smallest repeat count, the price its largest-count message states (the lowest
 *       if several state it), whether prices differed, the smallest host id, its latest end and
 *       latest message times, and whether an end came. It settles once, at its largest count, when
 *       an end arrives; a later message for it can raise it.
 *   <li>A repeatable message without a group id (0) joins the sender's current combo of that gift
 *       while that combo is open and the count does not fall, or when it repeats that combo's end
 *       or largest message; otherwise it starts a new combo. Never two combos merged.
 *   <li>A non-repeatable message counts on arrival, {@code repeatCount} gifts. The same message id
 *       again (for that sender and gift) is a copy: if its contents differ, the greater version
 *       (count, then price, time, host) counts, whatever came first.
 * </ul>
 *
 * <p>In a live tally, time is the stream's: the watermark is the latest message time seen. A combo
 * with no message for the idle time is settled (expired); a settled combo or gift whose latest
 * message is more than twice the retention window behind the watermark gives up its identity (its
 * contribution stays in every total); a message more than one window behind whose identity is gone
 * is not counted but reported. So for any stream whose messages are at most a window late and whose
 * combos span at most a window, the totals with retention equal the totals without.
 *
 * <p>Every transition computes its new state first and checks every sum exactly; an overflow throws
 * an {@code ArithmeticException} naming the operation and leaves the state as it was.
 */
final class ComboSettler {
  /** What a sink hears: every change of a counted gift's contribution, before the settler records it. */
  interface Sink {
    /** A sink that keeps nothing (batch settlement reads the tables at the end). */
    Sink NONE = new Sink() {};

    /**
     * A counted gift's contribution changes from (host0, minute0, gifts0, coins0) to (host1,
     * minute1, gifts1, coins1); zeros mean none. Throws (an overflow) before the settler changes.
     */
    default void counted(int sender, int gift, int host0, long minute0, long gifts0, long coins0, int host1,
        long minute1, long gifts1, long coins1) {}

    /** The record at {@code at} of {@code table} was just written (opened, grew, settled, changed). */
    default void changed(SlotTable table, int at, Change change) {}

    /** An issue of that kind was raised for the gift index. */
    default void issue(SettlementIssue.Kind kind, int gift) {}
  }

  /** What a message did to its gift or combo. */
  enum Change { OPENED, GREW, SETTLED, SETTLED_CHANGED, DUPLICATE }

  // Combo records.
  static final int C_SENDER = 0;
  static final int C_GIFT = 1;
  static final int C_GROUP = 2;
  static final int C_MAX = 3;
  static final int C_MIN = 4;
  static final int C_PRICE = 5;
  static final int C_ENDAT = 6;
  static final int C_LAST = 7;
  static final int C_HOSTFLAGS = 8;
  static final int C_MSGID = 9;
  static final int C_ENDID = 10;
  static final int C_GIDX = 11;
  /** A combo without group id: its first message's count and id (what decides whether it continues another). */
  static final int C_FIRST = 12;
  static final int C_FIRSTID = 13;
  private static final int C_STRIDE = 14;
  // Single-gift records.
  static final int S_SENDER = 0;
  static final int S_GIFT = 1;
  static final int S_MSGID = 2;
  static final int S_COUNT = 3;
  static final int S_PRICE = 4;
  static final int S_MILLIS = 5;
  static final int S_HOST = 6;
  static final int S_GIDX = 7;
  /** How many copies of the message came, and how many of them equal the version counted. */
  static final int S_COPIES = 8;
  static final int S_SAME = 9;
  private static final int S_STRIDE = 10;
  // The current combo of a sender's gift without group ids.
  private static final int P_SEQ = 3;
  private static final int P_STRIDE = 4;

  static final long F_ENDED = 1;
  static final long F_EXPIRED = 2;
  static final long F_MIXED = 4;
  static final long F_VIRTUAL = 8;

  private static final int I_UNKNOWN = 0;
  private static final int I_MISMATCH = 1;
  private static final int I_MISSING_GROUP = 2;
  private static final int I_PRICE = 3;
  private static final int I_NO_START = 4;
  private static final int I_CONFLICT = 5;
  private static final int I_EXPIRED = 6;
  private static final int I_LATE = 7;
  private static final int I_LATE_COINS = 8;
  private static final int ISSUES = 9;
  private static final SettlementIssue.Kind[] KINDS = {SettlementIssue.Kind.UNKNOWN_GIFT,
      SettlementIssue.Kind.CATALOG_MISMATCH, SettlementIssue.Kind.MISSING_GROUP_ID, SettlementIssue.Kind.PRICE_CHANGED,
      SettlementIssue.Kind.END_WITHOUT_START, SettlementIssue.Kind.CONFLICTING_DUPLICATE, SettlementIssue.Kind.EXPIRED,
      SettlementIssue.Kind.LATE_MESSAGE};

  private static final long NONE = Long.MIN_VALUE;

  private final GiftCatalog catalog;
  private final boolean checkCatalog;
  private final long retention;
  private final long idle;
  private final Sink sink;

  final IdTable<String> senders = new IdTable<>(id -> Checks.notBlank(id, "senderId"));
  final IdTable<String> hosts = new IdTable<>(id -> Checks.notBlank(id, "hostId"));
  private @Nullable String[] senderNames = new String[16];
  private long[] senderNameAt = new long[16];

  private final LongIndex giftIds = new LongIndex();
  private long[] catalogPrice = new long[16]; // -1: not in the catalog
  private byte[] catalogRepeatable = new byte[16];
  private @Nullable String[] giftNames = new String[16];
  private long[][] issues = new long[ISSUES][16];

  /** Open combos: few (those in flight), so their table stays in cache. */
  final SlotTable open = new SlotTable(C_STRIDE);
  /** Counted combos (ended or expired): many, looked up only for late or duplicate messages. */
  final SlotTable settled = new SlotTable(C_STRIDE);
  final SlotTable singles = new SlotTable(S_STRIDE);
  /** Per sender, the largest group id among its counted combos: a new combo above it cannot be counted already. */
  private long[] maxSettledGroup = new long[16];
  /** With a retention window: counted combos and single gifts in the order they settled, to drop the old ones. */
  private final KeyQueue settledOrder = new KeyQueue();
  private final KeyQueue singlesOrder = new KeyQueue();
  final SlotTable current = new SlotTable(P_STRIDE); // package-private: memory tests read it
  private long nextSeq = 1;

  long messages;
  long naiveCoins;
  long settledGifts;
  long settledCoins;
  long openGifts;
  long openCoins;
  long watermark = NONE;
  // Expiry and forgetting run on schedules of their own, so when combos expire depends on the idle
  // time only: a tally with retention expires exactly what one without it does.
  private long nextExpiry = NONE;
  private final long expiryStep;
  private long nextForget = NONE;
  private final long forgetStep;

  /**
   * @param catalog the gifts to check messages against (their ids, prices, combo flags, names)
   * @param checkCatalog whether unknown ids and disagreements are reported
   * @param retention milliseconds of stream time a settled identity is kept for late messages,
   *     {@code Long.MAX_VALUE} for ever
   * @param idle milliseconds of stream time after which a silent combo expires, {@code Long.MAX_VALUE}
   *     for never
   */
  ComboSettler(GiftCatalog catalog, boolean checkCatalog, long retention, long idle, Sink sink) {
    this.catalog = catalog;
    this.checkCatalog = checkCatalog;
    this.retention = retention;
    this.idle = idle;
    this.sink = sink;
    this.expiryStep = idle == Long.MAX_VALUE ? Long.MAX_VALUE : Math.max(1_000, idle / 4);
    this.forgetStep = retention == Long.MAX_VALUE ? Long.MAX_VALUE : Math.max(1_000, retention / 4);
    Arrays.fill(maxSettledGroup, Long.MIN_VALUE);
  }

  /** {@return a batch settler: identities kept for ever, combos never expire} */
  static ComboSettler batch(GiftCatalog catalog, boolean checkCatalog) {
    return new ComboSettler(catalog, checkCatalog, Long.MAX_VALUE, Long.MAX_VALUE, Sink.NONE);
  }

  GiftCatalog catalog() {
    return catalog;
  }

  boolean checksCatalog() {
    return checkCatalog;
  }

  // ----- ids

  private int sender(String id) {
    int i = senders.index(id);
    if (i >= senderNames.length) {
      int n = Math.max(i + 1, senderNames.length * 2);
      senderNames = Arrays.copyOf(senderNames, n);
      senderNameAt = Arrays.copyOf(senderNameAt, n);
    }
    return i;
  }

  private int gift(long id) {
    int i = giftIds.find(id);
    if (i >= 0) {
      return i;
    }
    i = giftIds.index(id);
    if (i >= catalogPrice.length) {
      int n = Math.max(i + 1, catalogPrice.length * 2);
      catalogPrice = Arrays.copyOf(catalogPrice, n);
      catalogRepeatable = Arrays.copyOf(catalogRepeatable, n);
      giftNames = Arrays.copyOf(giftNames, n);
      for (int k = 0; k < ISSUES; k++) {
        issues[k] = Arrays.copyOf(issues[k], n);
      }
    }
    java.util.Optional<Gift> known = catalog.byId(id);
    catalogPrice[i] = known.map(g -> g.price().count()).orElse(-1L);
    catalogRepeatable[i] = (byte) (known.isPresent() && known.get().repeatable() ? 1 : 0);
    giftNames[i] = known.map(Gift::name).orElse(null);
    return i;
  }

  String senderId(int sender) {
    return senders.get(sender);
  }

  @Nullable String senderName(int sender) {
    return senderNames[sender];
  }

  /** {@return the time of the message the sender's name came from (0 if none had one)} */
  long senderNameAt(int sender) {
    return senderNameAt[sender];
  }

  String hostId(int host) {
    return hosts.get(host);
  }

  long giftId(int gift) {
    return giftIds.get(gift);
  }

  @Nullable String giftName(int gift) {
    return giftNames[gift];
  }

  int giftCount() {
    return giftIds.size();
  }

  private void name(int sender, @Nullable String name, long at) {
    if (name == null) {
      return;
    }
    String old = senderNames[sender];
    if (old == null || at > senderNameAt[sender] || at == senderNameAt[sender] && name.compareTo(old) < 0) {
      senderNames[sender] = name;
      senderNameAt[sender] = at;
    }
  }

  private void giftName(int gift, @Nullable String name) {
    if (name == null || catalogPrice[gift] >= 0) {
      return; // the catalog's name wins where the catalog knows the gift
    }
    String old = giftNames[gift];
    if (old == null || name.compareTo(old) < 0) {
      giftNames[gift] = name;
    }
  }

  // ----- messages

  /**
   * Feeds one message.
   *
   * @throws ArithmeticException naming the operation if a coin total would leave the range of a long
   *     (the state is unchanged)
   */
  void accept(GiftEvent e) {
    message(e.messageId(), e.timestamp().toEpochMilli(), e.senderId(), e.senderName().orElse(null), e.hostId(),
        e.giftId(), e.giftName().orElse(null), e.coinsPerGift(), e.repeatable(), e.repeatCount(), e.repeatEnd(),
        e.groupId());
  }

  /**
   * Feeds one message, its fields checked already ({@link GiftEvent}'s or {@link GiftMessage}'s checks).
   *
   * @throws ArithmeticException naming the operation if a coin total would leave the range of a long
   *     (the state is unchanged)
   */
  void message(long messageId, long millis, String senderId, @Nullable String senderName, String hostId, long giftId,
      @Nullable String giftName, long price, boolean repeatable, int count, boolean repeatEnd, long groupId) {
    long naive;
    long newNaive;
    try {
      naive = Math.multiplyExact(price, (long) count);
      newNaive = Math.addExact(naiveCoins, naive);
    } catch (ArithmeticException x) {
      throw new ArithmeticException("coins overflow in settle: the naive sum " + naiveCoins + " + " + price + " x "
          + count + " leaves the range of a long");
    }
    int sender = sender(senderId);
    int host = hosts.index(hostId);
    int gift = gift(giftId);
    // Nothing below can overflow once the naive sum fits (a counted gift is worth at most one message's
    // naive coins, and the settled and open coins at most the naive sum), so names are taken first:
    // what a sink hears about this message carries them.
    name(sender, senderName, millis);
    giftName(gift, giftName);
    long late = retention == Long.MAX_VALUE || watermark == NONE ? NONE : watermark - retention;
    boolean isLate = millis < late;
    if (!repeatable) {
      single(sender, gift, giftId, messageId, count, price, millis, host, isLate, naive, 1, 1);
    } else if (groupId == 0) {
      virtual(sender, gift, giftId, messageId, count, price, millis, host, repeatEnd, isLate, naive);
      bump(I_MISSING_GROUP, gift);
    } else {
      int at = findCombo(sender, giftId, groupId);
      long endAt = repeatEnd ? millis : NONE;
      long endId = repeatEnd ? messageId : NONE;
      if (at >= 0) {
        absorb(at, count, count, price, false, endAt, millis, host, repeatEnd, messageId, endId, 0);
      } else if (isLate) {
        late(gift, naive);
      } else {
        open(sender, gift, giftId, groupId, count, count, price, false, endAt, millis, host, repeatEnd, messageId, endId, 0);
      }
    }
    // Recorded last: an overflow above left the counts as they were.
    messages++;
    naiveCoins = newNaive;
    if (checkCatalog) {
      if (catalogPrice[gift] < 0) {
        bump(I_UNKNOWN, gift);
      } else if (differsFromCatalog(gift, price, repeatable)) {
        bump(I_MISMATCH, gift);
      }
    }
    if (millis > watermark) {
      watermark = millis;
      if (expiryStep != Long.MAX_VALUE && (nextExpiry == NONE || watermark >= nextExpiry)) {
        expire();
        nextExpiry = watermark + expiryStep;
      }
      if (forgetStep != Long.MAX_VALUE && (nextForget == NONE || watermark >= nextForget)) {
        forget();
        nextForget = watermark + forgetStep;
      }
    }
  }


  /** Feeds one message given field by field (tests and benchmarks build messages this way). */
  void accept(long messageId, long epochMilli, String senderId, String hostId, long giftId, long coinsPerGift,
      boolean repeatable, int repeatCount, boolean repeatEnd, long groupId) {
    accept(GiftEvent.builder().messageId(messageId).timestamp(Instant.ofEpochMilli(epochMilli)).senderId(senderId)
        .hostId(hostId).giftId(giftId).coinsPerGift(coinsPerGift).repeatable(repeatable).repeatCount(repeatCount)
        .repeatEnd(repeatEnd).groupId(groupId).build());
  }

  private void bump(int issue, int gift) {
    issues[issue][gift]++;
    sink.issue(KINDS[issue], gift);
  }

  private void late(int gift, long naive) {
    issues[I_LATE_COINS][gift] = add(issues[I_LATE_COINS][gift], naive);
    bump(I_LATE, gift);
  }

  /**
   * Takes in {@code copies} copies of a non-repeatable message, {@code same} of them of this version
   * (a message: 1 and 1; another settler's record: its counts). The greatest version counts; the
   * conflicting duplicates are the copies whose version differs from it, whatever the order.
   */
  private void single(int sender, int gift, long giftId, long msgId, long count, long price, long millis, int host,
      boolean isLate, long naive, long copies, long same) {
    int at = singles.find(sender + 1L, giftId, msgId);
    if (at < 0) {
      if (isLate) {
        late(gift, naive);
        return;
      }
      long coins = checkedCoins(count, price);
      long g = add(settledGifts, count);
      long c = add(settledCoins, coins);
      sink.counted(sender, gift, 0, 0, 0, 0, host, minute(millis), count, coins);
      at = singles.insert(sender + 1L, giftId, msgId);
      if (retention != Long.MAX_VALUE) {
        singlesOrder.push(sender + 1L, giftId, msgId, millis);
      }
      long[] d = singles.data;
      d[at + S_COUNT] = count;
      d[at + S_PRICE] = price;
      d[at + S_MILLIS] = millis;
      d[at + S_HOST] = host;
      d[at + S_GIDX] = gift;
      d[at + S_COPIES] = copies;
      d[at + S_SAME] = same;
      settledGifts = g;
      settledCoins = c;
      sink.changed(singles, at, Change.SETTLED);
      return;
    }
    long[] d = singles.data;
    long oCount = d[at + S_COUNT];
    long oPrice = d[at + S_PRICE];
    long oMillis = d[at + S_MILLIS];
    int oHost = (int) d[at + S_HOST];
    long oCopies = d[at + S_COPIES];
    long oSame = d[at + S_SAME];
    boolean identical = oCount == count && oPrice == price && oMillis == millis && oHost == host;
    boolean replaces = !identical && greater(count, price, millis, host, oCount, oPrice, oMillis, oHost);
    long nCopies = oCopies + copies;
    long nSame = identical ? oSame + same : replaces ? same : oSame;
    // The copies' own conflicts (another settler's) are in its issue counts already.
    long conflicts = (nCopies - nSame) - (oCopies - oSame) - (copies - same);
    if (replaces) {
      long coins = checkedCoins(count, price);
      long oCoins = oCount * oPrice;
      long g = add(settledGifts, count - oCount);
      long c = add(settledCoins, coins - oCoins);
      sink.counted(sender, gift, oHost, minute(oMillis), oCount, oCoins, host, minute(millis), count, coins);
      d[at + S_COUNT] = count;
      d[at + S_PRICE] = price;
      d[at + S_MILLIS] = millis;
      d[at + S_HOST] = host;
      settledGifts = g;
      settledCoins = c;
    }
    d[at + S_COPIES] = nCopies;
    d[at + S_SAME] = nSame;
    if (replaces || identical) {
      sink.changed(singles, at, replaces ? Change.SETTLED_CHANGED : Change.DUPLICATE);
    }
    if (conflicts > 0) {
      issues[I_CONFLICT][gift] += conflicts;
      sink.issue(KINDS[I_CONFLICT], gift);
    }
  }

  /** The order copies of one message resolve by: count, then price, time, host id. */
  private boolean greater(long count, long price, long millis, int host, long oCount, long oPrice, long oMillis,
      int oHost) {
    if (count != oCount) {
      return count > oCount;
    }
    if (price != oPrice) {
      return price > oPrice;
    }
    if (millis != oMillis) {
      return millis > oMillis;
    }
    return host != oHost && hosts.get(host).compareTo(hosts.get(oHost)) > 0;
  }

  private void virtual(int sender, int gift, long giftId, long msgId, long count, long price, long millis, int host,
      boolean end, boolean isLate, long naive) {
    int p = current.find(sender + 1L, giftId, 0);
    int at = p < 0 ? -1 : findCombo(sender, giftId, -current.data[p + P_SEQ]);
    if (at >= 0 && joins(at, count, msgId)) {
      absorb(at, count, count, price, false, end ? millis : NONE, millis, host, end, msgId, end ? msgId : NONE, 0);
      return;
    }
    if (isLate) {
      late(gift, naive);
      return;
    }
    long seq = nextSeq++;
    int opened = open(sender, gift, giftId, -seq, count, count, price, false, end ? millis : NONE, millis, host, end, msgId,
        end ? msgId : NONE, F_VIRTUAL);
    table(opened).data[offset(opened) + C_FIRST] = count;
    table(opened).data[offset(opened) + C_FIRSTID] = msgId;
    if (p < 0) {
      p = current.insert(sender + 1L, giftId, 0);
    }
    current.data[p + P_SEQ] = seq;
  }

  /** Whether a message (or a chunk's first combo, by its first message) continues a combo without group id. */
  private boolean joins(int loc, long count, long msgId) {
    long[] d = table(loc).data;
    int at = offset(loc);
    boolean counted = (loc & IN_SETTLED) != 0;
    return !counted && count >= d[at + C_MAX] || msgId == d[at + C_ENDID] || msgId == d[at + C_MSGID];
  }

  /** A combo's location: an offset in {@link #open}, or in {@link #settled} with this bit set. */
  private static final int IN_SETTLED = 1 << 30;

  SlotTable table(int loc) {
    return (loc & IN_SETTLED) != 0 ? settled : open;
  }

  static int offset(int loc) {
    return loc & ~IN_SETTLED;
  }

  /** {@return the combo's location, or -1}; skips the counted combos' table when it cannot hold the key */
  private int findCombo(int sender, long giftId, long group) {
    int at = open.find(sender + 1L, giftId, group);
    if (at >= 0) {
      return at;
    }
    if (group > 0 && (sender >= maxSettledGroup.length || group > maxSettledGroup[sender])) {
      return -1;
    }
    at = settled.find(sender + 1L, giftId, group);
    return at < 0 ? -1 : at | IN_SETTLED;
  }

  private void settledGroup(int sender, long group) {
    if (sender >= maxSettledGroup.length) {
      int old = maxSettledGroup.length;
      maxSettledGroup = Arrays.copyOf(maxSettledGroup, Math.max(sender + 1, old * 2));
      Arrays.fill(maxSettledGroup, old, maxSettledGroup.length, Long.MIN_VALUE);
    }
    maxSettledGroup[sender] = Math.max(maxSettledGroup[sender], group);
  }

  private static long minute(long millis) {
    return Math.floorDiv(millis, 60_000L);
  }

  private static long checkedCoins(long count, long price) {
    try {
      return Math.multiplyExact(count, price);
    } catch (ArithmeticException x) {
      throw new ArithmeticException("coins overflow in settle: " + count + " x " + price
          + " coins leaves the range of a long");
    }
  }

  private static long add(long a, long b) {
    try {
      return Math.addExact(a, b);
    } catch (ArithmeticException x) {
      throw new ArithmeticException("coins overflow in settle: " + a + " + " + b + " leaves the range of a long");
    }
  }

  /** A new combo from a summary (a message is a combo of one); returns its record's location. */
  private int open(int sender, int gift, long giftId, long group, long max, long min, long price, boolean mixed,
      long endAt, long last, int host, boolean ended, long msgId, long endId, long extraFlags) {
    long flags = (ended ? F_ENDED : 0) | (mixed ? F_MIXED : 0) | (ended ? extraFlags & ~F_EXPIRED : extraFlags);
    boolean counted = (flags & (F_ENDED | F_EXPIRED)) != 0;
    long coins = checkedCoins(max, price);
    long sg = settledGifts;
    long sc = settledCoins;
    long og = openGifts;
    long oc = openCoins;
    if (counted) {
      sg = add(sg, max);
      sc = add(sc, coins);
      sink.counted(sender, gift, 0, 0, 0, 0, host, minute(ended ? endAt : last), max, coins);
    } else {
      og = add(og, max);
      oc = add(oc, coins);
    }
    SlotTable table = counted ? settled : open;
    int at = table.insert(sender + 1L, giftId, group);
    long[] d = table.data;
    d[at + C_MAX] = max;
    d[at + C_MIN] = min;
    d[at + C_PRICE] = price;
    d[at + C_ENDAT] = endAt;
    d[at + C_LAST] = last;
    d[at + C_HOSTFLAGS] = flags << 32 | host;
    d[at + C_MSGID] = msgId;
    d[at + C_ENDID] = endId;
    d[at + C_GIDX] = gift;
    settledGifts = sg;
    settledCoins = sc;
    openGifts = og;
    openCoins = oc;
    if (counted) {
      settledGroup(sender, group);
      if (retention != Long.MAX_VALUE) {
        settledOrder.push(sender + 1L, giftId, group, last);
      }
    }
    sink.changed(table, at, counted ? Change.SETTLED : Change.OPENED);
    issueDelta(gift, 0, 1, flags, min);
    return counted ? at | IN_SETTLED : at;
  }

  /** Merges a summary (one message, or another settler's combo) into the combo at {@code at}. */
  private void absorb(int loc, long max, long min, long price, boolean mixed, long endAt, long last, int host,
      boolean ended, long msgId, long endId, long extraFlags) {
    SlotTable table = table(loc);
    int at = offset(loc);
    long[] d = table.data;
    long oMax = d[at + C_MAX];
    long oMin = d[at + C_MIN];
    long oPrice = d[at + C_PRICE];
    long oEndAt = d[at + C_ENDAT];
    long oLast = d[at + C_LAST];
    long oFlags = d[at + C_HOSTFLAGS] >>> 32;
    int oHost = (int) d[at + C_HOSTFLAGS];
    long oMsgId = d[at + C_MSGID];
    long oEndId = d[at + C_ENDID];
    int gift = (int) d[at + C_GIDX];
    int sender = (int) d[at + C_SENDER] - 1;

    long nMax = Math.max(oMax, max);
    long nMin = Math.min(oMin, min);
    long nPrice = max > oMax ? price : max < oMax ? oPrice : Math.min(price, oPrice);
    long nMsgId = max > oMax ? msgId : max < oMax ? oMsgId : Math.min(msgId, oMsgId);
    boolean nMixed = (oFlags & F_MIXED) != 0 || mixed || price != oPrice;
    boolean nEnded = (oFlags & F_ENDED) != 0 || ended;
    long nEndAt = Math.max(oEndAt, endAt);
    long nEndId = oEndId == NONE ? endId : endId == NONE ? oEndId : Math.min(oEndId, endId);
    long nLast = Math.max(oLast, last);
    int nHost = host == oHost || hosts.get(oHost).compareTo(hosts.get(host)) <= 0 ? oHost : host;
    boolean nExpired = !nEnded && ((oFlags & F_EXPIRED) != 0 || (extraFlags & F_EXPIRED) != 0);
    long nFlags = (oFlags & F_VIRTUAL) | (nEnded ? F_ENDED : 0) | (nExpired ? F_EXPIRED : 0) | (nMixed ? F_MIXED : 0);

    boolean wasCounted = (oFlags & (F_ENDED | F_EXPIRED)) != 0;
    boolean isCounted = nEnded || nExpired;
    long oCoins = oMax * oPrice;
    long nCoins = checkedCoins(nMax, nPrice);
    long oMinute = minute((oFlags & F_ENDED) != 0 ? oEndAt : oLast);
    long nMinute = minute(nEnded ? nEndAt : nLast);
    long sg = settledGifts;
    long sc = settledCoins;
    long og = openGifts;
    long oc = openCoins;
    if (wasCounted) {
      sg = add(sg, -oMax);
      sc = add(sc, -oCoins);
    } else {
      og = add(og, -oMax);
      oc = add(oc, -oCoins);
    }
    if (isCounted) {
      sg = add(sg, nMax);
      sc = add(sc, nCoins);
    } else {
      og = add(og, nMax);
      oc = add(oc, nCoins);
    }
    Change change;
    if (isCounted && (!wasCounted || nMax != oMax || nCoins != oCoins || nHost != oHost || nMinute != oMinute)) {
      sink.counted(sender, gift, wasCounted ? oHost : 0, wasCounted ? oMinute : 0, wasCounted ? oMax : 0,
          wasCounted ? oCoins : 0, nHost, nMinute, nMax, nCoins);
      change = wasCounted ? Change.SETTLED_CHANGED : Change.SETTLED;
    } else if (isCounted) {
      change = Change.DUPLICATE;
    } else {
      change = nMax != oMax || nCoins != oCoins ? Change.GREW : Change.DUPLICATE;
    }
    if (isCounted && !wasCounted) {
      // Settled now: the record moves to the counted combos' table.
      int from = at;
      at = settled.insert(d[from + C_SENDER], d[from + C_GIFT], d[from + C_GROUP]);
      long[] to = settled.data;
      System.arraycopy(d, from + 3, to, at + 3, C_STRIDE - 3);
      open.remove(from);
      table = settled;
      settledGroup(sender, to[at + C_GROUP]);
      if (retention != Long.MAX_VALUE) {
        settledOrder.push(to[at + C_SENDER], to[at + C_GIFT], to[at + C_GROUP], nLast);
      }
    }
    d = table.data;
    d[at + C_MAX] = nMax;
    d[at + C_MIN] = nMin;
    d[at + C_PRICE] = nPrice;
    d[at + C_ENDAT] = nEndAt;
    d[at + C_LAST] = nLast;
    d[at + C_HOSTFLAGS] = nFlags << 32 | nHost;
    d[at + C_MSGID] = nMsgId;
    d[at + C_ENDID] = nEndId;
    settledGifts = sg;
    settledCoins = sc;
    openGifts = og;
    openCoins = oc;
    sink.changed(table, at, change);
    issueDelta(gift, oFlags, oMin, nFlags, nMin);
  }

  /** Keeps the combo-based issue counts (mixed prices, ends without start, expired) in step with a combo's flags. */
  private void issueDelta(int gift, long oFlags, long oMin, long nFlags, long nMin) {
    delta(I_PRICE, gift, (oFlags & F_MIXED) != 0, (nFlags & F_MIXED) != 0);
    delta(I_NO_START, gift, (oFlags & F_ENDED) != 0 && oMin > 1, (nFlags & F_ENDED) != 0 && nMin > 1);
    delta(I_EXPIRED, gift, (oFlags & F_EXPIRED) != 0, (nFlags & F_EXPIRED) != 0);
  }

  private void delta(int issue, int gift, boolean before, boolean after) {
    if (before != after) {
      issues[issue][gift] += after ? 1 : -1;
      if (after) {
        sink.issue(KINDS[issue], gift);
      }
    }
  }

  // ----- stream time

  /** Settles every open combo silent for longer than the idle time, at its largest count. */
  private void expire() {
    long cutoff = watermark - idle;
    List<long[]> stale = new ArrayList<>();
    long[] d = open.data;
    for (int i = 0; i < open.capacity(); i++) {
      int at = open.offsetIfUsed(i);
      if (at >= 0 && d[at + C_LAST] < cutoff) {
        stale.add(new long[] {d[at + C_SENDER], d[at + C_GIFT], d[at + C_GROUP]});
      }
    }
    // By key, not offset: each expiry moves a record out of the open table and shifts others.
    for (long[] key : stale) {
      int at = open.find(key[0], key[1], key[2]);
      long[] e = open.data;
      absorb(at, e[at + C_MAX], e[at + C_MIN], e[at + C_PRICE], false, NONE, e[at + C_LAST], (int) e[at + C_HOSTFLAGS],
          false, e[at + C_MSGID], NONE, F_EXPIRED);
    }
  }

  /** Drops the identities of settled combos and gifts more than twice the window behind the stream. */
  private void forget() {
    long cutoff = watermark - 2 * retention; // retention is at most a year (TallyOptions), watermark a real time
    forget(settledOrder, settled, C_LAST, cutoff);
    forget(singlesOrder, singles, S_MILLIS, cutoff);
    if (current.size() > 2 * senders.size()) {
      current.removeIf(at -> findCombo((int) current.data[at] - 1, current.data[at + 1], -current.data[at + P_SEQ]) < 0);
    }
  }

  /**
   * Drops the records, oldest first, whose latest time is before the cutoff; a record touched since it
   * was queued goes back in the queue with its new time. Amortized O(1) per record.
   */
  private static void forget(KeyQueue order, SlotTable table, int timeField, long cutoff) {
    while (!order.isEmpty()) {
      long[] q = order.array();
      int h = order.head();
      if (q[h + 3] >= cutoff) {
        return;
      }
      long k0 = q[h];
      long k1 = q[h + 1];
      long k2 = q[h + 2];
      order.pop();
      int at = table.find(k0, k1, k2);
      if (at < 0) {
        continue;
      }
      long time = table.data[at + timeField];
      if (time < cutoff) {
        table.remove(at);
      } else {
        order.push(k0, k1, k2, time);
      }
    }
  }

  // ----- combine

  /**
   * Takes in everything {@code later} has seen, as if its messages had come after this settler's:
   * the settlers of a split stream, combined in stream order, hold what one settler fed the whole
   * stream holds. Only messages without group ids need the order; everything else commutes. For those,
   * a chunk's first combo of a sender's gift continues ours exactly when its first message would have;
   * a copy of one of our messages without group id inside a later chunk is placed by the chunk alone
   * (the chunk cannot know it is a copy), so a split then may place it otherwise than one pass.
   */
  void combine(ComboSettler later) {
    long m = add(messages, later.messages);
    long n = add(naiveCoins, later.naiveCoins);
    messages = m;
    naiveCoins = n;
    int[] senderMap = new int[later.senders.size()];
    for (int i = 0; i < senderMap.length; i++) {
      senderMap[i] = sender(later.senders.get(i));
      name(senderMap[i], later.senderNames[i], later.senderNameAt[i]);
    }
    int[] hostMap = hosts.indexesOf(later.hosts);
    int[] giftMap = new int[later.giftIds.size()];
    for (int i = 0; i < giftMap.length; i++) {
      giftMap[i] = gift(later.giftIds.get(i));
      giftName(giftMap[i], later.giftNames[i]);
      for (int k : new int[] {I_UNKNOWN, I_MISMATCH, I_MISSING_GROUP, I_CONFLICT, I_LATE, I_LATE_COINS}) {
        issues[k][giftMap[i]] = add(issues[k][giftMap[i]], later.issues[k][i]);
      }
    }
    // What later forgot (retention) still counts: its totals less what its tables hold, merged below.
    long forgottenGifts = later.settledGifts;
    long forgottenCoins = later.settledCoins;
    long[][] forgottenIssues = new long[ISSUES][];
    for (int k : new int[] {I_PRICE, I_NO_START, I_EXPIRED}) {
      forgottenIssues[k] = later.issues[k].clone();
    }
    long[] s = later.singles.data;
    // The records in the order they came, read in sequence: every rule below is independent of order.
    for (int r = 0, size = later.singles.size(); r < size; r++) {
      int at = later.singles.offset(r);
      forgottenGifts -= s[at + S_COUNT];
      forgottenCoins -= s[at + S_COUNT] * s[at + S_PRICE];
      int g = giftMap[(int) s[at + S_GIDX]];
      single(senderMap[(int) s[at + S_SENDER] - 1], g, s[at + S_GIFT], s[at + S_MSGID], s[at + S_COUNT], s[at + S_PRICE],
          s[at + S_MILLIS], hostMap[(int) s[at + S_HOST]], false, 0, s[at + S_COPIES], s[at + S_SAME]);
    }
    // Combos without group id go in the later settler's order, so a chunk's first one can continue ours.
    List<long[]> virtual = new ArrayList<>();
    for (SlotTable table : new SlotTable[] {later.open, later.settled}) {
    long[] c = table.data;
    for (int r = 0, size = table.size(); r < size; r++) {
      int at = table.offset(r);
      long flags = c[at + C_HOSTFLAGS] >>> 32;
      int gi = (int) c[at + C_GIDX];
      if ((flags & (F_ENDED | F_EXPIRED)) != 0) {
        forgottenGifts -= c[at + C_MAX];
        forgottenCoins -= c[at + C_MAX] * c[at + C_PRICE];
      }
      forgottenIssues[I_PRICE][gi] -= (flags & F_MIXED) != 0 ? 1 : 0;
      forgottenIssues[I_NO_START][gi] -= (flags & F_ENDED) != 0 && c[at + C_MIN] > 1 ? 1 : 0;
      forgottenIssues[I_EXPIRED][gi] -= (flags & F_EXPIRED) != 0 ? 1 : 0;
      if ((flags & F_VIRTUAL) != 0) {
        virtual.add(Arrays.copyOfRange(c, at, at + C_STRIDE));
      } else {
        take(c, at, senderMap, hostMap, giftMap, c[at + C_GROUP]);
      }
    }
    }
    // In the later settler's order; its first combo of a sender's gift may continue ours, the rest are new.
    virtual.sort((a, b) -> Long.compare(-a[C_GROUP], -b[C_GROUP]));
    SlotTable seen = new SlotTable(P_STRIDE);
    for (long[] v : virtual) {
      int snd = senderMap[(int) v[C_SENDER] - 1];
      long giftId = v[C_GIFT];
      boolean first = seen.find(snd + 1L, giftId, 0) < 0;
      if (first) {
        seen.insert(snd + 1L, giftId, 0);
      }
      int p = current.find(snd + 1L, giftId, 0);
      int at = p < 0 ? -1 : findCombo(snd, giftId, -current.data[p + P_SEQ]);
      // One pass would have compared the chunk's first message of this sender's gift with our current combo.
      if (first && at >= 0 && joins(at, v[C_FIRST], v[C_FIRSTID])) {
        absorb(at, v[C_MAX], v[C_MIN], v[C_PRICE], (v[C_HOSTFLAGS] >>> 32 & F_MIXED) != 0, v[C_ENDAT], v[C_LAST],
            hostMap[(int) v[C_HOSTFLAGS]], (v[C_HOSTFLAGS] >>> 32 & F_ENDED) != 0, v[C_MSGID], v[C_ENDID],
            v[C_HOSTFLAGS] >>> 32 & F_EXPIRED);
        continue;
      }
      long seq = nextSeq++;
      take(v, 0, senderMap, hostMap, giftMap, -seq);
      if (p < 0) {
        p = current.insert(snd + 1L, giftId, 0);
      }
      current.data[p + P_SEQ] = seq;
    }
    settledGifts = add(settledGifts, forgottenGifts);
    settledCoins = add(settledCoins, forgottenCoins);
    for (int k : new int[] {I_PRICE, I_NO_START, I_EXPIRED}) {
      for (int i = 0; i < giftMap.length; i++) {
        issues[k][giftMap[i]] += forgottenIssues[k][i];
      }
    }
    if (later.watermark > watermark) {
      watermark = later.watermark;
    }
  }

  private void take(long[] c, int at, int[] senderMap, int[] hostMap, int[] giftMap, long group) {
    int snd = senderMap[(int) c[at + C_SENDER] - 1];
    long flags = c[at + C_HOSTFLAGS] >>> 32;
    int host = hostMap[(int) c[at + C_HOSTFLAGS]];
    int g = giftMap[(int) c[at + C_GIDX]];
    int mine = findCombo(snd, c[at + C_GIFT], group);
    boolean mixed = (flags & F_MIXED) != 0;
    boolean ended = (flags & F_ENDED) != 0;
    if (mine >= 0) {
      absorb(mine, c[at + C_MAX], c[at + C_MIN], c[at + C_PRICE], mixed, c[at + C_ENDAT], c[at + C_LAST], host, ended,
          c[at + C_MSGID], c[at + C_ENDID], flags & F_EXPIRED);
    } else {
      int opened = open(snd, g, c[at + C_GIFT], group, c[at + C_MAX], c[at + C_MIN], c[at + C_PRICE], mixed,
          c[at + C_ENDAT], c[at + C_LAST], host, ended, c[at + C_MSGID], c[at + C_ENDID], flags & (F_VIRTUAL | F_EXPIRED));
      table(opened).data[offset(opened) + C_FIRST] = c[at + C_FIRST];
      table(opened).data[offset(opened) + C_FIRSTID] = c[at + C_FIRSTID];
    }
  }

  // ----- the byte form (SettlerForm writes and reads it; batch settlers only)

  /** {@return whether identities are kept for ever, combos never expire and no sink listens: a batch settler} */
  boolean isBatch() {
    return retention == Long.MAX_VALUE && idle == Long.MAX_VALUE && sink == Sink.NONE;
  }

  /** {@return the sequence number the next combo without group id gets (its key's group is minus that)} */
  long nextSeq() {
    return nextSeq;
  }

  /** {@return whether the catalog knows the gift index's id (then the gift's name is the catalog's)} */
  boolean knowsGift(int gift) {
    return catalogPrice[gift] >= 0;
  }

  /** {@return whether a message of that price and flag for the gift index is a catalog mismatch} */
  boolean mismatches(int gift, long price, boolean repeatable) {
    return checkCatalog && catalogPrice[gift] >= 0 && differsFromCatalog(gift, price, repeatable);
  }

  /** The catalog mismatch rule, one place for messages and restored forms: another price or combo flag. */
  private boolean differsFromCatalog(int gift, long price, boolean repeatable) {
    return catalogPrice[gift] != price || (catalogRepeatable[gift] == 1) != repeatable;
  }

  /** {@return how many messages of the gift index were reported as an unknown gift} */
  long unknownCount(int gift) {
    return issues[I_UNKNOWN][gift];
  }

  /** {@return how many messages of the gift index disagreed with the catalog} */
  long mismatchCount(int gift) {
    return issues[I_MISMATCH][gift];
  }

  /** {@return how many messages of the gift index came without group id} */
  long missingGroupCount(int gift) {
    return issues[I_MISSING_GROUP][gift];
  }

  /** {@return the gift id's index, or -1 if no message had it} */
  int giftIndexOf(long giftId) {
    return giftIds.find(giftId);
  }

  /** {@return whether a combo of that key is held, open or counted} */
  boolean holdsCombo(int sender, long giftId, long group) {
    return open.find(sender + 1L, giftId, group) >= 0 || settled.find(sender + 1L, giftId, group) >= 0;
  }

  /** Restores a sender: the next index, its display name and that name's time. */
  int restoreSender(String id, @Nullable String name, long nameAt) {
    int i = sender(id);
    senderNames[i] = name;
    senderNameAt[i] = nameAt;
    return i;
  }

  /** Restores a gift id: the next index, the catalog's price, flag and name, else the messages' name. */
  int restoreGift(long id, @Nullable String name) {
    int i = gift(id);
    if (catalogPrice[i] < 0) {
      giftNames[i] = name;
    }
    return i;
  }

  /** Restores the per-message issue counts of a gift index and its conflicting copies (the singles' sum). */
  void restoreIssues(int gift, long unknown, long mismatch, long missingGroup, long conflicts) {
    issues[I_UNKNOWN][gift] = unknown;
    issues[I_MISMATCH][gift] = mismatch;
    issues[I_MISSING_GROUP][gift] = missingGroup;
    issues[I_CONFLICT][gift] = conflicts;
  }

  /** Restores a single-gift record, absent so far, through the path that adds it to the totals. */
  void restoreSingle(int sender, int gift, long msgId, long count, long price, long millis, int host, long copies,
      long same) {
    single(sender, gift, giftIds.get(gift), msgId, count, price, millis, host, false, 0, copies, same);
  }

  /**
   * Restores a combo record, absent so far, through the path that adds it to the totals and issue
   * counts; a combo without group id (its group minus its sequence number) becomes its sender's
   * current one of that gift if it is the latest.
   */
  void restoreCombo(int sender, int gift, long group, long max, long min, long price, boolean mixed, long endAt,
      long last, int host, boolean ended, long msgId, long endId, boolean virtual, long first, long firstId) {
    long giftId = giftIds.get(gift);
    int loc = open(sender, gift, giftId, group, max, min, price, mixed, endAt, last, host, ended, msgId, endId,
        virtual ? F_VIRTUAL : 0);
    if (virtual) {
      long[] d = table(loc).data;
      d[offset(loc) + C_FIRST] = first;
      d[offset(loc) + C_FIRSTID] = firstId;
      int p = current.find(sender + 1L, giftId, 0);
      if (p < 0) {
        p = current.insert(sender + 1L, giftId, 0);
      }
      current.data[p + P_SEQ] = Math.max(current.data[p + P_SEQ], -group);
    }
  }

  /** Restores the message counters, the stream time and the next sequence number. */
  void restoreCounters(long messages, long naiveCoins, long watermark, long nextSeq) {
    this.messages = messages;
    this.naiveCoins = naiveCoins;
    this.watermark = watermark;
    this.nextSeq = nextSeq;
  }

  // ----- reading

  long messages() {
    return messages;
  }

  long naiveCoins() {
    return naiveCoins;
  }

  long settledCoins() {
    return settledCoins;
  }

  long settledGifts() {
    return settledGifts;
  }

  long openCoins() {
    return openCoins;
  }

  /** {@return how many combos the settler holds, open and counted (tests read it)} */
  int comboCount() {
    return open.size() + settled.size();
  }

  /** {@return the slots of both combo tables (tests read it)} */
  int comboCapacity() {
    return open.capacity() + settled.capacity();
  }

  int openCombos() {
    return open.size();
  }

  /** {@return the issues so far, in {@link SettlementIssue#ORDER}} */
  List<SettlementIssue> issues() {
    List<SettlementIssue> out = new ArrayList<>();
    for (int k = 0; k < KINDS.length; k++) {
      for (int g = 0; g < giftIds.size(); g++) {
        long n = issues[k][g];
        if (n > 0) {
          out.add(SettlementIssue.of(KINDS[k], giftIds.get(g), n, extra(k, g)));
        }
      }
    }
    out.sort(SettlementIssue.ORDER);
    return out;
  }

  /** {@return the issue of that kind for the gift index, as it stands} */
  SettlementIssue issueOf(SettlementIssue.Kind kind, int gift) {
    int k = Arrays.asList(KINDS).indexOf(kind);
    return SettlementIssue.of(kind, giftIds.get(gift), issues[k][gift], extra(k, gift));
  }

  private String extra(int issue, int gift) {
    return switch (issue) {
      case I_MISMATCH -> catalog.byId(giftIds.get(gift)).map(Gift::toString).orElse("");
      case I_EXPIRED -> text(idle);
      case I_LATE -> text(retention) + " retention window: not counted (" + issues[I_LATE_COINS][gift] + " coins)";
      default -> "";
    };
  }

  private static String text(long millis) {
    return millis == Long.MAX_VALUE ? "ever" : Duration.ofMillis(millis).toString().substring(2).toLowerCase(java.util.Locale.ROOT);
  }

  /** {@return the counted gift of a combo record of {@link #open} or {@link #settled}} */
  CountedGift comboGift(SlotTable table, int at) {
    long[] d = table.data;
    long flags = d[at + C_HOSTFLAGS] >>> 32;
    boolean ended = (flags & F_ENDED) != 0;
    int sender = (int) d[at + C_SENDER] - 1;
    int gift = (int) d[at + C_GIDX];
    return CountedGift.builder()
        .senderId(senders.get(sender))
        .senderName(java.util.Optional.ofNullable(senderNames[sender]))
        .hostId(hosts.get((int) d[at + C_HOSTFLAGS]))
        .giftId(d[at + C_GIFT])
        .giftName(java.util.Optional.ofNullable(giftNames[gift]))
        .combo(true)
        .groupId((flags & F_VIRTUAL) != 0 ? 0 : d[at + C_GROUP])
        .messageId(d[at + C_MSGID])
        .count(d[at + C_MAX])
        .coinsPerGift(d[at + C_PRICE])
        .timestamp(Instant.ofEpochMilli(ended ? d[at + C_ENDAT] : d[at + C_LAST]))
        .isOpen(!ended && (flags & F_EXPIRED) == 0)
        .isExpired((flags & F_EXPIRED) != 0)
        .build();
  }

  /** {@return the counted gift of a single-gift record} */
  CountedGift singleGift(int at) {
    long[] d = singles.data;
    int sender = (int) d[at + S_SENDER] - 1;
    int gift = (int) d[at + S_GIDX];
    return CountedGift.builder()
        .senderId(senders.get(sender))
        .senderName(java.util.Optional.ofNullable(senderNames[sender]))
        .hostId(hosts.get((int) d[at + S_HOST]))
        .giftId(d[at + S_GIFT])
        .giftName(java.util.Optional.ofNullable(giftNames[gift]))
        .combo(false)
        .groupId(0)
        .messageId(d[at + S_MSGID])
        .count(d[at + S_COUNT])
        .coinsPerGift(d[at + S_PRICE])
        .timestamp(Instant.ofEpochMilli(d[at + S_MILLIS]))
        .isOpen(false)
        .build();
  }


  /** {@return the settlement: every counted gift this settler still knows, the open combos, the issues} */
  ComboSettlement settlement(Provenance provenance) {
    List<CountedGift> counted = new ArrayList<>(singles.size() + settled.size());
    List<CountedGift> stillOpen = new ArrayList<>(open.size());
    // In the records' order (read in sequence); the settlement sorts its gifts.
    for (int r = 0; r < singles.size(); r++) {
      counted.add(singleGift(singles.offset(r)));
    }
    for (int r = 0; r < settled.size(); r++) {
      counted.add(comboGift(settled, settled.offset(r)));
    }
    for (int i = 0; i < open.capacity(); i++) {
      int at = open.offsetIfUsed(i);
      if (at >= 0) {
        stillOpen.add(comboGift(open, at));
      }
    }
    return new ComboSettlement(counted, stillOpen, issues(), messages, naiveCoins, false, provenance);
  }
}
