package io.github.monetik.examples;

import java.util.Locale;
import io.github.monetik.Monetik;
import io.github.monetik.examples.samples.GiftFiles;
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
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code parallel-totals [--messages] [--lines N] [--seed S] [--runs R] FILE}: totals a large file of settled gifts with
 * {@link LiveEarnings#collector(DiamondPolicy)}, once on a sequential stream and once on a parallel
 * one, and prints both timings, the speed-up and whether the totals are equal. The file is read with
 * {@link Files#lines(Path)}, one line at a time: no list of all gifts is ever held, only the
 * earnings' per-sender, per-gift, per-host and per-minute totals.
 *
 * <p>If {@code FILE} does not exist it is first generated ({@link GiftFiles}): {@code N} gifts (default 3,000,000, about
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
@Command(name = "parallel-totals", aliases = "parallel", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
    description = {"Total a big gift file sequentially and in parallel; time both.",
        "Streams the file (generated first if absent) once sequentially and once in parallel, and prints both "
            + "timings, the speed-up and whether the totals are equal (exit 1 if not)."})
final class ParallelTotalsCommand extends ExampleCommand {
  static final String HEADER = GiftFiles.HEADER;
  static final String MESSAGES_HEADER = GiftFiles.MESSAGES_HEADER;
  static final long DEFAULT_LINES = 3_000_000;
  static final long DEFAULT_SEED = 8;

  @Option(names = "--messages", description = "raw LIVE gift messages instead of settled gifts, settled with "
      + "gifts.toSettlement()")
  boolean messages;

  @Option(names = "--lines", paramLabel = "N", defaultValue = "" + DEFAULT_LINES, converter = Converters.Positive.class,
      description = "how many gifts to generate when FILE is absent (default: ${DEFAULT-VALUE})")
  long lines;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "" + DEFAULT_SEED, converter = Converters.Whole.class,
      description = "the generator's seed (default: ${DEFAULT-VALUE}): the same seed, the same file")
  long seed;

  @Option(names = "--runs", paramLabel = "R", defaultValue = "3", converter = Converters.Positive.class,
      description = "how many times to total each way; the best time counts (default: ${DEFAULT-VALUE})")
  long runs;

  @Parameters(index = "0", paramLabel = "FILE", description = "the gift file; generated first if it does not exist")
  Path file;

  @Override
  public Integer call() throws IOException {
    if (Files.exists(file)) {
      out.printf(Locale.ROOT, "Using %s (%,d bytes; delete it to generate a new one)%n", file, Files.size(file));
    } else {
      long start = System.nanoTime();
      if (messages) {
        GiftFiles.generateMessages(file, lines, seed);
      } else {
        GiftFiles.generate(file, lines, seed);
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
      return s.filter(line -> !line.equals(HEADER)).map(ParallelTotalsCommand::parse).collect(io.github.monetik.gifts.Gifts.of(policy, GiftCatalog.empty(),
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
      return s.filter(line -> !line.equals(MESSAGES_HEADER)).map(ParallelTotalsCommand::parseMessage)
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
}
