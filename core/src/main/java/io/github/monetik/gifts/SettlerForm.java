package io.github.monetik.gifts;

import io.github.monetik.internal.Form;
import io.github.monetik.internal.LongIndex;
import io.github.monetik.money.Money;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The byte form of a batch {@link ComboSettler} ({@link GiftSettler#toBytes()},
 * {@link Gifts#settler(byte[])}): {@link Form}'s header (kind {@code 'G'}, version 1, the digest of
 * the door's catalog and diamond policy), then, as varints (times as distances back from the stream
 * time, so they are small) and texts:
 *
 * <pre>
 * messages, naiveCoins, [watermark if messages &gt; 0], nextSeq
 * senders:  count, then per sender: id, name (or null), [watermark - nameAt if named]
 * hosts:    count, then ids
 * gifts:    count, then per gift id: id, name (null where the catalog names it), and its messages
 *           reported as unknown gift, as catalog mismatch, as missing group id
 * singles:  count, then per record: sender, gift (indexes), messageId, count, price,
 *           watermark - time, host (index), copies, copies equal to the one counted
 * settled:  count, then combo records
 * open:     count, log2 of the open table's capacity, then combo records
 * combo:    sender, gift, flags (1 mixed prices, 2 no group id), group (minus the sequence number
 *           without group id), max, min, price, watermark - last, host, messageId,
 *           [last - endAt, endId if settled], [first count, first messageId if without group id]
 * </pre>
 *
 * <p>Not stored, as they follow from the rest: the settled and open totals, the issue counts of mixed
 * prices, ends without start and conflicting copies, the catalog's price, flag and name per gift, the
 * sender's current combo without group id (its latest), the largest counted group per sender.
 * Records are listed in their table's slot order, going round from an empty slot, so a restored
 * settler lays them out as they were and writes the same bytes again.
 *
 * <p>Reading rebuilds the settler through its own paths (the totals are recomputed) and checks every
 * value against its range and the state's rules; a form that breaks one is an
 * {@link IllegalArgumentException} naming {@code form}, the field and the byte offset.
 */
final class SettlerForm {
  static final char KIND = 'G';
  static final int VERSION = 1;
  private static final String WHAT = "gift settler";
  private static final long EARLIEST = GiftEvent.EARLIEST.toEpochMilli();
  private static final long LATEST = GiftEvent.LATEST.toEpochMilli() - 1;
  private static final long NONE = Long.MIN_VALUE;
  private static final int MIXED = 1;
  private static final int VIRTUAL = 2;
  /**
   * The most messages a form may count: far beyond any stream, and leaving room for as many more
   * before a count could leave a long's range.
   */
  static final long MAX_MESSAGES = 1L << 62;
  /**
   * The most records a table may hold: 2^26, behind 2^27 slots; far beyond any LIVE, and with room
   * in one array for the records (14 longs each) and for the slots.
   */
  private static final int MAX_RECORDS = 1 << 26;

  private SettlerForm() {}

  /**
   * {@return the digest of what a settler's state depends on outside itself}: the catalog's gifts
   * (id, price, combo flag, name; sorted by id), whether it checks ids at all (it is not empty), and
   * the diamond policy's three values. Stable across JVMs: no identity hash codes, amounts without
   * trailing zeros (equal policies digest equally).
   */
  static long digest(GiftCatalog catalog, DiamondPolicy policy) {
    StringBuilder t = new StringBuilder("monetik gift settler rules\nchecks gift ids: ")
        .append(!catalog.gifts().isEmpty()).append('\n');
    List<Gift> gifts = new ArrayList<>();
    for (Gift g : catalog.gifts()) {
      if (g.id().isPresent()) {
        gifts.add(g);
      }
    }
    gifts.sort(Comparator.comparingLong(g -> g.id().getAsLong()));
    for (Gift g : gifts) {
      t.append("gift ").append(g.id().getAsLong()).append(' ').append(g.price().count()).append(' ')
          .append(g.repeatable() ? "combo" : "single").append(' ').append(g.name().length()).append(':')
          .append(g.name()).append('\n');
    }
    t.append("coin value ").append(text(policy.coinValue())).append("\ncreator share ")
        .append(policy.creatorShare().value().stripTrailingZeros().toPlainString()).append("\ndiamond value ")
        .append(text(policy.diamondValue())).append('\n');
    return Form.digest(t.toString());
  }

  private static String text(Money m) {
    return m.currency().getCurrencyCode() + " " + m.amount().stripTrailingZeros().toPlainString();
  }

  // ----- writing

  static byte[] write(ComboSettler s, long digest) {
    if (!s.isBatch()) {
      throw new IllegalStateException("only a batch settler has a byte form");
    }
    Form.Writer w = Form.write(KIND, VERSION, digest);
    long wm = s.watermark;
    w.putLong(s.messages).putLong(s.naiveCoins);
    if (s.messages > 0) {
      w.putLong(wm);
    }
    w.putLong(s.nextSeq());
    w.putLong(s.senders.size());
    for (int i = 0; i < s.senders.size(); i++) {
      String name = s.senderName(i);
      w.putString(s.senderId(i)).putString(name);
      if (name != null) {
        w.putLong(wm - s.senderNameAt(i));
      }
    }
    w.putLong(s.hosts.size());
    for (int i = 0; i < s.hosts.size(); i++) {
      w.putString(s.hostId(i));
    }
    w.putLong(s.giftCount());
    for (int g = 0; g < s.giftCount(); g++) {
      w.putLong(s.giftId(g)).putString(s.knowsGift(g) ? null : s.giftName(g)).putLong(s.unknownCount(g))
          .putLong(s.mismatchCount(g)).putLong(s.missingGroupCount(g));
    }
    SlotTable singles = s.singles;
    w.putLong(singles.size());
    long[] d = singles.data;
    for (int k = 1, e = singles.emptySlot(), cap = singles.capacity(); k <= cap; k++) {
      int at = singles.offsetIfUsed((e + k) & (cap - 1));
      if (at >= 0) {
        w.putLong(d[at + ComboSettler.S_SENDER] - 1).putLong(d[at + ComboSettler.S_GIDX])
            .putLong(d[at + ComboSettler.S_MSGID]).putLong(d[at + ComboSettler.S_COUNT])
            .putLong(d[at + ComboSettler.S_PRICE]).putLong(wm - d[at + ComboSettler.S_MILLIS])
            .putLong(d[at + ComboSettler.S_HOST]).putLong(d[at + ComboSettler.S_COPIES])
            .putLong(d[at + ComboSettler.S_SAME]);
      }
    }
    w.putLong(s.settled.size());
    combos(w, s.settled, wm, true);
    w.putLong(s.open.size()).putLong(Integer.numberOfTrailingZeros(s.open.capacity()));
    combos(w, s.open, wm, false);
    return w.toBytes();
  }

  private static void combos(Form.Writer w, SlotTable t, long wm, boolean settled) {
    long[] d = t.data;
    for (int k = 1, e = t.emptySlot(), cap = t.capacity(); k <= cap; k++) {
      int at = t.offsetIfUsed((e + k) & (cap - 1));
      if (at < 0) {
        continue;
      }
      long flags = d[at + ComboSettler.C_HOSTFLAGS] >>> 32;
      boolean virtual = (flags & ComboSettler.F_VIRTUAL) != 0;
      if (((flags & ComboSettler.F_ENDED) != 0) != settled || (flags & ComboSettler.F_EXPIRED) != 0) {
        throw new IllegalStateException("a batch settler's combo is settled exactly when it ended");
      }
      long last = d[at + ComboSettler.C_LAST];
      w.putLong(d[at + ComboSettler.C_SENDER] - 1).putLong(d[at + ComboSettler.C_GIDX])
          .putLong(((flags & ComboSettler.F_MIXED) != 0 ? MIXED : 0) | (virtual ? VIRTUAL : 0))
          .putLong(d[at + ComboSettler.C_GROUP]).putLong(d[at + ComboSettler.C_MAX]).putLong(d[at + ComboSettler.C_MIN])
          .putLong(d[at + ComboSettler.C_PRICE]).putLong(wm - last).putLong(d[at + ComboSettler.C_HOSTFLAGS] & 0xFFFF_FFFFL)
          .putLong(d[at + ComboSettler.C_MSGID]);
      if (settled) {
        w.putLong(last - d[at + ComboSettler.C_ENDAT]).putLong(d[at + ComboSettler.C_ENDID]);
      }
      if (virtual) {
        w.putLong(d[at + ComboSettler.C_FIRST]).putLong(d[at + ComboSettler.C_FIRSTID]);
      }
    }
  }

  // ----- reading

  /**
   * Rebuilds a batch settler of the catalog from its form.
   *
   * @throws NullPointerException if {@code form} is null
   * @throws IllegalArgumentException naming {@code form}, the field and the offset, if the form is not
   *     one such settler under these rules could have written
   */
  static ComboSettler read(byte[] form, GiftCatalog catalog, boolean checkCatalog, long digest) {
    Form.Reader r = Form.read(form, KIND, WHAT, VERSION, digest);
    try {
      return new Restore(r, ComboSettler.batch(catalog, checkCatalog), checkCatalog).run();
    } catch (ArithmeticException overflow) {
      // Unreachable for a form a settler wrote: its records' coins are at most its naive coins.
      throw r.invalid("records", "records whose coins sum to at most a long's range", overflow.getMessage());
    }
  }

  /** One reading: the counts seen so far per gift and sender, to check the state's rules at the end. */
  private static final class Restore {
    private final Form.Reader r;
    private final ComboSettler s;
    private final boolean checkCatalog;
    private long messages;
    private long wm;
    private long span;
    private long nextSeq;
    private int senderCount;
    private int hostCount;
    private int giftCount;
    private boolean[] senderUsed = new boolean[0];
    private long[] unknown = new long[0];
    private long[] mismatch = new long[0];
    private long[] missing = new long[0];
    /** Per gift: messages its records hold at least (copies of singles, combos), conflicting copies, ... */
    private long[] copies = new long[0];
    private long[] conflicts = new long[0];
    private long[] grouped = new long[0];
    private long[] ungrouped = new long[0];
    private long[] mismatching = new long[0];
    private long allCopies;
    private final LongIndex seqs = new LongIndex();

    Restore(Form.Reader r, ComboSettler s, boolean checkCatalog) {
      this.r = r;
      this.s = s;
      this.checkCatalog = checkCatalog;
    }

    ComboSettler run() {
      messages = r.getLong("messages", 0, MAX_MESSAGES);
      long naive = r.getLong("naiveCoins", 0, Long.MAX_VALUE);
      wm = messages == 0 ? NONE : r.getLong("watermark", EARLIEST, LATEST);
      span = messages == 0 ? 0 : wm - EARLIEST;
      nextSeq = r.getLong("nextSeq", 1, messages + 1);
      senders();
      hosts();
      gifts();
      singles();
      int settled = records("settled", 12);
      s.settled.reset(SlotTable.capacityFor(settled));
      for (int i = 0; i < settled; i++) {
        combo("settled[" + i + "]", true);
      }
      int open = records("open", 10);
      int least = SlotTable.capacityFor(open);
      // The open table grew to hold what was open at once: at most every combo held now.
      int most = SlotTable.capacityFor((int) Math.min((long) open + settled, MAX_RECORDS));
      int log = r.getInt("open capacity", Integer.numberOfTrailingZeros(least), Integer.numberOfTrailingZeros(most));
      s.open.reset(1 << log);
      for (int i = 0; i < open; i++) {
        combo("open[" + i + "]", false);
      }
      r.end();
      check(naive);
      s.restoreCounters(messages, naive, wm, nextSeq);
      return s;
    }

    /** {@return a count of records that one table can hold} */
    private int records(String field, int minBytes) {
      int n = r.getCount(field, minBytes);
      if (n > MAX_RECORDS) {
        throw r.invalid(field, "a count one table can hold (at most " + MAX_RECORDS + ")", n);
      }
      return n;
    }

    private void senders() {
      senderCount = r.getCount("senders", 3);
      atMostMessages("senders", senderCount);
      senderUsed = new boolean[senderCount];
      for (int i = 0; i < senderCount; i++) {
        String field = "senders[" + i + "]";
        String id = id(field + ".id");
        if (s.senders.find(id) >= 0) {
          throw r.invalid(field + ".id", "a sender id not listed before", id);
        }
        String name = r.getString(field + ".name");
        long at = name == null ? 0 : wm - r.getLong(field + ".nameAt", 0, span);
        s.restoreSender(id, name, at);
      }
    }

    private void hosts() {
      hostCount = r.getCount("hosts", 2);
      atMostMessages("hosts", hostCount);
      for (int i = 0; i < hostCount; i++) {
        String id = id("hosts[" + i + "]");
        if (s.hosts.find(id) >= 0) {
          throw r.invalid("hosts[" + i + "]", "a host id not listed before", id);
        }
        s.hosts.index(id);
      }
    }

    private String id(String field) {
      String id = r.getString(field);
      if (id == null || id.isBlank()) {
        throw r.invalid(field, "an id that is not blank", id);
      }
      return id;
    }

    private void atMostMessages(String field, long n) {
      if (n > messages) {
        throw r.invalid(field, "at most one per message (" + messages + ")", n);
      }
    }

    private void gifts() {
      giftCount = r.getCount("gifts", 5);
      atMostMessages("gifts", giftCount);
      unknown = new long[giftCount];
      mismatch = new long[giftCount];
      missing = new long[giftCount];
      copies = new long[giftCount];
      conflicts = new long[giftCount];
      grouped = new long[giftCount];
      ungrouped = new long[giftCount];
      mismatching = new long[giftCount];
      for (int g = 0; g < giftCount; g++) {
        String field = "gifts[" + g + "]";
        long id = r.getLong(field + ".id");
        if (s.giftIndexOf(id) >= 0) {
          throw r.invalid(field + ".id", "a gift id not listed before", id);
        }
        String name = r.getString(field + ".name");
        int at = s.restoreGift(id, name);
        boolean known = s.knowsGift(at);
        if (known && name != null) {
          throw r.invalid(field + ".name", "absent (the catalog names gift " + id + ")", name);
        }
        unknown[g] = r.getLong(field + ".unknown", 0, checkCatalog && !known ? messages : 0);
        mismatch[g] = r.getLong(field + ".mismatch", 0, checkCatalog && known ? messages : 0);
        missing[g] = r.getLong(field + ".missingGroup", 0, messages);
      }
    }

    private void singles() {
      int n = records("singles", 9);
      s.singles.reset(SlotTable.capacityFor(n));
      for (int i = 0; i < n; i++) {
        String f = "singles[" + i + "]";
        int sender = sender(f);
        int gift = r.getInt(f + ".gift", 0, giftCount - 1);
        long msgId = r.getLong(f + ".messageId");
        long count = r.getLong(f + ".count", 1, Integer.MAX_VALUE);
        long price = r.getLong(f + ".price", 0, Long.MAX_VALUE);
        long millis = wm - r.getLong(f + ".time", 0, span);
        int host = r.getInt(f + ".host", 0, hostCount - 1);
        long copiesOf = r.getLong(f + ".copies", 1, messages - allCopies);
        long same = r.getLong(f + ".same", 1, copiesOf);
        if (s.singles.find(sender + 1L, s.giftId(gift), msgId) >= 0) {
          throw r.invalid(f, "a single gift not listed before (sender, gift, message id)",
              List.of(sender, gift, msgId));
        }
        allCopies += copiesOf;
        copies[gift] += copiesOf;
        conflicts[gift] += copiesOf - same;
        if (s.mismatches(gift, price, false)) {
          mismatching[gift]++;
        }
        s.restoreSingle(sender, gift, msgId, count, price, millis, host, copiesOf, same);
      }
    }

    private int sender(String record) {
      int sender = r.getInt(record + ".sender", 0, senderCount - 1);
      senderUsed[sender] = true;
      return sender;
    }

    private void combo(String f, boolean ended) {
      int sender = sender(f);
      int gift = r.getInt(f + ".gift", 0, giftCount - 1);
      int flags = r.getInt(f + ".flags", 0, MIXED | VIRTUAL);
      boolean virtual = (flags & VIRTUAL) != 0;
      long group;
      if (virtual) {
        group = r.getLong(f + ".group", 1 - nextSeq, -1);
        if (seqs.find(-group) >= 0) {
          throw r.invalid(f + ".group", "a sequence number of one combo without group id only", group);
        }
        seqs.index(-group);
      } else {
        group = r.getLong(f + ".group");
        if (group == 0) {
          throw r.invalid(f + ".group", "a group id other than 0 (flag 2 marks combos without one)", group);
        }
      }
      long max = r.getLong(f + ".max", 1, Integer.MAX_VALUE);
      long min = r.getLong(f + ".min", 1, max);
      long price = r.getLong(f + ".price", 0, Long.MAX_VALUE);
      long last = wm - r.getLong(f + ".last", 0, span);
      int host = r.getInt(f + ".host", 0, hostCount - 1);
      long msgId = r.getLong(f + ".messageId");
      long endAt = ended ? last - r.getLong(f + ".endAt", 0, last - EARLIEST) : NONE;
      long endId = ended ? r.getLong(f + ".endId") : NONE;
      long first = virtual ? r.getLong(f + ".first", min, max) : 0;
      long firstId = virtual ? r.getLong(f + ".firstId") : 0;
      if (s.holdsCombo(sender, s.giftId(gift), group)) {
        throw r.invalid(f, "a combo not listed before (sender, gift, group)", List.of(sender, gift, group));
      }
      if (virtual) {
        ungrouped[gift]++;
      } else {
        grouped[gift]++;
      }
      if (s.mismatches(gift, price, true)) {
        mismatching[gift]++;
      }
      s.restoreCombo(sender, gift, group, max, min, price, (flags & MIXED) != 0, endAt, last, host, ended, msgId, endId,
          virtual, first, firstId);
    }

    /** The rules across records: what the messages behind them must have been at least. */
    private void check(long naive) {
      for (int i = 0; i < senderCount; i++) {
        if (!senderUsed[i]) {
          throw r.invalid("senders[" + i + "]", "the sender of a gift or combo listed", s.senderId(i));
        }
      }
      long least = 0; // the messages the records and issue counts need, over all gifts
      long ungroupedMessages = 0;
      for (int g = 0; g < giftCount; g++) {
        String f = "gifts[" + g + "]";
        if (copies[g] + grouped[g] + ungrouped[g] == 0) {
          throw r.invalid(f, "the gift of a gift or combo listed", s.giftId(g));
        }
        if (missing[g] < ungrouped[g]) {
          throw r.invalid(f + ".missingGroup", "at least its combos without group id (" + ungrouped[g] + ")", missing[g]);
        }
        // Non-repeatable messages, repeatable ones with and without group id: three kinds apart.
        long own = sum(sum(copies[g], grouped[g]), missing[g]);
        if (checkCatalog && !s.knowsGift(g) && unknown[g] < own) {
          throw r.invalid(f + ".unknown", "every message of an unknown gift (at least " + own + ")", unknown[g]);
        }
        if (mismatch[g] < mismatching[g]) {
          throw r.invalid(f + ".mismatch", "at least its records that disagree with the catalog (" + mismatching[g] + ")",
              mismatch[g]);
        }
        least = sum(least, Math.max(own, Math.max(unknown[g], mismatch[g])));
        ungroupedMessages = sum(ungroupedMessages, missing[g]);
      }
      if (least > messages) {
        throw r.invalid("messages", "at least what the records and issues need (" + least + ")", messages);
      }
      if (nextSeq - 1 > ungroupedMessages) {
        throw r.invalid("nextSeq", "at most 1 + the messages without group id (" + ungroupedMessages + ")", nextSeq);
      }
      if (s.settledCoins > naive || s.openCoins > naive - s.settledCoins) {
        throw r.invalid("naiveCoins", "at least the records' coins (" + s.settledCoins + " settled + " + s.openCoins
            + " open)", naive);
      }
      for (int g = 0; g < giftCount; g++) {
        s.restoreIssues(g, unknown[g], mismatch[g], missing[g], conflicts[g]);
      }
    }

    private long sum(long a, long b) {
      long c = a + b;
      if (((a ^ c) & (b ^ c)) < 0) {
        throw r.invalid("messages", "counts that fit in a long", a + " + " + b);
      }
      return c;
    }
  }
}
