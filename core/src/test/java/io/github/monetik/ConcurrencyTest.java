package io.github.monetik;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.monetik.money.Coins;
import io.github.monetik.money.Money;
import io.github.monetik.money.Rate;
import io.github.monetik.rules.Rules;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Shared Rules and Monetik instances give, under many threads, exactly the single-threaded results. */
class ConcurrencyTest {
  private static final int THREADS = 16;
  private static final int ROUNDS = 2_000;

  private static List<String> work(Monetik shared, int seed) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < ROUNDS; i++) {
      Coins coins = Coins.of((seed * 7919L + i * 104_729L) % 1_000_000);
      Rules rules = shared.rules();
      Monetik custom = shared.withRules(rules.withDiamondPolicy(rules.diamondPolicy().withCreatorShare(Rate.percent(i % 101))));
      Money cash = custom.rules().diamondPolicy().creatorCashFor(coins);
      out.add(rules.diamondPolicy().diamondsFor(coins) + "|" + cash + "|" + rules.diamondPolicy().diamondsPerCoin());
    }
    return out;
  }

  @Test
  void sharedInstancesAreSafeUnderContention() throws Exception {
    Monetik shared = Monetik.defaults();
    List<List<String>> expected = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      expected.add(work(Monetik.defaults(), t));
    }
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<List<String>>> futures = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int seed = t;
        Callable<List<String>> task = () -> {
          start.await();
          return work(shared, seed);
        };
        futures.add(pool.submit(task));
      }
      start.countDown();
      for (int t = 0; t < THREADS; t++) {
        assertThat(futures.get(t).get()).as("thread %d", t).isEqualTo(expected.get(t));
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(shared).isEqualTo(Monetik.defaults());
  }
}
