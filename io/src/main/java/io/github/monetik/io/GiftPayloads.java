package io.github.monetik.io;

import io.github.monetik.gifts.GiftEvent;
import io.github.monetik.gifts.WebcastGiftDecoder;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Base64;
import org.jspecify.annotations.Nullable;

/**
 * Raw {@code WebcastGiftMessage} payloads, decoded by core's {@link WebcastGiftDecoder}: base64 lines
 * (a {@link GiftDecoder}) and length-delimited binary.
 */
final class GiftPayloads implements GiftDecoder {
  /** The longest payload read (a gift message is a few kilobytes). */
  static final int MAX_PAYLOAD = 1 << 24;
  /** How core's decoder starts its messages; the reader says "must be a WebcastGiftMessage" itself. */
  private static final String CORE_PREFIX = "payload is not a WebcastGiftMessage: ";

  private final Issues issues;
  private final @Nullable String defaultHost;

  GiftPayloads(Issues issues, @Nullable String defaultHost) {
    this.issues = issues;
    this.defaultHost = defaultHost;
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
    ByteBuffer payload;
    try {
      payload = Base64.getDecoder().decode(ByteBuffer.wrap(line.buf, from, to - from));
    } catch (IllegalArgumentException e) {
      issues.error(line.line(), 1, "payload", Text.string(line.buf, from, to), "must be one standard-base64 payload ("
          + e.getMessage() + ")");
      return;
    }
    decodeOne(payload, line.line(), sink);
  }

  /**
   * Decodes one payload (a heap buffer, from its position to its limit). A payload that names no
   * recipient goes to the reader's default host, if it has one, with a note: core's decoder refuses it
   * without a host and takes it with one, so the second try tells exactly that the host was missing.
   */
  void decodeOne(ByteBuffer payload, long record, GiftSink sink) {
    GiftEvent e;
    try {
      e = WebcastGiftDecoder.decode(payload);
    } catch (IllegalArgumentException ex) {
      String host = defaultHost;
      if (host != null) {
        try {
          e = WebcastGiftDecoder.decode(Arrays.copyOfRange(payload.array(), payload.arrayOffset() + payload.position(),
              payload.arrayOffset() + payload.limit()), host);
          issues.note("host", record, "toUser.id", "the payload names no recipient (toUser.id, "
              + "userGiftReciever.userId); the reader's default host '" + host + "' is used");
          sink.event(e);
          return;
        } catch (IllegalArgumentException again) {
          // refused for another reason too: report the first refusal
        }
      }
      String why = String.valueOf(ex.getMessage());
      issues.error(record, 0, "payload", null, "must be a WebcastGiftMessage ("
          + (why.startsWith(CORE_PREFIX) ? why.substring(CORE_PREFIX.length()) : why) + ")");
      return;
    }
    sink.event(e);
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
        payloads.decodeOne(ByteBuffer.wrap(payload), record, sink);
        return true;
      }
      return false;
    }
  }
}
