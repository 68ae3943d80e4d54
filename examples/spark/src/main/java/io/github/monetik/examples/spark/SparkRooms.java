package io.github.monetik.examples.spark;

import java.util.Locale;
import io.github.monetik.Monetik;
import io.github.monetik.affiliate.Affiliate;
import io.github.monetik.affiliate.CommissionStatement;
import io.github.monetik.examples.RoomLog;
import io.github.monetik.gifts.GiftEvent;
import io.github.monetik.gifts.Gifts;
import io.github.monetik.gifts.LiveSnapshot;
import io.github.monetik.io.GiftReader;
import io.github.monetik.io.OrderReader;
import io.github.monetik.spark.MonetikFunction;
import io.github.monetik.spark.MonetikSpark;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The Spark example job: a generated log of many LIVE rooms ({@link RoomLog}), written as the recorded
 * gift CSV in several files, settled per room by Spark, every room's result checked against the
 * single-JVM collector on the same files read with {@code monetik-io}. Then, on each master, the
 * affiliate commission statement of the bundled sample orders ({@code affiliate-orders-2025-03.csv},
 * one row per order line): Spark's CSV reader, {@link MonetikSpark#orders} (one row per order),
 * {@link MonetikSpark#statements}, checked against {@code OrderReader} and
 * {@code affiliate.statement(orders, asOf)}.
 *
 * <pre>
 * SparkRooms [rooms] [minutes] [seed] [folder] [master...]
 *   defaults: 1000 rooms, 40 minutes each (about 9.5 million messages), seed 16, folder target/rooms, master local[2]
 * </pre>
 *
 * With several masters ({@code local[1] local[2]}) each is timed in the same run. On a cluster,
 * {@code spark-submit} gives the master; pass {@code -} as master to use it.
 */
public final class SparkRooms {
  private SparkRooms() {}

  /** What one run found. */
  public record Outcome(long messages, int rooms, int equalRooms, Map<String, Long> sparkNanos, long singleJvmNanos,
      boolean statementsEqual) {}

  /** The bundled sample orders, on the class path of {@code monetik-examples}. */
  static final String ORDERS = "/io/github/monetik/examples/affiliate-orders-2025-03.csv";
  /** The sample's statement day: a month after its last order, so part of it is payable. */
  static final LocalDate AS_OF = LocalDate.of(2025, 4, 30);

  /**
   * Runs the example.
   *
   * @param args rooms, minutes, seed, folder, masters
   * @throws IOException if the log cannot be written or read
   */
  public static void main(String[] args) throws IOException {
    int rooms = args.length > 0 ? Integer.parseInt(args[0]) : 1_000;
    int minutes = args.length > 1 ? Integer.parseInt(args[1]) : 40;
    long seed = args.length > 2 ? Long.parseLong(args[2]) : 16;
    Path dir = Path.of(args.length > 3 ? args[3] : "target/rooms");
    List<String> masters = args.length > 4 ? List.of(args).subList(4, args.length) : List.of("local[2]");
    // Spark may leave non-daemon threads behind: say how it went and end here, failed or not.
    int status = 2;
    try {
      Outcome o = run(rooms, minutes, seed, dir, masters, System.out);
      status = o.equalRooms() == o.rooms() && o.statementsEqual() ? 0 : 1;
    } catch (IOException | RuntimeException e) {
      e.printStackTrace();
    } finally {
      System.exit(status);
    }
  }

  /**
   * Generates (if the folder has no log yet), settles on each master and checks every room.
   *
   * @param rooms how many rooms
   * @param minutes how long each LIVE lasts
   * @param seed the seed
   * @param dir where the CSV files are
   * @param masters Spark masters to time ({@code -} for the one spark-submit gives)
   * @param out where to report
   * @return what the run found
   * @throws IOException if the log cannot be written or read
   */
  public static Outcome run(int rooms, int minutes, long seed, Path dir, List<String> masters, PrintStream out)
      throws IOException {
    Path marker = dir.resolve("log-" + rooms + "-" + minutes + "-" + seed);
    if (!Files.exists(marker)) {
      List<GiftEvent> events = RoomLog.events(rooms, minutes, seed);
      RoomLog.write(dir, events, 8);
      Files.writeString(marker, events.size() + " messages\n");
    }
    List<Path> files;
    try (var s = Files.list(dir)) {
      files = s.filter(p -> p.getFileName().toString().endsWith(".csv")).sorted().toList();
    }

    // The single JVM: read with monetik-io, settle each room with the parallel collector.
    Gifts gifts = Monetik.defaults().gifts();
    long t0 = System.nanoTime();
    List<GiftEvent> all = new ArrayList<>();
    for (Path f : files) {
      all.addAll(GiftReader.strict().read(f).records());
    }
    Map<String, LiveSnapshot> single = all.parallelStream()
        .collect(Collectors.groupingByConcurrent(GiftEvent::hostId, ConcurrentHashMap::new, gifts.toSnapshot()));
    long singleNanos = System.nanoTime() - t0;
    out.printf(Locale.ROOT, "%,d messages in %d rooms, %d files; single JVM (monetik-io + parallel collector): %s s%n", all.size(),
        single.size(), files.size(), seconds(singleNanos));

    Path ordersFile = dir.resolve("affiliate-orders.csv");
    try (var in = SparkRooms.class.getResourceAsStream(ORDERS)) {
      Files.copy(java.util.Objects.requireNonNull(in, ORDERS), ordersFile, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
    Affiliate affiliate = Monetik.defaults().affiliate();
    CommissionStatement singleStatement = affiliate.statement(OrderReader.strict().read(ordersFile).records(), AS_OF);

    Map<String, Long> sparkNanos = new TreeMap<>();
    int equal = 0;
    boolean statementsEqual = true;
    for (String master : masters) {
      SparkSession.Builder b = SparkSession.builder().appName("monetik-rooms").config("spark.ui.enabled", "false")
          .config("spark.sql.session.timeZone", "UTC");
      if (master.startsWith("local")) { // one machine: the loopback, whatever the host name resolves to
        b = b.master(master).config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1");
      }
      SparkSession spark = b.getOrCreate();
      spark.sparkContext().setLogLevel("WARN");
      try {
        MonetikFunction settle = MonetikSpark.settlement(() -> Monetik.defaults().gifts());
        Dataset<Row> messages = spark.read().option("header", true).option("enforceSchema", false)
            .schema(settle.inputSchema()).csv(files.stream().map(Path::toString).toArray(String[]::new));
        long t1 = System.nanoTime();
        List<Row> perRoom = messages.groupBy("host").agg(settle.column(messages).as("live")).collectAsList();
        long nanos = System.nanoTime() - t1;
        sparkNanos.put(master, nanos);
        equal = 0;
        for (Row r : perRoom) {
          LiveSnapshot s = gifts.settler((byte[]) r.getStruct(1).getAs("form")).snapshot();
          if (s.equals(single.get(r.getString(0)))) {
            equal++;
          }
        }
        out.printf(Locale.ROOT, "Spark %s: %s s (%sx the single JVM, %s ns per message), %d of %d rooms equal to the single JVM%n",
            master, seconds(nanos), ratio(nanos, singleNanos), ratio(nanos, all.size()), equal, single.size());

        // Commission statements: the order CSV's rows, one row per order, the statement as of AS_OF.
        MonetikFunction statements = MonetikSpark.statements(() -> Monetik.defaults().affiliate(), AS_OF);
        Dataset<Row> lines = spark.read().option("header", true).option("enforceSchema", false)
            .schema(MonetikSpark.orderCsvSchema()).csv(ordersFile.toString());
        Dataset<Row> orders = MonetikSpark.orders(lines);
        Row s = orders.agg(statements.column(orders).as("s")).collectAsList().get(0).getStruct(0);
        CommissionStatement statement = affiliate.batch((byte[]) s.getAs("form")).statement();
        boolean same = statement.equals(singleStatement);
        statementsEqual &= same;
        out.printf(Locale.ROOT, "Spark %s: commission statement of %d orders as of %s: earned %s, payable %s, %s OrderReader's%n",
            master, statement.orders(), AS_OF, statement.totals().earned(), statement.totals().payable(),
            same ? "equal to" : "NOT equal to");
      } finally {
        spark.stop();
      }
    }
    return new Outcome(all.size(), single.size(), equal, sparkNanos, singleNanos, statementsEqual);
  }

  /** {@return nanoseconds as seconds with two decimals} */
  static String seconds(long nanos) {
    return ratio(nanos, 1_000_000_000L);
  }

  /** {@return a / b with two decimals, exact integer arithmetic} */
  static String ratio(long a, long b) {
    return java.math.BigDecimal.valueOf(a).divide(java.math.BigDecimal.valueOf(Math.max(1, b)), 2,
        java.math.RoundingMode.HALF_EVEN).toPlainString();
  }
}
