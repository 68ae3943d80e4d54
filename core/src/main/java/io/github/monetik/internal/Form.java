package io.github.monetik.internal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The compact, versioned byte form of an accumulator that an engine ships between machines (a
 * settler, a batch): a header (magic {@code MNTK}, the form's kind, its version, a digest of the
 * rules it was built under), then values as variable-length integers and UTF-8 text.
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
      throw new IllegalArgumentException("form must be a " + what + " form (kind '" + kind + "'), was kind '"
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
      byte[] b = s.getBytes(StandardCharsets.UTF_8);
      putLong(b.length);
      raw(b);
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
     * @throws IllegalArgumentException if the form ends or the varint is longer than a long's
     */
    public long getLong(String field) {
      long z = 0;
      for (int shift = 0; shift < 70; shift += 7) {
        if (at >= b.length) {
          throw bad(field, "present", "the form's end (truncated)");
        }
        byte x = b[at++];
        z |= (long) (x & 0x7F) << shift;
        if (x >= 0) {
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
        throw bad(field + " length", "in [0, " + (b.length - at) + "] (the bytes left)", len);
      }
      String s = new String(b, at, (int) len, StandardCharsets.UTF_8);
      at += (int) len;
      return s;
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
