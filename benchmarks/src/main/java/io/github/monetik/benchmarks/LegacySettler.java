package io.github.monetik.benchmarks;

import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;

/**
 * "Today's settler" in the benchmarks: Monetik's combo settler as it stood before the live tally
 * (git commit 71da325, 2026-11-30), trimmed to its per-message path and running totals, so the new
 * engine is measured against it in the same run. Not part of any published module.
 */
final class LegacySettler {
  private static final int COMBO = 0;
  private static final int SINGLE = 1;

    private final LegacyTable open = new LegacyTable();
  private final LegacyTable done = new LegacyTable();
  private final Names senders = new Names("senderId");
  private final Names hosts = new Names("hostId");
  /** Per sender index: the largest group id among its settled combos (a filter, never forgotten). */
  private long[] maxSettledGroup = new long[0];
  private long messages;
  private long naiveCoins;
  private long settledGifts;
  private long settledCoins;





  /**
   * Feeds one message given field by field: the same as the public accept of GiftEvents, without building an
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
  LegacySettler accept(long messageId, long epochMilli, String senderId, String hostId, long giftId,
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
      long newMax = Math.max(d[at + LegacyTable.MAX], max);
      long newMin = Math.min(d[at + LegacyTable.MIN], min);
      long price = Math.max(d[at + LegacyTable.COINS], coins);
      if (ended) {
        int h = LegacyTable.host(d, at);
        open.remove(at);
        int slot = done.insert(key, giftId, group, newMax, price, millis, h);
        done.data[slot + LegacyTable.MIN] = newMin;
        settledGroup(sender, group);
        settle(newMax, price);
      } else {
        d[at + LegacyTable.MAX] = newMax;
        d[at + LegacyTable.MIN] = newMin;
        d[at + LegacyTable.COINS] = price;
        d[at + LegacyTable.MILLIS] = Math.max(d[at + LegacyTable.MILLIS], millis);
      }
      return;
    }
    // A combo of this sender whose group is above every group it settled cannot be a settled one:
    // skip that lookup (groups are creation times, so this is the usual case for a new combo).
    at = sender < maxSettledGroup.length && group <= maxSettledGroup[sender] ? done.find(key, giftId, group) : -1;
    if (at >= 0) {
      // A late or duplicate message of a settled combo: it can only raise the count or the price.
      long[] d = done.data;
      long before = Math.multiplyExact(d[at + LegacyTable.MAX], d[at + LegacyTable.COINS]);
      long beforeGifts = d[at + LegacyTable.MAX];
      d[at + LegacyTable.MAX] = Math.max(d[at + LegacyTable.MAX], max);
      d[at + LegacyTable.MIN] = Math.min(d[at + LegacyTable.MIN], min);
      d[at + LegacyTable.COINS] = Math.max(d[at + LegacyTable.COINS], coins);
      if (ended) {
        d[at + LegacyTable.MILLIS] = Math.max(d[at + LegacyTable.MILLIS], millis);
      }
      settledGifts = Math.addExact(settledGifts, d[at + LegacyTable.MAX] - beforeGifts);
      settledCoins = Math.addExact(settledCoins,
          Math.multiplyExact(d[at + LegacyTable.MAX], d[at + LegacyTable.COINS]) - before);
      return;
    }
    LegacyTable table = ended ? done : open;
    int slot = table.insert(key, giftId, group, max, coins, millis, host);
    table.data[slot + LegacyTable.MIN] = min;
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


  long settledCoins() {
    return settledCoins;
  }

  /** {@return open coins} */
  long openCoins() {
    long sum = 0;
    long[] d = open.data;
    for (int i = 0; i < open.capacity(); i++) {
      int at = open.offsetIfUsed(i);
      if (at >= 0) {
        sum = Math.addExact(sum, Math.multiplyExact(d[at + LegacyTable.MAX], d[at + LegacyTable.COINS]));
      }
    }
    return sum;
  }

  int forgetSettledBefore(Instant cutoff) {
    return done.removeBefore(cutoff.toEpochMilli());
  }

  static final class Names {
    private static final long EMPTY = 0;
    private final String argument;
    private long[] slots = new long[64]; // (hash << 32) | (index + 1); 0 = empty
    private String[] keys = new String[64];
    private String[] byIndex = new String[16];
    private int size;

    Names(String argument) {
      this.argument = argument;
    }

    /**
     * {@return its index, assigned on first sight}
     *
     * @param id an id, not null, not blank
     */
    int index(String id) {
      Objects.requireNonNull(id, argument);
      int hash = id.hashCode();
      int mask = slots.length - 1;
      int i = spread(hash) & mask;
      while (true) {
        long s = slots[i];
        if (s == EMPTY) {
          return add(id, hash, i);
        }
        if ((int) (s >>> 32) == hash) {
          String k = keys[i];
          if (k == id || k.equals(id)) {
            return (int) s - 1;
          }
        }
        i = (i + 1) & mask;
      }
    }

    private int add(String id, int hash, int slot) {
      if (id.isBlank()) {
        throw new IllegalArgumentException(argument + " must not be blank, was '" + id + "'");
      }
      int index = size++;
      if (index == byIndex.length) {
        byIndex = Arrays.copyOf(byIndex, index * 2);
      }
      byIndex[index] = id;
      slots[slot] = ((long) hash << 32) | (index + 1L);
      keys[slot] = id;
      if (2 * size > slots.length) {
        rehash();
      }
      return index;
    }

    private void rehash() {
      long[] oldSlots = slots;
      String[] oldKeys = keys;
      slots = new long[oldSlots.length * 2];
      keys = new String[oldKeys.length * 2];
      int mask = slots.length - 1;
      for (int j = 0; j < oldSlots.length; j++) {
        if (oldSlots[j] != EMPTY) {
          int i = spread((int) (oldSlots[j] >>> 32)) & mask;
          while (slots[i] != EMPTY) {
            i = (i + 1) & mask;
          }
          slots[i] = oldSlots[j];
          keys[i] = oldKeys[j];
        }
      }
    }

    private static int spread(int hash) {
      int h = hash * 0x9E3779B9;
      return h ^ (h >>> 16);
    }

    /**
     * {@return for each of {@code other}'s indexes, the same id's index here (added if new)}
     *
     * @param other ids indexed elsewhere
     */
    int[] indexesOf(Names other) {
      int[] mine = new int[other.size];
      for (int i = 0; i < mine.length; i++) {
        mine[i] = index(other.byIndex[i]);
      }
      return mine;
    }

    /** {@return the id with that index} */
    String get(int index) {
      return byIndex[index];
    }
  }

  static final class LegacyTable {
    static final int SENDER = 0;
    static final int GIFT = 1;
    static final int GROUP = 2;
    static final int MAX = 3;
    static final int MIN = 4;
    static final int COINS = 5;
    static final int MILLIS = 6;
    static final int HOST = 7;
    private static final int STRIDE = 8;
    private static final int MIN_CAPACITY = 16;

    /** Slot {@code i} occupies {@code data[i * 8 .. i * 8 + 7]}; {@code data[i * 8] == 0} marks it empty. */
    long[] data;
    private int size;
    private int mask;

    LegacyTable() {
      data = new long[MIN_CAPACITY * STRIDE];
      mask = MIN_CAPACITY - 1;
    }

    int size() {
      return size;
    }

    int capacity() {
      return mask + 1;
    }

    /** {@return the array offset of slot {@code i}'s first field, or -1 if the slot is empty} */
    int offsetIfUsed(int i) {
      int at = i * STRIDE;
      return data[at] == 0 ? -1 : at;
    }

    static int hash(long senderKey, long gift, long group) {
      long h = senderKey * 0x9E3779B97F4A7C15L + gift * 0xC2B2AE3D27D4EB4FL + group * 0x165667B19E3779F9L;
      h ^= h >>> 32;
      h *= 0xD6E8FEB86659FD93L;
      h ^= h >>> 29;
      return (int) h;
    }

    /** {@return the array offset of the key's slot, or -1} */
    int find(long senderKey, long gift, long group) {
      long[] d = data;
      int i = hash(senderKey, gift, group) & mask;
      while (true) {
        int at = i * STRIDE;
        long k = d[at];
        if (k == 0) {
          return -1;
        }
        if (k == senderKey && d[at + GIFT] == gift && d[at + GROUP] == group) {
          return at;
        }
        i = (i + 1) & mask;
      }
    }

    /** Inserts a key known to be absent; returns its array offset. */
    int insert(long senderKey, long gift, long group, long count, long coins, long millis, int host) {
      if (2 * (size + 1) > capacity()) {
        grow();
      }
      int at = freeSlot(senderKey, gift, group);
      long[] d = data;
      d[at] = senderKey;
      d[at + GIFT] = gift;
      d[at + GROUP] = group;
      d[at + MAX] = count;
      d[at + MIN] = count;
      d[at + COINS] = coins;
      d[at + MILLIS] = millis;
      d[at + HOST] = host;
      size++;
      return at;
    }

    /**
     * Finds the key, or inserts it with the given values in the same probe.
     *
     * @return the array offset of the new slot, or {@code -1 - offset} if the key was already present
     */
    int insertIfAbsent(long senderKey, long gift, long group, long count, long coins, long millis, int host) {
      if (2 * (size + 1) > capacity()) {
        grow();
      }
      long[] d = data;
      int i = hash(senderKey, gift, group) & mask;
      while (true) {
        int at = i * STRIDE;
        long k = d[at];
        if (k == 0) {
          d[at] = senderKey;
          d[at + GIFT] = gift;
          d[at + GROUP] = group;
          d[at + MAX] = count;
          d[at + MIN] = count;
          d[at + COINS] = coins;
          d[at + MILLIS] = millis;
          d[at + HOST] = host;
          size++;
          return at;
        }
        if (k == senderKey && d[at + GIFT] == gift && d[at + GROUP] == group) {
          return -1 - at;
        }
        i = (i + 1) & mask;
      }
    }

    private int freeSlot(long senderKey, long gift, long group) {
      int i = hash(senderKey, gift, group) & mask;
      while (data[i * STRIDE] != 0) {
        i = (i + 1) & mask;
      }
      return i * STRIDE;
    }

    static int host(long[] d, int at) {
      return (int) d[at + HOST];
    }

    private void grow() {
      long[] old = data;
      data = new long[old.length * 2];
      mask = data.length / STRIDE - 1;
      for (int at = 0; at < old.length; at += STRIDE) {
        if (old[at] != 0) {
          System.arraycopy(old, at, data, freeSlot(old[at], old[at + GIFT], old[at + GROUP]), STRIDE);
        }
      }
    }

    /** Removes the entry at array offset {@code at}, shifting later entries of its probe run back. */
    void remove(int at) {
      long[] d = data;
      int hole = at / STRIDE;
      int j = hole;
      while (true) {
        j = (j + 1) & mask;
        int jat = j * STRIDE;
        if (d[jat] == 0) {
          break;
        }
        int home = hash(d[jat], d[jat + GIFT], d[jat + GROUP]) & mask;
        // Move j into the hole unless its home is cyclically within (hole, j].
        boolean stays = hole <= j ? (home > hole && home <= j) : (home > hole || home <= j);
        if (!stays) {
          System.arraycopy(d, jat, d, hole * STRIDE, STRIDE);
          hole = j;
        }
      }
      d[hole * STRIDE] = 0;
      size--;
    }

    /** Drops every entry whose time is before {@code cutoff}; returns how many. */
    int removeBefore(long cutoff) {
      long[] old = data;
      data = new long[old.length];
      int before = size;
      size = 0;
      for (int at = 0; at < old.length; at += STRIDE) {
        if (old[at] != 0 && old[at + MILLIS] >= cutoff) {
          System.arraycopy(old, at, data, freeSlot(old[at], old[at + GIFT], old[at + GROUP]), STRIDE);
          size++;
        }
      }
      return before - size;
    }
  }
}
