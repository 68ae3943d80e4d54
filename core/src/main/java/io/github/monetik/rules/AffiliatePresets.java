package io.github.monetik.rules;

import org.jspecify.annotations.Nullable;
import io.github.monetik.internal.Checks;
import java.time.LocalDate;
import io.github.monetik.affiliate.CommissionPolicy;
import io.github.monetik.affiliate.CommissionPolicy.PlatformDiscount;
import io.github.monetik.affiliate.CommissionPolicy.RateSource;
import io.github.monetik.affiliate.CommissionPolicy.Rounding;
import io.github.monetik.money.Rate;
import java.math.RoundingMode;
import java.util.Map;
import java.util.Objects;

/**
 * Sourced presets for affiliate commissions. Every number names its source, date and confidence
 * (H = official or several agreeing sources, M = reliable secondary, L = single blog), as collected
 * in the project's {@code DOMAIN.md} §4.
 */
public final class AffiliatePresets {
  private AffiliatePresets() {}

  /**
   * The affiliate policy on a day: {@link #tiktokShop()} on every date (no dated history of TikTok
   * Shop's affiliate terms is sourced).
   *
   * @param date the day
   * @return the policy in force that day
   */
  public static CommissionPolicy asOf(LocalDate date) {
    Checks.notNull(date, "date");
    return tiktokShop();
  }

  /**
   * The affiliate policy for a creator in a country on a day: {@link #asOf(LocalDate)} wherever the
   * sources give no terms of the country's own.
   *
   * @param date the day
   * @param country an ISO 3166-1 alpha-2 code, or null for no country
   * @return the policy there that day
   */
  public static CommissionPolicy asOf(LocalDate date, @Nullable String country) {
    return asOf(date);
  }

  /**
   * TikTok Shop's affiliate commission, with the platform's discount deducted from the base (the
   * default of {@link Rules}).
   *
   * <ul>
   *   <li>Rate set by the seller, <b>1%–80%</b>, per product; a Target Collaboration (a
   *       {@code Campaign}) overrides the Open Collaboration rate:
   *       ads.tiktok.com/help/article/about-open-collaborations-in-seller-center. Confidence H.
   *   <li><b>30-day lock</b>: a higher rate applies at once; a lower rate reaches creators already
   *       promoting only after 30 days: seller-us.tiktok.com/university/essay?knowledge_id=6077860360177451
   *       (2025-09-26). Confidence H.
   *   <li><b>Base</b>: the paid price, that is the product price minus the platform's and the
   *       merchant's coupons, excluding tax and shipping:
   *       seller-vn.tiktok.com/university/essay?knowledge_id=6837840205842177. Confidence H. Chosen as
   *       the default over the US reading (platform subsidies included, confidence L–M, see
   *       {@link #tiktokShopPlatformSubsidiesIncluded()}) because it is the only official formula
   *       found, it matches DOMAIN.md's suggested default ("paid price after discounts"), and it
   *       never overstates what a creator is owed. DOMAIN.md open question 7.
   *   <li><b>Refunds</b>: none for cancelled or fully refunded orders, pro rata for partial
   *       refunds, none for fraud: the seller-vn and seller-us pages above. Confidence H.
   *   <li><b>Settlement</b>: about <b>15 days after delivery</b> (US). Confidence H.
   *   <li><b>Rounding</b>: not published. Each line's commission is rounded half-up to the
   *       currency's minor unit (cents): the statement explains lines, and shown line amounts then
   *       add up to the order's exactly. Half-up keeps per-line and per-order rounding within half a
   *       minor unit per line (half-even does not: three lines of 1.5 cents give 6 against 4).
   * </ul>
   *
   * @return the TikTok Shop policy (US, 2025)
   */
  public static CommissionPolicy tiktokShop() {
    return CommissionPolicy.builder()
        .name("TikTok Shop")
        .rateSource(RateSource.SELLER)
        .minRate(Rate.percent(1))
        .maxRate(Rate.percent(80))
        .platformDiscount(PlatformDiscount.DEDUCTED)
        .settlementDays(15)
        .rateDecreaseLockDays(30)
        .rounding(Rounding.PER_LINE)
        .roundingMode(RoundingMode.HALF_UP)
        .build();
  }

  /**
   * TikTok Shop as some US sources describe it: the base is taken after the seller's discounts,
   * but platform-funded subsidies still count (dashboardly.io). Confidence L–M; DOMAIN.md open
   * question 7. Everything else as {@link #tiktokShop()}.
   *
   * @return the TikTok Shop policy with platform subsidies included in the base
   */
  public static CommissionPolicy tiktokShopPlatformSubsidiesIncluded() {
    return tiktokShop().withName("TikTok Shop (platform subsidies included)")
        .withPlatformDiscount(PlatformDiscount.INCLUDED);
  }

  /**
   * A flat-rate-per-category programme outside TikTok Shop, such as Amazon Associates, which pays
   * <b>1–10% by category</b> (getwiredupnow.com, 2025; confidence M). The sources give no category
   * table and no payment delay, so both are yours to give; the range 1–10% is checked. The base is
   * the paid price after discounts, excluding tax and shipping, as on TikTok Shop; no rate lock.
   *
   * @param categoryRates the rate per product category, each within 1%–10%
   * @param settlementDays days from delivery until a commission is payable
   * @return the policy
   * @throws IllegalArgumentException if a rate lies outside 1%–10%, the table is empty or the days negative
   */
  public static CommissionPolicy flatCategoryRates(Map<String, Rate> categoryRates, int settlementDays) {
    Objects.requireNonNull(categoryRates, "categoryRates");
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
