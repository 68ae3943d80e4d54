package io.github.monetik.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.monetik.income.FollowerTier;
import io.github.monetik.income.IncomePolicy;
import io.github.monetik.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The income presets say what DOMAIN.md §6 says, and every book carries them. */
class IncomePresetsTest {
  @Test
  void theRulesOfThumb() {
    IncomePolicy p = IncomePresets.rulesOfThumb();
    assertThat(p.averageEngagementFrom()).isEqualByComparingTo("3");
    assertThat(p.highEngagementFrom()).isEqualByComparingTo("7");
    assertThat(p.veryHighEngagementAbove()).isEqualByComparingTo("12");
    assertThat(p.referenceEngagement()).isEqualByComparingTo("6");
    assertThat(p.feePerThousandFollowersLow()).isEqualTo(Money.of("10", "USD"));
    assertThat(p.feePerThousandFollowersHigh()).isEqualTo(Money.of("50", "USD"));
    assertThat(p.tiers()).extracting(FollowerTier::name).containsExactly("nano", "micro", "mid-tier", "macro");
    assertThat(p.tiers()).extracting(FollowerTier::minFollowers).containsExactly(0L, 10_000L, 50_000L, 500_000L);
    assertThat(p.tiers().get(2).high()).contains(Money.of("1000", "USD"));
    assertThat(p.tiers().get(3).high()).isEmpty();
    assertThat(p).hasToString("engagement average from 3%, high from 7%; brand deals USD 10.00 to USD 50.00 per 1,000 followers");
  }

  @Test
  void everyDayHasTheSameHeuristics() {
    assertThat(IncomePresets.asOf(LocalDate.of(2019, 1, 1))).isEqualTo(IncomePresets.rulesOfThumb());
    assertThat(Rules.latest().incomePolicy()).isEqualTo(IncomePresets.rulesOfThumb());
    assertThat(Rules.asOf(LocalDate.of(2021, 6, 1)).forCountry("DE").incomePolicy()).isEqualTo(IncomePresets.rulesOfThumb());
    assertThatThrownBy(() -> IncomePresets.asOf(null)).isInstanceOf(NullPointerException.class).hasMessage("date");
    Rules mine = Rules.latest().withIncomePolicy(IncomePresets.rulesOfThumb().withReferenceEngagement(BigDecimal.TEN));
    assertThat(mine.provenance().id()).isEqualTo("latest +incomePolicy");
    assertThat(mine.incomePolicy().referenceEngagement()).isEqualByComparingTo("10");
  }
}
