package io.github.monetik.affiliate;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.monetik.Monetik;
import io.github.monetik.affiliate.CommissionPolicy.PlatformDiscount;
import io.github.monetik.affiliate.CommissionPolicy.Rounding;
import io.github.monetik.money.Money;
import io.github.monetik.money.Rate;
import io.github.monetik.rules.AffiliatePresets;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Worked examples, every number computed by hand in the comments. */
class CommissionTest {
  static final LocalDate JAN = LocalDate.of(2025, 1, 1);
  static final LocalDate PLACED = LocalDate.of(2025, 3, 3);
  static final Affiliate TIKTOK = Monetik.defaults().affiliate();

  static Money usd(String amount) {
    return Money.of(amount, "USD");
  }

  static Product lamp() {
    return Product.of("lamp-01", "Desk lamp", usd("24.00"), Rate.percent(15), JAN);
  }

  /** 2 x 24.00, seller 4.00, platform 3.00, tax 3.52, shipping 5.00: paid 49.52. */
  static OrderLine lampLine() {
    return OrderLine.builder().product(lamp()).quantity(2).unitPrice(usd("24.00")).sellerDiscount(usd("4.00"))
        .platformDiscount(usd("3.00")).tax(usd("3.52")).shipping(usd("5.00")).build();
  }

  static Order delivered(OrderEvent... more) {
    Order o = Order.builder().id("o-1").addLines(lampLine()).addEvents(OrderEvent.placed(PLACED),
        OrderEvent.shipped(PLACED.plusDays(1)), OrderEvent.delivered(PLACED.plusDays(4))).build();
    for (OrderEvent e : more) {
      o = o.with(e);
    }
    return o;
  }

  @Test
  void baseIsPaidPriceAfterBothDiscountsExcludingTaxAndShipping() {
    OrderCommission c = TIKTOK.commission(delivered());
    // base 48.00 - 4.00 - 3.00 = 41.00; x 15% = 6.15
    assertThat(c.lines()).hasSize(1);
    LineCommission line = c.lines().get(0);
    assertThat(line.base()).isEqualTo(usd("41.00"));
    assertThat(line.exact()).isEqualTo(usd("6.15"));
    assertThat(line.commission()).isEqualTo(usd("6.15"));
    assertThat(line.rate()).hasToString("15% open");
    assertThat(c.commission()).isEqualTo(usd("6.15"));
    assertThat(c.earned()).isEqualTo(usd("6.15"));
    assertThat(c.payable()).isEqualTo(usd("6.15"));
    assertThat(c.status()).isEqualTo(OrderCommission.Status.SETTLED);
    assertThat(c.settlementDate()).contains(LocalDate.of(2025, 3, 22));
    assertThat(c.order().paid()).isEqualTo(usd("49.52"));
    assertThat(line.line().gross()).isEqualTo(usd("48.00"));
    assertThat(line.line().paid()).isEqualTo(usd("49.52"));
    assertThat(line).hasToString("lamp-01: 2 x 24.00 - seller 4.00 - platform 3.00 = base USD 41.00 x 15% open = 6.15 -> 6.15 USD; earned 6.15");
    assertThat(c).hasToString(String.join("\n",
        "Commission for order o-1 (TikTok Shop, after all events): SETTLED on 2025-03-22, returns close 2025-04-06",
        "  line                                                                                         rate x base  earned  pending  payable  reversed",
        "  lamp-01: 2 x 24.00 - seller 4.00 - platform 3.00 = base USD 41.00 x 15% open = 6.15 -> 6.15         6.15    6.15     0.00     6.15      0.00",
        "  total (USD)                                                                                         6.15    6.15     0.00     6.15      0.00"));
    assertThat(c.provenance()).isEqualTo(TIKTOK.provenance());
    assertThat(c.isSettled()).isTrue();
    assertThat(c.returnsCloseOn()).contains(LocalDate.of(2025, 4, 6));
  }

  @Test
  void platformSubsidiesIncludedIsTheUsReading() {
    Affiliate us = Affiliate.of(AffiliatePresets.platformSubsidiesIncluded(), io.github.monetik.testing.TestRules.PROVENANCE);
    LineCommission line = us.commission(delivered()).lines().get(0);
    // base 48.00 - 4.00 = 44.00; x 15% = 6.60
    assertThat(line.base()).isEqualTo(usd("44.00"));
    assertThat(line.commission()).isEqualTo(usd("6.60"));
    assertThat(line.toString()).contains("(platform 3.00 included)");
  }

  @Test
  void pendingUntilFifteenDaysAfterDeliveryThenPayable() {
    Order o = delivered();
    OrderCommission before = TIKTOK.commission(o, LocalDate.of(2025, 3, 21));
    assertThat(before.status()).isEqualTo(OrderCommission.Status.PENDING);
    assertThat(before.pending()).isEqualTo(usd("6.15"));
    assertThat(before.payable()).isEqualTo(usd("0.00"));
    OrderCommission on = TIKTOK.commission(o, LocalDate.of(2025, 3, 22));
    assertThat(on.status()).isEqualTo(OrderCommission.Status.SETTLED);
    assertThat(on.pending()).isEqualTo(usd("0.00"));
    assertThat(on.payable()).isEqualTo(usd("6.15"));
    assertThat(on.asOf()).contains(LocalDate.of(2025, 3, 22));
    OrderCommission early = TIKTOK.commission(o, LocalDate.of(2025, 3, 2));
    assertThat(early.status()).isEqualTo(OrderCommission.Status.NOT_YET_PLACED);
    assertThat(early.lines()).isEmpty();
    assertThat(early.earned()).isEqualTo(usd("0"));
  }

  @Test
  void partialRefundBeforeSettlementShrinksTheCommission() {
    // half of 49.52 refunded: 6.15 x 1/2 = 3.075 -> 3.08 half-up
    OrderCommission c = TIKTOK.commission(delivered(OrderEvent.refunded(LocalDate.of(2025, 3, 12), usd("24.76"))),
        LocalDate.of(2025, 3, 31));
    assertThat(c.commission()).isEqualTo(usd("6.15"));
    assertThat(c.earned()).isEqualTo(usd("3.08"));
    assertThat(c.payable()).isEqualTo(usd("3.08"));
    assertThat(c.reversed()).isEqualTo(usd("0.00"));
    assertThat(c.refunded()).isEqualTo(usd("24.76"));
    assertThat(c.toString()).contains("refunded USD 24.76 of USD 49.52");
  }

  @Test
  void refundAfterSettlementIsANegativeAdjustment() {
    Order o = delivered(OrderEvent.refunded(LocalDate.of(2025, 3, 25), usd("24.76")));
    OrderCommission c = TIKTOK.commission(o, LocalDate.of(2025, 3, 31));
    assertThat(c.payable()).isEqualTo(usd("6.15"));
    assertThat(c.reversed()).isEqualTo(usd("-3.07"));
    assertThat(c.earned()).isEqualTo(usd("3.08"));
    // a refund on the settlement day itself counts after payment
    OrderCommission sameDay = TIKTOK.commission(delivered(OrderEvent.refunded(LocalDate.of(2025, 3, 22), usd("24.76"))));
    assertThat(sameDay.reversed()).isEqualTo(usd("-3.07"));
    OrderCommission dayBefore = TIKTOK.commission(delivered(OrderEvent.refunded(LocalDate.of(2025, 3, 21), usd("24.76"))));
    assertThat(dayBefore.reversed()).isEqualTo(usd("0.00"));
    assertThat(dayBefore.payable()).isEqualTo(usd("3.08"));
  }

  @Test
  void cancelledReturnedFraudAndFullyRefundedEarnNothing() {
    Order cancelled = Order.builder().id("o-2").addLines(lampLine())
        .addEvents(OrderEvent.placed(PLACED), OrderEvent.cancelled(PLACED)).build();
    assertThat(TIKTOK.commission(cancelled).earned()).isEqualTo(usd("0"));
    assertThat(TIKTOK.commission(cancelled).status()).isEqualTo(OrderCommission.Status.CANCELLED);
    assertThat(TIKTOK.commission(cancelled).commission()).isEqualTo(usd("6.15"));
    OrderCommission returned = TIKTOK.commission(delivered(OrderEvent.returned(LocalDate.of(2025, 3, 30))));
    assertThat(returned.earned()).isEqualTo(usd("0"));
    assertThat(returned.reversed()).isEqualTo(usd("-6.15"));
    OrderCommission fraud = TIKTOK.commission(delivered(OrderEvent.fraud(LocalDate.of(2025, 3, 10))));
    assertThat(fraud.earned()).isEqualTo(usd("0"));
    assertThat(fraud.payable()).isEqualTo(usd("0"));
    assertThat(fraud.reversed()).isEqualTo(usd("0"));
    assertThat(fraud.status()).isEqualTo(OrderCommission.Status.FRAUD);
    assertThat(fraud.toString()).contains("FRAUD on 2025-03-10: no commission");
    assertThat(returned.status()).isEqualTo(OrderCommission.Status.RETURNED);
    assertThat(returned.toString()).contains("RETURNED on 2025-03-30 after settling on 2025-03-22: commission reversed");
    OrderCommission full = TIKTOK.commission(delivered(OrderEvent.refunded(LocalDate.of(2025, 3, 9), usd("49.52"))));
    assertThat(full.earned()).isEqualTo(usd("0"));
    assertThat(full.status()).isEqualTo(OrderCommission.Status.REFUNDED);
    assertThat(full.toString()).contains("REFUNDED in full: no commission").doesNotContain("refunded USD");
  }

  @Test
  void decreaseWaitsThirtyDaysForCreatorsAlreadyPromotingIncreaseIsImmediate() {
    LocalDate cut = LocalDate.of(2025, 3, 1);
    Product down = Product.of("p", "P", usd("10.00"), Rate.percent(20), JAN).withRateFrom(cut, Rate.percent(10));
    assertThat(TIKTOK.rateFor(down, cut.minusDays(1))).hasToString("20% open");
    assertThat(TIKTOK.rateFor(down, cut)).hasToString("20% locked (20% from 2025-01-01)");
    assertThat(TIKTOK.rateFor(down, cut.plusDays(29)).rate()).isEqualTo(Rate.percent(20));
    assertThat(TIKTOK.rateFor(down, cut.plusDays(30))).hasToString("10% open");
    assertThat(TIKTOK.rateFor(down, cut.plusDays(5), cut.minusDays(1)).rate()).isEqualTo(Rate.percent(20));
    assertThat(TIKTOK.rateFor(down, cut.plusDays(5), cut).rate()).isEqualTo(Rate.percent(10));
    assertThat(down.openRateOn(cut)).isEqualTo(Rate.percent(10));
    assertThat(down.openRate()).isEqualTo(Rate.percent(10));
    Product up = Product.of("p", "P", usd("10.00"), Rate.percent(10), JAN).withRateFrom(cut, Rate.percent(30));
    assertThat(TIKTOK.rateFor(up, cut)).hasToString("30% open");
    assertThat(TIKTOK.rateFor(up, cut.minusDays(1)).rate()).isEqualTo(Rate.percent(10));
    // an increase right after a decrease does not cut the lock short
    Product zigzag = down.withRateFrom(cut.plusDays(3), Rate.percent(12));
    assertThat(TIKTOK.rateFor(zigzag, cut.plusDays(10)).rate()).isEqualTo(Rate.percent(20));
    assertThat(TIKTOK.rateFor(zigzag, cut.plusDays(33)).rate()).isEqualTo(Rate.percent(12));
    Affiliate noLock = Affiliate.of(TIKTOK.commissionPolicy().withRateDecreaseLockDays(0), io.github.monetik.testing.TestRules.PROVENANCE);
    assertThat(noLock.rateFor(down, cut).rate()).isEqualTo(Rate.percent(10));
  }

  @Test
  void aCampaignOverridesTheOpenRateOnItsDays() {
    Product p = lamp().withCampaign(Campaign.of("spring", Rate.percent(25), LocalDate.of(2025, 3, 1),
        LocalDate.of(2025, 3, 5)));
    assertThat(TIKTOK.rateFor(p, LocalDate.of(2025, 3, 5))).hasToString("25% campaign spring");
    assertThat(TIKTOK.rateFor(p, LocalDate.of(2025, 3, 6))).hasToString("15% open");
    assertThat(TIKTOK.rateFor(p, LocalDate.of(2025, 2, 28)).kind()).isEqualTo(AppliedRate.Origin.OPEN);
    assertThat(p.campaignOn(LocalDate.of(2025, 3, 1))).isPresent();
    assertThat(p.campaignOn(LocalDate.of(2025, 3, 6))).isEmpty();
    Order o = Order.builder().id("o").addLines(OrderLine.of(p, 1, usd("10.00")))
        .addEvents(OrderEvent.placed(LocalDate.of(2025, 3, 3))).build();
    OrderCommission c = TIKTOK.commission(o);
    assertThat(c.commission()).isEqualTo(usd("2.50"));
    assertThat(c.pending()).isEqualTo(usd("2.50"));
    CommissionStatement s = TIKTOK.statement(List.of(o, delivered()), LocalDate.of(2025, 3, 31));
    assertThat(s.byCampaign().keySet()).containsExactly("(open)", "spring");
    assertThat(s.byCampaign().get("spring").pending()).isEqualTo(usd("2.50"));
    assertThat(s.byCampaign().get("(open)").payable()).isEqualTo(usd("6.15"));
  }

  @Test
  void perLineAndPerOrderRoundingDifferByAtMostHalfACentPerLine() {
    Product p = Product.of("p", "P", usd("0.05"), Rate.percent(10), JAN);
    Order o = Order.builder().id("o").addLines(OrderLine.of(p, 1, usd("0.05")), OrderLine.of(p, 1, usd("0.05")))
        .addEvents(OrderEvent.placed(PLACED)).build();
    // each line 0.005: per line 0.01 + 0.01 = 0.02; per order 0.010 -> 0.01, shared 0.01 + 0.00
    assertThat(TIKTOK.commission(o).commission()).isEqualTo(usd("0.02"));
    OrderCommission perOrder = Affiliate.of(TIKTOK.commissionPolicy().withRounding(Rounding.PER_ORDER), io.github.monetik.testing.TestRules.PROVENANCE).commission(o);
    assertThat(perOrder.commission()).isEqualTo(usd("0.01"));
    assertThat(perOrder.lines()).extracting(LineCommission::commission).containsExactly(usd("0.01"), usd("0.00"));
    OrderCommission down = Affiliate.of(TIKTOK.commissionPolicy().withRoundingMode(RoundingMode.DOWN), io.github.monetik.testing.TestRules.PROVENANCE).commission(o);
    assertThat(down.commission()).isEqualTo(usd("0.00"));
  }

  @Test
  void flatCategoryRatesLikeAmazonAssociates() {
    Affiliate amazon = Affiliate.of(AffiliatePresets.flatCategoryRates(
        Map.of("home", Rate.percent(3), "beauty", Rate.percent(10)), 60), io.github.monetik.testing.TestRules.PROVENANCE);
    Product p = lamp().withCategory("home");
    Order o = Order.builder().id("o").addLines(OrderLine.of(p, 1, usd("24.00"))).addEvents(OrderEvent.placed(PLACED),
        OrderEvent.shipped(PLACED), OrderEvent.delivered(PLACED.plusDays(2))).build();
    OrderCommission c = amazon.commission(o);
    assertThat(c.commission()).isEqualTo(usd("0.72"));
    assertThat(c.lines().get(0).rate()).hasToString("3% category home");
    assertThat(c.settlementDate()).contains(PLACED.plusDays(62));
    assertThat(amazon).isEqualTo(Affiliate.of(amazon.commissionPolicy(), io.github.monetik.testing.TestRules.PROVENANCE)).hasSameHashCodeAs(Affiliate.of(amazon.commissionPolicy(), io.github.monetik.testing.TestRules.PROVENANCE))
        .hasToString("Affiliate[flat category rates; rules latest]").isNotEqualTo(TIKTOK);
  }

  @Test
  void statementAsOfADay() {
    Order paidOut = delivered(OrderEvent.refunded(LocalDate.of(2025, 3, 25), usd("24.76")));
    Order fresh = Order.builder().id("o-2").addLines(OrderLine.of(lamp(), 1, usd("20.00")))
        .addEvents(OrderEvent.placed(LocalDate.of(2025, 3, 28))).build();
    Order april = Order.builder().id("o-3").addLines(OrderLine.of(lamp(), 1, usd("20.00")))
        .addEvents(OrderEvent.placed(LocalDate.of(2025, 4, 2))).build();
    CommissionStatement s = TIKTOK.statement(List.of(paidOut, fresh, april), LocalDate.of(2025, 3, 31));
    // paidOut: payable 6.15, reversed -3.07; fresh: 20.00 x 15% = 3.00 pending; april not yet placed
    assertThat(s.orders()).isEqualTo(2);
    assertThat(s.payable()).isEqualTo(usd("6.15"));
    assertThat(s.reversed()).isEqualTo(usd("-3.07"));
    assertThat(s.pending()).isEqualTo(usd("3.00"));
    assertThat(s.earned()).isEqualTo(usd("6.08"));
    assertThat(s.asOf()).contains(LocalDate.of(2025, 3, 31));
    assertThat(s.currency()).contains(usd("1").currency());
    assertThat(s.byMonth()).containsOnlyKeys(YearMonth.of(2025, 3));
    assertThat(s.byProduct().get("lamp-01").earned()).isEqualTo(usd("6.08"));
    assertThat(s.totals()).hasToString("earned USD 6.08 = pending USD 3.00 + payable USD 6.15 + reversed USD -3.07");
    assertThat(s).hasToString(String.join("\n",
        "Commission statement as of 2025-03-31 — 2 orders, USD",
        "             earned  pending  payable  reversed",
        "total          6.08     3.00     6.15     -3.07",
        "by month",
        "  2025-03      6.08     3.00     6.15     -3.07",
        "by campaign",
        "  (open)       6.08     3.00     6.15     -3.07",
        "by product",
        "  lamp-01      6.08     3.00     6.15     -3.07"));
    assertThat(s.provenance()).isEqualTo(TIKTOK.provenance());
    assertThat(s.orderIds()).containsExactlyInAnyOrder("o-1", "o-2");
    assertThat(TIKTOK.emptyStatement().isEmpty()).isTrue();
    assertThat(TIKTOK.emptyStatement().earned()).hasToString("XXX 0");
    assertThat(TIKTOK.emptyStatement().asOf()).isEmpty();
    assertThat(TIKTOK.emptyStatement().toString()).contains("(empty)");
    assertThat(s.isEmpty()).isFalse();
    assertThat(TIKTOK.emptyStatement().combine(s)).isEqualTo(s).hasSameHashCodeAs(s);
    assertThat(s.plus(TIKTOK.commission(april, LocalDate.of(2025, 3, 31)))).isEqualTo(s);
  }
}
