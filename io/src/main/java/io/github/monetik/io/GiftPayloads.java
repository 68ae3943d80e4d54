package io.github.monetik.io;

import io.github.monetik.gifts.GiftEvent;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Base64;

/** Raw {@code WebcastGiftMessage} payloads: base64 lines (a {@link GiftDecoder}) and length-delimited binary. */
final class GiftPayloads implements GiftDecoder {
  /** The longest payload read (a gift message is a few kilobytes). */
  static final int MAX_PAYLOAD = 1 << 24;

  private final Issues issues;
  private final GiftPayloadDecoder decoder;

  GiftPayloads(Issues issues, GiftPayloadDecoder decoder) {
    this.issues = issues;
    this.decoder = decoder;
  }

  @Override
  public void decode(LineReader line, GiftSink sink) {
    if (line.tooLong) {
      issues.error(line.line(), 0, "", null, "must be a line of at most " + LineReader.MAX_LINE + " bytes");
      return;
    }
    int from = line.lineStart;
    int to = line.lineEnd;
    while (from < to && (line.buf[from] == ' ' || line.buf[from] == '\t')) {
      from++;
    }
    while (to > from && (line.buf[to - 1] == ' ' || line.buf[to - 1] == '\t')) {
      to--;
    }
    if (from == to) {
      return;
    }
    byte[] payload;
    try {
      ByteBuffer decoded = Base64.getDecoder().decode(ByteBuffer.wrap(line.buf, from, to - from));
      payload = new byte[decoded.remaining()];
      decoded.get(payload);
    } catch (IllegalArgumentException e) {
      issues.error(line.line(), 1, "payload", Text.string(line.buf, from, to), "must be one standard-base64 payload ("
          + e.getMessage() + ")");
      return;
    }
    decodeOne(payload, line.line(), sink);
  }

  void decodeOne(byte[] payload, long record, GiftSink sink) {
    GiftEvent e;
    try {
      e = decoder.decode(payload);
    } catch (IllegalArgumentException ex) {
      issues.error(record, 0, "payload", null, "must be a WebcastGiftMessage (" + ex.getMessage() + ")");
      return;
    }
    Sinks.event(e, sink);
  }

  /** Length-delimited payloads, read in order. */
  static final class Delimited {
    private final Source src;
    private final GiftPayloads payloads;
    private final Issues issues;
    private long pos;
    private long record;
    private boolean done;

    Delimited(Source src, GiftPayloads payloads, Issues issues) {
      this.src = src;
      this.payloads = payloads;
      this.issues = issues;
      this.pos = src.start;
    }

    /** Reads the next payload into the sink; false at the end. */
    boolean next(GiftSink sink) throws IOException {
      while (!done) {
        long length = 0;
        int shift = 0;
        byte[] one = new byte[1];
        int n = src.read(one, 0, 1, pos);
        if (n <= 0) {
          done = true;
          return false;
        }
        record++;
        long at = pos;
        while (true) {
          pos++;
          length |= (long) (one[0] & 0x7f) << shift;
          if ((one[0] & 0x80) == 0) {
            break;
          }
          shift += 7;
          if (shift > 28 || src.read(one, 0, 1, pos) <= 0) {
            done = true;
            issues.error(record, 0, "length", null, "must be a varint length (payload " + record + " at byte " + at
                + "); the rest of the input is not read");
            return false;
          }
        }
        if (length > MAX_PAYLOAD) {
          done = true;
          issues.error(record, 0, "length", Long.toString(length), "must be a payload length of at most " + MAX_PAYLOAD
              + " bytes (payload " + record + " at byte " + at + "); the rest of the input is not read");
          return false;
        }
        byte[] payload = new byte[(int) length];
        int got = 0;
        while (got < length) {
          int r = src.read(payload, got, (int) length - got, pos + got);
          if (r <= 0) {
            break;
          }
          got += r;
        }
        pos += got;
        if (got < length) {
          done = true;
          issues.error(record, 0, "payload", null, "must have its " + length + " bytes (payload " + record
              + " at byte " + at + " is cut off after " + got + ")");
          return false;
        }
        payloads.decodeOne(payload, record, sink);
        return true;
      }
      return false;
    }
  }
}
