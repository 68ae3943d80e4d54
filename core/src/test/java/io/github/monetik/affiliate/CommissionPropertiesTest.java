package io.github.monetik.affiliate;

import static io.github.monetik.testing.AffiliateGenerators.asOf;
import static io.github.monetik.testing.AffiliateGenerators.currency;
import static io.github.monetik.testing.AffiliateGenerators.seeds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import io.github.monetik.Monetik;
import io.github.monetik.affiliate.CommissionPolicy.PlatformDiscount;
import io.github.monetik.affiliate.CommissionPolicy.RefundRule;
import io.github.monetik.affiliate.CommissionPolicy.ReturnsAfterSettlement;
import io.github.monetik.affiliate.CommissionPolicy.Rounding;
import io.github.monetik.money.Money;
import io.github.monetik.money.Rate;
import io.github.monetik.testing.AffiliateGenerators;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The laws of issues 6 and 17, over generated catalogues, orders and lifecycles of every shape. */
class CommissionPropertiesTest {
  static final Affiliate TIKTOK = Monetik.defaults().affiliate();

  /** Orders of a catalogue with tiered products too. */
  static List<Order> orders(SplittableRandom r, Currency currency, int count) {
    return AffiliateGenerators.anyOrders(r, currency, count);
  }

  static Affiliate anyPolicy(SplittableRandom r) {
    CommissionPolicy p = CommissionPolicy.builder().from(TIKTOK.commissionPolicy())
        .rounding(r.nextBoolean() ? Rounding.PER_LINE : Rounding.PER_ORDER)
        .platformDiscount(r.nextBoolean() ? PlatformDiscount.DEDUCTED : PlatformDiscount.INCLUDED)
        .settlementDays(r.nextInt(31))
        .refundRule(r.nextInt(3) == 0 ? RefundRule.SUBTRACTED_FROM_BASE : RefundRule.PRO_RATA)
        .returnsAfterSettlement(r.nextInt(3) == 0 ? ReturnsAfterSettlement.KEPT : ReturnsAfterSettlement.CLAWED_BACK)
        .payDaysOfMonth(r.nextInt(3) == 0 ? new int[] {1, 16} : new int[0])
        .roundingMode(List.of(RoundingMode.HALF_UP, RoundingMode.HALF_EVEN, RoundingMode.DOWN, RoundingMode.UP)
            .get(r.nextInt(4)))
        .build();
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
        assertThat(c.earned()).isEqualTo(c.pending().plus(c.payable()).plus(c.reversed()));
        for (LineCommission line : c.lines()) {
          assertThat(line.commission().isNegative()).isFalse();
          assertThat(line.exact()).isEqualTo(line.base().multipliedBy(line.rate().rate()));
          // the rounding of the policy's mode, never more than one minor unit above rate x base
          assertThat(line.commission().amount())
              .isLessThanOrEqualTo(line.exact().amount().setScale(c.commission().amount().scale(), RoundingMode.CEILING));
        }
        assertThat(c.toString()).startsWith("Commission for order " + o.id());
        assertThat(c.rows()).hasSize(c.lines().size());
      }
    });
  }

  @Test
  void roundingDownNeverExceedsRateTimesBaseAtAll() {
    qt().withExamples(200).forAll(seeds()).checkAssert(seed -> {
      SplittableRandom r = new SplittableRandom(seed);
      Affiliate down = Affiliate.of(anyPolicy(r).commissionPolicy().withRoundingMode(RoundingMode.DOWN),
          io.github.monetik.testing.TestRules.PROVENANCE);
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
  void cancelledReturnedFraudOrFullyRefundedLeavesZeroUnlessALateReturnIsKept() {
    EnumSet<OrderCommission.Status> ended = EnumSet.of(OrderCommission.Status.CANCELLED, OrderCommission.Status.RETURNED,
        OrderCommission.Status.FRAUD, OrderCommission.Status.REFUNDED);
    qt().withExamples(300).forAll(seeds()).checkAssert(seed -> {
      SplittableRandom r = new SplittableRandom(seed);
      Affiliate a = anyPolicy(r);
      boolean kept = a.commissionPolicy().returnsAfterSettlement() == ReturnsAfterSettlement.KEPT;
      for (Order o : orders(r, currency(r), 5)) {
        OrderCommission c = a.commission(o);
        boolean fullyRefunded = o.paid().isPositive() && o.refunded().equals(o.paid());
        assertThat(c.status() == OrderCommission.Status.REFUNDED).isEqualTo(fullyRefunded
            && !EnumSet.of(OrderCommission.Status.CANCELLED, OrderCommission.Status.RETURNED, OrderCommission.Status.FRAUD)
                .contains(c.status()));
        if (ended.contains(c.status()) && (!kept || !c.isSettled() || c.status() == OrderCommission.Status.FRAUD)) {
          assertThat(c.earned().isZero()).as("%s", c).isTrue();
          assertThat(c.lines()).allMatch(l -> l.earned().isZero());
        }
        if (ended.contains(c.status()) && kept && c.isSettled()) {
          assertThat(c.reversed().isZero() || c.status() == OrderCommission.Status.FRAUD).as("%s", c).isTrue();
        }
      }
    });
  }

  @Test
  void keepingLateReturnsNeverEarnsLessAndChangesNothingBeforeSettlement() {
    qt().withExamples(200).forAll(seeds()).checkAssert(seed -> {
      SplittableRandom r = new SplittableRandom(seed);
      CommissionPolicy p = anyPolicy(r).commissionPolicy();
      Affiliate back = Affiliate.of(p.withReturnsAfterSettlement(ReturnsAfterSettlement.CLAWED_BACK), TIKTOK.provenance());
      Affiliate kept = Affiliate.of(p.withReturnsAfterSettlement(ReturnsAfterSettlement.KEPT), TIKTOK.provenance());
      LocalDate day = asOf(r);
      for (Order o : orders(r, currency(r), 5)) {
        OrderCommission b = back.commission(o, day);
        OrderCommission k = kept.commission(o, day);
        assertThat(k.earned()).isGreaterThanOrEqualTo(b.earned());
        assertThat(k.payable()).isEqualTo(b.payable());
        assertThat(k.pending()).isEqualTo(b.pending());
        assertThat(k.status()).isEqualTo(b.status());
        if (!b.isSettled()) {
          assertThat(k.earned()).isEqualTo(b.earned());
        }
      }
    });
  }

  @Test
  void aPartialRefundOfFractionFLeavesOneMinusFWithinOneMinorUnit() {
    qt().withExamples(300).forAll(seeds()).checkAssert(seed -> {
      SplittableRandom r = new SplittableRandom(seed);
      Affiliate a = anyPolicy(r);
      boolean subtracted = a.commissionPolicy().refundRule() == RefundRule.SUBTRACTED_FROM_BASE;
      Currency cur = currency(r);
      List<Product> catalogue = List.of(AffiliateGenerators.fixedRateProduct(r, "p0", cur),
          AffiliateGenerators.fixedRateProduct(r, "p1", cur));
      Order o = AffiliateGenerators.order(r, "o", catalogue, cur);
      o = o.withEvents(List.of(OrderEvent.placed(o.placedOn())));
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
      long whole = paid;
      if (subtracted) {
        whole = before.lines().stream().mapToLong(l -> l.base().toMinorUnits()).sum();
        if (whole == 0) {
          return;
        }
      }
      long kept = Math.max(0, whole - refund);
      BigDecimal expected = before.commission().amount().multiply(BigDecimal.valueOf(kept))
          .divide(BigDecimal.valueOf(whole), 20, RoundingMode.HALF_EVEN);
      boolean lateAndKept = a.commissionPolicy().returnsAfterSettlement() == ReturnsAfterSettlement.KEPT
          && after.isSettled() && !refunded.events().get(3).date().isBefore(after.settlementDate().orElseThrow());
      if (lateAndKept) {
        assertThat(after.earned()).isEqualTo(before.earned());
        return;
      }
      assertThat(after.earned().amount().subtract(expected).abs()).isLessThanOrEqualTo(minorUnit(cur));
      assertThat(after.earned()).isEqualTo(after.payable().plus(after.reversed()));
      for (int i = 0; i < after.lines().size(); i++) {
        BigDecimal share = before.lines().get(i).commission().amount().multiply(BigDecimal.valueOf(kept))
            .divide(BigDecimal.valueOf(whole), 20, RoundingMode.HALF_EVEN);
        assertThat(after.lines().get(i).earned().amount().subtract(share).abs()).isLessThanOrEqualTo(minorUnit(cur));
      }
    });
  }

  @Test
  void aDecreaseNeverReachesAPromotingCreatorBeforeThirtyDaysAndAnIncreaseAtOnce() {
    qt().withExamples(500).forAll(seeds()).checkAssert(seed -> {
      SplittableRandom r = new SplittableRandom(seed);
      Product p = AffiliateGenerators.fixedRateProduct(r, "p", currency(r)).withCampaigns(List.of());
      LocalDate day = AffiliateGenerators.START.plusDays(r.nextInt(200));
      LocalDate since = r.nextBoolean() ? null : day.minusDays(r.nextInt(90));
      Rate applied = (since == null ? TIKTOK.rateFor(p, day) : TIKTOK.rateFor(p, day, since)).rate();
      int lock = TIKTOK.commissionPolicy().rateDecreaseLockDays();
      assertThat(lock).isEqualTo(30);
      assertThat(applied).isGreaterThanOrEqualTo(p.openRateOn(day));
      boolean seen = false;
      for (LocalDate s = day.minusDays(lock); !s.isAfter(day); s = s.plusDays(1)) {
        if (s.isBefore(AffiliateGenerators.START) || (since != null && s.isBefore(since))) {
          continue;
        }
        // every rate in force for this creator in the last 30 days still protects them today
        assertThat(applied).isGreaterThanOrEqualTo(p.openRateOn(s));
        seen |= applied.equals(p.openRateOn(s));
      }
      assertThat(seen).as("the rate applied is one in force in the window").isTrue();
    });
  }

  @Test
  void eventsInAnyOrderMakeTheSameOrderAndCommission() {
    qt().withExamples(200).forAll(seeds()).checkAssert(seed -> {
      SplittableRandom r = new SplittableRandom(seed);
      Affiliate a = anyPolicy(r);
      LocalDate day = asOf(r);
      for (Order o : orders(r, currency(r), 5)) {
        List<OrderEvent> shuffled = new ArrayList<>(o.events());
        Collections.shuffle(shuffled, new Random(r.nextLong()));
        Order same = o.withEvents(shuffled);
        assertThat(same).isEqualTo(o).hasSameHashCodeAs(o);
        assertThat(same.events()).containsExactlyElementsOf(o.events());
        assertThat(a.commission(same, day)).isEqualTo(a.commission(o, day));
        for (int i = 1; i < o.events().size(); i++) {
          assertThat(o.events().get(i).date()).isAfterOrEqualTo(o.events().get(i - 1).date());
        }
      }
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
  void statementsOfAnySplitCombinedInAnyOrderEqualTheStatementOfAll() {
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
      CommissionStatement left = a.emptyStatement();
      for (CommissionStatement s : parts) {
        left = left.combine(s);
      }
      CommissionStatement right = a.emptyStatement();
      for (int i = parts.size() - 1; i >= 0; i--) {
        right = parts.get(i).combine(right);
      }
      Collections.shuffle(parts, new Random(r.nextLong()));
      CommissionStatement shuffled = a.emptyStatement();
      for (CommissionStatement s : parts) {
        shuffled = s.combine(shuffled);
      }
      assertThat(left).isEqualTo(whole);
      assertThat(right).isEqualTo(whole);
      assertThat(shuffled).isEqualTo(whole);
      assertThat(all.parallelStream().collect(a.toStatement(asOf))).isEqualTo(whole);
      CommissionStatement folded = a.emptyStatement();
      for (Order o : all) {
        folded = folded.plus(a.commission(o, asOf));
      }
      CommissionStatement reduced = all.parallelStream().map(o -> a.commission(o, asOf))
          .reduce(a.emptyStatement(), CommissionStatement::plus, CommissionStatement::combine);
      if (all.isEmpty()) {
        // no commission carries the as-of day
        assertThat(folded).isEqualTo(a.emptyStatement());
        assertThat(reduced).isEqualTo(a.emptyStatement());
      } else {
        assertThat(folded).isEqualTo(whole).hasSameHashCodeAs(whole);
        assertThat(reduced).isEqualTo(whole);
      }
      assertThat(whole.combine(a.emptyStatement())).isEqualTo(whole);
      assertThat(whole.orderIds()).hasSize((int) whole.orders());
    });
  }

  @Test
  void anOrderGivenTwiceIsRefusedByEveryPath() {
    qt().withExamples(100).forAll(seeds()).checkAssert(seed -> {
      SplittableRandom r = new SplittableRandom(seed);
      Affiliate a = anyPolicy(r);
      LocalDate asOf = AffiliateGenerators.START.plusYears(1);
      List<Order> all = orders(r, currency(r), 1 + r.nextInt(10));
      Order again = all.get(r.nextInt(all.size()));
      List<Order> twice = new ArrayList<>(all);
      twice.add(again);
      assertThatThrownBy(() -> a.statement(twice, asOf)).isInstanceOf(IllegalArgumentException.class)
          .hasMessage("orders[" + all.size() + "] must be an order not in the statement yet, was order '" + again.id()
              + "' again");
      assertThatThrownBy(() -> twice.parallelStream().collect(a.toStatement(asOf)))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'" + again.id() + "' twice");
      CommissionStatement s = a.statement(all, asOf);
      assertThatThrownBy(() -> s.plus(a.commission(again, asOf))).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("'" + again.id() + "' again");
      assertThatThrownBy(() -> s.combine(a.statement(List.of(again), asOf)))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'" + again.id() + "' in both");
      assertThat(s.orders()).isEqualTo(all.size());
    });
  }

  @Test
  void theEstimateOfTieredLinesNeverOverstatesTheStatement() {
    qt().withExamples(150).forAll(seeds()).checkAssert(seed -> {
      SplittableRandom r = new SplittableRandom(seed);
      Affiliate a = anyPolicy(r);
      List<Order> all = orders(r, currency(r), 1 + r.nextInt(25));
      LocalDate asOf = asOf(r);
      CommissionStatement s = a.statement(all, asOf);
      Money estimate = s.earned().minus(s.earned());
      Money best = estimate;
      boolean anyTiered = false;
      for (Order o : all) {
        OrderCommission c = a.commission(o, asOf);
        for (LineCommission l : c.lines()) {
          estimate = estimate.plus(l.earned());
          best = best.plus(l.upper == null ? l.earned() : Money.ofMinor(l.upper.earned(), l.earned().currency()));
          anyTiered |= l.upper != null;
        }
      }
      if (s.isEmpty()) {
        return;
      }
      assertThat(s.earned()).isGreaterThanOrEqualTo(estimate).isLessThanOrEqualTo(best);
      if (!anyTiered) {
        assertThat(s.earned()).isEqualTo(estimate);
      }
    });
  }

  @Test
  void aCommissionWithPayDaysIsPayableOnTheFirstPayDayAfterItIsComputed() {
    qt().withExamples(200).forAll(seeds()).checkAssert(seed -> {
      SplittableRandom r = new SplittableRandom(seed);
      int settlement = r.nextInt(40);
      int[] days = r.nextBoolean() ? new int[] {1, 16} : new int[] {1 + r.nextInt(28)};
      Affiliate a = Affiliate.of(TIKTOK.commissionPolicy().withSettlementDays(settlement).withPayDaysOfMonth(days),
          TIKTOK.provenance());
      for (Order o : orders(r, currency(r), 5)) {
        OrderCommission c = a.commission(o);
        if (o.deliveredOn().isEmpty()) {
          assertThat(c.settlementDate()).isEmpty();
          continue;
        }
        LocalDate computed = o.deliveredOn().get().plusDays(settlement);
        LocalDate pay = c.settlementDate().orElseThrow();
        assertThat(pay).isAfter(computed).isBefore(computed.plusMonths(1).plusDays(1));
        assertThat(days).contains(pay.getDayOfMonth());
        for (LocalDate d = computed.plusDays(1); d.isBefore(pay); d = d.plusDays(1)) {
          assertThat(days).doesNotContain(d.getDayOfMonth());
        }
      }
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
      Affiliate perOrder = Affiliate.of(perLine.commissionPolicy().withRounding(Rounding.PER_ORDER),
          io.github.monetik.testing.TestRules.PROVENANCE);
      for (Order o : orders(r, currency(r), 5)) {
        long a = perLine.commission(o).commission().toMinorUnits();
        long b = perOrder.commission(o).commission().toMinorUnits();
        assertThat(2 * Math.abs(a - b)).as("%d vs %d over %d lines", a, b, o.lines().size())
            .isLessThanOrEqualTo(o.lines().size());
      }
    });
  }
}
