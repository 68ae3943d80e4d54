package io.github.monetik.gifts;

import java.util.Arrays;

/**
 * A primitive open-addressing hash table of combos (linear probing, backward-shift deletion), the
 * state behind {@link ComboSettler}. One slot per combo, parallel arrays, no object per entry: a key
 * is (sender index and kind, gift id, group id); the value is the combo's largest and smallest repeat
 * count, its coins per gift, the timestamp that places it in time, its host index and whether it
 * ended. Not thread-safe; package-private.
 */
final class ComboTable {
  private static final int MIN_CAPACITY = 16;

  long[] senderKey; // (senderIndex << 1 | kind) + 1; 0 marks an empty slot
  long[] gift;
  long[] group;
  long[] maxCount;
  long[] minCount;
  long[] coins;
  long[] millis;
  int[] host;
  boolean[] ended;
  private int size;
  private int mask;

  ComboTable() {
    allocate(MIN_CAPACITY);
  }

  private void allocate(int capacity) {
    senderKey = new long[capacity];
    gift = new long[capacity];
    group = new long[capacity];
    maxCount = new long[capacity];
    minCount = new long[capacity];
    coins = new long[capacity];
    millis = new long[capacity];
    host = new int[capacity];
    ended = new boolean[capacity];
    mask = capacity - 1;
  }

  int size() {
    return size;
  }

  int capacity() {
    return senderKey.length;
  }

  private static int hash(long senderKey, long gift, long group) {
    long h = senderKey * 0x9E3779B97F4A7C15L + gift * 0xC2B2AE3D27D4EB4FL + group * 0x165667B19E3779F9L;
    h ^= h >>> 32;
    h *= 0xD6E8FEB86659FD93L;
    h ^= h >>> 29;
    return (int) h;
  }

  /** @return the slot holding the key, or -1 */
  int find(long senderKey, long gift, long group) {
    int i = hash(senderKey, gift, group) & mask;
    while (true) {
      long k = this.senderKey[i];
      if (k == 0) {
        return -1;
      }
      if (k == senderKey && this.gift[i] == gift && this.group[i] == group) {
        return i;
      }
      i = (i + 1) & mask;
    }
  }

  /** Inserts a key known to be absent; returns its slot. */
  int insert(long senderKey, long gift, long group, long count, long coins, long millis, int host, boolean ended) {
    if (2 * (size + 1) > this.senderKey.length) {
      grow();
    }
    int i = hash(senderKey, gift, group) & mask;
    while (this.senderKey[i] != 0) {
      i = (i + 1) & mask;
    }
    put(i, senderKey, gift, group, count, count, coins, millis, host, ended);
    size++;
    return i;
  }

  private void put(int i, long senderKey, long gift, long group, long maxCount, long minCount, long coins, long millis,
      int host, boolean ended) {
    this.senderKey[i] = senderKey;
    this.gift[i] = gift;
    this.group[i] = group;
    this.maxCount[i] = maxCount;
    this.minCount[i] = minCount;
    this.coins[i] = coins;
    this.millis[i] = millis;
    this.host[i] = host;
    this.ended[i] = ended;
  }

  private void grow() {
    long[] k = senderKey;
    long[] g = gift;
    long[] gr = group;
    long[] mx = maxCount;
    long[] mn = minCount;
    long[] c = coins;
    long[] ms = millis;
    int[] h = host;
    boolean[] e = ended;
    allocate(k.length * 2);
    for (int j = 0; j < k.length; j++) {
      if (k[j] != 0) {
        int i = hash(k[j], g[j], gr[j]) & mask;
        while (senderKey[i] != 0) {
          i = (i + 1) & mask;
        }
        put(i, k[j], g[j], gr[j], mx[j], mn[j], c[j], ms[j], h[j], e[j]);
      }
    }
  }

  /** Removes the entry in slot {@code i}, shifting later entries of its probe run back. */
  void remove(int i) {
    int hole = i;
    int j = i;
    while (true) {
      j = (j + 1) & mask;
      if (senderKey[j] == 0) {
        break;
      }
      int home = hash(senderKey[j], gift[j], group[j]) & mask;
      // Move j into the hole if its home is not cyclically within (hole, j].
      boolean between = hole <= j ? (home > hole && home <= j) : (home > hole || home <= j);
      if (!between) {
        put(hole, senderKey[j], gift[j], group[j], maxCount[j], minCount[j], coins[j], millis[j], host[j], ended[j]);
        hole = j;
      }
    }
    senderKey[hole] = 0;
    size--;
  }

  /** Drops every entry whose time is before {@code cutoff}; returns how many. */
  int removeBefore(long cutoff) {
    int removed = 0;
    // Rebuild: simplest correct way with linear probing.
    long[] k = Arrays.copyOf(senderKey, senderKey.length);
    long[] g = gift;
    long[] gr = group;
    long[] mx = maxCount;
    long[] mn = minCount;
    long[] c = coins;
    long[] ms = millis;
    int[] h = host;
    boolean[] e = ended;
    allocate(senderKey.length);
    size = 0;
    for (int j = 0; j < k.length; j++) {
      if (k[j] != 0) {
        if (ms[j] < cutoff) {
          removed++;
        } else {
          int i = insert(k[j], g[j], gr[j], mx[j], c[j], ms[j], h[j], e[j]);
          minCount[i] = mn[j];
        }
      }
    }
    return removed;
  }
}
