package io.github.monetik.rules;

import io.github.monetik.affiliate.CommissionPolicy;
import io.github.monetik.affiliate.CommissionPolicy.PlatformDiscount;
import io.github.monetik.affiliate.CommissionPolicy.RateSource;
import io.github.monetik.affiliate.CommissionPolicy.RefundRule;
import io.github.monetik.affiliate.CommissionPolicy.ReturnsAfterSettlement;
import io.github.monetik.affiliate.CommissionPolicy.Rounding;
import io.github.monetik.internal.Checks;
import io.github.monetik.money.Rate;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Sourced presets for affiliate commissions. Every number names its source, date and confidence
 * (H = official or several agreeing sources, M = reliable secondary, L = single blog), as collected
 * in the project's {@code DOMAIN.md} §4 and §8.
 *
 * <p>The TikTok Shop terms are known for the {@link #unitedStates() US} (the default),
 * {@link #indonesia() Indonesia} and {@link #vietnam() Vietnam}; for any other country the US terms
 * are assumed and the policy's notes say so. Sellers' fees are the seller's cost and never change a
 * creator's commission, so no policy models them: a US seller pays a referral fee of 6% of (customer
 * payment + platform discount - tax) from 2024-04-01 (seller-us knowledge_id=5982454398175018, conf
 * H; an 8% from 2024-07 was announced in the press but TikTok's page still says 6%), a UK seller 9%,
 * VAT included, from 2024-09-02 (conf H).
 *
 * <p>What a policy does not decide is the product's: a seller's campaign (Target Collaboration), a
 * Shop Ads rate (ads.tiktok.com help, 2024-11, conf H) and a tiered commission (US beta,
 * seller-us knowledge_id=7288593467803406, 2025-08-11, conf H) are set on each {@code Product}.
 */
public final class AffiliatePresets {
  private AffiliatePresets() {}

  /** The day TikTok Shop, and its affiliate programme, opened in the US (TikTok newsroom, conf H). */
  public static final LocalDate US_SHOP_OPENED = LocalDate.of(2023, 9, 12);

  /**
   * The affiliate policy on a day: {@link #unitedStates()} on every date (no dated history of TikTok
   * Shop's affiliate terms is sourced); before {@link #US_SHOP_OPENED} its notes say that the
   * programme did not exist yet.
   *
   * @param date the day
   * @return the policy in force that day
   * @throws NullPointerException if the date is null
   */
  public static CommissionPolicy asOf(LocalDate date) {
    Checks.notNull(date, "date");
    return before(unitedStates(), date, US_SHOP_OPENED, "in the US on " + US_SHOP_OPENED);
  }

  /**
   * The affiliate policy for a creator in a country on a day: {@link #indonesia()} for {@code ID},
   * {@link #vietnam()} for {@code VN}, {@link #asOf(LocalDate)} for {@code US} and for no country;
   * for any other country the US terms, with a note that the country's own are not known (for
   * {@code GB} too: only its seller fee is sourced, see the class comment).
   *
   * @param date the day
   * @param country an ISO 3166-1 alpha-2 code, or null for no country
   * @return the policy there that day
   * @throws NullPointerException if the date is null
   */
  public static CommissionPolicy asOf(LocalDate date, @Nullable String country) {
    Checks.notNull(date, "date");
    if (country == null || country.equals("US")) {
      return asOf(date);
    }
    return switch (country) {
      case "ID" -> before(indonesia(), date, MARKETS_OF_2021, "in Indonesia in 2021");
      case "VN" -> vietnam();
      case "GB" -> unknown(before(unitedStates(), date, MARKETS_OF_2021, "in the United Kingdom in 2021"), country);
      default -> unknown(unitedStates(), country);
    };
  }

  /** The United Kingdom and Indonesia opened in 2021 (DOMAIN.md §8, conf M; no day given). */
  private static final LocalDate MARKETS_OF_2021 = LocalDate.of(2021, 1, 1);

  private static CommissionPolicy unknown(CommissionPolicy policy, String country) {
    return with(policy, "TikTok Shop's affiliate terms in " + Checks.echo(country) + " are not in the sources: the US"
        + " terms are assumed (settlement, return window, refunds).");
  }

  private static CommissionPolicy before(CommissionPolicy policy, LocalDate date, LocalDate opened, String when) {
    return date.isBefore(opened) ? with(policy, "TikTok Shop opened " + when + ", after " + date
        + ": these are its later terms.") : policy;
  }

  private static CommissionPolicy with(CommissionPolicy policy, String note) {
    List<String> notes = new java.util.ArrayList<>(policy.notes());
    notes.add(note);
    return policy.withNotes(notes);
  }

  /**
   * TikTok Shop's affiliate commission in the US, with the platform's discount deducted from the
   * base (the default of {@link Rules}).
   *
   * <ul>
   *   <li>Rate set by the seller, <b>1%–80%</b>, per product; a Target Collaboration (a
   *       {@code Campaign}) overrides the Open Collaboration rate:
   *       ads.tiktok.com/help/article/about-open-collaborations-in-seller-center. Confidence H.
   *   <li><b>30-day lock</b>: a higher rate applies at once; a lower rate reaches creators already
   *       promoting only after 30 days; a creator who removes the product or deletes the content
   *       loses the lock: seller-us.tiktok.com/university/essay?knowledge_id=6077860360177451
   *       (2025-09-26). Confidence H.
   *   <li><b>Base</b>: the paid price, that is the product price minus the platform's and the
   *       merchant's coupons, excluding tax and shipping:
   *       seller-vn.tiktok.com/university/essay?knowledge_id=6837840205842177. Confidence H. Chosen as
   *       the default over the US reading (platform subsidies included, confidence L–M, see
   *       {@link #platformSubsidiesIncluded()}) because it is the only official formula
   *       found, it matches DOMAIN.md's suggested default ("paid price after discounts"), and it
   *       never overstates what a creator is owed. DOMAIN.md open question 7.
   *   <li><b>Refunds</b>: none for cancelled or fully refunded orders, pro rata for partial
   *       refunds, none for fraud: the seller-vn and seller-us pages above. Confidence H.
   *   <li><b>Settlement</b>: about <b>15 days after delivery</b>. Confidence H.
   *   <li><b>Returns</b>: within <b>30 days</b> of delivery (a money-back guarantee reaches 90 days),
   *       so a commission can settle before returns close. Whether a later return claws it back is
   *       not published (one 2026 blog says it does not, confidence L): the default claws it back
   *       ({@link ReturnsAfterSettlement#CLAWED_BACK}, the reading that never overstates what a
   *       creator keeps); {@code withReturnsAfterSettlement(KEPT)} gives the other. DOMAIN.md §8.
   *   <li><b>Rounding</b>: not published. Each line's commission is rounded half-up to the
   *       currency's minor unit (cents): the statement explains lines, and shown line amounts then
   *       add up to the order's exactly. Half-up keeps per-line and per-order rounding within half a
   *       minor unit per line (half-even does not: three lines of 1.5 cents give 6 against 4).
   * </ul>
   *
   * @return the TikTok Shop policy (US, 2025)
   */
  public static CommissionPolicy unitedStates() {
    return CommissionPolicy.builder()
        .name("TikTok Shop")
        .rateSource(RateSource.SELLER)
        .minRate(Rate.percent(1))
        .maxRate(Rate.percent(80))
        .platformDiscount(PlatformDiscount.DEDUCTED)
        .settlementDays(15)
        .rateDecreaseLockDays(30)
        .refundRule(RefundRule.PRO_RATA)
        .returnWindowDays(30)
        .returnsAfterSettlement(ReturnsAfterSettlement.CLAWED_BACK)
        .rounding(Rounding.PER_LINE)
        .roundingMode(RoundingMode.HALF_UP)
        .build();
  }

  /**
   * TikTok Shop in the US as some US sources describe it: the base is taken after the seller's
   * discounts, but platform-funded subsidies still count (dashboardly.io). Confidence L–M; DOMAIN.md
   * open question 7. Everything else as {@link #unitedStates()}.
   *
   * @return the US policy with platform subsidies included in the base
   */
  public static CommissionPolicy platformSubsidiesIncluded() {
    return unitedStates().withName("TikTok Shop (platform subsidies included)")
        .withPlatformDiscount(PlatformDiscount.INCLUDED);
  }

  /**
   * TikTok Shop's affiliate commission in Indonesia: <b>commission = (revenue - refunds) x rate</b>
   * ({@link RefundRule#SUBTRACTED_FROM_BASE}), paid on the <b>3rd or the 15th day after
   * delivery</b>, returns within <b>6 days</b> (seller-id.tokopedia.com, 2026 check, confidence H).
   * Which of the two days applies is not said; the later is taken (nothing is shown payable early)
   * and the policy's notes say so; {@code withSettlementDays(3)} gives the earlier. The rate range,
   * the base (after both discounts) and the 30-day lock are not sourced for Indonesia and are taken
   * from {@link #unitedStates()}.
   *
   * @return the Indonesian policy
   */
  public static CommissionPolicy indonesia() {
    return unitedStates().withName("TikTok Shop Indonesia").withRefundRule(RefundRule.SUBTRACTED_FROM_BASE)
        .withReturnWindowDays(6).withNotes(List.of("TikTok Shop Indonesia pays on the 3rd or the 15th day after"
            + " delivery: the 15th is taken; the rate range, base and rate lock are assumed as in the US."));
  }

  /**
   * TikTok Shop's affiliate commission in Vietnam: the base is the actual paid price (product price
   * minus platform and merchant coupons, excluding tax and shipping,
   * seller-vn.tiktok.com/university/essay?knowledge_id=6837840205842177, confidence H); partial
   * refunds reduce it pro rata (same page); a decrease reaches creators already promoting after 30
   * days (seller-vn knowledge_id=3747225037670161, 2024-06-27, confidence H); returns within
   * <b>15 days</b>. The commission is <b>computed 14 days after delivery and paid on the 1st or the
   * 16th</b> (a single source, confidence L): read as payable on the first of those days after the
   * computation ({@code payDaysOfMonth(1, 16)}). Vietnam withholds 10% personal income tax from a
   * creator's commission (confidence M): not deducted here, as the commission is what the creator
   * earns before tax. The policy's notes say both.
   *
   * @return the Vietnamese policy
   */
  public static CommissionPolicy vietnam() {
    return CommissionPolicy.builder().from(unitedStates()).name("TikTok Shop Vietnam").settlementDays(14)
        .payDaysOfMonth(1, 16).returnWindowDays(15)
        .notes(List.of("TikTok Shop Vietnam's pay days (computed 14 days after delivery, paid on the next 1st or 16th)"
            + " come from one source (confidence L); its 10% personal income tax is not deducted."))
        .build();
  }

  /**
   * A flat-rate-per-category programme outside TikTok Shop, such as Amazon Associates, which pays
   * <b>1–10% by category</b> (getwiredupnow.com, 2025; confidence M). The sources give no category
   * table and no payment delay, so both are yours to give; the range 1–10% is checked. The base is
   * the paid price after discounts, excluding tax and shipping, as on TikTok Shop; no rate lock; no
   * return window known.
   *
   * @param categoryRates the rate per product category, each within 1%–10%
   * @param settlementDays days from delivery until a commission is payable
   * @return the policy
   * @throws IllegalArgumentException if a rate lies outside 1%–10%, the table is empty or the days negative
   * @throws NullPointerException naming the table, or the category whose rate is null
   */
  public static CommissionPolicy flatCategoryRates(Map<String, Rate> categoryRates, int settlementDays) {
    return CommissionPolicy.builder()
        .name("flat category rates")
        .rateSource(RateSource.CATEGORY)
        .minRate(Rate.percent(1))
        .maxRate(Rate.percent(10))
        .categoryRates(categoryRates)
        .platformDiscount(PlatformDiscount.DEDUCTED)
        .settlementDays(settlementDays)
        .rateDecreaseLockDays(0)
        .rounding(Rounding.PER_LINE)
        .roundingMode(RoundingMode.HALF_UP)
        .build();
  }
}
