package io.github.monetik.income;

import static io.github.monetik.testing.IncomeGenerators.USD;
import static io.github.monetik.testing.IncomeGenerators.engagement;
import static io.github.monetik.testing.IncomeGenerators.entryLists;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import io.github.monetik.money.Money;
import org.junit.jupiter.api.Test;

class IncomePropertiesTest {
  private static final Income INCOME = io.github.monetik.Monetik.defaults().income();
  @Test
  void sharesSumToExactlyOneOrTheReportSaysThereAreNone() {
    qt().forAll(entryLists()).checkAssert(entries -> {
      IncomeReport r = INCOME.report(USD, entries);
      boolean anyPositive = r.byStream().values().stream().anyMatch(m -> m.isPositive());
      assertThat(r.diversification().isPresent()).isEqualTo(anyPositive);
      r.diversification().ifPresent(d -> {
        assertThat(d.shares().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo(BigDecimal.ONE);
        assertThat(d.shares().values()).allMatch(s -> s.signum() >= 0);
        BigDecimal positiveTotal = r.byStream().values().stream().filter(m -> m.isPositive()).map(m -> m.amount())
            .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal unit = BigDecimal.ONE.movePointLeft(IncomeReport.SHARE_SCALE);
        d.shares().forEach((stream, share) -> {
          BigDecimal exact = r.byStream().get(stream).amount().divide(positiveTotal, 20, RoundingMode.HALF_EVEN);
          assertThat(share.subtract(exact).abs()).isLessThan(unit);
        });
      });
    });
  }

  @Test
  void herfindahlIsBetweenOneOverNAndOneAndOneForASingleStream() {
    qt().forAll(entryLists()).checkAssert(entries -> INCOME.report(USD, entries).diversification().ifPresent(d -> {
      BigDecimal n = BigDecimal.valueOf(d.streams());
      BigDecimal oneOverN = BigDecimal.ONE.divide(n, IncomeReport.INDEX_SCALE, RoundingMode.HALF_EVEN);
      assertThat(d.herfindahl()).isBetween(oneOverN, BigDecimal.ONE);
      assertThat(d.effectiveStreams()).isBetween(BigDecimal.ONE, n);
      if (d.streams() == 1) {
        assertThat(d.herfindahl()).isEqualByComparingTo(BigDecimal.ONE);
        assertThat(d.effectiveStreams()).isEqualByComparingTo(BigDecimal.ONE);
      }
    }));
  }

  @Test
  void anySplitCombinedEqualsTheWhole() {
    qt().forAll(entryLists(), integers().between(0, 40), integers().between(0, 40)).checkAssert((entries, i, j) -> {
      int a = Math.min(i, entries.size());
      int b = Math.max(a, Math.min(j, entries.size()));
      IncomeReport whole = INCOME.report(USD, entries);
      IncomeReport left = INCOME.report(USD, entries.subList(0, a));
      IncomeReport mid = INCOME.report(USD, entries.subList(a, b));
      IncomeReport right = INCOME.report(USD, entries.subList(b, entries.size()));
      assertThat(left.combine(mid).combine(right)).isEqualTo(whole);
      assertThat(left.combine(mid.combine(right))).isEqualTo(whole);
      assertThat(INCOME.emptyReport(USD).combine(whole)).isEqualTo(whole).isEqualTo(whole.combine(INCOME.emptyReport(USD)));
      IncomeReport oneByOne = INCOME.emptyReport(USD);
      for (IncomeEntry e : entries) {
        oneByOne = oneByOne.plus(e);
      }
      assertThat(oneByOne).isEqualTo(whole);
      assertThat(entries.parallelStream().collect(INCOME.toReport(USD))).isEqualTo(whole);
    });
  }

  @Test
  void totalIsTheExactSumOfEveryEntry() {
    qt().forAll(entryLists()).checkAssert((List<IncomeEntry> entries) -> {
      BigDecimal sum = entries.stream().map(e -> e.amount().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
      assertThat(INCOME.report(USD, entries).total().amount()).isEqualByComparingTo(sum);
    });
  }

  @Test
  void engagementRateIsNeverNegativeAndZeroWithoutInteractions() {
    qt().forAll(engagement()).checkAssert(e -> {
      for (Engagement.Convention c : Engagement.Convention.values()) {
        if (c == Engagement.Convention.BY_FOLLOWERS && e.followers() == 0 && e.interactions(true) > 0) {
          continue;
        }
        assertThat(e.rate(c, true).percent().signum()).isNotNegative();
        assertThat(e.rate(c, false).percent()).isLessThanOrEqualTo(e.rate(c, true).percent());
      }
      Engagement none = Engagement.builder().from(e).likes(0).comments(0).shares(0).saves(0).build();
      assertThat(none.rate(Engagement.Convention.BY_VIEWS, true).percent()).isEqualByComparingTo(BigDecimal.ZERO);
      assertThat(none.rate(Engagement.Convention.BY_FOLLOWERS, true).percent()).isEqualByComparingTo(BigDecimal.ZERO);
    });
  }
}
