package io.github.monetik.gifts;

import java.util.Arrays;
import java.util.Objects;

/**
 * Interns ids (senders, hosts) to dense indexes 0, 1, 2, ... with a primitive open-addressing table:
 * one {@code long} per slot holds the string's hash and its index, so a lookup reads one array slot
 * and compares the string only when the hashes match. Not thread-safe; package-private.
 */
final class Names {
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
