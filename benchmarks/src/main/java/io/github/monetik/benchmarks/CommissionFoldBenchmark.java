package io.github.monetik.benchmarks;

import io.github.monetik.Monetik;
import io.github.monetik.affiliate.Affiliate;
import io.github.monetik.affiliate.CommissionStatement;
import io.github.monetik.affiliate.Order;
import io.github.monetik.affiliate.OrderCommission;
import io.github.monetik.affiliate.OrderEvent;
import io.github.monetik.affiliate.OrderLine;
import io.github.monetik.affiliate.Product;
import io.github.monetik.money.Money;
import io.github.monetik.money.Rate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
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
 * Issue 13: a fold of {@code CommissionStatement.plus} over 100k order commissions is linear, like
 * the door's collector, which is the baseline in the same run. Before, each {@code plus} copied the
 * whole statement (O(n²): a fold of 100k did not finish in minutes). {@code foldPlus} folds
 * commissions made beforehand and reads the result once; {@code foldPlusEvaluating} also evaluates
 * each order ({@code affiliate.commission(order, asOf)}), what a user of {@code plus} pays in all;
 * {@code collector} is {@code orders.stream().collect(affiliate.toStatement(asOf))}.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar CommissionFoldBenchmark -f 1 -wi 2 -i 3 -w 2s -r 2s}.
 * Measured on the shared 2-core machine under heavy load (2026-12-01, one noisy run, ms per 100k):
 * {@code foldPlus} 155, {@code foldPlusEvaluating} 356, {@code collector} 256: the fold is linear, as
 * fast as the collector once the commissions exist; evaluating each order as its own
 * {@code OrderCommission} (lines explained) costs about what the collector does in all.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
public class CommissionFoldBenchmark {
  @Param({"100000"})
  int orders;

  List<Order> data;
  List<OrderCommission> commissions;
  Affiliate affiliate;
  LocalDate asOf;

  @Setup
  public void generate() {
    SplittableRandom r = new SplittableRandom(42);
    Currency usd = Currency.getInstance("USD");
    LocalDate start = LocalDate.of(2025, 3, 1);
    List<Product> products = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      products.add(Product.of("p" + i, "Product " + i, Money.ofMinor(500 + r.nextInt(20_000), usd),
          Rate.percent(5 + r.nextInt(20)), start.minusDays(60)));
    }
    affiliate = Monetik.defaults().affiliate();
    asOf = LocalDate.of(2025, 3, 31);
    data = new ArrayList<>(orders);
    commissions = new ArrayList<>(orders);
    for (int i = 0; i < orders; i++) {
      LocalDate placed = start.plusDays(r.nextInt(31));
      Product p = products.get(r.nextInt(products.size()));
      Order o = Order.builder().id("o" + i).addLines(OrderLine.of(p, 1 + r.nextInt(3), p.price()))
          .addEvents(OrderEvent.placed(placed), OrderEvent.shipped(placed.plusDays(1)),
              OrderEvent.delivered(placed.plusDays(3)))
          .build();
      data.add(o);
      commissions.add(affiliate.commission(o, asOf));
    }
  }

  /** The fold of {@code plus} over commissions made beforehand, read once. */
  @Benchmark
  public Money foldPlus() {
    CommissionStatement s = affiliate.emptyStatement();
    for (OrderCommission c : commissions) {
      s = s.plus(c);
    }
    return s.earned();
  }

  /** The fold of {@code plus}, evaluating each order on the way. */
  @Benchmark
  public Money foldPlusEvaluating() {
    CommissionStatement s = affiliate.emptyStatement();
    for (Order o : data) {
      s = s.plus(affiliate.commission(o, asOf));
    }
    return s.earned();
  }

  /** Baseline: the door's collector over the orders. */
  @Benchmark
  public Money collector() {
    return data.stream().collect(affiliate.toStatement(asOf)).earned();
  }
}
