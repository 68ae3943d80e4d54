package io.github.monetik.income;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.monetik.Monetik;
import io.github.monetik.money.CurrencyMismatchException;
import io.github.monetik.money.Money;
import io.github.monetik.report.Rows;
import io.github.monetik.rules.Rules;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collector;
import org.junit.jupiter.api.Test;

/**
 * The income door and its results in the one template: provenance carried and compared, export
 * rows, locale-independent tables ending with notes, the report a monoid made by the door with a
 * linear fold, and every null and bound named.
 */
class IncomeTemplateTest {
  private static final Currency USD = Currency.getInstance("USD");
  private static final YearMonth MARCH = YearMonth.of(2025, 3);
  private static final YearMonth APRIL = YearMonth.of(2025, 4);
  private final Income income = Monetik.defaults().income();

  private static Money usd(String amount) {
    return Money.of(amount, "USD");
  }

  private static List<IncomeEntry> month() {
    return List.of(
        IncomeEntry.earned(IncomeStream.LIVE_GIFTS, MARCH, usd("300")),
        IncomeEntry.earned(IncomeStream.AFFILIATE, MARCH, usd("120")),
        IncomeEntry.refund(IncomeStream.AFFILIATE, APRIL, usd("-20")),
        IncomeEntry.estimate(IncomeStream.CREATOR_PROGRAMS, APRIL, usd("100")),
        IncomeEntry.earned(IncomeStream.BRAND_PARTNERSHIPS, APRIL, usd("500")),
        IncomeEntry.earned(IncomeStream.STREAKS, APRIL, usd("0")));
  }

  @Test
  void theReportPrintsOneTableWhateverTheLocale() {
    String expected = String.join("\n",
        "Income report USD: 6 entries, 2025-03 to 2025-04",
        "stream              2025-03  2025-04    total   share",
        "STREAKS                0.00     0.00     0.00       -",
        "CREATOR_PROGRAMS       0.00   100.00   100.00  10.00%",
        "BRAND_PARTNERSHIPS     0.00   500.00   500.00  50.00%",
        "LIVE_GIFTS           300.00     0.00   300.00  30.00%",
        "AFFILIATE            120.00   -20.00   100.00  10.00%",
        "TOTAL                420.00   580.00  1000.00",
        "of which estimated: USD 100.00",
        "indirect (no money): STREAKS [increased engagement, community building]",
        "diversification: HHI 0.360000, effective streams 2.777778 of 4");
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.GERMANY);
      assertThat(income.report(USD, month())).hasToString(expected);
      Locale.setDefault(Locale.ENGLISH);
      assertThat(income.report(USD, month())).hasToString(expected);
    } finally {
      Locale.setDefault(before);
    }
    assertThat(income.emptyReport(USD)).hasToString("Income report USD: 0 entries\nstream  total  share\nTOTAL    0.00\n"
        + "diversification: undefined (no stream has a positive total)");
    assertThat(income.report(USD, month().subList(0, 1)).toString()).startsWith("Income report USD: 1 entry, 2025-03 to 2025-03\n");
  }

  @Test
  void resultsCarryTheDoorsProvenanceCompareByItAndEndWithItsNotes() {
    Income later = Monetik.asOf(LocalDate.of(2026, 12, 1)).income();
    IncomeReport r = later.report(USD, month());
    assertThat(r.provenance()).isEqualTo(Rules.asOf(LocalDate.of(2026, 12, 1)).provenance());
    assertThat(r.provenance().notes()).hasSize(1);
    assertThat(r.toString()).endsWith("\nnote: " + r.provenance().notes().get(0));
    assertThat(r.total()).isEqualTo(income.report(USD, month()).total());
    assertThat(r).isNotEqualTo(income.report(USD, month()));
    assertThat(income.report(USD, month())).isEqualTo(income.report(USD, month()))
        .hasSameHashCodeAs(income.report(USD, month())).isNotEqualTo("report");
    assertThatThrownBy(() -> r.combine(income.report(USD, month()))).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("other must be a report on the same rules, asOf:2026-12-01, was 'latest'");

    BrandDealEstimate deal = later.brandDeal(50_000, EngagementRate.of(Engagement.Convention.BY_VIEWS, new BigDecimal("6")));
    assertThat(deal.provenance()).isEqualTo(r.provenance());
    assertThat(deal.toString()).endsWith("\n  note: " + r.provenance().notes().get(0));
    BrandDealEstimate now = income.brandDeal(50_000, EngagementRate.of(Engagement.Convention.BY_VIEWS, new BigDecimal("6")));
    assertThat(now).isNotEqualTo(deal).isEqualTo(income.brandDeal(50_000,
        EngagementRate.of(Engagement.Convention.BY_VIEWS, new BigDecimal("6.0")))).hasSameHashCodeAs(income.brandDeal(50_000,
        EngagementRate.of(Engagement.Convention.BY_VIEWS, new BigDecimal("6.0"))));
    assertThat(now).isNotEqualTo(income.brandDeal(50_001, EngagementRate.of(Engagement.Convention.BY_VIEWS, new BigDecimal("6"))))
        .isNotEqualTo("deal");
    assertThat(now.toString()).doesNotContain("note:");
    assertThat(income).isEqualTo(Monetik.defaults().income()).hasSameHashCodeAs(Monetik.defaults().income())
        .isNotEqualTo(later).isNotEqualTo("income");
  }

  @Test
  void theBrandDealPrintsItsRangeTierAndBand() {
    BrandDealEstimate deal = income.brandDeal(50_000, EngagementRate.of(Engagement.Convention.BY_VIEWS, new BigDecimal("6")));
    assertThat(deal.toString()).isEqualTo(String.join("\n",
        "ESTIMATE brand deal per post: " + deal.perPost(),
        "  tier:        mid-tier (50,000+ followers: USD 125.00 to USD 1000.00 per post)",
        "  engagement:  AVERAGE",
        "  assumptions:",
        "   - fee per post = followers / 1,000 x USD 10.00 to USD 50.00 (a published rule of thumb, not a TikTok rate)",
        "   - expected = midpoint x engagement 6% by views / reference 6% (scale 1.000000)",
        "   - follower tier mid-tier (50,000+ followers: USD 125.00 to USD 1000.00 per post) for comparison",
        "   - one post; usage rights, exclusivity, deliverables and the creator's niche change real fees"));
    Rows rows = deal.rows();
    assertThat(rows.columns()).containsExactly("low", "expected", "high", "currency", "tier", "engagement_band");
    assertThat(rows).containsExactly(Map.of("low", new BigDecimal("500.00"), "expected", new BigDecimal("1500.00"),
        "high", new BigDecimal("2500.00"), "currency", "USD", "tier", "mid-tier", "engagement_band", "AVERAGE"));
  }

  @Test
  void rowsAreOnePerMonthAndStreamWithTypedColumnsThatAddUpToTheTotal() {
    IncomeReport r = income.report(USD, month());
    Rows rows = r.rows();
    assertThat(rows.columns()).containsExactly("month", "stream", "amount", "currency");
    assertThat(rows.kind("amount")).isEqualTo(Rows.ColumnType.AMOUNT);
    assertThat(rows.kind("month")).isEqualTo(Rows.ColumnType.TEXT);
    assertThat(rows).hasSize(6);
    assertThat(rows.get(0)).isEqualTo(Map.of("month", "2025-03", "stream", "LIVE_GIFTS", "amount", new BigDecimal("300.00"),
        "currency", "USD"));
    assertThat(rows.column("stream")).containsExactly("LIVE_GIFTS", "AFFILIATE", "STREAKS", "CREATOR_PROGRAMS",
        "BRAND_PARTNERSHIPS", "AFFILIATE");
    assertThat(rows.column("amount").stream().map(BigDecimal.class::cast).reduce(BigDecimal.ZERO, BigDecimal::add))
        .isEqualByComparingTo(r.total().amount());
    assertThat(income.emptyReport(USD).rows()).isEmpty();
    assertThat(income.emptyReport(USD).rows().columns()).containsExactly("month", "stream", "amount", "currency");
  }

  @Test
  void aFoldOfPlusIsLinearAndEqualsTheReportTheCollectorAndCombine() {
    List<IncomeEntry> many = new ArrayList<>();
    for (int i = 0; i < 60_000; i++) {
      many.add(IncomeEntry.earned(IncomeStream.values()[1 + i % 8], MARCH.plusMonths(i % 12), Money.ofMinor(i, USD)));
    }
    // A plus that copied the sums would take about 60,000^2 / 2 map copies here: minutes, not milliseconds.
    IncomeReport folded = income.emptyReport(USD);
    for (IncomeEntry e : many) {
      folded = folded.plus(e);
    }
    IncomeReport whole = income.report(USD, many);
    assertThat(folded).isEqualTo(whole);
    assertThat(folded.entries()).isEqualTo(60_000);
    assertThat(many.parallelStream().collect(income.toReport(USD))).isEqualTo(whole);
    assertThat(income.report(USD, many.subList(0, 20_000)).combine(income.report(USD, many.subList(20_000, 60_000))))
        .isEqualTo(whole).isEqualTo(income.report(USD, many.subList(20_000, 60_000))
            .combine(income.report(USD, many.subList(0, 20_000))));
    // Every step of a fold is a report of its own; an earlier one is unchanged by later steps.
    IncomeReport one = income.emptyReport(USD).plus(many.get(1));
    IncomeReport two = one.plus(many.get(2));
    assertThat(one.total()).isEqualTo(usd("0.01"));
    assertThat(two.total()).isEqualTo(usd("0.03"));
    assertThat(one.plus(many.get(3)).total()).isEqualTo(usd("0.04"));
    assertThat(income.emptyReport(USD).combine(whole)).isEqualTo(whole);
    assertThat(whole.combine(income.emptyReport(USD))).isEqualTo(whole);
  }

  @Test
  void sumsStayWithinMonetiksBoundsOrAreRefusedNamingTheOperation() {
    Money huge = Money.of(new BigDecimal("9E+99"), USD);
    IncomeReport nine = income.emptyReport(USD).plus(IncomeEntry.earned(IncomeStream.SERIES, MARCH, huge));
    assertThat(nine.total()).isEqualTo(huge);
    assertThatThrownBy(() -> nine.plus(IncomeEntry.earned(IncomeStream.SERIES, MARCH, huge)))
        .isInstanceOf(ArithmeticException.class).hasMessageStartingWith("IncomeReport overflow in plus: the result 18000").hasMessageEndingWith("is not below 10^100 in magnitude");
    // A refund counts by its size: a report whose entries cancel out still holds their magnitude.
    assertThatThrownBy(() -> nine.plus(IncomeEntry.refund(IncomeStream.SERIES, MARCH, huge.negated())))
        .isInstanceOf(ArithmeticException.class).hasMessageStartingWith("IncomeReport overflow in plus");
    assertThatThrownBy(() -> nine.combine(nine)).isInstanceOf(ArithmeticException.class)
        .hasMessageStartingWith("IncomeReport overflow in combine");
    assertThatThrownBy(() -> income.report(USD, List.of(IncomeEntry.earned(IncomeStream.SERIES, MARCH, huge),
        IncomeEntry.earned(IncomeStream.SERIES, APRIL, huge)))).isInstanceOf(ArithmeticException.class)
        .hasMessageStartingWith("IncomeReport overflow in plus");
    assertThatThrownBy(() -> List.of(IncomeEntry.earned(IncomeStream.SERIES, MARCH, huge),
        IncomeEntry.earned(IncomeStream.SERIES, APRIL, huge)).stream().collect(income.toReport(USD)))
        .isInstanceOf(ArithmeticException.class).hasMessageStartingWith("IncomeReport overflow in plus");
    assertThat(nine.toString()).contains("9" + "0".repeat(99) + ".00");
  }

  @Test
  void everyNullIsNamed() {
    assertThatThrownBy(() -> income.report(null, month())).isInstanceOf(NullPointerException.class).hasMessage("currency");
    assertThatThrownBy(() -> income.report(USD, null)).isInstanceOf(NullPointerException.class).hasMessage("entries");
    assertThatThrownBy(() -> income.report(USD, Arrays.asList(month().get(0), null)))
        .isInstanceOf(NullPointerException.class).hasMessage("entries[1]");
    assertThatThrownBy(() -> income.emptyReport(null)).isInstanceOf(NullPointerException.class).hasMessage("currency");
    assertThatThrownBy(() -> income.toReport(null)).isInstanceOf(NullPointerException.class).hasMessage("currency");
    Collector<IncomeEntry, ?, IncomeReport> c = income.toReport(USD);
    assertThatThrownBy(() -> Arrays.asList(month().get(0), null).stream().collect(c))
        .isInstanceOf(NullPointerException.class).hasMessage("entry");
    assertThatThrownBy(() -> income.emptyReport(USD).plus(null)).isInstanceOf(NullPointerException.class).hasMessage("entry");
    assertThatThrownBy(() -> income.emptyReport(USD).combine(null)).isInstanceOf(NullPointerException.class).hasMessage("other");
    assertThatThrownBy(() -> List.of(IncomeEntry.earned(IncomeStream.SERIES, MARCH, Money.of("1", "EUR"))).stream()
        .collect(c)).isInstanceOf(CurrencyMismatchException.class).hasMessageContaining("IncomeReport.plus");
    assertThatThrownBy(() -> income.band(null)).isInstanceOf(NullPointerException.class).hasMessage("rate");
    assertThatThrownBy(() -> income.brandDeal(1, null)).isInstanceOf(NullPointerException.class).hasMessage("engagement");
    assertThatThrownBy(() -> income.videoGifts(null, null)).isInstanceOf(NullPointerException.class).hasMessage("month");
    assertThatThrownBy(() -> income.videoGifts(MARCH, null)).isInstanceOf(NullPointerException.class).hasMessage("earnings");
    assertThatThrownBy(() -> Income.of(null, Rules.latest().provenance())).isInstanceOf(NullPointerException.class)
        .hasMessage("incomePolicy");
    assertThatThrownBy(() -> Income.of(income.incomePolicy(), null)).isInstanceOf(NullPointerException.class)
        .hasMessage("provenance");
  }

  @Test
  void theCollectorSplitsAndCombinesInParallel() {
    List<IncomeEntry> entries = new ArrayList<>();
    for (int i = 0; i < 5_000; i++) {
      entries.add(IncomeEntry.earned(IncomeStream.AFFILIATE, MARCH, Money.ofMinor(i, USD)));
    }
    IncomeReport r = entries.parallelStream().collect(income.toReport(USD));
    // 0 + 1 + ... + 4,999 cents = 12,497,500 cents.
    assertThat(r.total()).isEqualTo(usd("124975"));
    assertThat(r.entries()).isEqualTo(5_000);
    assertThat(r.provenance()).isEqualTo(income.provenance());
    assertThat(income.toReport(USD).characteristics()).containsExactly(Collector.Characteristics.UNORDERED);
  }
}
