package io.github.monetik.affiliate;

import static io.github.monetik.affiliate.CommissionTest.JAN;
import static io.github.monetik.affiliate.CommissionTest.PLACED;
import static io.github.monetik.affiliate.CommissionTest.TIKTOK;
import static io.github.monetik.affiliate.CommissionTest.lamp;
import static io.github.monetik.affiliate.CommissionTest.lampLine;
import static io.github.monetik.affiliate.CommissionTest.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.monetik.affiliate.CommissionPolicy.RateSource;
import io.github.monetik.money.CurrencyMismatchException;
import io.github.monetik.money.Money;
import io.github.monetik.money.Rate;
import io.github.monetik.rules.AffiliatePresets;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Bad input from issue 6: a clear exception naming the field and the value, never a commission. */
class BadInputTest {
  static Order order(OrderEvent... events) {
    return Order.builder().id("o-9").addLines(lampLine()).addEvents(events).build();
  }

  @Test
  void ratesOutsideOneToEightyPercent() {
    Product high = Product.of("hi", "High", usd("1.00"), Rate.percent(85), JAN);
    Order o = Order.builder().id("o").addLines(OrderLine.of(high, 1, usd("1.00"))).addEvents(OrderEvent.placed(PLACED)).build();
    assertThatThrownBy(() -> TIKTOK.commission(o)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("rate of product 'hi' (85% from 2025-01-01) must be within 1%–80% (TikTok Shop), was 85%");
    Product low = Product.of("lo", "Low", usd("1.00"), Rate.percent("0.5"), JAN);
    assertThatThrownBy(() -> TIKTOK.rateFor(low, PLACED)).hasMessageContaining("was 0.5%");
    Product exactlyEighty = Product.of("ok", "OK", usd("1.00"), Rate.percent(80), JAN);
    assertThat(TIKTOK.rateFor(exactlyEighty, PLACED).rate()).isEqualTo(Rate.percent(80));
    assertThat(TIKTOK.rateFor(Product.of("ok", "OK", usd("1.00"), Rate.percent(1), JAN), PLACED).rate())
        .isEqualTo(Rate.percent(1));
    Product campaign = lamp().withCampaign(Campaign.of("big", Rate.percent(90), PLACED, PLACED));
    assertThatThrownBy(() -> TIKTOK.rateFor(campaign, PLACED))
        .hasMessage("campaign 'big' rate of product 'lamp-01' must be within 1%–80% (TikTok Shop), was 90%");
    assertThatThrownBy(() -> AffiliatePresets.flatCategoryRates(Map.of("toys", Rate.percent(12)), 0))
        .hasMessage("categoryRates[toys] must be within 1%–10% (flat category rates), was 12%");
    assertThatThrownBy(() -> Rate.percent(-1)).hasMessage("percent must be in [0, 100], was -1");
  }

  @Test
  void negativePricesAndQuantities() {
    assertThatThrownBy(() -> OrderLine.of(lamp(), 0, usd("1.00"))).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("quantity must be >= 1, was 0");
    assertThatThrownBy(() -> OrderLine.of(lamp(), -3, usd("1.00"))).hasMessage("quantity must be >= 1, was -3");
    assertThatThrownBy(() -> OrderLine.of(lamp(), 1, usd("-1.00"))).hasMessage("unitPrice must be >= 0, was USD -1.00");
    assertThatThrownBy(() -> lampLine().withSellerDiscount(usd("-0.01")))
        .hasMessage("sellerDiscount must be >= 0, was USD -0.01");
    assertThatThrownBy(() -> lampLine().withPlatformDiscount(usd("50.00")))
        .hasMessage("sellerDiscount + platformDiscount must not exceed quantity x unitPrice USD 48.00, was USD 54.00");
    assertThatThrownBy(() -> lampLine().withUnitPrice(usd("0.001")))
        .hasMessage("unitPrice must be in whole minor units of USD, was USD 0.001");
    assertThatThrownBy(() -> lampLine().withSellerDiscount(Money.of("1", "EUR")))
        .hasMessage("sellerDiscount must be in the unitPrice's currency USD, was EUR 1.00");
    assertThatThrownBy(() -> OrderLine.of(lamp(), 1, Money.of("1", "XAU")))
        .hasMessage("unitPrice must be in a currency with a minor unit, was XAU");
    assertThatThrownBy(() -> OrderLine.of(lamp(), Long.MAX_VALUE, usd("2.00")))
        .hasMessageStartingWith("quantity x unitPrice plus tax and shipping must fit");
    assertThatThrownBy(() -> Product.of("p", "P", usd("-1"), Rate.percent(5), JAN)).hasMessage("price must be >= 0, was USD -1.00");
    assertThatThrownBy(() -> Product.of(" ", "P", usd("1"), Rate.percent(5), JAN)).hasMessage("id must not be blank, was ' '");
  }

  @Test
  void refundsLargerThanWhatWasPaid() {
    assertThatThrownBy(() -> order(OrderEvent.placed(PLACED), OrderEvent.refunded(PLACED, usd("49.53"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("events[1] REFUNDED 2025-03-03 USD 49.53 of order 'o-9': refunds must not exceed what the customer "
            + "paid USD 49.52, were USD 49.53");
    assertThatThrownBy(() -> order(OrderEvent.placed(PLACED), OrderEvent.refunded(PLACED, usd("40.00")),
        OrderEvent.refunded(PLACED, usd("10.00")))).hasMessageContaining("were USD 50.00");
    assertThatThrownBy(() -> order(OrderEvent.placed(PLACED), OrderEvent.refunded(PLACED, Money.of("1", "EUR"))))
        .hasMessageContaining("a refund must be in the order's currency USD, was EUR 1.00");
    assertThatThrownBy(() -> order(OrderEvent.placed(PLACED), OrderEvent.refunded(PLACED, usd("0.001"))))
        .hasMessageContaining("a refund must be in whole minor units, was USD 0.001");
    assertThatThrownBy(() -> OrderEvent.refunded(PLACED, usd("0"))).hasMessage("amount of a refund must be > 0, was USD 0.00");
    assertThatThrownBy(() -> OrderEvent.of(OrderEvent.Type.REFUNDED, PLACED)).hasMessageContaining("needs an amount");
  }

  @Test
  void lifecyclesThatCannotHappenInAnyOrderOfTheirDates() {
    LocalDate d = PLACED;
    assertThatThrownBy(() -> order(OrderEvent.placed(d), OrderEvent.delivered(d.plusDays(1))))
        .hasMessage("events[1] DELIVERED 2025-03-04 of order 'o-9' is out of order: DELIVERED before any SHIPPED event");
    // by their dates, the delivery came before the shipping: named by its place in what was given
    assertThatThrownBy(() -> order(OrderEvent.placed(d), OrderEvent.shipped(d.plusDays(3)), OrderEvent.delivered(d.plusDays(2))))
        .hasMessage("events[2] DELIVERED 2025-03-05 of order 'o-9' is out of order: DELIVERED before any SHIPPED event");
    assertThatThrownBy(() -> order(OrderEvent.shipped(d)))
        .hasMessage("events of order 'o-9' must start with PLACED, was SHIPPED 2025-03-03 first (events[0])");
    assertThatThrownBy(() -> order(OrderEvent.placed(d), OrderEvent.shipped(d.minusDays(1))))
        .hasMessage("events of order 'o-9' must start with PLACED, was SHIPPED 2025-03-02 first (events[1])");
    assertThatThrownBy(() -> order()).hasMessage("events of order 'o-9' must start with PLACED, was no event");
    assertThatThrownBy(() -> order(OrderEvent.placed(d), OrderEvent.placed(d)))
        .hasMessage("events[1] PLACED 2025-03-03 of order 'o-9': an order is placed once, first");
    assertThatThrownBy(() -> order(OrderEvent.placed(d), OrderEvent.shipped(d), OrderEvent.cancelled(d)))
        .hasMessage("events[2] CANCELLED 2025-03-03 of order 'o-9' is out of order: CANCELLED after SHIPPED on 2025-03-03"
            + " (after shipping, use REFUNDED or RETURNED)");
    // one day's events are taken in lifecycle order: a same-day cancellation comes after the shipping
    assertThatThrownBy(() -> order(OrderEvent.placed(d), OrderEvent.cancelled(d), OrderEvent.shipped(d)))
        .hasMessageContaining("events[1] CANCELLED 2025-03-03 of order 'o-9' is out of order: CANCELLED after SHIPPED");
    assertThatThrownBy(() -> order(OrderEvent.placed(d), OrderEvent.cancelled(d), OrderEvent.shipped(d.plusDays(1))))
        .hasMessage("events[2] SHIPPED 2025-03-04 of order 'o-9' comes after the order ended: CANCELLED on 2025-03-03");
    assertThatThrownBy(() -> order(OrderEvent.placed(d), OrderEvent.shipped(d), OrderEvent.returned(d)))
        .hasMessageContaining("RETURNED before any DELIVERED event");
    assertThatThrownBy(() -> order(OrderEvent.placed(d), OrderEvent.shipped(d), OrderEvent.shipped(d)))
        .hasMessageContaining("already SHIPPED on 2025-03-03");
    assertThatThrownBy(() -> order(OrderEvent.placed(d), OrderEvent.shipped(d), OrderEvent.delivered(d), OrderEvent.delivered(d)))
        .hasMessageContaining("already DELIVERED on 2025-03-03");
    assertThatThrownBy(() -> order(OrderEvent.placed(d), OrderEvent.fraud(d), OrderEvent.shipped(d.plusDays(1))))
        .hasMessageContaining("comes after the order ended: FRAUD");
    assertThatThrownBy(() -> order(OrderEvent.placed(d), OrderEvent.fraud(d), OrderEvent.cancelled(d)))
        .hasMessage("events[1] FRAUD 2025-03-03 of order 'o-9' comes after the order ended: CANCELLED on 2025-03-03");
    assertThatThrownBy(() -> Order.builder().id("o").addLines(lampLine().withQuantity(1)).addEvents(OrderEvent.placed(d))
        .build().withEvents(List.of(OrderEvent.placed(d), OrderEvent.shipped(d.minusDays(1)))))
        .hasMessageContaining("must start with PLACED");
  }

  @Test
  void orderStructure() {
    assertThatThrownBy(() -> Order.builder().id("o").addEvents(OrderEvent.placed(PLACED)).build())
        .hasMessage("lines of order 'o' must not be empty, was []");
    assertThatThrownBy(() -> Order.builder().id("").addLines(lampLine()).addEvents(OrderEvent.placed(PLACED)).build())
        .hasMessage("id must not be blank, was ''");
    assertThatThrownBy(() -> Order.builder().id("o").addLines(lampLine(), OrderLine.of(lamp(), 1, Money.of("1", "EUR")))
        .addEvents(OrderEvent.placed(PLACED)).build())
        .hasMessage("lines[1] of order 'o' must be in the order's currency USD (one currency per order), was EUR 1.00");
    OrderLine promoted = OrderLine.builder().from(lampLine()).promotingSince(PLACED.plusDays(1)).build();
    assertThatThrownBy(() -> Order.builder().id("o").addLines(promoted).addEvents(OrderEvent.placed(PLACED)).build())
        .hasMessage("lines[0].promotingSince of order 'o' must not be after the order was placed 2025-03-03, was 2025-03-04");
    // Found by AffiliateHostileInputPropertiesTest (seed -4036464421580): new events that move the
    // placing day before a line's promotingSince are refused, naming that line, not the events.
    Order promotedLater = Order.builder().id("o").addLines(promoted).addEvents(OrderEvent.placed(PLACED.plusDays(1))).build();
    assertThatThrownBy(() -> promotedLater.withEvents(java.util.List.of(OrderEvent.placed(PLACED))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("lines[0].promotingSince of order 'o' must not be after the order was placed 2025-03-03, was 2025-03-04");
    Order before = Order.builder().id("o").addLines(lampLine()).addEvents(OrderEvent.placed(JAN.minusDays(1))).build();
    assertThatThrownBy(() -> TIKTOK.commission(before))
        .hasMessage("day 2024-12-31 is before product 'lamp-01' paid commission (from 2025-01-01)");
  }

  @Test
  void productStructure() {
    assertThatThrownBy(() -> lamp().withRateFrom(JAN, Rate.percent(5)))
        .hasMessage("rateHistory of product 'lamp-01' must be in increasing date order, was 5% from 2025-01-01 after 15% from 2025-01-01");
    assertThatThrownBy(() -> Product.builder().id("p").title("P").price(usd("1")).build())
        .hasMessage("rateHistory of product 'p' must not be empty, was []");
    Campaign a = Campaign.of("a", Rate.percent(20), PLACED, PLACED.plusDays(5));
    assertThatThrownBy(() -> lamp().withCampaign(a).withCampaign(Campaign.of("b", Rate.percent(20), PLACED.plusDays(5), PLACED.plusDays(6))))
        .hasMessage("campaigns of product 'lamp-01' must not overlap, was 'a' (2025-03-03..2025-03-08) and 'b' (2025-03-08..2025-03-09)");
    assertThat(lamp().withCampaign(a).withCampaign(Campaign.of("b", Rate.percent(20), PLACED.plusDays(6), PLACED.plusDays(6)))
        .campaigns()).hasSize(2);
    assertThatThrownBy(() -> Campaign.of("a", Rate.percent(20), PLACED, PLACED.minusDays(1)))
        .hasMessage("end must not be before start 2025-03-03, was 2025-03-02");
    assertThatThrownBy(() -> Campaign.of("(open)", Rate.percent(20), PLACED, PLACED)).hasMessageContaining("was '(open)'");
    assertThatThrownBy(() -> Campaign.of(" ", Rate.percent(20), PLACED, PLACED)).hasMessageContaining("was ' '");
    assertThat(a.covers(PLACED)).isTrue();
    assertThat(a.covers(PLACED.plusDays(5))).isTrue();
    assertThat(a.covers(PLACED.plusDays(6))).isFalse();
    assertThat(a.covers(PLACED.minusDays(1))).isFalse();
  }

  @Test
  void policyStructure() {
    CommissionPolicy p = TIKTOK.commissionPolicy();
    assertThatThrownBy(() -> p.withMinRate(Rate.percent(90))).hasMessage("minRate must be at most maxRate 80%, was 90%");
    assertThatThrownBy(() -> p.withSettlementDays(-1)).hasMessage("settlementDays must be >= 0, was -1");
    assertThatThrownBy(() -> p.withRateDecreaseLockDays(-1)).hasMessage("rateDecreaseLockDays must be >= 0, was -1");
    assertThatThrownBy(() -> p.withRoundingMode(RoundingMode.UNNECESSARY))
        .hasMessage("roundingMode must be a mode that rounds, was UNNECESSARY");
    assertThatThrownBy(() -> p.withReturnWindowDays(-2)).hasMessage("returnWindowDays must be >= 0, was -2");
    assertThatThrownBy(() -> p.withPayDaysOfMonth(16, 1)).hasMessage("payDaysOfMonth must be days 1 to 28 in increasing order, was [16, 1]");
    assertThatThrownBy(() -> p.withPayDaysOfMonth(0)).hasMessageStartingWith("payDaysOfMonth must be days 1 to 28");
    assertThatThrownBy(() -> p.withPayDaysOfMonth(29)).hasMessageStartingWith("payDaysOfMonth must be days 1 to 28");
    assertThatThrownBy(() -> p.withPayDaysOfMonth(5, 5)).hasMessageStartingWith("payDaysOfMonth must be days 1 to 28");
    assertThat(p.withPayDaysOfMonth(1, 28).payDaysOfMonth()).containsExactly(1, 28);
    assertThatThrownBy(() -> p.withNotes(List.of(" "))).hasMessage("notes[0] must not be blank, was ' '");
    assertThatThrownBy(() -> p.withName("")).hasMessage("name must not be blank, was ''");
    assertThatThrownBy(() -> CommissionPolicy.builder().from(p).rateSource(RateSource.CATEGORY).build())
        .hasMessage("categoryRates must be non-empty for rateSource CATEGORY, was {}");
    Affiliate amazon = Affiliate.of(AffiliatePresets.flatCategoryRates(Map.of("home", Rate.percent(3)), 0), io.github.monetik.testing.TestRules.PROVENANCE);
    assertThatThrownBy(() -> amazon.rateFor(lamp(), PLACED))
        .hasMessage("category of product 'lamp-01' is needed by flat category rates, was empty");
    assertThatThrownBy(() -> amazon.rateFor(lamp().withCategory("toys"), PLACED))
        .hasMessage("category of product 'lamp-01' has no rate in flat category rates, was 'toys'");
  }

  @Test
  void mixedCurrenciesInOneStatementWithoutARateSource() {
    Product eu = Product.of("eu", "EU", Money.of("1", "EUR"), Rate.percent(10), JAN);
    Order euro = Order.builder().id("o-eur").addLines(OrderLine.of(eu, 1, Money.of("10", "EUR")))
        .addEvents(OrderEvent.placed(PLACED)).build();
    Order dollars = order(OrderEvent.placed(PLACED));
    assertThatThrownBy(() -> TIKTOK.statement(List.of(dollars, euro), PLACED)).isInstanceOf(CurrencyMismatchException.class)
        .hasMessage("currency mismatch in statement (order 'o-eur'): expected USD, was EUR (convert first; Monetik never converts implicitly)");
    CommissionStatement us = TIKTOK.statement(List.of(dollars), PLACED);
    CommissionStatement eur = TIKTOK.statement(List.of(euro), PLACED);
    assertThatThrownBy(() -> us.combine(eur)).isInstanceOf(CurrencyMismatchException.class);
    assertThatThrownBy(() -> us.plus(TIKTOK.commission(euro, PLACED))).isInstanceOf(CurrencyMismatchException.class);
    assertThatThrownBy(() -> us.combine(TIKTOK.statement(List.of(dollars), PLACED.plusDays(1))))
        .hasMessage("asOf must be the statement's 2025-03-03, was 2025-03-04");
    assertThatThrownBy(() -> us.plus(TIKTOK.commission(dollars)))
        .hasMessage("asOf must be the statement's 2025-03-03, was after all events");
    java.util.ArrayList<Order> withNull = new java.util.ArrayList<>();
    withNull.add(null);
    assertThatThrownBy(() -> TIKTOK.statement(withNull, PLACED)).isInstanceOf(NullPointerException.class)
        .hasMessage("orders[0]");
    assertThatThrownBy(() -> TIKTOK.statement(List.of(), null)).isInstanceOf(NullPointerException.class).hasMessage("asOf");
    assertThatThrownBy(() -> TIKTOK.commission(null)).isInstanceOf(NullPointerException.class).hasMessage("order");
  }
}
