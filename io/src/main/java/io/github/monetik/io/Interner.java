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

  // Text as UTF-8 bytes (the CSV).
  private byte[][] byteKeys = new byte[0][];
  private String[] byteValues = new String[0];
  private int[] byteHashes = new int[0];
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
    if (byteKeys.length == 0) {
      byteKeys = new byte[START][];
      byteValues = new String[START];
      byteHashes = new int[START];
    }
    int h = 1;
    for (int i = from; i < to; i++) {
      h = 31 * h + b[i];
    }
    h ^= h >>> 16;
    int mask = byteKeys.length - 1;
    int i = h & mask;
    while (true) {
      byte[] k = byteKeys[i];
      if (k == null) {
        String s = new String(b, from, to - from, StandardCharsets.UTF_8);
        if (byteSize < MAX) {
          byteKeys[i] = Arrays.copyOfRange(b, from, to);
          byteValues[i] = s;
          byteHashes[i] = h;
          if (++byteSize * 2 > byteKeys.length) {
            rehashBytes();
          }
        }
        return s;
      }
      if (byteHashes[i] == h && Arrays.equals(k, 0, k.length, b, from, to)) {
        return byteValues[i];
      }
      i = (i + 1) & mask;
    }
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
    byte[][] ok = byteKeys;
    String[] ov = byteValues;
    int[] oh = byteHashes;
    byteKeys = new byte[ok.length * 2][];
    byteValues = new String[ok.length * 2];
    byteHashes = new int[ok.length * 2];
    int mask = byteKeys.length - 1;
    for (int j = 0; j < ok.length; j++) {
      if (ok[j] != null) {
        int i = oh[j] & mask;
        while (byteKeys[i] != null) {
          i = (i + 1) & mask;
        }
        byteKeys[i] = ok[j];
        byteValues[i] = ov[j];
        byteHashes[i] = oh[j];
      }
    }
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
