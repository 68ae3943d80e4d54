package io.github.monetik.gifts;

/**
 * A first-in first-out queue of record keys with a time each (four {@code long}s an entry, in one
 * growing ring array): how {@link ComboSettler} finds the settled identities to drop once the stream
 * has moved past them, without scanning its tables. Not thread-safe; package-private.
 */
final class KeyQueue {
  private long[] ring = new long[4 * 64];
  private int head;
  private int size;

  void push(long k0, long k1, long k2, long time) {
    if (size * 4 == ring.length) {
      long[] bigger = new long[ring.length * 2];
      for (int i = 0; i < size; i++) {
        System.arraycopy(ring, ((head + i) % (ring.length / 4)) * 4, bigger, i * 4, 4);
      }
      ring = bigger;
      head = 0;
    }
    int at = ((head + size) % (ring.length / 4)) * 4;
    ring[at] = k0;
    ring[at + 1] = k1;
    ring[at + 2] = k2;
    ring[at + 3] = time;
    size++;
  }

  boolean isEmpty() {
    return size == 0;
  }

  /** {@return the offset of the oldest entry in {@link #array()}} */
  int head() {
    return head * 4;
  }

  long[] array() {
    return ring;
  }

  void pop() {
    head = (head + 1) % (ring.length / 4);
    size--;
  }

  int size() {
    return size;
  }
}
