package io.github.monetik.benchmarks;

import io.github.monetik.Monetik;
import io.github.monetik.money.Money;
import io.github.monetik.money.MoneyRange;
import io.github.monetik.programs.Activity;
import io.github.monetik.programs.Program;
import io.github.monetik.programs.Programs;
import io.github.monetik.programs.Video;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
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
 * A Creator Rewards estimate over many videos ({@code programs().estimate}, explained video by
 * video), against a plain
 * {@code long} loop over the same filter (the practical limit) and a per-video {@link Money}
 * range (what a user writes by hand), in one run.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ProgramEstimateBenchmark {
  @Param({"100000"})
  int videos;

  Activity activity;
  long[] seconds;
  long[] qualified;
  boolean[] original;
  Programs programs;

  @Setup
  public void generate() {
    SplittableRandom random = new SplittableRandom(42);
    List<Video> list = new ArrayList<>(videos);
    seconds = new long[videos];
    qualified = new long[videos];
    original = new boolean[videos];
    for (int i = 0; i < videos; i++) {
      seconds[i] = 5 + random.nextInt(300);
      long views = random.nextInt(200_000);
      qualified[i] = views * random.nextInt(101) / 100;
      original[i] = random.nextInt(10) != 0;
      list.add(Video.builder().length(Duration.ofSeconds(seconds[i])).views(views).qualifiedViews(qualified[i])
          .original(original[i]).build());
    }
    activity = Activity.of(list);
    programs = Monetik.defaults().programs();
  }

  /** The practical limit: the same filter and sum on primitive arrays. */
  @Benchmark
  public long baselineLongLoop() {
    long total = 0;
    for (int i = 0; i < seconds.length; i++) {
      if (original[i] && seconds[i] > 60 && qualified[i] >= 1_000) {
        total = Math.addExact(total, qualified[i]);
      }
    }
    return total;
  }

  /** What a user writes by hand: a low and a high Money per video. */
  @Benchmark
  public MoneyRange baselineNaiveMoney() {
    Money low = Money.of("0", "USD");
    Money high = Money.of("0", "USD");
    Money rpmLow = Money.of("0.40", "USD");
    Money rpmHigh = Money.of("1.00", "USD");
    for (Video v : activity.videos()) {
      long q = v.qualifiedViews().orElse(0);
      if (v.original() && v.length().getSeconds() > 60 && q >= 1_000) {
        BigDecimal thousands = BigDecimal.valueOf(q).movePointLeft(3);
        low = low.plus(rpmLow.multipliedBy(thousands));
        high = high.plus(rpmHigh.multipliedBy(thousands));
      }
    }
    return MoneyRange.between(low, high);
  }

  /**
   * Monetik: the program's terms decide which videos count, and the estimate keeps every video's
   * verdict (one small object per video); BigDecimal once per result.
   */
  @Benchmark
  public MoneyRange estimate() {
    return programs.estimate(Program.CREATOR_REWARDS, activity).standard();
  }
}
