package io.github.monetik.examples.flink;

import io.github.monetik.Monetik;
import io.github.monetik.affiliate.Affiliate;
import io.github.monetik.affiliate.CommissionStatement;
import io.github.monetik.affiliate.Order;
import io.github.monetik.affiliate.OrderBatch;
import io.github.monetik.examples.RoomLog;
import io.github.monetik.flink.MonetikAggregate;
import io.github.monetik.flink.MonetikFlink;
import io.github.monetik.flink.MonetikTypes;
import io.github.monetik.gifts.GiftEvent;
import io.github.monetik.gifts.GiftSettler;
import io.github.monetik.gifts.Gifts;
import io.github.monetik.gifts.LiveSnapshot;
import io.github.monetik.io.GiftReader;
import io.github.monetik.io.OrderReader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.apache.flink.api.common.JobExecutionResult;
import org.apache.flink.api.common.RuntimeExecutionMode;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.functions.FlatMapFunction;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.PipelineOptions;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.windowing.ProcessWindowFunction;
import org.apache.flink.streaming.api.windowing.assigners.EventTimeSessionWindows;
import org.apache.flink.streaming.api.windowing.windows.TimeWindow;
import org.apache.flink.types.Row;
import org.apache.flink.util.CloseableIterator;
import org.apache.flink.util.Collector;

/**
 * Many LIVE rooms settled on Apache Flink, one session window per room: a seeded multi-room gift log
 * ({@link RoomLog}) is written as CSV files, read back inside the job with {@code monetik-io}, given
 * event time from each message's timestamp, keyed by host (the room), cut into session windows of
 * {@link #GAP} and settled by {@link MonetikFlink#settlement}; each window's result carries its room
 * and bounds. Then the same messages are settled per room in one JVM with the parallel collector
 * ({@code events.parallelStream().collect(gifts.toSnapshot())}), every room is compared (the whole
 * {@link LiveSnapshot} restored from the result's {@code form}), and the times are printed.
 *
 * <pre>
 * FlinkRooms [ROOMS [MINUTES [SEED [OUT [PARALLELISMS [MODES]]]]]]
 *   defaults: 20 10 1 target/flink-rooms 1,2 batch,streaming
 * </pre>
 *
 * <p>The job runs at each parallelism in each mode. In Flink's {@linkplain RuntimeExecutionMode#BATCH
 * batch} mode, as fits a bounded log, each room's messages reach its windows sorted by time,
 * whatever file they were in; watermarks play no part. In {@linkplain RuntimeExecutionMode#STREAMING
 * streaming} mode the tasks read whole files one after another, so a room's messages arrive out of
 * time order by up to the whole evening: the job assigns no watermark before the end of the input
 * (a bounded out-of-orderness would make every later file late), and Flink merges the session
 * partials of each room in whatever order they meet, which the settlement's merge law allows (every
 * combo here has a group id). Generic types are disabled ({@code pipeline.generic-types: false}):
 * every type in the job is explicit. On a cluster
 * ({@code flink run -c io.github.monetik.examples.flink.FlinkRooms JAR ...}) {@code OUT} must be a
 * folder every task manager reads at the same path (a shared file system): the client writes the log
 * there and the tasks read it; the single-JVM comparison runs on the client.
 *
 * <p>Then, in each mode, the affiliate commission statement of the bundled sample orders
 * ({@code affiliate-orders-2025-03.csv}): the orders read whole with {@code OrderReader} on the
 * client (an order spans several CSV rows), streamed as {@link MonetikTypes#order()}, totalled by
 * {@link MonetikFlink#statements} in one global window, checked against
 * {@code affiliate.statement(orders, asOf)}.
 */
public final class FlinkRooms {
  /** The session gap: a room silent this long ends its LIVE's session. */
  public static final Duration GAP = Duration.ofMinutes(5);

  /** How many CSV files the log is dealt into (each room's combos cut across all of them). */
  public static final int FILES = 4;

  private static final MonetikAggregate<GiftEvent, GiftSettler> SETTLE =
      MonetikFlink.settlement(() -> Monetik.defaults().gifts());

  /** The type of one window's result: the room, the window's bounds and the settlement's result row. */
  public static final TypeInformation<Row> RESULT = Types.ROW_NAMED(new String[] {"room", "start", "end", "result"},
      Types.STRING, Types.INSTANT, Types.INSTANT, SETTLE.getResultType());

  private FlinkRooms() {}

  /**
   * Runs the example.
   *
   * @param args rooms, minutes per LIVE, seed, output folder, parallelisms and modes ({@code batch},
   *     {@code streaming}), comma-separated
   * @throws Exception if the files cannot be written or read, or a job fails
   */
  public static void main(String[] args) throws Exception {
    int rooms = args.length > 0 ? positive(args[0], "rooms") : 20;
    int minutes = args.length > 1 ? positive(args[1], "minutes") : 10;
    long seed = args.length > 2 ? Long.parseLong(args[2]) : 1;
    Path out = Path.of(args.length > 3 ? args[3] : "target/flink-rooms");
    List<Integer> parallelisms = new ArrayList<>();
    for (String p : (args.length > 4 ? args[4] : "1,2").split(",")) {
      parallelisms.add(positive(p.strip(), "parallelism"));
    }
    List<RuntimeExecutionMode> modes = new ArrayList<>();
    for (String m : (args.length > 5 ? args[5] : "batch,streaming").split(",")) {
      modes.add(mode(m.strip()));
    }
    if (!run(rooms, minutes, seed, out, parallelisms, modes, System.out)) {
      System.exit(1);
    }
  }

  private static int positive(String text, String name) {
    int v;
    try {
      v = Integer.parseInt(text);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " must be a whole number, was '" + text + "'", e);
    }
    if (v < 1) {
      throw new IllegalArgumentException(name + " must be at least 1, was " + v);
    }
    return v;
  }

  private static RuntimeExecutionMode mode(String text) {
    return switch (text.toLowerCase(Locale.ROOT)) {
      case "batch" -> RuntimeExecutionMode.BATCH;
      case "streaming" -> RuntimeExecutionMode.STREAMING;
      default -> throw new IllegalArgumentException("mode must be batch or streaming, was '" + text + "'");
    };
  }

  /** {@return a configuration with generic types disabled: no Kryo fallback anywhere in the job} */
  public static Configuration configuration() {
    Configuration conf = new Configuration();
    conf.set(PipelineOptions.GENERIC_TYPES, false);
    return conf;
  }

  /**
   * The job: read the files, settle each room's session windows.
   *
   * @param env the environment (its parallelism is the caller's)
   * @param files the CSV files, readable by every task at these paths
   * @param mode batch: each room's messages sorted by time; streaming: as the files are read, watermarks
   *     only at the end of the input
   * @return one row of type {@link #RESULT} per room and session
   */
  public static DataStream<Row> settleRooms(StreamExecutionEnvironment env, List<Path> files,
      RuntimeExecutionMode mode) {
    env.setRuntimeMode(mode);
    WatermarkStrategy<GiftEvent> watermarks = mode == RuntimeExecutionMode.BATCH
        ? WatermarkStrategy.forBoundedOutOfOrderness(Duration.ofSeconds(30)) // batch: only the timestamps count
        : WatermarkStrategy.noWatermarks(); // files read one after another: no message may be late
    List<String> paths = files.stream().map(p -> p.toAbsolutePath().toString()).toList();
    return env.fromData(paths, Types.STRING).name("log files")
        .rebalance()
        .flatMap(new ReadFile()).returns(MonetikTypes.giftEvent()).name("read CSV (monetik-io)")
        .assignTimestampsAndWatermarks(watermarks.withTimestampAssigner((e, previous) -> e.timestamp().toEpochMilli()))
        .keyBy(GiftEvent::hostId, Types.STRING)
        .window(EventTimeSessionWindows.withGap(GAP))
        .aggregate(SETTLE, new PerRoom(), SETTLE.getAccumulatorType(), SETTLE.getResultType(), RESULT)
        .name("settle per room (session windows)");
  }

  /**
   * {@return the snapshot a result row holds, restored from its {@code form}}
   *
   * @param result a row of type {@link #RESULT}
   */
  public static LiveSnapshot snapshot(Row result) {
    Row r = (Row) result.getField("result");
    return SETTLE.restore((byte[]) r.getField(MonetikTypes.FORM)).snapshot();
  }

  /**
   * {@return the settlement's totals row of a result row (the {@code LiveSnapshot}'s one row)}
   *
   * @param result a row of type {@link #RESULT}
   */
  public static Row totals(Row result) {
    Row[] rows = (Row[]) ((Row) result.getField("result")).getField(MonetikTypes.ROWS);
    return rows[0];
  }

  /** A timed run of the job. */
  record Timed(List<Row> results, long wallMillis, long netMillis) {}

  /**
   * {@return the job's results and times, run on a fresh environment}
   *
   * @param files the CSV files
   * @param parallelism the job's parallelism
   * @param mode the runtime mode
   */
  static Timed runJob(List<Path> files, int parallelism, RuntimeExecutionMode mode) throws Exception {
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(configuration());
    env.setParallelism(parallelism);
    long t0 = System.nanoTime();
    CloseableIterator<Row> it = settleRooms(env, files, mode).collectAsync();
    JobClient job = env.executeAsync("FlinkRooms, " + mode.name().toLowerCase(Locale.ROOT) + ", parallelism "
        + parallelism);
    List<Row> results = new ArrayList<>();
    try (it) {
      it.forEachRemaining(results::add);
    }
    JobExecutionResult done = job.getJobExecutionResult().get();
    long wall = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
    return new Timed(results, wall, done.getNetRuntime(TimeUnit.MILLISECONDS));
  }

  /** The bundled sample orders, on the class path of {@code monetik-examples}. */
  static final String ORDERS = "/io/github/monetik/examples/affiliate-orders-2025-03.csv";
  /** The sample's statement day: a month after its last order, so part of it is payable. */
  static final LocalDate AS_OF = LocalDate.of(2025, 4, 30);

  /**
   * {@return the commission statement of whole orders, totalled on Flink in one global window}
   *
   * @param orders the orders, each whole (all its lines and events)
   * @param parallelism the job's parallelism
   * @param mode the runtime mode
   * @throws Exception if the job fails
   */
  static CommissionStatement statement(List<Order> orders, int parallelism, RuntimeExecutionMode mode) throws Exception {
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(configuration());
    env.setParallelism(parallelism);
    env.setRuntimeMode(mode);
    MonetikAggregate<Order, OrderBatch> statements = MonetikFlink.statements(() -> Monetik.defaults().affiliate(), AS_OF);
    DataStream<Row> result = statements.applyTo(env.fromData(orders, MonetikTypes.order()).rebalance()
        .keyBy(o -> "all", Types.STRING)
        .window(org.apache.flink.streaming.api.windowing.assigners.GlobalWindows.createWithEndOfStreamTrigger()));
    List<Row> rows = result.executeAndCollect("FlinkRooms statements, " + mode.name().toLowerCase(Locale.ROOT), 10);
    if (rows.size() != 1) {
      throw new IllegalStateException("one statement expected, was " + rows.size());
    }
    return statements.restore((byte[]) rows.get(0).getField(MonetikTypes.FORM)).statement();
  }

  /** {@return the bundled sample orders, copied into the folder and read whole with OrderReader} */
  static List<Order> sampleOrders(Path out) throws IOException {
    Files.createDirectories(out);
    Path file = out.resolve("affiliate-orders.csv");
    try (var in = FlinkRooms.class.getResourceAsStream(ORDERS)) {
      Files.copy(java.util.Objects.requireNonNull(in, ORDERS), file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
    return OrderReader.strict().read(file).records();
  }

  /** Reads one CSV file of the log with monetik-io's strict reader (a bad line fails the job, naming it). */
  static final class ReadFile implements FlatMapFunction<String, GiftEvent> {
    private static final long serialVersionUID = 1L;

    @Override
    public void flatMap(String path, Collector<GiftEvent> out) throws IOException {
      for (GiftEvent e : GiftReader.strict().read(Path.of(path)).records()) {
        out.collect(e);
      }
    }
  }

  /** Adds the room and the window's bounds to the settlement's result. */
  static final class PerRoom extends ProcessWindowFunction<Row, Row, String, TimeWindow> {
    private static final long serialVersionUID = 1L;

    @Override
    public void process(String room, Context context, Iterable<Row> results, Collector<Row> out) {
      for (Row result : results) {
        Row r = Row.withNames();
        r.setField("room", room);
        r.setField("start", Instant.ofEpochMilli(context.window().getStart()));
        r.setField("end", Instant.ofEpochMilli(context.window().getEnd()));
        r.setField("result", result);
        out.collect(r);
      }
    }
  }

  /**
   * Generates the log, writes and reads it, runs the job at each parallelism, settles the rooms in
   * one JVM, compares every room and prints the rooms and the times.
   *
   * @param rooms how many rooms
   * @param minutes how long each LIVE lasts
   * @param seed the log's seed
   * @param out the output folder (the log in {@code log/}, the rooms in {@code rooms.csv})
   * @param parallelisms the parallelisms to run the job at
   * @param modes the runtime modes to run the job in
   * @param print where to print
   * @return true if every run gave every room exactly the single-JVM result
   * @throws Exception if the files cannot be written or read, or a job fails
   */
  static boolean run(int rooms, int minutes, long seed, Path out, List<Integer> parallelisms,
      List<RuntimeExecutionMode> modes, PrintStream print) throws Exception {
    Gifts gifts = Monetik.defaults().gifts();
    long t0 = System.nanoTime();
    List<GiftEvent> generated = RoomLog.events(rooms, minutes, seed);
    List<Path> files = RoomLog.write(out.resolve("log"), generated, FILES);
    int count = generated.size();
    generated = null; // the log is read back from the files; let the generated copy go
    long written = System.nanoTime();
    long bytes = 0;
    for (Path f : files) {
      bytes += Files.size(f);
    }
    print.printf(Locale.ROOT, "log: %,d rooms x %d minutes, %,d messages in %d CSV files (%,d MB), generated and"
        + " written in %.1f s%n", rooms, minutes, count, files.size(), bytes >> 20, seconds(written - t0));

    // A warm-up on a small log, untimed, so neither side is measured cold (class loading, JIT).
    long w0 = System.nanoTime();
    List<Path> small = RoomLog.write(out.resolve("warm-up"), RoomLog.events(4, 2, seed + 1), FILES);
    for (RuntimeExecutionMode mode : modes) {
      for (int p : parallelisms) {
        runJob(small, p, mode);
      }
    }
    oneJvm(gifts, small);
    print.printf(Locale.ROOT, "warm-up (4 rooms x 2 minutes, every run once): %.1f s%n", seconds(System.nanoTime() - w0));

    // The single JVM: read back with monetik-io, then each room with the parallel collector.
    OneJvm one = oneJvm(gifts, files);
    Map<String, LiveSnapshot> expected = one.snapshots();

    boolean allEqual = true;
    Map<String, Timed> runs = new LinkedHashMap<>();
    Timed first = null;
    for (RuntimeExecutionMode mode : modes) {
      for (int p : parallelisms) {
        String name = mode.name().toLowerCase(Locale.ROOT) + " p=" + p;
        Timed t = runJob(files, p, mode);
        runs.put(name, t);
        Map<String, LiveSnapshot> actual = new TreeMap<>();
        for (Row r : t.results()) {
          if (actual.put((String) r.getField("room"), snapshot(r)) != null) {
            print.println("room " + r.getField("room") + " has more than one session");
            allEqual = false;
          }
        }
        boolean equal = actual.equals(expected);
        allEqual &= equal;
        print.printf(Locale.ROOT, "Flink %s: %,d windows, job %.2f s wall (%.2f s net), every room equal to the"
            + " single JVM: %s%n", name, t.results().size(), t.wallMillis() / 1e3, t.netMillis() / 1e3, equal);
        if (first == null) {
          first = t;
        }
      }
    }
    List<Order> orders = sampleOrders(out);
    Affiliate affiliate = Monetik.defaults().affiliate();
    CommissionStatement single = affiliate.statement(orders, AS_OF);
    for (RuntimeExecutionMode mode : modes) {
      int p = parallelisms.get(parallelisms.size() - 1);
      CommissionStatement s = statement(orders, p, mode);
      boolean equal = s.equals(single);
      allEqual &= equal;
      print.printf(Locale.ROOT, "Flink %s p=%d: commission statement of %d orders as of %s: earned %s, payable %s, equal"
          + " to the single JVM: %s%n", mode.name().toLowerCase(Locale.ROOT), p, s.orders(), AS_OF, s.totals().earned(),
          s.totals().payable(), equal);
    }
    if (first != null) {
      printRooms(first.results(), expected, print, rooms <= 40 ? Integer.MAX_VALUE : 10);
      writeRooms(out.resolve("rooms.csv"), first.results());
    }

    long n = one.messages();
    double readS = seconds(one.readNanos());
    double collectS = seconds(one.collectNanos());
    print.printf(Locale.ROOT, "single JVM: read back (monetik-io) %.2f s, settled per room with the parallel collector"
        + " %.2f s: %,.0f ns/message (%,.0f ns/message with the reading)%n", readS, collectS, collectS * 1e9 / n,
        (readS + collectS) * 1e9 / n);
    for (Map.Entry<String, Timed> e : runs.entrySet()) {
      double s = e.getValue().wallMillis() / 1e3;
      double net = e.getValue().netMillis() / 1e3;
      print.printf(Locale.ROOT, "Flink %s: %,.0f ns/message wall (%,.0f net; reading included), %.1fx the single"
          + " JVM's read and collect (%.1fx net)%n", e.getKey(), s * 1e9 / n, net * 1e9 / n, s / (readS + collectS),
          net / (readS + collectS));
    }
    for (RuntimeExecutionMode mode : modes) {
      String m = mode.name().toLowerCase(Locale.ROOT);
      Timed one1 = runs.get(m + " p=1");
      Timed two = runs.get(m + " p=2");
      if (one1 != null && two != null) {
        print.printf(Locale.ROOT, "Flink %s, parallelism 1 to 2: %.2fx faster wall, %.2fx net%n", m,
            (double) one1.wallMillis() / two.wallMillis(), (double) one1.netMillis() / two.netMillis());
      }
    }
    print.println(allEqual ? "every room equal in every run" : "MISMATCH: see above");
    return allEqual;
  }

  /** The single JVM's results and times. */
  record OneJvm(Map<String, LiveSnapshot> snapshots, long messages, long readNanos, long collectNanos) {}

  /** {@return each room's snapshot, the files read back with monetik-io, each room settled with the parallel collector} */
  static OneJvm oneJvm(Gifts gifts, List<Path> files) throws IOException {
    long r0 = System.nanoTime();
    List<GiftEvent> events = new ArrayList<>();
    for (Path f : files) {
      events.addAll(GiftReader.strict().read(f).records());
    }
    long r1 = System.nanoTime();
    Map<String, List<GiftEvent>> byRoom = new TreeMap<>();
    for (GiftEvent e : events) {
      byRoom.computeIfAbsent(e.hostId(), k -> new ArrayList<>()).add(e);
    }
    long c0 = System.nanoTime();
    Map<String, LiveSnapshot> out = new TreeMap<>();
    byRoom.forEach((room, messages) -> out.put(room, messages.parallelStream().collect(gifts.toSnapshot())));
    long c1 = System.nanoTime();
    return new OneJvm(out, events.size(), r1 - r0, c1 - c0);
  }

  private static double seconds(long nanos) {
    return nanos / 1e9;
  }

  private static void printRooms(List<Row> results, Map<String, LiveSnapshot> expected, PrintStream print, int limit) {
    List<Row> sorted = new ArrayList<>(results);
    sorted.sort(Comparator.comparing(r -> (String) r.getField("room")));
    print.printf(Locale.ROOT, "%-10s %-20s %9s %9s %11s %5s %13s %6s%n", "room", "session start", "messages",
        "gifts", "coins", "open", "creator cash", "equal");
    int shown = 0;
    for (Row r : sorted) {
      if (shown++ == limit) {
        print.printf(Locale.ROOT, "... %,d more rooms (all in rooms.csv)%n", sorted.size() - limit);
        break;
      }
      Row t = totals(r);
      String room = (String) r.getField("room");
      print.printf(Locale.ROOT, "%-10s %-20s %,9d %,9d %,11d %5d %13s %6s%n", room, r.getField("start"),
          t.getField("messages"), t.getField("settled_gifts"), t.getField("settled_coins"), t.getField("open_combos"),
          t.getField("currency") + " " + ((BigDecimal) t.getField("creator_cash")).toPlainString(),
          snapshot(r).equals(expected.get(room)) ? "yes" : "NO");
    }
  }

  private static void writeRooms(Path file, List<Row> results) throws IOException {
    List<Row> sorted = new ArrayList<>(results);
    sorted.sort(Comparator.comparing(r -> (String) r.getField("room")));
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      List<String> columns = SETTLE.columns();
      w.write("room,start,end," + String.join(",", columns) + "\n");
      for (Row r : sorted) {
        Row t = totals(r);
        StringBuilder line = new StringBuilder().append(r.getField("room")).append(',').append(r.getField("start"))
            .append(',').append(r.getField("end"));
        for (String c : columns) {
          Object v = t.getField(c);
          line.append(',').append(v instanceof BigDecimal d ? d.toPlainString() : String.valueOf(v));
        }
        w.write(line.append('\n').toString());
      }
    }
  }
}
