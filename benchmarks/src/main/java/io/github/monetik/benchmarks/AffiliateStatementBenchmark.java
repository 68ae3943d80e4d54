package io.github.monetik.benchmarks;

import io.github.monetik.Monetik;
import io.github.monetik.affiliate.Affiliate;
import io.github.monetik.affiliate.Campaign;
import io.github.monetik.affiliate.CommissionStatement;
import io.github.monetik.affiliate.Order;
import io.github.monetik.affiliate.OrderEvent;
import io.github.monetik.affiliate.OrderLine;
import io.github.monetik.affiliate.Product;
import io.github.monetik.money.Money;
import io.github.monetik.money.Rate;
import java.math.BigDecimal;
import java.math.RoundingMode;
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
 * A creator's statement over a million orders (rate history with the 30-day lock, campaigns,
 * refunds before and after settlement, cancellations, returns, fraud; totals per product, month and
 * campaign) against what a user writes by hand in the same run: a per-line {@link BigDecimal} sum of
 * rate x base that ignores the whole lifecycle.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx3g"})
public class AffiliateStatementBenchmark {
  @Param({"1000000"})
  int orders;

  List<Order> data;
  Affiliate affiliate;
  LocalDate asOf;

  @Setup
  public void generate() {
    SplittableRandom r = new SplittableRandom(42);
    Currency usd = Currency.getInstance("USD");
    LocalDate start = LocalDate.of(2025, 3, 1);
    List<Product> products = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      Product p = Product.of("p" + i, "Product " + i, Money.ofMinor(500 + r.nextInt(20_000), usd),
          Rate.percent(5 + r.nextInt(20)), start.minusDays(60));
      if (r.nextInt(3) == 0) {
        p = p.withRateFrom(start.plusDays(r.nextInt(30)), Rate.percent(5 + r.nextInt(20)));
      }
      if (r.nextInt(5) == 0) {
        LocalDate c = start.plusDays(r.nextInt(25));
        p = p.withCampaign(Campaign.of("campaign-" + (i % 7), Rate.percent(25), c, c.plusDays(4)));
      }
      products.add(p);
    }
    data = new ArrayList<>(orders);
    for (int i = 0; i < orders; i++) {
      LocalDate placed = start.plusDays(r.nextInt(31));
      int n = 1 + (r.nextInt(4) == 0 ? 1 + r.nextInt(2) : 0);
      List<OrderLine> lines = new ArrayList<>(n);
      for (int k = 0; k < n; k++) {
        Product p = products.get(r.nextInt(products.size()));
        long unit = p.price().toMinorUnits();
        long qty = 1 + r.nextInt(3);
        lines.add(OrderLine.builder().product(p).quantity(qty).unitPrice(p.price())
            .sellerDiscount(Money.ofMinor(r.nextInt(4) == 0 ? unit * qty / 10 : 0, usd))
            .platformDiscount(Money.ofMinor(r.nextInt(5) == 0 ? 100 : 0, usd))
            .tax(Money.ofMinor(unit * qty * 8 / 100, usd)).shipping(Money.ofMinor(r.nextInt(2) * 499, usd)).build());
      }
      List<OrderEvent> events = new ArrayList<>();
      events.add(OrderEvent.placed(placed));
      int shape = r.nextInt(20);
      if (shape == 0) {
        events.add(OrderEvent.cancelled(placed));
      } else if (shape > 1) {
        events.add(OrderEvent.shipped(placed.plusDays(1)));
        if (shape > 2) {
          LocalDate delivered = placed.plusDays(2 + r.nextInt(4));
          events.add(OrderEvent.delivered(delivered));
          if (shape == 3) {
            events.add(OrderEvent.returned(delivered.plusDays(r.nextInt(30))));
          } else if (shape == 4) {
            events.add(OrderEvent.refunded(delivered.plusDays(r.nextInt(30)), Money.ofMinor(100, usd)));
          } else if (shape == 5) {
            events.add(OrderEvent.fraud(delivered.plusDays(r.nextInt(30))));
          }
        }
      }
      data.add(Order.builder().id("o" + i).lines(lines).events(events).build());
    }
    affiliate = Monetik.defaults().affiliate();
    asOf = LocalDate.of(2025, 3, 31);
  }

  /** Monetik: the full lifecycle as of a day, per product, month and campaign. */
  @Benchmark
  public CommissionStatement statement() {
    return affiliate.statement(data, asOf);
  }

  /** What a user writes by hand: per line, BigDecimal (qty x price - discounts) x open rate, summed. */
  @Benchmark
  public BigDecimal baselineNaiveBigDecimal() {
    BigDecimal total = BigDecimal.ZERO;
    for (Order o : data) {
      for (OrderLine line : o.lines()) {
        BigDecimal base = line.unitPrice().amount().multiply(BigDecimal.valueOf(line.quantity()))
            .subtract(line.sellerDiscount().amount()).subtract(line.platformDiscount().amount());
        total = total.add(base.multiply(line.product().openRate().value()).setScale(2, RoundingMode.HALF_UP));
      }
    }
    return total;
  }
}
