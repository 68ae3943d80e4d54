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
import java.util.Optional;
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
}
