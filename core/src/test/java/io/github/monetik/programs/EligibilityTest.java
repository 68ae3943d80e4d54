package io.github.monetik.programs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.monetik.Monetik;
import io.github.monetik.rules.Rules;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class EligibilityTest {
  private static final Programs LATEST = Monetik.defaults().programs();

  private static CreatorProfile.Builder creator() {
    return CreatorProfile.builder().age(30).country("US").followers(250_000).views30d(2_000_000)
        .qualifiedViews30d(1_500_000).posts30d(20);
  }

  private static List<String> unmet(EligibilityReport r) {
    return r.unmet().stream().map(RequirementCheck::requirement).collect(Collectors.toList());
  }

  @Test
  void aCreatorOneFollowerShortIsToldSo() {
    EligibilityReport r = LATEST.check(Program.CREATOR_REWARDS, creator().followers(9_999).build());
    assertThat(r.isEligible()).isFalse();
    assertThat(r.unmet()).hasSize(1);
    RequirementCheck row = r.unmet().get(0);
    assertThat(row.requirement()).isEqualTo("followers");
    assertThat(row.required()).isEqualTo("10,000+");
    assertThat(row.actual()).isEqualTo("9,999");
    assertThat(row.shortfall()).isEqualTo(1);
    assertThat(row.distance()).contains("1 follower short");
    assertThat(LATEST.check(Program.CREATOR_REWARDS, creator().followers(8_200).build()).unmet().get(0).distance())
        .contains("1,800 followers short");
    assertThat(LATEST.check(Program.CREATOR_REWARDS, creator().views30d(80_000).qualifiedViews30d(0).build())
        .unmet().get(0).distance()).contains("20,000 views short");
  }

  @Test
  void aSeventeenYearOldMustBeEighteen() {
    EligibilityReport r = LATEST.check(Program.CREATOR_REWARDS, creator().age(17).build());
    assertThat(unmet(r)).containsExactly("age");
    assertThat(r.unmet().get(0).distance()).contains("must be 18, is 17");
    assertThat(r.unmet().get(0).shortfall()).isEqualTo(1);
    assertThat(r.unmet().get(0).required()).isEqualTo("18+");
  }

  @Test
  void southKoreaAsksNineteen() {
    EligibilityReport r = LATEST.check(Program.CREATOR_REWARDS, creator().age(18).country("KR").build());
    assertThat(r.unmet().get(0).distance()).contains("must be 19, is 18");
    assertThat(r.unmet().get(0).required()).isEqualTo("19+ in KR");
    assertThat(LATEST.check(Program.CREATOR_REWARDS, creator().age(19).country("KR").build()).isEligible()).isTrue();
    assertThat(LATEST.check(Program.CREATOR_REWARDS, creator().age(18).country("US").build()).isEligible()).isTrue();
  }

  @Test
  void aCreatorInACountryNotEligibleIsShownTheList() {
    EligibilityReport r = LATEST.check(Program.CREATOR_REWARDS, creator().country("NL").build());
    assertThat(unmet(r)).containsExactly("country");
    assertThat(r.unmet().get(0).distance())
        .contains("country NL not eligible — eligible: US, GB, DE, FR, JP, KR, BR, MX");
    assertThat(LATEST.check(Program.CREATOR_REWARDS, creator().country("uk").build()).isEligible()).isTrue();
  }

  @Test
  void oneWhoQualifiesForEverythingOpen() {
    EligibilityTable t = LATEST.checkAll(creator().build());
    assertThat(t.eligible()).containsExactly(Program.CREATOR_REWARDS, Program.LIVE_HOSTING, Program.LIVE_GIFTS,
        Program.LIVE_SUBSCRIPTION, Program.TIKTOK_SHOP_AFFILIATE, Program.SERIES, Program.TIPS, Program.TIKTOK_PULSE,
        Program.CREATIVE_CHALLENGE, Program.EFFECT_CREATOR_REWARDS, Program.TIKTOK_ONE);
    assertThat(unmet(t.report(Program.CREATOR_FUND))).containsExactly("open");
    assertThat(t.report(Program.CREATOR_FUND).unmet().get(0).distance()).contains("closed on 2023-12-16");
    assertThat(t.report(Program.CREATOR_MARKETPLACE).unmet().get(0).distance()).contains("closed on 2025-04-01");
    assertThat(t.report(Program.CREATIVITY_PROGRAM_BETA).unmet().get(0).distance()).contains("closed on 2024-03-18");
    assertThat(t.toString()).contains("CREATOR_REWARDS          yes")
        .contains("CREATOR_FUND             no        closed on 2023-12-16");
    assertThat(t.reports()).extracting(EligibilityReport::program).containsExactly(Program.values());
  }

  @Test
  void otherRequirementsExplainThemselves() {
    EligibilityReport business = LATEST.check(Program.CREATOR_REWARDS, creator().accountType(AccountType.BUSINESS)
        .standing(Standing.RESTRICTED).build());
    assertThat(business.unmet()).extracting(r -> r.distance().orElseThrow()).containsExactly(
        "account type BUSINESS not eligible — eligible: PERSONAL", "standing RESTRICTED not eligible — eligible: GOOD");
    EligibilityReport marketplace = Monetik.asOf(LocalDate.of(2024, 6, 1)).programs()
        .check(Program.CREATOR_MARKETPLACE, creator().posts30d(1).views30d(999).qualifiedViews30d(0).build());
    assertThat(marketplace.unmet()).extracting(r -> r.distance().orElseThrow())
        .containsExactly("1 view short", "2 posts short");
    CreatorProfile noPosts = CreatorProfile.builder().age(30).country("US").followers(60_000).views30d(5_000).build();
    EligibilityReport unknown = Monetik.asOf(LocalDate.of(2024, 6, 1)).programs().check(Program.CREATOR_MARKETPLACE, noPosts);
    assertThat(unknown.unmet()).hasSize(1);
    assertThat(unknown.unmet().get(0).actual()).isEqualTo("not given");
    assertThat(unknown.unmet().get(0).shortfall()).isEqualTo(3);
    assertThat(unknown.unmet().get(0).distance()).contains("posts in 30 days not given (need 3)");
  }

  @Test
  void aProgramNotYetOpenSaysSo() {
    EligibilityReport r = Monetik.asOf(LocalDate.of(2024, 3, 17)).programs().check(Program.CREATOR_REWARDS, creator().build());
    assertThat(unmet(r)).containsExactly("open");
    assertThat(r.requirements().get(0).actual()).isEqualTo("opens 2024-03-18");
    assertThat(r.requirements().get(0).distance()).contains("not open yet (opens 2024-03-18)");
    assertThat(Monetik.asOf(LocalDate.of(2024, 3, 18)).programs().check(Program.CREATOR_REWARDS, creator().build())
        .isEligible()).isTrue();
    assertThat(Monetik.asOf(LocalDate.of(2023, 12, 15)).programs().check(Program.CREATOR_FUND, creator().build())
        .isEligible()).isTrue();
    assertThat(Monetik.asOf(LocalDate.of(2023, 12, 16)).programs().check(Program.CREATOR_FUND, creator().build())
        .isEligible()).isFalse();
    assertThat(Monetik.asOf(LocalDate.of(2020, 7, 31)).programs().check(Program.CREATOR_FUND, creator().build())
        .requirements().get(0).distance()).contains("not open yet (opens 2020-08-01)");
  }

  @Test
  void creatorFundViewThresholdRoseOn20210325() {
    CreatorProfile p = creator().views30d(50_000).qualifiedViews30d(0).build();
    assertThat(Monetik.asOf(LocalDate.of(2021, 3, 24)).programs().check(Program.CREATOR_FUND, p).isEligible()).isTrue();
    EligibilityReport after = Monetik.asOf(LocalDate.of(2021, 3, 25)).programs().check(Program.CREATOR_FUND, p);
    assertThat(after.unmet()).extracting(r -> r.distance().orElseThrow()).containsExactly("50,000 views short");
    assertThat(after.unmet().get(0).required()).isEqualTo("100,000+");
  }

  @Test
  void liveHostingAgeRoseOn20221123() {
    CreatorProfile sixteen = creator().age(16).build();
    assertThat(Monetik.asOf(LocalDate.of(2022, 11, 22)).programs().check(Program.LIVE_HOSTING, sixteen).isEligible()).isTrue();
    assertThat(Monetik.asOf(LocalDate.of(2022, 11, 23)).programs().check(Program.LIVE_HOSTING, sixteen).unmet())
        .extracting(r -> r.distance().orElseThrow()).containsExactly("must be 18, is 16");
    assertThat(Monetik.asOf(LocalDate.of(2022, 11, 22)).programs().check(Program.LIVE_HOSTING, creator().age(15).build())
        .unmet().get(0).distance()).contains("must be 16, is 15");
  }

  @Test
  void shopAffiliatePilotTierUnder5000Followers() {
    EligibilityReport pilot = LATEST.check(Program.TIKTOK_SHOP_AFFILIATE, creator().followers(4_999).build());
    assertThat(pilot.isEligible()).isTrue();
    assertThat(pilot.limitation()).hasValueSatisfying(l -> assertThat(l).contains("Pilot Program").contains("under 5,000"));
    assertThat(LATEST.check(Program.TIKTOK_SHOP_AFFILIATE, creator().followers(5_000).build()).limitation()).isEmpty();
    assertThat(LATEST.check(Program.TIKTOK_SHOP_AFFILIATE, creator().followers(999).build()).limitation()).isEmpty();
    assertThat(LATEST.check(Program.TIKTOK_SHOP_AFFILIATE, creator().followers(1_000).build()).isEligible()).isTrue();
    assertThat(pilot.toString()).contains("limited: 30-day Pilot Program");
    assertThat(LATEST.checkAll(creator().followers(4_999).build()).toString()).contains("(limited: 30-day");
  }

  @Test
  void theReportIsASmallTableThatCarriesItsRules() {
    EligibilityReport r = LATEST.check(Program.CREATOR_REWARDS, creator().age(17).followers(8_200).build());
    assertThat(r.provenance()).isEqualTo(Rules.latest().provenance());
    assertThat(r.provenance().id()).isEqualTo("latest");
    assertThat(r.provenance().date()).isEqualTo(Rules.SOURCES_UP_TO);
    assertThat(r.program()).isEqualTo(Program.CREATOR_REWARDS);
    assertThat(r.toString()).startsWith("CREATOR_REWARDS on 2025-12-16 (rules latest): not eligible\n"
            + "  requirement   required                        actual     met\n"
            + "  open          open on 2025-12-16              open       yes\n"
            + "  age           18+                             17         no — must be 18, is 17\n"
            + "  country       US, GB, DE, FR, JP, KR, BR, MX  US         yes\n"
            + "  followers     10,000+                         8,200      no — 1,800 followers short\n"
            + "  views_30d     100,000+                        2,000,000  yes\n")
        .contains("  note: Mexico");
    assertThat(r.requirements().get(2).toString()).isEqualTo("country: met");
    assertThat(r.unmet().get(0).toString()).isEqualTo("age: must be 18, is 17");
    assertThat(LATEST.check(Program.LIVE_HOSTING, creator().build()).toString()).contains(": eligible\n");
  }

  @Test
  void rowsAreTheReportsRequirementsTyped() {
    EligibilityReport r = LATEST.check(Program.CREATOR_REWARDS, creator().age(17).followers(8_200).build());
    io.github.monetik.report.Rows rows = r.rows();
    assertThat(rows.columns()).containsExactly("program", "eligible", "requirement", "required", "actual", "met",
        "shortfall", "distance");
    assertThat(rows.kind("eligible")).isEqualTo(io.github.monetik.report.Rows.ColumnType.FLAG);
    assertThat(rows.kind("shortfall")).isEqualTo(io.github.monetik.report.Rows.ColumnType.COUNT);
    assertThat(rows).hasSize(r.requirements().size());
    assertThat(rows.get(1)).containsEntry("program", "CREATOR_REWARDS").containsEntry("eligible", false)
        .containsEntry("requirement", "age").containsEntry("required", "18+").containsEntry("actual", "17")
        .containsEntry("met", false).containsEntry("shortfall", 1L).containsEntry("distance", "must be 18, is 17");
    assertThat(rows.get(0)).containsEntry("met", true).containsEntry("distance", "");
    EligibilityTable t = LATEST.checkAll(creator().build());
    assertThat(t.rows()).hasSize(t.reports().stream().mapToInt(x -> x.requirements().size()).sum());
    assertThat(t.rows().subList(0, t.reports().get(0).requirements().size())).isEqualTo(t.reports().get(0).rows());
    assertThat(t.rows().columns()).isEqualTo(rows.columns());
    assertThat(t.provenance()).isEqualTo(LATEST.provenance());
  }

  @Test
  void reportsAndTablesAreValues() {
    CreatorProfile p = creator().build();
    assertThat(LATEST.check(Program.SERIES, p)).isEqualTo(Monetik.defaults().programs().check(Program.SERIES, p))
        .hasSameHashCodeAs(LATEST.check(Program.SERIES, p))
        .isNotEqualTo(LATEST.check(Program.SERIES, p.withAge(17)))
        .isNotEqualTo(LATEST.check(Program.LIVE_GIFTS, p));
    assertThat(LATEST.checkAll(p)).isEqualTo(LATEST.checkAll(p)).hasSameHashCodeAs(LATEST.checkAll(p))
        .isNotEqualTo(LATEST.checkAll(p.withAge(17)));
    assertThat(LATEST.checkAll(p).hashCode()).isNotEqualTo(LATEST.checkAll(p.withAge(17)).hashCode());
    assertThat(LATEST.check(Program.SERIES, p).hashCode()).isNotEqualTo(LATEST.check(Program.SERIES, p.withAge(17)).hashCode());
    assertThat(LATEST.check(Program.SERIES, p).requirements().get(1).hashCode())
        .isNotEqualTo(LATEST.check(Program.SERIES, p).requirements().get(2).hashCode());
    assertThat(LATEST.hashCode()).isNotEqualTo(Monetik.asOf(Rules.SOURCES_UP_TO).programs().hashCode());
    assertThat(LATEST.check(Program.LIVE_GIFTS, p).notes()).hasSize(3).first().asString().startsWith("gifts exist only");
    assertThat(Program.CREATOR_REWARDS.title()).isEqualTo("Creator Rewards");
    assertThat(Program.LIVE_HOSTING.title()).isEqualTo("LIVE hosting");
    assertThat(LATEST.check(Program.SERIES, p).requirements().get(1))
        .isEqualTo(LATEST.check(Program.SERIES, p).requirements().get(1))
        .hasSameHashCodeAs(LATEST.check(Program.SERIES, p).requirements().get(1))
        .isNotEqualTo(LATEST.check(Program.SERIES, p).requirements().get(2))
        .isNotEqualTo(RequirementCheck.of("age", "18+", "31", 0, ""));
    // the same verdicts from another book are another report: provenance is part of the value
    assertThat(LATEST.check(Program.SERIES, p)).isNotEqualTo(Monetik.asOf(Rules.SOURCES_UP_TO).programs()
        .check(Program.SERIES, p));
    assertThat(LATEST.checkAll(p)).isNotEqualTo(Monetik.asOf(Rules.SOURCES_UP_TO).programs().checkAll(p));
    assertThat(LATEST.checkAll(p).hashCode())
        .isNotEqualTo(Monetik.asOf(Rules.SOURCES_UP_TO).programs().checkAll(p).hashCode());
    assertThat(LATEST.check(Program.SERIES, p)).isNotEqualTo(Monetik.asOf(LocalDate.of(2025, 1, 1)).programs()
        .check(Program.SERIES, p));
    assertThat(LATEST).hasToString("Programs[latest, 2025-12-16]").isEqualTo(Monetik.defaults().programs())
        .hasSameHashCodeAs(Monetik.defaults().programs())
        .isNotEqualTo(Monetik.asOf(Rules.SOURCES_UP_TO).programs())
        .isNotEqualTo(Programs.of(Rules.latest().programPolicy(), io.github.monetik.testing.TestRules.asOf(LocalDate.of(2025, 1, 1))))
        .isNotEqualTo(Programs.of(Rules.asOf(LocalDate.of(2021, 1, 1)).programPolicy(), io.github.monetik.testing.TestRules.asOf(Rules.SOURCES_UP_TO)));
    assertThat(LATEST.date()).isEqualTo(Rules.SOURCES_UP_TO);
    assertThat(LATEST.programPolicy()).isEqualTo(Rules.latest().programPolicy());
  }

  @Test
  void badCallsNameTheArgument() {
    assertThatThrownBy(() -> LATEST.check(null, creator().build())).isInstanceOf(NullPointerException.class).hasMessage("program");
    assertThatThrownBy(() -> LATEST.check(Program.SERIES, null)).isInstanceOf(NullPointerException.class).hasMessage("profile");
    assertThatThrownBy(() -> LATEST.checkAll(null)).isInstanceOf(NullPointerException.class).hasMessage("profile");
    assertThatThrownBy(() -> LATEST.checkAll(creator().build()).report(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("program");
    assertThatThrownBy(() -> new EligibilityTable(io.github.monetik.testing.TestRules.PROVENANCE, List.of())
        .report(Program.SERIES))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("program SERIES is not in this table");
    assertThatThrownBy(() -> Programs.of(null, io.github.monetik.testing.TestRules.asOf(LocalDate.now()))).hasMessage("programPolicy");
    assertThatThrownBy(() -> Programs.of(Rules.latest().programPolicy(), null)).hasMessage("provenance");
  }
}
