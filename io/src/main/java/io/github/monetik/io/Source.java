package io.github.monetik.io;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * An input's bytes: a file (positional reads, so chunks can be read in parallel) or a stream (read
 * once, in order). Skips a UTF-8 byte-order mark. Counts lines on demand, so a chunk read in
 * parallel still names its records' lines exactly.
 */
final class Source implements Closeable {
  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  final String name;
  private final @Nullable FileChannel channel;
  private final @Nullable InputStream stream;
  /** The file's size, or Long.MAX_VALUE for a stream. */
  final long size;
  /** The first byte after a byte-order mark. */
  final long start;
  /** The stream's first bytes, read to detect the format and the mark, then handed out again. */
  private byte[] head = new byte[0];
  private int headPos;
  private final Map<Long, Long> lineAt = new ConcurrentHashMap<>();

  private Source(String name, @Nullable FileChannel channel, @Nullable InputStream stream, long size) throws IOException {
    this.name = name;
    this.channel = channel;
    this.stream = stream;
    this.size = size;
    byte[] first = new byte[3];
    int n = peek(first);
    this.start = n == 3 && first[0] == BOM[0] && first[1] == BOM[1] && first[2] == BOM[2] ? 3 : 0;
    if (stream != null) {
      headPos = (int) start;
    }
  }

  /**
   * Opens a file.
   *
   * @throws IOException naming the file: missing, a directory, unreadable
   */
  static Source open(Path file) throws IOException {
    String name = file.toString();
    if (Files.isDirectory(file)) {
      throw new IOException(name + ": is a directory, not a file");
    }
    FileChannel ch;
    try {
      ch = FileChannel.open(file, StandardOpenOption.READ);
    } catch (NoSuchFileException e) {
      throw new NoSuchFileException(name, null, "no such file");
    } catch (AccessDeniedException e) {
      throw new AccessDeniedException(name, null, "not readable");
    }
    try {
      return new Source(name, ch, null, ch.size());
    } catch (IOException | RuntimeException e) {
      ch.close();
      throw e;
    }
  }

  /** Wraps a stream, read once from its current position. */
  static Source of(String name, InputStream in) throws IOException {
    return new Source(name, null, in, Long.MAX_VALUE);
  }

  boolean isFile() {
    return channel != null;
  }

  private int peek(byte[] into) throws IOException {
    if (channel != null) {
      return read(into, 0, into.length, 0);
    }
    InputStream in = stream;
    byte[] h = in == null ? new byte[0] : head(in);
    head = h;
    System.arraycopy(h, 0, into, 0, Math.min(into.length, h.length));
    return Math.min(into.length, h.length);
  }

  /**
   * Reads a stream's first bytes for detection: up to the end of its first line with content, at most
   * {@value #HEAD} bytes, so that a live stream (a LIVE client piping to standard input) is read as its
   * lines come, not once 64 KiB have arrived.
   */
  private static byte[] head(InputStream in) throws IOException {
    byte[] h = new byte[HEAD];
    int n = 0;
    boolean content = false;
    int scanned = 0;
    while (n < HEAD) {
      int got = in.read(h, n, HEAD - n);
      if (got < 0) {
        break;
      }
      n += got;
      for (; scanned < n; scanned++) {
        byte c = h[scanned];
        if (c == '\n' && content) {
          return java.util.Arrays.copyOf(h, n);
        }
        content |= c != ' ' && c != '\t' && c != '\r' && c != '\n' && !(scanned < 3 && isBomByte(c, scanned));
      }
    }
    return java.util.Arrays.copyOf(h, n);
  }

  private static boolean isBomByte(byte c, int at) {
    return c == BOM[at];
  }

  /** The most bytes of a stream read before its format is detected. */
  private static final int HEAD = 64 * 1024;

  /** The first bytes after the mark (at most n), for format detection; does not consume. */
  byte[] prefix(int n) throws IOException {
    if (channel != null) {
      byte[] b = new byte[(int) Math.min(n, size - start)];
      int got = read(b, 0, b.length, start);
      return got == b.length ? b : java.util.Arrays.copyOf(b, Math.max(got, 0));
    }
    int from = (int) start;
    return java.util.Arrays.copyOfRange(head, from, Math.min(head.length, from + n));
  }

  /**
   * Reads up to {@code len} bytes at file offset {@code pos} (a file), or the next bytes (a stream).
   *
   * @return how many, -1 at the end
   */
  int read(byte[] b, int off, int len, long pos) throws IOException {
    FileChannel ch = channel;
    if (ch != null) {
      if (pos >= size) {
        return -1;
      }
      int total = 0;
      ByteBuffer bb = ByteBuffer.wrap(b, off, len);
      while (bb.hasRemaining()) {
        int n = ch.read(bb, pos + total);
        if (n < 0) {
          break;
        }
        total += n;
      }
      return total == 0 ? -1 : total;
    }
    if (headPos < head.length) {
      int n = Math.min(len, head.length - headPos);
      System.arraycopy(head, headPos, b, off, n);
      headPos += n;
      return n;
    }
    InputStream in = stream;
    return in == null ? -1 : in.read(b, off, len);
  }

  /**
   * {@return the 1-based line number of the line starting at {@code offset} (a file only): one more than the line
   *     feeds before it}
   */
  long lineAt(long offset) {
    Long known = lineAt.get(offset);
    if (known != null) {
      return known;
    }
    long count = 1;
    byte[] b = new byte[1 << 16];
    long pos = 0;
    try {
      while (pos < offset) {
        int n = read(b, 0, (int) Math.min(b.length, offset - pos), pos);
        if (n <= 0) {
          break;
        }
        for (int i = 0; i < n; i++) {
          if (b[i] == '\n') {
            count++;
          }
        }
        pos += n;
      }
    } catch (IOException e) {
      return 0; // the place is unknown; the issue says line 0 rather than a wrong line
    }
    lineAt.put(offset, count);
    return count;
  }

  /** {@return the offset just after the first line feed at or after {@code from}, or -1 if none before {@code end}} */
  long lineStartAfter(long from, long end) throws IOException {
    byte[] b = new byte[1 << 14];
    long pos = from;
    while (pos < end) {
      int n = read(b, 0, (int) Math.min(b.length, end - pos), pos);
      if (n <= 0) {
        return -1;
      }
      for (int i = 0; i < n; i++) {
        if (b[i] == '\n') {
          long at = pos + i + 1;
          return at < end ? at : -1;
        }
      }
      pos += n;
    }
    return -1;
  }

  @Override
  public void close() throws IOException {
    if (channel != null) {
      channel.close();
    }
    if (stream != null) {
      stream.close();
    }
  }
}
