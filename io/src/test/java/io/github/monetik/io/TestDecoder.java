package io.github.monetik.io;

import io.github.monetik.gifts.GiftEvent;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * A small stand-in for core's {@code WebcastGiftDecoder} (being written on another branch): reads the
 * wire fields of {@code live-gifts/raw/README.md}, skips every other one, refuses malformed bytes with
 * an {@link IllegalArgumentException}. Only for tests of the reader's plumbing.
 */
final class TestDecoder {
  private final byte[] b;
  private int pos;
  private final int end;

  private TestDecoder(byte[] b, int from, int end) {
    this.b = b;
    this.pos = from;
    this.end = end;
  }

  static GiftEvent decode(byte[] payload) {
    long[] v = new long[8]; // msgId, createTime, giftId, repeatCount, repeatEnd, groupId, sender, host
    String[] s = new String[2]; // nickname, gift name
    long[] gift = new long[3]; // id, type, diamondCount
    TestDecoder d = new TestDecoder(payload, 0, payload.length);
    while (d.pos < d.end) {
      long tag = d.varint();
      int field = (int) (tag >>> 3);
      int wire = (int) (tag & 7);
      switch (field) {
        case 1 -> {
          TestDecoder c = d.sub(wire);
          while (c.pos < c.end) {
            long t = c.varint();
            if (t >>> 3 == 2 && (t & 7) == 0) {
              v[0] = c.varint();
            } else if (t >>> 3 == 4 && (t & 7) == 0) {
              v[1] = c.varint();
            } else {
              c.skip((int) (t & 7));
            }
          }
        }
        case 2 -> v[2] = d.scalar(wire);
        case 5 -> v[3] = d.scalar(wire);
        case 9 -> v[4] = d.scalar(wire);
        case 11 -> v[5] = d.scalar(wire);
        case 7 -> {
          TestDecoder u = d.sub(wire);
          while (u.pos < u.end) {
            long t = u.varint();
            if (t >>> 3 == 1 && (t & 7) == 0) {
              v[6] = u.varint();
            } else if (t >>> 3 == 3 && (t & 7) == 2) {
              s[0] = u.string();
            } else {
              u.skip((int) (t & 7));
            }
          }
        }
        case 23 -> {
          TestDecoder u = d.sub(wire);
          while (u.pos < u.end) {
            long t = u.varint();
            if (t >>> 3 == 1 && (t & 7) == 0) {
              v[7] = u.varint();
            } else {
              u.skip((int) (t & 7));
            }
          }
        }
        case 15 -> {
          TestDecoder g = d.sub(wire);
          while (g.pos < g.end) {
            long t = g.varint();
            int f = (int) (t >>> 3);
            if (f == 5 && (t & 7) == 0) {
              gift[0] = g.varint();
            } else if (f == 11 && (t & 7) == 0) {
              gift[1] = g.varint();
            } else if (f == 12 && (t & 7) == 0) {
              gift[2] = g.varint();
            } else if (f == 16 && (t & 7) == 2) {
              s[1] = g.string();
            } else {
              g.skip((int) (t & 7));
            }
          }
        }
        default -> d.skip(wire);
      }
    }
    if (v[0] == 0 || v[1] <= 0 || v[6] == 0 || v[7] == 0) {
      throw new IllegalArgumentException("payload lacks msgId, createTime, user.id or the recipient");
    }
    GiftEvent.Builder e = GiftEvent.builder().messageId(v[0]).timestamp(Instant.ofEpochMilli(v[1]))
        .giftId(v[2] != 0 ? v[2] : gift[0]).repeatCount(v[3] == 0 ? 1 : (int) v[3]).repeatEnd(v[4] != 0)
        .groupId(v[5]).senderId(Long.toString(v[6])).hostId(Long.toString(v[7]))
        .coinsPerGift(gift[2]).repeatable(gift[1] == 1);
    if (s[0] != null && !s[0].isEmpty()) {
      e.senderName(s[0]);
    }
    if (s[1] != null && !s[1].isEmpty()) {
      e.giftName(s[1]);
    }
    return e.build();
  }

  private long varint() {
    long r = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      if (pos >= end) {
        throw new IllegalArgumentException("varint runs past the end at byte " + pos);
      }
      byte x = b[pos++];
      r |= (long) (x & 0x7f) << shift;
      if (x >= 0) {
        return r;
      }
    }
    throw new IllegalArgumentException("varint too long at byte " + pos);
  }

  private long scalar(int wire) {
    if (wire != 0) {
      throw new IllegalArgumentException("wire type " + wire + " where a varint belongs, byte " + pos);
    }
    return varint();
  }

  private TestDecoder sub(int wire) {
    if (wire != 2) {
      throw new IllegalArgumentException("wire type " + wire + " where a message belongs, byte " + pos);
    }
    long n = varint();
    if (n < 0 || n > end - pos) {
      throw new IllegalArgumentException("length " + n + " runs past the end at byte " + pos);
    }
    TestDecoder d = new TestDecoder(b, pos, pos + (int) n);
    pos += (int) n;
    return d;
  }

  private String string() {
    TestDecoder d = sub(2);
    return new String(b, d.pos, d.end - d.pos, StandardCharsets.UTF_8);
  }

  private void skip(int wire) {
    switch (wire) {
      case 0 -> varint();
      case 1 -> advance(8);
      case 2 -> sub(2);
      case 5 -> advance(4);
      default -> throw new IllegalArgumentException("wire type " + wire + " at byte " + pos);
    }
  }

  private void advance(int n) {
    if (n > end - pos) {
      throw new IllegalArgumentException("field runs past the end at byte " + pos);
    }
    pos += n;
  }
}
