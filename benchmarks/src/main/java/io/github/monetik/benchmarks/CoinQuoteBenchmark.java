package io.github.monetik.benchmarks;

import io.github.monetik.Monetik;
import io.github.monetik.coins.Channel;
import io.github.monetik.coins.CoinQuote;
import io.github.monetik.coins.CoinShop;
import io.github.monetik.money.Coins;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Quoting coins on the US iOS ladder, against a greedy loop (cheapest-per-coin package, then the
 * smallest; fast but not always the cheapest: the practical limit) and a dynamic programme over
 * every coin count (exact, what a user writes by hand; memory and time grow with the request).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class CoinQuoteBenchmark {
  @Param({"12345", "1000000"})
  long coins;

  private final CoinShop shop = Monetik.defaults().coins();
  private static final long[] SIZES = {65, 330, 660, 1_321, 3_303, 6_607, 16_500};
  private static final long[] CENTS = {99, 499, 999, 1_999, 4_999, 9_999, 24_999};

  /** The library: exact, any request size. */
  @Benchmark
  public CoinQuote quote() {
    return shop.quote(Coins.of(coins), Channel.IOS);
  }

  /** Greedy: 330-coin packages for the bulk, 65-coin ones for the rest. Not always the cheapest. */
  @Benchmark
  public long baselineGreedy() {
    long bulk = coins / 330;
    long rest = coins - bulk * 330;
    return bulk * 499 + (rest + 64) / 65 * 99;
  }

  /** Exact DP over every coin count up to the request plus the largest package. */
  @Benchmark
  public long baselinePerCoinDp() {
    int limit = (int) (coins + 16_500);
    long[] dp = new long[limit + 1];
    Arrays.fill(dp, Long.MAX_VALUE);
    dp[0] = 0;
    for (int j = 1; j <= limit; j++) {
      for (int i = 0; i < SIZES.length; i++) {
        if (SIZES[i] <= j && dp[j - (int) SIZES[i]] != Long.MAX_VALUE) {
          dp[j] = Math.min(dp[j], dp[j - (int) SIZES[i]] + CENTS[i]);
        }
      }
    }
    long best = Long.MAX_VALUE;
    for (int j = (int) coins; j <= limit; j++) {
      best = Math.min(best, dp[j]);
    }
    return best;
  }
}
