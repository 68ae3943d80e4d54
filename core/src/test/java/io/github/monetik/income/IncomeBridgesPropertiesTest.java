package io.github.monetik.income;

import static io.github.monetik.testing.AffiliateGenerators.asOf;
import static io.github.monetik.testing.AffiliateGenerators.currency;
import static io.github.monetik.testing.AffiliateGenerators.orders;
import static io.github.monetik.testing.AffiliateGenerators.seeds;
import static io.github.monetik.testing.GiftGenerators.countedGifts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.monetik.Monetik;
import io.github.monetik.affiliate.Affiliate;
import io.github.monetik.affiliate.CommissionStatement;
import io.github.monetik.affiliate.Order;
import io.github.monetik.gifts.Gifts;
import io.github.monetik.gifts.LiveEarnings;
import io.github.monetik.money.Money;
import io.github.monetik.money.MoneyRange;
import io.github.monetik.testing.Generators;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class IncomeBridgesPropertiesTest {
  private static final Monetik TIKTOK = Monetik.defaults();
  private static final Income INCOME = TIKTOK.income();
  private static final Affiliate AFFILIATE = TIKTOK.affiliate();
  private static final Gifts GIFTS = TIKTOK.gifts();
  private static final YearMonth MARCH = YearMonth.of(2025, 3);

  private static Money sum(List<IncomeEntry> entries, Currency currency, IncomeEntry.EntryType kind) {
    return entries.stream().filter(e -> e.kind() == kind).map(IncomeEntry::amount).reduce(Money.zero(currency), Money::plus);
  }

  @Test
  void aStatementsEntriesAddUpToItsEarnedMonthByMonthAndKindByKind() {
    qt().withExamples(300).forAll(seeds()).checkAssert(seed -> {
      SplittableRandom r = new SplittableRandom(seed);
      Currency currency = currency(r);
      LocalDate asOf = asOf(r);
      CommissionStatement s = AFFILIATE.statement(orders(r, currency, r.nextInt(25)), asOf);
      List<IncomeEntry> entries = INCOME.affiliate(s);
      if (s.byMonth().isEmpty()) {
        assertThat(entries).isEmpty();
        return;
      }
      assertThat(entries).allMatch(e -> e.stream() == IncomeStream.AFFILIATE && e.amount().currency().equals(currency));
      assertThat(entries).filteredOn(e -> e.kind() != IncomeEntry.EntryType.EARNED).allMatch(e -> !e.amount().isZero());
      assertThat(entries).noneMatch(e -> e.kind() == IncomeEntry.EntryType.ADJUSTMENT);
      assertThat(entries.stream().map(IncomeEntry::month).distinct()).containsExactlyElementsOf(s.byMonth().keySet());
      s.byMonth().forEach((month, t) -> {
        List<IncomeEntry> inMonth = entries.stream().filter(e -> e.month().equals(month)).toList();
        assertThat(inMonth.stream().filter(e -> e.kind() == IncomeEntry.EntryType.EARNED)).singleElement()
            .extracting(IncomeEntry::amount).isEqualTo(t.payable());
        assertThat(sum(inMonth, currency, IncomeEntry.EntryType.ESTIMATE)).isEqualTo(t.pending());
        assertThat(sum(inMonth, currency, IncomeEntry.EntryType.REFUND)).isEqualTo(t.reversed());
        assertThat(inMonth.stream().map(IncomeEntry::amount).reduce(Money::plus)).contains(t.earned());
      });
      IncomeReport report = INCOME.report(currency, entries);
      assertThat(report.total()).isEqualTo(s.earned());
      assertThat(report.estimated()).isEqualTo(s.pending());
      s.byMonth().forEach((month, t) ->
          assertThat(report.byMonth().get(month)).containsEntry(IncomeStream.AFFILIATE, t.earned()));
    });
  }

  @Test
  void theReportOfASplitStatementIsTheCombinedReportsOfItsParts() {
    qt().withExamples(200).forAll(seeds()).checkAssert(seed -> {
      SplittableRandom r = new SplittableRandom(seed);
      Currency currency = currency(r);
      LocalDate asOf = asOf(r);
      List<Order> all = orders(r, currency, r.nextInt(25));
      int cut = all.isEmpty() ? 0 : r.nextInt(all.size() + 1);
      CommissionStatement left = AFFILIATE.statement(all.subList(0, cut), asOf);
      CommissionStatement right = AFFILIATE.statement(all.subList(cut, all.size()), asOf);
      IncomeReport whole = INCOME.report(currency, INCOME.affiliate(AFFILIATE.statement(all, asOf)));
      IncomeReport viaParts = INCOME.report(currency, INCOME.affiliate(left)).combine(INCOME.report(currency, INCOME.affiliate(right)));
      IncomeReport viaCombined = INCOME.report(currency, INCOME.affiliate(left.combine(right)));
      // entry counts differ (each part has its own EARNED entry per month); the amounts may not
      assertThat(viaParts.byMonth()).isEqualTo(whole.byMonth());
      assertThat(viaParts.total()).isEqualTo(whole.total());
      assertThat(viaParts.estimated()).isEqualTo(whole.estimated());
      assertThat(viaCombined).isEqualTo(whole);
    });
  }

  @Test
  void liveGiftsOfASplitAreTheSumOfTheParts() {
    qt().forAll(Generators.listsOf(countedGifts(), 0, 40), integers().between(0, 40)).checkAssert((gifts, i) -> {
      int cut = Math.min(i, gifts.size());
      LiveEarnings left = GIFTS.earnings(gifts.subList(0, cut));
      LiveEarnings right = GIFTS.earnings(gifts.subList(cut, gifts.size()));
      LiveEarnings whole = GIFTS.earnings(gifts);
      IncomeEntry entry = INCOME.liveGifts(MARCH, whole);
      assertThat(entry.amount()).isEqualTo(whole.creatorCash())
          .isEqualTo(INCOME.liveGifts(MARCH, left).amount().plus(INCOME.liveGifts(MARCH, right).amount()));
      assertThat(entry.amount().plus(whole.platformCut())).isEqualTo(whole.grossValue());
      List<IncomeEntry> parts = new ArrayList<>(List.of(INCOME.liveGifts(MARCH, left), INCOME.liveGifts(MARCH, right)));
      Currency usd = entry.amount().currency();
      assertThat(INCOME.report(usd, parts).byMonth()).isEqualTo(INCOME.report(usd, List.of(entry)).byMonth());
    });
  }

  @Test
  void videoGiftsAreTheirOwnStreamBesideLiveGiftsAndTheirSumIsEveryGiftsCreatorCash() {
    // Single, non-combo gifts on videos beside LIVE gifts: two streams whose sum is the creator
    // cash of all the gifts together, and whose shares add up to one.
    qt().forAll(Generators.listsOf(countedGifts(), 1, 30), Generators.listsOf(countedGifts(), 1, 30)).checkAssert((live, video) -> {
      List<io.github.monetik.gifts.CountedGift> singles = video.stream()
          .map(g -> io.github.monetik.gifts.CountedGift.builder().from(g).combo(false).isOpen(false).isExpired(false).groupId(0).count(1).build())
          .toList();
      IncomeEntry liveEntry = INCOME.liveGifts(MARCH, GIFTS.earnings(live));
      IncomeEntry videoEntry = INCOME.videoGifts(MARCH, GIFTS.earnings(singles));
      assertThat(videoEntry.stream()).isEqualTo(IncomeStream.VIDEO_GIFTS);
      assertThat(videoEntry.kind()).isEqualTo(IncomeEntry.EntryType.EARNED);
      List<io.github.monetik.gifts.CountedGift> all = new ArrayList<>(live);
      all.addAll(singles);
      Currency usd = liveEntry.amount().currency();
      IncomeReport r = INCOME.report(usd, List.of(liveEntry, videoEntry));
      assertThat(r.total()).isEqualTo(GIFTS.earnings(all).creatorCash());
      assertThat(r.byStream()).containsOnlyKeys(IncomeStream.LIVE_GIFTS, IncomeStream.VIDEO_GIFTS);
      r.diversification().ifPresent(d -> assertThat(d.shares().values().stream().reduce(java.math.BigDecimal.ZERO,
          java.math.BigDecimal::add)).isEqualByComparingTo("1"));
    });
  }

  @Test
  void estimatesEnterAtTheExpectedPointWhateverTheRange() {
    qt().forAll(integers().between(0, 1_000_000), integers().between(0, 1_000_000), integers().between(0, 1_000_000))
        .checkAssert((a, b, c) -> {
          long[] sorted = LongStream.of(a, b, c).sorted().toArray();
          Currency usd = Currency.getInstance("USD");
          MoneyRange range = MoneyRange.of(Money.ofMinor(sorted[0], usd),
              Money.ofMinor(sorted[1], usd), Money.ofMinor(sorted[2], usd));
          IncomeEntry entry = INCOME.creatorPrograms(MARCH, range);
          assertThat(entry.amount()).isEqualTo(range.expected());
          assertThat(INCOME.report(usd, List.of(entry)).estimated()).isEqualTo(range.expected());
        });
  }
}
