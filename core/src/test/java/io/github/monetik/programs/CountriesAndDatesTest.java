package io.github.monetik.programs;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.monetik.Monetik;
import io.github.monetik.money.Rate;
import io.github.monetik.rules.Rules;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Issue 17 for the programs: the rules by country and by date, and honest about what they don't know. */
class CountriesAndDatesTest {
  private static final Programs LATEST = Monetik.defaults().programs();

  private static Programs on(int year, int month, int day) {
    return Monetik.asOf(LocalDate.of(year, month, day)).programs();
  }

  private static CreatorProfile.Builder creator(String country) {
    return CreatorProfile.builder().age(30).country(country).followers(250_000).views30d(2_000_000)
        .qualifiedViews30d(1_500_000).posts30d(20);
  }

  private static List<String> distances(EligibilityReport r) {
    return r.unmet().stream().map(c -> c.distance().orElseThrow()).collect(Collectors.toList());
  }

  @Test
  void shopAffiliateIsEligibleOnlyInAMarketThatHasLaunched() {
    // Regressions (issue 17): eligible on 2021-06-01 for a US creator, and today for an NL creator.
    EligibilityReport us2021 = on(2021, 6, 1).check(Program.TIKTOK_SHOP_AFFILIATE, creator("US").build());
    assertThat(us2021.isEligible()).isFalse();
    assertThat(distances(us2021)).containsExactly("market US opens on 2023-09-12");
    assertThat(us2021.requirements().get(2).required()).isEqualTo("GB, ID");
    EligibilityReport nl = LATEST.check(Program.TIKTOK_SHOP_AFFILIATE, creator("NL").build());
    assertThat(nl.isEligible()).isFalse();
    assertThat(distances(nl)).containsExactly(
        "country NL not a market — markets: GB, ID, MY, PH, SG, TH, VN, US, DE, FR, IT");
    assertThat(on(2023, 9, 11).check(Program.TIKTOK_SHOP_AFFILIATE, creator("US").build()).isEligible()).isFalse();
    assertThat(on(2023, 9, 12).check(Program.TIKTOK_SHOP_AFFILIATE, creator("US").build()).isEligible()).isTrue();
    assertThat(on(2025, 2, 28).check(Program.TIKTOK_SHOP_AFFILIATE, creator("FR").build()).isEligible()).isFalse();
    assertThat(on(2025, 3, 1).check(Program.TIKTOK_SHOP_AFFILIATE, creator("FR").build()).isEligible()).isTrue();
    assertThat(LATEST.check(Program.TIKTOK_SHOP_AFFILIATE, creator("JP").build()).isEligible()).isFalse();
    assertThat(LATEST.check(Program.TIKTOK_SHOP_AFFILIATE, creator("BR").build()).isEligible()).isFalse();
    assertThat(LATEST.check(Program.TIKTOK_SHOP_AFFILIATE, creator("US").build()).notes())
        .anyMatch(n -> n.contains("JP and BR were planned for 2025 and had not launched"));
    EligibilityReport before = on(2020, 12, 31).check(Program.TIKTOK_SHOP_AFFILIATE, creator("GB").build());
    assertThat(distances(before)).containsExactly("not open yet (opens 2021-01-01)", "market GB opens on 2021-01-01");
    assertThat(before.requirements().get(2).required()).isEqualTo("none open yet");
  }

  @Test
  void aMarketWhoseOwnTermsAreNotSourcedGetsTheUsTermsAndANote() {
    EligibilityReport gb = on(2021, 6, 1).check(Program.TIKTOK_SHOP_AFFILIATE, creator("GB").followers(2_000).build());
    assertThat(gb.isEligible()).isTrue();
    assertThat(gb.limitation()).contains("30-day Pilot Program: 3 selling LIVEs and 5 shoppable videos a week "
        + "(under 5,000 followers)");
    assertThat(gb.notes()).contains("TikTok Shop affiliate terms for GB are not in the sources: the US terms apply as "
        + "the default");
    assertThat(gb.toString()).contains("  note: TikTok Shop affiliate terms for GB are not in the sources");
    assertThat(LATEST.check(Program.TIKTOK_SHOP_AFFILIATE, creator("US").build()).notes())
        .noneMatch(n -> n.contains("are not in the sources: the US terms"));
  }

  @Test
  void agesArePerCountry() {
    // KR 19 for gifting and the programs; EG 21 and JP 20 are the referral terms' only.
    CreatorProfile kr18 = creator("KR").age(18).build();
    for (Program p : List.of(Program.CREATOR_REWARDS, Program.LIVE_GIFTS, Program.LIVE_SUBSCRIPTION, Program.SERIES,
        Program.TIPS, Program.TIKTOK_ONE)) {
      assertThat(distances(LATEST.check(p, kr18))).as(p.name()).containsExactly("must be 19, is 18");
      assertThat(LATEST.check(p, kr18.withAge(19)).isEligible()).as(p.name()).isTrue();
    }
    assertThat(LATEST.check(Program.LIVE_HOSTING, kr18).isEligible()).isTrue();
    assertThat(LATEST.check(Program.CREATOR_REWARDS, creator("JP").age(18).build()).isEligible()).isTrue();
    assertThat(LATEST.check(Program.LIVE_GIFTS, creator("EG").age(18).build()).isEligible()).isTrue();
    assertThat(io.github.monetik.rules.ProgramPresets.REFERRAL_AGES).containsEntry("EG", 21).containsEntry("JP", 20);
  }

  @Test
  void creatorRewardsHasEightCountriesWithMexicoFromItsFirstSource() {
    assertThat(LATEST.check(Program.CREATOR_REWARDS, creator("MX").build()).isEligible()).isTrue();
    assertThat(on(2025, 11, 25).check(Program.CREATOR_REWARDS, creator("MX").build()).isEligible()).isFalse();
    assertThat(on(2025, 11, 26).check(Program.CREATOR_REWARDS, creator("MX").build()).isEligible()).isTrue();
    for (String notEligible : List.of("ES", "IT", "NL")) {
      assertThat(LATEST.check(Program.CREATOR_REWARDS, creator(notEligible).build()).isEligible()).as(notEligible).isFalse();
    }
    // renamed from the Creativity Program on 2024-03-18
    assertThat(on(2024, 3, 17).check(Program.CREATIVITY_PROGRAM_BETA, creator("US").build()).isEligible()).isTrue();
    assertThat(on(2024, 3, 18).check(Program.CREATIVITY_PROGRAM_BETA, creator("US").build()).isEligible()).isFalse();
    assertThat(on(2024, 3, 18).check(Program.CREATOR_REWARDS, creator("US").build()).isEligible()).isTrue();
  }

  @Test
  void governmentAndPoliticalAccountsGetNoGiftsAndNoCreatorRewards() {
    CreatorProfile government = creator("US").accountType(AccountType.GOVERNMENT).build();
    assertThat(distances(LATEST.check(Program.LIVE_GIFTS, government)))
        .containsExactly("account type GOVERNMENT not eligible — eligible: PERSONAL, BUSINESS");
    assertThat(distances(LATEST.check(Program.CREATOR_REWARDS, government)))
        .containsExactly("account type GOVERNMENT not eligible — eligible: PERSONAL");
    CreatorProfile business = creator("US").accountType(AccountType.BUSINESS).build();
    assertThat(LATEST.check(Program.LIVE_GIFTS, business).isEligible()).isTrue();
    assertThat(LATEST.check(Program.CREATOR_REWARDS, business).isEligible()).isFalse();
  }

  @Test
  void subscriptionOpenedToCreatorsWhoDoNotGoLiveOn20240923() {
    // Regression (issue 17): today's book applied the 2022 rule (1,000 followers, LIVE) as the whole story.
    CreatorProfile small = creator("US").followers(1_000).views30d(0).qualifiedViews30d(0).build();
    EligibilityReport before = on(2024, 9, 22).check(Program.LIVE_SUBSCRIPTION, small);
    assertThat(before.isEligible()).isTrue();
    assertThat(before.limitation()).isEmpty();
    assertThat(before.notes()).anyMatch(n -> n.startsWith("subscriptions are sold through LIVE only"));
    EligibilityReport after = on(2024, 9, 23).check(Program.LIVE_SUBSCRIPTION, small);
    assertThat(after.isEligible()).isTrue();
    assertThat(after.limitation()).contains("LIVE route only: subscriptions through LIVE, not on videos (under 10,000 "
        + "followers; views in the last calendar month not given)");
    CreatorProfile big = small.withFollowers(10_000).withViewsLastMonth(100_000);
    assertThat(LATEST.check(Program.LIVE_SUBSCRIPTION, big).limitation()).isEmpty();
    assertThat(LATEST.check(Program.LIVE_SUBSCRIPTION, big.withViewsLastMonth(99_999)).limitation())
        .contains("LIVE route only: subscriptions through LIVE, not on videos (under 100,000 views in the last "
            + "calendar month)");
    assertThat(LATEST.check(Program.LIVE_SUBSCRIPTION, big.withCountry("NL")).limitation())
        .contains("LIVE route only: subscriptions through LIVE, not on videos (country NL not in BR, FR, DE, ES, GB, ID, "
            + "IT, JP, KR, US)");
    assertThat(LATEST.check(Program.LIVE_SUBSCRIPTION, small.withFollowers(999)).isEligible()).isFalse();
    assertThat(on(2022, 4, 30).check(Program.LIVE_SUBSCRIPTION, big).isEligible()).isFalse();
  }

  @Test
  void subscriptionRevenueShareByCountryAndDate() {
    CreatorProfile base = creator("DE").followers(10_000).viewsLastMonth(999_999).build();
    EligibilityReport de = LATEST.check(Program.LIVE_SUBSCRIPTION, base);
    assertThat(de.revenueShare()).contains(Rate.percent(50));
    assertThat(de.notes()).contains("revenue share 50% outside the countries with their own share; the 20% bonus is not "
        + "reached (under 1,000,000 views in the last calendar month)");
    assertThat(LATEST.check(Program.LIVE_SUBSCRIPTION, base.withViewsLastMonth(1_000_000)).revenueShare())
        .contains(Rate.percent(70));
    CreatorProfile us = base.withCountry("US").withViewsLastMonth(100_000);
    EligibilityReport us2025 = LATEST.check(Program.LIVE_SUBSCRIPTION, us);
    assertThat(us2025.revenueShare()).contains(Rate.percent(90));
    assertThat(us2025.notes()).contains("revenue share 90% in US, CA: 70% and the 20% bonus, whose requirements the "
        + "profile meets; the bonus also needs 3 or more subscriber-only posts in the month (1 for a creator who never "
        + "posted one) (not checked)");
    assertThat(us2025.toString()).contains("  revenue share: 90%\n");
    assertThat(LATEST.check(Program.LIVE_SUBSCRIPTION, us.withFollowers(9_999)).revenueShare()).contains(Rate.percent(70));
    assertThat(LATEST.check(Program.LIVE_SUBSCRIPTION, us.withCountry("CA")).revenueShare()).contains(Rate.percent(90));
    assertThat(on(2025, 9, 30).check(Program.LIVE_SUBSCRIPTION, us).revenueShare()).contains(Rate.percent(50));
    assertThat(LATEST.check(Program.LIVE_SUBSCRIPTION, us.withAge(17)).revenueShare()).isEmpty();
    assertThat(LATEST.check(Program.SERIES, us).revenueShare()).isEmpty();
    // a share without a bonus, and one that takes the whole revenue
    ProgramTerms series = LATEST.programPolicy().terms(Program.SERIES);
    ProgramTerms flat = ProgramTerms.builder().from(series)
        .addRevenueShares(RevenueShare.builder().base(Rate.percent(80)).bonus(Rate.percent(20)).addCountries("GB").build(),
            RevenueShare.builder().base(Rate.percent(100)).build()).build();
    Programs mine = Programs.of(LATEST.programPolicy().withTerms(flat), LATEST.provenance());
    EligibilityReport r = mine.check(Program.SERIES, us);
    assertThat(r.revenueShare()).contains(Rate.ONE);
    assertThat(r.notes()).contains("revenue share 100% outside the countries with their own share");
    assertThat(mine.check(Program.SERIES, us.withCountry("GB")).revenueShare()).contains(Rate.ONE);
  }

  @Test
  void theMissingProgramsHaveTheirDatesAndSayTheir2026StatusIsUnknown() {
    CreatorProfile us = creator("US").build();
    assertThat(on(2021, 11, 30).check(Program.TIPS, us).isEligible()).isFalse();
    assertThat(on(2021, 12, 1).check(Program.TIPS, us).isEligible()).isTrue();
    assertThat(distances(LATEST.check(Program.TIPS, us.withFollowers(99_999)))).containsExactly("1 follower short");
    assertThat(distances(LATEST.check(Program.TIPS, us.withAccountType(AccountType.BUSINESS))))
        .containsExactly("account type BUSINESS not eligible — eligible: PERSONAL");
    assertThat(on(2022, 9, 30).check(Program.TIKTOK_PULSE, us).isEligible()).isFalse();
    assertThat(on(2022, 10, 1).check(Program.TIKTOK_PULSE, us).isEligible()).isTrue();
    assertThat(distances(LATEST.check(Program.TIKTOK_PULSE, us.withPosts30d(4).withCountry("GB"))))
        .containsExactly("country GB not eligible — eligible: US", "1 post short");
    assertThat(on(2023, 5, 31).check(Program.CREATIVE_CHALLENGE, us).isEligible()).isFalse();
    assertThat(distances(LATEST.check(Program.CREATIVE_CHALLENGE, us.withFollowers(49_999)))).containsExactly("1 follower short");
    assertThat(on(2023, 12, 31).check(Program.EFFECT_CREATOR_REWARDS, us).isEligible()).isFalse();
    assertThat(LATEST.check(Program.EFFECT_CREATOR_REWARDS, us).notes())
        .anyMatch(n -> n.contains("only the age and the dates are checked")).anyMatch(n -> n.contains("USD 14,000 per effect"));
    assertThat(distances(LATEST.check(Program.EFFECT_CREATOR_REWARDS, us.withAge(17)))).containsExactly("must be 18, is 17");
    assertThat(on(2025, 3, 31).check(Program.TIKTOK_ONE, us).isEligible()).isFalse();
    assertThat(on(2025, 3, 31).check(Program.CREATOR_MARKETPLACE, us).isEligible()).isTrue();
    assertThat(on(2025, 4, 1).check(Program.TIKTOK_ONE, us).isEligible()).isTrue();
    assertThat(on(2025, 4, 1).check(Program.CREATOR_MARKETPLACE, us).isEligible()).isFalse();
    assertThat(distances(LATEST.check(Program.TIKTOK_ONE, creator("US").qualifiedViews30d(0).views30d(999).posts30d(2)
        .build())))
        .containsExactly("1 view short", "1 post short");
    for (Program p : List.of(Program.TIPS, Program.TIKTOK_PULSE, Program.CREATIVE_CHALLENGE, Program.EFFECT_CREATOR_REWARDS,
        Program.TIKTOK_ONE)) {
      assertThat(LATEST.check(p, us).notes()).as(p.name()).anyMatch(n -> n.contains("whether it still runs in 2026"));
    }
  }

  @Test
  void aBookPastTheSourcesSaysSoInEveryResult() {
    Programs later = Monetik.asOf(LocalDate.of(2026, 12, 1)).programs();
    String note = "rules for 2026-12-01 are past the sources, which end on " + Rules.SOURCES_UP_TO
        + ": the terms known then are assumed to still apply";
    EligibilityReport r = later.check(Program.CREATOR_REWARDS, creator("US").build());
    assertThat(r.notes()).endsWith(note);
    assertThat(r.toString()).endsWith("  note: " + note + "\n");
    EligibilityTable t = later.checkAll(creator("US").build());
    assertThat(t.toString()).endsWith("note: " + note + "\n");
    assertThat(t.reports()).allMatch(x -> x.notes().contains(note));
    ProgramEstimate e = later.estimate(Program.CREATOR_REWARDS, Activity.of());
    assertThat(e.notes()).endsWith(note);
    assertThat(e.toString()).endsWith("  note: " + note + "\n");
    PayoutSchedule s = later.payouts(Program.CREATOR_REWARDS, new java.util.TreeMap<>());
    assertThat(s.toString()).endsWith("  note: " + note + "\n");
    assertThat(s.provenance().notes()).containsExactly(note);
    assertThat(LATEST.check(Program.CREATOR_REWARDS, creator("US").build()).notes()).doesNotContain(note);
  }
}
