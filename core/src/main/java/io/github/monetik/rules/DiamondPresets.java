package io.github.monetik.rules;

import io.github.monetik.gifts.DiamondPolicy;
import io.github.monetik.internal.Checks;
import io.github.monetik.money.Money;
import io.github.monetik.money.Rate;
import java.time.LocalDate;

/**
 * Sourced presets for how gifted coins become diamonds and cash. Every number names its source, date
 * and confidence (H = official or several agreeing sources, M = reliable secondary, L = single blog),
 * as collected in the project's {@code DOMAIN.md} §2.
 */
public final class DiamondPresets {
  private DiamondPresets() {}

  /** The day the US "scaled LIVE rewards" replaced the classic 50% share (DOMAIN.md §2; confidence H). */
  public static final LocalDate SCALED_LIVE_REWARDS_FROM = LocalDate.of(2025, 2, 10);

  /**
   * The scaled LIVE rewards ceiling: "up to 53%" (up to 40% from Per-LIVE Missions plus up to 13% from
   * Weekly Missions). Source: tiktok.com/creator-academy/en/article/scaled-live-rewards (updated
   * 2025-02-06). Confidence H.
   */
  public static final Rate SCALED_LIVE_REWARDS_CEILING = Rate.percent(53);

  /**
   * The diamond policy in force on a day in most regions: {@link #classic()} on every date (no source
   * gives another share outside the United States).
   *
   * @param date the day
   * @return the policy that day
   */
  public static DiamondPolicy asOf(LocalDate date) {
    Checks.notNull(date, "date");
    return classic();
  }

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
  public static DiamondPolicy classic() {
    return DiamondPolicy.builder()
        .coinValue(Money.of("0.01", "USD"))
        .creatorShare(Rate.percent(50))
        .diamondValue(Money.of("0.005", "USD"))
        .build();
  }

  /**
   * The US "scaled LIVE rewards" policy from {@link #SCALED_LIVE_REWARDS_FROM}, at its ceiling.
   *
   * <p>How a range becomes one policy: the creator's share now depends on missions a creator
   * completes, "up to 53%" (official, confidence H); a newsletter reports 20% for LIVEs under 5
   * minutes rising to 38% at 25+ minutes, and breaches costing up to 20 points
   * (live-success.beehiiv.com, confidence M). A {@link DiamondPolicy} holds one exact share, so this
   * preset takes the only officially stated number, the ceiling: its creator cash is what a creator
   * earns <em>at most</em>. For the share your missions reached, use
   * {@link #scaledLiveRewards(Rate)}. The coin reference value (USD 0.01) and the diamond value
   * (USD 0.005) stay those of {@link #classic()}: no source gives new ones, so diamonds follow
   * the cash (1.06 per coin at the ceiling).
   *
   * @return the scaled LIVE rewards policy at 53%
   */
  public static DiamondPolicy scaledLiveRewards() {
    return scaledLiveRewards(SCALED_LIVE_REWARDS_CEILING);
  }

  /**
   * The US "scaled LIVE rewards" policy for the share a creator's missions reached.
   *
   * @param share the creator's share, at most {@link #SCALED_LIVE_REWARDS_CEILING}
   * @return the policy with that share
   * @throws IllegalArgumentException if {@code share} is above the 53% ceiling
   */
  public static DiamondPolicy scaledLiveRewards(Rate share) {
    Checks.notNull(share, "share");
    if (share.compareTo(SCALED_LIVE_REWARDS_CEILING) > 0) {
      throw new IllegalArgumentException("share must be at most " + SCALED_LIVE_REWARDS_CEILING
          + " (the scaled LIVE rewards ceiling), was " + share);
    }
    return classic().withCreatorShare(share);
  }

  /**
   * The diamond policy in force in the United States on a day: {@link #classic()} before
   * {@link #SCALED_LIVE_REWARDS_FROM} ("before 10 Feb [2025] … 50%", confidence M), then
   * {@link #scaledLiveRewards()} (its ceiling).
   *
   * @param date the day
   * @return the US diamond policy that day
   */
  public static DiamondPolicy unitedStates(LocalDate date) {
    Checks.notNull(date, "date");
    return date.isBefore(SCALED_LIVE_REWARDS_FROM) ? classic() : scaledLiveRewards();
  }
}
