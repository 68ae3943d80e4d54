package io.github.monetik.gifts;

import java.util.function.IntPredicate;

/**
 * A primitive open-addressing hash table (linear probing, backward-shift deletion) of fixed-size
 * records of {@code long}s, keyed by their first three fields; a first field of 0 marks an empty
 * slot. No object per entry: a lookup and its update touch one record in one array. The state
 * behind {@link ComboSettler} (combos, single gifts, the current combo of senders without group
 * ids). Not thread-safe; package-private.
 */
final class SlotTable {
  private static final int MIN_CAPACITY = 16;

  private final int stride;
  /** Slot {@code i} occupies {@code data[i * stride .. i * stride + stride - 1]}. */
  long[] data;
  private int size;
  private int mask;

  SlotTable(int stride) {
    this.stride = stride;
    this.data = new long[MIN_CAPACITY * stride];
    this.mask = MIN_CAPACITY - 1;
  }

  int size() {
    return size;
  }

  int capacity() {
    return mask + 1;
  }

  /** {@return the array offset of slot {@code i}'s first field, or -1 if the slot is empty} */
  int offsetIfUsed(int i) {
    int at = i * stride;
    return data[at] == 0 ? -1 : at;
  }

  static int hash(long k0, long k1, long k2) {
    long h = k0 * 0x9E3779B97F4A7C15L + k1 * 0xC2B2AE3D27D4EB4FL + k2 * 0x165667B19E3779F9L;
    h ^= h >>> 32;
    h *= 0xD6E8FEB86659FD93L;
    h ^= h >>> 29;
    return (int) h;
  }

  /** {@return the array offset of the key's record, or -1} */
  int find(long k0, long k1, long k2) {
    long[] d = data;
    int i = hash(k0, k1, k2) & mask;
    while (true) {
      int at = i * stride;
      long k = d[at];
      if (k == 0) {
        return -1;
      }
      if (k == k0 && d[at + 1] == k1 && d[at + 2] == k2) {
        return at;
      }
      i = (i + 1) & mask;
    }
  }

  /** Inserts a key known to be absent, the other fields zero; returns its array offset. */
  int insert(long k0, long k1, long k2) {
    if (2 * (size + 1) > capacity()) {
      grow();
    }
    int at = freeSlot(k0, k1, k2);
    long[] d = data;
    d[at] = k0;
    d[at + 1] = k1;
    d[at + 2] = k2;
    size++;
    return at;
  }

  private int freeSlot(long k0, long k1, long k2) {
    int i = hash(k0, k1, k2) & mask;
    while (data[i * stride] != 0) {
      i = (i + 1) & mask;
    }
    return i * stride;
  }

  private void grow() {
    long[] old = data;
    data = new long[old.length * 2];
    mask = data.length / stride - 1;
    for (int at = 0; at < old.length; at += stride) {
      if (old[at] != 0) {
        System.arraycopy(old, at, data, freeSlot(old[at], old[at + 1], old[at + 2]), stride);
      }
    }
  }

  /** Removes the record at array offset {@code at}, shifting later records of its probe run back. */
  void remove(int at) {
    long[] d = data;
    int hole = at / stride;
    int j = hole;
    while (true) {
      j = (j + 1) & mask;
      int jat = j * stride;
      if (d[jat] == 0) {
        break;
      }
      int home = hash(d[jat], d[jat + 1], d[jat + 2]) & mask;
      // Move j into the hole unless its home is cyclically within (hole, j].
      boolean stays = hole <= j ? (home > hole && home <= j) : (home > hole || home <= j);
      if (!stays) {
        System.arraycopy(d, jat, d, hole * stride, stride);
        hole = j;
      }
    }
    java.util.Arrays.fill(d, hole * stride, hole * stride + stride, 0L);
    size--;
  }

  /**
   * Empties the table and gives it room for {@code capacity} slots (a power of two, at least 16):
   * records inserted afterwards, up to half that many, land where the same inserts would land in
   * any table of that capacity. What restoring a settler's byte form needs to lay records out again
   * exactly as they were.
   */
  void reset(int capacity) {
    if (capacity < MIN_CAPACITY || Integer.bitCount(capacity) != 1) {
      throw new IllegalArgumentException("capacity must be a power of two >= " + MIN_CAPACITY + ", was " + capacity);
    }
    data = new long[capacity * stride];
    mask = capacity - 1;
    size = 0;
  }

  /**
   * {@return the least capacity a table grown by inserts alone has once it holds {@code records}}
   *
   * @param records how many records, {@code >= 0}
   */
  static int capacityFor(int records) {
    long c = MIN_CAPACITY;
    while (2L * records > c) {
      c <<= 1;
    }
    return (int) Math.min(c, 1 << 30);
  }

  /**
   * {@return the slot after which to list the records so that inserting them in that order, into an
   *     empty table of this capacity, lays them out exactly as here: an empty slot (one exists, as a
   *     table is at most half full)}. Going round from there, each record's probe run from its home
   *     slot is filled before it is reached, and nothing past it yet.
   */
  int emptySlot() {
    for (int i = 0; ; i++) {
      if (data[i * stride] == 0) {
        return i;
      }
    }
  }

  /** Drops every record the predicate (given a record's offset) selects, in one pass; returns how many. */
  int removeIf(IntPredicate drop) {
    long[] old = data;
    boolean[] dropped = new boolean[capacity()];
    int n = 0;
    for (int at = 0; at < old.length; at += stride) {
      if (old[at] != 0 && drop.test(at)) {
        dropped[at / stride] = true;
        n++;
      }
    }
    if (n == 0) {
      return 0;
    }
    data = new long[old.length];
    size = 0;
    for (int at = 0; at < old.length; at += stride) {
      if (old[at] != 0 && !dropped[at / stride]) {
        System.arraycopy(old, at, data, freeSlot(old[at], old[at + 1], old[at + 2]), stride);
        size++;
      }
    }
    return n;
  }
}
