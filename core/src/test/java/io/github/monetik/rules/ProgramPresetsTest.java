package io.github.monetik.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The sourced program terms, number by number, against DOMAIN.md §2–4, §6–8. */
class ProgramPresetsTest {
  private static ProgramTerms on(LocalDate day, Program p) {
    return Rules.asOf(day).programPolicy().terms(p);
  }

  @Test
  void creatorFund() {
    ProgramTerms before = on(LocalDate.of(2021, 3, 24), Program.CREATOR_FUND);
    ProgramTerms after = on(LocalDate.of(2021, 3, 25), Program.CREATOR_FUND);
    assertThat(before.requirements()).containsExactly(Requirement.minimumAge(18), Requirement.countries("US"),
        Requirement.minimumFollowers(10_000), Requirement.minimumViews30d(10_000));
    assertThat(after.requirements()).contains(Requirement.minimumViews30d(100_000));
    assertThat(after.opens()).contains(LocalDate.of(2020, 8, 1));
    assertThat(after.closes()).contains(LocalDate.of(2023, 12, 16));
    PayTerms pay = after.pay().orElseThrow();
    assertThat(pay.basis()).isEqualTo(PayTerms.Basis.VIEWS);
    assertThat(pay.rpmLow()).isEqualTo(Money.of("0.02", "USD"));
    assertThat(pay.rpmHigh()).isEqualTo(Money.of("0.04", "USD"));
    assertThat(pay.minimumPayout()).isEqualTo(Money.of("10", "USD"));
    assertThat(pay.payDay()).isEqualTo(PayDay.daysAfterMonthEnd(30));
    assertThat(pay.originalOnly()).isTrue();
    assertThat(pay.longerThan()).isEmpty();
    assertThat(pay.minimumQualifiedViewsPerVideo()).isZero();
    assertThat(ProgramPresets.CREATOR_FUND_100K_VIEWS).isEqualTo(LocalDate.of(2021, 3, 25));
  }

  @Test
  void creatorRewardsAndTheBeta() {
    ProgramTerms rewards = Rules.latest().programPolicy().terms(Program.CREATOR_REWARDS);
    assertThat(rewards.opens()).contains(LocalDate.of(2024, 3, 18));
    assertThat(ProgramPresets.CREATOR_REWARDS_RENAMED).isEqualTo(LocalDate.of(2024, 3, 18));
    assertThat(rewards.closes()).isEmpty();
    assertThat(rewards.requirements()).containsExactly(Requirement.minimumAge(18).inCountry("KR", 19),
        Requirement.countries("US", "UK", "DE", "FR", "JP", "KR", "BR", "MX"), Requirement.minimumFollowers(10_000),
        Requirement.minimumViews30d(100_000), Requirement.accountTypes(AccountType.PERSONAL),
        Requirement.standings(Standing.GOOD));
    assertThat(on(LocalDate.of(2025, 11, 25), Program.CREATOR_REWARDS).requirements())
        .contains(Requirement.countries("US", "GB", "DE", "FR", "JP", "KR", "BR"));
    assertThat(ProgramPresets.CREATOR_REWARDS_MEXICO).isEqualTo(LocalDate.of(2025, 11, 26));
    PayTerms pay = rewards.pay().orElseThrow();
    assertThat(pay).isEqualTo(ProgramPresets.rewardsPay(Rules.SOURCES_UP_TO));
    assertThat(pay.additionalReward()).isTrue();
    assertThat(pay.afterJoiningOnly()).isTrue();
    assertThat(pay.videosOnly()).isTrue();
    assertThat(ProgramPresets.rewardsPay(LocalDate.of(2024, 12, 31)).additionalReward()).isFalse();
    assertThat(ProgramPresets.ADDITIONAL_REWARD_FROM).isEqualTo(LocalDate.of(2025, 1, 1));
    assertThat(pay.basis()).isEqualTo(PayTerms.Basis.QUALIFIED_VIEWS);
    assertThat(pay.rpmLow()).isEqualTo(Money.of("0.40", "USD"));
    assertThat(pay.rpmHigh()).isEqualTo(Money.of("1.00", "USD"));
    assertThat(pay.longerThan()).contains(Duration.ofSeconds(60));
    assertThat(pay.minimumQualifiedViewsPerVideo()).isEqualTo(1_000);
    assertThat(pay.minimumPayout()).isEqualTo(Money.of("50", "USD"));
    assertThat(pay.payDay()).isEqualTo(PayDay.dayOfNextMonth(15));
    ProgramTerms beta = Rules.latest().programPolicy().terms(Program.CREATIVITY_PROGRAM_BETA);
    assertThat(beta.opens()).contains(LocalDate.of(2023, 2, 20));
    assertThat(beta.closes()).contains(LocalDate.of(2024, 3, 18));
    assertThat(beta.pay().orElseThrow().additionalReward()).isFalse();
    assertThat(beta.requirements()).contains(Requirement.countries("US", "FR", "BR"));
    assertThat(beta.notes()).anyMatch(n -> n.startsWith("invite-only"));
  }

  @Test
  void liveProgramsAndTheRest() {
    assertThat(on(LocalDate.of(2022, 11, 22), Program.LIVE_HOSTING).requirements())
        .containsExactly(Requirement.minimumAge(16), Requirement.minimumFollowers(1_000));
    assertThat(on(LocalDate.of(2022, 11, 23), Program.LIVE_HOSTING).requirements())
        .containsExactly(Requirement.minimumAge(18), Requirement.minimumFollowers(1_000));
    assertThat(ProgramPresets.LIVE_HOSTING_18_PLUS).isEqualTo(LocalDate.of(2022, 11, 23));
    ProgramPolicy latest = Rules.latest().programPolicy();
    Requirement adult = Requirement.minimumAge(18).inCountry("KR", 19);
    assertThat(ProgramPresets.minimumAge()).isEqualTo(adult);
    assertThat(ProgramPresets.LOCAL_AGES).isEqualTo(Map.of("KR", 19));
    assertThat(latest.terms(Program.LIVE_GIFTS).requirements()).containsExactly(adult,
        Requirement.accountTypes(AccountType.PERSONAL, AccountType.BUSINESS));
    assertThat(latest.terms(Program.LIVE_GIFTS).notes()).anyMatch(n -> n.contains("no list"));
    ProgramTerms shop = latest.terms(Program.TIKTOK_SHOP_AFFILIATE);
    assertThat(shop.opens()).contains(LocalDate.of(2021, 1, 1));
    assertThat(shop.requirements()).containsExactly(adult, Requirement.markets(ProgramPresets.SHOP_MARKETS),
        Requirement.minimumFollowers(1_000));
    assertThat(shop.limitedUnless()).containsExactly(Requirement.minimumFollowers(5_000));
    assertThat(shop.sourcedCountries()).containsExactly("US");
    assertThat(ProgramPresets.SHOP_MARKETS).containsEntry("US", LocalDate.of(2023, 9, 12))
        .containsEntry("GB", LocalDate.of(2021, 1, 1)).containsEntry("ID", LocalDate.of(2021, 1, 1))
        .containsEntry("VN", LocalDate.of(2022, 1, 1)).containsEntry("FR", LocalDate.of(2025, 3, 1))
        .doesNotContainKeys("JP", "BR", "NL").hasSize(11);
    assertThat(Requirement.markets(ProgramPresets.SHOP_MARKETS).toString()).startsWith("market GB from 2021-01-01, "
        + "ID from 2021-01-01, MY from 2022-01-01");
    ProgramTerms marketplace = latest.terms(Program.CREATOR_MARKETPLACE);
    assertThat(marketplace.closes()).contains(LocalDate.of(2025, 4, 1));
    assertThat(marketplace.opens()).isEmpty();
    assertThat(marketplace.requirements()).containsExactly(Requirement.minimumAge(18).inCountry("KR", 19),
        Requirement.minimumFollowers(10_000).inCountry("KR", 50_000), Requirement.minimumViews30d(1_000),
        Requirement.minimumPosts30d(3));
    assertThat(latest.terms(Program.SERIES).opens()).contains(LocalDate.of(2023, 3, 1));
    assertThat(latest.terms(Program.SERIES).requirements()).containsExactly(adult, Requirement.minimumFollowers(10_000));
    for (Program p : List.of(Program.LIVE_GIFTS, Program.LIVE_SUBSCRIPTION, Program.TIKTOK_SHOP_AFFILIATE,
        Program.CREATOR_MARKETPLACE, Program.SERIES, Program.LIVE_HOSTING, Program.TIPS, Program.TIKTOK_PULSE,
        Program.CREATIVE_CHALLENGE, Program.EFFECT_CREATOR_REWARDS, Program.TIKTOK_ONE)) {
      assertThat(latest.terms(p).pay()).as(p.name()).isEmpty();
    }
  }

  @Test
  void subscriptionByDate() {
    assertThat(ProgramPresets.SUBSCRIPTION_VIDEO_ROUTE).isEqualTo(LocalDate.of(2024, 9, 23));
    assertThat(ProgramPresets.SUBSCRIPTION_US_CA_SHARE).isEqualTo(LocalDate.of(2025, 10, 1));
    ProgramTerms y2022 = on(LocalDate.of(2022, 6, 1), Program.LIVE_SUBSCRIPTION);
    assertThat(y2022.opens()).contains(LocalDate.of(2022, 5, 1));
    assertThat(y2022.requirements()).containsExactly(ProgramPresets.minimumAge(), Requirement.minimumFollowers(1_000));
    assertThat(y2022.limitedUnless()).isEmpty();
    ProgramTerms video = on(LocalDate.of(2024, 9, 23), Program.LIVE_SUBSCRIPTION);
    assertThat(video.requirements()).isEqualTo(y2022.requirements());
    assertThat(video.limitedUnless()).containsExactly(
        Requirement.countries("BR", "FR", "DE", "ES", "GB", "ID", "IT", "JP", "KR", "US"),
        Requirement.minimumFollowers(10_000), Requirement.minimumViewsLastMonth(100_000));
    assertThat(video.revenueShares()).hasSize(1);
    RevenueShare rest = video.revenueShares().get(0);
    assertThat(rest.countries()).isEmpty();
    assertThat(rest.base()).isEqualTo(Rate.percent(50));
    assertThat(rest.bonus()).isEqualTo(Rate.percent(20));
    assertThat(rest.bonusRequirements()).containsExactly(Requirement.minimumFollowers(10_000),
        Requirement.minimumViewsLastMonth(1_000_000));
    List<RevenueShare> latest = Rules.latest().programPolicy().terms(Program.LIVE_SUBSCRIPTION).revenueShares();
    assertThat(latest).hasSize(2);
    assertThat(latest.get(0).countries()).containsExactly("US", "CA");
    assertThat(latest.get(0).base()).isEqualTo(Rate.percent(70));
    assertThat(latest.get(0).bonus()).isEqualTo(Rate.percent(20));
    assertThat(latest.get(0).bonusRequirements()).containsExactly(Requirement.minimumFollowers(10_000),
        Requirement.minimumViewsLastMonth(100_000));
    assertThat(latest.get(0).bonusNote()).hasValueSatisfying(n -> assertThat(n).contains("subscriber-only posts"));
    assertThat(latest.get(1)).isEqualTo(rest);
    assertThatThrownBy(() -> RevenueShare.builder().base(Rate.percent(90)).bonus(Rate.percent(20)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("bonus must be at most 10% (base 90% plus bonus at most 100%), was 20%");
    assertThatThrownBy(() -> RevenueShare.builder().base(Rate.percent(50)).addCountries("us").build())
        .hasMessage("countries must be upper-case ISO 3166 alpha-2 codes such as GB, was 'us'");
    assertThatThrownBy(() -> RevenueShare.builder().base(Rate.percent(50)).addCountries("XX").build())
        .hasMessageStartingWith("countries must be an ISO 3166 alpha-2 code");
  }

  @Test
  void theProgramsSection8Adds() {
    ProgramPolicy latest = Rules.latest().programPolicy();
    Requirement adult = ProgramPresets.minimumAge();
    assertThat(latest.terms(Program.TIPS).opens()).contains(LocalDate.of(2021, 12, 1));
    assertThat(latest.terms(Program.TIPS).requirements()).containsExactly(adult, Requirement.minimumFollowers(100_000),
        Requirement.accountTypes(AccountType.PERSONAL));
    assertThat(latest.terms(Program.TIPS).notes()).contains("the creator keeps 100%; the tipper pays the card fee",
        "USD 1–100 a tip; a viewer tips at most USD 500 and 100 tips a day");
    assertThat(latest.terms(Program.TIKTOK_PULSE).opens()).contains(LocalDate.of(2022, 10, 1));
    assertThat(latest.terms(Program.TIKTOK_PULSE).requirements()).containsExactly(Requirement.minimumAge(18),
        Requirement.countries("US"), Requirement.minimumFollowers(100_000), Requirement.minimumPosts30d(5));
    assertThat(latest.terms(Program.TIKTOK_PULSE).notes()).anyMatch(n -> n.contains("50% of the ad revenue")
        && n.contains("top 4%"));
    assertThat(latest.terms(Program.CREATIVE_CHALLENGE).opens()).contains(LocalDate.of(2023, 6, 1));
    assertThat(latest.terms(Program.CREATIVE_CHALLENGE).requirements()).containsExactly(Requirement.minimumAge(18),
        Requirement.countries("US"), Requirement.minimumFollowers(50_000));
    assertThat(latest.terms(Program.EFFECT_CREATOR_REWARDS).opens()).contains(LocalDate.of(2024, 1, 1));
    assertThat(latest.terms(Program.EFFECT_CREATOR_REWARDS).requirements()).containsExactly(adult);
    assertThat(latest.terms(Program.EFFECT_CREATOR_REWARDS).notes()).anyMatch(n -> n.contains("18+ (KR 19) is assumed"));
    assertThat(latest.terms(Program.EFFECT_CREATOR_REWARDS).notes()).anyMatch(n -> n.contains("100,000 qualified videos")
        && n.contains("90 days") && n.contains("USD 50,000 a month"));
    assertThat(latest.terms(Program.TIKTOK_ONE).opens()).contains(LocalDate.of(2025, 4, 1));
    assertThat(latest.terms(Program.TIKTOK_ONE).opens()).isEqualTo(latest.terms(Program.CREATOR_MARKETPLACE).closes());
    assertThat(latest.terms(Program.TIKTOK_ONE).requirements()).containsExactly(adult,
        Requirement.minimumFollowers(10_000), Requirement.minimumViews30d(1_000), Requirement.minimumPosts30d(3));
    assertThat(latest.terms(Program.TIKTOK_ONE).notes()).contains("no TikTok service fee; paid in the account country's currency");
    for (Program p : List.of(Program.TIPS, Program.TIKTOK_PULSE, Program.CREATIVE_CHALLENGE,
        Program.EFFECT_CREATOR_REWARDS, Program.TIKTOK_ONE)) {
      assertThat(latest.terms(p).notes()).as(p.name()).anyMatch(n -> n.contains("2026"));
      assertThat(latest.terms(p).closes()).as(p.name()).isEmpty();
    }
  }

  @Test
  void whatIsOpenWhen() {
    assertThat(Rules.latest().programPolicy().openOn(Rules.SOURCES_UP_TO)).containsExactly(Program.CREATOR_REWARDS,
        Program.LIVE_HOSTING, Program.LIVE_GIFTS, Program.LIVE_SUBSCRIPTION, Program.TIKTOK_SHOP_AFFILIATE, Program.SERIES,
        Program.TIPS, Program.TIKTOK_PULSE, Program.CREATIVE_CHALLENGE, Program.EFFECT_CREATOR_REWARDS, Program.TIKTOK_ONE);
    assertThat(Rules.asOf(LocalDate.of(2020, 12, 31)).programPolicy().openOn(LocalDate.of(2020, 12, 31))).containsExactly(
        Program.CREATOR_FUND, Program.LIVE_HOSTING, Program.LIVE_GIFTS, Program.CREATOR_MARKETPLACE);
    assertThat(Rules.asOf(LocalDate.of(2021, 1, 1)).programPolicy().openOn(LocalDate.of(2021, 1, 1))).containsExactly(
        Program.CREATOR_FUND, Program.LIVE_HOSTING, Program.LIVE_GIFTS, Program.TIKTOK_SHOP_AFFILIATE,
        Program.CREATOR_MARKETPLACE);
    assertThat(Rules.latest().toString()).contains("programPolicy: 14 programs");
    assertThat(Rules.latest().programPolicy().toString()).contains("CREATOR_FUND from 2020-08-01 closed 2023-12-16: age 18+")
        .contains("CREATOR_REWARDS from 2024-03-18: age 18+ (KR 19), country US, GB, DE, FR, JP, KR, BR, MX");
  }

  @Test
  void policiesAreValuesAndCoverEveryProgram() {
    ProgramPolicy latest = Rules.latest().programPolicy();
    assertThat(latest).isEqualTo(ProgramPresets.asOf(Rules.SOURCES_UP_TO)).hasSameHashCodeAs(ProgramPresets.asOf(Rules.SOURCES_UP_TO))
        .isNotEqualTo(ProgramPresets.asOf(LocalDate.of(2021, 1, 1)));
    assertThat(latest.hashCode()).isNotEqualTo(ProgramPresets.asOf(LocalDate.of(2021, 1, 1)).hashCode());
    assertThat(Rules.latest()).isNotEqualTo(Rules.latest().withProgramPolicy(ProgramPresets.asOf(LocalDate.of(2021, 1, 1))));
    ProgramTerms series = latest.terms(Program.SERIES);
    ProgramPolicy closed = latest.withTerms(series.withCloses(LocalDate.of(2025, 1, 1)));
    assertThat(closed.openOn(Rules.SOURCES_UP_TO)).doesNotContain(Program.SERIES);
    assertThat(latest.openOn(Rules.SOURCES_UP_TO)).contains(Program.SERIES);
    assertThatThrownBy(() -> ProgramPolicy.of(List.of(series))).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("terms must cover every program, missing [CREATOR_FUND, CREATIVITY_PROGRAM_BETA, CREATOR_REWARDS, "
            + "LIVE_HOSTING, LIVE_GIFTS, LIVE_SUBSCRIPTION, TIKTOK_SHOP_AFFILIATE, CREATOR_MARKETPLACE, TIPS, "
            + "TIKTOK_PULSE, CREATIVE_CHALLENGE, EFFECT_CREATOR_REWARDS, TIKTOK_ONE]");
    assertThatThrownBy(() -> ProgramPolicy.of(List.of(series, series))).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("terms must give each program once, was SERIES twice");
    assertThatThrownBy(() -> Rules.latest().withProgramPolicy(null)).isInstanceOf(NullPointerException.class).hasMessage("programPolicy");
    assertThatThrownBy(() -> latest.terms(null)).isInstanceOf(NullPointerException.class).hasMessage("program");
    assertThatThrownBy(() -> ProgramPresets.asOf(null)).isInstanceOf(NullPointerException.class).hasMessage("date");
  }

  @Test
  void termsAreCheckedWhenBuilt() {
    assertThatThrownBy(() -> ProgramTerms.builder().program(Program.SERIES).opens(LocalDate.of(2023, 3, 1))
        .closes(LocalDate.of(2023, 3, 1)).build()).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("closes must be after opens (2023-03-01), was 2023-03-01");
    assertThat(ProgramTerms.builder().program(Program.SERIES).opens(LocalDate.of(2023, 3, 1))
        .closes(LocalDate.of(2023, 3, 2)).build().isOpenOn(LocalDate.of(2023, 3, 1))).isTrue();
    assertThatThrownBy(() -> ProgramTerms.builder().program(Program.SERIES)
        .addLimitedUnless(Requirement.minimumFollowers(5)).build())
        .hasMessage("limitedTier must be given exactly when limitedUnless is not empty, was Optional.empty with "
            + "[followers 5+]");
    assertThatThrownBy(() -> ProgramTerms.builder().program(Program.SERIES).limitedTier("x").build())
        .hasMessageStartingWith("limitedTier must be given exactly when limitedUnless is not empty");
    assertThatThrownBy(() -> ProgramTerms.builder().program(Program.SERIES).addSourcedCountries("uk").build())
        .hasMessage("sourcedCountries must be upper-case ISO 3166 alpha-2 codes such as GB, was 'uk'");
  }

  @Test
  void requirementsAreRuleData() {
    Requirement age = Requirement.minimumAge(18).inCountry("kr", 19);
    assertThat(age.kind()).isEqualTo(Requirement.Criterion.AGE);
    assertThat(age.id()).isEqualTo("age");
    assertThat(age.minimumIn("KR")).isEqualTo(19);
    assertThat(age.minimumIn("US")).isEqualTo(18);
    assertThat(age.countryMinimums()).isEqualTo(Map.of("KR", 19L));
    assertThat(age.accepted()).isEmpty();
    assertThat(age).hasToString("age 18+ (KR 19)").isEqualTo(Requirement.minimumAge(18).inCountry("KR", 19))
        .hasSameHashCodeAs(Requirement.minimumAge(18).inCountry("KR", 19))
        .isNotEqualTo(Requirement.minimumAge(18)).isNotEqualTo(Requirement.minimumFollowers(18));
    assertThat(age.hashCode()).isNotEqualTo(Requirement.minimumAge(18).hashCode());
    assertThat(Requirement.countries("US", "uk", "GB").accepted()).containsExactly("US", "GB");
    assertThat(Requirement.countries("US")).hasToString("country US").isNotEqualTo(Requirement.countries("GB"));
    assertThat(Requirement.minimumPosts30d(3)).hasToString("posts_30d 3+");
    assertThat(Requirement.accountTypes(AccountType.PERSONAL, AccountType.PERSONAL).accepted()).containsExactly("PERSONAL");
    assertThat(Requirement.standings(Standing.GOOD).minimumIn("US")).isZero();
    assertThat(Requirement.Criterion.VIEWS_30D.id()).isEqualTo("views_30d");
    assertThat(Requirement.minimumViewsLastMonth(100_000)).hasToString("views_last_month 100,000+");
    assertThat(Requirement.minimumViewsLastMonth(5).kind()).isEqualTo(Requirement.Criterion.VIEWS_LAST_MONTH);
    Requirement shop = Requirement.markets(Map.of("US", LocalDate.of(2023, 9, 12), "uk", LocalDate.of(2021, 1, 1)));
    assertThat(shop.accepted()).containsExactly("GB", "US");
    assertThat(shop.launches()).containsExactly(Map.entry("GB", LocalDate.of(2021, 1, 1)),
        Map.entry("US", LocalDate.of(2023, 9, 12)));
    assertThat(shop).hasToString("market GB from 2021-01-01, US from 2023-09-12")
        .isEqualTo(Requirement.markets(Map.of("GB", LocalDate.of(2021, 1, 1), "US", LocalDate.of(2023, 9, 12))))
        .isNotEqualTo(Requirement.markets(Map.of("GB", LocalDate.of(2021, 1, 2), "US", LocalDate.of(2023, 9, 12))))
        .isNotEqualTo(Requirement.countries("GB", "US"));
    assertThat(Requirement.countries("US").launches()).isEmpty();
    assertThatThrownBy(() -> Requirement.markets(Map.of("GB", LocalDate.of(2021, 1, 1), "UK", LocalDate.of(2021, 1, 1))))
        .hasMessage("launches must be one day per market, was 'GB twice'");
    assertThatThrownBy(() -> Requirement.markets(Map.of())).hasMessage("launches must name at least one accepted value, was none");
    assertThatThrownBy(() -> Requirement.markets(Map.of("XX", LocalDate.of(2021, 1, 1))))
        .hasMessageStartingWith("launches must be an ISO 3166 alpha-2 code");
    assertThatThrownBy(() -> Requirement.minimumViewsLastMonth(-1)).hasMessage("views must be >= 0, was -1");
    assertThatThrownBy(() -> shop.inCountry("US", 1)).hasMessage("inCountry applies to a minimum, this requirement is MARKET");
    assertThatThrownBy(() -> Requirement.countries()).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("codes must name at least one accepted value, was none");
    assertThatThrownBy(() -> Requirement.countries("XX")).hasMessageStartingWith("codes must be an ISO 3166 alpha-2 code");
    assertThatThrownBy(() -> Requirement.accountTypes()).hasMessage("types must name at least one accepted value, was none");
    assertThatThrownBy(() -> Requirement.standings()).hasMessage("standings must name at least one accepted value, was none");
    assertThatThrownBy(() -> Requirement.minimumAge(-1)).hasMessage("years must be >= 0, was -1");
    assertThatThrownBy(() -> Requirement.minimumFollowers(-1)).hasMessage("followers must be >= 0, was -1");
    assertThatThrownBy(() -> Requirement.minimumViews30d(-1)).hasMessage("views must be >= 0, was -1");
    assertThatThrownBy(() -> Requirement.minimumPosts30d(-1)).hasMessage("posts must be >= 0, was -1");
    assertThatThrownBy(() -> Requirement.countries("US").inCountry("US", 1))
        .hasMessage("inCountry applies to a minimum, this requirement is COUNTRY");
    assertThatThrownBy(() -> Requirement.minimumAge(18).inCountry("KR", -1)).hasMessage("minimum must be >= 0, was -1");
    assertThatThrownBy(() -> Requirement.minimumAge(18).inCountry("ZZ", 1)).hasMessageStartingWith("country must be");
    assertThatThrownBy(() -> Requirement.minimumAge(18).minimumIn(null)).isInstanceOf(NullPointerException.class).hasMessage("country");
  }
}
