package io.github.monetik.gifts;

import io.github.monetik.internal.IdTable;
import io.github.monetik.internal.LongIndex;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Gifts and coins in total and per sender, gift id, host and minute, in primitive arrays indexed by
 * dense ids: the state behind {@link LiveEarnings} and the live tally's running totals. Deltas may
 * be negative (a combo's price or minute can change as its messages arrive); an entry whose gifts
 * and coins are both back to zero counts as absent. Every sum is exact; an overflow throws before
 * anything changes. Not thread-safe; package-private.
 */
final class Aggregates {
  long gifts;
  long coins;
  final IdTable<String> senders;
  long[] senderGifts;
  long[] senderCoins;
  @Nullable String[] senderNames;
  long[] senderNameAt;
  final LongIndex giftIds;
  long[] giftGifts;
  long[] giftCoins;
  @Nullable String[] giftNames;
  final IdTable<String> hosts;
  long[] hostGifts;
  long[] hostCoins;
  final LongIndex minutes;
  long[] minuteGifts;
  long[] minuteCoins;

  Aggregates() {
    senders = new IdTable<>();
    hosts = new IdTable<>();
    giftIds = new LongIndex();
    minutes = new LongIndex();
    senderGifts = new long[16];
    senderCoins = new long[16];
    senderNames = new String[16];
    senderNameAt = new long[16];
    giftGifts = new long[16];
    giftCoins = new long[16];
    giftNames = new String[16];
    hostGifts = new long[4];
    hostCoins = new long[4];
    minuteGifts = new long[16];
    minuteCoins = new long[16];
  }

  private Aggregates(Aggregates o) {
    gifts = o.gifts;
    coins = o.coins;
    senders = o.senders.copy();
    senderGifts = Arrays.copyOf(o.senderGifts, o.senders.size());
    senderCoins = Arrays.copyOf(o.senderCoins, o.senders.size());
    senderNames = Arrays.copyOf(o.senderNames, o.senders.size());
    senderNameAt = Arrays.copyOf(o.senderNameAt, o.senders.size());
    giftIds = o.giftIds.copy();
    giftGifts = Arrays.copyOf(o.giftGifts, o.giftIds.size());
    giftCoins = Arrays.copyOf(o.giftCoins, o.giftIds.size());
    giftNames = Arrays.copyOf(o.giftNames, o.giftIds.size());
    hosts = o.hosts.copy();
    hostGifts = Arrays.copyOf(o.hostGifts, o.hosts.size());
    hostCoins = Arrays.copyOf(o.hostCoins, o.hosts.size());
    minutes = o.minutes.copy();
    minuteGifts = Arrays.copyOf(o.minuteGifts, o.minutes.size());
    minuteCoins = Arrays.copyOf(o.minuteCoins, o.minutes.size());
  }

  /** {@return an independent copy, in O(entries)} */
  Aggregates copy() {
    return new Aggregates(this);
  }

  int sender(String id) {
    int i = senders.index(id);
    if (i >= senderGifts.length) {
      int n = Math.max(i + 1, senderGifts.length * 2);
      senderGifts = Arrays.copyOf(senderGifts, n);
      senderCoins = Arrays.copyOf(senderCoins, n);
      senderNames = Arrays.copyOf(senderNames, n);
      senderNameAt = Arrays.copyOf(senderNameAt, n);
    }
    return i;
  }

  int gift(long id) {
    int i = giftIds.index(id);
    if (i >= giftGifts.length) {
      int n = Math.max(i + 1, giftGifts.length * 2);
      giftGifts = Arrays.copyOf(giftGifts, n);
      giftCoins = Arrays.copyOf(giftCoins, n);
      giftNames = Arrays.copyOf(giftNames, n);
    }
    return i;
  }

  int host(String id) {
    int i = hosts.index(id);
    if (i >= hostGifts.length) {
      int n = Math.max(i + 1, hostGifts.length * 2);
      hostGifts = Arrays.copyOf(hostGifts, n);
      hostCoins = Arrays.copyOf(hostCoins, n);
    }
    return i;
  }

  int minute(long epochMinute) {
    int i = minutes.index(epochMinute);
    if (i >= minuteGifts.length) {
      int n = Math.max(i + 1, minuteGifts.length * 2);
      minuteGifts = Arrays.copyOf(minuteGifts, n);
      minuteCoins = Arrays.copyOf(minuteCoins, n);
    }
    return i;
  }

  /**
   * Adds a delta to the total and to one entry of each breakdown. Checks every sum before changing
   * any, so an overflow leaves the aggregates as they were.
   *
   * @throws ArithmeticException naming the operation if a sum leaves the range of {@code long}
   */
  void add(int sender, int gift, int host, int minute, long dGifts, long dCoins) {
    long g = exact(gifts, dGifts);
    long c = exact(coins, dCoins);
    long sg = exact(senderGifts[sender], dGifts);
    long sc = exact(senderCoins[sender], dCoins);
    long gg = exact(giftGifts[gift], dGifts);
    long gc = exact(giftCoins[gift], dCoins);
    long hg = exact(hostGifts[host], dGifts);
    long hc = exact(hostCoins[host], dCoins);
    long mg = exact(minuteGifts[minute], dGifts);
    long mc = exact(minuteCoins[minute], dCoins);
    gifts = g;
    coins = c;
    senderGifts[sender] = sg;
    senderCoins[sender] = sc;
    giftGifts[gift] = gg;
    giftCoins[gift] = gc;
    hostGifts[host] = hg;
    hostCoins[host] = hc;
    minuteGifts[minute] = mg;
    minuteCoins[minute] = mc;
  }

  private static long exact(long a, long b) {
    long r = a + b;
    if (((a ^ r) & (b ^ r)) < 0) {
      throw new ArithmeticException("coins overflow in earnings: " + a + " + " + b + " leaves the range of a long");
    }
    return r;
  }

  /** Keeps the sender's display name of the latest message (ties: the smaller name), so any order gives one answer. */
  void senderName(int sender, @Nullable String name, long at) {
    if (name == null) {
      return;
    }
    String old = senderNames[sender];
    if (old == null || at > senderNameAt[sender] || at == senderNameAt[sender] && name.compareTo(old) < 0) {
      senderNames[sender] = name;
      senderNameAt[sender] = at;
    }
  }

  /** Keeps the smallest name a gift id was given, so any order gives one answer. */
  void giftName(int gift, @Nullable String name) {
    if (name == null) {
      return;
    }
    String old = giftNames[gift];
    if (old == null || name.compareTo(old) < 0) {
      giftNames[gift] = name;
    }
  }

  /** Adds everything {@code other} holds; {@code other} is unchanged. */
  Aggregates merge(Aggregates other) {
    gifts = exact(gifts, other.gifts);
    coins = exact(coins, other.coins);
    for (int i = 0; i < other.senders.size(); i++) {
      int s = sender(other.senders.get(i));
      senderGifts[s] = exact(senderGifts[s], other.senderGifts[i]);
      senderCoins[s] = exact(senderCoins[s], other.senderCoins[i]);
      senderName(s, other.senderNames[i], other.senderNameAt[i]);
    }
    for (int i = 0; i < other.giftIds.size(); i++) {
      int g = gift(other.giftIds.get(i));
      giftGifts[g] = exact(giftGifts[g], other.giftGifts[i]);
      giftCoins[g] = exact(giftCoins[g], other.giftCoins[i]);
      giftName(g, other.giftNames[i]);
    }
    for (int i = 0; i < other.hosts.size(); i++) {
      int h = host(other.hosts.get(i));
      hostGifts[h] = exact(hostGifts[h], other.hostGifts[i]);
      hostCoins[h] = exact(hostCoins[h], other.hostCoins[i]);
    }
    for (int i = 0; i < other.minutes.size(); i++) {
      int m = minute(other.minutes.get(i));
      minuteGifts[m] = exact(minuteGifts[m], other.minuteGifts[i]);
      minuteCoins[m] = exact(minuteCoins[m], other.minuteCoins[i]);
    }
    return this;
  }
}
