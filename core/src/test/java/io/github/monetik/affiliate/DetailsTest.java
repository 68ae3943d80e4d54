package io.github.monetik.affiliate;

import io.github.monetik.Monetik;

import static io.github.monetik.affiliate.CommissionTest.JAN;
import static io.github.monetik.affiliate.CommissionTest.PLACED;
import static io.github.monetik.affiliate.CommissionTest.TIKTOK;
import static io.github.monetik.affiliate.CommissionTest.delivered;
import static io.github.monetik.affiliate.CommissionTest.lamp;
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
  void categoryRatesOnTheBoundsAreAllowed() {
    CommissionPolicy p = io.github.monetik.rules.AffiliatePresets.flatCategoryRates(
        java.util.Map.of("a", Rate.percent(1), "b", Rate.percent(10)), 0);
    assertThat(p.categoryRates()).hasSize(2);
  }
}
