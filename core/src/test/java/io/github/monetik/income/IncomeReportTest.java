package io.github.monetik.income;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.monetik.Monetik;
import io.github.monetik.money.CurrencyMismatchException;
import io.github.monetik.money.Money;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

class IncomeReportTest {
  private static final Income INCOME = io.github.monetik.Monetik.defaults().income();
  private static final Currency USD = Currency.getInstance("USD");
  private static final YearMonth MARCH = YearMonth.of(2025, 3);
  private static final YearMonth APRIL = YearMonth.of(2025, 4);

  private static Money usd(String amount) {
    return Money.of(amount, "USD");
  }

  @Test
  void aMonthSideBySide() {
    IncomeReport r = Monetik.defaults().income().report(USD, List.of(
        IncomeEntry.earned(IncomeStream.LIVE_GIFTS, MARCH, usd("300")),
        IncomeEntry.earned(IncomeStream.AFFILIATE, MARCH, usd("120")),
        IncomeEntry.refund(IncomeStream.AFFILIATE, APRIL, usd("-20")),
        IncomeEntry.estimate(IncomeStream.CREATOR_PROGRAMS, APRIL, usd("100")),
        IncomeEntry.earned(IncomeStream.BRAND_PARTNERSHIPS, APRIL, usd("500")),
        IncomeEntry.earned(IncomeStream.STREAKS, APRIL, usd("0"))));
    assertThat(r.total()).isEqualTo(usd("1000"));
    assertThat(r.estimated()).isEqualTo(usd("100"));
    assertThat(r.byStream()).containsEntry(IncomeStream.AFFILIATE, usd("100")).containsEntry(IncomeStream.STREAKS, usd("0"));
    assertThat(r.byMonth().get(MARCH)).containsEntry(IncomeStream.LIVE_GIFTS, usd("300"));
    assertThat(r.direct()).isEqualTo(usd("1000"));
    assertThat(r.indirectStreams()).containsExactly(IncomeStream.STREAKS);
    Diversification d = r.diversification().orElseThrow();
    // Shares by hand: 300/1000, 100/1000, 100/1000, 500/1000.
    assertThat(d.shares()).containsEntry(IncomeStream.LIVE_GIFTS, new BigDecimal("0.3000"))
        .containsEntry(IncomeStream.BRAND_PARTNERSHIPS, new BigDecimal("0.5000"));
    // HHI by hand: 0.09 + 0.01 + 0.01 + 0.25 = 0.36; effective streams 1 / 0.36 = 2.777778.
    assertThat(d.herfindahl()).isEqualByComparingTo("0.36");
    assertThat(d.effectiveStreams()).isEqualByComparingTo("2.777778");
    assertThat(d.streams()).isEqualTo(4);
    assertThat(r.toString()).contains("LIVE_GIFTS").contains("30.00%").contains("HHI 0.360000").contains("of which estimated: USD 100.00")
        .contains("STREAKS [increased engagement, community building]");
    assertThat(r.rows()).hasSize(6).first().satisfies(row -> assertThat(row).containsEntry("month", "2025-03"));
  }

  @Test
  void thirdsAreRoundedSoTheSharesStillAddUpToOne() {
    IncomeReport r = INCOME.report(USD, List.of(
        IncomeEntry.earned(IncomeStream.LIVE_GIFTS, MARCH, usd("1")),
        IncomeEntry.earned(IncomeStream.AFFILIATE, MARCH, usd("1")),
        IncomeEntry.earned(IncomeStream.SERIES, MARCH, usd("1"))));
    Diversification d = r.diversification().orElseThrow();
    // 0.3333 x 3 = 0.9999: the one missing unit goes to the first stream in enum order on a tie.
    assertThat(d.shares()).containsEntry(IncomeStream.LIVE_GIFTS, new BigDecimal("0.3334"))
        .containsEntry(IncomeStream.AFFILIATE, new BigDecimal("0.3333")).containsEntry(IncomeStream.SERIES, new BigDecimal("0.3333"));
    assertThat(d.herfindahl()).isEqualByComparingTo("0.333333");
    assertThat(d.effectiveStreams()).isEqualByComparingTo("3");
  }

  @Test
  void theMissingUnitGoesToTheLargestRemainderNotTheFirstStream() {
    IncomeReport r = INCOME.report(USD, List.of(
        IncomeEntry.earned(IncomeStream.LIVE_GIFTS, MARCH, usd("4")),
        IncomeEntry.earned(IncomeStream.AFFILIATE, MARCH, usd("2")),
        IncomeEntry.earned(IncomeStream.SERIES, MARCH, usd("1"))));
    // By hand: 4/7 = 0.57142.., 2/7 = 0.28571.., 1/7 = 0.14285..; floors sum to 0.9999 and the
    // largest remainder (10000 x 1 mod 7 = 4, against 2 and 1) is SERIES's.
    assertThat(r.diversification().orElseThrow().shares()).containsEntry(IncomeStream.LIVE_GIFTS, new BigDecimal("0.5714"))
        .containsEntry(IncomeStream.AFFILIATE, new BigDecimal("0.2857")).containsEntry(IncomeStream.SERIES, new BigDecimal("0.1429"));
    assertThat(r.entries()).isEqualTo(3);
    assertThat(r.plus(IncomeEntry.earned(IncomeStream.SERIES, MARCH, usd("0"))).entries()).isEqualTo(4);
    assertThat(r).isNotEqualTo(INCOME.report(USD, List.of(IncomeEntry.earned(IncomeStream.SERIES, MARCH, usd("7")))))
        .isNotEqualTo(r.plus(IncomeEntry.earned(IncomeStream.SERIES, MARCH, usd("0"))))
        .hasSameHashCodeAs(INCOME.report(USD, r.rows().isEmpty() ? List.of() : List.of(
            IncomeEntry.earned(IncomeStream.SERIES, MARCH, usd("1")),
            IncomeEntry.earned(IncomeStream.AFFILIATE, MARCH, usd("2")),
            IncomeEntry.earned(IncomeStream.LIVE_GIFTS, MARCH, usd("4")))));
    assertThat(r.hashCode()).isNotEqualTo(INCOME.emptyReport(USD).hashCode());
    assertThat(r.direct()).isEqualTo(usd("7"));
  }

  @Test
  void aNegativeStreamHasNoShareAndAZeroTotalHasNoDiversification() {
    IncomeReport r = INCOME.report(USD, List.of(
        IncomeEntry.earned(IncomeStream.LIVE_GIFTS, MARCH, usd("10")),
        IncomeEntry.refund(IncomeStream.AFFILIATE, MARCH, usd("-4"))));
    assertThat(r.negativeStreams()).containsExactly(IncomeStream.AFFILIATE);
    assertThat(r.diversification().orElseThrow().shares()).containsOnlyKeys(IncomeStream.LIVE_GIFTS);
    assertThat(INCOME.emptyReport(USD).diversification()).isEmpty();
    assertThat(INCOME.report(USD, List.of(IncomeEntry.earned(IncomeStream.STREAKS, MARCH, usd("0")))).direct()).isEqualTo(usd("0"));
    assertThat(INCOME.emptyReport(USD).toString()).contains("undefined");
  }

  @Test
  void badEntriesAreRefusedWithTheirField() {
    assertThatThrownBy(() -> IncomeEntry.earned(IncomeStream.LIVE_GIFTS, MARCH, usd("-1")))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("amount must be >= 0 for EARNED (use REFUND or ADJUSTMENT), was USD -1.00");
    assertThatThrownBy(() -> IncomeEntry.refund(IncomeStream.AFFILIATE, MARCH, usd("1")))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("amount must be <= 0 for REFUND, was USD 1.00");
    assertThatThrownBy(() -> IncomeEntry.earned(IncomeStream.STREAKS, MARCH, usd("5")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("STREAKS, which pays no money directly");
    assertThatThrownBy(() -> INCOME.emptyReport(USD).plus(IncomeEntry.earned(IncomeStream.SERIES, MARCH, Money.of("1", "EUR"))))
        .isInstanceOf(CurrencyMismatchException.class).hasMessageContaining("expected USD, was EUR");
    assertThatThrownBy(() -> INCOME.emptyReport(USD).combine(INCOME.emptyReport(Currency.getInstance("EUR"))))
        .isInstanceOf(CurrencyMismatchException.class);
  }

  @Test
  void affiliateCommissionsAreDirectMoneyAgainstTheSeedTable() {
    assertThat(IncomeStream.AFFILIATE.paysDirectly()).isTrue();
    assertThat(IncomeStream.STREAKS.paysDirectly()).isFalse();
    assertThat(IncomeStream.STREAKS.howPaid()).isEqualTo("not paid");
  }
}
