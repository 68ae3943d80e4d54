package io.github.monetik.gifts;

import java.util.Arrays;
import java.util.function.IntPredicate;

/**
 * A primitive hash table of fixed-size records of {@code long}s, keyed by their first three fields
 * (a first field of 0 is never a key). No object per entry. The state behind {@link ComboSettler}
 * (combos, single gifts, the current combo of senders without group ids). Not thread-safe;
 * package-private.
 *
 * <p>Two arrays: the records, dense, in the order they were inserted ({@link #data}; a record is
 * addressed by its offset there), and the slots, an open-addressing index over them (linear probing,
 * backward-shift deletion), each slot one {@code long}: the key's hash and its record's number. A
 * slot is a twelfth the size of a combo record, so the index of a million settled combos is 16 MB
 * to probe, not the 235 MB the records themselves take, and each new record is written at the end
 * of the records. Where a key lands among the slots depends only on the keys inserted, their order
 * and the capacity, exactly as in a table of records in slots: what a settler's byte form relies on.
 */
final class SlotTable {
  private static final int MIN_CAPACITY = 16;

  private final int stride;
  /** Record {@code r} occupies {@code data[r * stride .. r * stride + stride - 1]}; records past {@code size} are zero. */
  long[] data;
  /** {@code (hash << 32) | (record + 1)}; 0 = empty. */
  private long[] slots;
  private int size;
  private int mask;

  SlotTable(int stride) {
    this.stride = stride;
    this.data = new long[MIN_CAPACITY / 2 * stride];
    this.slots = new long[MIN_CAPACITY];
    this.mask = MIN_CAPACITY - 1;
  }

  int size() {
    return size;
  }

  int capacity() {
    return mask + 1;
  }

  /** {@return the array offset of the record in slot {@code i}, or -1 if the slot is empty} */
  int offsetIfUsed(int i) {
    long s = slots[i];
    return s == 0 ? -1 : record(s) * stride;
  }

  /** {@return the array offset of record {@code r}, below {@link #size()}: the records in the order they were inserted} */
  int offset(int r) {
    return r * stride;
  }

  private static int record(long slot) {
    return (int) slot - 1;
  }

  /** {@return the slot, its hash kept, pointing at record {@code r}} */
  private static long withRecord(long slot, int r) {
    return (slot & 0xFFFF_FFFF_0000_0000L) | (r + 1L);
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
    long[] s = slots;
    int h = hash(k0, k1, k2);
    int i = h & mask;
    while (true) {
      long slot = s[i];
      if (slot == 0) {
        return -1;
      }
      if ((int) (slot >>> 32) == h) {
        int at = record(slot) * stride;
        long[] d = data;
        if (d[at] == k0 && d[at + 1] == k1 && d[at + 2] == k2) {
          return at;
        }
      }
      i = (i + 1) & mask;
    }
  }

  /** Inserts a key known to be absent, the other fields zero; returns its array offset. */
  int insert(long k0, long k1, long k2) {
    if (2 * (size + 1) > capacity()) {
      grow();
    }
    int r = size;
    int at = r * stride;
    if (at + stride > data.length) {
      data = Arrays.copyOf(data, Math.max(at + stride, (int) Math.min(2L * data.length, Integer.MAX_VALUE - 8)));
    }
    int h = hash(k0, k1, k2);
    slots[freeSlot(h)] = (long) h << 32 | (r + 1L);
    long[] d = data;
    d[at] = k0;
    d[at + 1] = k1;
    d[at + 2] = k2;
    size++;
    return at;
  }

  private int freeSlot(int hash) {
    long[] s = slots;
    int i = hash & mask;
    while (s[i] != 0) {
      i = (i + 1) & mask;
    }
    return i;
  }

  private void grow() {
    rebuild(new long[slots.length * 2], null);
  }

  /** Lays the slots out again in a table of {@code to}'s capacity, in their slot order, leaving out the dropped ones. */
  private void rebuild(long[] to, boolean @org.jspecify.annotations.Nullable [] dropped) {
    long[] old = slots;
    slots = to;
    mask = to.length - 1;
    for (int i = 0; i < old.length; i++) {
      long s = old[i];
      if (s != 0 && (dropped == null || !dropped[i])) {
        slots[freeSlot((int) (s >>> 32))] = s;
      }
    }
  }

  /**
   * Removes the record at array offset {@code at}, shifting later slots of its probe run back; the
   * last record moves into its place (so its offset changes; every other offset stays).
   */
  void remove(int at) {
    long[] s = slots;
    int r = at / stride;
    int hole = slotOf(r);
    int j = hole;
    while (true) {
      j = (j + 1) & mask;
      long sj = s[j];
      if (sj == 0) {
        break;
      }
      int home = (int) (sj >>> 32) & mask;
      // Move j into the hole unless its home is cyclically within (hole, j].
      boolean stays = hole <= j ? (home > hole && home <= j) : (home > hole || home <= j);
      if (!stays) {
        s[hole] = sj;
        hole = j;
      }
    }
    s[hole] = 0;
    int last = size - 1;
    long[] d = data;
    if (r != last) {
      int from = slotOf(last);
      System.arraycopy(d, last * stride, d, at, stride);
      s[from] = withRecord(s[from], r);
    }
    Arrays.fill(d, last * stride, last * stride + stride, 0L);
    size--;
  }

  /** {@return the slot that holds record {@code r}} */
  private int slotOf(int r) {
    long[] d = data;
    int at = r * stride;
    int i = hash(d[at], d[at + 1], d[at + 2]) & mask;
    while (record(slots[i]) != r) {
      i = (i + 1) & mask;
    }
    return i;
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
    slots = new long[capacity];
    data = new long[MIN_CAPACITY / 2 * stride];
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
      if (slots[i] == 0) {
        return i;
      }
    }
  }

  /** Drops every record the predicate (given a record's offset) selects, in one pass; returns how many. */
  int removeIf(IntPredicate drop) {
    boolean[] dropped = new boolean[capacity()];
    int n = 0;
    for (int i = 0; i < slots.length; i++) {
      long s = slots[i];
      if (s != 0 && drop.test(record(s) * stride)) {
        dropped[i] = true;
        n++;
      }
    }
    if (n == 0) {
      return 0;
    }
    // The survivors keep their slots' order; their records are packed again in that order.
    long[] old = data;
    long[] packed = new long[Math.max(MIN_CAPACITY / 2, size - n) * stride];
    int r = 0;
    for (int i = 0; i < slots.length; i++) {
      long s = slots[i];
      if (s != 0 && !dropped[i]) {
        System.arraycopy(old, record(s) * stride, packed, r * stride, stride);
        slots[i] = withRecord(s, r);
        r++;
      }
    }
    data = packed;
    size = r;
    rebuild(new long[slots.length], dropped);
    return n;
  }
}
