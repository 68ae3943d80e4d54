package io.github.monetik.benchmarks;

import io.github.monetik.money.Coins;
import io.github.monetik.money.Money;
import java.math.BigDecimal;
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
 * Summing gift coin counts with the {@link Coins} unit, against a plain {@code long} loop (the
 * practical limit) and a per-event {@link Money} sum (what a user writes by hand), in one run.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class CoinSumBenchmark {
  @Param({"1000000"})
  int events;

  long[] coins;

  @Setup
  public void generate() {
    SplittableRandom random = new SplittableRandom(42);
    long[] prices = {1, 1, 1, 5, 10, 20, 30, 99, 100, 500, 1_000, 29_999};
    coins = new long[events];
    for (int i = 0; i < events; i++) {
      coins[i] = prices[random.nextInt(prices.length)] * (1 + random.nextInt(20));
    }
  }

  /** The practical limit: a plain, exact long loop. */
  @Benchmark
  public long baselineLongLoop() {
    long total = 0;
    for (long c : coins) {
      total = Math.addExact(total, c);
    }
    return total;
  }

  /** What a user writes by hand: one BigDecimal-backed Money per event. */
  @Benchmark
  public Money baselineNaiveMoney() {
    Money total = Money.of(BigDecimal.ZERO, java.util.Currency.getInstance("USD"));
    Money perCoin = Money.of("0.01", "USD");
    for (long c : coins) {
      total = total.plus(perCoin.multipliedBy(c));
    }
    return total;
  }

  /** The units as users see them: an immutable Coins per step. */
  @Benchmark
  public Coins coinsPlus() {
    Coins total = Coins.ZERO;
    for (long c : coins) {
      total = total.plus(Coins.of(c));
    }
    return total;
  }
}
