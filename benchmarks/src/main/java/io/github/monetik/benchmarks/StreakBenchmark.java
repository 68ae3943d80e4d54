package io.github.monetik.benchmarks;

import io.github.monetik.Monetik;
import io.github.monetik.streaks.Interaction;
import io.github.monetik.streaks.InteractionKind;
import io.github.monetik.streaks.StreakReport;
import io.github.monetik.streaks.Streaks;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Analysing 10 million interactions across 100,000 pairs over 90 days (calendar days in
 * Europe/Berlin, both must act), against sorting the same timestamps with {@link Arrays#sort(long[])}
 * (the lower bound for any order-based analysis), in one run. Target: within 3x of the sort.
 *
 * <pre>{@code
 * ./mvnw -B -q -o -DskipTests package
 * java -jar benchmarks/target/benchmarks.jar StreakBenchmark -f 1 -wi 2 -w 2s -i 3 -r 2s
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx8g"})
public class StreakBenchmark {
  @Param({"10000000"})
  int interactions;

  @Param({"100000"})
  int pairs;

  List<Interaction> input;
  long[] timestamps;
  Streaks streaks;
  Instant now;

  @Setup
  public void generate() {
    SplittableRandom random = new SplittableRandom(42);
    Instant start = Instant.parse("2024-06-01T00:00:00Z");
    int days = 90;
    now = start.plusSeconds(days * 86_400L);
    String[] people = new String[pairs * 2];
    for (int i = 0; i < people.length; i++) {
      people[i] = "user" + i;
    }
    InteractionKind[] kinds = {InteractionKind.MESSAGE, InteractionKind.MESSAGE, InteractionKind.MESSAGE,
        InteractionKind.SHARED_VIDEO, InteractionKind.COMMENT, InteractionKind.LIKE};
    input = new ArrayList<>(interactions);
    timestamps = new long[interactions];
    for (int i = 0; i < interactions; i++) {
      int pair = random.nextInt(pairs);
      int side = random.nextInt(2);
      Instant at = start.plusSeconds(random.nextLong(days * 86_400L));
      input.add(Interaction.of(people[2 * pair + side], people[2 * pair + 1 - side], kinds[random.nextInt(kinds.length)], at));
      timestamps[i] = at.getEpochSecond();
    }
    streaks = Monetik.defaults().streaks().in(ZoneId.of("Europe/Berlin"));
  }

  /** The lower bound: sort a fresh copy of the same timestamps. */
  @Benchmark
  public long baselineSortTimestamps() {
    long[] copy = timestamps.clone();
    Arrays.sort(copy);
    return copy[copy.length / 2];
  }

  /** The whole analysis: every pair's runs, statuses, engagement cells (listing order not yet built). */
  @Benchmark
  public StreakReport analyze() {
    return streaks.analyze(input, now);
  }

  /** The analysis plus the sorted listing of every pair (the report sorts its groups on first use). */
  @Benchmark
  public int analyzeAndList() {
    return streaks.analyze(input, now).groups().size();
  }
}
