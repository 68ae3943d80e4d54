package io.github.monetik.internal;

import java.util.Arrays;

/**
 * Dense indexes 0, 1, 2, ... for {@code long} keys (gift ids, epoch minutes), in a primitive
 * open-addressing table: {@link IdTable}'s twin for keys that are numbers, with the same hash
 * mixer. Not thread-safe; {@link #copy()} gives an independent table in O(size).
 */
public final class LongIndex {
  private long[] keys = new long[32];
  private int[] slots = new int[32]; // index + 1; 0 = empty
  private long[] byIndex = new long[8];
  private int size;

  /** An empty index. */
  public LongIndex() {}

  private LongIndex(LongIndex other) {
    keys = other.keys.clone();
    slots = other.slots.clone();
    byIndex = other.byIndex.clone();
    size = other.size;
  }

  /** {@return an independent copy} */
  public LongIndex copy() {
    return new LongIndex(this);
  }

  /**
   * {@return the key's index, assigned on first sight}
   *
   * @param key any long
   */
  public int index(long key) {
    int mask = slots.length - 1;
    int i = mix(key) & mask;
    while (true) {
      int s = slots[i];
      if (s == 0) {
        return add(key, i);
      }
      if (keys[i] == key) {
        return s - 1;
      }
      i = (i + 1) & mask;
    }
  }

  /**
   * {@return the key's index, or -1 if it has none}
   *
   * @param key any long
   */
  public int find(long key) {
    int mask = slots.length - 1;
    int i = mix(key) & mask;
    while (true) {
      int s = slots[i];
      if (s == 0) {
        return -1;
      }
      if (keys[i] == key) {
        return s - 1;
      }
      i = (i + 1) & mask;
    }
  }

  private int add(long key, int slot) {
    int index = size++;
    if (index == byIndex.length) {
      byIndex = Arrays.copyOf(byIndex, index * 2);
    }
    byIndex[index] = key;
    keys[slot] = key;
    slots[slot] = index + 1;
    if (2 * size > slots.length) {
      rehash();
    }
    return index;
  }

  private void rehash() {
    long[] oldKeys = keys;
    int[] oldSlots = slots;
    keys = new long[oldKeys.length * 2];
    slots = new int[oldSlots.length * 2];
    int mask = slots.length - 1;
    for (int j = 0; j < oldSlots.length; j++) {
      if (oldSlots[j] != 0) {
        int i = mix(oldKeys[j]) & mask;
        while (slots[i] != 0) {
          i = (i + 1) & mask;
        }
        slots[i] = oldSlots[j];
        keys[i] = oldKeys[j];
      }
    }
  }

  /** {@return the key folded to an int and spread, for the table index in its low bits} */
  static int mix(long key) {
    return IdTable.spread((int) (key ^ (key >>> 32)));
  }

  /**
   * {@return the key with that index}
   *
   * @param index an index below {@link #size()}
   */
  public long get(int index) {
    return byIndex[index];
  }

  /** {@return how many keys have an index} */
  public int size() {
    return size;
  }

  /** {@return how many slots the table has: a power of two, at least twice {@link #size()}} */
  int capacity() {
    return slots.length;
  }
}
