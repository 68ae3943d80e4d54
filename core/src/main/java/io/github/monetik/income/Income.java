package io.github.monetik.income;

import io.github.monetik.internal.Checks;
import io.github.monetik.report.Provenance;
import io.github.monetik.affiliate.CommissionStatement;
import io.github.monetik.affiliate.CommissionTotals;
import io.github.monetik.gifts.LiveEarnings;
import io.github.monetik.money.Money;
import io.github.monetik.money.MoneyRange;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The income door: engagement bands, brand-deal estimates and income reports under one
 * {@link IncomePolicy}, and the bridges that turn the other doors' results into {@link IncomeEntry
 * income entries}. Get it from {@code Monetik.income()}.
 *
 * <pre>{@code
 * Income income = Monetik.defaults().income();
 * income.band(engagement.rate(Convention.BY_VIEWS));          // AVERAGE
 * income.brandDeal(50_000, engagement.rate(Convention.BY_VIEWS)); // ESTIMATE USD 500 .. 2,500
 * income.report(Currency.getInstance("USD"), entries);        // streams side by side
 * }</pre>
 *
 * <p>From raw events to a month's report in a few calls:
 *
 * <pre>{@code
 * Monetik tiktok = Monetik.defaults();
 * Income income = tiktok.income();
 * YearMonth march = YearMonth.of(2025, 3);
 * List<IncomeEntry> entries = new ArrayList<>();
 * entries.add(income.liveGifts(march, tiktok.gifts().earnings(tiktok.gifts().settle(giftEvents))));
 * entries.add(income.creatorPrograms(march, tiktok.programs().estimate(Program.CREATOR_REWARDS, activity)));
 * entries.addAll(income.affiliate(tiktok.affiliate().statement(orders, march.atEndOfMonth())));
 * entries.add(income.brandPartnership(march, income.brandDeal(120_000, engagementRate)));
 * IncomeReport report = income.report(Currency.getInstance("USD"), entries);
 * }</pre>
 */
public final class Income {
  private final IncomePolicy policy;
  private final Provenance provenance;

  private Income(IncomePolicy policy, Provenance provenance) {
    this.policy = policy;
    this.provenance = provenance;
  }

  /**
   * {@return the door under that policy}
   *
   * @param incomePolicy the heuristics to use
   * @param provenance where they come from, carried into every result
   * @throws NullPointerException if an argument is null
   */
  public static Income of(IncomePolicy incomePolicy, Provenance provenance) {
    return new Income(Checks.notNull(incomePolicy, "incomePolicy"), Checks.notNull(provenance, "provenance"));
  }

  /** {@return where this door's rules come from} */
  public Provenance provenance() {
    return provenance;
  }

  /** {@return the heuristics in use} */
  public IncomePolicy incomePolicy() {
    return policy;
  }

  /**
   * {@return its band}
   *
   * @param rate an engagement rate
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
   * {@return the report}
   *
   * @param currency the report's currency; every entry must be in it
   * @param entries a period's income entries, in any order
   * @throws io.github.monetik.money.CurrencyMismatchException if an entry is in another currency
   *     (for example a EUR brand deal beside USD LIVE gifts: convert first, Monetik never does it
   *     implicitly)
   */
  public IncomeReport report(Currency currency, Iterable<IncomeEntry> entries) {
    return IncomeReport.of(currency, entries);
  }

  /**
   * LIVE gifts as income: one {@link IncomeEntry.Kind#EARNED EARNED} {@link IncomeStream#LIVE_GIFTS}
   * entry of the earnings' {@link LiveEarnings#creatorCash() creator cash}, exact and unrounded (the
   * creator's part of the gross; the platform's cut is not income). Earnings do not know the
   * month they belong to, so the caller says; settle each month's events separately (or split by
   * {@link LiveEarnings#byMinute()}) when a LIVE crosses a month's end.
   *
   * @param month the month the gifts were received in
   * @param earnings the month's LIVE earnings, for example {@code tiktok.gifts().earnings(settlement)}
   * @return the entry, in the diamond policy's currency
   */
  public IncomeEntry liveGifts(YearMonth month, LiveEarnings earnings) {
    Objects.requireNonNull(month, "month");
    Objects.requireNonNull(earnings, "earnings");
    return IncomeEntry.earned(IncomeStream.LIVE_GIFTS, month, earnings.creatorCash());
  }

  /**
   * A view-paid program's payout estimate as income: one {@link IncomeEntry.Kind#ESTIMATE ESTIMATE}
   * {@link IncomeStream#CREATOR_PROGRAMS} entry of the range's {@link MoneyRange#expected()
   * expected} value (for {@code Programs.estimate} the middle of the reported pay per 1,000 views).
   * A report holds one figure per entry, so the low and high bounds are not carried: keep the range
   * beside the report when its width matters.
   *
   * @param month the month the views were earned in
   * @param estimate the payout estimate, for example {@code tiktok.programs().estimate(Program.CREATOR_REWARDS, activity)}
   * @return the entry, in the estimate's currency
   * @throws IllegalArgumentException if the expected value is negative (a payout estimate never is)
   */
  public IncomeEntry creatorPrograms(YearMonth month, MoneyRange estimate) {
    Objects.requireNonNull(month, "month");
    Objects.requireNonNull(estimate, "estimate");
    return IncomeEntry.estimate(IncomeStream.CREATOR_PROGRAMS, month, estimate.expected());
  }

  /**
   * A brand-deal estimate as income: one {@link IncomeEntry.Kind#ESTIMATE ESTIMATE}
   * {@link IncomeStream#BRAND_PARTNERSHIPS} entry of the estimate's expected fee for one post
   * ({@link BrandDealEstimate#perPost()}{@code .expected()}, the midpoint scaled by engagement). Once a
   * fee is agreed or paid, record it with {@link IncomeEntry#earned} instead.
   *
   * @param month the month the post is due in
   * @param deal the estimate, for example {@code income.brandDeal(followers, engagementRate)}
   * @return the entry, in the estimate's currency
   */
  public IncomeEntry brandPartnership(YearMonth month, BrandDealEstimate deal) {
    Objects.requireNonNull(month, "month");
    Objects.requireNonNull(deal, "deal");
    return IncomeEntry.estimate(IncomeStream.BRAND_PARTNERSHIPS, month, deal.perPost().expected());
  }

  /**
   * A commission statement as income: {@link IncomeStream#AFFILIATE} entries per month of the
   * statement's {@link CommissionStatement#byMonth()} (the month the orders were placed, as the
   * statement counts them, not the month money moved). Per month:
   *
   * <ul>
   *   <li>{@link CommissionTotals#payable()} as {@link IncomeEntry.Kind#EARNED EARNED}: commission
   *       that settled, so TikTok owes it; always present, zero too, so the month shows;
   *   <li>{@link CommissionTotals#pending()} as {@link IncomeEntry.Kind#ESTIMATE ESTIMATE}, when not
   *       zero: commission still inside the settlement window, which a refund can still cancel, so
   *       it is not money the creator can count on yet;
   *   <li>{@link CommissionTotals#reversed()} as {@link IncomeEntry.Kind#REFUND REFUND}, when not
   *       zero: commission taken back after settlement (refunds, returns, fraud).
   * </ul>
   *
   * <p>So each month's entries add up to its {@link CommissionTotals#earned()} (payable + pending +
   * reversed) and all entries to the statement's {@link CommissionStatement#earned()}. Refunds made
   * before settlement are already netted out of pending and payable; they have no entry of their
   * own. An empty statement gives no entries.
   *
   * @param statement the statement, for example {@code tiktok.affiliate().statement(orders, asOf)}
   * @return the entries, months in order, in the statement's currency
   */
  public List<IncomeEntry> affiliate(CommissionStatement statement) {
    Objects.requireNonNull(statement, "statement");
    List<IncomeEntry> out = new ArrayList<>();
    for (Map.Entry<YearMonth, CommissionTotals> e : statement.byMonth().entrySet()) {
      YearMonth month = e.getKey();
      CommissionTotals t = e.getValue();
      out.add(IncomeEntry.earned(IncomeStream.AFFILIATE, month, t.payable()));
      if (!t.pending().isZero()) {
        out.add(IncomeEntry.estimate(IncomeStream.AFFILIATE, month, t.pending()));
      }
      if (!t.reversed().isZero()) {
        out.add(IncomeEntry.refund(IncomeStream.AFFILIATE, month, t.reversed()));
      }
    }
    return List.copyOf(out);
  }

  @Override
  public String toString() {
    return "Income[" + policy.referenceEngagement().toPlainString() + "% reference engagement]";
  }
}
