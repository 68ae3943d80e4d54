package io.github.monetik.programs;

/**
 * The TikTok programs a creator can earn from. Their requirements, dates and pay are rule data
 * ({@link ProgramTerms}), not part of this enum: see {@code io.github.monetik.rules.ProgramPresets}.
 */
public enum Program {
  /** The Creator Fund: a fixed pool paid per view, 2020-08 until it closed on 2023-12-16. */
  CREATOR_FUND("Creator Fund"),
  /**
   * The Creativity Program (Beta): invite-only at first, longer-than-a-minute videos, from
   * 2023-02-20 until it was renamed Creator Rewards on 2024-03-18.
   */
  CREATIVITY_PROGRAM_BETA("Creativity Program Beta"),
  /**
   * The Creator Rewards Program, renamed from the Creativity Program on 2024-03-18: pay per 1,000
   * qualified views of videos over a minute, an Additional Reward from 2025.
   */
  CREATOR_REWARDS("Creator Rewards"),
  /** Hosting a LIVE. */
  LIVE_HOSTING("LIVE hosting"),
  /** Receiving gifts (diamonds) from viewers. */
  LIVE_GIFTS("LIVE gifts"),
  /**
   * Subscription: viewers pay monthly for perks; LIVE Subscription from 2022-05, open to creators
   * who do not go LIVE from 2024-09-23.
   */
  LIVE_SUBSCRIPTION("LIVE Subscription"),
  /**
   * TikTok Shop affiliate: commission on products sold, market by market from the day TikTok Shop
   * opened there; a pilot tier under 5,000 followers.
   */
  TIKTOK_SHOP_AFFILIATE("TikTok Shop affiliate"),
  /** Creator Marketplace, where brands found creators; replaced by TikTok One, shut down 2025-04-01. */
  CREATOR_MARKETPLACE("Creator Marketplace"),
  /** Series: paywalled collections of videos, from 2023-03. */
  SERIES("Series"),
  /** Tips: viewers tip a creator directly, the creator keeps 100%; from 2021-12-01. */
  TIPS("Tips"),
  /** TikTok Pulse (US): 50% of the ad revenue next to the top 4% of videos; from 2022-10. */
  TIKTOK_PULSE("TikTok Pulse"),
  /** Creative Challenge (US): paid by the performance of ads creators make for brands; from 2023-06. */
  CREATIVE_CHALLENGE("Creative Challenge"),
  /** Effect Creator Rewards: pay for camera effects many videos use; from 2024. */
  EFFECT_CREATOR_REWARDS("Effect Creator Rewards"),
  /** TikTok One, where brands find creators: it replaced Creator Marketplace on 2025-04-01. */
  TIKTOK_ONE("TikTok One");

  private final String title;

  Program(String title) {
    this.title = title;
  }

  /** {@return the program's everyday name, for example {@code Creator Rewards}} */
  public String title() {
    return title;
  }
}
