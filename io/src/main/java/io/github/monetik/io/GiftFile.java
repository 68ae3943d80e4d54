package io.github.monetik.io;

import io.github.monetik.gifts.ComboSettlement;
import io.github.monetik.gifts.CountedGift;
import io.github.monetik.gifts.GiftEvent;
import io.github.monetik.gifts.GiftSettler;
import io.github.monetik.gifts.Gifts;
import io.github.monetik.gifts.LiveSnapshot;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Spliterator;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.RecursiveTask;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;

/**
 * An open file of gift messages (see {@link GiftReader}): read once, either as a {@link #stream()} of
 * {@link GiftEvent}s or straight into a door's settler: {@link #settle(Gifts) settle} (every
 * counted gift), {@link #snapshot(Gifts) snapshot} (totals and breakdowns only, the fastest). Both
 * read splittable formats ({@link GiftFormat#isSplittable()}) in parallel chunks cut at line feeds,
 * in constant memory per chunk; line numbers in issues are exact all the same. Close it when done.
 *
 * <pre>{@code
 * Gifts gifts = Monetik.defaults().gifts();
 * try (GiftFile log = GiftReader.strict().open(Path.of("gifts.csv"))) {
 *   LiveSnapshot totals = log.snapshot(gifts);   // parallel, no GiftEvent built
 * }
 * }</pre>
 *
 * <p>Not thread-safe itself (one consumer), though its stream may be parallel; {@link #issues()} may
 * be read from any thread.
 */
public final class GiftFile implements AutoCloseable {

  private final Source src;
  private final GiftReader reader;
  private final GiftFormat format;
  private final Issues issues;
  private final @Nullable CsvHeader header;
  /** Where the records start (after the mark and a CSV header), and their first line. */
  private final long dataStart;
  private final long firstLine;
  private boolean used;

  private GiftFile(Source src, GiftReader reader, GiftFormat format, Issues issues, @Nullable CsvHeader header,
      long dataStart, long firstLine) {
    this.src = src;
    this.reader = reader;
    this.format = format;
    this.issues = issues;
    this.header = header;
    this.dataStart = dataStart;
    this.firstLine = firstLine;
  }

  static GiftFile open(Source src, GiftReader reader) throws IOException {
    try {
      Issues issues = new Issues(reader.mode(), src.name);
      GiftFormat given = reader.format();
      GiftFormat format = given != null ? given : GiftReader.detect(src.prefix(1 << 16));
      if (format == null) {
        throw issues.fatal(0, 0, "", null, "must hold gift messages (the input is empty)");
      }
      CsvHeader header = null;
      long dataStart = src.start;
      long firstLine = 1;
      if (format == GiftFormat.CSV) {
        LineReader lines = new LineReader(src, src.start, src.size, 1, 1 << 16);
        header = CsvHeader.read(lines, issues, GiftCsv.REQUIRED, GiftCsv.OPTIONAL, true);
        dataStart = lines.offset() + (lines.lineEnd - lines.lineStart);
        // past the header's line feed (and carriage return)
        dataStart = src.isFile() ? src.lineStartAfter(src.start, src.size) : dataStart;
        if (dataStart < 0) {
          dataStart = src.size;
        }
        firstLine = 2;
        if (!src.isFile()) {
          return new GiftFile(src, reader, format, issues, header, -1, 2).streamHeaderRead(lines);
        }
      }
      return new GiftFile(src, reader, format, issues, header, dataStart, firstLine);
    } catch (IOException | RuntimeException e) {
      src.close();
      throw e;
    }
  }

  /** For a stream: the header's line reader goes on with the records. */
  private @Nullable LineReader streamLines;

  private GiftFile streamHeaderRead(LineReader lines) {
    this.streamLines = lines;
    return this;
  }

  /** {@return the detected (or given) format} */
  public GiftFormat format() {
    return format;
  }

  /** {@return the name issues give the input (the file's path)} */
  public String source() {
    return src.name;
  }

  /**
   * {@return every issue found so far, errors and notes, in line order; complete once the stream is
   *     consumed or {@link #settle(Gifts)} (or {@code snapshot}, {@code settler}) has returned}
   */
  public List<InputIssue> issues() {
    return issues.all();
  }

  private void use() {
    if (used) {
      throw new IllegalStateException(src.name + " was already read: a GiftFile is read once");
    }
    used = true;
  }

  private GiftDecoder decoder() {
    return switch (format) {
      case CSV -> new GiftCsv(Objects.requireNonNull(header), issues);
      case NDJSON, JSON_ARRAY -> new GiftJson(issues, reader.catalog(), reader.defaultHost());
      case BASE64_PAYLOADS, DELIMITED_PAYLOADS -> new GiftPayloads(issues, reader.defaultHost());
    };
  }

  /**
   * The messages, in file order; a parallel stream reads a splittable file in chunks. Closing the
   * stream closes nothing; close this file.
   *
   * @return the events; in strict mode the terminal operation throws an {@link InputException} on a bad
   *     record, and an {@link UncheckedIOException} if the file cannot be read
   * @throws IllegalStateException if the file was already read
   */
  public Stream<GiftEvent> stream() {
    use();
    Spliterator<GiftEvent> s;
    if (format.isSplittable()) {
      LineReader given = streamLines;
      s = given != null ? new Lines(given) : new Lines(dataStart, src.size, firstLine);
    } else if (format == GiftFormat.JSON_ARRAY) {
      s = new Pulls(new ArrayPull());
    } else {
      s = new Pulls(new DelimitedPull());
    }
    return StreamSupport.stream(s, false);
  }

  /**
   * Reads every message in order, one line (or record) at a time, handing each event to {@code events}
   * as soon as it is read and each issue to {@code issues} as soon as it is found: the streaming path for
   * a LIVE that is still running, for example TikTok-Live-Connector's gift events piped to standard input
   * and fed to a {@code LiveTally}. Nothing is buffered beyond the line being read, so an event arrives
   * while later lines are still being written. Every error (lenient mode) reaches {@code issues}, and each
   * note the first time it applies; {@link #issues()} still lists them all when this returns.
   *
   * <pre>{@code
   * LiveTally tally = Monetik.defaults().gifts().tally();
   * try (GiftFile in = GiftReader.lenient().open("stdin", System.in)) {
   *   long read = in.forEach(tally::accept, issue -> System.err.println(issue));
   * }
   * }</pre>
   *
   * @param events receives each event, in input order, on the calling thread
   * @param issues receives each error and each note's first record, on the calling thread (in strict mode
   *     an error is thrown instead)
   * @return how many events were handed to {@code events}
   * @throws IOException if the input cannot be read
   * @throws InputException on a bad record in strict mode
   * @throws IllegalStateException if the file was already read
   */
  public long forEach(Consumer<? super GiftEvent> events, Consumer<? super InputIssue> issues) throws IOException {
    Objects.requireNonNull(events, "events must not be null");
    Objects.requireNonNull(issues, "issues must not be null");
    Stream<GiftEvent> all = stream();
    this.issues.listen(issues);
    Spliterator<GiftEvent> s = all.spliterator();
    long[] n = {0};
    Consumer<GiftEvent> count = e -> {
      n[0]++;
      events.accept(e);
    };
    try {
      while (s.tryAdvance(count)) {
        // one event per call
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    return n[0];
  }

  /**
   * Settles every message on the door's rules, without building {@link GiftEvent}s: a splittable file
   * ({@link GiftFormat#isSplittable()}) is read in parallel chunks on the current fork-join pool (the
   * common pool unless called inside another), one {@link GiftSettler} per chunk, combined in file
   * order, so the result equals a sequential settlement and {@code stream().collect(gifts.toSettlement())}.
   * Gift ids are checked against the door's catalog as its settler checks them.
   *
   * @param gifts the door whose settler settles (catalog, diamond policy, provenance)
   * @return every counted gift, the open combos and the issues
   * @throws IOException if the file cannot be read
   * @throws InputException on a bad record in strict mode
   * @throws ArithmeticException if a coin total exceeds {@link Long#MAX_VALUE}
   * @throws IllegalStateException if the file was already read
   */
  public ComboSettlement settle(Gifts gifts) throws IOException {
    return settler(gifts).settlement();
  }

  /**
   * As {@link #settle(Gifts)}, into the totals and breakdowns only (per sender, gift, host, minute),
   * the open combos and the issues: the fast path for totals, which builds no {@link CountedGift} per
   * settled gift. Equals {@code stream().collect(gifts.toSnapshot())}.
   *
   * @param gifts the door whose settler settles
   * @return the snapshot of the file's settlement
   * @throws IOException if the file cannot be read
   * @throws InputException on a bad record in strict mode
   * @throws ArithmeticException if a coin total exceeds {@link Long#MAX_VALUE}
   * @throws IllegalStateException if the file was already read
   */
  public LiveSnapshot snapshot(Gifts gifts) throws IOException {
    return settler(gifts).snapshot();
  }

  /**
   * As {@link #settle(Gifts)}, but hands back the settler itself, fed with every message of the file:
   * to {@link GiftSettler#combine(GiftSettler) combine} with the settler of the file that follows
   * (a LIVE recorded in several files), then take its {@code settlement()} or {@code snapshot()}.
   *
   * @param gifts the door whose settler settles
   * @return a new settler of the door, fed with the file
   * @throws IOException if the file cannot be read
   * @throws InputException on a bad record in strict mode
   * @throws ArithmeticException if a coin total exceeds {@link Long#MAX_VALUE}
   * @throws IllegalStateException if the file was already read
   */
  public GiftSettler settler(Gifts gifts) throws IOException {
    Objects.requireNonNull(gifts, "gifts must not be null");
    use();
    if (!format.isSplittable() || !src.isFile()) {
      GiftSettler settler = gifts.settler();
      feedInOrder(new Sinks.Settle(settler));
      return settler;
    }
    ForkJoinPool pool = ForkJoinTask.inForkJoinPool() ? ForkJoinTask.getPool() : ForkJoinPool.commonPool();
    int parts = Math.max(1, pool.getParallelism());
    List<long[]> ranges = ranges(parts);
    List<RecursiveTask<GiftSettler>> tasks = new ArrayList<>();
    for (int i = 0; i < ranges.size(); i++) {
      long[] r = ranges.get(i);
      long first = i == 0 ? firstLine : 0;
      tasks.add(new RecursiveTask<>() {
        private static final long serialVersionUID = 1L;

        @Override
        protected GiftSettler compute() {
          try {
            return settleRange(r[0], r[1], first, gifts);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }
      });
    }
    try {
      if (tasks.size() == 1) {
        return pool == ForkJoinPool.commonPool() && !ForkJoinTask.inForkJoinPool() ? tasks.get(0).invoke()
            : pool.invoke(tasks.get(0));
      }
      return pool.invoke(new RecursiveTask<GiftSettler>() {
        private static final long serialVersionUID = 1L;

        @Override
        protected GiftSettler compute() {
          for (int i = 1; i < tasks.size(); i++) {
            tasks.get(i).fork();
          }
          GiftSettler s = tasks.get(0).invoke();
          for (int i = 1; i < tasks.size(); i++) {
            s.combine(tasks.get(i).join());
          }
          return s;
        }
      });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /** Reads every record in one pass, in order, into the sink (no event built but for payloads). */
  private void feedInOrder(GiftSink sink) throws IOException {
    if (format.isSplittable()) {
      LineReader given = streamLines;
      LineReader lines = given != null ? given : new LineReader(src, dataStart, src.size, firstLine, reader.chunkBytes);
      GiftDecoder d = decoder();
      while (lines.next()) {
        d.decode(lines, sink);
      }
    } else {
      Pull pull = format == GiftFormat.JSON_ARRAY ? new ArrayPull() : new DelimitedPull();
      while (pull.next(sink)) {
        // each call reads one record into the sink
      }
    }
  }

  private GiftSettler settleRange(long start, long end, long first, Gifts gifts) throws IOException {
    GiftSettler settler = gifts.settler();
    Sinks.Settle sink = new Sinks.Settle(settler);
    GiftDecoder d = decoder();
    LineReader lines = new LineReader(src, start, end, first, reader.chunkBytes);
    while (lines.next()) {
      d.decode(lines, sink);
    }
    return settler;
  }

  /** Cuts the records into about {@code parts} ranges at line starts. */
  private List<long[]> ranges(int parts) throws IOException {
    List<long[]> out = new ArrayList<>();
    long size = src.size - dataStart;
    long step = Math.max(reader.chunkBytes, size / parts);
    long from = dataStart;
    while (from < src.size) {
      long cut = from + step >= src.size || out.size() == parts - 1 ? -1 : src.lineStartAfter(from + step - 1, src.size);
      long to = cut < 0 ? src.size : cut;
      out.add(new long[] {from, to});
      from = to;
    }
    if (out.isEmpty()) {
      out.add(new long[] {dataStart, dataStart}); // a header and no records: one empty range
    }
    return out;
  }

  @Override
  public void close() throws IOException {
    src.close();
  }

  /** Line-format records of a byte range; splits at line starts before it is read. */
  private final class Lines implements Spliterator<GiftEvent> {
    private long start;
    private long end;
    private long first;
    private @Nullable LineReader lines;
    private @Nullable GiftDecoder decoder;
    private final Sinks.Events sink = new Sinks.Events();

    Lines(long start, long end, long first) {
      this.start = start;
      this.end = end;
      this.first = first;
    }

    Lines(LineReader given) {
      this.start = 0;
      this.end = Long.MAX_VALUE;
      this.first = 0;
      this.lines = given;
    }

    private LineReader lines() {
      LineReader l = lines;
      if (l == null) {
        l = new LineReader(src, start, end, first, reader.chunkBytes);
        lines = l;
      }
      return l;
    }

    private GiftDecoder decoder() {
      GiftDecoder d = decoder;
      if (d == null) {
        d = GiftFile.this.decoder();
        decoder = d;
      }
      return d;
    }

    @Override
    public boolean tryAdvance(Consumer<? super GiftEvent> action) {
      LineReader l = lines();
      GiftDecoder d = decoder();
      try {
        while (l.next()) {
          sink.last = null;
          d.decode(l, sink);
          GiftEvent e = sink.last;
          if (e != null) {
            action.accept(e);
            return true;
          }
        }
        return false;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public @Nullable Spliterator<GiftEvent> trySplit() {
      // Each split costs a combine of the settlers (or other containers) later: cut into about two
      // chunks per worker, never below the reader's chunk size.
      ForkJoinPool pool = ForkJoinTask.inForkJoinPool() ? ForkJoinTask.getPool() : ForkJoinPool.commonPool();
      long floor = Math.max(reader.chunkBytes, (src.size - dataStart) / (2L * Math.max(1, pool.getParallelism())));
      if (lines != null || !src.isFile() || end - start < 2 * floor) {
        return null;
      }
      try {
        long cut = src.lineStartAfter(start + (end - start) / 2, end);
        if (cut < 0) {
          return null;
        }
        Lines prefix = new Lines(start, cut, first);
        start = cut;
        first = 0; // counted when an issue needs it
        return prefix;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public long estimateSize() {
      return Math.max(1, (end - start) / 64);
    }

    @Override
    public int characteristics() {
      return ORDERED | NONNULL | IMMUTABLE;
    }
  }

  /** A record source read in one pass. */
  private interface Pull {
    /** Reads the next record into the sink; false at the end. */
    boolean next(GiftSink sink) throws IOException;
  }

  private static final class Pulls implements Spliterator<GiftEvent> {
    private final Pull pull;
    private final Sinks.Events sink = new Sinks.Events();

    Pulls(Pull pull) {
      this.pull = pull;
    }

    @Override
    public boolean tryAdvance(Consumer<? super GiftEvent> action) {
      try {
        while (true) {
          sink.last = null;
          if (!pull.next(sink)) {
            return false;
          }
          GiftEvent e = sink.last;
          if (e != null) {
            action.accept(e);
            return true;
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public @Nullable Spliterator<GiftEvent> trySplit() {
      return null;
    }

    @Override
    public long estimateSize() {
      return Long.MAX_VALUE;
    }

    @Override
    public int characteristics() {
      return ORDERED | NONNULL | IMMUTABLE;
    }
  }

  private final class DelimitedPull implements Pull {
    private final GiftPayloads.Delimited delimited = new GiftPayloads.Delimited(src,
        new GiftPayloads(issues, reader.defaultHost()), issues);

    @Override
    public boolean next(GiftSink sink) throws IOException {
      return delimited.next(sink);
    }
  }

  /** The objects of a JSON array, with one parser over the whole input. */
  private final class ArrayPull implements Pull {
    private @Nullable JsonParser parser;
    private final GiftJson json = new GiftJson(issues, reader.catalog(), reader.defaultHost());
    private boolean done;

    private JsonParser parser() {
      JsonParser p = parser;
      if (p == null) {
        p = GiftJson.JSON.createParser(ObjectReadContext.empty(), new SourceStream(src));
        parser = p;
      }
      return p;
    }

    @Override
    public boolean next(GiftSink sink) throws IOException {
      if (done) {
        return false;
      }
      JsonParser p = parser();
      try {
        if (p.currentToken() == null) {
          JsonToken t = p.nextToken();
          if (t != JsonToken.START_ARRAY) {
            done = true;
            issues.error(1, 1, "", null, "must be a JSON array of gift events");
            return false;
          }
        }
        JsonToken t = p.nextToken();
        if (t == JsonToken.END_ARRAY) {
          done = true;
          if (p.nextToken() != null) {
            issues.error(p.currentTokenLocation().getLineNr(), p.currentTokenLocation().getColumnNr(), "", null,
                "must end after the array");
          }
          p.close();
          return false;
        }
        if (t != JsonToken.START_OBJECT) {
          long line = p.currentTokenLocation().getLineNr();
          int col = p.currentTokenLocation().getColumnNr();
          String value = p.getString();
          p.skipChildren();
          issues.error(line, col, "", value, "must be a JSON object (a gift event)");
          return true;
        }
        json.object(p, 0, 0, sink);
        return true;
      } catch (Text.Bad e) {
        done = true;
        issues.error(p.currentLocation().getLineNr(), p.currentLocation().getColumnNr(), "", null, e.expected
            + "; the rest of the input is not read");
        return false;
      } catch (JacksonException e) {
        done = true;
        long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
        int col = e.getLocation() == null ? 0 : e.getLocation().getColumnNr();
        issues.error(Math.max(line, 0), Math.max(col, 0), "", null, "must be well-formed JSON ("
            + GiftJson.shortMessage(e) + "); the rest of the input is not read");
        return false;
      }
    }
  }

  /** The source's bytes from its start (after the mark), as an InputStream for Jackson. */
  static final class SourceStream extends InputStream {
    private final Source src;
    private long pos;

    SourceStream(Source src) {
      this.src = src;
      this.pos = src.start;
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      return read(one, 0, 1) <= 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (len == 0) {
        return 0;
      }
      int n = src.read(b, off, len, pos);
      if (n > 0) {
        pos += n;
      }
      return n;
    }
  }
}
