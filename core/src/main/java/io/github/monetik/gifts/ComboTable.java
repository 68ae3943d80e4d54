package io.github.monetik.gifts;

/**
 * A primitive open-addressing hash table of combos (linear probing, backward-shift deletion), the
 * state behind {@link ComboSettler}. One slot per combo, no object per entry: each slot is eight
 * {@code long}s side by side in one array (64 bytes, one cache line), so a lookup and its update
 * touch one line of memory. A key is (sender index and kind, gift id, group id); the value is the
 * combo's largest and smallest repeat count, its coins per gift, the time that places it, its host
 * index (which table holds it says whether it ended). Not thread-safe; package-private.
 */
final class ComboTable {
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

  ComboTable() {
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
