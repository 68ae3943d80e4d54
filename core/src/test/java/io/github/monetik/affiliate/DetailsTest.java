package io.github.monetik.affiliate;

import io.github.monetik.Monetik;

import static io.github.monetik.affiliate.CommissionTest.JAN;
import static io.github.monetik.affiliate.CommissionTest.PLACED;
import static io.github.monetik.affiliate.CommissionTest.TIKTOK;
import static io.github.monetik.affiliate.CommissionTest.delivered;
import static io.github.monetik.affiliate.CommissionTest.lamp;
import static io.github.monetik.affiliate.CommissionTest.lampLine;
import static io.github.monetik.affiliate.CommissionTest.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.monetik.money.Rate;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The small print: exact integer rounding, rate fractions, value contracts, explanations. */
class DetailsTest {
  @Test
  void mulDivRoundsLikeBigDecimalInEveryMode() {
    long[][] cases = {{7, 3, 2}, {5, 1, 2}, {15, 1, 10}, {25, 1, 10}, {26, 1, 10}, {24, 1, 10}, {35, 1, 10}, {0, 9, 7},
        {Long.MAX_VALUE / 3, 5, 7}, {Long.MAX_VALUE, Long.MAX_VALUE, Long.MAX_VALUE}, {1, 1, 1}};
    for (RoundingMode mode : List.of(RoundingMode.UP, RoundingMode.DOWN, RoundingMode.CEILING, RoundingMode.FLOOR,
        RoundingMode.HALF_UP, RoundingMode.HALF_DOWN, RoundingMode.HALF_EVEN)) {
      for (long[] c : cases) {
        long expected = BigDecimal.valueOf(c[0]).multiply(BigDecimal.valueOf(c[1]))
            .divide(BigDecimal.valueOf(c[2]), 0, mode).longValueExact();
        assertThat(Arith.mulDiv(c[0], c[1], c[2], mode)).as("%s x %s / %s %s", c[0], c[1], c[2], mode).isEqualTo(expected);
      }
    }
    assertThatThrownBy(() -> Arith.mulDiv(1, 1, 2, RoundingMode.UNNECESSARY)).isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> Arith.mulDiv(Long.MAX_VALUE, 4, 2, RoundingMode.DOWN)).isInstanceOf(ArithmeticException.class);
  }

  @Test
  void fractionsFitInLongsUpToEighteenDigitsAndCompareExactly() {
    Fraction eighteen = new Fraction(Rate.of("0.123456789012345678"));
    assertThat(eighteen.fits).isTrue();
    assertThat(eighteen.unscaled).isEqualTo(123456789012345678L);
    assertThat(eighteen.denominator).isEqualTo(1_000_000_000_000_000_000L);
    assertThat(new Fraction(Rate.of("0.1234567890123456789")).fits).isFalse();
    assertThat(new Fraction(Rate.of("0.0000000000000000001")).fits).isFalse();
    assertThat(new Fraction(Rate.of("0.000000000000000001")).fits).isTrue();
    assertThat(new Fraction(Rate.ONE).denominator).isEqualTo(1);
    Fraction tenth = new Fraction(Rate.of("0.1"));
    Fraction nine = new Fraction(Rate.of("0.100000001"));
    Fraction ten = new Fraction(Rate.of("0.1000000001"));
    Fraction slightlyLess = new Fraction(Rate.of("0.0999999999"));
    assertThat(tenth.compareTo(nine)).isNegative();
    assertThat(nine.compareTo(tenth)).isPositive();
    assertThat(tenth.compareTo(new Fraction(Rate.percent(10)))).isZero();
    assertThat(tenth.compareTo(ten)).isNegative();
    assertThat(ten.compareTo(tenth)).isPositive();
    assertThat(slightlyLess.compareTo(tenth)).isNegative();
    assertThat(new Fraction(Rate.of("0.1234567890123456789")).compareTo(tenth)).isPositive();
  }

  @Test
  void ratesWithManyDecimalsComputeExactlyOnTheSlowPath() {
    CommissionPolicy open = TIKTOK.commissionPolicy().withMinRate(Rate.ZERO).withMaxRate(Rate.ONE);
    for (String r : List.of("0.123456789012345678", "0.1234567890123456789", "0.15", "0.0000000000000000001")) {
      Product p = Product.of("p", "P", usd("1"), Rate.of(r), JAN);
      Order o = Order.builder().id("o").addLines(OrderLine.of(p, 3, usd("333.33"))).addEvents(OrderEvent.placed(PLACED)).build();
      BigDecimal expected = new BigDecimal("999.99").multiply(new BigDecimal(r)).setScale(2, RoundingMode.HALF_UP);
      assertThat(Affiliate.of(open, io.github.monetik.testing.TestRules.PROVENANCE).commission(o).commission().amount()).as(r).isEqualByComparingTo(expected);
      Affiliate perOrder = Affiliate.of(open.withRounding(CommissionPolicy.Rounding.PER_ORDER), io.github.monetik.testing.TestRules.PROVENANCE);
      assertThat(perOrder.commission(o).commission().amount()).as(r).isEqualByComparingTo(expected);
    }
    CommissionPolicy exact = TIKTOK.commissionPolicy().withMinRate(Rate.percent(10)).withMaxRate(Rate.percent(10));
    assertThat(Affiliate.of(exact, io.github.monetik.testing.TestRules.PROVENANCE).rateFor(Product.of("p", "P", usd("1"), Rate.percent(10), JAN), PLACED)
        .rate()).isEqualTo(Rate.percent(10));
    assertThatThrownBy(() -> Affiliate.of(exact, io.github.monetik.testing.TestRules.PROVENANCE).rateFor(Product.of("p", "P", usd("1"), Rate.of("0.1000000001"), JAN),
        PLACED)).hasMessageContaining("was 10.00000001%");
    assertThatThrownBy(() -> Affiliate.of(exact, io.github.monetik.testing.TestRules.PROVENANCE).rateFor(Product.of("p", "P", usd("1"), Rate.of("0.0999999999"), JAN),
        PLACED)).hasMessageContaining("was 9.99999999%");
  }

  @Test
  void anEqualLaterRateIsTheOpenRateNotALock() {
    Product p = Product.of("p", "P", usd("1"), Rate.percent(20), JAN).withRateFrom(LocalDate.of(2025, 3, 1), Rate.percent(10))
        .withRateFrom(LocalDate.of(2025, 3, 5), Rate.percent(20));
    assertThat(TIKTOK.rateFor(p, LocalDate.of(2025, 3, 10))).hasToString("20% open");
    assertThat(TIKTOK.rateFor(p, LocalDate.of(2025, 3, 3))).hasToString("20% locked (20% from 2025-01-01)");
    assertThat(TIKTOK.rateFor(p, LocalDate.of(2025, 3, 3), LocalDate.of(2025, 3, 1))).hasToString("10% open");
  }

  @Test
  void eventsOnTheAsOfDayAndOnTheSettlementDayCount() {
    LocalDate settles = LocalDate.of(2025, 3, 22);
    Order fraudOnSettlement = delivered(OrderEvent.fraud(settles));
    OrderCommission c = TIKTOK.commission(fraudOnSettlement, settles);
    assertThat(c.payable()).isEqualTo(usd("6.15"));
    assertThat(c.reversed()).isEqualTo(usd("-6.15"));
    assertThat(c.earned()).isEqualTo(usd("0"));
    Order fraudBefore = delivered(OrderEvent.fraud(settles.minusDays(1)));
    assertThat(TIKTOK.commission(fraudBefore, settles.minusDays(1)).pending()).isEqualTo(usd("0"));
    assertThat(TIKTOK.commission(fraudBefore, settles.minusDays(2)).pending()).isEqualTo(usd("6.15"));
    assertThat(TIKTOK.commission(fraudBefore, settles).payable()).isEqualTo(usd("0"));
    assertThat(fraudBefore.deliveredOn()).contains(LocalDate.of(2025, 3, 7));
    assertThat(Order.builder().from(fraudBefore).events(List.of(OrderEvent.placed(PLACED))).build().deliveredOn()).isEmpty();
  }

  @Test
  void manyLinesAndTheirShares() {
    List<OrderLine> lines = new ArrayList<>();
    for (int i = 0; i < 9; i++) {
      lines.add(OrderLine.of(lamp(), 1, usd("0.0" + (i + 1))));
    }
    Order o = Order.builder().id("o").lines(lines).addEvents(OrderEvent.placed(PLACED), OrderEvent.shipped(PLACED),
        OrderEvent.delivered(PLACED), OrderEvent.refunded(PLACED.plusDays(20), usd("0.20"))).build();
    OrderCommission c = TIKTOK.commission(o);
    assertThat(c.lines()).hasSize(9);
    assertThat(c.month()).isEqualTo(YearMonth.of(2025, 3));
    for (LineCommission l : c.lines()) {
      assertThat(l.earned()).isEqualTo(l.pending().plus(l.payable()).plus(l.reversed()));
    }
    assertThat(c.lines().stream().map(LineCommission::reversed).reduce(usd("0"), (a, b) -> a.plus(b))).isEqualTo(c.reversed());
    assertThat(c.lines().stream().map(LineCommission::payable).reduce(usd("0"), (a, b) -> a.plus(b))).isEqualTo(c.payable());
    assertThat(c.lines().stream().map(LineCommission::pending).reduce(usd("0"), (a, b) -> a.plus(b))).isEqualTo(c.pending());
    assertThat(TIKTOK.statement(List.of(o, delivered()), PLACED.plusDays(30)).orders()).isEqualTo(2);
  }

  @Test
  void valuesAreEqualByValue() {
    OrderEvent e = OrderEvent.refunded(PLACED, usd("1"));
    assertThat(e).isEqualTo(OrderEvent.refunded(PLACED, usd("1.00"))).hasSameHashCodeAs(OrderEvent.refunded(PLACED, usd("1.00")))
        .isNotEqualTo(OrderEvent.refunded(PLACED, usd("2"))).isNotEqualTo(OrderEvent.refunded(PLACED.plusDays(1), usd("1")))
        .isNotEqualTo(OrderEvent.placed(PLACED)).isNotEqualTo("x").hasToString("REFUNDED 2025-03-03 USD 1.00");
    assertThat(e.amount()).contains(usd("1"));
    assertThat(OrderEvent.placed(PLACED).amount()).isEmpty();
    assertThat(OrderEvent.placed(PLACED)).hasToString("PLACED 2025-03-03").isNotEqualTo(OrderEvent.shipped(PLACED));
    assertThat(e.hashCode()).isNotEqualTo(OrderEvent.refunded(PLACED, usd("2")).hashCode());
    RateChange r = RateChange.of(JAN, Rate.percent(5));
    assertThat(r).isEqualTo(RateChange.of(JAN, Rate.percent(5))).hasSameHashCodeAs(RateChange.of(JAN, Rate.percent(5)))
        .isNotEqualTo(RateChange.of(JAN, Rate.percent(6))).isNotEqualTo(RateChange.of(PLACED, Rate.percent(5)))
        .isNotEqualTo("x");
    assertThat(r.hashCode()).isNotEqualTo(RateChange.of(JAN, Rate.percent(6)).hashCode());
    AppliedRate a = TIKTOK.rateFor(lamp(), PLACED);
    assertThat(a).isEqualTo(TIKTOK.rateFor(lamp(), PLACED.plusDays(1)))
        .hasSameHashCodeAs(TIKTOK.rateFor(lamp(), PLACED.plusDays(1))).isNotEqualTo("x")
        .isNotEqualTo(TIKTOK.rateFor(lamp().withRateFrom(PLACED, Rate.percent(16)), PLACED));
    Product locked = lamp().withRateFrom(PLACED, Rate.percent(10));
    AppliedRate l = TIKTOK.rateFor(locked, PLACED);
    assertThat(l.rate()).isEqualTo(a.rate());
    assertThat(l).isNotEqualTo(a);
    assertThat(l.hashCode()).isNotEqualTo(a.hashCode());
    assertThat(l.detail()).isEqualTo("15% from 2025-01-01");
    assertThat(a.detail()).isEmpty();
    CommissionStatement s1 = TIKTOK.statement(List.of(delivered()), LocalDate.of(2025, 3, 31));
    CommissionStatement s2 = TIKTOK.statement(List.of(delivered()), LocalDate.of(2025, 3, 21));
    assertThat(s1).isNotEqualTo(s2).isNotEqualTo("x").isEqualTo(TIKTOK.statement(List.of(delivered()), LocalDate.of(2025, 3, 31)));
    assertThat(s1.hashCode()).isNotEqualTo(s2.hashCode());
    assertThat(s1.totals()).isNotEqualTo(s2.totals()).isNotEqualTo("x");
    assertThat(s1.totals().hashCode()).isNotEqualTo(s2.totals().hashCode());
    assertThat(s1.byProduct().get("lamp-01")).isEqualTo(s1.totals());
    assertThat(TIKTOK.hashCode()).isEqualTo(Monetik.defaults().affiliate().hashCode());
  }

  @Test
  void explanationsShowEveryRow() {
    CommissionStatement s = TIKTOK.statement(List.of(delivered(OrderEvent.refunded(LocalDate.of(2025, 3, 25), usd("24.76")))),
        LocalDate.of(2025, 3, 31));
    java.util.function.Function<String, String> row = label -> label + " ".repeat(15 - label.length())
        + "3.08     0.00     6.15     -3.07";
    assertThat(s.toString()).contains(row.apply("  2025-03")).contains(row.apply("  (open)"))
        .contains(row.apply("  lamp-01")).contains("1 order, USD");
    Product longName = Product.of("a-very-long-product-identifier", "P", usd("1"), Rate.percent(10), JAN);
    Order o = Order.builder().id("o").addLines(OrderLine.of(longName, 1, usd("10"))).addEvents(OrderEvent.placed(PLACED)).build();
    assertThat(TIKTOK.statement(List.of(o), PLACED).toString()).contains("  a-very-long-product-i… ");
    Product exact = Product.of("abcdefghijklmnopqrstuv", "P", usd("1"), Rate.percent(10), JAN);
    Order o2 = Order.builder().id("o").addLines(OrderLine.of(exact, 1, usd("10"))).addEvents(OrderEvent.placed(PLACED)).build();
    assertThat(TIKTOK.statement(List.of(o2), PLACED).toString()).contains("  abcdefghijklmnopqrstuv ");
    OrderCommission notYet = TIKTOK.commission(delivered(), PLACED.minusDays(1));
    assertThat(notYet).hasToString("Commission for order o-1 (TikTok Shop, as of 2025-03-02): NOT_YET_PLACED (placed 2025-03-03)"
        + "\n  line         rate x base  earned  pending  payable  reversed"
        + "\n  total (USD)         0.00    0.00     0.00     0.00      0.00");
    OrderCommission partly = TIKTOK.commission(delivered(OrderEvent.refunded(LocalDate.of(2025, 3, 25), usd("0.01"))));
    assertThat(partly.toString()).contains("SETTLED on 2025-03-22, returns close 2025-04-06, refunded USD 0.01 of USD 49.52");
    assertThat(TIKTOK.commission(delivered()).toString()).doesNotContain("refunded");
    OrderCommission transit = TIKTOK.commission(delivered(), PLACED.plusDays(2));
    assertThat(transit.toString()).contains("PENDING, not delivered yet").doesNotContain("returns close");
    assertThat(transit.isSettled()).isFalse();
    assertThat(transit.returnsCloseOn()).isEmpty();
    assertThat(TIKTOK.commission(delivered(), PLACED.plusDays(5)).toString()).contains("PENDING, settles 2025-03-22, returns close 2025-04-06");
    assertThat(CommissionTotals.money(5, java.util.Currency.getInstance("JPY"))).isEqualTo(io.github.monetik.money.Money.of("5", "JPY"));
    assertThat(CommissionTotals.money(5, java.util.Currency.getInstance("XXX")).isZero()).isTrue();
  }

  @Test
  void aStatementOverManyMonthsKeepsEveryMonth() {
    List<Order> orders = new ArrayList<>();
    for (int m = 0; m < 12; m++) {
      orders.add(Order.builder().id("o" + m).addLines(OrderLine.of(lamp(), 1, usd("10.00")))
          .addEvents(OrderEvent.placed(LocalDate.of(2025, 1, 15).plusMonths(m))).build());
    }
    CommissionStatement s = TIKTOK.statement(orders, LocalDate.of(2026, 1, 1));
    assertThat(s.byMonth()).hasSize(12).containsKeys(YearMonth.of(2025, 1), YearMonth.of(2025, 12));
    assertThat(s.byMonth().get(YearMonth.of(2025, 12)).pending()).isEqualTo(usd("1.50"));
    CommissionStatement halves = TIKTOK.statement(orders.subList(0, 6), LocalDate.of(2026, 1, 1))
        .combine(TIKTOK.statement(orders.subList(6, 12), LocalDate.of(2026, 1, 1)));
    assertThat(halves).isEqualTo(s);
  }

  @Test
  void totalsAreAValueThatAddsUp() {
    CommissionTotals t = new CommissionTotals(usd("2.00"), usd("0.50"), usd("2.00"), usd("-0.50"));
    assertThat(t).isEqualTo(new CommissionTotals(usd("2"), usd("0.5"), usd("2"), usd("-0.5")))
        .hasSameHashCodeAs(new CommissionTotals(usd("2"), usd("0.5"), usd("2"), usd("-0.5")))
        .hasToString("earned USD 2.00 = pending USD 0.50 + payable USD 2.00 + reversed USD -0.50");
    assertThatThrownBy(() -> new CommissionTotals(usd("2.01"), usd("0.50"), usd("2.00"), usd("-0.50")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("earned must be pending + payable + reversed USD 2.00, was USD 2.01");
    assertThatThrownBy(() -> new CommissionTotals(io.github.monetik.money.Money.of("2", "EUR"), usd("2"), usd("0"), usd("0")))
        .isInstanceOf(io.github.monetik.money.CurrencyMismatchException.class);
    assertThatThrownBy(() -> new CommissionTotals(null, usd("2"), usd("0"), usd("0"))).hasMessage("earned");
    assertThatThrownBy(() -> new CommissionTotals(usd("2"), null, usd("0"), usd("0"))).hasMessage("pending");
    assertThatThrownBy(() -> new CommissionTotals(usd("2"), usd("2"), null, usd("0"))).hasMessage("payable");
    assertThatThrownBy(() -> new CommissionTotals(usd("2"), usd("2"), usd("0"), null)).hasMessage("reversed");
    assertThat(RateChange.of(JAN, Rate.percent(5))).isEqualTo(new RateChange(JAN, Rate.percent(5)))
        .hasToString("5% from 2025-01-01");
    assertThatThrownBy(() -> new RateChange(JAN, null)).isInstanceOf(NullPointerException.class).hasMessage("rate");
  }

  @Test
  void boundaryDaysCount() {
    LocalDate deliveredOn = LocalDate.of(2025, 3, 7);
    LocalDate settles = LocalDate.of(2025, 3, 22);
    // as of the delivery day, the delivery is known; as of the settlement day, the order is settled
    assertThat(TIKTOK.commission(delivered(), deliveredOn).settlementDate()).contains(settles);
    assertThat(TIKTOK.commission(delivered(), deliveredOn.minusDays(1)).settlementDate()).isEmpty();
    assertThat(TIKTOK.commission(delivered(), settles).isSettled()).isTrue();
    assertThat(TIKTOK.commission(delivered(), settles.minusDays(1)).isSettled()).isFalse();
    // an order placed on the as-of day is in the statement
    assertThat(TIKTOK.statement(List.of(delivered()), PLACED).orders()).isEqualTo(1);
    // a commission payable on the calendar's last day is payable; a day later is never
    Product p = Product.of("p", "P", usd("1"), Rate.percent(10), LocalDate.MIN);
    LocalDate d = LocalDate.MAX.minusDays(15);
    Order last = Order.builder().id("l").addLines(OrderLine.of(p, 1, usd("10.00")))
        .addEvents(OrderEvent.placed(d), OrderEvent.shipped(d), OrderEvent.delivered(d)).build();
    assertThat(TIKTOK.commission(last).settlementDate()).contains(LocalDate.MAX);
    assertThat(Affiliate.of(TIKTOK.commissionPolicy().withSettlementDays(16), TIKTOK.provenance()).commission(last)
        .settlementDate()).isEmpty();
    assertThat(TIKTOK.commission(last).returnsCloseOn()).isEmpty();
  }

  @Test
  void aFreeOrderIsNotARefundAndAFullRefundLeavesNothingUnderEveryRule() {
    CommissionPolicy id = io.github.monetik.rules.AffiliatePresets.indonesia().withPlatformDiscount(CommissionPolicy.PlatformDiscount.INCLUDED);
    Affiliate subsidised = Affiliate.of(id, TIKTOK.provenance());
    // paid 0.00 (the platform paid it all), base 10.00 with the subsidy included: 15% = 1.50, no refund
    OrderLine free = OrderLine.builder().product(lamp()).quantity(1).unitPrice(usd("10.00")).platformDiscount(usd("10.00")).build();
    Order o = Order.builder().id("f").addLines(free).addEvents(OrderEvent.placed(PLACED), OrderEvent.shipped(PLACED),
        OrderEvent.delivered(PLACED)).build();
    OrderCommission c = subsidised.commission(o);
    assertThat(c.status()).isEqualTo(OrderCommission.Status.SETTLED);
    assertThat(c.earned()).isEqualTo(usd("1.50"));
    // paid 5.00 of a base of 10.00: refunding all 5.00 is a full refund, nothing is left
    OrderLine half = free.withPlatformDiscount(usd("5.00"));
    Order refunded = Order.builder().id("h").addLines(half).addEvents(OrderEvent.placed(PLACED),
        OrderEvent.refunded(PLACED, usd("5.00"))).build();
    OrderCommission r = subsidised.commission(refunded);
    assertThat(r.status()).isEqualTo(OrderCommission.Status.REFUNDED);
    assertThat(r.earned()).isEqualTo(usd("0.00"));
    assertThat(refunded.refunded()).isEqualTo(usd("5.00"));
    assertThat(r.toString()).doesNotContain("returns close");
  }

  @Test
  void linesShareAPartialRefundExactly() {
    Product cup = Product.of("cup", "Cup", usd("10.00"), Rate.percent(15), JAN);
    Order o = Order.builder().id("two").addLines(OrderLine.of(lamp(), 1, usd("24.00")), OrderLine.of(cup, 1, usd("10.00")))
        .addEvents(OrderEvent.placed(PLACED), OrderEvent.refunded(PLACED, usd("17.00"))).build();
    OrderCommission c = TIKTOK.commission(o);
    // 3.60 + 1.50 = 5.10, half refunded: running totals 1.80, then 2.55 -> lines 1.80 and 0.75
    assertThat(c.lines()).extracting(LineCommission::earned).containsExactly(usd("1.80"), usd("0.75"));
    assertThat(c.earned()).isEqualTo(usd("2.55"));
    CommissionPolicy perOrder = TIKTOK.commissionPolicy().withRounding(CommissionPolicy.Rounding.PER_ORDER);
    Product tiered = cup.withTieredCommission(TieredCommission.of(JAN.plusDays(1), Rate.percent(10), 1, Rate.percent(20)));
    Order mixed = Order.builder().id("mixed").addLines(OrderLine.of(lamp(), 1, usd("0.05")), OrderLine.of(lamp(), 1, usd("0.05")),
        OrderLine.of(tiered, 1, usd("0.05"))).addEvents(OrderEvent.placed(PLACED)).build();
    // per order over the untiered lines: 0.0075 + 0.0075 = 0.015 -> 0.02 (0.01 + 0.01); the tiered line alone: 0.005 -> 0.01
    assertThat(Affiliate.of(perOrder, TIKTOK.provenance()).commission(mixed).lines()).extracting(LineCommission::commission)
        .containsExactly(usd("0.01"), usd("0.01"), usd("0.01"));
  }

  @Test
  void sameDayEventsTakeTheLifecycleRankNotTheirKindsOrder() {
    // a refund, then the cancellation, on one day: given in any order
    Order o = Order.builder().id("c").addLines(lampLine()).addEvents(OrderEvent.cancelled(PLACED),
        OrderEvent.refunded(PLACED, usd("1.00")), OrderEvent.placed(PLACED)).build();
    assertThat(o.events()).extracting(OrderEvent::type).containsExactly(OrderEvent.Type.PLACED, OrderEvent.Type.REFUNDED,
        OrderEvent.Type.CANCELLED);
    assertThat(TIKTOK.commission(o).status()).isEqualTo(OrderCommission.Status.CANCELLED);
  }

  @Test
  void buildersReplaceWhatTheyReplaceAndCopiesKeepTheRest() {
    Campaign a = Campaign.of("a", Rate.percent(20), PLACED.plusDays(10), PLACED.plusDays(11));
    Campaign b = Campaign.of("b", Rate.percent(20), PLACED, PLACED.plusDays(1));
    // not overlapping, given out of date order
    assertThat(lamp().withCampaigns(List.of(a, b)).campaigns()).containsExactly(a, b);
    assertThat(Product.builder().from(lamp()).addCampaigns(a).campaigns(List.of(b)).build().campaigns()).containsExactly(b);
    assertThat(Order.builder().from(delivered()).lines(List.of(lampLine().withQuantity(1))).build().lines()).hasSize(1);
    assertThat(CommissionPolicy.builder().from(TIKTOK.commissionPolicy()).putCategoryRates("a", Rate.percent(2))
        .categoryRates(java.util.Map.of("b", Rate.percent(3))).build().categoryRates()).containsOnlyKeys("b");
    OrderLine l = lampLine();
    assertThat(l.withUnitPrice(usd("25.00")).unitPrice()).isEqualTo(usd("25.00"));
    assertThat(l.withSellerDiscount(usd("1.00")).sellerDiscount()).isEqualTo(usd("1.00"));
    assertThat(l.withPlatformDiscount(usd("1.00")).platformDiscount()).isEqualTo(usd("1.00"));
    assertThat(l.withQuantity(3).quantity()).isEqualTo(3);
    assertThat(TIKTOK.commissionPolicy().withSettlementDays(3).settlementDays()).isEqualTo(3);
    assertThat(TIKTOK.commissionPolicy().withRateDecreaseLockDays(3).rateDecreaseLockDays()).isEqualTo(3);
    assertThat(TIKTOK.commissionPolicy().withMaxRate(Rate.percent(50)).maxRate()).isEqualTo(Rate.percent(50));
  }

  @Test
  void resultsAndDoorsAreEqualByValueProvenanceIncluded() {
    OrderCommission c = TIKTOK.commission(delivered(), LocalDate.of(2025, 3, 31));
    assertThat(c).isEqualTo(TIKTOK.commission(delivered(), LocalDate.of(2025, 3, 31)))
        .hasSameHashCodeAs(TIKTOK.commission(delivered(), LocalDate.of(2025, 3, 31)))
        .isNotEqualTo(TIKTOK.commission(delivered(), LocalDate.of(2025, 3, 21)))
        .isNotEqualTo(TIKTOK.commission(delivered(OrderEvent.refunded(LocalDate.of(2025, 3, 25), usd("1.00"))),
            LocalDate.of(2025, 3, 31)))
        .isNotEqualTo(Affiliate.of(TIKTOK.commissionPolicy(), io.github.monetik.testing.TestRules.asOf(PLACED))
            .commission(delivered(), LocalDate.of(2025, 3, 31)))
        .isNotEqualTo("x");
    assertThat(c.hashCode()).isNotEqualTo(TIKTOK.commission(delivered(), LocalDate.of(2025, 3, 21)).hashCode());
    Affiliate other = Affiliate.of(TIKTOK.commissionPolicy().withSettlementDays(3), TIKTOK.provenance());
    assertThat(other).isNotEqualTo(TIKTOK);
    assertThat(other.hashCode()).isNotEqualTo(TIKTOK.hashCode());
    assertThat(other.commission(delivered())).isNotEqualTo(TIKTOK.commission(delivered()));
    TieredCommission t = TieredCommission.of(PLACED, Rate.percent(10), 1, Rate.percent(15));
    assertThat(t.hashCode()).isNotEqualTo(TieredCommission.of(PLACED, Rate.percent(10), 2, Rate.percent(15)).hashCode());
    assertThat(TIKTOK.rateFor(lamp().withTieredCommission(t), PLACED, PLACED)).hasToString("10% tiered (first 1 order, then 15%)");
    // an equal fixed rate before the tiers is not a lock: the tier is the rate
    Product same = Product.of("s", "S", usd("1"), Rate.percent(10), JAN).withTieredCommission(t);
    assertThat(TIKTOK.rateFor(same, PLACED.plusDays(3)).kind()).isEqualTo(AppliedRate.Origin.TIERED);
    // statements: the smaller of two sharing an order may be either one
    CommissionStatement one = TIKTOK.statement(List.of(delivered()), LocalDate.of(2025, 3, 31));
    CommissionStatement two = TIKTOK.statement(List.of(delivered(), Order.builder().from(delivered()).id("o-2").build()),
        LocalDate.of(2025, 3, 31));
    assertThatThrownBy(() -> one.combine(two)).hasMessageContaining("'o-1' in both");
    assertThatThrownBy(() -> two.combine(one)).hasMessageContaining("'o-1' in both");
    assertThat(one.combine(TIKTOK.emptyStatement()).orderIds()).containsExactly("o-1");
    assertThat(TIKTOK.emptyStatement().combine(one).orderIds()).containsExactly("o-1");
    CommissionStatement branch = one.plus(TIKTOK.commission(Order.builder().from(delivered()).id("o-3").build(),
        LocalDate.of(2025, 3, 31)));
    CommissionStatement other2 = one.plus(TIKTOK.commission(Order.builder().from(delivered()).id("o-4").build(),
        LocalDate.of(2025, 3, 31)));
    // two statements folded from one: each has its own orders
    assertThat(branch.orderIds()).containsExactlyInAnyOrder("o-1", "o-3");
    assertThat(other2.orderIds()).containsExactlyInAnyOrder("o-1", "o-4");
    assertThat(branch.earned()).isEqualTo(usd("12.30"));
    assertThat(other2.earned()).isEqualTo(usd("12.30"));
    assertThat(one.earned()).isEqualTo(usd("6.15"));
    assertThatThrownBy(() -> branch.combine(other2)).hasMessageContaining("'o-1' in both");
  }

  @Test
  void partsOfAParallelCollectionInTwoCurrenciesAreRefused() {
    Product eu = Product.of("eu", "EU", io.github.monetik.money.Money.of("1", "EUR"), Rate.percent(10), JAN);
    Order euro = Order.builder().id("e").addLines(OrderLine.of(eu, 1, io.github.monetik.money.Money.of("10", "EUR")))
        .addEvents(OrderEvent.placed(PLACED)).build();
    Accumulator dollars = new Accumulator(new Engine(TIKTOK.commissionPolicy()), PLACED.toEpochDay());
    dollars.add(delivered());
    Accumulator euros = new Accumulator(new Engine(TIKTOK.commissionPolicy()), PLACED.toEpochDay());
    euros.add(euro);
    assertThatThrownBy(() -> dollars.merge(euros)).isInstanceOf(io.github.monetik.money.CurrencyMismatchException.class);
    Accumulator later = new Accumulator(new Engine(TIKTOK.commissionPolicy()), PLACED.plusDays(1).toEpochDay());
    assertThatThrownBy(() -> dollars.merge(later)).hasMessage("asOf must be the statement's 2025-03-03, was 2025-03-04");
  }

  @Test
  void categoryRatesOnTheBoundsAreAllowed() {
    CommissionPolicy p = io.github.monetik.rules.AffiliatePresets.flatCategoryRates(
        java.util.Map.of("a", Rate.percent(1), "b", Rate.percent(10)), 0);
    assertThat(p.categoryRates()).hasSize(2);
  }
}
