package io.github.monetik.io;

import java.io.IOException;

/**
 * The lines of one byte range of a {@link Source}, in a reused buffer (constant memory: the buffer
 * grows only to the longest line, at most {@value #MAX_LINE} bytes). A line is
 * {@code buf[lineStart, lineEnd)} without its {@code \n} or {@code \r\n}; {@link #line()} is its
 * 1-based number in the input, computed only when asked for a range that does not start the input.
 */
final class LineReader {
  /** The longest line read; a longer one is reported and skipped. */
  static final int MAX_LINE = 16 << 20;

  private final Source src;
  private final long end;
  private long readPos;
  byte[] buf;
  private int pos;
  private int limit;
  private long bufOffset;
  private boolean eof;
  private boolean discarding;
  int lineStart;
  int lineEnd;
  /** True if the current line was longer than {@link #MAX_LINE} (its bytes are not in the buffer). */
  boolean tooLong;
  private long lineOffset;
  private final long rangeStart;
  private long firstLine;
  private long lineIndex = -1;

  /**
   * @param firstLine the 1-based number of the range's first line, or 0 if unknown (then counted on demand)
   */
  LineReader(Source src, long start, long end, long firstLine, int bufferSize) {
    this.src = src;
    this.readPos = start;
    this.bufOffset = start;
    this.rangeStart = start;
    this.end = end;
    this.firstLine = firstLine;
    this.buf = new byte[bufferSize];
  }

  /** {@return true if a line was read (then lineStart, lineEnd, tooLong describe it), false at the end} */
  boolean next() throws IOException {
    tooLong = false;
    while (true) {
      int nl = indexOfNewline(buf, pos, limit);
      if (discarding) {
        if (nl >= 0) {
          pos = nl + 1;
          discarding = false;
        } else {
          pos = limit;
          if (eof) {
            return false;
          }
          fill();
        }
        continue;
      }
      if (nl >= 0) {
        found(pos, nl);
        pos = nl + 1;
        return true;
      }
      if (eof) {
        if (pos < limit) {
          found(pos, limit);
          pos = limit;
          return true;
        }
        return false;
      }
      if (pos == 0 && limit == buf.length && buf.length >= MAX_LINE) {
        lineOffset = bufOffset;
        lineIndex++;
        lineStart = 0;
        lineEnd = 0;
        tooLong = true;
        discarding = true;
        pos = limit;
        return true;
      }
      fill();
    }
  }

  private void found(int from, int to) {
    lineOffset = bufOffset + from;
    lineIndex++;
    lineStart = from;
    lineEnd = to > from && buf[to - 1] == '\r' ? to - 1 : to;
  }

  private static int indexOfNewline(byte[] b, int from, int to) {
    return Text.indexOf(b, from, to, (byte) '\n');
  }

  private void fill() throws IOException {
    if (pos > 0) {
      System.arraycopy(buf, pos, buf, 0, limit - pos);
      bufOffset += pos;
      limit -= pos;
      pos = 0;
    }
    if (limit == buf.length) {
      buf = java.util.Arrays.copyOf(buf, Math.min(MAX_LINE, buf.length * 2));
    }
    long want = Math.min(buf.length - limit, end - readPos);
    if (want <= 0) {
      eof = true;
      return;
    }
    int n = src.read(buf, limit, (int) want, readPos);
    if (n <= 0) {
      eof = true;
      return;
    }
    limit += n;
    readPos += n;
  }

  /** {@return the current line's 1-based number in the input} */
  long line() {
    if (firstLine == 0) {
      firstLine = src.lineAt(rangeStart);
      if (firstLine == 0) {
        return 0;
      }
    }
    return firstLine + lineIndex;
  }

  /** {@return the current line's byte offset in the input} */
  long offset() {
    return lineOffset;
  }

  /** {@return true if the current line is empty (or only a carriage return)} */
  boolean isBlank() {
    return lineEnd == lineStart && !tooLong;
  }
}
