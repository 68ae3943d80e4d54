package io.github.monetik.affiliate;

import static io.github.monetik.testing.Generators.anyLong;
import static io.github.monetik.testing.Generators.anyMoney;
import static io.github.monetik.testing.Hostile.check;
import static io.github.monetik.testing.Hostile.textOrNull;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.monetik.Monetik;
import io.github.monetik.money.CurrencyMismatchException;
import io.github.monetik.money.Money;
import io.github.monetik.money.Rate;
import io.github.monetik.testing.AffiliateGenerators;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Every public factory and entry point of the affiliate package fed arbitrary, also invalid, values:
 * a valid result or the documented exception naming the field. Entry points covered: 17
 * (Product.of, withRateFrom, Campaign.of, OrderLine builder and of, OrderEvent.of, refunded, Order
 * builder, Order.with, CommissionPolicy with* x3, rateFor, commission x2, statement, toStatement).
 */
class AffiliateHostileInputPropertiesTest {
  private static final Class<IllegalArgumentException> IAE = IllegalArgumentException.class;
  private static final Class<NullPointerException> NPE = NullPointerException.class;
  private static final Affiliate TIKTOK = Monetik.defaults().affiliate();
  private static final LocalDate DAY = LocalDate.of(2025, 3, 3);

  @Test
  void productsAndCampaignsFromAnyValues() {
    qt().forAll(textOrNull(), anyMoney(), integers().between(-200, 200), integers().between(-400, 400)).checkAssert((id, price, pct, days) -> {
      check(() -> Product.of(id, "t", price, Rate.percent(Math.floorMod(pct, 101)), DAY.plusDays(days)),
          p -> p.id().equals(id) && !p.price().isNegative(), "id|price", IAE, NPE);
      Product p = Product.of("p", "t", Money.of("1", "USD"), Rate.percent(10), DAY);
      check(() -> p.withRateFrom(DAY.plusDays(days), Rate.percent(Math.floorMod(pct, 101))),
          q -> q.rateHistory().size() == 2, "rateHistory", IAE);
      check(() -> Campaign.of(id, Rate.percent(Math.floorMod(pct, 101)), DAY, DAY.plusDays(days)),
          c -> !c.end().isBefore(c.start()), "name|end", IAE, NPE);
      check(() -> TIKTOK.rateFor(p.withRateFrom(DAY.plusDays(1), Rate.percent(Math.floorMod(pct, 101))),
          DAY.plusDays(days), DAY.plusDays(pct)),
          r -> r.rate().compareTo(Rate.percent(1)) >= 0 && r.rate().compareTo(Rate.percent(80)) <= 0, "rate|day", IAE);
    });
  }

  @Test
  void linesFromAnyAmounts() {
    Product p = Product.of("p", "t", Money.of("1", "USD"), Rate.percent(10), DAY);
    qt().forAll(anyLong(), anyMoney(), anyMoney(), anyMoney()).checkAssert((qty, unit, seller, tax) -> {
      check(() -> OrderLine.builder().product(p).quantity(qty).unitPrice(unit).sellerDiscount(seller).tax(tax).build(),
          l -> !l.paid().isNegative() && l.quantity() >= 1, "quantity|unitPrice|sellerDiscount|tax", IAE);
      check(() -> OrderLine.of(p, Math.floorMod(qty, 5), unit), l -> l.gross().equals(unit.multipliedBy(l.quantity())),
          "quantity|unitPrice", IAE);
    });
  }

  @Test
  void eventsAndOrdersFromAnyLifecycle() {
    qt().withExamples(300).forAll(AffiliateGenerators.seeds()).checkAssert(seed -> {
      SplittableRandom r = new SplittableRandom(seed);
      Order o = AffiliateGenerators.orders(r, AffiliateGenerators.currency(r), 1).get(0);
      List<OrderEvent> shuffled = new ArrayList<>(o.events());
      for (int i = 0; i < 3; i++) {
        int k = r.nextInt(OrderEvent.Type.values().length);
        OrderEvent.Type t = OrderEvent.Type.values()[k];
        LocalDate d = o.placedOn().plusDays(r.nextInt(40) - 5);
        Money amount = Money.ofMinor(r.nextLong(2 * Math.max(1, o.paid().toMinorUnits())) - 3, r.nextInt(9) == 0
            ? Money.currency("CHF") : o.currency());
        check(() -> t == OrderEvent.Type.REFUNDED ? OrderEvent.refunded(d, amount) : OrderEvent.of(t, d),
            e -> e.type() == t, "amount", IAE);
        if (t != OrderEvent.Type.REFUNDED || amount.isPositive()) {
          shuffled.add(r.nextInt(shuffled.size() + 1),
              t == OrderEvent.Type.REFUNDED ? OrderEvent.refunded(d, amount) : OrderEvent.of(t, d));
        }
      }
      // An added PLACED event can move the placing day before a line's promotingSince: that line is named.
      check(() -> o.withEvents(shuffled), x -> TIKTOK.commission(x).earned().compareTo(TIKTOK.commission(x).commission()) <= 0,
          "events|promotingSince", IAE);
      LocalDate asOf = AffiliateGenerators.asOf(r);
      check(() -> TIKTOK.commission(o, asOf), c -> c.pending().plus(c.payable()).plus(c.reversed()).equals(c.earned()),
          "asOf", IAE);
      check(() -> o.with(OrderEvent.fraud(asOf)), x -> TIKTOK.commission(x).earned().isZero(), "events", IAE);
    });
  }

  @Test
  void policiesAndStatementsFromAnyValues() {
    qt().forAll(integers().all(), integers().between(0, 100), integers().between(0, 100)).checkAssert((days, lo, hi) -> {
      CommissionPolicy p = TIKTOK.commissionPolicy();
      check(() -> p.withSettlementDays(days), q -> q.settlementDays() >= 0, "settlementDays", IAE);
      check(() -> p.withRateDecreaseLockDays(days), q -> q.rateDecreaseLockDays() >= 0, "rateDecreaseLockDays", IAE);
      check(() -> p.withMinRate(Rate.percent(lo)).withMaxRate(Rate.percent(hi)), q -> q.minRate().compareTo(q.maxRate()) <= 0,
          "minRate|maxRate", IAE);
    });
    qt().withExamples(100).forAll(AffiliateGenerators.seeds()).checkAssert(seed -> {
      SplittableRandom r = new SplittableRandom(seed);
      List<Order> mixed = new ArrayList<>(AffiliateGenerators.orders(r, AffiliateGenerators.currency(r), 3, "a", true));
      mixed.addAll(AffiliateGenerators.orders(r, AffiliateGenerators.currency(r), 3, "b", true));
      LocalDate asOf = AffiliateGenerators.asOf(r);
      check(() -> TIKTOK.statement(mixed, asOf), s -> s.orders() <= mixed.size(), "currency mismatch", CurrencyMismatchException.class);
      check(() -> mixed.parallelStream().collect(TIKTOK.toStatement(asOf)), s -> s.orders() <= mixed.size(),
          "currency mismatch", CurrencyMismatchException.class);
    });
  }

  @Test
  void tiersShopAdsAndTheNewPolicyFieldsFromAnyValues() {
    Product p = Product.of("p", "t", Money.of("1", "USD"), Rate.percent(10), DAY);
    qt().forAll(integers().between(0, 100), integers().between(0, 100), integers().between(-3, 200), integers().all())
        .checkAssert((a, b, n, days) -> {
          check(() -> TieredCommission.of(DAY.plusDays(Math.floorMod(days, 400) - 200), Rate.percent(a), n, Rate.percent(b)),
              t -> t.thenRate().compareTo(t.firstRate()) > 0 && t.firstOrders() >= 1, "thenRate|firstOrders", IAE);
          check(() -> p.withTieredCommission(TieredCommission.of(DAY.plusDays(Math.floorMod(days, 20) - 10), Rate.percent(1),
              1, Rate.percent(2))), q -> q.tieredCommission().isPresent(), "tieredCommission", IAE);
          check(() -> TIKTOK.commission(Order.builder().id("o").addLines(OrderLine.of(p.withShopAdsRate(Rate.percent(b)), 1,
              Money.of("1", "USD")).withAdDriven(true)).addEvents(OrderEvent.placed(DAY)).build()),
              c -> c.lines().get(0).rate().rate().equals(Rate.percent(b)), "shopAdsRate", IAE);
          CommissionPolicy policy = TIKTOK.commissionPolicy();
          check(() -> policy.withReturnWindowDays(days), q -> q.returnWindowDays() >= 0, "returnWindowDays", IAE);
          check(() -> policy.withPayDaysOfMonth(a, b), q -> q.payDaysOfMonth().size() == 2, "payDaysOfMonth", IAE);
        });
  }

  @Test
  void nullsInsideIterablesAreNamedByTheirPlace() {
    qt().forAll(integers().between(1, 6), integers().between(0, 5)).checkAssert((size, at) -> {
      int place = at % size;
      Order o = CommissionTest.delivered();
      List<Order> orders = new ArrayList<>();
      List<OrderEvent> events = new ArrayList<>();
      List<Campaign> campaigns = new ArrayList<>();
      for (int i = 0; i < size; i++) {
        orders.add(i == place ? null : Order.builder().from(o).id("o" + i).build());
        events.add(i == place ? null : OrderEvent.placed(DAY));
        campaigns.add(i == place ? null : Campaign.of("c" + i, Rate.percent(10), DAY.plusDays(i), DAY.plusDays(i)));
      }
      check(() -> TIKTOK.statement(orders, DAY), s -> false, "^orders\\[" + place + "\\]$", NPE);
      check(() -> o.withEvents(events), x -> false, "^events\\[" + place + "\\]$", NPE);
      check(() -> CommissionTest.lamp().withCampaigns(campaigns), x -> false, "^campaigns\\[" + place + "\\]$", NPE);
      check(() -> Order.builder().id("o").addLines(CommissionTest.lampLine()).events(events).build(), x -> false,
          "^events\\[" + place + "\\]$", NPE);
    });
  }

  @Test
  void extremeDatesAndHugeInputsFinishAndPrint() {
    List<LocalDate> extremes = List.of(LocalDate.MIN, LocalDate.MIN.plusDays(3), LocalDate.EPOCH, DAY,
        LocalDate.MAX.minusDays(40), LocalDate.MAX.minusDays(1), LocalDate.MAX);
    org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(60), () -> {
      qt().forAll(integers().between(0, extremes.size() - 1), integers().between(0, extremes.size() - 1),
          integers().between(0, 3)).checkAssert((i, j, k) -> {
            LocalDate placed = extremes.get(Math.min(i, j));
            LocalDate asOf = extremes.get(Math.max(i, j));
            Product p = Product.of("p", "t", Money.of("1", "USD"), Rate.percent(10), LocalDate.MIN);
            List<OrderEvent> events = new ArrayList<>(List.of(OrderEvent.placed(placed)));
            if (k > 0) {
              events.add(OrderEvent.shipped(placed));
              events.add(OrderEvent.delivered(asOf));
            }
            if (k > 1) {
              events.add(OrderEvent.refunded(asOf, Money.of("1.00", "USD")));
            }
            if (k > 2) {
              events.add(OrderEvent.returned(asOf));
            }
            Order o = Order.builder().id("o").addLines(OrderLine.of(p, 1, Money.of("10.00", "USD"))).events(events).build();
            for (CommissionPolicy policy : List.of(TIKTOK.commissionPolicy(), io.github.monetik.rules.AffiliatePresets.vietnam(),
                io.github.monetik.rules.AffiliatePresets.indonesia())) {
              Affiliate a = Affiliate.of(policy, TIKTOK.provenance());
              check(() -> a.commission(o, asOf), c -> !c.toString().isEmpty() && c.rows().size() == 1, "none", IAE);
              check(() -> a.statement(List.of(o), asOf), s -> !s.toString().isEmpty() && s.orders() == 1, "none", IAE);
              check(() -> a.commission(o), c -> !c.toString().isEmpty(), "none", IAE);
            }
          });
      // huge lists: many campaigns, many refunds, many orders, in time
      List<Campaign> many = new ArrayList<>();
      for (int i = 0; i < 50_000; i++) {
        many.add(Campaign.of("c" + i, Rate.percent(10), LocalDate.EPOCH.plusDays(2L * i), LocalDate.EPOCH.plusDays(2L * i)));
      }
      java.util.Collections.reverse(many);
      Product crowded = CommissionTest.lamp().withCampaigns(many);
      org.assertj.core.api.Assertions.assertThat(crowded.campaigns()).hasSize(50_000);
      List<OrderEvent> refunds = new ArrayList<>(List.of(OrderEvent.placed(DAY)));
      for (int i = 0; i < 4_000; i++) {
        refunds.add(OrderEvent.refunded(DAY.plusDays(i % 90), Money.of("0.01", "USD")));
      }
      java.util.Collections.shuffle(refunds, new java.util.Random(1));
      Order refunded = Order.builder().id("r").addLines(CommissionTest.lampLine()).events(refunds).build();
      org.assertj.core.api.Assertions.assertThat(TIKTOK.commission(refunded).refunded()).isEqualTo(Money.of("40.00", "USD"));
      List<Order> orders = new ArrayList<>();
      for (int i = 0; i < 100_000; i++) {
        orders.add(Order.builder().from(CommissionTest.delivered()).id("o" + i).build());
      }
      org.assertj.core.api.Assertions.assertThat(TIKTOK.statement(orders, DAY.plusDays(60)).payable())
          .isEqualTo(Money.of("615000.00", "USD"));
    });
  }
}
