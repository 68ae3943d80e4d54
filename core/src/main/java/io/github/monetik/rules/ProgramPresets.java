package io.github.monetik.rules;

import io.github.monetik.money.Money;
import io.github.monetik.programs.AccountType;
import io.github.monetik.programs.PayDay;
import io.github.monetik.programs.PayTerms;
import io.github.monetik.programs.Program;
import io.github.monetik.programs.ProgramPolicy;
import io.github.monetik.programs.ProgramTerms;
import io.github.monetik.programs.Requirement;
import io.github.monetik.programs.Standing;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Sourced presets for the creator programs: when each is open, what it requires, how it pays.
 * Every number names its source, date and confidence (H = official or several agreeing sources,
 * M = reliable secondary, L = single blog), as collected in the project's {@code DOMAIN.md}
 * §2–4, §6–7. Where the sources give history, the terms depend on the date.
 *
 * <p>Where the sources publish no number for a requirement, the requirement is left out and the
 * terms carry a note saying so ({@link ProgramTerms#notes()}); nothing is invented. Countries are
 * ISO 3166 codes: the sources' "UK" is {@code GB}.
 */
public final class ProgramPresets {
  /**
   * The Creator Fund's view requirement rose from 10,000 to 100,000 views in 30 days on this day
   * (support.tiktok.com/en/business-and-creator/tiktok-creator-fund-us/who-is-eligible-us and the
   * newsroom page; DOMAIN §3). Confidence H; some pages still show 10,000.
   */
  public static final LocalDate CREATOR_FUND_100K_VIEWS = LocalDate.of(2021, 3, 25);

  /** Hosting a LIVE moved from 16+ to 18+ on this day (benzinga.com, 2022-10-18; DOMAIN §2). Confidence H. */
  public static final LocalDate LIVE_HOSTING_18_PLUS = LocalDate.of(2022, 11, 23);

  private static final String US = "US";

  private ProgramPresets() {}

  /**
   * {@return the terms of every program in force that day}
   *
   * @param date a day
   */
  public static ProgramPolicy asOf(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return ProgramPolicy.of(List.of(creatorFund(date), creativityProgramBeta(), creatorRewards(), liveHosting(date),
        liveGifts(), liveSubscription(), shopAffiliate(), creatorMarketplace(), series()));
  }

  /**
   * The Creator Fund (US), DOMAIN §3.
   *
   * <ul>
   *   <li>Open from 2020-08-01 (applications from August 2020; fund announced 2020-07-23,
   *       moneycontrol.com), confidence H; closed on 2023-12-16 (feeds.bbci.co.uk/news/newsbeat-67344786),
   *       confidence H.
   *   <li>18+, US-based, 10,000 followers, 10,000 views in 30 days, 100,000 from
   *       {@link #CREATOR_FUND_100K_VIEWS} (support.tiktok.com … who-is-eligible-us), confidence H.
   *   <li>Pay USD 0.02–0.04 per 1,000 views, creator-reported (Mashable; conbersa.ai), confidence M;
   *       Duets, Stitches and LIVE excluded (tiktok.com/creators/creator-portal …/creator-fund/), H.
   *   <li>Withdrawable 30 days after month-end (Mashable via inews.id), confidence M; minimum payout
   *       USD 10 from the suggested defaults, unverified (USD 50 and 100 are also reported), confidence L.
   * </ul>
   *
   * @param date the day, for the view requirement's history
   * @return the terms
   */
  public static ProgramTerms creatorFund(LocalDate date) {
    long views = date.isBefore(CREATOR_FUND_100K_VIEWS) ? 10_000 : 100_000;
    return ProgramTerms.builder().program(Program.CREATOR_FUND)
        .opens(LocalDate.of(2020, 8, 1)).closes(LocalDate.of(2023, 12, 16))
        .addRequirements(Requirement.minimumAge(18), Requirement.countries(US),
            Requirement.minimumFollowers(10_000), Requirement.minimumViews30d(views))
        .pay(PayTerms.builder().basis(PayTerms.Basis.VIEWS)
            .rpmLow(Money.of("0.02", "USD")).rpmHigh(Money.of("0.04", "USD"))
            .minimumPayout(Money.of("10", "USD")).payDay(PayDay.daysAfterMonthEnd(30)).build())
        .addNotes("only the US fund is modelled: the European fund (GB, DE, IT, FR, ES) is sourced "
                + "without dates or terms (DOMAIN §3)",
            "Duets, Stitches and LIVE never counted; the fund was a fixed pool, so pay per view varied",
            "minimum payout USD 10 is unverified (USD 50 and 100 also reported)")
        .build();
  }

  /**
   * The Creativity Program Beta, DOMAIN §3.
   *
   * <ul>
   *   <li>Launched 2023-02-20, invite-only, in US, FR, BR (neowin.net), confidence H.
   *   <li>Closes 2024-03-01, when the Creator Rewards Program replaced it ("from 2024-03"); the
   *       sources give no separate end date of the Beta, confidence L.
   *   <li>18+, 10,000 followers, 100,000 views in 30 days and the pay terms below: the suggested
   *       defaults apply the Creator Rewards terms from 2023-02 on, confidence M.
   *   <li>Videos original and longer than 1 minute, no Duets, Stitches or sponsored content
   *       (support.tiktok.com … how-is-the-creativity-program-beta-different …), confidence H.
   * </ul>
   *
   * @return the terms
   */
  public static ProgramTerms creativityProgramBeta() {
    return ProgramTerms.builder().program(Program.CREATIVITY_PROGRAM_BETA)
        .opens(LocalDate.of(2023, 2, 20)).closes(LocalDate.of(2024, 3, 1))
        .addRequirements(Requirement.minimumAge(18), Requirement.countries(US, "FR", "BR"),
            Requirement.minimumFollowers(10_000), Requirement.minimumViews30d(100_000))
        .pay(rewardsPay())
        .addNotes("invite-only: an invitation cannot be checked from a profile",
            "no sponsored content; TikTok claimed up to 20x the Creator Fund's pay (BBC)",
            "end date inferred from Creator Rewards replacing it in 2024-03 (confidence L)")
        .build();
  }

  /**
   * The Creator Rewards Program, DOMAIN §3.
   *
   * <ul>
   *   <li>From 2024-03 (day not published: the 1st is assumed), confidence H for the month.
   *   <li>18+ (KR 19), 10,000 followers, 100,000 views in 30 days, a personal account in good
   *       standing, an eligible country, confidence H.
   *   <li>Countries US, GB (the sources' "UK"), DE, FR, JP, KR, BR (hithanh.com), confidence M;
   *       Mexico is uncertain and left out.
   * </ul>
   *
   * <p>Pay: see {@link #rewardsPay()}.
   *
   * @return the terms
   */
  public static ProgramTerms creatorRewards() {
    return ProgramTerms.builder().program(Program.CREATOR_REWARDS)
        .opens(LocalDate.of(2024, 3, 1))
        .addRequirements(Requirement.minimumAge(18).inCountry("KR", 19),
            Requirement.countries(US, "GB", "DE", "FR", "JP", "KR", "BR"),
            Requirement.minimumFollowers(10_000), Requirement.minimumViews30d(100_000),
            Requirement.accountTypes(AccountType.PERSONAL), Requirement.standings(Standing.GOOD))
        .pay(rewardsPay())
        .addNotes("Mexico may be eligible (unconfirmed); a 50,000-follower rule in JP/KR is reported but unconfirmed",
            "only videos posted after joining count; scoring also weighs originality, play duration, "
                + "search value, engagement and ad value")
        .build();
  }

  /**
   * Creator Rewards pay, DOMAIN §3 (also applied to the Creativity Program Beta).
   *
   * <ul>
   *   <li>Pay per 1,000 qualified views USD 0.40–1.00 (napolify.com; TikTok publishes no rate; BBC
   *       shows UK examples of GBP 0.05–0.20), confidence L–M.
   *   <li>Only original videos longer than 60 s with at least 1,000 qualified views earn; a
   *       qualified view is from the For You feed and watched 5+ s (alltechnerd.com; tabcut.com),
   *       confidence M.
   *   <li>Paid monthly on the 15th (of the next month, assumed), minimum USD 50 (howtoearntips.com;
   *       napolify.com notes TikTok's docs say both USD 10 and 50), confidence L–M.
   * </ul>
   *
   * @return the pay terms
   */
  public static PayTerms rewardsPay() {
    return PayTerms.builder().basis(PayTerms.Basis.QUALIFIED_VIEWS)
        .rpmLow(Money.of("0.40", "USD")).rpmHigh(Money.of("1.00", "USD"))
        .longerThan(Duration.ofSeconds(60)).minimumQualifiedViewsPerVideo(1_000)
        .minimumPayout(Money.of("50", "USD")).payDay(PayDay.dayOfNextMonth(15)).build();
  }

  /**
   * Hosting a LIVE, DOMAIN §2.
   *
   * <ul>
   *   <li>16+ before {@link #LIVE_HOSTING_18_PLUS}, 18+ from then (benzinga.com), confidence H.
   *   <li>1,000 followers (digitaltrends.com, 2020; kxlf.com, 2022), confidence M: not found on an
   *       official page.
   * </ul>
   *
   * @param date the day, for the age's history
   * @return the terms
   */
  public static ProgramTerms liveHosting(LocalDate date) {
    int age = date.isBefore(LIVE_HOSTING_18_PLUS) ? 16 : 18;
    return ProgramTerms.builder().program(Program.LIVE_HOSTING)
        .addRequirements(Requirement.minimumAge(age), Requirement.minimumFollowers(1_000))
        .addNotes("the 1,000-follower rule is community-documented, not on an official page")
        .build();
  }

  /**
   * Receiving LIVE gifts, DOMAIN §2.
   *
   * <ul>
   *   <li>Gifting, including receiving, is 18+ (newsroom.tiktok.com/en-gb/updating-our-gifting-policies),
   *       confidence H. Receivers needed 16+ before that change; its date is not in the sources, so
   *       18+ applies on every date.
   *   <li>Gifts exist only in some countries (support.tiktok.com … send-a-gift-during-a-live-on-tiktok);
   *       the list is not published, so no country requirement.
   * </ul>
   *
   * @return the terms
   */
  public static ProgramTerms liveGifts() {
    return ProgramTerms.builder().program(Program.LIVE_GIFTS)
        .addRequirements(Requirement.minimumAge(18))
        .addNotes("gifts exist only in some countries; TikTok publishes no list, so the country is not checked",
            "receivers needed 16+ before the 18+ rule; that change is not dated in the sources",
            "gifts arrive during a LIVE: see LIVE_HOSTING for hosting")
        .build();
  }

  /**
   * LIVE Subscription, DOMAIN §7: launched 2022-05 (the 1st assumed), 18+, 1,000 followers
   * (9to5mac.com), confidence M.
   *
   * @return the terms
   */
  public static ProgramTerms liveSubscription() {
    return ProgramTerms.builder().program(Program.LIVE_SUBSCRIPTION)
        .opens(LocalDate.of(2022, 5, 1))
        .addRequirements(Requirement.minimumAge(18), Requirement.minimumFollowers(1_000))
        .addNotes("revenue share 50% (up to 70%) outside US/CA; US/CA from 2025-10 70% (up to 90% with a bonus "
            + "needing 10K followers, 100K monthly views, 3+ subscriber-only posts)")
        .build();
  }

  /**
   * TikTok Shop affiliate (US), DOMAIN §4: 18+, 1,000 followers; under 5,000 followers a 30-day
   * Pilot Program limited to 3 selling LIVEs and 5 shoppable videos a week
   * (seller-us.tiktok.com knowledge_id=6939143037667118, 2025-12-16, and 5526872163927850),
   * confidence H. An older 5,000-follower minimum is reported without a date, so these terms apply
   * on every date.
   *
   * @return the terms
   */
  public static ProgramTerms shopAffiliate() {
    return ProgramTerms.builder().program(Program.TIKTOK_SHOP_AFFILIATE)
        .addRequirements(Requirement.minimumAge(18), Requirement.minimumFollowers(1_000))
        .limitedBelowFollowers(5_000)
        .limitedTier("30-day Pilot Program: 3 selling LIVEs and 5 shoppable videos a week")
        .addNotes("US terms; other markets' terms are not in the sources",
            "an older 5,000-follower minimum is reported without a date")
        .build();
  }

  /**
   * Creator Marketplace, DOMAIN §6: 18+ (KR 19); 10,000 followers (KR 50,000); 1,000+ post views
   * and 3+ posts in 30 days (support.tiktok.com/sl/business-and-creator/tiktok-creator-marketplace/…),
   * confidence H. Replaced by TikTok One: no new campaigns from 2025-03-01, shut down 2025-04-01
   * (Mashable via ecochest.com), confidence M. Its opening date is not in the sources.
   *
   * @return the terms
   */
  public static ProgramTerms creatorMarketplace() {
    return ProgramTerms.builder().program(Program.CREATOR_MARKETPLACE)
        .closes(LocalDate.of(2025, 4, 1))
        .addRequirements(Requirement.minimumAge(18).inCountry("KR", 19),
            Requirement.minimumFollowers(10_000).inCountry("KR", 50_000),
            Requirement.minimumViews30d(1_000), Requirement.minimumPosts30d(3))
        .addNotes("no new campaigns from 2025-03-01; replaced by TikTok One, whose terms are not in the sources")
        .build();
  }

  /**
   * Series, DOMAIN §7: from 2023-03 (the 1st assumed); 18+, 10,000 followers
   * (hollywoodreporter.com; Mashable), confidence H.
   *
   * @return the terms
   */
  public static ProgramTerms series() {
    return ProgramTerms.builder().program(Program.SERIES)
        .opens(LocalDate.of(2023, 3, 1))
        .addRequirements(Requirement.minimumAge(18), Requirement.minimumFollowers(10_000))
        .addNotes("price USD 0.99–189.99; up to 80 videos of up to 20 minutes; creators keep 100% minus fees "
            + "\"for a limited time\"")
        .build();
  }
}
