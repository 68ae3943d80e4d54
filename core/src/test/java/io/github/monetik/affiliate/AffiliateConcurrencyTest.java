package io.github.monetik.affiliate;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.monetik.Monetik;
import io.github.monetik.testing.AffiliateGenerators;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** One shared Affiliate and shared orders under many threads give the single-threaded statements. */
class AffiliateConcurrencyTest {
  @Test
  void sharedAffiliateAndOrdersAreSafeUnderContention() throws Exception {
    Affiliate shared = Monetik.defaults().affiliate();
    List<Order> orders = AffiliateGenerators.orders(new SplittableRandom(7), Currency.getInstance("USD"), 300);
    List<LocalDate> days = new ArrayList<>();
    List<CommissionStatement> expected = new ArrayList<>();
    for (int t = 0; t < 8; t++) {
      LocalDate day = AffiliateGenerators.START.plusDays(20L * t);
      days.add(day);
      expected.add(Monetik.defaults().affiliate().statement(orders, day));
    }
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<CommissionStatement>> futures = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        LocalDate day = days.get(t);
        futures.add(pool.submit(() -> {
          start.await();
          CommissionStatement s = null;
          for (int i = 0; i < 20; i++) {
            s = i % 2 == 0 ? shared.statement(orders, day) : orders.parallelStream().collect(shared.toStatement(day));
          }
          return s;
        }));
      }
      start.countDown();
      for (int t = 0; t < 8; t++) {
        assertThat(futures.get(t).get()).as("thread %d", t).isEqualTo(expected.get(t));
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
