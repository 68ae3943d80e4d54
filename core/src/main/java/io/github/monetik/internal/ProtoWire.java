package io.github.monetik.internal;

import java.nio.charset.StandardCharsets;

/**
 * A reader of the protocol buffers wire format over a slice of a byte array: varints, fixed32,
 * fixed64 and length-delimited values, submessages by a nested limit, and skipping of a field of any
 * wire type but the (deprecated) groups, which it refuses. It allocates nothing but the strings it is
 * asked for and the exception it throws. Not thread-safe; one reader per payload.
 *
 * <p>Every failure is an {@link IllegalArgumentException} whose message starts with the reader's
 * context ({@code "payload is not a WebcastGiftMessage"}) and names what is wrong and where: byte
 * offsets count from the start of the slice, and the slice's length is said
 * ({@code "varint at byte 17 runs past the end (length 20)"}). Nothing reads outside the slice, a
 * length prefix larger than what is left is refused before anything is allocated, and every step
 * advances at least one byte, so a payload of {@code n} bytes is read in {@code O(n)}.
 *
 * <pre>{@code
 * ProtoWire r = new ProtoWire(bytes, 0, bytes.length, "payload is not a Foo");
 * while (r.hasField()) {
 *   switch (r.readTag()) {
 *     case 1 -> { r.expect(ProtoWire.VARINT, "id (field 1)"); id = r.readVarint(); }
 *     case 2 -> { r.expect(ProtoWire.LENGTH_DELIMITED, "bar (field 2)"); int outer = r.enter(); ...; r.exit(outer); }
 *     default -> r.skip();
 *   }
 * }
 * }</pre>
 *
 * <p>The format is Google's public specification (protobuf.dev, "Encoding"); this reader is written
 * from it, not from any implementation.
 */
public final class ProtoWire {
  /** Wire type 0: a base-128 varint (int32, int64, uint32, uint64, sint32, sint64, bool, enum). */
  public static final int VARINT = 0;
  /** Wire type 1: eight little-endian bytes (fixed64, sfixed64, double). */
  public static final int FIXED64 = 1;
  /** Wire type 2: a varint length, then that many bytes (string, bytes, submessages, packed repeated). */
  public static final int LENGTH_DELIMITED = 2;
  /** Wire type 3: the start of a group (deprecated; refused). */
  public static final int START_GROUP = 3;
  /** Wire type 4: the end of a group (deprecated; refused). */
  public static final int END_GROUP = 4;
  /** Wire type 5: four little-endian bytes (fixed32, sfixed32, float). */
  public static final int FIXED32 = 5;

  private static final String[] WIRE_TYPE_NAMES = {
      "0 (varint)", "1 (fixed64)", "2 (length-delimited)", "3 (start group)", "4 (end group)", "5 (fixed32)",
      "6 (invalid)", "7 (invalid)"};

  private final byte[] bytes;
  private final int start;
  private final int end;
  private final String context;
  private int pos;
  private int limit;
  private int fieldNumber;
  private int wireType;
  private int tagAt;

  /**
   * A reader of {@code length} bytes of {@code bytes} from {@code offset}.
   *
   * @param bytes the buffer; not copied, not modified
   * @param offset where the message starts
   * @param length how many bytes it has
   * @param context the start of every error message, saying what the bytes were expected to be
   * @throws NullPointerException if {@code bytes} or {@code context} is null
   * @throws IllegalArgumentException if the slice does not lie inside {@code bytes}
   */
  public ProtoWire(byte[] bytes, int offset, int length, String context) {
    this.bytes = Checks.notNull(bytes, "bytes");
    this.context = Checks.notNull(context, "context");
    if (offset < 0 || length < 0 || offset > bytes.length - length) {
      throw new IllegalArgumentException("offset and length must lie inside the array (length " + bytes.length
          + "), were offset " + offset + " and length " + length);
    }
    this.start = offset;
    this.end = offset + length;
    this.pos = offset;
    this.limit = end;
  }

  /** {@return true if the current message (the slice, or the submessage entered last) has another field} */
  public boolean hasField() {
    return pos < limit;
  }

  /**
   * Reads the next field's tag.
   *
   * @return its field number, {@code >= 1}; {@link #wireType()} is its wire type
   * @throws IllegalArgumentException if the tag is cut off, too large, has field number 0 or an
   *     invalid wire type (6, 7)
   */
  public int readTag() {
    tagAt = pos;
    long tag = readVarint();
    if (tag > 0xFFFF_FFFFL || tag < 0) {
      throw malformed("tag " + Long.toUnsignedString(tag) + " at byte " + (tagAt - start) + " is out of range");
    }
    fieldNumber = (int) (tag >>> 3);
    wireType = (int) (tag & 7);
    if (fieldNumber == 0) {
      throw malformed("tag at byte " + (tagAt - start) + " has field number 0");
    }
    if (wireType > FIXED32) {
      throw malformed("field " + fieldNumber + " at byte " + (tagAt - start) + " has invalid wire type " + wireType);
    }
    return fieldNumber;
  }

  /**
   * Checks the wire type of the field just read, for a field the caller knows.
   *
   * @param expected the wire type the field's declared type has
   * @param field the field's name for the message ({@code "repeatCount (field 5)"})
   * @throws IllegalArgumentException naming the field, its offset and both wire types, if they differ
   */
  public void expect(int expected, String field) {
    if (wireType != expected) {
      throw malformed(field + " at byte " + (tagAt - start) + " has wire type " + WIRE_TYPE_NAMES[wireType]
          + ", expected " + WIRE_TYPE_NAMES[expected]);
    }
  }

  /**
   * {@return the next varint, up to 64 bits}
   *
   * @throws IllegalArgumentException if it runs past the end of the current message, is longer than
   *     ten bytes, or does not fit 64 bits
   */
  public long readVarint() {
    int p = pos;
    byte b;
    if (p < limit && (b = bytes[p]) >= 0) { // one byte: most tags and small values
      pos = p + 1;
      return b;
    }
    long result = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      if (p >= limit) {
        throw pastTheEnd("varint at byte " + (pos - start));
      }
      b = bytes[p++];
      result |= (long) (b & 0x7F) << shift;
      if (b >= 0) {
        if (shift == 63 && b > 1) {
          throw malformed("varint at byte " + (pos - start) + " does not fit 64 bits");
        }
        pos = p;
        return result;
      }
    }
    throw malformed("varint at byte " + (pos - start) + " is longer than 10 bytes");
  }

  /**
   * Reads the length of the length-delimited field just read and checks it against what is left;
   * the reader then stands at the field's first byte (see {@link #offset()}, {@link #skipBytes(int)}).
   *
   * @return the length, at most what is left of the current message
   * @throws IllegalArgumentException if the length is cut off, or larger than what is left (a length
   *     of 2^31 is refused here, before anything is allocated)
   */
  public int readLength() {
    int at = pos;
    long length = readVarint();
    if (length < 0 || length > limit - pos) {
      throw pastTheEnd("length " + Long.toUnsignedString(length) + " of field " + fieldNumber + " at byte " + (at - start));
    }
    return (int) length;
  }

  /** {@return the index in the array (not the slice) of the next byte to read} */
  public int offset() {
    return pos;
  }

  /**
   * Skips bytes of a value whose length {@link #readLength()} checked.
   *
   * @param n how many, {@code 0 <= n <=} what is left of the current message
   * @throws IllegalArgumentException if {@code n} is negative or more than what is left
   */
  public void skipBytes(int n) {
    if (n < 0 || n > limit - pos) {
      throw pastTheEnd(n + " bytes at byte " + (pos - start));
    }
    pos += n;
  }

  /**
   * Enters the length-delimited field just read as a submessage: {@link #hasField()} and the reads
   * stop at its end until {@link #exit(int)}.
   *
   * @return the end of the enclosing message, to hand to {@link #exit(int)}
   * @throws IllegalArgumentException as {@link #readLength()}
   */
  public int enter() {
    int length = readLength();
    int outer = limit;
    limit = pos + length;
    return outer;
  }

  /**
   * Leaves the submessage entered last, skipping what is left of it.
   *
   * @param outer what {@link #enter()} returned
   */
  public void exit(int outer) {
    pos = limit;
    limit = outer;
  }

  /**
   * Skips the value of the field just read, whatever its wire type but a group's.
   *
   * @throws IllegalArgumentException if the value runs past the end of the current message, or the
   *     field is a group (wire types 3 and 4, which no proto3 message uses)
   */
  public void skip() {
    switch (wireType) {
      case VARINT -> readVarint();
      case FIXED64 -> skipFixed(8, "fixed64");
      case LENGTH_DELIMITED -> {
        int n = readLength(); // read before adding: pos moves past the length itself
        pos += n;
      }
      case FIXED32 -> skipFixed(4, "fixed32");
      default -> throw malformed("field " + fieldNumber + " at byte " + (tagAt - start) + " has wire type "
          + WIRE_TYPE_NAMES[wireType] + ": groups are not supported");
    }
  }

  private void skipFixed(int n, String what) {
    if (limit - pos < n) {
      throw pastTheEnd(what + " at byte " + (pos - start));
    }
    pos += n;
  }

  /**
   * {@return a varint field's value as proto's {@code int32}: a value in the {@code int} range, negative
   * ones sign-extended to 64 bits on the wire}
   *
   * @param value what {@link #readVarint()} returned
   * @param field the field's name for the message
   * @throws IllegalArgumentException naming the field if the value is outside the {@code int} range
   *     (no conforming writer produces it; it is refused, not truncated)
   */
  public int int32(long value, String field) {
    if (value != (int) value) {
      throw malformed(field + " at byte " + (tagAt - start) + " is out of the int32 range, was " + value);
    }
    return (int) value;
  }

  /**
   * {@return {@code length} bytes from array index {@code offset}, decoded as UTF-8}
   *
   * @param offset the array index of the first byte, as {@link #offset()} said
   * @param length how many bytes, as {@link #readLength()} said
   * @param field the field's name for the message
   * @throws IllegalArgumentException naming the field and the offset of the first bad byte if the
   *     bytes are not well-formed UTF-8 (proto3 requires it; nothing is silently replaced)
   */
  public String utf8(int offset, int length, String field) {
    int bad = firstMalformedUtf8(bytes, offset, offset + length);
    if (bad >= 0) {
      throw malformed(field + " is not UTF-8: bad byte at " + (bad - start));
    }
    return new String(bytes, offset, length, StandardCharsets.UTF_8);
  }

  /**
   * {@return an exception for the payload, its message the reader's context and {@code detail}}
   *
   * @param detail what is wrong, where
   */
  public IllegalArgumentException malformed(String detail) {
    return new IllegalArgumentException(context + ": " + detail);
  }

  private IllegalArgumentException pastTheEnd(String what) {
    if (limit == end) {
      return malformed(what + " runs past the end (length " + (end - start) + ")");
    }
    return malformed(what + " runs past the end of its submessage at byte " + (limit - start) + " (length "
        + (end - start) + ")");
  }

  /** The index of the first byte that is not part of well-formed UTF-8 (RFC 3629), or -1. */
  private static int firstMalformedUtf8(byte[] b, int from, int to) {
    int i = from;
    while (i < to) {
      int c = b[i] & 0xFF;
      if (c < 0x80) {
        i++;
        continue;
      }
      int n;
      int min;
      if (c >= 0xC2 && c <= 0xDF) {
        n = 1;
        min = 0x80;
      } else if (c >= 0xE0 && c <= 0xEF) {
        n = 2;
        min = 0x800;
      } else if (c >= 0xF0 && c <= 0xF4) {
        n = 3;
        min = 0x10000;
      } else {
        return i;
      }
      if (to - i <= n) {
        return i;
      }
      int cp = c & (0x3F >> n);
      for (int k = 1; k <= n; k++) {
        int cc = b[i + k] & 0xFF;
        if ((cc & 0xC0) != 0x80) {
          return i;
        }
        cp = cp << 6 | (cc & 0x3F);
      }
      if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
        return i;
      }
      i += n + 1;
    }
    return -1;
  }
}
