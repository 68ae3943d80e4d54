package io.github.monetik.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The compact, versioned byte form of an accumulator that an engine ships between machines (a
 * settler, a batch): a header (magic {@code MNTK}, the form's kind, its version, a digest of the
 * rules it was built under), then values as variable-length integers, UTF-8 text and decimals.
 *
 * <p>Text is UTF-8, generalized so that every Java string comes back as it was: a surrogate without
 * its partner (which standard UTF-8 cannot hold, and {@link String#getBytes} would turn into
 * {@code '?'}) is written as the three bytes of its code unit, as WTF-8 does. Well-formed text is
 * plain UTF-8. Reading is strict: malformed or overlong sequences, and a surrogate pair written as
 * two halves, are refused, so each text has one form.
 *
 * <p>Reading never trusts the bytes: a wrong header, a value out of its range, a length beyond what
 * is left, trailing bytes: each is an {@link IllegalArgumentException} naming {@code form}, the field
 * and the byte offset. Lengths are checked against the bytes left before anything is allocated, so a
 * crafted form cannot make a reader allocate more than the form's own size allows.
 */
public final class Form {
  private static final byte[] MAGIC = {'M', 'N', 'T', 'K'};

  private Form() {}

  /**
   * {@return a stable 64-bit digest of a text (FNV-1a over its UTF-8 bytes)}: what a form records of
   * the rules it was built under, so it is not read back under others.
   *
   * @param text the rules' full description
   */
  public static long digest(String text) {
    long h = 0xcbf29ce484222325L;
    for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
      h ^= b & 0xff;
      h *= 0x100000001b3L;
    }
    return h;
  }

  /** The UTF-8 length of a text, each unpaired surrogate taking three bytes. */
  private static int utf8Length(String s) {
    long len = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        len += 1;
      } else if (c < 0x800) {
        len += 2;
      } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
        len += 4;
        i++;
      } else {
        len += 3;
      }
    }
    return Math.toIntExact(len);
  }

  /** The most bytes of a decimal's unscaled value: enough for 201 digits, more than any number within bounds needs. */
  private static final int MAX_DECIMAL_BYTES = 85;

  private static boolean decimal(BigDecimal v) {
    return Math.abs(v.scale()) <= Bounds.MAX_DIGITS && Bounds.within(v)
        && v.unscaledValue().bitLength() < 8 * MAX_DECIMAL_BYTES;
  }

  /**
   * {@return a writer whose form starts with its header}
   *
   * @param kind the form's kind, one byte ({@code 'G'} for a gift settler, ...)
   * @param version the form's version, 1 to 255
   * @param rules the digest of the rules the state was built under
   */
  public static Writer write(char kind, int version, long rules) {
    Writer w = new Writer();
    w.raw(MAGIC);
    w.raw(new byte[] {(byte) kind, (byte) version});
    w.fixed(rules);
    return w;
  }

  /**
   * {@return a reader past the form's header}
   *
   * @param form the bytes
   * @param kind the kind expected
   * @param what the kind's name, for messages ({@code "gift settler"})
   * @param version the newest version this reader knows (older ones are refused too, for now: there are none)
   * @param rules the digest of the rules the reader restores under
   * @throws NullPointerException if {@code form} is null
   * @throws IllegalArgumentException naming {@code form} if the header is not the one expected
   */
  public static Reader read(byte[] form, char kind, String what, int version, long rules) {
    Checks.notNull(form, "form");
    if (form.length < 14 || !Arrays.equals(form, 0, 4, MAGIC, 0, 4)) {
      throw new IllegalArgumentException("form must be a Monetik " + what + " form (starting 'MNTK'), was " + form.length
          + " bytes that do not start so");
    }
    if (form[4] != (byte) kind) {
      throw new IllegalArgumentException("form must be the " + what + " form (kind '" + kind + "'), was kind '"
          + (char) (form[4] & 0xff) + "'");
    }
    int v = form[5] & 0xff;
    if (v != version) {
      throw new IllegalArgumentException("form must be version " + version + " of the " + what + " form, was version " + v);
    }
    Reader r = new Reader(form, what, 6);
    long digest = r.fixed();
    if (digest != rules) {
      throw new IllegalArgumentException("form must be restored under the rules it was written under (digest "
          + Long.toHexString(digest) + "), was restored under others (digest " + Long.toHexString(rules) + ")");
    }
    return r;
  }

  /** Appends values; not thread-safe. */
  public static final class Writer {
    private byte[] buf = new byte[64];
    private int n;

    private Writer() {}

    private void room(int more) {
      if (n + more > buf.length) {
        buf = Arrays.copyOf(buf, Math.max(buf.length * 2, n + more));
      }
    }

    private void raw(byte[] b) {
      room(b.length);
      System.arraycopy(b, 0, buf, n, b.length);
      n += b.length;
    }

    private void fixed(long v) {
      room(8);
      for (int i = 56; i >= 0; i -= 8) {
        buf[n++] = (byte) (v >>> i);
      }
    }

    /**
     * {@return this writer, a long appended (zig-zag varint: small values of either sign take few bytes)}
     *
     * @param v the value
     */
    public Writer putLong(long v) {
      long z = (v << 1) ^ (v >> 63);
      room(10);
      while ((z & ~0x7FL) != 0) {
        buf[n++] = (byte) ((z & 0x7F) | 0x80);
        z >>>= 7;
      }
      buf[n++] = (byte) z;
      return this;
    }

    /**
     * {@return this writer, a boolean appended}
     *
     * @param v the value
     */
    public Writer putBoolean(boolean v) {
      return putLong(v ? 1 : 0);
    }

    /**
     * {@return this writer, a text appended (its UTF-8 length, then its bytes); null as length -1}
     *
     * @param s the text, or null
     */
    public Writer putString(@org.jspecify.annotations.Nullable String s) {
      if (s == null) {
        return putLong(-1);
      }
      int len = utf8Length(s);
      putLong(len);
      room(len);
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (c < 0x80) {
          buf[n++] = (byte) c;
        } else if (c < 0x800) {
          buf[n++] = (byte) (0xC0 | c >> 6);
          buf[n++] = (byte) (0x80 | (c & 0x3F));
        } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
          int cp = Character.toCodePoint(c, s.charAt(++i));
          buf[n++] = (byte) (0xF0 | cp >> 18);
          buf[n++] = (byte) (0x80 | (cp >> 12 & 0x3F));
          buf[n++] = (byte) (0x80 | (cp >> 6 & 0x3F));
          buf[n++] = (byte) (0x80 | (cp & 0x3F));
        } else {
          buf[n++] = (byte) (0xE0 | c >> 12);
          buf[n++] = (byte) (0x80 | (c >> 6 & 0x3F));
          buf[n++] = (byte) (0x80 | (c & 0x3F));
        }
      }
      return this;
    }

    /**
     * {@return this writer, a decimal appended: its scale, then its unscaled value's two's-complement bytes (their count first)}
     *
     * @param v a number within Monetik's bounds ({@link Bounds}), written with at most
     *     {@value Bounds#MAX_DIGITS} decimals (a scale in [-{@value Bounds#MAX_DIGITS}, {@value Bounds#MAX_DIGITS}])
     * @throws IllegalArgumentException naming {@code v} if it is not: the reader would refuse it
     */
    public Writer putDecimal(BigDecimal v) {
      if (!decimal(v)) {
        throw Checks.invalid("v", "a decimal within bounds with a scale in [-" + Bounds.MAX_DIGITS + ", "
            + Bounds.MAX_DIGITS + "]", v);
      }
      byte[] unscaled = v.unscaledValue().toByteArray();
      putLong(v.scale());
      putLong(unscaled.length);
      raw(unscaled);
      return this;
    }

    /** {@return the form's bytes} */
    public byte[] toBytes() {
      return Arrays.copyOf(buf, n);
    }
  }

  /** Reads values back, checking each; not thread-safe. */
  public static final class Reader {
    private final byte[] b;
    private final String what;
    private int at;

    private Reader(byte[] b, String what, int at) {
      this.b = b;
      this.what = what;
      this.at = at;
    }

    private IllegalArgumentException bad(String field, String expected, @org.jspecify.annotations.Nullable Object was) {
      return new IllegalArgumentException("form (" + what + ") field " + field + " at byte " + at + " must be "
          + expected + ", was " + Checks.echo(was));
    }

    private long fixed() {
      long v = 0;
      for (int i = 0; i < 8; i++) {
        v = (v << 8) | (b[at++] & 0xff);
      }
      return v;
    }

    /**
     * {@return the next long}
     *
     * @param field the field's name, for messages
     * @throws IllegalArgumentException if the form ends, or the varint is longer than a long's or
     *     not in its fewest bytes (each value has one form)
     */
    public long getLong(String field) {
      long z = 0;
      for (int shift = 0; shift < 70; shift += 7) {
        if (at >= b.length) {
          throw bad(field, "present", "the form's end (truncated)");
        }
        byte x = b[at++];
        if (shift == 63 && (x & 0x7E) != 0) {
          throw bad(field, "a varint within 64 bits", "one beyond them");
        }
        z |= (long) (x & 0x7F) << shift;
        if (x >= 0) {
          if (x == 0 && shift > 0) {
            throw bad(field, "a varint in the fewest bytes", "one ending in a zero byte");
          }
          return (z >>> 1) ^ -(z & 1);
        }
      }
      throw bad(field, "a varint of at most 10 bytes", "longer");
    }

    /**
     * {@return the next long, checked to lie in [min, max]}
     *
     * @param field the field's name
     * @param min the least value allowed
     * @param max the greatest value allowed
     */
    public long getLong(String field, long min, long max) {
      long v = getLong(field);
      if (v < min || v > max) {
        throw bad(field, "in [" + min + ", " + max + "]", v);
      }
      return v;
    }

    /**
     * {@return the next int, checked to lie in [min, max]}
     *
     * @param field the field's name
     * @param min the least value allowed
     * @param max the greatest value allowed
     */
    public int getInt(String field, int min, int max) {
      return (int) getLong(field, min, max);
    }

    /**
     * {@return a count of elements that follow, each taking at least {@code minBytes} bytes: never more
     *     than the bytes left allow, so a crafted count allocates nothing large}
     *
     * @param field the field's name
     * @param minBytes the fewest bytes one element takes (1 or more)
     */
    public int getCount(String field, int minBytes) {
      long v = getLong(field);
      long left = (long) (b.length - at) / Math.max(1, minBytes);
      if (v < 0 || v > left) {
        throw bad(field, "a count in [0, " + left + "] (what the bytes left can hold)", v);
      }
      return (int) v;
    }

    /**
     * {@return the next boolean}
     *
     * @param field the field's name
     */
    public boolean getBoolean(String field) {
      return getLong(field, 0, 1) == 1;
    }

    /**
     * {@return the next text, or null}
     *
     * @param field the field's name
     */
    public @org.jspecify.annotations.Nullable String getString(String field) {
      long len = getLong(field + " length");
      if (len == -1) {
        return null;
      }
      if (len < 0 || len > b.length - at) {
        throw bad(field + " length", "in [-1, " + (b.length - at) + "] (the bytes left)", len);
      }
      int end = at + (int) len;
      char[] out = new char[(int) len];
      int chars = 0;
      int i = at;
      boolean afterHighHalf = false;
      while (i < end) {
        int x = b[i] & 0xff;
        int need;
        int cp;
        int least;
        if (x < 0x80) {
          need = 0;
          cp = x;
          least = 0;
        } else if (x >= 0xC2 && x <= 0xDF) {
          need = 1;
          cp = x & 0x1F;
          least = 0x80;
        } else if (x >= 0xE0 && x <= 0xEF) {
          need = 2;
          cp = x & 0x0F;
          least = 0x800;
        } else if (x >= 0xF0 && x <= 0xF4) {
          need = 3;
          cp = x & 0x07;
          least = 0x10000;
        } else {
          throw malformed(field, i);
        }
        if (i + need >= end) {
          throw malformed(field, i);
        }
        for (int k = 1; k <= need; k++) {
          int y = b[i + k] & 0xff;
          if ((y & 0xC0) != 0x80) {
            throw malformed(field, i);
          }
          cp = cp << 6 | (y & 0x3F);
        }
        if (cp < least || cp > Character.MAX_CODE_POINT) {
          throw malformed(field, i);
        }
        boolean half = cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE;
        if (half && afterHighHalf && Character.isLowSurrogate((char) cp)) {
          // a pair written as two halves: the writer writes a pair as one four-byte sequence
          throw malformed(field, i);
        }
        afterHighHalf = half && Character.isHighSurrogate((char) cp);
        chars += Character.toChars(cp, out, chars);
        i += need + 1;
      }
      at = end;
      return new String(out, 0, chars);
    }

    private IllegalArgumentException malformed(String field, int where) {
      return new IllegalArgumentException("form (" + what + ") field " + field + " at byte " + where
          + " must be UTF-8 text, was a malformed byte sequence");
    }

    /**
     * {@return the next decimal, as {@link Writer#putDecimal} writes it: within Monetik's bounds, a
     *     scale in [-{@value Bounds#MAX_DIGITS}, {@value Bounds#MAX_DIGITS}], its unscaled value in
     *     the fewest bytes}
     *
     * @param field the field's name
     */
    public BigDecimal getDecimal(String field) {
      int scale = getInt(field + " scale", -Bounds.MAX_DIGITS, Bounds.MAX_DIGITS);
      int len = getInt(field + " length", 1, MAX_DECIMAL_BYTES);
      if (len > b.length - at) {
        throw bad(field + " length", "at most the bytes left, " + (b.length - at), len);
      }
      if (len > 1 && ((b[at] == 0 && b[at + 1] >= 0) || (b[at] == -1 && b[at + 1] < 0))) {
        throw bad(field, "a value in the fewest bytes", "a redundant leading byte");
      }
      BigDecimal v = new BigDecimal(new BigInteger(b, at, len), scale);
      if (!Bounds.within(v)) {
        throw bad(field, "a number within Monetik's bounds", v);
      }
      at += len;
      return v;
    }

    /**
     * {@return a failure of a value that the form holds but that breaks a rule of the state}
     *
     * @param field the field's name
     * @param expected what it must be
     * @param was what it is (null shown as {@code null})
     */
    public IllegalArgumentException invalid(String field, String expected, @org.jspecify.annotations.Nullable Object was) {
      return bad(field, expected, was);
    }

    /**
     * Checks that the form has been read to its end.
     *
     * @throws IllegalArgumentException if bytes are left
     */
    public void end() {
      if (at != b.length) {
        throw bad("(end)", "the form's end", (b.length - at) + " more bytes");
      }
    }
  }
}
