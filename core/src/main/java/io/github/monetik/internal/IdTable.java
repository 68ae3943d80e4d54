package io.github.monetik.internal;

import java.util.Arrays;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Interns keys (sender ids, host ids, pairs of people) to dense indexes 0, 1, 2, ... with a
 * primitive open-addressing table: one {@code long} per slot holds the key's hash and its index, so
 * a lookup reads one array slot and calls {@code equals} only when the hashes match. The engines'
 * one id table. Not thread-safe.
 *
 * @param <K> the key type, with a well-spread {@code hashCode} (a {@code String}'s is cached)
 */
public final class IdTable<K> {
  private static final long EMPTY = 0;
  private static final Consumer<Object> ADMIT_ALL = k -> {};

  private final Consumer<? super K> admit;
  private long[] slots = new long[64]; // (hash << 32) | (index + 1); 0 = empty
  private @Nullable Object[] keys = new Object[64];
  private Object[] byIndex = new Object[16];
  private int size;

  /** A table that admits every key. */
  public IdTable() {
    this(ADMIT_ALL);
  }

  private IdTable(IdTable<K> other) {
    admit = other.admit;
    slots = other.slots.clone();
    keys = other.keys.clone();
    byIndex = other.byIndex.clone();
    size = other.size;
  }

  /** {@return an independent copy, in O(size)} */
  public IdTable<K> copy() {
    return new IdTable<>(this);
  }

  /**
   * A table that checks each new key once, before it gets an index.
   *
   * @param admit throws if a key must not be admitted (a blank id, say); called once per new key
   */
  public IdTable(Consumer<? super K> admit) {
    this.admit = admit;
  }

  /**
   * {@return the key's index, assigned on first sight}
   *
   * @param key a key, not null
   * @throws RuntimeException whatever the admission check throws for a new key (the table is unchanged)
   */
  public int index(K key) {
    int hash = key.hashCode();
    int i = slotOf(key, hash);
    long s = slots[i];
    return s == EMPTY ? add(key, hash, i) : (int) s - 1;
  }

  /**
   * {@return the key's index, or -1 if it has none}
   *
   * @param key a key, not null
   */
  public int find(K key) {
    long s = slots[slotOf(key, key.hashCode())];
    return s == EMPTY ? -1 : (int) s - 1;
  }

  /** {@return the slot holding the key, or the empty slot where it would go} */
  private int slotOf(K key, int hash) {
    int mask = slots.length - 1;
    int i = spread(hash) & mask;
    while (true) {
      long s = slots[i];
      if (s == EMPTY || ((int) (s >>> 32) == hash && isKey(keys[i], key))) {
        return i;
      }
      i = (i + 1) & mask;
    }
  }

  private static boolean isKey(@Nullable Object k, Object key) {
    return k == key || key.equals(k);
  }

  private int add(K key, int hash, int slot) {
    admit.accept(key);
    int index = size++;
    if (index == byIndex.length) {
      byIndex = Arrays.copyOf(byIndex, index * 2);
    }
    byIndex[index] = key;
    slots[slot] = ((long) hash << 32) | (index + 1L);
    keys[slot] = key;
    if (2 * size > slots.length) {
      rehash();
    }
    return index;
  }

  private void rehash() {
    long[] oldSlots = slots;
    @Nullable Object[] oldKeys = keys;
    slots = new long[oldSlots.length * 2];
    keys = new Object[oldKeys.length * 2];
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

  /**
   * {@return a hash spread over all bits (Fibonacci hashing), for tables indexed by its low bits}
   *
   * @param hash a hash code
   */
  public static int spread(int hash) {
    int h = hash * 0x9E3779B9;
    return h ^ (h >>> 16);
  }

  /**
   * {@return for each of {@code other}'s indexes, the same key's index here (added if new)}
   *
   * @param other keys indexed elsewhere
   */
  public int[] indexesOf(IdTable<? extends K> other) {
    int[] mine = new int[other.size];
    for (int i = 0; i < mine.length; i++) {
      mine[i] = index(other.get(i));
    }
    return mine;
  }

  /**
   * {@return the key with that index}
   *
   * @param index an index below {@link #size()}
   */
  @SuppressWarnings("unchecked")
  public K get(int index) {
    return (K) byIndex[index];
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
