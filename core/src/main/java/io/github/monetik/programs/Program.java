package io.github.monetik.programs;

/**
 * The TikTok programs a creator can earn from. Their requirements, dates and pay are rule data
 * ({@link ProgramTerms}), not part of this enum: see {@code io.github.monetik.rules.ProgramPresets}.
 */
public enum Program {
  /** The Creator Fund: a fixed pool paid per view, 2020-08 until it closed on 2023-12-16. */
  CREATOR_FUND("Creator Fund"),
  /** The Creativity Program Beta: invite-only, longer-than-a-minute videos, from 2023-02-20. */
  CREATIVITY_PROGRAM_BETA("Creativity Program Beta"),
  /** The Creator Rewards Program: pay per 1,000 qualified views of videos over a minute, from 2024-03. */
  CREATOR_REWARDS("Creator Rewards"),
  /** Hosting a LIVE. */
  LIVE_HOSTING("LIVE hosting"),
  /** Receiving gifts (diamonds) from viewers. */
  LIVE_GIFTS("LIVE gifts"),
  /** LIVE Subscription: viewers pay monthly for perks, from 2022-05. */
  LIVE_SUBSCRIPTION("LIVE Subscription"),
  /** TikTok Shop affiliate: commission on products sold; a pilot tier under 5,000 followers. */
  TIKTOK_SHOP_AFFILIATE("TikTok Shop affiliate"),
  /** Creator Marketplace, where brands found creators; replaced by TikTok One, shut down 2025-04-01. */
  CREATOR_MARKETPLACE("Creator Marketplace"),
  /** Series: paywalled collections of videos, from 2023-03. */
  SERIES("Series");

  private final String title;

  Program(String title) {
    this.title = title;
  }

  /** {@return the program's everyday name, for example {@code Creator Rewards}} */
  public String title() {
    return title;
  }
}
