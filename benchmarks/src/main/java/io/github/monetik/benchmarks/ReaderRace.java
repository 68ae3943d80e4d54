package io.github.monetik.benchmarks;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import io.github.monetik.Monetik;
import io.github.monetik.gifts.ComboSettlement;
import io.github.monetik.gifts.GiftEvent;
import io.github.monetik.gifts.GiftMessage;
import io.github.monetik.gifts.GiftSettler;
import io.github.monetik.gifts.Gifts;
import io.github.monetik.gifts.LiveSnapshot;
import io.github.monetik.io.GiftFile;
import io.github.monetik.io.GiftReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * One run, one file: Monetik's readers and settlement against the CSV libraries monetik-io could have
 * used (FastCSV 4.1.0, Commons CSV 1.14.1) and against DuckDB's {@code GROUP BY} settlement, on the
 * file {@code monetik-examples parallel --messages --lines 1000000 FILE} writes (2,397,485 messages,
 * 279 MB) and the same messages as Connector-shaped NDJSON (written next to it on first use). Every
 * contender's totals are checked: settled 736,727,688 coins, open 2,289,800 coins in 19,702 combos.
 *
 * <pre>
 * java -jar examples/target/monetik-examples.jar parallel --messages --lines 1000000 /tmp/messages.csv
 * java -cp benchmarks/target/benchmarks.jar io.github.monetik.benchmarks.ReaderRace /tmp/messages.csv [runs]
 * </pre>
 *
 * <p>Each line is the best of {@code runs} timed runs (default 3) after one warm-up run; threads are
 * a fork-join pool of that size for Monetik and DuckDB's {@code SET threads}. Monetik settles on
 * {@code Monetik.defaults().gifts()} (its catalog checks every gift id, as a user's door does).
 *
 * <p>A third argument picks one part: {@code duel} (the headline: Monetik and DuckDB at 1 and 2
 * threads and a raw read, interleaved), {@code settler} (the settler alone, fed from memory: accept,
 * combine, settlement, snapshot) or {@code snapshotN} ({@code snapshot(gifts)} on N threads only, for a
 * profiler).
 */
public final class ReaderRace {
  static final long SETTLED = 736_727_688L;
  static final long OPEN_COINS = 2_289_800L;
  static final long OPEN_COMBOS = 19_702L;
  /** Open combos not counted (a settler's running totals name the coins only). */
  static final long UNCOUNTED = -1;
  static final Gifts GIFTS = Monetik.defaults().gifts();

  private ReaderRace() {}

  /** Totals every contender must give. */
  record Totals(long settled, long openCoins, long openCombos) {
    static Totals of(GiftSettler s) {
      return new Totals(s.settledCoins().count(), s.openCoins().count(), UNCOUNTED);
    }

    static Totals of(ComboSettlement s) {
      return new Totals(s.settledCoins().count(), s.openCoins().count(), s.open().size());
    }

    static Totals of(LiveSnapshot s) {
      return new Totals(s.earnings().coins().count(), s.openCoins().count(), s.open().size());
    }
  }

  /**
   * Runs the race.
   *
   * @param args the CSV file, then optionally the number of timed runs
   * @throws Exception if a contender fails
   */
  public static void main(String[] args) throws Exception {
    Path csv = Path.of(args[0]);
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    if (args.length > 2 && args[2].equals("duel")) {
      duel(csv, runs);
      return;
    }
    if (args.length > 2 && args[2].startsWith("snapshot")) {
      int threads = Integer.parseInt(args[2].substring("snapshot".length()));
      long best = Long.MAX_VALUE;
      for (int r = 0; r <= runs; r++) {
        long t = System.nanoTime();
        check("snapshot", threads(threads, () -> Totals.of(snapshot(csv))));
        best = r == 0 ? best : Math.min(best, System.nanoTime() - t);
      }
      System.out.printf("CSV Monetik snapshot(gifts), %d threads: best of %d, %s s%n", threads, runs, s(best));
      return;
    }
    if (args.length > 2 && args[2].equals("settler")) {
      Map<String, Long> best = new LinkedHashMap<>();
      settlerCost(csv, best, runs);
      best.forEach((name, nanos) -> System.out.printf("%-66s %9s%n", name, s(nanos)));
      return;
    }
    Path ndjson = Path.of(csv + ".ndjson");
    if (!Files.exists(ndjson)) {
      long t = System.nanoTime();
      toNdjson(csv, ndjson);
      System.out.printf("wrote %s (%,d bytes) in %s s%n", ndjson, Files.size(ndjson), s(System.nanoTime() - t));
    }
    System.out.printf("CSV %s: %,d bytes; NDJSON: %,d bytes; %d cores; best of %d%n", csv, Files.size(csv),
        Files.size(ndjson), Runtime.getRuntime().availableProcessors(), runs);
    Map<String, Long> best = new LinkedHashMap<>();
    race(best, runs, "raw read CSV (1 thread, count lines)", () -> rawRead(csv));
    race(best, runs, "raw read NDJSON (1 thread, count lines)", () -> rawRead(ndjson));
    race(best, runs, "CSV Monetik settler(gifts), 1 thread", () -> threads(1, () -> Totals.of(settler(csv))));
    race(best, runs, "CSV Monetik settler(gifts), 2 threads", () -> threads(2, () -> Totals.of(settler(csv))));
    race(best, runs, "CSV Monetik snapshot(gifts), 1 thread", () -> threads(1, () -> Totals.of(snapshot(csv))));
    race(best, runs, "CSV Monetik snapshot(gifts), 2 threads", () -> threads(2, () -> Totals.of(snapshot(csv))));
    race(best, runs, "CSV Monetik settle(gifts), 2 threads", () -> threads(2, () -> Totals.of(settle(csv))));
    race(best, runs, "CSV Monetik stream().collect(toSettlement()), 1 thread",
        () -> threads(1, () -> Totals.of(collect(csv, false))));
    race(best, runs, "CSV Monetik stream().parallel().collect(toSettlement()), 2 threads",
        () -> threads(2, () -> Totals.of(collect(csv, true))));
    race(best, runs, "CSV FastCSV 4.1.0 + settler, 1 thread", () -> Totals.of(fastCsv(csv)));
    race(best, runs, "CSV Commons CSV 1.14.1 + settler, 1 thread", () -> Totals.of(commonsCsv(csv)));
    race(best, runs, "CSV DuckDB 2.0 GROUP BY, 1 thread", () -> duckCsv(csv, 1));
    race(best, runs, "CSV DuckDB 2.0 GROUP BY, 2 threads", () -> duckCsv(csv, 2));
    race(best, runs, "NDJSON Monetik settler(gifts), 1 thread", () -> threads(1, () -> Totals.of(settler(ndjson))));
    race(best, runs, "NDJSON Monetik settler(gifts), 2 threads", () -> threads(2, () -> Totals.of(settler(ndjson))));
    race(best, runs, "NDJSON Monetik snapshot(gifts), 2 threads", () -> threads(2, () -> Totals.of(snapshot(ndjson))));
    race(best, runs, "NDJSON DuckDB 2.0 GROUP BY, 1 thread", () -> duckJson(ndjson, 1));
    race(best, runs, "NDJSON DuckDB 2.0 GROUP BY, 2 threads", () -> duckJson(ndjson, 2));
    settlerCost(csv, best, runs);
    long duck2 = best.get("CSV DuckDB 2.0 GROUP BY, 2 threads");
    System.out.println();
    System.out.printf("%-66s %9s %12s%n", "contender", "seconds", "vs DuckDB 2t");
    best.forEach((name, nanos) -> System.out.printf("%-66s %9s %12s%n", name, s(nanos), ratio(nanos, duck2)));
  }

  /**
   * The headline only, interleaved: Monetik's CSV reader + settler and DuckDB's query, each at 1 and 2
   * threads, one run of each in turn, {@code rounds} times; the best of each. On a shared machine
   * this spreads other load evenly over the four.
   */
  private static void duel(Path csv, int rounds) throws Exception {
    String[] names = {"CSV Monetik snapshot(gifts), 1 thread", "CSV Monetik snapshot(gifts), 2 threads",
        "CSV DuckDB 2.0 GROUP BY, 1 thread", "CSV DuckDB 2.0 GROUP BY, 2 threads", "raw read CSV (1 thread)"};
    List<Callable<Object>> runs = List.of(() -> threads(1, () -> Totals.of(snapshot(csv))),
        () -> threads(2, () -> Totals.of(snapshot(csv))), () -> duckCsv(csv, 1), () -> duckCsv(csv, 2),
        () -> rawRead(csv));
    long[] best = new long[names.length];
    java.util.Arrays.fill(best, Long.MAX_VALUE);
    for (int r = 0; r <= rounds; r++) {
      for (int i = 0; i < names.length; i++) {
        long t = System.nanoTime();
        Object result = runs.get(i).call();
        long took = System.nanoTime() - t;
        check(names[i], result);
        if (r > 0) {
          best[i] = Math.min(best[i], took);
        }
      }
    }
    System.out.printf("duel: %d interleaved rounds after a warm-up, best of each; %d cores%n", rounds,
        Runtime.getRuntime().availableProcessors());
    System.out.printf("%-40s %9s %12s%n", "contender", "seconds", "vs DuckDB 2t");
    for (int i = 0; i < names.length; i++) {
      System.out.printf("%-40s %9s %12s%n", names[i], s(best[i]), ratio(best[i], best[3]));
    }
  }

  /** The file's messages, parsed once, as a GiftMessage's fields (ids shared, as the reader interns them). */
  static final class Parsed {
    final int n;
    final long[] msg;
    final long[] millis;
    final long[] gift;
    final long[] coins;
    final long[] group;
    final int[] count;
    final boolean[] repeatable;
    final boolean[] end;
    final String[] sender;
    final String[] host;
    final String[] senderName;
    final String[] giftName;

    Parsed(List<GiftEvent> all) {
      n = all.size();
      msg = new long[n];
      millis = new long[n];
      gift = new long[n];
      coins = new long[n];
      group = new long[n];
      count = new int[n];
      repeatable = new boolean[n];
      end = new boolean[n];
      sender = new String[n];
      host = new String[n];
      senderName = new String[n];
      giftName = new String[n];
      Map<String, String> same = new java.util.HashMap<>();
      for (int i = 0; i < n; i++) {
        GiftEvent e = all.get(i);
        msg[i] = e.messageId();
        millis[i] = e.timestamp().toEpochMilli();
        gift[i] = e.giftId();
        coins[i] = e.coinsPerGift();
        group[i] = e.groupId();
        count[i] = e.repeatCount();
        repeatable[i] = e.repeatable();
        end[i] = e.repeatEnd();
        sender[i] = same.computeIfAbsent(e.senderId(), k -> k);
        host[i] = same.computeIfAbsent(e.hostId(), k -> k);
        senderName[i] = e.senderName().map(k -> same.computeIfAbsent(k, x -> x)).orElse(null);
        giftName[i] = e.giftName().map(k -> same.computeIfAbsent(k, x -> x)).orElse(null);
      }
    }

    GiftSettler feed(int from, int to) {
      GiftSettler s = GIFTS.settler();
      GiftMessage m = new GiftMessage();
      for (int i = from; i < to; i++) {
        s.accept(m.messageId(msg[i]).epochMilli(millis[i]).senderId(sender[i]).senderName(senderName[i])
            .hostId(host[i]).giftId(gift[i]).giftName(giftName[i]).coinsPerGift(coins[i]).repeatable(repeatable[i])
            .repeatCount(count[i]).repeatEnd(end[i]).groupId(group[i]));
      }
      return s;
    }
  }

  /** What the settler itself costs: accept from memory, the combine of two halves, settlement(), snapshot(). */
  private static void settlerCost(Path csv, Map<String, Long> best, int runs) throws Exception {
    Parsed p;
    try (GiftFile f = GiftReader.strict().open(csv); Stream<GiftEvent> s = f.stream()) {
      p = new Parsed(s.toList());
    }
    long accept = Long.MAX_VALUE;
    long combine = Long.MAX_VALUE;
    long settlement = Long.MAX_VALUE;
    long snapshot = Long.MAX_VALUE;
    for (int r = 0; r <= runs; r++) {
      long t0 = System.nanoTime();
      GiftSettler all = p.feed(0, p.n);
      long t1 = System.nanoTime();
      check("settler", Totals.of(all));
      GiftSettler a = p.feed(0, p.n / 2);
      GiftSettler b = p.feed(p.n / 2, p.n);
      long t2 = System.nanoTime();
      a.combine(b);
      long t3 = System.nanoTime();
      check("combine", Totals.of(a));
      long t4 = System.nanoTime();
      ComboSettlement settled = all.settlement();
      long t5 = System.nanoTime();
      check("settlement", Totals.of(settled));
      long t6 = System.nanoTime();
      LiveSnapshot snap = all.snapshot();
      long t7 = System.nanoTime();
      check("snapshot", Totals.of(snap));
      if (r > 0) {
        accept = Math.min(accept, t1 - t0);
        combine = Math.min(combine, t3 - t2);
        settlement = Math.min(settlement, t5 - t4);
        snapshot = Math.min(snapshot, t7 - t6);
      }
      if (r == 0) {
        System.out.printf("settler state: %,d messages, %,d settled gifts in the settlement, %,d open combos%n", p.n,
            settled.settled().size(), settled.open().size());
      }
    }
    best.put("settler.accept(GiftMessage) alone (pre-parsed, from memory), 1 thread", accept);
    best.put("settler.combine of two halves, 1 thread", combine);
    best.put("settler.settlement() (every CountedGift), 1 thread", settlement);
    best.put("settler.snapshot() (totals, breakdowns), 1 thread", snapshot);
    System.out.printf("settler per message: accept %s ns, combine %s ns, settlement %s ns, snapshot %s ns%n",
        perMessage(accept, p.n), perMessage(combine, p.n), perMessage(settlement, p.n), perMessage(snapshot, p.n));
  }

  private static String perMessage(long nanos, int n) {
    return BigDecimal.valueOf(nanos).divide(BigDecimal.valueOf(n), 0, RoundingMode.HALF_EVEN).toPlainString();
  }

  private static void race(Map<String, Long> best, int runs, String name, Callable<Object> run) throws Exception {
    Object warm = run.call();
    check(name, warm);
    long min = Long.MAX_VALUE;
    for (int i = 0; i < runs; i++) {
      long t = System.nanoTime();
      Object r = run.call();
      long took = System.nanoTime() - t;
      check(name, r);
      min = Math.min(min, took);
    }
    best.put(name, min);
    System.out.printf("%-66s %9s s%n", name, s(min));
  }

  private static void check(String name, Object result) {
    if (result instanceof Totals t && !t.equals(new Totals(SETTLED, OPEN_COINS,
        t.openCombos() == UNCOUNTED ? UNCOUNTED : OPEN_COMBOS))) {
      throw new IllegalStateException(name + " gave " + t);
    }
  }

  private static String s(long nanos) {
    return BigDecimal.valueOf(nanos).movePointLeft(9).setScale(3, RoundingMode.HALF_EVEN).toPlainString();
  }

  private static String ratio(long nanos, long base) {
    return BigDecimal.valueOf(nanos).divide(BigDecimal.valueOf(base), 2, RoundingMode.HALF_EVEN) + "x";
  }

  private static <T> T threads(int n, Callable<T> work) throws Exception {
    ForkJoinPool pool = new ForkJoinPool(n);
    try {
      return pool.submit(work).get();
    } finally {
      pool.shutdown();
    }
  }

  static Object rawRead(Path file) throws IOException {
    long lines = 0;
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
      byte[] b = new byte[1 << 20];
      ByteBuffer bb = ByteBuffer.wrap(b);
      long pos = 0;
      int n;
      while ((n = ch.read(bb.clear(), pos)) > 0) {
        for (int i = 0; i < n; i++) {
          if (b[i] == '\n') {
            lines++;
          }
        }
        pos += n;
      }
    }
    return lines;
  }

  static GiftSettler settler(Path file) throws IOException {
    try (GiftFile f = GiftReader.strict().open(file)) {
      return f.settler(GIFTS);
    }
  }

  static LiveSnapshot snapshot(Path file) throws IOException {
    try (GiftFile f = GiftReader.strict().open(file)) {
      return f.snapshot(GIFTS);
    }
  }

  static ComboSettlement settle(Path file) throws IOException {
    try (GiftFile f = GiftReader.strict().open(file)) {
      return f.settle(GIFTS);
    }
  }

  static ComboSettlement collect(Path file, boolean parallel) throws IOException {
    try (GiftFile f = GiftReader.strict().open(file); Stream<GiftEvent> s = f.stream()) {
      return (parallel ? s.parallel() : s).collect(GIFTS.toSettlement());
    }
  }

  /** The same settlement, reading with FastCSV: one String per field, parsed with the JDK. */
  static GiftSettler fastCsv(Path file) throws IOException {
    GiftSettler s = GIFTS.settler();
    GiftMessage m = new GiftMessage();
    try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(file)) {
      boolean header = true;
      for (CsvRecord r : reader) {
        if (header) {
          header = false;
          continue;
        }
        feed(s, m, r.getField(0), r.getField(1), r.getField(2), r.getField(3), r.getField(4), r.getField(5),
            r.getField(6), r.getField(7), r.getField(8), r.getField(9), r.getField(10), r.getField(11));
      }
    }
    return s;
  }

  /** The same with Commons CSV. */
  static GiftSettler commonsCsv(Path file) throws IOException {
    GiftSettler s = GIFTS.settler();
    GiftMessage m = new GiftMessage();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
      for (CSVRecord r : parser) {
        feed(s, m, r.get(0), r.get(1), r.get(2), r.get(3), r.get(4), r.get(5), r.get(6), r.get(7), r.get(8), r.get(9),
            r.get(10), r.get(11));
      }
    }
    return s;
  }

  /** One record's fields into the message and the settler (no id interning: the libraries give new strings). */
  private static void feed(GiftSettler s, GiftMessage m, String time, String host, String msg, String sender,
      String senderName, String gift, String giftName, String coins, String type, String count, String end,
      String group) {
    s.accept(m.messageId(Long.parseLong(msg)).epochMilli(Instant.parse(time).toEpochMilli()).senderId(sender)
        .senderName(senderName.isEmpty() ? null : senderName).hostId(host).giftId(Long.parseLong(gift))
        .giftName(giftName.isEmpty() ? null : giftName).coinsPerGift(Long.parseLong(coins))
        .repeatable(Integer.parseInt(type) == 1).repeatCount(Math.max(1, Integer.parseInt(count)))
        .repeatEnd(end.equals("1")).groupId(Long.parseLong(group)));
  }

  private static final String SETTLE_SQL = "SELECT sum(c * p) FILTER (WHERE ended), sum(c * p) FILTER (WHERE NOT ended),"
      + " count(*) FILTER (WHERE NOT ended) FROM (SELECT max(greatest(cnt, 1)) AS c, max(price) AS p,"
      + " bool_or(fin = 1 OR kind <> 1) AS ended FROM %s GROUP BY sender, gift,"
      + " CASE WHEN kind = 1 THEN grp ELSE msg END, kind = 1)";

  static Object duckCsv(Path file, int threads) throws Exception {
    String source = "(SELECT sender_id AS sender, gift_id AS gift, group_id AS grp, message_id AS msg,"
        + " repeat_count AS cnt, coins_per_gift AS price, repeat_end AS fin, gift_type AS kind FROM read_csv('"
        + file + "', header = true, columns = {'timestamp': 'VARCHAR', 'host': 'VARCHAR', 'message_id': 'BIGINT',"
        + " 'sender_id': 'VARCHAR', 'sender_name': 'VARCHAR', 'gift_id': 'BIGINT', 'gift_name': 'VARCHAR',"
        + " 'coins_per_gift': 'BIGINT', 'gift_type': 'INTEGER', 'repeat_count': 'INTEGER', 'repeat_end': 'INTEGER',"
        + " 'group_id': 'BIGINT'}))";
    return duck(String.format(SETTLE_SQL, source), threads);
  }

  static Object duckJson(Path file, int threads) throws Exception {
    String source = "(SELECT \"user\".id AS sender, CAST(giftId AS BIGINT) AS gift, CAST(groupId AS BIGINT) AS grp,"
        + " CAST(common.msgId AS BIGINT) AS msg, repeatCount AS cnt, gift.diamondCount AS price, repeatEnd AS fin,"
        + " gift.type AS kind FROM read_json('" + file + "', format = 'newline_delimited', columns = {"
        + " 'common': 'STRUCT(msgId VARCHAR, createTime VARCHAR)', 'giftId': 'VARCHAR', 'repeatCount': 'INTEGER',"
        + " 'repeatEnd': 'INTEGER', 'groupId': 'VARCHAR', 'user': 'STRUCT(id VARCHAR, nickname VARCHAR)',"
        + " 'monitorInfo': 'STRUCT(anchorId VARCHAR)',"
        + " 'gift': 'STRUCT(id VARCHAR, name VARCHAR, diamondCount BIGINT, type INTEGER)'}))";
    return duck(String.format(SETTLE_SQL, source), threads);
  }

  private static Object duck(String sql, int threads) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement()) {
      st.execute("SET threads = " + threads);
      try (ResultSet rs = st.executeQuery(sql)) {
        rs.next();
        return new Totals(rs.getLong(1), rs.getLong(2), rs.getLong(3));
      }
    }
  }

  /** Writes the CSV's messages as TikTok-Live-Connector 2.x events (the fields it reads; 64-bit ids as strings). */
  static void toNdjson(Path csv, Path ndjson) throws IOException {
    Path tmp = Path.of(ndjson + ".part");
    try (GiftFile f = GiftReader.strict().open(csv); Stream<GiftEvent> s = f.stream();
        BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
      StringBuilder b = new StringBuilder(400);
      List<IOException> failed = new ArrayList<>();
      s.forEachOrdered(e -> {
        b.setLength(0);
        String sender = e.senderId().substring("user-".length());
        String host = e.hostId().substring("host-".length());
        b.append("{\"common\":{\"msgId\":\"").append(e.messageId()).append("\",\"createTime\":\"")
            .append(e.timestamp().toEpochMilli()).append("\"},\"giftId\":\"").append(e.giftId())
            .append("\",\"repeatCount\":").append(e.repeatCount()).append(",\"repeatEnd\":").append(e.repeatEnd() ? 1 : 0)
            .append(",\"groupId\":\"").append(e.groupId()).append("\",\"user\":{\"id\":\"").append(sender)
            .append("\",\"nickname\":\"").append(e.senderName().orElse("")).append("\"},\"monitorInfo\":{\"anchorId\":\"")
            .append(host).append("\"},\"gift\":{\"id\":\"").append(e.giftId()).append("\",\"name\":\"")
            .append(e.giftName().orElse("")).append("\",\"diamondCount\":").append(e.coinsPerGift()).append(",\"type\":")
            .append(e.repeatable() ? 1 : 2).append("}}\n");
        try {
          w.append(b);
        } catch (IOException x) {
          failed.add(x);
        }
      });
      if (!failed.isEmpty()) {
        throw failed.get(0);
      }
    }
    Files.move(tmp, ndjson);
  }
}
