package io.github.monetik.income;

import io.github.monetik.money.Money;
import io.github.monetik.money.MoneyRange;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Objects;

/**
 * The income door: engagement bands, brand-deal estimates and income reports under one
 * {@link IncomePolicy}. Get it from {@code Monetik.income()}.
 *
 * <pre>{@code
 * Income income = Monetik.defaults().income();
 * income.band(engagement.rate(Convention.BY_VIEWS));          // AVERAGE
 * income.brandDeal(50_000, engagement.rate(Convention.BY_VIEWS)); // ESTIMATE USD 500 .. 2,500
 * income.report(Currency.getInstance("USD"), entries);        // streams side by side
 * }</pre>
 */
public final class Income {
  private final IncomePolicy policy;

  private Income(IncomePolicy policy) {
    this.policy = policy;
  }

  /**
   * @param policy the heuristics to use
   * @return the door under that policy
   */
  public static Income of(IncomePolicy policy) {
    return new Income(Objects.requireNonNull(policy, "policy"));
  }

  /** @return the heuristics in use */
  public IncomePolicy policy() {
    return policy;
  }

  /**
   * @param rate an engagement rate
   * @return its band
   */
  public EngagementBand band(EngagementRate rate) {
    return policy.band(Objects.requireNonNull(rate, "rate"));
  }

  /**
   * Estimates one sponsored post's fee: followers / 1,000 x the policy's low and high fee for the
   * range, and for the expected value the midpoint fee scaled by {@code engagement / reference
   * engagement}, kept within the range. Always an estimate; the assumptions are in the result.
   *
   * @param followers the account's followers
   * @param engagement the account's engagement rate (its convention is recorded as an assumption)
   * @return the estimate
   * @throws IllegalArgumentException if {@code followers} is negative
   */
  public BrandDealEstimate brandDeal(long followers, EngagementRate engagement) {
    Objects.requireNonNull(engagement, "engagement");
    FollowerTier tier = policy.tierOf(followers);
    BigDecimal thousands = BigDecimal.valueOf(followers).movePointLeft(3);
    Money low = policy.feePerThousandFollowersLow().multipliedBy(thousands);
    Money high = policy.feePerThousandFollowersHigh().multipliedBy(thousands);
    Money mid = MoneyRange.between(low, high).expected();
    BigDecimal scale = engagement.percent().divide(policy.referenceEngagement(), 6, RoundingMode.HALF_EVEN);
    Money scaled = mid.multipliedBy(scale);
    List<String> assumptions = new ArrayList<>();
    assumptions.add("fee per post = followers / 1,000 x " + policy.feePerThousandFollowersLow() + " to "
        + policy.feePerThousandFollowersHigh() + " (a published rule of thumb, not a TikTok rate)");
    assumptions.add("expected = midpoint x engagement " + engagement + " / reference " + policy.referenceEngagement().toPlainString()
        + "% (scale " + scale.toPlainString() + ")");
    Money expected = scaled;
    if (scaled.isLessThan(low)) {
      expected = low;
      assumptions.add("engagement below the reference: expected held at the range's low end " + low);
    } else if (scaled.isGreaterThan(high)) {
      expected = high;
      assumptions.add("engagement above the reference: expected held at the range's high end " + high);
    }
    assumptions.add("follower tier " + tier + " for comparison");
    assumptions.add("one post; usage rights, exclusivity, deliverables and the creator's niche change real fees");
    return new BrandDealEstimate(MoneyRange.of(low, expected, high), tier, policy.band(engagement), assumptions);
  }

  /**
   * @param currency the report's currency; every entry must be in it
   * @param entries a period's income entries, in any order
   * @return the report
   * @throws io.github.monetik.money.CurrencyMismatchException if an entry is in another currency
   */
  public IncomeReport report(Currency currency, Iterable<IncomeEntry> entries) {
    return IncomeReport.of(currency, entries);
  }

  @Override
  public String toString() {
    return "Income[" + policy.referenceEngagement().toPlainString() + "% reference engagement]";
  }
}
