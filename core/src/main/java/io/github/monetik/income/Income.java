package io.github.monetik.income;

import io.github.monetik.internal.Checks;
import io.github.monetik.internal.Door;
import io.github.monetik.internal.RulesText;
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
import java.util.stream.Collector;

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
 * entries.parallelStream().collect(income.toReport(Currency.getInstance("USD")));   // the same, collected
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
public final class Income extends Door {
  private static final BigDecimal TWO = BigDecimal.valueOf(2);

  private final IncomePolicy policy;
  private final Provenance provenance;

  private Income(IncomePolicy policy, Provenance provenance) {
    super(policy, provenance);
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
   * @throws NullPointerException if {@code rate} is null
   */
  public EngagementBand band(EngagementRate rate) {
    return policy.band(Checks.notNull(rate, "rate"));
  }

  /**
   * Estimates one sponsored post's fee: followers / 1,000 x the policy's low and high fee for the
   * range, and for the expected value the midpoint fee scaled by {@code engagement / reference
   * engagement}, kept within the range. Always an estimate; the assumptions are in the result.
   *
   * @param followers the account's followers
   * @param engagement the account's engagement rate (its convention is recorded as an assumption)
   * @return the estimate, carrying this door's provenance
   * @throws IllegalArgumentException if {@code followers} is negative
   * @throws NullPointerException if {@code engagement} is null
   * @throws ArithmeticException if a fee leaves Monetik's number bounds (only with a policy whose
   *     fees are near 10^100)
   */
  public BrandDealEstimate brandDeal(long followers, EngagementRate engagement) {
    Checks.notNull(engagement, "engagement");
    FollowerTier tier = policy.tierOf(followers);
    BigDecimal thousands = BigDecimal.valueOf(followers).movePointLeft(3);
    Money low = policy.feePerThousandFollowersLow().multipliedBy(thousands);
    Money high = policy.feePerThousandFollowersHigh().multipliedBy(thousands);
    Money mid = MoneyRange.between(low, high).expected();
    // Both numbers are within bounds, so the quotient is below 10^200: cheap, and printable.
    BigDecimal scale = engagement.percent().divide(policy.referenceEngagement(), 6, RoundingMode.HALF_EVEN);
    List<String> assumptions = new ArrayList<>();
    assumptions.add("fee per post = followers / 1,000 x " + policy.feePerThousandFollowersLow() + " to "
        + policy.feePerThousandFollowersHigh() + " (a published rule of thumb, not a TikTok rate)");
    assumptions.add("expected = midpoint x engagement " + engagement + " / reference " + policy.referenceEngagement().toPlainString()
        + "% (scale " + scale.toPlainString() + ")");
    // The midpoint is at least half the high end (the low end is never negative), so a scale above 2
    // lands above the range: held at its high end without multiplying by a scale of any size.
    Money scaled = scale.compareTo(TWO) > 0 ? high.plus(high) : mid.multipliedBy(scale);
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
    return new BrandDealEstimate(MoneyRange.of(low, expected, high), tier, policy.band(engagement), assumptions,
        provenance);
  }

  /**
   * {@return the report of a period's entries, carrying this door's provenance}
   *
   * @param currency the report's currency; every entry must be in it
   * @param entries a period's income entries, in any order
   * @throws io.github.monetik.money.CurrencyMismatchException if an entry is in another currency
   *     (for example a EUR brand deal beside USD LIVE gifts: convert first, Monetik never does it
   *     implicitly)
   * @throws NullPointerException naming {@code currency} or {@code entries}, or an entry by its place
   *     ({@code entries[3]}), if null
   * @throws ArithmeticException if the amounts leave Monetik's number bounds
   */
  public IncomeReport report(Currency currency, Iterable<IncomeEntry> entries) {
    IncomeReport.Tally t = new IncomeReport.Tally(Checks.notNull(currency, "currency"));
    for (IncomeEntry e : Checks.elements(entries, "entries")) {
      t.add(e);
    }
    return IncomeReport.of(currency, provenance, t);
  }

  /**
   * {@return the report of no entries: the identity of {@link IncomeReport#combine} and the start of
   *     a fold of {@link IncomeReport#plus}}
   *
   * @param currency the currency every entry must be in
   * @throws NullPointerException if {@code currency} is null
   */
  public IncomeReport emptyReport(Currency currency) {
    return IncomeReport.empty(Checks.notNull(currency, "currency"), provenance);
  }

  /**
   * {@return a collector that builds the report of a stream of entries, in parallel too (unordered:
   *     a report does not depend on the order of its entries)}
   *
   * <pre>{@code
   * IncomeReport r = entries.parallelStream().collect(income.toReport(Currency.getInstance("USD")));
   * }</pre>
   *
   * @param currency the currency every entry must be in; a collection meeting another currency
   *     throws {@link io.github.monetik.money.CurrencyMismatchException}, a null entry a
   *     {@code NullPointerException} naming {@code entry}
   * @throws NullPointerException if {@code currency} is null
   */
  public Collector<IncomeEntry, ?, IncomeReport> toReport(Currency currency) {
    Checks.notNull(currency, "currency");
    return Collector.of(() -> IncomeBatch.of(this, currency), IncomeBatch::add, IncomeBatch::merge, IncomeBatch::finish,
        Collector.Characteristics.UNORDERED);
  }

  /**
   * {@return an empty batch of entries in that currency: the collector {@link #toReport(Currency)}
   *     as a builder that an engine feeds, combines and ships as bytes}
   *
   * @param currency the currency every entry must be in
   * @throws NullPointerException naming {@code currency} if it is null
   */
  public IncomeBatch batch(Currency currency) {
    return IncomeBatch.of(this, Checks.notNull(currency, "currency"));
  }

  /**
   * {@return the batch a form holds ({@link IncomeBatch#toBytes()}), under this door's policy}
   *
   * @param form the bytes of an income batch written under a door with the same income policy
   * @throws NullPointerException naming {@code form} if it is null
   * @throws IllegalArgumentException naming {@code form}, the field and the byte offset if the bytes
   *     are not such a form: truncated, another header, kind or version, written under another
   *     policy, a value out of range, sums no entries give (beyond the sum of absolute amounts,
   *     money in a stream that pays none, more sums than entries, ...) or bytes left over
   */
  public IncomeBatch batch(byte[] form) {
    return IncomeBatch.read(this, form);
  }

  /** {@return the digest of this door's policy as a batch's form records it: every field} */
  long rulesDigest() {
    RulesText t = new RulesText("income").decimal("averageEngagementFrom", policy.averageEngagementFrom())
        .decimal("highEngagementFrom", policy.highEngagementFrom())
        .decimal("veryHighEngagementAbove", policy.veryHighEngagementAbove())
        .decimal("referenceEngagement", policy.referenceEngagement())
        .value("feePerThousandFollowersLow", policy.feePerThousandFollowersLow())
        .value("feePerThousandFollowersHigh", policy.feePerThousandFollowersHigh()).value("tiers", policy.tiers().size());
    for (FollowerTier tier : policy.tiers()) {
      t.text("tier", tier.name()).value("minFollowers", tier.minFollowers()).value("low", tier.low())
          .value("high", tier.high().map(Money::toString).orElse("none"));
    }
    return t.digest();
  }

  /**
   * LIVE gifts as income: one {@link IncomeEntry.EntryType#EARNED EARNED} {@link IncomeStream#LIVE_GIFTS}
   * entry of the earnings' {@link LiveEarnings#creatorCash() creator cash}, exact and unrounded (the
   * creator's part of the gross; the platform's cut is not income). Earnings do not know the
   * month they belong to, so the caller says; settle each month's events separately (or split by
   * {@link LiveEarnings#byMinute()}) when a LIVE crosses a month's end.
   *
   * @param month the month the gifts were received in
   * @param earnings the month's LIVE earnings, for example {@code tiktok.gifts().earnings(settlement)}
   * @return the entry, in the diamond policy's currency
   * @throws NullPointerException if an argument is null
   */
  public IncomeEntry liveGifts(YearMonth month, LiveEarnings earnings) {
    return gifts(IncomeStream.LIVE_GIFTS, month, earnings);
  }

  /** Gifts of either kind as the creator's cash, earned. */
  private static IncomeEntry gifts(IncomeStream stream, YearMonth month, LiveEarnings earnings) {
    return IncomeEntry.earned(stream, Checks.notNull(month, "month"), Checks.notNull(earnings, "earnings").creatorCash());
  }

  /**
   * Video gifts as income: one {@link IncomeEntry.EntryType#EARNED EARNED} {@link IncomeStream#VIDEO_GIFTS}
   * entry of the earnings' {@link LiveEarnings#creatorCash() creator cash}, exact and unrounded, as
   * {@link #liveGifts} does for LIVE gifts. Viewers send gifts on videos too, and they become
   * diamonds like LIVE gifts do (support.tiktok.com/en/business-and-creator/video-gifts-on-tiktok/diamonds,
   * confidence H; video gifts launched 2021-12-01). A video gift is a single, non-combo gift, so
   * settling the month's video-gift events counts each one once, on arrival; keep them apart from
   * the LIVE gifts so each stream shows on its own.
   *
   * <pre>{@code
   * income.videoGifts(march, tiktok.gifts().earnings(tiktok.gifts().settle(videoGiftEvents)));
   * }</pre>
   *
   * @param month the month the gifts were received in
   * @param earnings the month's video-gift earnings
   * @return the entry, in the diamond policy's currency
   * @throws NullPointerException if an argument is null
   */
  public IncomeEntry videoGifts(YearMonth month, LiveEarnings earnings) {
    return gifts(IncomeStream.VIDEO_GIFTS, month, earnings);
  }

  /**
   * A view-paid program's payout estimate as income: one {@link IncomeEntry.EntryType#ESTIMATE ESTIMATE}
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
    Checks.notNull(month, "month");
    Checks.notNull(estimate, "estimate");
    return IncomeEntry.estimate(IncomeStream.CREATOR_PROGRAMS, month, estimate.expected());
  }

  /**
   * A brand-deal estimate as income: one {@link IncomeEntry.EntryType#ESTIMATE ESTIMATE}
   * {@link IncomeStream#BRAND_PARTNERSHIPS} entry of the estimate's expected fee for one post
   * ({@link BrandDealEstimate#perPost()}{@code .expected()}, the midpoint scaled by engagement). Once a
   * fee is agreed or paid, record it with {@link IncomeEntry#earned} instead.
   *
   * @param month the month the post is due in
   * @param deal the estimate, for example {@code income.brandDeal(followers, engagementRate)}
   * @return the entry, in the estimate's currency
   */
  public IncomeEntry brandPartnership(YearMonth month, BrandDealEstimate deal) {
    Checks.notNull(month, "month");
    Checks.notNull(deal, "deal");
    return IncomeEntry.estimate(IncomeStream.BRAND_PARTNERSHIPS, month, deal.perPost().expected());
  }

  /**
   * A commission statement as income: {@link IncomeStream#AFFILIATE} entries per month of the
   * statement's {@link CommissionStatement#byMonth()} (the month the orders were placed, as the
   * statement counts them, not the month money moved). Per month:
   *
   * <ul>
   *   <li>{@link CommissionTotals#payable()} as {@link IncomeEntry.EntryType#EARNED EARNED}: commission
   *       that settled, so TikTok owes it; always present, zero too, so the month shows;
   *   <li>{@link CommissionTotals#pending()} as {@link IncomeEntry.EntryType#ESTIMATE ESTIMATE}, when not
   *       zero: commission still inside the settlement window, which a refund can still cancel, so
   *       it is not money the creator can count on yet;
   *   <li>{@link CommissionTotals#reversed()} as {@link IncomeEntry.EntryType#REFUND REFUND}, when not
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
    Checks.notNull(statement, "statement");
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


  /** {@return for example {@code Income[6% reference engagement]}} */
  @Override
  public String toString() {
    return "Income[" + policy.referenceEngagement().toPlainString() + "% reference engagement]";
  }
}
