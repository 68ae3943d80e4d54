package io.github.monetik.io;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Turns repeated ids and names (a sender's id on each of their messages) into one shared
 * {@code String}, looked up by their bytes or chars without building a string first. Bounded: past
 * {@value #MAX} distinct values it makes new strings. Not thread-safe: one per chunk.
 */
final class Interner {
  static final int MAX = 1 << 20;
  private byte[][] keys = new byte[1 << 12][];
  private String[] values = new String[1 << 12];
  private int[] hashes = new int[1 << 12];
  private int size;

  String intern(byte[] b, int from, int to) {
    int h = 1;
    for (int i = from; i < to; i++) {
      h = 31 * h + b[i];
    }
    h ^= h >>> 16;
    int mask = keys.length - 1;
    int i = h & mask;
    while (true) {
      byte[] k = keys[i];
      if (k == null) {
        String s = new String(b, from, to - from, StandardCharsets.UTF_8);
        if (size < MAX) {
          keys[i] = Arrays.copyOfRange(b, from, to);
          values[i] = s;
          hashes[i] = h;
          if (++size * 2 > keys.length) {
            rehash();
          }
        }
        return s;
      }
      if (hashes[i] == h && Arrays.equals(k, 0, k.length, b, from, to)) {
        return values[i];
      }
      i = (i + 1) & mask;
    }
  }

  String intern(char[] c, int from, int to) {
    byte[] b = new String(c, from, to - from).getBytes(StandardCharsets.UTF_8);
    return intern(b, 0, b.length);
  }

  private void rehash() {
    byte[][] ok = keys;
    String[] ov = values;
    int[] oh = hashes;
    keys = new byte[ok.length * 2][];
    values = new String[ok.length * 2];
    hashes = new int[ok.length * 2];
    int mask = keys.length - 1;
    for (int j = 0; j < ok.length; j++) {
      if (ok[j] != null) {
        int i = oh[j] & mask;
        while (keys[i] != null) {
          i = (i + 1) & mask;
        }
        keys[i] = ok[j];
        values[i] = ov[j];
        hashes[i] = oh[j];
      }
    }
  }
}
