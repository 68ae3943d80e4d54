package io.github.monetik.examples;

import java.util.Locale;
import io.github.monetik.Monetik;
import io.github.monetik.gifts.ComboSettlement;
import io.github.monetik.gifts.CountedGift;
import io.github.monetik.gifts.DiamondPolicy;
import io.github.monetik.gifts.GiftCatalog;
import io.github.monetik.gifts.GiftEvent;
import io.github.monetik.gifts.Gifts;
import io.github.monetik.gifts.LiveEarnings;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * {@code parallel [--messages] [--lines N] [--seed S] [--runs R] FILE}: totals a large file of settled gifts with
 * {@link LiveEarnings#collector(DiamondPolicy)}, once on a sequential stream and once on a parallel
 * one, and prints both timings, the speed-up and whether the totals are equal. The file is read with
 * {@link Files#lines(Path)}, one line at a time: no list of all gifts is ever held, only the
 * earnings' per-sender, per-gift, per-host and per-minute totals.
 *
 * <p>If {@code FILE} does not exist it is first generated: {@code N} gifts (default 3,000,000, about
 * 170 MB) from a seeded random source, so the same seed always writes the same file. Its header is
 * {@value #HEADER}: a gift's instant (ISO-8601 UTC), sender, host, gift id, how many and the price of
 * one in coins. Settled gifts carry no combo group, so every line becomes a {@link CountedGift} with
 * group id 0, a combo when the count is above 1 (earnings use neither).
 *
 * <p>With {@code --messages} the file holds raw LIVE gift messages instead, in the columns of the recorded
 * files ({@link #MESSAGES_HEADER}), and is settled with {@link Gifts#toSettlement()}:
 * each combo counted once although a parallel stream cuts the file anywhere, inside combos too. The
 * generated messages are the same gifts, each combo (gifts under 100 coins) sent as two or three
 * repeats growing from 1 to its count and an end message that arrives a few lines later, among other senders' messages; one combo
 * in fifty never ends and stays open.
 */
final class ParallelTotals implements Command {
  static final String HEADER = "timestamp,sender,host,gift_id,count,coins_per_gift";
  static final String MESSAGES_HEADER = String.join(",", DataFiles.COLUMNS);
  static final long DEFAULT_LINES = 3_000_000;
  static final long DEFAULT_SEED = 8;
  /** {id, coins}: the ids TikTok's recorded LIVE data shows, then made-up ids (9xxxxx) for dearer gifts. */
  private static final long[][] GIFTS = {{5655, 1}, {5269, 1}, {5487, 5}, {5879, 30}, {900_099, 99}, {900_500, 500},
      {901_000, 1_000}, {929_999, 29_999}};
  /** Per mille of gifts of each kind above: mostly roses and hearts, rarely a lion. */
  private static final int[] WEIGHTS = {560, 120, 180, 90, 30, 15, 4, 1};

  @Override
  public String name() {
    return "parallel";
  }

  @Override
  public String arguments() {
    return "[--messages] [--lines N] [--seed S] [--runs R] FILE";
  }

  @Override
  public String summary() {
    return "total a big gift file sequentially and in parallel; time both";
  }

  @Override
  public int run(List<String> args, PrintStream out) throws UsageException, IOException {
    long lines = DEFAULT_LINES;
    long seed = DEFAULT_SEED;
    long runs = 3;
    boolean messages = false;
    List<String> files = new ArrayList<>();
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      switch (a) {
        case "--lines" -> lines = number(args, ++i, a, 1);
        case "--seed" -> seed = number(args, ++i, a, Long.MIN_VALUE);
        case "--runs" -> runs = number(args, ++i, a, 1);
        case "--messages" -> messages = true;
        default -> {
          if (a.startsWith("-")) {
            throw new UsageException("unknown option '" + a + "'");
          }
          files.add(a);
        }
      }
    }
    if (files.size() != 1) {
      throw new UsageException("parallel needs exactly one FILE, was " + files);
    }
    Path file = Path.of(files.get(0));
    if (Files.exists(file)) {
      out.printf(Locale.ROOT, "Using %s (%,d bytes; delete it to generate a new one)%n", file, Files.size(file));
    } else {
      long start = System.nanoTime();
      if (messages) {
        generateMessages(file, lines, seed);
      } else {
        generate(file, lines, seed);
      }
      out.printf(Locale.ROOT, "Generated %s: %,d gifts%s, seed %d, %,d bytes in %s s%n", file, lines, messages ? " as messages" : "",
          seed, Files.size(file), seconds(System.nanoTime() - start));
    }
    Gifts gifts = Monetik.defaults().gifts();
    if (messages) {
      return race(out, runs, parallel -> settle(file, gifts, parallel), s -> {
        LiveEarnings e = gifts.earnings(s);
        return String.format(Locale.ROOT, "Settled: %,d messages, %,d gifts, %s, creator %s (%s); %,d combos open (%s); naive sum %s",
            s.messages(), s.settledGifts(), s.settledCoins(), e.creatorCash(), e.diamonds(), s.open().size(),
            s.openCoins(), s.naiveCoins());
      });
    }
    return race(out, runs, parallel -> total(file, gifts.diamondPolicy(), parallel), e -> String.format(Locale.ROOT, 
        "Totals: %,d gifts, %s, creator %s (%s)", e.gifts(), e.coins(), e.creatorCash(), e.diamonds()));
  }

  /** One way to total the file, sequential or parallel. */
  private interface Total<T> {
    T of(boolean parallel) throws IOException;
  }

  /**
   * Times {@code total} sequentially and in parallel, alternating, {@code runs} times each; the first
   * runs also warm up the JIT, so each side's best counts. Prints the result, both timings and the
   * speed-up.
   *
   * @return 0 if both gave equal results, else 1
   */
  private static <T> int race(PrintStream out, long runs, Total<T> total, Function<T, String> describe) throws IOException {
    long bestSequential = Long.MAX_VALUE;
    long bestParallel = Long.MAX_VALUE;
    T sequential = null;
    T parallel = null;
    for (long r = 0; r < runs; r++) {
      long t0 = System.nanoTime();
      sequential = total.of(false);
      long t1 = System.nanoTime();
      parallel = total.of(true);
      long t2 = System.nanoTime();
      bestSequential = Math.min(bestSequential, t1 - t0);
      bestParallel = Math.min(bestParallel, t2 - t1);
    }
    boolean equal = Objects.equals(sequential, parallel);
    out.println(describe.apply(sequential));
    out.printf(Locale.ROOT, "%-11s %10s  (best of %d, %d cores)%n", "", "seconds", runs, Runtime.getRuntime().availableProcessors());
    out.printf(Locale.ROOT, "%-11s %10s%n", "sequential", seconds(bestSequential));
    out.printf(Locale.ROOT, "%-11s %10s%n", "parallel", seconds(bestParallel));
    out.printf(Locale.ROOT, "Speed-up: %sx; sequential and parallel totals equal: %s%n",
        BigDecimal.valueOf(bestSequential).divide(BigDecimal.valueOf(bestParallel), 2, RoundingMode.HALF_EVEN),
        equal ? "yes" : "NO");
    return equal ? 0 : 1;
  }

  private static long number(List<String> args, int i, String option, long min) throws UsageException {
    if (i >= args.size()) {
      throw new UsageException(option + " needs a number");
    }
    try {
      long n = Long.parseLong(args.get(i).replace("_", ""));
      if (n < min) {
        throw new UsageException(option + " must be >= " + min + ", was " + n);
      }
      return n;
    } catch (NumberFormatException e) {
      throw new UsageException(option + " must be a whole number, was '" + args.get(i) + "'");
    }
  }

  private static String seconds(long nanos) {
    return BigDecimal.valueOf(nanos).movePointLeft(9).setScale(3, RoundingMode.HALF_EVEN).toPlainString();
  }

  /**
   * Totals the file, streaming its lines.
   *
   * @param file a file with the header {@value #HEADER}
   * @param policy how coins become diamonds and cash
   * @param parallel whether to use a parallel stream
   * @return the earnings of every line
   * @throws IOException if the file cannot be opened
   * @throws IllegalArgumentException quoting a bad line
   */
  static LiveEarnings total(Path file, DiamondPolicy policy, boolean parallel) throws IOException {
    // Files.lines on a UTF-8 file splits by byte ranges, so a parallel stream reads the file in parallel too.
    try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
      Stream<String> s = parallel ? lines.parallel() : lines;
      // The header is dropped by its text, not by skip(1), which would force ordered splitting.
      return s.filter(line -> !line.equals(HEADER)).map(ParallelTotals::parse).collect(io.github.monetik.gifts.Gifts.of(policy, GiftCatalog.empty(),
          io.github.monetik.rules.WithdrawalPresets.wallet(), io.github.monetik.rules.Rules.latest().provenance()).toEarnings());
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /**
   * Settles a file of raw gift messages, streaming its lines.
   *
   * @param file a file with the header {@value #MESSAGES_HEADER}
   * @param gifts the gifts door to settle with (its catalog checks the ids)
   * @param parallel whether to use a parallel stream
   * @return the settlement of every message
   * @throws IOException if the file cannot be opened
   * @throws IllegalArgumentException quoting a bad line
   */
  static ComboSettlement settle(Path file, Gifts gifts, boolean parallel) throws IOException {
    try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
      Stream<String> s = parallel ? lines.parallel() : lines;
      // An ordered stream: the collector combines chunks in file order, as one settler would read them.
      return s.filter(line -> !line.equals(MESSAGES_HEADER)).map(ParallelTotals::parseMessage)
          .collect(gifts.toSettlement());
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /**
   * {@return the gift message it describes}
   *
   * @param line one line of a messages file
   * @throws IllegalArgumentException quoting the line if it does not have the twelve fields or a value is bad
   */
  static GiftEvent parseMessage(String line) {
    String[] f = fields(line, 12, MESSAGES_HEADER);
    try {
      return GiftEvent.builder().timestamp(Instant.parse(f[0])).hostId(f[1]).messageId(Long.parseLong(f[2]))
          .senderId(f[3]).giftId(Long.parseLong(f[5])).coinsPerGift(Long.parseLong(f[7]))
          .repeatable(GiftEvent.isRepeatableType(Integer.parseInt(f[8]))).repeatCount(Integer.parseInt(f[9]))
          .repeatEnd(f[10].equals("1")).groupId(Long.parseLong(f[11])).build();
    } catch (IllegalArgumentException | DateTimeParseException e) {
      throw new IllegalArgumentException("line '" + line + "': " + e.getMessage(), e);
    }
  }

  /** Splits a line into exactly {@code n} comma-separated fields (none of these files quotes a field). */
  private static String[] fields(String line, int n, String header) {
    String[] f = new String[n];
    int from = 0;
    for (int i = 0; i < n - 1; i++) {
      int comma = line.indexOf(',', from);
      if (comma < 0) {
        throw new IllegalArgumentException("line must have " + n + " fields (" + header + "), was '" + line + "'");
      }
      f[i] = line.substring(from, comma);
      from = comma + 1;
    }
    f[n - 1] = line.substring(from);
    return f;
  }

  /**
   * {@return the counted gift it describes}
   *
   * @param line one line of the file
   * @throws IllegalArgumentException quoting the line if it does not have the six fields or a value is bad
   */
  static CountedGift parse(String line) {
    String[] f = fields(line, 6, HEADER);
    try {
      long count = Long.parseLong(f[4]);
      return CountedGift.builder().timestamp(Instant.parse(f[0])).senderId(f[1]).hostId(f[2]).giftId(Long.parseLong(f[3]))
          .count(count).coinsPerGift(Long.parseLong(f[5])).combo(count > 1).groupId(0).messageId(0).isOpen(false).build();  // the file keeps no message ids
    } catch (IllegalArgumentException | DateTimeParseException e) {
      throw new IllegalArgumentException("line '" + line + "': " + e.getMessage(), e);
    }
  }

  /**
   * Writes {@code lines} gifts of a four-hour evening across 8 hosts and 50,000 senders (a few give
   * most), in time order, to a temporary file that is then moved into place, so an interrupted run
   * never leaves a partial file behind.
   *
   * @param file where to write
   * @param lines how many gifts
   * @param seed the random seed
   * @throws IOException if the file cannot be written
   */
  static void generate(Path file, long lines, long seed) throws IOException {
    StringBuilder b = new StringBuilder(64);
    write(file, HEADER, w -> draw(lines, seed, (second, sender, host, gift, count) -> {
      b.setLength(0);
      b.append(Instant.ofEpochSecond(second)).append(",user-").append(sender).append(",host-0").append(host).append(',')
          .append(GIFTS[gift][0]).append(',').append(count).append(',').append(GIFTS[gift][1]).append('\n');
      w.append(b);
    }));
  }

  /**
   * Writes the gifts {@link #generate} would write with the same seed, as the LIVE messages that carry
   * them: a gift under 100 coins is a combo, sent as two or three repeats growing from 1 to its count
   * (one if the count is 1) and, a few lines later, its end (one combo in fifty never ends); a dearer gift is one message with its quantity.
   *
   * @param file where to write
   * @param gifts how many gifts
   * @param seed the random seed
   * @throws IOException if the file cannot be written
   */
  static void generateMessages(Path file, long gifts, long seed) throws IOException {
    SplittableRandom random = new SplittableRandom(~seed);
    long[] messageId = {7_300_000_000_000_000_000L};
    ArrayDeque<String> pendingEnds = new ArrayDeque<>();
    write(file, MESSAGES_HEADER, w -> {
      draw(gifts, seed, (second, sender, host, gift, count) -> {
        long id = messageId[0]++;
        long millis = second * 1_000 + random.nextInt(1_000);
        boolean repeatable = GIFTS[gift][1] < 100;
        String common = ",host-0" + host + ",";
        String who = ",user-" + sender + ",user-" + sender + "," + GIFTS[gift][0] + ",gift-" + GIFTS[gift][0] + ","
            + GIFTS[gift][1] + "," + (repeatable ? 1 : 2) + ",";
        if (!repeatable) {
          w.append(Instant.ofEpochMilli(millis) + common + id + who + count + ",0,0\n");
          return;
        }
        long group = id; // TikTok uses the combo's start time; any id unique per sender and gift will do
        // Repeats from 1 up to the count (clients see only some of the steps between), then the end.
        long repeats = count == 1 ? 1 : 2 + random.nextInt(2);
        for (long k = 1; k <= repeats; k++) {
          long shown = k == 1 ? 1 : 1 + (count - 1) * (k - 1) / (repeats - 1);
          w.append(Instant.ofEpochMilli(millis) + common + messageId[0]++ + who + shown + ",0," + group + "\n");
        }
        if (random.nextInt(50) > 0) {
          pendingEnds.addLast(Instant.ofEpochMilli(millis + 1) + common + messageId[0]++ + who + count + ",1," + group + "\n");
        }
        while (pendingEnds.size() > random.nextInt(8)) {
          w.append(pendingEnds.removeFirst());
        }
      });
      while (!pendingEnds.isEmpty()) {
        w.append(pendingEnds.removeFirst());
      }
    });
  }

  /** Receives one drawn gift. */
  private interface GiftSink {
    void gift(long second, long sender, int host, int gift, long count) throws IOException;
  }

  /** Draws the gifts of a four-hour evening across 8 hosts and 50,000 senders, in time order. */
  private static void draw(long lines, long seed, GiftSink sink) throws IOException {
    SplittableRandom random = new SplittableRandom(seed);
    long start = Instant.parse("2025-03-01T18:00:00Z").getEpochSecond();
    long span = 4 * 3600;
    for (long i = 0; i < lines; i++) {
      long second = start + Math.multiplyExact(i, span) / lines;
      // A cubed uniform draw: small sender numbers (the big gifters) come up far more often.
      long u = random.nextLong(1_000_000);
      long sender = u * u / 1_000_000 * u / 1_000_000 / 20;
      int k = random.nextInt(1_000);
      int gift = 0;
      while (k >= WEIGHTS[gift]) {
        k -= WEIGHTS[gift];
        gift++;
      }
      long count = random.nextInt(10) < 7 ? 1 : 1 + random.nextInt(99);
      int host = 1 + random.nextInt(8);
      sink.gift(second, sender, host, gift, count);
    }
  }

  /** Writes a body of lines under a header to a temporary file, then moves it into place. */
  private interface Body {
    void write(Writer w) throws IOException;
  }

  private static void write(Path file, String header, Body body) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    Path tmp = Files.createTempFile(parent, file.getFileName().toString(), ".part");
    try {
      try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
        w.write(header);
        w.write('\n');
        body.write(w);
      }
      Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }
}
