package io.github.monetik.rules;

import io.github.monetik.gifts.DiamondPolicy;
import io.github.monetik.money.Money;
import io.github.monetik.money.Rate;

/**
 * Sourced presets for LIVE gifts: how gifted coins become diamonds and cash. Every number names its
 * source, date and confidence (H = official or several agreeing sources, M = reliable secondary,
 * L = single blog), as collected in the project's {@code DOMAIN.md} §2.
 */
public final class LivePresets {
  private LivePresets() {}

  /**
   * The classic model most sources use: 1 coin gifted gives 1 diamond, a diamond is worth USD 0.005,
   * the creator keeps 50% of a coin's USD 0.01 reference value.
   *
   * <ul>
   *   <li>Creator share 50%, USD 0.005 per diamond: collectivadvertising.com/how-much-are-diamonds-worth-on-tiktok/;
   *       live-success.beehiiv.com/p/tiktok-changes-the-gift-system ("before 10 Feb [2025] … 50% … 0.5
   *       cents per diamond"). Confidence M.
   *   <li>Coin reference value USD 0.01: follows from those two numbers (0.005 / 50%); it is not a
   *       purchase price (packages cost 1.1–1.5 US cents per coin). Confidence M.
   *   <li>TikTok itself publishes no rate: diamonds are "awarded based on popularity"
   *       (support.tiktok.com/en/live-gifts-wallet/tiktok-live/live-gifts-on-tiktok). Confidence H.
   *   <li>Dissent: some calculators use 2 coins per diamond (calculatecreator.com, simpliconvert.com),
   *       confidence L; reach it with {@code diamondValue} USD 0.01.
   * </ul>
   *
   * @return the classic diamond policy (US, most regions, before 2025-02-10)
   */
  public static DiamondPolicy classicDiamonds() {
    return DiamondPolicy.builder()
        .coinValue(Money.of("0.01", "USD"))
        .creatorShare(Rate.percent(50))
        .diamondValue(Money.of("0.005", "USD"))
        .build();
  }
}
