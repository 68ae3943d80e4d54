package io.github.monetik.io;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Turns repeated ids and names (a sender's id on each of their messages) into one shared
 * {@code String}, looked up by their bytes, chars or numeric value without building a string first.
 * Shared strings also let core's id tables match by reference, with the string's hash computed once.
 * Bounded: past {@value #MAX} distinct values per kind it makes new strings. Not thread-safe: one per
 * chunk.
 */
final class Interner {
  static final int MAX = 1 << 20;
  private static final int START = 1 << 12;

  // Text as UTF-8 bytes (the CSV): a slot is 4 longs, (hash << 32 | length), the first 16 bytes (zero
  // past the end), and the value's number + 1, so a lookup of an id of up to 16 bytes reads one slot
  // and compares two longs; longer texts keep their remaining bytes apart.
  private static final int B_STRIDE = 4;
  private long[] byteSlots = new long[0];
  private String[] byteValues = new String[0];
  private byte[][] byteRest = new byte[0][];
  private int byteSize;

  // Text as chars (Jackson's text buffer).
  private String[] charValues = new String[0];
  private int[] charHashes = new int[0];
  private int charSize;

  // Whole numbers in decimal (JSON ids written as numbers or decimal strings).
  private long[] longKeys = new long[0];
  private String[] longValues = new String[0];
  private int longSize;

  String intern(byte[] b, int from, int to) {
    if (byteSlots.length == 0) {
      byteSlots = new long[START * B_STRIDE];
      byteValues = new String[START / 2];
      byteRest = new byte[START / 2][];
    }
    int n = to - from;
    long k0;
    long k1;
    if (from + 16 <= b.length) {
      k0 = n >= 8 ? (long) Text.LONGS.get(b, from) : n == 0 ? 0 : (long) Text.LONGS.get(b, from) & -1L >>> (64 - 8 * n);
      k1 = n >= 16 ? (long) Text.LONGS.get(b, from + 8) : n <= 8 ? 0 : (long) Text.LONGS.get(b, from + 8) & -1L >>> (128 - 8 * n);
    } else {
      k0 = word(b, from, Math.min(to, from + 8));
      k1 = word(b, from + 8, Math.min(to, from + 16));
    }
    long h = (k0 * 0x9E3779B97F4A7C15L + k1) * 0xC2B2AE3D27D4EB4FL + n;
    for (int i = from + 16; i < to; i++) {
      h = h * 31 + b[i];
    }
    int hash = (int) (h ^ h >>> 32);
    long meta = (long) hash << 32 | n;
    long[] slots = byteSlots;
    int mask = slots.length / B_STRIDE - 1;
    int i = hash & mask;
    while (true) {
      int at = i * B_STRIDE;
      long v = slots[at + 3];
      if (v == 0) {
        return addBytes(b, from, to, meta, k0, k1, at);
      }
      if (slots[at] == meta && slots[at + 1] == k0 && slots[at + 2] == k1
          && (n <= 16 || Arrays.equals(byteRest[(int) v - 1], 0, n - 16, b, from + 16, to))) {
        return byteValues[(int) v - 1];
      }
      i = (i + 1) & mask;
    }
  }

  /** {@return bytes [from, to), at most 8, as a little-endian long} */
  private static long word(byte[] b, int from, int to) {
    long w = 0;
    for (int i = to - 1; i >= from; i--) {
      w = w << 8 | (b[i] & 0xff);
    }
    return w;
  }

  private String addBytes(byte[] b, int from, int to, long meta, long k0, long k1, int at) {
    String s = new String(b, from, to - from, StandardCharsets.UTF_8);
    if (byteSize == MAX) {
      return s;
    }
    if (byteSize == byteValues.length) {
      byteValues = Arrays.copyOf(byteValues, byteSize * 2);
      byteRest = Arrays.copyOf(byteRest, byteSize * 2);
    }
    byteValues[byteSize] = s;
    if (to - from > 16) {
      byteRest[byteSize] = Arrays.copyOfRange(b, from + 16, to);
    }
    byteSlots[at] = meta;
    byteSlots[at + 1] = k0;
    byteSlots[at + 2] = k1;
    byteSlots[at + 3] = ++byteSize;
    if (byteSize * 2 > byteSlots.length / B_STRIDE) {
      rehashBytes();
    }
    return s;
  }

  String intern(char[] c, int from, int to) {
    if (charValues.length == 0) {
      charValues = new String[START];
      charHashes = new int[START];
    }
    int h = 0;
    for (int i = from; i < to; i++) {
      h = 31 * h + c[i];
    }
    int spread = h ^ (h >>> 16);
    int mask = charValues.length - 1;
    int i = spread & mask;
    while (true) {
      String k = charValues[i];
      if (k == null) {
        String s = new String(c, from, to - from);
        if (charSize < MAX) {
          charValues[i] = s;
          charHashes[i] = h;
          if (++charSize * 2 > charValues.length) {
            rehashChars();
          }
        }
        return s;
      }
      if (charHashes[i] == h && sameChars(k, c, from, to)) {
        return k;
      }
      i = (i + 1) & mask;
    }
  }

  /** {@return the decimal text of the number, shared} */
  String intern(long n) {
    if (longValues.length == 0) {
      longKeys = new long[START];
      longValues = new String[START];
    }
    int mask = longValues.length - 1;
    int i = spread(n) & mask;
    while (true) {
      String v = longValues[i];
      if (v == null) {
        String s = Long.toString(n);
        if (longSize < MAX) {
          longKeys[i] = n;
          longValues[i] = s;
          if (++longSize * 2 > longValues.length) {
            rehashLongs();
          }
        }
        return s;
      }
      if (longKeys[i] == n) {
        return v;
      }
      i = (i + 1) & mask;
    }
  }

  private static int spread(long n) {
    long h = n * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 32));
  }

  private static boolean sameChars(String k, char[] c, int from, int to) {
    if (k.length() != to - from) {
      return false;
    }
    for (int j = from; j < to; j++) {
      if (k.charAt(j - from) != c[j]) {
        return false;
      }
    }
    return true;
  }

  private void rehashBytes() {
    long[] old = byteSlots;
    long[] slots = new long[old.length * 2];
    int mask = slots.length / B_STRIDE - 1;
    for (int j = 0; j < old.length; j += B_STRIDE) {
      if (old[j + 3] != 0) {
        int i = (int) (old[j] >>> 32) & mask;
        while (slots[i * B_STRIDE + 3] != 0) {
          i = (i + 1) & mask;
        }
        System.arraycopy(old, j, slots, i * B_STRIDE, B_STRIDE);
      }
    }
    byteSlots = slots;
  }

  private void rehashChars() {
    String[] ov = charValues;
    int[] oh = charHashes;
    charValues = new String[ov.length * 2];
    charHashes = new int[ov.length * 2];
    int mask = charValues.length - 1;
    for (int j = 0; j < ov.length; j++) {
      if (ov[j] != null) {
        int i = (oh[j] ^ (oh[j] >>> 16)) & mask;
        while (charValues[i] != null) {
          i = (i + 1) & mask;
        }
        charValues[i] = ov[j];
        charHashes[i] = oh[j];
      }
    }
  }

  private void rehashLongs() {
    long[] ok = longKeys;
    String[] ov = longValues;
    longKeys = new long[ok.length * 2];
    longValues = new String[ov.length * 2];
    int mask = longValues.length - 1;
    for (int j = 0; j < ov.length; j++) {
      if (ov[j] != null) {
        int i = spread(ok[j]) & mask;
        while (longValues[i] != null) {
          i = (i + 1) & mask;
        }
        longKeys[i] = ok[j];
        longValues[i] = ov[j];
      }
    }
  }
}
