package io.github.monetik.rules;

import io.github.monetik.internal.Checks;
import java.time.LocalDate;
import io.github.monetik.income.FollowerTier;
import io.github.monetik.income.IncomePolicy;
import io.github.monetik.money.Money;
import java.math.BigDecimal;

/**
 * Sourced heuristics for engagement and brand deals (DOMAIN.md §6). These are industry rules of
 * thumb, not TikTok rules; confidence as given (H = official or several agreeing sources,
 * M = reliable secondary, L = single blog).
 */
public final class IncomePresets {
  private IncomePresets() {}

  /**
   * The income heuristics on a day: {@link #rulesOfThumb()} on every date (the sources give no
   * history of these heuristics).
   *
   * @param date the day
   * @return the policy in force that day
   * @throws NullPointerException if {@code date} is null
   */
  public static IncomePolicy asOf(LocalDate date) {
    Checks.notNull(date, "date");
    return rulesOfThumb();
  }

  /**
   * The published rules of thumb for engagement and brand deals: engagement benchmarks and the
   * per-1,000-followers fee heuristic.
   *
   * <ul>
   *   <li>Engagement bands: 3–6% average, 7–12% high; engagement falls as followers rise
   *       (costcalculator.calculator.city; geratools.com; confidence H for both conventions being in
   *       use). The gap between 6% and 7% is counted as average; above 12% is "very high".
   *   <li>Fee per post: followers x 1–5%, i.e. USD 10–50 per 1,000 followers, the factor chosen by
   *       engagement against a ~6% average (dani-the-explorer.com/?p=55391; confidence L–M).
   *   <li>Tiers (Influencer Marketing Hub via sprockettes.org, 2023; confidence L): nano under 10K
   *       USD 5–25; micro 10–50K USD 25–125; mid-tier 50–500K USD 125–1,000; macro/mega from 500K
   *       USD 2,000 and up (no upper bound published).
   * </ul>
   *
   * @return the income policy of the published rules of thumb
   */
  public static IncomePolicy rulesOfThumb() {
    return IncomePolicy.builder()
        .averageEngagementFrom(new BigDecimal("3"))
        .highEngagementFrom(new BigDecimal("7"))
        .veryHighEngagementAbove(new BigDecimal("12"))
        .referenceEngagement(new BigDecimal("6"))
        .feePerThousandFollowersLow(Money.of("10", "USD"))
        .feePerThousandFollowersHigh(Money.of("50", "USD"))
        .addTiers(
            FollowerTier.of("nano", 0, Money.of("5", "USD"), Money.of("25", "USD")),
            FollowerTier.of("micro", 10_000, Money.of("25", "USD"), Money.of("125", "USD")),
            FollowerTier.of("mid-tier", 50_000, Money.of("125", "USD"), Money.of("1000", "USD")),
            FollowerTier.of("macro", 500_000, Money.of("2000", "USD")))
        .build();
  }
}
