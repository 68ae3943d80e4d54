package io.github.monetik.rules;

import io.github.monetik.gifts.DiamondPolicy;
import io.github.monetik.gifts.Gift;
import io.github.monetik.gifts.GiftCatalog;
import io.github.monetik.gifts.WithdrawalPolicy;
import io.github.monetik.money.Coins;
import io.github.monetik.money.Money;
import io.github.monetik.money.Rate;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

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

  /** The day the US "scaled LIVE rewards" replaced the classic 50% share (DOMAIN.md §2; confidence H). */
  public static final LocalDate SCALED_LIVE_REWARDS_FROM = LocalDate.of(2025, 2, 10);

  /**
   * The scaled LIVE rewards ceiling: "up to 53%" (up to 40% from Per-LIVE Missions plus up to 13% from
   * Weekly Missions). Source: tiktok.com/creator-academy/en/article/scaled-live-rewards (updated
   * 2025-02-06). Confidence H.
   */
  public static final Rate SCALED_LIVE_REWARDS_CEILING = Rate.percent(53);

  /**
   * The US "scaled LIVE rewards" policy from {@link #SCALED_LIVE_REWARDS_FROM}, at its ceiling.
   *
   * <p>How a range becomes one policy: the creator's share now depends on missions a creator
   * completes, "up to 53%" (official, confidence H); a newsletter reports 20% for LIVEs under 5
   * minutes rising to 38% at 25+ minutes, and breaches costing up to 20 points
   * (live-success.beehiiv.com, confidence M). A {@link DiamondPolicy} holds one exact share, so this
   * preset takes the only officially stated number, the ceiling: its creator cash is what a creator
   * earns <em>at most</em>. For the share your missions reached, use
   * {@link #scaledLiveRewardsDiamonds(Rate)}. The coin reference value (USD 0.01) and the diamond value
   * (USD 0.005) stay those of {@link #classicDiamonds()}: no source gives new ones, so diamonds follow
   * the cash (1.06 per coin at the ceiling).
   *
   * @return the scaled LIVE rewards policy at 53%
   */
  public static DiamondPolicy scaledLiveRewardsDiamonds() {
    return scaledLiveRewardsDiamonds(SCALED_LIVE_REWARDS_CEILING);
  }

  /**
   * The US "scaled LIVE rewards" policy for the share a creator's missions reached.
   *
   * @param share the creator's share, at most {@link #SCALED_LIVE_REWARDS_CEILING}
   * @return the policy with that share
   * @throws IllegalArgumentException if {@code share} is above the 53% ceiling
   */
  public static DiamondPolicy scaledLiveRewardsDiamonds(Rate share) {
    Objects.requireNonNull(share, "share");
    if (share.compareTo(SCALED_LIVE_REWARDS_CEILING) > 0) {
      throw new IllegalArgumentException("share must be at most " + SCALED_LIVE_REWARDS_CEILING
          + " (the scaled LIVE rewards ceiling), was " + share);
    }
    return classicDiamonds().withCreatorShare(share);
  }

  /**
   * The diamond policy in force in the United States on a day: {@link #classicDiamonds()} before
   * {@link #SCALED_LIVE_REWARDS_FROM} ("before 10 Feb [2025] … 50%", confidence M), then
   * {@link #scaledLiveRewardsDiamonds()} (its ceiling).
   *
   * @param date the day
   * @return the US diamond policy that day
   */
  public static DiamondPolicy usDiamonds(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return date.isBefore(SCALED_LIVE_REWARDS_FROM) ? classicDiamonds() : scaledLiveRewardsDiamonds();
  }

  /**
   * The bundled gift catalog: the gifts {@code DOMAIN.md} §2 lists.
   *
   * <ul>
   *   <li>Names, prices and combo flags: TikTok's own gift data, snapshot of 2024-01-05 (region
   *       unknown), where the field {@code diamond_count} is the price in coins;
   *       github.com/jwdeveloper/TikTokLiveJava {@code Tools/.../gifts/official/official_05_01_2024.json}.
   *       Confidence H for that date: Rose, TikTok, GG, Finger Heart, Rosa, Perfume, Doughnut (combo),
   *       Hat and Mustache, Hand Hearts, Money Gun, Gold Mine, Sports Car, Interstellar, Lion,
   *       TikTok Universe+, TikTok Universe.
   *   <li>Older values (the same repository's list up to 2024-02; backtofrontshow.com), confidence M:
   *       Galaxy 1,000, Panda 5, Planet 15,000, Castle Fantasy 20,000, Drama Queen 5,000, Universe
   *       34,999. Their combo flag is not sourced: it follows the suggested default "combo for gifts
   *       under 99 coins" (so Panda is a combo gift), confidence L.
   *   <li>Ids only where a source gives them: the recorded LIVE messages in the project's
   *       {@code data/live-gifts} (TikTokLiveJava captures, 2023-10 to 2023-12) show Rose 5655,
   *       Finger Heart 5487, TikTok 5269 and Doughnut 5879, at the same prices. Confidence H for those
   *       captures. Every other gift has no id (found by name only); a LIVE client's own gift list
   *       can fill them in with {@link GiftCatalog#withAll}.
   * </ul>
   *
   * @return the bundled catalog (2024)
   */
  public static GiftCatalog giftCatalog() {
    return GiftCatalog.of(List.of(
        gift(5655, "Rose", 1, true),
        gift(5269, "TikTok", 1, true),
        gift("GG", 1, true),
        gift(5487, "Finger Heart", 5, true),
        gift("Rosa", 10, true),
        gift("Perfume", 20, true),
        gift(5879, "Doughnut", 30, true),
        gift("Hat and Mustache", 99, false),
        gift("Hand Hearts", 100, false),
        gift("Money Gun", 500, false),
        gift("Gold Mine", 1_000, false),
        gift("Sports Car", 7_000, false),
        gift("Interstellar", 10_000, false),
        gift("Lion", 29_999, false),
        gift("TikTok Universe+", 34_999, false),
        gift("TikTok Universe", 44_999, false),
        gift("Panda", 5, true),
        gift("Galaxy", 1_000, false),
        gift("Drama Queen", 5_000, false),
        gift("Planet", 15_000, false),
        gift("Castle Fantasy", 20_000, false),
        gift("Universe", 34_999, false)));
  }

  private static Gift gift(long id, String name, long coins, boolean combo) {
    return gift(name, coins, combo).withId(id);
  }

  private static Gift gift(String name, long coins, boolean combo) {
    return Gift.builder().name(name).price(Coins.of(coins)).repeatable(combo).build();
  }

  /**
   * LIVE withdrawals: at most USD 1,000 per calendar day, processed within 15 days, no TikTok fee;
   * support.tiktok.com/en/live-gifts-wallet/wallet, confidence H.
   *
   * <p>The minimum: TikTok says a threshold applies but does not state it today. The preset keeps the
   * last published one, USD 100 (support.tiktok.com/knowledge-base/withdrawal-instructions, the 2019
   * rules, confidence H for 2019, L for today), as a conservative default: a plan never promises a
   * withdrawal the unstated threshold may refuse. Blogs claim USD 10 (followchain.org, confidence L):
   * reach it with {@code withMinimum(Money.of("10", "USD"))}. The 2019 rules stated no daily cap and no
   * processing window (PayPal could hold funds 21 more days), so the book uses this preset for every
   * date.
   *
   * @return the LIVE withdrawal policy
   */
  public static WithdrawalPolicy withdrawals() {
    return WithdrawalPolicy.builder()
        .dailyCap(Money.of("1000", "USD"))
        .minimum(Money.of("100", "USD"))
        .processingDays(15)
        .build();
  }
}
