package io.github.monetik.testing;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A tiny protocol buffers writer for tests, written from the public wire-format specification: a
 * message is a list of encoded fields (tag and value) that a test can reorder, duplicate or pad with
 * unknown fields before joining them. It also splits encoded messages back into their fields, so
 * real payloads can be rearranged the same way. Independent of the decoder under test.
 */
public final class ProtoWriter {
  private final List<byte[]> fields = new ArrayList<>();

  /** {@return an empty message} */
  public static ProtoWriter message() {
    return new ProtoWriter();
  }

  /**
   * Splits an encoded message into its fields, each kept byte for byte.
   *
   * @param bytes a well-formed message
   * @return the message as a writer of those fields, in their order
   */
  public static ProtoWriter parse(byte[] bytes) {
    ProtoWriter w = new ProtoWriter();
    int[] pos = {0};
    while (pos[0] < bytes.length) {
      int start = pos[0];
      long tag = readVarint(bytes, pos);
      switch ((int) (tag & 7)) {
        case 0 -> readVarint(bytes, pos);
        case 1 -> pos[0] += 8;
        case 2 -> {
          int length = (int) readVarint(bytes, pos); // before the addition: the length moves pos
          pos[0] += length;
        }
        case 5 -> pos[0] += 4;
        default -> throw new IllegalStateException("wire type " + (tag & 7) + " in a test payload");
      }
      byte[] field = new byte[pos[0] - start];
      System.arraycopy(bytes, start, field, 0, field.length);
      w.fields.add(field);
    }
    return w;
  }

  /**
   * {@return the field number of an encoded field}
   *
   * @param field one of {@link #fields()}
   */
  public static int fieldNumber(byte[] field) {
    return (int) (readVarint(field, new int[] {0}) >>> 3);
  }

  /**
   * {@return the value of an encoded length-delimited field}
   *
   * @param field one of {@link #fields()}, of wire type 2
   */
  public static byte[] lengthDelimitedValue(byte[] field) {
    int[] pos = {0};
    readVarint(field, pos);
    int length = (int) readVarint(field, pos);
    byte[] value = new byte[length];
    System.arraycopy(field, pos[0], value, 0, length);
    return value;
  }

  /** {@return the encoded fields, in order; the list is live} */
  public List<byte[]> fields() {
    return fields;
  }

  /**
   * Adds a varint field.
   *
   * @param field the field number
   * @param value the value (negative int32 and int64 values take ten bytes, as proto writes them)
   * @return this writer
   */
  public ProtoWriter varint(int field, long value) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    writeVarint(out, (long) field << 3);
    writeVarint(out, value);
    fields.add(out.toByteArray());
    return this;
  }

  /**
   * Adds a fixed64 field.
   *
   * @param field the field number
   * @param value the value
   * @return this writer
   */
  public ProtoWriter fixed64(int field, long value) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    writeVarint(out, (long) field << 3 | 1);
    for (int i = 0; i < 8; i++) {
      out.write((int) (value >>> (8 * i)));
    }
    fields.add(out.toByteArray());
    return this;
  }

  /**
   * Adds a fixed32 field.
   *
   * @param field the field number
   * @param value the value
   * @return this writer
   */
  public ProtoWriter fixed32(int field, int value) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    writeVarint(out, (long) field << 3 | 5);
    for (int i = 0; i < 4; i++) {
      out.write(value >>> (8 * i));
    }
    fields.add(out.toByteArray());
    return this;
  }

  /**
   * Adds a length-delimited field.
   *
   * @param field the field number
   * @param value the bytes
   * @return this writer
   */
  public ProtoWriter bytes(int field, byte[] value) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    writeVarint(out, (long) field << 3 | 2);
    writeVarint(out, value.length);
    out.writeBytes(value);
    fields.add(out.toByteArray());
    return this;
  }

  /**
   * Adds a string field, UTF-8.
   *
   * @param field the field number
   * @param value the text
   * @return this writer
   */
  public ProtoWriter string(int field, String value) {
    return bytes(field, value.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Adds a submessage.
   *
   * @param field the field number
   * @param value the submessage
   * @return this writer
   */
  public ProtoWriter message(int field, ProtoWriter value) {
    return bytes(field, value.toByteArray());
  }

  /**
   * Adds an unknown field of a random wire type (varint, fixed64, length-delimited with random
   * content, fixed32) at a random place.
   *
   * @param r the randomness
   * @param field its field number
   * @return this writer
   */
  public ProtoWriter insertUnknown(SplittableRandom r, int field) {
    ProtoWriter one = new ProtoWriter();
    switch (r.nextInt(4)) {
      case 0 -> one.varint(field, r.nextBoolean() ? r.nextInt(300) : r.nextLong());
      case 1 -> one.fixed64(field, r.nextLong());
      case 2 -> {
        byte[] junk = new byte[r.nextInt(r.nextBoolean() ? 4 : 300)];
        for (int i = 0; i < junk.length; i++) {
          junk[i] = (byte) r.nextInt(256);
        }
        one.bytes(field, junk);
      }
      default -> one.fixed32(field, r.nextInt());
    }
    fields.add(r.nextInt(fields.size() + 1), one.fields.get(0));
    return this;
  }

  /** {@return the message's bytes: its fields joined in order} */
  public byte[] toByteArray() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] f : fields) {
      out.writeBytes(f);
    }
    return out.toByteArray();
  }

  /**
   * {@return a varint's bytes}
   *
   * @param value the value
   */
  public static byte[] varintBytes(long value) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    writeVarint(out, value);
    return out.toByteArray();
  }

  private static void writeVarint(ByteArrayOutputStream out, long value) {
    long v = value;
    while ((v & ~0x7FL) != 0) {
      out.write((int) ((v & 0x7F) | 0x80));
      v >>>= 7;
    }
    out.write((int) v);
  }

  private static long readVarint(byte[] b, int[] pos) {
    long result = 0;
    for (int shift = 0; ; shift += 7) {
      byte x = b[pos[0]++];
      result |= (long) (x & 0x7F) << shift;
      if (x >= 0) {
        return result;
      }
    }
  }
}
