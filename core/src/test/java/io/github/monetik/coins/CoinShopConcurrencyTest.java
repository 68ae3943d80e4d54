package io.github.monetik.coins;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.monetik.money.Coins;
import io.github.monetik.rules.CoinPresets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** A shared shop whose price lists build their optimiser lazily gives single-threaded answers. */
class CoinShopConcurrencyTest {
  private static final int THREADS = 8;

  private static List<String> work(CoinShop shop, int seed) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      long n = 1 + (seed * 7_919L + i * 104_729L) % 60_000;
      for (Channel c : shop.channels()) {
        CoinQuote q = shop.quote(Coins.of(n), c);
        out.add(c + "|" + q.price() + "|" + q.coins());
      }
    }
    return out;
  }

  @Test
  void aFreshSharedShopIsSafeUnderContention() throws Exception {
    List<List<String>> expected = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      expected.add(work(CoinShop.of(CoinPresets.unitedStates().withLadder(Channel.ANDROID, CoinPresets.unitedKingdomIos()), io.github.monetik.testing.TestRules.PROVENANCE), t));
    }
    // Fresh lists: every thread races to build the same lazy optimisers.
    CoinShop shared = CoinShop.of(CoinPresets.unitedStates().withLadder(Channel.ANDROID, CoinPresets.unitedKingdomIos()), io.github.monetik.testing.TestRules.PROVENANCE);
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<List<String>>> futures = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int seed = t;
        futures.add(pool.submit(() -> {
          start.await();
          return work(shared, seed);
        }));
      }
      start.countDown();
      for (int t = 0; t < THREADS; t++) {
        assertThat(futures.get(t).get()).as("thread %d", t).isEqualTo(expected.get(t));
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
