package io.github.monetik.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The sourced program terms, number by number, against DOMAIN.md §2–4, §6–7. */
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
    assertThat(rewards.opens()).contains(LocalDate.of(2024, 3, 1));
    assertThat(rewards.closes()).isEmpty();
    assertThat(rewards.requirements()).containsExactly(Requirement.minimumAge(18).inCountry("KR", 19),
        Requirement.countries("US", "UK", "DE", "FR", "JP", "KR", "BR"), Requirement.minimumFollowers(10_000),
        Requirement.minimumViews30d(100_000), Requirement.accountTypes(AccountType.PERSONAL),
        Requirement.standings(Standing.GOOD));
    PayTerms pay = rewards.pay().orElseThrow();
    assertThat(pay).isEqualTo(ProgramPresets.rewardsPay());
    assertThat(pay.basis()).isEqualTo(PayTerms.Basis.QUALIFIED_VIEWS);
    assertThat(pay.rpmLow()).isEqualTo(Money.of("0.40", "USD"));
    assertThat(pay.rpmHigh()).isEqualTo(Money.of("1.00", "USD"));
    assertThat(pay.longerThan()).contains(Duration.ofSeconds(60));
    assertThat(pay.minimumQualifiedViewsPerVideo()).isEqualTo(1_000);
    assertThat(pay.minimumPayout()).isEqualTo(Money.of("50", "USD"));
    assertThat(pay.payDay()).isEqualTo(PayDay.dayOfNextMonth(15));
    ProgramTerms beta = Rules.latest().programPolicy().terms(Program.CREATIVITY_PROGRAM_BETA);
    assertThat(beta.opens()).contains(LocalDate.of(2023, 2, 20));
    assertThat(beta.closes()).contains(LocalDate.of(2024, 3, 1));
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
    assertThat(latest.terms(Program.LIVE_GIFTS).requirements()).containsExactly(Requirement.minimumAge(18));
    assertThat(latest.terms(Program.LIVE_GIFTS).notes()).anyMatch(n -> n.contains("no list"));
    assertThat(latest.terms(Program.LIVE_SUBSCRIPTION).opens()).contains(LocalDate.of(2022, 5, 1));
    assertThat(latest.terms(Program.LIVE_SUBSCRIPTION).requirements())
        .containsExactly(Requirement.minimumAge(18), Requirement.minimumFollowers(1_000));
    ProgramTerms shop = latest.terms(Program.TIKTOK_SHOP_AFFILIATE);
    assertThat(shop.requirements()).containsExactly(Requirement.minimumAge(18), Requirement.minimumFollowers(1_000));
    assertThat(shop.limitedBelowFollowers()).hasValue(5_000);
    ProgramTerms marketplace = latest.terms(Program.CREATOR_MARKETPLACE);
    assertThat(marketplace.closes()).contains(LocalDate.of(2025, 4, 1));
    assertThat(marketplace.opens()).isEmpty();
    assertThat(marketplace.requirements()).containsExactly(Requirement.minimumAge(18).inCountry("KR", 19),
        Requirement.minimumFollowers(10_000).inCountry("KR", 50_000), Requirement.minimumViews30d(1_000),
        Requirement.minimumPosts30d(3));
    assertThat(latest.terms(Program.SERIES).opens()).contains(LocalDate.of(2023, 3, 1));
    assertThat(latest.terms(Program.SERIES).requirements())
        .containsExactly(Requirement.minimumAge(18), Requirement.minimumFollowers(10_000));
    for (Program p : List.of(Program.LIVE_GIFTS, Program.LIVE_SUBSCRIPTION, Program.TIKTOK_SHOP_AFFILIATE,
        Program.CREATOR_MARKETPLACE, Program.SERIES, Program.LIVE_HOSTING)) {
      assertThat(latest.terms(p).pay()).as(p.name()).isEmpty();
    }
  }

  @Test
  void whatIsOpenWhen() {
    assertThat(Rules.latest().programPolicy().openOn(Rules.SOURCES_UP_TO)).containsExactly(Program.CREATOR_REWARDS,
        Program.LIVE_HOSTING, Program.LIVE_GIFTS, Program.LIVE_SUBSCRIPTION, Program.TIKTOK_SHOP_AFFILIATE, Program.SERIES);
    assertThat(Rules.asOf(LocalDate.of(2021, 1, 1)).programPolicy().openOn(LocalDate.of(2021, 1, 1))).containsExactly(
        Program.CREATOR_FUND, Program.LIVE_HOSTING, Program.LIVE_GIFTS, Program.TIKTOK_SHOP_AFFILIATE,
        Program.CREATOR_MARKETPLACE);
    assertThat(Rules.latest().toString()).contains("programPolicy: 9 programs");
    assertThat(Rules.latest().programPolicy().toString()).contains("CREATOR_FUND from 2020-08-01 closed 2023-12-16: age 18+")
        .contains("CREATOR_REWARDS from 2024-03-01: age 18+ (KR 19), country US, GB, DE, FR, JP, KR, BR");
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
            + "LIVE_HOSTING, LIVE_GIFTS, LIVE_SUBSCRIPTION, TIKTOK_SHOP_AFFILIATE, CREATOR_MARKETPLACE]");
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
    assertThatThrownBy(() -> ProgramTerms.builder().program(Program.SERIES).limitedBelowFollowers(5).build())
        .hasMessage("limitedTier must be given exactly when limitedBelowFollowers is, was Optional.empty with OptionalLong[5]");
    assertThatThrownBy(() -> ProgramTerms.builder().program(Program.SERIES).limitedTier("x").build())
        .hasMessageStartingWith("limitedTier must be given exactly when limitedBelowFollowers is");
    assertThatThrownBy(() -> ProgramTerms.builder().program(Program.SERIES).limitedBelowFollowers(-1).limitedTier("x").build())
        .hasMessage("limitedBelowFollowers must be >= 0, was -1");
  }

  @Test
  void requirementsAreRuleData() {
    Requirement age = Requirement.minimumAge(18).inCountry("kr", 19);
    assertThat(age.kind()).isEqualTo(Requirement.Kind.AGE);
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
    assertThat(Requirement.Kind.VIEWS_30D.id()).isEqualTo("views_30d");
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
