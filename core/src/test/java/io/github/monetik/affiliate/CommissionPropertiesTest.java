package io.github.monetik.affiliate;

import static io.github.monetik.testing.AffiliateGenerators.asOf;
import static io.github.monetik.testing.AffiliateGenerators.currency;
import static io.github.monetik.testing.AffiliateGenerators.orders;
import static io.github.monetik.testing.AffiliateGenerators.seeds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.monetik.Monetik;
import io.github.monetik.affiliate.CommissionPolicy.PlatformDiscount;
import io.github.monetik.affiliate.CommissionPolicy.Rounding;
import io.github.monetik.money.Money;
import io.github.monetik.money.Rate;
import io.github.monetik.testing.AffiliateGenerators;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The laws of issue 6, over generated catalogues, orders and lifecycles of every shape. */
class CommissionPropertiesTest {
  static final Affiliate TIKTOK = Monetik.defaults().affiliate();

  static Affiliate anyPolicy(SplittableRandom r) {
    CommissionPolicy p = TIKTOK.commissionPolicy()
        .withRounding(r.nextBoolean() ? Rounding.PER_LINE : Rounding.PER_ORDER)
        .withPlatformDiscount(r.nextBoolean() ? PlatformDiscount.DEDUCTED : PlatformDiscount.INCLUDED)
        .withSettlementDays(r.nextInt(31))
        .withRoundingMode(List.of(RoundingMode.HALF_UP, RoundingMode.HALF_EVEN, RoundingMode.DOWN, RoundingMode.UP)
            .get(r.nextInt(4)));
    return Affiliate.of(p, io.github.monetik.testing.TestRules.PROVENANCE);
  }

  static BigDecimal minorUnit(Currency c) {
    return BigDecimal.ONE.movePointLeft(c.getDefaultFractionDigits());
  }

  @Test
  void neverNegativeAndNeverAboveRateTimesBaseRoundedToTheMinorUnit() {
    qt().withExamples(300).forAll(seeds()).checkAssert(seed -> {
      SplittableRandom r = new SplittableRandom(seed);
      Affiliate a = anyPolicy(r);
      for (Order o : orders(r, currency(r), 5)) {
        OrderCommission c = a.commission(o, asOf(r));
        assertThat(c.earned().isNegative()).isFalse();
        assertThat(c.payable().isNegative()).isFalse();
        assertThat(c.pending().isNegative()).isFalse();
        assertThat(c.reversed().isPositive()).isFalse();
        assertThat(c.earned()).isLessThanOrEqualTo(c.commission());
        BigDecimal exact = BigDecimal.ZERO;
        for (LineCommission line : c.lines()) {
          assertThat(line.commission().isNegative()).isFalse();
          assertThat(line.exact()).isEqualTo(line.base().multipliedBy(line.rate().rate()));
          // the rounding of the policy's mode, never more than one minor unit above rate x base
          assertThat(line.commission().amount())
              .isLessThanOrEqualTo(line.exact().amount().setScale(c.commission().amount().scale(), RoundingMode.CEILING));
          exact = exact.add(line.exact().amount());
        }
        if (a.commissionPolicy().roundingMode() == RoundingMode.DOWN) {
          assertThat(c.commission().amount()).isLessThanOrEqualTo(exact);
        }
      }
    });
  }

  @Test
  void roundingDownNeverExceedsRateTimesBaseAtAll() {
    qt().withExamples(200).forAll(seeds()).checkAssert(seed -> {
      SplittableRandom r = new SplittableRandom(seed);
      Affiliate down = Affiliate.of(anyPolicy(r).commissionPolicy().withRoundingMode(RoundingMode.DOWN), io.github.monetik.testing.TestRules.PROVENANCE);
      for (Order o : orders(r, currency(r), 5)) {
        OrderCommission c = down.commission(o);
        Money exact = c.commission().minus(c.commission());
        for (LineCommission line : c.lines()) {
          exact = exact.plus(line.exact());
          if (down.commissionPolicy().rounding() == Rounding.PER_LINE) {
            assertThat(line.commission()).isLessThanOrEqualTo(line.exact());
          }
        }
        assertThat(c.commission()).isLessThanOrEqualTo(exact);
      }
    });
  }

  @Test
  void cancelledReturnedFraudOrFullyRefundedLeavesZero() {
    qt().withExamples(300).forAll(seeds()).checkAssert(seed -> {
      SplittableRandom r = new SplittableRandom(seed);
      Affiliate a = anyPolicy(r);
      for (Order o : orders(r, currency(r), 5)) {
        OrderCommission c = a.commission(o);
        boolean ended = c.endedBy().isPresent();
        boolean fullyRefunded = o.paid().isPositive() && o.refunded().equals(o.paid());
        if (ended || fullyRefunded) {
          assertThat(c.earned().isZero()).as("%s", c).isTrue();
          assertThat(c.lines()).allMatch(l -> l.earned().isZero());
        }
      }
    });
  }

  @Test
  void aPartialRefundOfFractionFLeavesOneMinusFWithinOneMinorUnit() {
    qt().withExamples(300).forAll(seeds()).checkAssert(seed -> {
      SplittableRandom r = new SplittableRandom(seed);
      Affiliate a = anyPolicy(r);
      Currency cur = currency(r);
      List<Product> catalogue = AffiliateGenerators.catalogue(r, cur);
      Order o = AffiliateGenerators.order(r, "o", catalogue, cur);
      if (o.events().size() > 1 || !o.paid().isPositive()) {
        o = o.withEvents(List.of(o.events().get(0)));
      }
      if (!o.paid().isPositive()) {
        return;
      }
      LocalDate placed = o.placedOn();
      long paid = o.paid().toMinorUnits();
      long refund = 1 + r.nextLong(paid);
      int when = r.nextInt(60);
      Order refunded = o.withEvents(List.of(OrderEvent.placed(placed), OrderEvent.shipped(placed.plusDays(1)),
          OrderEvent.delivered(placed.plusDays(3)), OrderEvent.refunded(placed.plusDays(3 + when), Money.ofMinor(refund, cur))));
      OrderCommission before = a.commission(o);
      OrderCommission after = a.commission(refunded);
      BigDecimal expected = before.commission().amount().multiply(BigDecimal.valueOf(paid - refund))
          .divide(BigDecimal.valueOf(paid), 20, RoundingMode.HALF_EVEN);
      assertThat(after.earned().amount().subtract(expected).abs()).isLessThanOrEqualTo(minorUnit(cur));
      assertThat(after.earned()).isEqualTo(after.payable().plus(after.reversed()));
      for (int i = 0; i < after.lines().size(); i++) {
        BigDecimal share = before.lines().get(i).commission().amount().multiply(BigDecimal.valueOf(paid - refund))
            .divide(BigDecimal.valueOf(paid), 20, RoundingMode.HALF_EVEN);
        assertThat(after.lines().get(i).earned().amount().subtract(share).abs()).isLessThanOrEqualTo(minorUnit(cur));
      }
    });
  }

  @Test
  void aDecreaseNeverReachesAPromotingCreatorBeforeThirtyDaysAndAnIncreaseAtOnce() {
    qt().withExamples(500).forAll(seeds()).checkAssert(seed -> {
      SplittableRandom r = new SplittableRandom(seed);
      Product p = AffiliateGenerators.product(r, "p", currency(r)).withCampaigns(List.of());
      LocalDate day = AffiliateGenerators.START.plusDays(r.nextInt(200));
      Optional<LocalDate> since = r.nextBoolean() ? Optional.empty() : Optional.of(day.minusDays(r.nextInt(90)));
      Rate applied = TIKTOK.rateFor(p, day, since).rate();
      int lock = TIKTOK.commissionPolicy().rateDecreaseLockDays();
      assertThat(lock).isEqualTo(30);
      assertThat(applied).isGreaterThanOrEqualTo(p.openRateOn(day));
      boolean seen = false;
      for (LocalDate s = day.minusDays(lock); !s.isAfter(day); s = s.plusDays(1)) {
        if (s.isBefore(AffiliateGenerators.START) || (since.isPresent() && s.isBefore(since.get()))) {
          continue;
        }
        // every rate in force for this creator in the last 30 days still protects them today
        assertThat(applied).isGreaterThanOrEqualTo(p.openRateOn(s));
        seen |= applied.equals(p.openRateOn(s));
      }
      assertThat(seen).as("the rate applied is one in force in the window").isTrue();
    });
  }

  static List<List<Order>> split(SplittableRandom r, List<Order> all) {
    List<List<Order>> parts = new ArrayList<>();
    List<Order> current = new ArrayList<>();
    for (Order o : all) {
      if (r.nextInt(4) == 0) {
        parts.add(current);
        current = new ArrayList<>();
      }
      current.add(o);
    }
    parts.add(current);
    return parts;
  }

  @Test
  void statementsOfAnySplitCombinedEqualTheStatementOfAll() {
    qt().withExamples(150).forAll(seeds()).checkAssert(seed -> {
      SplittableRandom r = new SplittableRandom(seed);
      Affiliate a = anyPolicy(r);
      List<Order> all = orders(r, currency(r), r.nextInt(25));
      LocalDate asOf = asOf(r);
      CommissionStatement whole = a.statement(all, asOf);
      List<CommissionStatement> parts = new ArrayList<>();
      for (List<Order> part : split(r, all)) {
        parts.add(a.statement(part, asOf));
      }
      CommissionStatement left = CommissionStatement.empty();
      for (CommissionStatement s : parts) {
        left = left.combine(s);
      }
      CommissionStatement right = CommissionStatement.empty();
      for (int i = parts.size() - 1; i >= 0; i--) {
        right = parts.get(i).combine(right);
      }
      assertThat(left).isEqualTo(whole);
      assertThat(right).isEqualTo(whole);
      assertThat(all.parallelStream().collect(a.toStatement(asOf))).isEqualTo(whole);
      CommissionStatement folded = CommissionStatement.empty();
      for (Order o : all) {
        folded = folded.plus(a.commission(o, asOf));
      }
      CommissionStatement collected = all.parallelStream().map(o -> a.commission(o, asOf))
          .collect(CommissionStatement.toStatement());
      if (all.isEmpty()) {
        // no commission carries the as-of day
        assertThat(folded).isEqualTo(CommissionStatement.empty());
        assertThat(collected).isEqualTo(CommissionStatement.empty());
      } else {
        assertThat(folded).isEqualTo(whole);
        assertThat(collected).isEqualTo(whole);
      }
      assertThat(whole.combine(CommissionStatement.empty())).isEqualTo(whole);
    });
  }

  static void accounts(CommissionTotals t) {
    assertThat(t.pending().plus(t.payable()).plus(t.reversed())).isEqualTo(t.earned());
  }

  static Money sum(Map<?, CommissionTotals> rows, java.util.function.Function<CommissionTotals, Money> f, Money zero) {
    Money s = zero;
    for (CommissionTotals t : rows.values()) {
      s = s.plus(f.apply(t));
    }
    return s;
  }

  @Test
  void pendingPayableAndReversedAccountForEveryEarnedCentInEveryRow() {
    qt().withExamples(150).forAll(seeds()).checkAssert(seed -> {
      SplittableRandom r = new SplittableRandom(seed);
      Affiliate a = anyPolicy(r);
      List<Order> all = orders(r, currency(r), 1 + r.nextInt(25));
      CommissionStatement s = a.statement(all, asOf(r));
      accounts(s.totals());
      s.byProduct().values().forEach(CommissionPropertiesTest::accounts);
      s.byMonth().values().forEach(CommissionPropertiesTest::accounts);
      s.byCampaign().values().forEach(CommissionPropertiesTest::accounts);
      Money zero = s.earned().minus(s.earned());
      for (Map<?, CommissionTotals> rows : List.of(s.byProduct(), s.byMonth(), s.byCampaign())) {
        assertThat(sum(rows, CommissionTotals::earned, zero)).isEqualTo(s.earned());
        assertThat(sum(rows, CommissionTotals::pending, zero)).isEqualTo(s.pending());
        assertThat(sum(rows, CommissionTotals::payable, zero)).isEqualTo(s.payable());
        assertThat(sum(rows, CommissionTotals::reversed, zero)).isEqualTo(s.reversed());
      }
      assertThat(s.reversed().isPositive()).isFalse();
      assertThat(s.payable().isNegative()).isFalse();
    });
  }

  @Test
  void perLineAndPerOrderRoundingDifferByAtMostHalfAMinorUnitPerLine() {
    qt().withExamples(300).forAll(seeds()).checkAssert(seed -> {
      SplittableRandom r = new SplittableRandom(seed);
      Affiliate perLine = anyPolicy(r);
      perLine = Affiliate.of(perLine.commissionPolicy().withRounding(Rounding.PER_LINE).withRoundingMode(
          r.nextBoolean() ? RoundingMode.HALF_UP : RoundingMode.HALF_DOWN), io.github.monetik.testing.TestRules.PROVENANCE);
      Affiliate perOrder = Affiliate.of(perLine.commissionPolicy().withRounding(Rounding.PER_ORDER), io.github.monetik.testing.TestRules.PROVENANCE);
      for (Order o : orders(r, currency(r), 5)) {
        long a = perLine.commission(o).commission().toMinorUnits();
        long b = perOrder.commission(o).commission().toMinorUnits();
        assertThat(2 * Math.abs(a - b)).as("%d vs %d over %d lines", a, b, o.lines().size())
            .isLessThanOrEqualTo(o.lines().size());
      }
    });
  }
}
