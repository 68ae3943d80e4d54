package io.github.monetik.income;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.monetik.Monetik;
import io.github.monetik.affiliate.CommissionStatement;
import io.github.monetik.affiliate.Order;
import io.github.monetik.affiliate.OrderEvent;
import io.github.monetik.affiliate.OrderLine;
import io.github.monetik.affiliate.Product;
import io.github.monetik.gifts.CountedGift;
import io.github.monetik.gifts.LiveEarnings;
import io.github.monetik.money.CurrencyMismatchException;
import io.github.monetik.money.Money;
import io.github.monetik.money.MoneyRange;
import io.github.monetik.money.Rate;
import io.github.monetik.programs.Activity;
import io.github.monetik.programs.Program;
import io.github.monetik.programs.Video;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each bridge on a worked example, the numbers by hand in the comments. */
class IncomeBridgesTest {
  private static final Monetik TIKTOK = Monetik.defaults();
  private static final Income INCOME = TIKTOK.income();
  private static final Currency USD = Currency.getInstance("USD");
  private static final YearMonth MARCH = YearMonth.of(2025, 3);
  private static final YearMonth APRIL = YearMonth.of(2025, 4);

  private static Money usd(String amount) {
    return Money.of(amount, "USD");
  }

  private static CountedGift gift(String sender, long giftId, long coins, long count, boolean combo) {
    return CountedGift.builder().senderId(sender).hostId("host-1").giftId(giftId).combo(combo).groupId(combo ? 7 : 0).messageId(giftId)
        .count(count).coinsPerGift(coins).timestamp(Instant.parse("2025-03-14T20:05:00Z")).isOpen(false).build();
  }

  @Test
  void liveGiftsAreTheCreatorsCashEarnedExactAndUnrounded() {
    // One Lion (29,999 coins) and a combo of 34 Roses: 30,033 coins x USD 0.01 x 50% = USD 150.165
    LiveEarnings e = TIKTOK.gifts().earnings(List.of(gift("ana", 6_369, 29_999, 1, false), gift("bo", 5_655, 1, 34, true)));
    IncomeEntry entry = INCOME.liveGifts(MARCH, e);
    assertThat(entry).isEqualTo(IncomeEntry.earned(IncomeStream.LIVE_GIFTS, MARCH, usd("150.165")));
    assertThat(entry.kind()).isEqualTo(IncomeEntry.EntryType.EARNED);
    // the platform's cut (also USD 150.165) is not the creator's income
    assertThat(entry.amount()).isEqualTo(e.creatorCash()).isNotEqualTo(e.grossValue());
  }

  @Test
  void videoGiftsAreTheirOwnStreamOfSingleGifts() {
    // Issue 17: diamonds also come from gifts on videos. A Hand Hearts (100 coins) and a Lion (29,999)
    // on videos, each a single gift: 30,099 coins x USD 0.01 x 50% = USD 150.495.
    LiveEarnings onVideos = TIKTOK.gifts().earnings(List.of(gift("ana", 5_660, 100, 1, false),
        gift("cy", 6_369, 29_999, 1, false)));
    IncomeEntry entry = INCOME.videoGifts(MARCH, onVideos);
    assertThat(entry).isEqualTo(IncomeEntry.earned(IncomeStream.VIDEO_GIFTS, MARCH, usd("150.495")));
    assertThat(IncomeStream.VIDEO_GIFTS.paysDirectly()).isTrue();
    assertThat(IncomeStream.VIDEO_GIFTS.indirectBenefits()).isEmpty();
    assertThat(IncomeStream.VIDEO_GIFTS.howPaid()).contains("as for LIVE gifts");
    // Beside the LIVE gifts of the month, each stream shows on its own.
    LiveEarnings live = TIKTOK.gifts().earnings(List.of(gift("bo", 5_655, 1, 34, true)));
    IncomeReport r = INCOME.report(USD, List.of(INCOME.liveGifts(MARCH, live), entry));
    assertThat(r.byStream()).containsExactly(java.util.Map.entry(IncomeStream.LIVE_GIFTS, usd("0.17")),
        java.util.Map.entry(IncomeStream.VIDEO_GIFTS, usd("150.495")));
    assertThat(r.diversification().orElseThrow().shares()).containsEntry(IncomeStream.VIDEO_GIFTS, new BigDecimal("0.9989"))
        .containsEntry(IncomeStream.LIVE_GIFTS, new BigDecimal("0.0011"));
    assertThat(r.toString()).contains("VIDEO_GIFTS");
  }

  @Test
  void noGiftsIsAZeroEntryNotAMissingOne() {
    IncomeEntry entry = INCOME.liveGifts(APRIL, TIKTOK.gifts().earnings(List.<CountedGift>of()));
    assertThat(entry.amount().isZero()).isTrue();
    assertThat(entry.month()).isEqualTo(APRIL);
    assertThat(entry.stream()).isEqualTo(IncomeStream.LIVE_GIFTS);
  }

  @Test
  void aProgramEstimateEntersAtItsExpectedValue() {
    IncomeEntry entry = INCOME.creatorPrograms(MARCH, MoneyRange.of(usd("40"), usd("55"), usd("100")));
    assertThat(entry).isEqualTo(IncomeEntry.estimate(IncomeStream.CREATOR_PROGRAMS, MARCH, usd("55")));
  }

  @Test
  void aNegativeExpectedPayoutIsRefused() {
    MoneyRange negative = MoneyRange.of(usd("-10"), usd("-5"), usd("0"));
    assertThatThrownBy(() -> INCOME.creatorPrograms(MARCH, negative)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("amount must be >= 0 for ESTIMATE").hasMessageContaining("-5");
    // zero is an estimate like any other
    assertThat(INCOME.creatorPrograms(MARCH, MoneyRange.of(usd("-1"), usd("0"), usd("1"))).amount().isZero()).isTrue();
  }

  @Test
  void creatorRewardsFromThePrograms() {
    // 3 videos over a minute with 60,000 + 40,000 + 500 qualified views; the last is under 1,000 so
    // does not count: 100,000 views = 100 x RPM USD 0.40 .. 1.00, expected the middle USD 70.00
    Activity march = Activity.of(Video.of(Duration.ofSeconds(75), 80_000, 60_000),
        Video.of(Duration.ofSeconds(90), 50_000, 40_000), Video.of(Duration.ofSeconds(70), 900, 500));
    MoneyRange estimate = TIKTOK.programs().estimate(Program.CREATOR_REWARDS, march).standard();
    IncomeEntry entry = INCOME.creatorPrograms(MARCH, estimate);
    assertThat(entry.amount()).isEqualByComparingTo(usd("70"));
    assertThat(entry.kind()).isEqualTo(IncomeEntry.EntryType.ESTIMATE);
    assertThat(INCOME.report(USD, List.of(entry)).estimated()).isEqualTo(entry.amount());
  }

  @Test
  void aBrandDealEntersAtTheExpectedFeeForOnePost() {
    BrandDealEstimate deal = INCOME.brandDeal(120_000, EngagementRate.of(Engagement.Convention.BY_VIEWS, new BigDecimal("6")));
    IncomeEntry entry = INCOME.brandPartnership(APRIL, deal);
    // 120 x USD 10 .. 50, engagement at the reference: the midpoint USD 3,600
    assertThat(entry.amount()).isEqualByComparingTo(usd("3600"));
    assertThat(entry.amount()).isEqualTo(deal.perPost().expected());
    assertThat(entry.kind()).isEqualTo(IncomeEntry.EntryType.ESTIMATE);
    assertThat(entry.stream()).isEqualTo(IncomeStream.BRAND_PARTNERSHIPS);
    assertThat(entry.month()).isEqualTo(APRIL);
  }

  private static Order lampOrder(String id, LocalDate placed, OrderEvent... more) {
    Product lamp = Product.of("lamp-01", "Desk lamp", usd("24.00"), Rate.percent(15), LocalDate.of(2025, 1, 1));
    OrderLine line = OrderLine.builder().product(lamp).quantity(2).unitPrice(usd("24.00")).sellerDiscount(usd("4.00"))
        .platformDiscount(usd("3.00")).tax(usd("3.52")).shipping(usd("5.00")).build();
    Order o = Order.builder().id(id).addLines(line).addEvents(OrderEvent.placed(placed), OrderEvent.shipped(placed.plusDays(1)),
        OrderEvent.delivered(placed.plusDays(4))).build();
    for (OrderEvent e : more) {
      o = o.with(e);
    }
    return o;
  }

  @Test
  void aStatementGivesPayableAsEarnedPendingAsEstimateAndReversalsAsRefunds() {
    // each order: base 48.00 - 4.00 - 3.00 = 41.00 x 15% = USD 6.15; delivered 4 days after placing,
    // payable 15 days after delivery
    LocalDate mar3 = LocalDate.of(2025, 3, 3);
    List<Order> orders = List.of(
        lampOrder("settled", mar3),                                            // payable 6.15 from 03-22
        lampOrder("returned-later", mar3, OrderEvent.returned(LocalDate.of(2025, 4, 2))), // 6.15 payable, then reversed
        lampOrder("in-window", LocalDate.of(2025, 4, 20)));                    // settles 05-09: pending 6.15
    CommissionStatement s = TIKTOK.affiliate().statement(orders, LocalDate.of(2025, 4, 30));
    List<IncomeEntry> entries = INCOME.affiliate(s);
    assertThat(entries).containsExactly(
        IncomeEntry.earned(IncomeStream.AFFILIATE, MARCH, usd("12.30")),
        IncomeEntry.refund(IncomeStream.AFFILIATE, MARCH, usd("-6.15")),
        IncomeEntry.earned(IncomeStream.AFFILIATE, APRIL, usd("0.00")),
        IncomeEntry.estimate(IncomeStream.AFFILIATE, APRIL, usd("6.15")));
    IncomeReport r = INCOME.report(USD, entries);
    assertThat(r.total()).isEqualTo(s.earned()).isEqualTo(usd("12.30"));
    assertThat(r.estimated()).isEqualTo(s.pending());
    assertThat(r.byMonth().get(MARCH)).containsEntry(IncomeStream.AFFILIATE, usd("6.15"));
    assertThat(r.byMonth().get(APRIL)).containsEntry(IncomeStream.AFFILIATE, usd("6.15"));
  }

  @Test
  void aMonthWithNothingPendingOrReversedHasOnlyItsEarnedEntry() {
    CommissionStatement s = TIKTOK.affiliate().statement(List.of(lampOrder("settled", LocalDate.of(2025, 3, 3))),
        LocalDate.of(2025, 3, 22));
    assertThat(INCOME.affiliate(s)).containsExactly(IncomeEntry.earned(IncomeStream.AFFILIATE, MARCH, usd("6.15")));
    // the day before settlement the same commission is pending, and payable is a zero entry
    CommissionStatement before = TIKTOK.affiliate().statement(List.of(lampOrder("settled", LocalDate.of(2025, 3, 3))),
        LocalDate.of(2025, 3, 21));
    assertThat(INCOME.affiliate(before)).containsExactly(IncomeEntry.earned(IncomeStream.AFFILIATE, MARCH, usd("0.00")),
        IncomeEntry.estimate(IncomeStream.AFFILIATE, MARCH, usd("6.15")));
  }

  @Test
  void anEmptyStatementGivesNoEntries() {
    assertThat(INCOME.affiliate(TIKTOK.affiliate().emptyStatement())).isEmpty();
    assertThat(INCOME.affiliate(TIKTOK.affiliate().statement(List.<Order>of(), LocalDate.of(2025, 3, 31)))).isEmpty();
  }

  @Test
  void theEntriesCannotBeChanged() {
    CommissionStatement s = TIKTOK.affiliate().statement(List.of(lampOrder("settled", LocalDate.of(2025, 3, 3))),
        LocalDate.of(2025, 3, 31));
    List<IncomeEntry> entries = INCOME.affiliate(s);
    assertThatThrownBy(() -> entries.add(entries.get(0))).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void mixedCurrenciesAreAClearErrorInTheReport() {
    List<IncomeEntry> entries = new ArrayList<>();
    entries.add(INCOME.liveGifts(MARCH, TIKTOK.gifts().earnings(List.of(gift("ana", 5_655, 1, 10, true)))));
    entries.add(INCOME.creatorPrograms(MARCH, MoneyRange.between(Money.of("40", "EUR"), Money.of("100", "EUR"))));
    assertThatThrownBy(() -> INCOME.report(USD, entries)).isInstanceOf(CurrencyMismatchException.class)
        .hasMessage("currency mismatch in IncomeReport.plus: expected USD, was EUR (convert first; Monetik never converts implicitly)");
  }

  @Test
  void nullsAreNamed() {
    LiveEarnings none = TIKTOK.gifts().earnings(List.<CountedGift>of());
    MoneyRange range = MoneyRange.exactly(usd("1"));
    BrandDealEstimate deal = INCOME.brandDeal(1_000, EngagementRate.of(Engagement.Convention.BY_VIEWS, BigDecimal.ONE));
    assertThatThrownBy(() -> INCOME.liveGifts(null, none)).isInstanceOf(NullPointerException.class).hasMessage("month");
    assertThatThrownBy(() -> INCOME.liveGifts(MARCH, null)).isInstanceOf(NullPointerException.class).hasMessage("earnings");
    assertThatThrownBy(() -> INCOME.creatorPrograms(null, range)).isInstanceOf(NullPointerException.class).hasMessage("month");
    assertThatThrownBy(() -> INCOME.creatorPrograms(MARCH, null)).isInstanceOf(NullPointerException.class).hasMessage("estimate");
    assertThatThrownBy(() -> INCOME.brandPartnership(null, deal)).isInstanceOf(NullPointerException.class).hasMessage("month");
    assertThatThrownBy(() -> INCOME.brandPartnership(MARCH, null)).isInstanceOf(NullPointerException.class).hasMessage("deal");
    assertThatThrownBy(() -> INCOME.affiliate(null)).isInstanceOf(NullPointerException.class).hasMessage("statement");
  }
}
