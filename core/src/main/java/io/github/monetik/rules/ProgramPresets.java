package io.github.monetik.rules;

import io.github.monetik.internal.Checks;
import io.github.monetik.money.Money;
import io.github.monetik.money.Rate;
import io.github.monetik.programs.AccountType;
import io.github.monetik.programs.PayDay;
import io.github.monetik.programs.PayTerms;
import io.github.monetik.programs.Program;
import io.github.monetik.programs.ProgramPolicy;
import io.github.monetik.programs.ProgramTerms;
import io.github.monetik.programs.Requirement;
import io.github.monetik.programs.RevenueShare;
import io.github.monetik.programs.Standing;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Sourced presets for the creator programs: when each is open, what it requires, in which
 * countries and markets, and how it pays. Every number names its source, date and confidence
 * (H = official or several agreeing sources, M = reliable secondary, L = single blog), as collected
 * in the project's {@code DOMAIN.md} §2–4, §6–8. Where the sources give history, the terms depend
 * on the date ({@link #asOf(LocalDate)}); a program is open only between the days the sources give.
 *
 * <p>Where the sources publish no number for a requirement, the requirement is left out and the
 * terms carry a note saying so ({@link ProgramTerms#notes()}); nothing is invented. Where only a
 * month or a year is published, the first day of it is assumed, and the javadoc says so. Countries
 * are ISO 3166 codes: the sources' "UK" is {@code GB}. Ages are a per-country table
 * ({@link #LOCAL_AGES}), never one constant.
 *
 * <p>The programs DOMAIN.md §8 adds (Tips, TikTok Pulse, Creative Challenge, Effect Creator
 * Rewards, TikTok One) are known from their launch terms only: their status in 2026 is unknown, and
 * each one's notes say so.
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

  /**
   * The Creativity Program was renamed the Creator Rewards Program on this day
   * (napolify.com/blogs/news/creator-fund-countries, 2025-11-26; DOMAIN §8). Confidence M.
   */
  public static final LocalDate CREATOR_REWARDS_RENAMED = LocalDate.of(2024, 3, 18);

  /**
   * The first day a source lists Mexico among the Creator Rewards countries
   * (napolify.com/blogs/news/creator-fund-countries, 2025-11-26; DOMAIN §8), confidence M. The day
   * Mexico joined is not published: it counts from this day.
   */
  public static final LocalDate CREATOR_REWARDS_MEXICO = LocalDate.of(2025, 11, 26);

  /**
   * Creator Rewards pays an "Additional Reward" on top of the standard reward "from 2025"
   * (logie.ai; DOMAIN §8), confidence M; the day is not published, the year's first is assumed.
   */
  public static final LocalDate ADDITIONAL_REWARD_FROM = LocalDate.of(2025, 1, 1);

  /**
   * Subscription opened to creators who do not go LIVE on this day (10,000 followers and 100,000
   * video views in the past calendar month; newsroom.tiktok.com/en-us/empowering-creators-and-fostering-communities-with-the-expanded-subscription-feature;
   * DOMAIN §8). Confidence H.
   */
  public static final LocalDate SUBSCRIPTION_VIDEO_ROUTE = LocalDate.of(2024, 9, 23);

  /**
   * The US and Canadian Subscription share became 70% (up to 90% with the bonus) "from 2025-10"
   * (tubefilter.com, 2025-10-29; ccstartup.com; DOMAIN §7–8), confidence M–H; the day is not
   * published, the month's first is assumed.
   */
  public static final LocalDate SUBSCRIPTION_US_CA_SHARE = LocalDate.of(2025, 10, 1);

  /**
   * The minimum ages that differ from 18, by country, for gifting and the programs: South Korea
   * 19 (DOMAIN §1 and §8; support.tiktok.com … send-a-gift-during-a-live-on-tiktok), confidence H.
   * Applied to every program open outside the United States ({@link #minimumAge()}).
   */
  public static final Map<String, Integer> LOCAL_AGES = Map.of("KR", 19);

  /**
   * The minimum ages of TikTok's referral terms, which differ from the programs': Egypt 21, Japan 20
   * (DOMAIN §8), confidence H for those terms only. No program here uses them: Monetik models no
   * referral program, and nothing says these ages apply elsewhere.
   */
  public static final Map<String, Integer> REFERRAL_AGES = Map.of("EG", 21, "JP", 20);

  /**
   * The TikTok Shop markets and the first day of each (DOMAIN §8); before a market's launch nobody
   * there is an affiliate. In launch order:
   *
   * <ul>
   *   <li>GB and ID "from 2021", confidence M: the day is not published, 2021-01-01 is assumed.
   *   <li>MY, TH, VN, PH, SG "then", after GB and ID, confidence M: no date is published, the first
   *       day after 2021 (2022-01-01) is assumed.
   *   <li>US from 2023-09-12 (TikTok newsroom "Introducing TikTok Shop"; the affiliate program
   *       opened with it), confidence H.
   *   <li>FR, DE, IT "from 2025-03", confidence M: the month's first day is assumed.
   *   <li>Not markets: JP and BR were planned for 2025 and had not launched per the sources.
   * </ul>
   */
  public static final Map<String, LocalDate> SHOP_MARKETS = shopMarkets();

  private static final String US = "US";
  private static final String STATUS_UNKNOWN = "known from its launch terms only: whether it still runs in 2026, "
      + "and on what terms, is not in the sources";

  private ProgramPresets() {}

  private static Map<String, LocalDate> shopMarkets() {
    Map<String, LocalDate> m = new LinkedHashMap<>();
    for (String c : List.of("GB", "ID")) {
      m.put(c, LocalDate.of(2021, 1, 1));
    }
    for (String c : List.of("MY", "TH", "VN", "PH", "SG")) {
      m.put(c, LocalDate.of(2022, 1, 1));
    }
    m.put(US, LocalDate.of(2023, 9, 12));
    for (String c : List.of("FR", "DE", "IT")) {
      m.put(c, LocalDate.of(2025, 3, 1));
    }
    return java.util.Collections.unmodifiableMap(m);
  }

  /**
   * {@return the terms of every program in force that day}
   *
   * @param date a day
   * @throws NullPointerException if {@code date} is null
   */
  public static ProgramPolicy asOf(LocalDate date) {
    Checks.notNull(date, "date");
    return ProgramPolicy.of(List.of(creatorFund(date), creativityProgramBeta(), creatorRewards(date), liveHosting(date),
        liveGifts(), liveSubscription(date), shopAffiliate(), creatorMarketplace(), series(), tips(), tiktokPulse(),
        creativeChallenge(), effectCreatorRewards(), tiktokOne()));
  }

  /**
   * The minimum age of a program open outside the United States: 18, and the local ages of
   * {@link #LOCAL_AGES} (South Korea 19), DOMAIN §1 and §8, confidence H.
   *
   * @return the age requirement with its per-country table
   */
  public static Requirement minimumAge() {
    Requirement age = Requirement.minimumAge(18);
    for (Map.Entry<String, Integer> e : LOCAL_AGES.entrySet()) {
      age = age.inCountry(e.getKey(), e.getValue());
    }
    return age;
  }

  /**
   * The Creator Fund (US), DOMAIN §3.
   *
   * <ul>
   *   <li>Open from 2020-08-01 (applications from August 2020; fund announced 2020-07-23,
   *       moneycontrol.com), confidence H; closed on 2023-12-16 (feeds.bbci.co.uk/news/newsbeat-67344786),
   *       confidence H. On a later day it is not eligible and its estimate pays nothing.
   *   <li>18+, US-based, 10,000 followers, 10,000 views in 30 days, 100,000 from
   *       {@link #CREATOR_FUND_100K_VIEWS} (support.tiktok.com … who-is-eligible-us), confidence H.
   *   <li>Pay USD 0.02–0.04 per 1,000 views, creator-reported (Mashable; conbersa.ai), confidence M;
   *       Duets, Stitches and LIVE excluded (tiktok.com/creators/creator-portal …/creator-fund/), H.
   *       Photo-mode posts and reposts: the sources speak of videos only, so they are assumed not to
   *       count (assumption).
   *   <li>Withdrawable 30 days after month-end (Mashable via inews.id), confidence M; minimum payout
   *       USD 10 from the suggested defaults, unverified (USD 50 and 100 are also reported), confidence L.
   * </ul>
   *
   * @param date the day, for the view requirement's history
   * @return the terms
   * @throws NullPointerException if {@code date} is null
   */
  public static ProgramTerms creatorFund(LocalDate date) {
    long views = Checks.notNull(date, "date").isBefore(CREATOR_FUND_100K_VIEWS) ? 10_000 : 100_000;
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
   * The Creativity Program Beta, DOMAIN §3 and §8.
   *
   * <ul>
   *   <li>Launched 2023-02-20, invite-only, in US, FR, BR (neowin.net), confidence H.
   *   <li>Closes on {@link #CREATOR_REWARDS_RENAMED} (2024-03-18), when the Creativity Program was
   *       renamed Creator Rewards (napolify.com, 2025-11-26), confidence M.
   *   <li>18+, 10,000 followers, 100,000 views in 30 days and the pay terms of
   *       {@link #rewardsPay(LocalDate)} (no Additional Reward: it closed before 2025): the suggested
   *       defaults apply the Creator Rewards terms from 2023-02 on, confidence M.
   *   <li>Videos original and longer than 1 minute, no Duets, Stitches or sponsored content
   *       (support.tiktok.com … how-is-the-creativity-program-beta-different …), confidence H.
   * </ul>
   *
   * @return the terms
   */
  public static ProgramTerms creativityProgramBeta() {
    return ProgramTerms.builder().program(Program.CREATIVITY_PROGRAM_BETA)
        .opens(LocalDate.of(2023, 2, 20)).closes(CREATOR_REWARDS_RENAMED)
        .addRequirements(Requirement.minimumAge(18), Requirement.countries(US, "FR", "BR"),
            Requirement.minimumFollowers(10_000), Requirement.minimumViews30d(100_000))
        .pay(rewardsPay(CREATOR_REWARDS_RENAMED))
        .addNotes("invite-only: an invitation cannot be checked from a profile",
            "no sponsored content; TikTok claimed up to 20x the Creator Fund's pay (BBC)",
            "renamed Creator Rewards on " + CREATOR_REWARDS_RENAMED + " (napolify.com, 2025-11-26, confidence M)")
        .build();
  }

  /**
   * The Creator Rewards Program, DOMAIN §3 and §8.
   *
   * <ul>
   *   <li>From {@link #CREATOR_REWARDS_RENAMED} (2024-03-18), when the Creativity Program was
   *       renamed (napolify.com, 2025-11-26), confidence M ("from 2024-03", confidence H, agrees).
   *   <li>18+ (KR 19: {@link #minimumAge()}), 10,000 followers, 100,000 views in 30 days, a personal
   *       account in good standing, an eligible country, confidence H. Business, government,
   *       politician and political-party accounts are excluded (DOMAIN §8), confidence M.
   *   <li>Countries US, GB (the sources' "UK"), DE, FR, JP, KR, BR (hithanh.com), confidence M; and
   *       MX from {@link #CREATOR_REWARDS_MEXICO}, the first source that lists it (8 countries, not
   *       ES or IT: napolify.com, 2025-11-26), confidence M.
   *   <li>Review takes about 3 business days; a rejected creator may reapply after 30 days
   *       (DOMAIN §8), confidence M: notes, not checked.
   * </ul>
   *
   * <p>Pay: see {@link #rewardsPay(LocalDate)}.
   *
   * @param date the day, for the countries and the Additional Reward
   * @return the terms
   * @throws NullPointerException if {@code date} is null
   */
  public static ProgramTerms creatorRewards(LocalDate date) {
    Checks.notNull(date, "date");
    Requirement countries = date.isBefore(CREATOR_REWARDS_MEXICO)
        ? Requirement.countries(US, "GB", "DE", "FR", "JP", "KR", "BR")
        : Requirement.countries(US, "GB", "DE", "FR", "JP", "KR", "BR", "MX");
    return ProgramTerms.builder().program(Program.CREATOR_REWARDS)
        .opens(CREATOR_REWARDS_RENAMED)
        .addRequirements(minimumAge(), countries,
            Requirement.minimumFollowers(10_000), Requirement.minimumViews30d(100_000),
            Requirement.accountTypes(AccountType.PERSONAL), Requirement.standings(Standing.GOOD))
        .pay(rewardsPay(date))
        .addNotes("Mexico counts from " + CREATOR_REWARDS_MEXICO + ", the first source listing it (the day it joined "
                + "is not published); ES and IT are not eligible; a 50,000-follower rule in JP/KR is reported but "
                + "unconfirmed",
            "only videos posted after joining count; scoring also weighs originality, play duration, "
                + "search value, engagement and ad value",
            "review takes about 3 business days; a rejected creator may reapply after 30 days")
        .build();
  }

  /**
   * Creator Rewards pay on a day, DOMAIN §3 and §8 (also applied to the Creativity Program Beta).
   *
   * <ul>
   *   <li>Pay per 1,000 qualified views USD 0.40–1.00 (napolify.com; TikTok publishes no rate; BBC
   *       shows UK examples of GBP 0.05–0.20), confidence L–M.
   *   <li>Only original videos longer than 60 s with at least 1,000 qualified views earn; a
   *       qualified view is from the For You feed and watched 5+ s (alltechnerd.com; tabcut.com),
   *       confidence M. Only videos posted after joining count (same sources), confidence M.
   *       Photo-mode posts and reposts don't count (DOMAIN §8), confidence M.
   *   <li>From {@link #ADDITIONAL_REWARD_FROM}, an "Additional Reward" for especially engaging or
   *       high-quality videos (logie.ai), confidence M: TikTok publishes no rate, so an estimate
   *       keeps it apart and prices it only when told.
   *   <li>Paid monthly on the 15th (of the next month, assumed), minimum USD 50 (howtoearntips.com;
   *       napolify.com notes TikTok's docs say both USD 10 and 50), confidence L–M.
   * </ul>
   *
   * @param date the day, for the Additional Reward
   * @return the pay terms
   * @throws NullPointerException if {@code date} is null
   */
  public static PayTerms rewardsPay(LocalDate date) {
    return PayTerms.builder().basis(PayTerms.Basis.QUALIFIED_VIEWS)
        .rpmLow(Money.of("0.40", "USD")).rpmHigh(Money.of("1.00", "USD"))
        .longerThan(Duration.ofSeconds(60)).minimumQualifiedViewsPerVideo(1_000).afterJoiningOnly(true)
        .additionalReward(!Checks.notNull(date, "date").isBefore(ADDITIONAL_REWARD_FROM))
        .minimumPayout(Money.of("50", "USD")).payDay(PayDay.dayOfNextMonth(15)).build();
  }

  /**
   * Hosting a LIVE, DOMAIN §2 and §8.
   *
   * <ul>
   *   <li>16+ before {@link #LIVE_HOSTING_18_PLUS}, 18+ from then (benzinga.com), confidence H;
   *       unchanged in 2026 (DOMAIN §8). No local age is reported for hosting.
   *   <li>1,000 followers (digitaltrends.com, 2020; kxlf.com, 2022), confidence M: not found on an
   *       official page, still community-reported and "may vary by region" (DOMAIN §8), confidence L.
   * </ul>
   *
   * @param date the day, for the age's history
   * @return the terms
   * @throws NullPointerException if {@code date} is null
   */
  public static ProgramTerms liveHosting(LocalDate date) {
    int age = Checks.notNull(date, "date").isBefore(LIVE_HOSTING_18_PLUS) ? 16 : 18;
    return ProgramTerms.builder().program(Program.LIVE_HOSTING)
        .addRequirements(Requirement.minimumAge(age), Requirement.minimumFollowers(1_000))
        .addNotes("the 1,000-follower rule is community-documented, not on an official page, and may vary by region")
        .build();
  }

  /**
   * Receiving LIVE gifts, DOMAIN §2 and §8.
   *
   * <ul>
   *   <li>Gifting, including receiving, is 18+ (newsroom.tiktok.com/en-gb/updating-our-gifting-policies),
   *       KR 19 ({@link #minimumAge()}), confidence H. Receivers needed 16+ before that change; its
   *       date is not in the sources, so 18+ applies on every date.
   *   <li>Government, politician and political-party accounts can't collect Diamonds, send Gifts or
   *       be sent Gifts (support.tiktok.com/en/live-gifts-wallet/tiktok-live/live-gifts-on-tiktok),
   *       confidence H: personal and business accounts only.
   *   <li>Gifts exist only in some countries (support.tiktok.com … send-a-gift-during-a-live-on-tiktok);
   *       the list is not published, so no country requirement.
   * </ul>
   *
   * @return the terms
   */
  public static ProgramTerms liveGifts() {
    return ProgramTerms.builder().program(Program.LIVE_GIFTS)
        .addRequirements(minimumAge(), Requirement.accountTypes(AccountType.PERSONAL, AccountType.BUSINESS))
        .addNotes("gifts exist only in some countries; TikTok publishes no list, so the country is not checked",
            "receivers needed 16+ before the 18+ rule; that change is not dated in the sources",
            "gifts arrive during a LIVE: see LIVE_HOSTING for hosting")
        .build();
  }

  /**
   * Subscription (LIVE Subscription until 2024-09-23), DOMAIN §7 and §8.
   *
   * <ul>
   *   <li>Launched 2022-05 (the 1st assumed) for LIVE creators: 18+, 1,000 followers (9to5mac.com),
   *       confidence M; KR 19 ({@link #minimumAge()}), confidence H. The LIVE route asks what hosting
   *       asks, so it is the eligibility; going LIVE is the creator's choice.
   *   <li>From {@link #SUBSCRIPTION_VIDEO_ROUTE}, open to creators who do not go LIVE: 18+, 10,000
   *       followers and 100,000 video views in the past calendar month, three tiers, in BR, FR, DE,
   *       ES, GB, ID, IT, JP, KR, US (newsroom.tiktok.com … expanded-subscription-feature),
   *       confidence H. An eligible creator without the video route is limited to the LIVE route
   *       ({@link ProgramTerms#limitedUnless()}).
   *   <li>Revenue share, rest of the world: 50%, and a 20% bonus with 10,000 followers and 1,000,000
   *       video views in the last calendar month (socialmediatoday.com, 2025-10-05), confidence M–H.
   *   <li>From {@link #SUBSCRIPTION_US_CA_SHARE}, US and Canada: 70% after fees, up to 90% with a
   *       bonus needing 10,000 followers, 100,000 monthly views and 3+ subscriber-only posts (one for
   *       a creator who never posted one) in the month (tubefilter.com, 2025-10-29; ccstartup.com;
   *       DOMAIN §8), confidence M–H. The posts are not in a profile: the bonus notes them.
   *   <li>The share before 2025-10 is not in the sources: the rest-of-the-world terms are assumed
   *       for every country (assumption).
   * </ul>
   *
   * @param date the day, for the video route and the shares
   * @return the terms
   * @throws NullPointerException if {@code date} is null
   */
  public static ProgramTerms liveSubscription(LocalDate date) {
    Checks.notNull(date, "date");
    RevenueShare rest = RevenueShare.builder().base(Rate.percent(50)).bonus(Rate.percent(20))
        .addBonusRequirements(Requirement.minimumFollowers(10_000), Requirement.minimumViewsLastMonth(1_000_000))
        .build();
    ProgramTerms.Builder b = ProgramTerms.builder().program(Program.LIVE_SUBSCRIPTION)
        .opens(LocalDate.of(2022, 5, 1))
        .addRequirements(minimumAge(), Requirement.minimumFollowers(1_000));
    if (date.isBefore(SUBSCRIPTION_VIDEO_ROUTE)) {
      b.addNotes("subscriptions are sold through LIVE only: the route for creators who do not go LIVE opens on "
          + SUBSCRIPTION_VIDEO_ROUTE);
    } else {
      b.addLimitedUnless(Requirement.countries("BR", "FR", "DE", "ES", "GB", "ID", "IT", "JP", "KR", US),
              Requirement.minimumFollowers(10_000), Requirement.minimumViewsLastMonth(100_000))
          .limitedTier("LIVE route only: subscriptions through LIVE, not on videos")
          .addNotes("three tiers; prices reported from USD 2.99 a month");
    }
    if (!date.isBefore(SUBSCRIPTION_US_CA_SHARE)) {
      b.addRevenueShares(RevenueShare.builder().addCountries(US, "CA").base(Rate.percent(70)).bonus(Rate.percent(20))
          .addBonusRequirements(Requirement.minimumFollowers(10_000), Requirement.minimumViewsLastMonth(100_000))
          .bonusNote("3 or more subscriber-only posts in the month (1 for a creator who never posted one)")
          .build());
    }
    return b.addRevenueShares(rest)
        .addNotes("revenue shares after fees as reported in 2025-10; earlier shares are not in the sources, so the "
            + "rest-of-the-world terms are assumed before then")
        .build();
  }

  /**
   * TikTok Shop affiliate, DOMAIN §4 and §8.
   *
   * <ul>
   *   <li>Markets by date: {@link #SHOP_MARKETS} (GB and ID from 2021, …, US from 2023-09-12, FR, DE,
   *       IT from 2025-03), confidence H for the US, M for the others. Before a market's launch
   *       nobody there is eligible; the program opens with the first markets (2021-01-01 assumed).
   *       JP and BR were planned for 2025 and had not launched per the sources.
   *   <li>18+, 1,000 followers; under 5,000 followers a 30-day Pilot Program limited to 3 selling
   *       LIVEs and 5 shoppable videos a week (seller-us.tiktok.com knowledge_id=6939143037667118,
   *       2025-12-16, and 5526872163927850), confidence H. These are the US terms: the affiliate
   *       terms of the other markets are not in the sources, so the US terms apply there as the
   *       documented default ({@link ProgramTerms#sourcedCountries()}) and the report says so. An
   *       older 5,000-follower minimum is reported without a date.
   * </ul>
   *
   * @return the terms
   */
  public static ProgramTerms shopAffiliate() {
    return ProgramTerms.builder().program(Program.TIKTOK_SHOP_AFFILIATE)
        .opens(LocalDate.of(2021, 1, 1))
        .addRequirements(minimumAge(), Requirement.markets(SHOP_MARKETS), Requirement.minimumFollowers(1_000))
        .addLimitedUnless(Requirement.minimumFollowers(5_000))
        .limitedTier("30-day Pilot Program: 3 selling LIVEs and 5 shoppable videos a week")
        .addSourcedCountries(US)
        .addNotes("market days: GB and ID \"from 2021\", then MY, TH, VN, PH, SG, and FR, DE, IT \"from 2025-03\"; "
                + "the days are not published, the first day of each period is assumed; JP and BR were planned "
                + "for 2025 and had not launched per the sources",
            "an older 5,000-follower minimum is reported without a date")
        .build();
  }

  /**
   * Creator Marketplace, DOMAIN §6: 18+ (KR 19); 10,000 followers (KR 50,000); 1,000+ post views
   * and 3+ posts in 30 days (support.tiktok.com/sl/business-and-creator/tiktok-creator-marketplace/…),
   * confidence H. Replaced by TikTok One ({@link #tiktokOne()}): no new campaigns from 2025-03-01,
   * shut down 2025-04-01 (Mashable via ecochest.com), confidence M. Its opening date is not in the
   * sources.
   *
   * @return the terms
   */
  public static ProgramTerms creatorMarketplace() {
    return ProgramTerms.builder().program(Program.CREATOR_MARKETPLACE)
        .closes(LocalDate.of(2025, 4, 1))
        .addRequirements(Requirement.minimumAge(18).inCountry("KR", 19),
            Requirement.minimumFollowers(10_000).inCountry("KR", 50_000),
            Requirement.minimumViews30d(1_000), Requirement.minimumPosts30d(3))
        .addNotes("no new campaigns from 2025-03-01; replaced by TikTok One (TIKTOK_ONE) on 2025-04-01")
        .build();
  }

  /**
   * Series, DOMAIN §7: from 2023-03 (the 1st assumed); 18+, 10,000 followers
   * (hollywoodreporter.com; Mashable), confidence H; KR 19 ({@link #minimumAge()}), confidence H.
   *
   * @return the terms
   */
  public static ProgramTerms series() {
    return ProgramTerms.builder().program(Program.SERIES)
        .opens(LocalDate.of(2023, 3, 1))
        .addRequirements(minimumAge(), Requirement.minimumFollowers(10_000))
        .addNotes("price USD 0.99–189.99; up to 80 videos of up to 20 minutes; creators keep 100% minus fees "
            + "\"for a limited time\"")
        .build();
  }

  /**
   * Tips, DOMAIN §8: from 2021-12-01; 18+ (KR 19, {@link #minimumAge()}), 100,000 followers, a
   * personal account; the creator keeps 100%, the tipper pays the card fee; USD 1–100 a tip, a viewer
   * at most USD 500 and 100 tips a day. DOMAIN §8 records these launch terms without a URL or a
   * confidence grade: take them as the launch terms, unverified since; status in 2026 unknown.
   *
   * @return the terms
   */
  public static ProgramTerms tips() {
    return ProgramTerms.builder().program(Program.TIPS)
        .opens(LocalDate.of(2021, 12, 1))
        .addRequirements(minimumAge(), Requirement.minimumFollowers(100_000),
            Requirement.accountTypes(AccountType.PERSONAL))
        .addNotes("the creator keeps 100%; the tipper pays the card fee",
            "USD 1–100 a tip; a viewer tips at most USD 500 and 100 tips a day", STATUS_UNKNOWN)
        .build();
  }

  /**
   * TikTok Pulse, DOMAIN §8: from 2022-10 (the 1st assumed), US; 18+, 100,000 followers, 5 posts in
   * 30 days; 50% of the ad revenue next to the top 4% of videos. DOMAIN §8 records these launch terms
   * without a URL or a confidence grade; status in 2026 unknown.
   *
   * @return the terms
   */
  public static ProgramTerms tiktokPulse() {
    return ProgramTerms.builder().program(Program.TIKTOK_PULSE)
        .opens(LocalDate.of(2022, 10, 1))
        .addRequirements(Requirement.minimumAge(18), Requirement.countries(US), Requirement.minimumFollowers(100_000),
            Requirement.minimumPosts30d(5))
        .addNotes("creators get 50% of the ad revenue shown next to the top 4% of videos", STATUS_UNKNOWN)
        .build();
  }

  /**
   * Creative Challenge, DOMAIN §8: from 2023-06 (the 1st assumed), US; 18+, 50,000 followers; paid
   * by the performance of the ads. DOMAIN §8 records these launch terms without a URL or a
   * confidence grade; status in 2026 unknown.
   *
   * @return the terms
   */
  public static ProgramTerms creativeChallenge() {
    return ProgramTerms.builder().program(Program.CREATIVE_CHALLENGE)
        .opens(LocalDate.of(2023, 6, 1))
        .addRequirements(Requirement.minimumAge(18), Requirement.countries(US), Requirement.minimumFollowers(50_000))
        .addNotes("paid by the performance of the ads creators make for brands; no rate is published", STATUS_UNKNOWN)
        .build();
  }

  /**
   * Effect Creator Rewards, DOMAIN §8: from 2024 (2024-01-01 assumed); an effect earns after 100,000
   * qualified videos use it within 90 days, capped at USD 14,000 per effect and USD 50,000 a month.
   * The sources give no requirement on the creator (age, country, followers): the age of every
   * other program, 18+ (KR 19, {@link #minimumAge()}), is assumed (a labelled assumption, rather
   * than calling a 13-year-old eligible), and the notes say so. DOMAIN §8 records these terms
   * without a URL or a confidence grade; status in 2026 unknown.
   *
   * @return the terms
   */
  public static ProgramTerms effectCreatorRewards() {
    return ProgramTerms.builder().program(Program.EFFECT_CREATOR_REWARDS)
        .opens(LocalDate.of(2024, 1, 1))
        .addRequirements(minimumAge())
        .addNotes("the sources give no requirement on the creator (age, country, followers): 18+ (KR 19) is assumed "
                + "as for every other program, and only the age and the dates are checked",
            "an effect earns once 100,000 qualified videos use it within 90 days; pay is capped at USD 14,000 per "
                + "effect and USD 50,000 a month",
            STATUS_UNKNOWN)
        .build();
  }

  /**
   * TikTok One, DOMAIN §6 and §8: replaced Creator Marketplace on 2025-04-01 (Mashable via
   * ecochest.com, confidence M); 18+ (KR 19, {@link #minimumAge()}), 10,000 followers, 1,000+ post
   * views and 3+ posts in 30 days; no TikTok service fee; paid in the account country's currency.
   * Creator Marketplace's KR 50,000-follower rule is not reported for it, so it is not applied.
   * DOMAIN §8 records these terms without a URL or a confidence grade; status in 2026 unknown.
   *
   * @return the terms
   */
  public static ProgramTerms tiktokOne() {
    return ProgramTerms.builder().program(Program.TIKTOK_ONE)
        .opens(LocalDate.of(2025, 4, 1))
        .addRequirements(minimumAge(), Requirement.minimumFollowers(10_000), Requirement.minimumViews30d(1_000),
            Requirement.minimumPosts30d(3))
        .addNotes("no TikTok service fee; paid in the account country's currency", STATUS_UNKNOWN)
        .build();
  }
}
