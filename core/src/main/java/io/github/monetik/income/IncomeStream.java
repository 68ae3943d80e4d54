package io.github.monetik.income;

import java.util.List;

/**
 * The ways a creator earns on TikTok, with whether each pays money directly, what else it brings,
 * and how it is paid.
 *
 * <p>The starting point is the comparison table in the project's seed article ("Do You Get Money
 * from TikTok Streaks?"). Where the seed disagrees with the sourced facts, the facts win:
 * the seed lists affiliate marketing as paying "No" direct money, but TikTok Shop pays affiliate
 * commissions in cash to the creator (seller-us and seller-vn help pages, DOMAIN.md §4, confidence
 * H), so {@link #AFFILIATE} pays directly here.
 */
public enum IncomeStream {
  /** Daily interaction streaks: no money (seed; DOMAIN.md §5), only engagement and community. */
  STREAKS(false, List.of("increased engagement", "community building"), "not paid"),
  /** Creator Fund (closed 2023-12-16) and the Creator Rewards Program: pay per 1,000 (qualified) views. */
  CREATOR_PROGRAMS(true, List.of("regular income based on video performance"),
      "monthly, after a minimum payout threshold is reached"),
  /** Sponsored posts and campaigns agreed with brands. */
  BRAND_PARTNERSHIPS(true, List.of("high earning potential", "brand exposure"), "per deal, as agreed with the brand"),
  /** Gifts viewers send during LIVEs, received as diamonds and withdrawn as cash. */
  LIVE_GIFTS(true, List.of("real-time interaction"), "diamonds withdrawn to a bank or PayPal, within a daily cap"),
  /**
   * Gifts viewers send on a creator's videos (not during a LIVE), received as diamonds like LIVE
   * gifts: TikTok's Diamonds page counts "gifts from viewers on your videos or LIVE videos"
   * (support.tiktok.com/en/business-and-creator/video-gifts-on-tiktok/diamonds, confidence H; video
   * gifts launched 2021-12-01 with Creator Next; DOMAIN.md §8). A video gift is a single, non-combo
   * gift: each one counts once, when it arrives. The seed's table has no row for it, so it lists no
   * benefit besides the money.
   */
  VIDEO_GIFTS(true, List.of(), "diamonds withdrawn to a bank or PayPal, within a daily cap, as for LIVE gifts"),
  /**
   * TikTok Shop and other affiliate commissions. Direct money, against the seed's table (see the
   * class comment).
   */
  AFFILIATE(true, List.of("commission-based income", "product discovery for the audience"),
      "commission paid after delivery and the settlement window (about 15 days in the US)"),
  /** LIVE subscriptions: a monthly fee shared between the creator and TikTok. */
  SUBSCRIPTIONS(true, List.of("a loyal paying community"), "monthly revenue share"),
  /** Series: paywalled collections of videos. */
  SERIES(true, List.of("premium content for the most engaged viewers"), "per purchase, minus fees"),
  /** The creator's own products or services promoted on TikTok (outside TikTok's programmes). */
  MERCHANDISE(true, List.of("brand building", "independence from platform programmes"),
      "sales through the creator's own shop");

  private final boolean direct;
  private final List<String> indirectBenefits;
  private final String howPaid;

  IncomeStream(boolean direct, List<String> indirectBenefits, String howPaid) {
    this.direct = direct;
    this.indirectBenefits = indirectBenefits;
    this.howPaid = howPaid;
  }

  /** {@return true if the stream pays money to the creator; false for indirect-only streams} */
  public boolean paysDirectly() {
    return direct;
  }

  /** {@return what the stream brings besides money, as in the seed's comparison table} */
  public List<String> indirectBenefits() {
    return indirectBenefits;
  }

  /** {@return how, and roughly when, the money arrives} */
  public String howPaid() {
    return howPaid;
  }
}
