package io.github.monetik.programs;

import static io.github.monetik.testing.ProgramGenerators.dates;
import static io.github.monetik.testing.ProgramGenerators.profiles;
import static io.github.monetik.testing.ProgramGenerators.programs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.monetik.Monetik;
import io.github.monetik.rules.Rules;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The laws of eligibility, for every program, on every day the rules cover. */
class EligibilityPropertiesTest {
  private static EligibilityReport check(LocalDate day, Program program, CreatorProfile p) {
    return Monetik.of(Rules.asOf(day)).programs().check(program, p);
  }

  private static Set<String> unmet(EligibilityReport r) {
    return r.unmet().stream().map(RequirementCheck::requirement).collect(Collectors.toSet());
  }

  /** Growing never adds an unmet requirement: the unmet set can only shrink. */
  private static void neverWorse(EligibilityReport before, EligibilityReport after) {
    assertThat(unmet(before)).containsAll(unmet(after));
    if (before.isEligible()) {
      assertThat(after.isEligible()).isTrue();
    }
  }

  @Test
  void moreFollowersNeverMakeACreatorLessEligible() {
    qt().withExamples(300).forAll(dates(), programs(), profiles(), longs().between(0, 1_000_000))
        .checkAssert((day, program, p, more) -> neverWorse(check(day, program, p),
            check(day, program, p.withFollowers(Math.min(Long.MAX_VALUE - more, p.followers()) + more))));
  }

  @Test
  void moreViewsNeverMakeACreatorLessEligible() {
    qt().withExamples(300).forAll(dates(), programs(), profiles(), longs().between(0, 1_000_000))
        .checkAssert((day, program, p, more) -> neverWorse(check(day, program, p),
            check(day, program, p.withViews30d(Math.min(Long.MAX_VALUE - more, p.views30d()) + more))));
  }

  @Test
  void moreViewsLastMonthNeverMakeACreatorLessEligibleNorLimitedWhereTheyWereNot() {
    qt().withExamples(300).forAll(dates(), programs(), profiles(), longs().between(0, 2_000_000))
        .checkAssert((day, program, p, more) -> {
          long before = p.viewsLastMonth().orElse(0);
          CreatorProfile grown = p.withViewsLastMonth(Math.min(Long.MAX_VALUE - more, before) + more);
          EligibilityReport was = check(day, program, p);
          EligibilityReport is = check(day, program, grown);
          neverWorse(was, is);
          if (was.isEligible() && was.limitation().isEmpty()) {
            assertThat(is.limitation()).isEmpty();
          }
          if (was.revenueShare().isPresent()) {
            assertThat(is.revenueShare().orElseThrow()).isGreaterThanOrEqualTo(was.revenueShare().get());
          }
        });
  }

  @Test
  void noProgramIsEligibleOutsideItsDates() {
    qt().withExamples(300).forAll(dates(), programs(), profiles()).checkAssert((day, program, p) -> {
      ProgramTerms terms = Rules.asOf(day).programPolicy().terms(program);
      EligibilityReport r = check(day, program, p);
      if (!terms.isOpenOn(day)) {
        assertThat(r.isEligible()).isFalse();
        assertThat(r.unmet().get(0).requirement()).isEqualTo("open");
      }
      if (r.isEligible() && program == Program.TIKTOK_SHOP_AFFILIATE) {
        assertThat(io.github.monetik.rules.ProgramPresets.SHOP_MARKETS.get(p.country())).isNotNull()
            .isBeforeOrEqualTo(day);
      }
    });
  }

  @Test
  void aReportPastTheSourcesAlwaysCarriesTheNote() {
    qt().withExamples(150).forAll(longs().between(1, 3_000), programs(), profiles()).checkAssert((after, program, p) -> {
      LocalDate day = Rules.SOURCES_UP_TO.plusDays(after);
      String note = "rules for " + day + " are past the sources, which end on " + Rules.SOURCES_UP_TO
          + ": the terms known then are assumed to still apply";
      Programs programs = Monetik.asOf(day).programs();
      EligibilityReport r = programs.check(program, p);
      assertThat(r.notes()).contains(note);
      assertThat(r.toString()).contains("note: " + note);
      assertThat(programs.checkAll(p).toString()).contains("note: " + note);
      if (programs.programPolicy().terms(program).pay().isPresent()) {
        assertThat(programs.estimate(program, Activity.of()).notes()).contains(note);
      }
    });
  }

  @Test
  void beingOlderNeverMakesACreatorLessEligible() {
    qt().withExamples(300).forAll(dates(), programs(), profiles(), integers().between(0, 20))
        .checkAssert((day, program, p, years) -> neverWorse(check(day, program, p),
            check(day, program, p.withAge(Math.min(CreatorProfile.MAXIMUM_AGE, p.age() + years)))));
  }

  @Test
  void moreFollowersViewsAndYearsAtOnceNeverHurt() {
    qt().withExamples(150).forAll(dates(), profiles(), longs().between(0, 200_000), integers().between(0, 10))
        .checkAssert((day, p, more, years) -> {
          Programs programs = Monetik.asOf(day).programs();
          CreatorProfile grown = p.withFollowers(p.followers() + more).withViews30d(p.views30d() + more)
              .withAge(Math.min(CreatorProfile.MAXIMUM_AGE, p.age() + years));
          for (Program program : Program.values()) {
            neverWorse(programs.check(program, p), programs.check(program, grown));
          }
        });
  }

  @Test
  void aReportIsEligibleExactlyWhenEveryRowIsMet() {
    qt().withExamples(300).forAll(dates(), programs(), profiles()).checkAssert((day, program, p) -> {
      EligibilityReport r = check(day, program, p);
      assertThat(r.isEligible()).isEqualTo(r.requirements().stream().allMatch(RequirementCheck::isMet));
      assertThat(r.isEligible()).isEqualTo(r.unmet().isEmpty());
      assertThat(r.requirements()).filteredOn(row -> !row.isMet()).containsExactlyElementsOf(r.unmet());
      assertThat(!r.revenueShare().isPresent() || r.isEligible()).as("a share only when eligible").isTrue();
      assertThat(!r.limitation().isPresent() || r.isEligible()).as("limited only when eligible").isTrue();
    });
  }

  @Test
  void theDistanceIsZeroExactlyWhenTheRowIsMet() {
    qt().withExamples(300).forAll(dates(), programs(), profiles()).checkAssert((day, program, p) -> {
      for (RequirementCheck row : check(day, program, p).requirements()) {
        assertThat(row.shortfall() == 0).isEqualTo(row.isMet());
        assertThat(row.shortfall()).isNotNegative();
        assertThat(row.distance().isEmpty()).isEqualTo(row.isMet());
      }
    });
  }

  @Test
  void theOpenRowComesFirstAndFollowsTheProgramsDates() {
    qt().withExamples(300).forAll(dates(), programs(), profiles()).checkAssert((day, program, p) -> {
      EligibilityReport r = check(day, program, p);
      assertThat(r.requirements().get(0).requirement()).isEqualTo("open");
      assertThat(r.requirements().get(0).isMet()).isEqualTo(Rules.asOf(day).programPolicy().openOn(day).contains(program));
      assertThat(r.requirements()).hasSize(1 + Rules.asOf(day).programPolicy().terms(program).requirements().size());
    });
  }

  @Test
  void theTableIsEveryReportSideBySide() {
    qt().withExamples(100).forAll(dates(), profiles()).checkAssert((day, p) -> {
      Programs programs = Monetik.asOf(day).programs();
      EligibilityTable t = programs.checkAll(p);
      for (Program program : Program.values()) {
        assertThat(t.report(program)).isEqualTo(programs.check(program, p));
      }
      List<Program> eligible = t.eligible();
      assertThat(eligible).allMatch(program -> programs.check(program, p).isEligible());
      assertThat(t.toString().lines().count())
          .isEqualTo(1 + Program.values().length + programs.provenance().notes().size());
    });
  }
}
