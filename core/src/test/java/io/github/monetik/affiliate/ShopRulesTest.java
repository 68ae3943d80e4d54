package io.github.monetik.affiliate;

import static io.github.monetik.affiliate.CommissionTest.PLACED;
import static io.github.monetik.affiliate.CommissionTest.TIKTOK;
import static io.github.monetik.affiliate.CommissionTest.delivered;
import static io.github.monetik.affiliate.CommissionTest.lamp;
import static io.github.monetik.affiliate.CommissionTest.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.monetik.Monetik;
import io.github.monetik.affiliate.CommissionPolicy.ReturnsAfterSettlement;
import io.github.monetik.money.Rate;
import io.github.monetik.rules.AffiliatePresets;
import io.github.monetik.testing.TestRules;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 17 for TikTok Shop affiliate: tiered commissions, the Shop Ads rate, the rate lock lost on
 * removal, settlement and refunds by country, the two readings of a return after settlement, and
 * the regressions found (an order counted twice, events refused for their order, a cancelled order
 * printed as pending). Every number is worked out in the comments.
 */
class ShopRulesTest {
  static final LocalDate SET_UP = LocalDate.of(2025, 8, 11);
  static final TieredCommission TIERS = TieredCommission.of(SET_UP, Rate.percent(10), 2, Rate.percent(15));

  /** 8% until the tiered commission starts on 2025-08-11: 10% for a creator's first 2 orders, then 15%. */
  static Product cup() {
    return Product.of("cup", "Cup", usd("100.00"), Rate.percent(8), LocalDate.of(2025, 1, 1)).withTieredCommission(TIERS);
  }

  static Order pending(String id, Product p, LocalDate placed) {
    return Order.builder().id(id).addLines(OrderLine.of(p, 1, usd("100.00"))).addEvents(OrderEvent.placed(placed)).build();
  }

  // ---- regressions of issue 17 -------------------------------------------------------------

  @Test
  void theSameOrderTwiceIsRefusedNotCountedTwice() {
    LocalDate march31 = LocalDate.of(2025, 3, 31);
    assertThat(TIKTOK.statement(List.of(delivered()), march31).earned()).isEqualTo(usd("6.15"));
    // before: USD 12.30, the order counted twice
    assertThatThrownBy(() -> TIKTOK.statement(List.of(delivered(), delivered()), march31))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("orders[1] must be an order not in the statement yet, was order 'o-1' again");
    assertThatThrownBy(() -> List.of(delivered(), delivered()).stream().collect(TIKTOK.toStatement(march31)))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("orders must hold each order once, was order 'o-1' twice");
    assertThatThrownBy(() -> List.of(delivered(), delivered()).parallelStream().collect(TIKTOK.toStatement(march31)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'o-1' twice");
    CommissionStatement once = TIKTOK.statement(List.of(delivered()), march31);
    assertThatThrownBy(() -> once.plus(TIKTOK.commission(delivered(), march31)))
        .hasMessage("commission must be of an order not in the statement yet, was order 'o-1' again");
    assertThatThrownBy(() -> once.combine(once))
        .hasMessage("other must be a statement of other orders, was one with order 'o-1' in both");
    // an order placed after the as-of day is not in the statement, so giving it twice adds nothing twice
    assertThat(TIKTOK.statement(List.of(delivered(), delivered()), PLACED.minusDays(1)).isEmpty()).isTrue();
    // the refusal leaves the statement as it was
    assertThat(once.earned()).isEqualTo(usd("6.15"));
    assertThat(once.orderIds()).containsExactly("o-1");
  }

  @Test
  void eventsInAnyOrderAreTakenByTheirDates() {
    Order given = Order.builder().id("o-1").addLines(CommissionTest.lampLine())
        .addEvents(OrderEvent.delivered(PLACED.plusDays(4)), OrderEvent.placed(PLACED), OrderEvent.shipped(PLACED.plusDays(1)))
        .build();
    // before: refused as out of order, although the dates say placed, shipped, delivered
    assertThat(given).isEqualTo(delivered());
    assertThat(given.events()).extracting(OrderEvent::type)
        .containsExactly(OrderEvent.Type.PLACED, OrderEvent.Type.SHIPPED, OrderEvent.Type.DELIVERED);
    assertThat(TIKTOK.commission(given).payable()).isEqualTo(usd("6.15"));
    // one day's events in lifecycle order, whatever order they are given in
    Order sameDay = Order.builder().id("o-2").addLines(CommissionTest.lampLine())
        .addEvents(OrderEvent.cancelled(PLACED), OrderEvent.placed(PLACED)).build();
    assertThat(sameDay.events()).extracting(OrderEvent::type).containsExactly(OrderEvent.Type.PLACED, OrderEvent.Type.CANCELLED);
    Order refundsOneDay = delivered().withEvents(List.of(OrderEvent.refunded(PLACED.plusDays(9), usd("2.00")),
        OrderEvent.returned(PLACED.plusDays(9)), OrderEvent.refunded(PLACED.plusDays(9), usd("1.00")),
        OrderEvent.delivered(PLACED.plusDays(4)), OrderEvent.shipped(PLACED.plusDays(1)), OrderEvent.placed(PLACED)));
    assertThat(refundsOneDay.events()).extracting(OrderEvent::toString).containsExactly("PLACED 2025-03-03",
        "SHIPPED 2025-03-04", "DELIVERED 2025-03-07", "REFUNDED 2025-03-12 USD 1.00", "REFUNDED 2025-03-12 USD 2.00",
        "RETURNED 2025-03-12");
    assertThat(delivered().with(OrderEvent.refunded(PLACED.plusDays(2), usd("1.00"))).events().get(2))
        .isEqualTo(OrderEvent.refunded(PLACED.plusDays(2), usd("1.00")));
  }

  @Test
  void statusesSayWhatHappened() {
    LocalDate march31 = LocalDate.of(2025, 3, 31);
    Order cancelled = Order.builder().id("o-7").addLines(OrderLine.of(lamp(), 1, usd("24.00")))
        .addEvents(OrderEvent.placed(PLACED), OrderEvent.cancelled(PLACED.plusDays(1))).build();
    OrderCommission c = TIKTOK.commission(cancelled, march31);
    // before: "PENDING, ended by CANCELLED ... commission USD 3.60"
    assertThat(c.status()).isEqualTo(OrderCommission.Status.CANCELLED);
    assertThat(c.commission()).isEqualTo(usd("3.60"));
    assertThat(c.earned()).isEqualTo(usd("0.00"));
    assertThat(c.toString()).startsWith("Commission for order o-7 (TikTok Shop, as of 2025-03-31): CANCELLED on 2025-03-04:"
        + " no commission\n").doesNotContain("PENDING").doesNotContain("ended by").doesNotContain("commission USD 3.60")
        .endsWith("3.60    0.00     0.00     0.00      0.00");
    OrderCommission refunded = TIKTOK.commission(delivered(OrderEvent.refunded(PLACED.plusDays(6), usd("49.52"))), march31);
    assertThat(refunded.status()).isEqualTo(OrderCommission.Status.REFUNDED);
    assertThat(refunded.toString()).contains("): REFUNDED in full: no commission");
    OrderCommission returnedEarly = TIKTOK.commission(delivered(OrderEvent.returned(PLACED.plusDays(7))), march31);
    assertThat(returnedEarly.toString()).contains("): RETURNED on 2025-03-10: no commission");
    OrderCommission returnedLate = TIKTOK.commission(delivered(OrderEvent.returned(LocalDate.of(2025, 3, 30))), march31);
    assertThat(returnedLate.toString()).contains("): RETURNED on 2025-03-30 after settling on 2025-03-22: commission reversed");
    assertThat(returnedLate.isSettled()).isTrue();
    assertThat(TIKTOK.commission(delivered(), march31).toString()).contains("): SETTLED on 2025-03-22, returns close 2025-04-06");
    assertThat(TIKTOK.commission(delivered(OrderEvent.fraud(LocalDate.of(2025, 3, 25))), march31).toString())
        .contains("): FRAUD on 2025-03-25 after settling on 2025-03-22: commission reversed");
  }

  // ---- tiered commissions ------------------------------------------------------------------

  @Test
  void tieredCommissionsPayTheSecondRateFromTheOrderAfterTheThreshold() {
    Product cup = cup();
    Order before = pending("t-0", cup, SET_UP.minusDays(1)); // 8% fixed: 8.00, does not count
    Order first = pending("t-1", cup, SET_UP);              // #1: 10.00
    Order second = pending("t-2", cup, SET_UP.plusDays(1)); // #2: 10.00 (same day as t-3, first by id)
    Order third = pending("t-3", cup, SET_UP.plusDays(1));  // #3: 15.00
    Order fourth = pending("t-4", cup, SET_UP.plusDays(9)); // #4: 15.00
    List<Order> all = List.of(fourth, third, before, second, first);
    CommissionStatement s = TIKTOK.statement(all, LocalDate.of(2025, 9, 1));
    assertThat(s.pending()).isEqualTo(usd("58.00"));
    assertThat(s.byProduct().get("cup").pending()).isEqualTo(usd("58.00"));
    assertThat(s.byCampaign()).containsOnlyKeys("(open)");
    assertThat(s.byCampaign().get("(open)").pending()).isEqualTo(usd("58.00"));
    assertThat(s.byMonth().get(java.time.YearMonth.of(2025, 8)).pending()).isEqualTo(usd("58.00"));
    // an order alone shows the first tier, the estimate TikTok shows until the threshold is met
    OrderCommission alone = TIKTOK.commission(fourth);
    assertThat(alone.pending()).isEqualTo(usd("10.00"));
    assertThat(alone.lines().get(0).rate()).hasToString("10% tiered (first 2 orders, then 15%)");
    assertThat(alone.lines().get(0).rate().kind()).isEqualTo(AppliedRate.Origin.TIERED);
    assertThat(TIKTOK.rateFor(cup, SET_UP.minusDays(1))).hasToString("8% open");
    // a statement ranks only the orders it is given: give it every order since the set-up
    assertThat(TIKTOK.statement(List.of(third, fourth), LocalDate.of(2025, 9, 1)).pending()).isEqualTo(usd("20.00"));
    CommissionStatement halves = TIKTOK.statement(List.of(third, fourth), LocalDate.of(2025, 9, 1))
        .combine(TIKTOK.statement(List.of(before, first, second), LocalDate.of(2025, 9, 1)));
    assertThat(halves).isEqualTo(s);
    CommissionStatement folded = TIKTOK.emptyStatement();
    for (Order o : all) {
      folded = folded.plus(TIKTOK.commission(o, LocalDate.of(2025, 9, 1)));
    }
    assertThat(folded).isEqualTo(s);
    assertThat(all.parallelStream().collect(TIKTOK.toStatement(LocalDate.of(2025, 9, 1)))).isEqualTo(s);
  }

  @Test
  void eachProductCountsItsOwnOrders() {
    Product cup = cup();
    Product bowl = Product.of("bowl", "Bowl", usd("100.00"), Rate.percent(8), LocalDate.of(2025, 1, 1))
        .withTieredCommission(TieredCommission.of(SET_UP, Rate.percent(20), 1, Rate.percent(30)));
    List<Order> orders = List.of(pending("z-1", bowl, SET_UP.plusDays(5)), pending("a-1", cup, SET_UP.plusDays(3)),
        pending("z-2", bowl, SET_UP.plusDays(1)), pending("a-2", cup, SET_UP.plusDays(4)),
        pending("a-3", cup, SET_UP.plusDays(9)), Order.builder().id("a-4").addLines(OrderLine.of(cup, 1, usd("100.00")),
            OrderLine.of(cup, 1, usd("100.00"))).addEvents(OrderEvent.placed(SET_UP.plusDays(10))).build());
    CommissionStatement s = TIKTOK.statement(orders, SET_UP.plusDays(20));
    // cup: 10 + 10, then 15, then 15 + 15 (one order of two lines counts once); bowl: 20, then 30
    assertThat(s.byProduct().get("cup").pending()).isEqualTo(usd("65.00"));
    assertThat(s.byProduct().get("bowl").pending()).isEqualTo(usd("50.00"));
    assertThat(s.pending()).isEqualTo(usd("115.00"));
  }

  @Test
  void aCancelledOrderStillCountsTowardTheThresholdAndACampaignOrderDoesNot() {
    Product cup = cup();
    Order first = pending("t-1", cup, SET_UP);
    Order cancelled = Order.builder().from(pending("t-2", cup, SET_UP.plusDays(1)))
        .addEvents(OrderEvent.cancelled(SET_UP.plusDays(1))).build();
    Order third = pending("t-3", cup, SET_UP.plusDays(2));
    // 10.00 + 0 (cancelled, but the creator's 2nd order) + 15.00
    assertThat(TIKTOK.statement(List.of(first, cancelled, third), SET_UP.plusDays(20)).earned()).isEqualTo(usd("25.00"));
    Product promoted = cup.withCampaign(Campaign.of("push", Rate.percent(30), SET_UP.plusDays(1), SET_UP.plusDays(1)));
    Order inCampaign = pending("t-2", promoted, SET_UP.plusDays(1)); // 30.00, outside the plan
    Order later = pending("t-3", promoted, SET_UP.plusDays(2));     // the plan's 2nd order: 10.00
    Order last = pending("t-4", promoted, SET_UP.plusDays(3));      // 3rd: 15.00
    assertThat(TIKTOK.statement(List.of(pending("t-1", promoted, SET_UP), inCampaign, later, last), SET_UP.plusDays(20))
        .earned()).isEqualTo(usd("65.00"));
  }

  @Test
  void aTieredCommissionIsNotCombinableWithAFixedRateAndOnlyGoesUp() {
    assertThatThrownBy(() -> cup().withRateFrom(SET_UP.plusDays(1), Rate.percent(20)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("tieredCommission of product 'cup' must start after its last fixed rate change 20% from 2025-08-12"
            + " (a product pays a fixed or a tiered rate, not both), was from 2025-08-11");
    assertThatThrownBy(() -> Product.of("p", "P", usd("1"), Rate.percent(8), SET_UP.plusDays(1)).withTieredCommission(TIERS))
        .hasMessageContaining("must start after its last fixed rate change 8% from 2025-08-12");
    // tiered from its first day: the one fixed entry is never paid
    Product fromTheStart = Product.of("p", "P", usd("1"), Rate.percent(10), SET_UP).withTieredCommission(TIERS);
    assertThat(TIKTOK.rateFor(fromTheStart, SET_UP).kind()).isEqualTo(AppliedRate.Origin.TIERED);
    assertThatThrownBy(() -> TieredCommission.of(SET_UP, Rate.percent(10), 100, Rate.percent(8)))
        .hasMessage("thenRate must be above firstRate 10% (tiered rates only go up), was 8%");
    assertThatThrownBy(() -> TieredCommission.of(SET_UP, Rate.percent(10), 100, Rate.percent(10)))
        .hasMessageStartingWith("thenRate must be above firstRate 10%");
    assertThatThrownBy(() -> TieredCommission.of(SET_UP, Rate.percent(10), 0, Rate.percent(15)))
        .hasMessage("firstOrders must be >= 1, was 0");
    assertThatThrownBy(() -> TieredCommission.of(null, Rate.percent(10), 1, Rate.percent(15))).hasMessage("from");
    assertThatThrownBy(() -> TieredCommission.of(SET_UP, null, 1, Rate.percent(15))).hasMessage("firstRate");
    assertThatThrownBy(() -> TieredCommission.of(SET_UP, Rate.percent(10), 1, null)).hasMessage("thenRate");
    TieredCommission big = TieredCommission.of(SET_UP, Rate.percent(10), 1_000, Rate.percent(90));
    assertThat(big).hasToString("10% for the first 1,000 orders, then 90%, from 2025-08-11")
        .isEqualTo(TieredCommission.of(SET_UP, Rate.percent(10), 1_000, Rate.percent(90)))
        .hasSameHashCodeAs(TieredCommission.of(SET_UP, Rate.percent(10), 1_000, Rate.percent(90)))
        .isNotEqualTo(TIERS).isNotEqualTo("x");
    assertThat(big.from()).isEqualTo(SET_UP);
    assertThat(big.firstRate()).isEqualTo(Rate.percent(10));
    assertThat(big.firstOrders()).isEqualTo(1_000);
    assertThat(big.thenRate()).isEqualTo(Rate.percent(90));
    assertThat(TieredCommission.of(SET_UP, Rate.percent(10), 1, Rate.percent(15))).hasToString(
        "10% for the first 1 order, then 15%, from 2025-08-11");
    // the policy's range applies to both tiers
    Product tooHigh = cup().withTieredCommission(big);
    assertThatThrownBy(() -> TIKTOK.rateFor(tooHigh, SET_UP))
        .hasMessage("tieredCommission of product 'cup' must be within 1%–80% (TikTok Shop), was 90%");
  }

  @Test
  void aCreatorPromotingBeforeTheSetUpKeepsAHigherFixedRateForTheLockPeriod() {
    Product mug = Product.of("mug", "Mug", usd("100.00"), Rate.percent(20), LocalDate.of(2025, 1, 1)).withTieredCommission(TIERS);
    // promoting since before every change: 20% is locked for 30 days after the set-up, above both tiers
    assertThat(TIKTOK.rateFor(mug, SET_UP.plusDays(4))).hasToString("20% locked (20% from 2025-01-01)");
    OrderCommission locked = TIKTOK.commission(pending("m-1", mug, SET_UP.plusDays(4)));
    assertThat(locked.pending()).isEqualTo(usd("20.00"));
    // a creator who started on the set-up day gets the tier at once
    OrderLine fresh = OrderLine.builder().product(mug).quantity(1).unitPrice(usd("100.00")).promotingSince(SET_UP).build();
    assertThat(TIKTOK.rateFor(mug, SET_UP.plusDays(4), SET_UP)).hasToString("10% tiered (first 2 orders, then 15%)");
    assertThat(TIKTOK.commission(Order.builder().id("m-2").addLines(fresh).addEvents(OrderEvent.placed(SET_UP.plusDays(4)))
        .build()).pending()).isEqualTo(usd("10.00"));
    // 30 days after the set-up the tiers apply to everyone
    assertThat(TIKTOK.rateFor(mug, SET_UP.plusDays(30)).kind()).isEqualTo(AppliedRate.Origin.TIERED);
    // a fixed rate between the tiers protects the first tier only
    Product bowl = Product.of("bowl", "Bowl", usd("100.00"), Rate.percent(12), LocalDate.of(2025, 1, 1)).withTieredCommission(TIERS);
    List<Order> orders = List.of(pending("b-1", bowl, SET_UP), pending("b-2", bowl, SET_UP), pending("b-3", bowl, SET_UP));
    // 12 + 12 (locked above 10%) + 15 (the second tier is above 12%)
    assertThat(TIKTOK.statement(orders, SET_UP).pending()).isEqualTo(usd("39.00"));
  }

  // ---- Shop Ads rate ------------------------------------------------------------------------

  @Test
  void adDrivenSalesEarnTheShopAdsRateUnlessACampaignCovers() {
    Product pan = Product.of("pan", "Pan", usd("100.00"), Rate.percent(10), LocalDate.of(2025, 1, 1));
    Product withAds = pan.withShopAdsRate(Rate.percent(5));
    OrderLine organic = OrderLine.of(withAds, 1, usd("100.00"));
    OrderLine ad = organic.withAdDriven(true);
    assertThat(ad.isAdDriven()).isTrue();
    assertThat(organic.isAdDriven()).isFalse();
    Order o = Order.builder().id("a-1").addLines(organic, ad).addEvents(OrderEvent.placed(PLACED)).build();
    OrderCommission c = TIKTOK.commission(o);
    assertThat(c.lines()).extracting(LineCommission::commission).containsExactly(usd("10.00"), usd("5.00"));
    assertThat(c.lines().get(1).rate()).hasToString("5% Shop Ads");
    assertThat(c.lines().get(1).rate().detail()).isEmpty();
    assertThat(c.lines().get(1).toString()).contains("x 5% Shop Ads (ad-driven) = 5.00");
    // no Shop Ads rate: an ad-driven sale earns the standard rate
    Order standard = Order.builder().id("a-2").addLines(OrderLine.of(pan, 1, usd("100.00")).withAdDriven(true))
        .addEvents(OrderEvent.placed(PLACED)).build();
    assertThat(TIKTOK.commission(standard).commission()).isEqualTo(usd("10.00"));
    // a Target Collaboration (campaign) overrides the Shop Ads rate
    Product targeted = withAds.withCampaign(Campaign.of("target", Rate.percent(25), PLACED, PLACED));
    Order t = Order.builder().id("a-3").addLines(OrderLine.of(targeted, 1, usd("100.00")).withAdDriven(true))
        .addEvents(OrderEvent.placed(PLACED)).build();
    assertThat(TIKTOK.commission(t).commission()).isEqualTo(usd("25.00"));
    // the Shop Ads rate lies in the programme's range too
    Product tooHigh = pan.withShopAdsRate(Rate.percent(85));
    Order bad = Order.builder().id("a-4").addLines(OrderLine.of(tooHigh, 1, usd("100.00")).withAdDriven(true))
        .addEvents(OrderEvent.placed(PLACED)).build();
    assertThatThrownBy(() -> TIKTOK.commission(bad)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("shopAdsRate of product 'pan' must be within 1%–80% (TikTok Shop), was 85%");
    assertThat(withAds.shopAdsRate()).contains(Rate.percent(5));
    assertThat(pan.shopAdsRate()).isEmpty();
  }

  // ---- the rate lock, lost on removal ---------------------------------------------------------

  @Test
  void aCreatorWhoRemovedTheProductLostTheLock() {
    LocalDate cut = LocalDate.of(2025, 3, 1);
    Product down = Product.of("p", "P", usd("100.00"), Rate.percent(20), LocalDate.of(2025, 1, 1)).withRateFrom(cut, Rate.percent(10));
    OrderLine always = OrderLine.of(down, 1, usd("100.00"));
    Order kept = Order.builder().id("l-1").addLines(always).addEvents(OrderEvent.placed(cut.plusDays(9))).build();
    assertThat(TIKTOK.commission(kept).commission()).isEqualTo(usd("20.00"));
    // removed on 2025-03-05 and added again the next day: promoting since 2025-03-06, the lock is gone
    Order lost = Order.builder().id("l-2").addLines(always.withPromotingSince(cut.plusDays(5)))
        .addEvents(OrderEvent.placed(cut.plusDays(9))).build();
    assertThat(TIKTOK.commission(lost).commission()).isEqualTo(usd("10.00"));
    assertThat(TIKTOK.commission(lost).lines().get(0).rate()).hasToString("10% open");
    assertThatThrownBy(() -> TIKTOK.rateFor(down, cut, cut.plusDays(1)))
        .hasMessage("promotingSince must be on or before the day of the sale 2025-03-01, was 2025-03-02");
  }

  // ---- settlement, refunds and returns by country --------------------------------------------

  @Test
  void theUsSettlesFifteenDaysAfterDeliveryAndReturnsCloseAfterThirty() {
    OrderCommission c = TIKTOK.commission(delivered(), LocalDate.of(2025, 3, 31));
    assertThat(c.settlementDate()).contains(LocalDate.of(2025, 3, 22));
    assertThat(c.returnsCloseOn()).contains(LocalDate.of(2025, 4, 6));
  }

  @Test
  void bothReadingsOfAReturnAfterSettlementAreSelectable() {
    Order returned = delivered(OrderEvent.returned(LocalDate.of(2025, 3, 30)));
    LocalDate april = LocalDate.of(2025, 4, 1);
    OrderCommission back = TIKTOK.commission(returned, april);
    assertThat(TIKTOK.commissionPolicy().returnsAfterSettlement()).isEqualTo(ReturnsAfterSettlement.CLAWED_BACK);
    assertThat(back.payable()).isEqualTo(usd("6.15"));
    assertThat(back.reversed()).isEqualTo(usd("-6.15"));
    assertThat(back.earned()).isEqualTo(usd("0.00"));
    Affiliate kept = Affiliate.of(TIKTOK.commissionPolicy().withReturnsAfterSettlement(ReturnsAfterSettlement.KEPT),
        TestRules.PROVENANCE);
    OrderCommission k = kept.commission(returned, april);
    assertThat(k.payable()).isEqualTo(usd("6.15"));
    assertThat(k.reversed()).isEqualTo(usd("0.00"));
    assertThat(k.earned()).isEqualTo(usd("6.15"));
    assertThat(k.status()).isEqualTo(OrderCommission.Status.RETURNED);
    assertThat(k.toString()).contains("RETURNED on 2025-03-30 after settling on 2025-03-22: commission kept");
    // a partial refund after settlement is kept too; one before settlement still cuts it
    assertThat(kept.commission(delivered(OrderEvent.refunded(LocalDate.of(2025, 3, 25), usd("24.76"))), april).earned())
        .isEqualTo(usd("6.15"));
    assertThat(kept.commission(delivered(OrderEvent.refunded(LocalDate.of(2025, 3, 12), usd("24.76"))), april).earned())
        .isEqualTo(usd("3.08"));
    // fraud after settlement is reversed under both readings
    OrderCommission fraud = kept.commission(delivered(OrderEvent.fraud(LocalDate.of(2025, 3, 25))), april);
    assertThat(fraud.reversed()).isEqualTo(usd("-6.15"));
    assertThat(fraud.earned()).isEqualTo(usd("0.00"));
    // a return before settlement earns nothing under both
    assertThat(kept.commission(delivered(OrderEvent.returned(LocalDate.of(2025, 3, 10))), april).earned()).isEqualTo(usd("0.00"));
  }

  @Test
  void indonesiaSubtractsRefundsFromTheBase() {
    Affiliate id = Monetik.defaults().forCountry("ID").affiliate();
    Order refunded = delivered(OrderEvent.refunded(PLACED.plusDays(7), usd("10.00")));
    OrderCommission c = id.commission(refunded, LocalDate.of(2025, 3, 31));
    // (41.00 - 10.00) x 15% = 4.65
    assertThat(c.earned()).isEqualTo(usd("4.65"));
    assertThat(c.payable()).isEqualTo(usd("4.65"));
    // pro rata in the US: 6.15 x (49.52 - 10.00) / 49.52 = 4.908... -> 4.91
    assertThat(TIKTOK.commission(refunded, LocalDate.of(2025, 3, 31)).earned()).isEqualTo(usd("4.91"));
    assertThat(c.settlementDate()).contains(LocalDate.of(2025, 3, 22));
    assertThat(c.returnsCloseOn()).contains(LocalDate.of(2025, 3, 13));
    // refunds larger than the base leave nothing, never a negative commission
    Order mostly = delivered(OrderEvent.refunded(PLACED.plusDays(7), usd("45.00")));
    assertThat(id.commission(mostly).earned()).isEqualTo(usd("0.00"));
    assertThat(id.provenance().notes()).anyMatch(n -> n.contains("the 15th is taken"));
    assertThat(c.toString()).contains("\nnote: TikTok Shop Indonesia pays on the 3rd or the 15th day after delivery");
  }

  @Test
  void vietnamIsPaidOnTheFirstOrSixteenthAfterItsFourteenDays() {
    Affiliate vn = Monetik.defaults().forCountry("VN").affiliate();
    // delivered 2025-03-07, computed 2025-03-21, paid 2025-04-01
    OrderCommission c = vn.commission(delivered(), LocalDate.of(2025, 3, 31));
    assertThat(c.settlementDate()).contains(LocalDate.of(2025, 4, 1));
    assertThat(c.status()).isEqualTo(OrderCommission.Status.PENDING);
    assertThat(vn.commission(delivered(), LocalDate.of(2025, 4, 1)).payable()).isEqualTo(usd("6.15"));
    // delivered 2025-03-01, computed 2025-03-15, paid 2025-03-16; computed on a pay day, paid on the next one
    Order early = Order.builder().id("v-1").addLines(CommissionTest.lampLine()).addEvents(OrderEvent.placed(
        LocalDate.of(2025, 2, 27)), OrderEvent.shipped(LocalDate.of(2025, 2, 28)), OrderEvent.delivered(LocalDate.of(2025, 3, 1)))
        .build();
    assertThat(vn.commission(early).settlementDate()).contains(LocalDate.of(2025, 3, 16));
    Order onPayDay = early.withEvents(List.of(OrderEvent.placed(LocalDate.of(2025, 2, 27)), OrderEvent.shipped(
        LocalDate.of(2025, 2, 28)), OrderEvent.delivered(LocalDate.of(2025, 3, 2))));
    assertThat(vn.commission(onPayDay).settlementDate()).contains(LocalDate.of(2025, 4, 1));
    assertThat(c.returnsCloseOn()).contains(LocalDate.of(2025, 3, 22));
    CommissionStatement s = vn.statement(List.of(delivered()), LocalDate.of(2025, 3, 31));
    assertThat(s.toString()).endsWith("\nnote: TikTok Shop Vietnam's pay days (computed 14 days after delivery, paid on the"
        + " next 1st or 16th) come from one source (confidence L); its 10% personal income tax is not deducted.");
  }

  @Test
  void aCountryWithoutTermsOfItsOwnSaysSoOnEveryResult() {
    Affiliate gb = Monetik.defaults().forCountry("GB").affiliate();
    assertThat(gb.commissionPolicy().withNotes(List.of())).isEqualTo(AffiliatePresets.unitedStates());
    OrderCommission c = gb.commission(delivered());
    assertThat(c.payable()).isEqualTo(usd("6.15"));
    assertThat(c.toString()).contains("\nnote: TikTok Shop's affiliate terms in 'GB' are not in the sources");
    assertThat(c.provenance()).isEqualTo(gb.provenance());
    assertThat(c).isNotEqualTo(TIKTOK.commission(delivered()));
    assertThatThrownBy(() -> TIKTOK.emptyStatement().plus(c)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("commission must be under the statement's rules latest, was 'latest GB");
    assertThatThrownBy(() -> TIKTOK.emptyStatement().combine(gb.emptyStatement()))
        .hasMessageStartingWith("other must be under the statement's rules latest, was 'latest GB");
  }
}
