package io.github.monetik.affiliate;

import static io.github.monetik.affiliate.CommissionTest.JAN;
import static io.github.monetik.affiliate.CommissionTest.PLACED;
import static io.github.monetik.affiliate.CommissionTest.TIKTOK;
import static io.github.monetik.affiliate.CommissionTest.delivered;
import static io.github.monetik.affiliate.CommissionTest.lamp;
import static io.github.monetik.affiliate.CommissionTest.lampLine;
import static io.github.monetik.affiliate.CommissionTest.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.monetik.money.Money;
import io.github.monetik.money.Rate;
import io.github.monetik.rules.AffiliatePresets;
import io.github.monetik.testing.TestRules;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * Issue 18 for affiliate: every null named (the argument, or an element by its place), builders and
 * copies included; hostile values give documented exceptions with bounded messages; every result
 * returned prints.
 */
class NamedErrorsTest {
  private static void npe(ThrowingCallable call, String name) {
    assertThatThrownBy(call).isInstanceOf(NullPointerException.class).hasMessage(name);
  }

  @SafeVarargs
  private static <T> List<T> withNullAt(int i, T... values) {
    List<T> out = new ArrayList<>(Arrays.asList(values));
    out.add(i, null);
    return out;
  }

  @Test
  void orderCopiesAndBuildersNameEveryNull() {
    Order o = delivered();
    // before: Immutables' withEvents threw a NullPointerException without a message
    npe(() -> o.withEvents(null), "events");
    npe(() -> o.withEvents(withNullAt(1, OrderEvent.placed(PLACED), OrderEvent.shipped(PLACED))), "events[1]");
    npe(() -> o.with(null), "event");
    npe(() -> Order.builder().addEvents((OrderEvent) null), "events[0]");
    npe(() -> Order.builder().addEvents((OrderEvent[]) null), "events");
    npe(() -> Order.builder().addEvents(OrderEvent.placed(PLACED), null), "events[1]");
    npe(() -> Order.builder().events(null), "events");
    npe(() -> Order.builder().events(withNullAt(0, OrderEvent.placed(PLACED))), "events[0]");
    npe(() -> Order.builder().lines(null), "lines");
    npe(() -> Order.builder().addLines(lampLine(), null), "lines[1]");
    npe(() -> Order.builder().addLines((OrderLine[]) null), "lines");
    npe(() -> Order.builder().id(null), "id");
    npe(() -> Order.builder().from(null), "order");
    assertThatThrownBy(() -> Order.builder().addLines(lampLine()).build()).isInstanceOf(IllegalStateException.class)
        .hasMessage("id of the order must be set before build()");
    assertThat(Order.builder().from(o).build()).isEqualTo(o);
  }

  @Test
  void productCopiesAndBuildersNameEveryNull() {
    Product p = lamp();
    Campaign c = Campaign.of("c", Rate.percent(20), PLACED, PLACED);
    // before: Immutables' withCampaigns threw a NullPointerException without a message
    npe(() -> p.withCampaigns(null), "campaigns");
    npe(() -> p.withCampaigns(withNullAt(1, c)), "campaigns[1]");
    npe(() -> p.withRateHistory(null), "rateHistory");
    npe(() -> p.withRateHistory(withNullAt(0, RateChange.of(JAN, Rate.percent(5)))), "rateHistory[0]");
    npe(() -> p.withCampaign(null), "campaign");
    npe(() -> p.withCategory(null), "category");
    npe(() -> p.withTieredCommission(null), "tieredCommission");
    npe(() -> p.withShopAdsRate(null), "shopAdsRate");
    npe(() -> p.withRateFrom(null, Rate.percent(5)), "from");
    npe(() -> p.withRateFrom(PLACED, null), "rate");
    npe(() -> p.campaignOn(null), "day");
    npe(() -> p.openRateOn(null), "day");
    npe(() -> Product.builder().addRateHistory((RateChange) null), "rateHistory[0]");
    npe(() -> Product.builder().addRateHistory((RateChange[]) null), "rateHistory");
    npe(() -> Product.builder().addCampaigns(c, null), "campaigns[1]");
    npe(() -> Product.builder().campaigns(null), "campaigns");
    npe(() -> Product.builder().id(null), "id");
    npe(() -> Product.builder().title(null), "title");
    npe(() -> Product.builder().price(null), "price");
    npe(() -> Product.builder().from(null), "product");
    npe(() -> Product.of("p", null, usd("1"), Rate.percent(5), JAN), "title");
    assertThatThrownBy(() -> Product.builder().title("t").build()).isInstanceOf(IllegalStateException.class)
        .hasMessage("id, price of the product must be set before build()");
    Product all = p.withCategory("home").withShopAdsRate(Rate.percent(5)).withCampaign(c)
        .withTieredCommission(TieredCommission.of(PLACED, Rate.percent(10), 5, Rate.percent(20)));
    assertThat(Product.builder().from(all).build()).isEqualTo(all).hasSameHashCodeAs(all);
    assertThat(all.toString()).contains("tieredCommission=10% for the first 5 orders, then 20%, from 2025-03-03")
        .contains("shopAdsRate=5%");
  }

  @Test
  void lineBuildersNameEveryNullAndNeedNoOptionalArgument() {
    OrderLine l = lampLine();
    npe(() -> OrderLine.builder().product(null), "product");
    npe(() -> OrderLine.builder().unitPrice(null), "unitPrice");
    npe(() -> OrderLine.builder().sellerDiscount(null), "sellerDiscount");
    npe(() -> OrderLine.builder().platformDiscount(null), "platformDiscount");
    npe(() -> OrderLine.builder().tax(null), "tax");
    npe(() -> OrderLine.builder().shipping(null), "shipping");
    npe(() -> OrderLine.builder().promotingSince(null), "promotingSince");
    npe(() -> OrderLine.builder().from(null), "line");
    npe(() -> l.withUnitPrice(null), "unitPrice");
    npe(() -> l.withPromotingSince(null), "promotingSince");
    npe(() -> OrderLine.of(null, 1, usd("1")), "product");
    assertThatThrownBy(() -> OrderLine.builder().quantity(1).build()).isInstanceOf(IllegalStateException.class)
        .hasMessage("product, unitPrice of the line must be set before build()");
    OrderLine full = l.withPromotingSince(JAN).withAdDriven(true);
    assertThat(OrderLine.builder().from(full).build()).isEqualTo(full).hasSameHashCodeAs(full).isNotEqualTo(l);
    assertThat(full.promotingSince()).contains(JAN);
    assertThat(full.withAdDriven(false).withPromotingSince(JAN)).isNotEqualTo(full);
    assertThat(l.tax()).isEqualTo(usd("3.52"));
    assertThat(l.shipping()).isEqualTo(usd("5.00"));
    assertThat(OrderLine.of(lamp(), 1, usd("2.00")).tax()).isEqualTo(usd("0.00"));
  }

  @Test
  void policyBuildersNameEveryNull() {
    CommissionPolicy p = TIKTOK.commissionPolicy();
    npe(() -> CommissionPolicy.builder().categoryRates(null), "categoryRates");
    Map<String, Rate> nullRate = new HashMap<>();
    nullRate.put("home", null);
    npe(() -> CommissionPolicy.builder().categoryRates(nullRate), "categoryRates['home']");
    Map<String, Rate> nullKey = new HashMap<>();
    nullKey.put(null, Rate.percent(2));
    npe(() -> CommissionPolicy.builder().categoryRates(nullKey), "categoryRates[null]");
    npe(() -> CommissionPolicy.builder().putCategoryRates(null, Rate.percent(2)), "category");
    npe(() -> CommissionPolicy.builder().putCategoryRates("home", null), "rate");
    npe(() -> CommissionPolicy.builder().notes(null), "notes");
    npe(() -> CommissionPolicy.builder().notes(withNullAt(1, "a")), "notes[1]");
    npe(() -> CommissionPolicy.builder().addNotes((String[]) null), "notes");
    npe(() -> CommissionPolicy.builder().addNotes("a", null), "notes[1]");
    npe(() -> CommissionPolicy.builder().payDaysOfMonth((int[]) null), "payDaysOfMonth");
    npe(() -> CommissionPolicy.builder().from(null), "policy");
    npe(() -> p.withName(null), "name");
    npe(() -> p.withMinRate(null), "minRate");
    npe(() -> p.withMaxRate(null), "maxRate");
    npe(() -> p.withPlatformDiscount(null), "platformDiscount");
    npe(() -> p.withRefundRule(null), "refundRule");
    npe(() -> p.withReturnsAfterSettlement(null), "returnsAfterSettlement");
    npe(() -> p.withRounding(null), "rounding");
    npe(() -> p.withRoundingMode(null), "roundingMode");
    npe(() -> p.withNotes(null), "notes");
    npe(() -> CommissionPolicy.builder().rateSource(null), "rateSource");
    assertThatThrownBy(() -> CommissionPolicy.builder().name("x").build()).isInstanceOf(IllegalStateException.class)
        .hasMessage("rateSource, minRate, maxRate, platformDiscount, settlementDays, rateDecreaseLockDays, rounding,"
            + " roundingMode of the policy must be set before build()");
    CommissionPolicy noted = CommissionPolicy.builder().from(p).addNotes("one", "two").putCategoryRates("home", Rate.percent(2))
        .build();
    assertThat(noted.notes()).containsExactly("one", "two");
    assertThat(noted.categoryRates()).containsEntry("home", Rate.percent(2));
    assertThat(CommissionPolicy.builder().from(noted).build()).isEqualTo(noted).hasSameHashCodeAs(noted).isNotEqualTo(p);
    assertThat(Affiliate.of(noted, TestRules.PROVENANCE).provenance().notes()).containsExactly("one", "two");
  }

  @Test
  void theDoorAndItsResultsNameEveryNull() {
    List<Order> withNull = withNullAt(1, delivered());
    // before: "orders contains null", not the place
    npe(() -> TIKTOK.statement(withNull, PLACED), "orders[1]");
    npe(() -> TIKTOK.statement(null, PLACED), "orders");
    npe(() -> TIKTOK.statement(List.of(), null), "asOf");
    npe(() -> TIKTOK.toStatement(null), "asOf");
    npe(() -> withNullAt(0, delivered()).stream().collect(TIKTOK.toStatement(PLACED)), "order");
    npe(() -> TIKTOK.commission(null), "order");
    npe(() -> TIKTOK.commission(null, PLACED), "order");
    npe(() -> TIKTOK.commission(delivered(), null), "asOf");
    npe(() -> TIKTOK.rateFor(null, PLACED), "product");
    npe(() -> TIKTOK.rateFor(lamp(), null), "day");
    npe(() -> TIKTOK.rateFor(lamp(), PLACED, null), "promotingSince");
    npe(() -> TIKTOK.rateFor(null, PLACED, PLACED), "product");
    npe(() -> TIKTOK.rateFor(lamp(), null, PLACED), "day");
    npe(() -> Affiliate.of(null, TestRules.PROVENANCE), "commissionPolicy");
    npe(() -> Affiliate.of(AffiliatePresets.unitedStates(), null), "provenance");
    npe(() -> TIKTOK.emptyStatement().plus(null), "commission");
    npe(() -> TIKTOK.emptyStatement().combine(null), "other");
    npe(() -> OrderEvent.of(null, PLACED), "type");
    npe(() -> OrderEvent.of(OrderEvent.Type.PLACED, null), "date");
    npe(() -> OrderEvent.refunded(null, usd("1")), "date");
    npe(() -> OrderEvent.refunded(PLACED, null), "amount");
    npe(() -> RateChange.of(null, Rate.percent(1)), "from");
    npe(() -> RateChange.of(PLACED, null), "rate");
    npe(() -> Campaign.of(null, Rate.percent(1), PLACED, PLACED), "name");
    npe(() -> AffiliatePresets.flatCategoryRates(null, 0), "categoryRates");
  }

  @Test
  void hugeTextIsEchoedBoundedAndExtremeDatesPrint() {
    String huge = " ".repeat(10_000_000);
    assertThatThrownBy(() -> Product.of(huge, "t", usd("1"), Rate.percent(5), JAN)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("id must not be blank, was '").message().hasSizeLessThan(300);
    String long10 = "x".repeat(10_000_000);
    Order big = Order.builder().id(long10).addLines(lampLine()).addEvents(OrderEvent.placed(PLACED)).build();
    assertThatThrownBy(() -> TIKTOK.statement(List.of(big, big), PLACED)).message().hasSizeLessThan(300)
        .contains("(10000000 characters)");
    assertThatThrownBy(() -> Order.builder().id(long10).addLines(lampLine()).addEvents(OrderEvent.shipped(PLACED)).build())
        .message().hasSizeLessThan(300);
    // the last day of the calendar: delivered, but its settlement would be past it
    LocalDate last = LocalDate.MAX;
    Product forever = Product.of("p", "P", usd("1"), Rate.percent(10), LocalDate.MIN);
    Order end = Order.builder().id("end").addLines(OrderLine.of(forever, 1, usd("10.00")))
        .addEvents(OrderEvent.placed(last), OrderEvent.shipped(last), OrderEvent.delivered(last)).build();
    OrderCommission c = TIKTOK.commission(end);
    assertThat(c.status()).isEqualTo(OrderCommission.Status.PENDING);
    assertThat(c.settlementDate()).isEmpty();
    assertThat(c.returnsCloseOn()).isEmpty();
    assertThat(c.pending()).isEqualTo(usd("1.00"));
    assertThat(c.toString()).contains("PENDING, settles after +999999999-12-31");
    assertThat(c.month()).hasToString("999999999-12");
    CommissionStatement s = TIKTOK.statement(List.of(end), last);
    assertThat(s.byMonth()).containsOnlyKeys(java.time.YearMonth.from(last));
    assertThat(s.toString()).contains("  999999999-12");
    Order first = Order.builder().id("first").addLines(OrderLine.of(forever, 1, usd("10.00")))
        .addEvents(OrderEvent.placed(LocalDate.MIN), OrderEvent.shipped(LocalDate.MIN), OrderEvent.delivered(LocalDate.MIN))
        .build();
    CommissionStatement both = TIKTOK.statement(List.of(first, end), last);
    assertThat(both.byMonth()).hasSize(2);
    assertThat(both.payable()).isEqualTo(usd("1.00"));
    assertThat(both.rows().toString()).contains("p");
    // a pay day past the calendar: never payable
    Affiliate vn = Affiliate.of(AffiliatePresets.vietnam(), TestRules.PROVENANCE);
    Order lateDec = Order.builder().id("d").addLines(OrderLine.of(forever, 1, usd("10.00"))).addEvents(OrderEvent.placed(
        last.minusDays(20)), OrderEvent.shipped(last.minusDays(20)), OrderEvent.delivered(last.minusDays(20))).build();
    assertThat(vn.commission(lateDec).settlementDate()).isEmpty();
  }

  @Test
  void amountsAtTheEdgesOfALongAreRefusedOrNamedNeverWrong() {
    Product p = Product.of("p", "P", usd("1"), Rate.percent(80), JAN);
    Money huge = Money.ofMinor(Long.MAX_VALUE / 2, usd("1").currency());
    OrderLine half = OrderLine.of(p, 1, huge);
    assertThatThrownBy(() -> Order.builder().id("o").addLines(half, half, half).addEvents(OrderEvent.placed(PLACED)).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("lines of order 'o' must add up to at most");
    // platform discounts keep what is paid small while the base (platform included) is huge: the base must fit too
    OrderLine subsidised = OrderLine.builder().product(p).quantity(1).unitPrice(huge).platformDiscount(huge).build();
    assertThatThrownBy(() -> Order.builder().id("o").addLines(subsidised, subsidised, subsidised)
        .addEvents(OrderEvent.placed(PLACED)).build()).hasMessageStartingWith("lines of order 'o' must add up to at most");
    Order one = Order.builder().id("a").addLines(half).addEvents(OrderEvent.placed(PLACED)).build();
    Order two = Order.builder().id("b").addLines(half).addEvents(OrderEvent.placed(PLACED)).build();
    Order three = Order.builder().id("c").addLines(half).addEvents(OrderEvent.placed(PLACED)).build();
    assertThatThrownBy(() -> TIKTOK.statement(List.of(one, two, three), PLACED)).isInstanceOf(ArithmeticException.class)
        .hasMessageStartingWith("commission total overflows 9223372036854775807 minor units");
    CommissionStatement s = TIKTOK.statement(List.of(one), PLACED);
    assertThat(s.toString()).contains("36893488147419103.22");
    // rates with a hundred decimals take the exact slow path
    CommissionPolicy open = TIKTOK.commissionPolicy().withMinRate(Rate.ZERO);
    Rate tiny = Rate.of(BigDecimal.ONE.movePointLeft(99));
    Order o = Order.builder().id("t").addLines(OrderLine.of(Product.of("t", "T", usd("1"), tiny, JAN), 1, usd("1.00")))
        .addEvents(OrderEvent.placed(PLACED)).build();
    assertThat(Affiliate.of(open, TestRules.PROVENANCE).commission(o).commission()).isEqualTo(usd("0.00"));
  }
}
