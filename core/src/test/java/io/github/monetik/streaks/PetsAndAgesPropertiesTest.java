package io.github.monetik.streaks;

import static io.github.monetik.testing.StreakGenerators.END;
import static io.github.monetik.testing.StreakGenerators.birthDates;
import static io.github.monetik.testing.StreakGenerators.interactionLists;
import static io.github.monetik.testing.StreakGenerators.policies;
import static io.github.monetik.testing.StreakGenerators.zones;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.monetik.report.Rows;
import io.github.monetik.testing.Chunks;
import io.github.monetik.testing.TestRules;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The laws of Streak Pets and of the minimum age, over random interactions, zones, policies and birth dates. */
class PetsAndAgesPropertiesTest {
  private static final List<String> STREAK_COLUMNS = List.of("participants", "size", "current", "longest", "runs",
      "restores_used", "status", "ends_at");

  private static StreakReport analyze(StreakPolicy p, ZoneId z, Map<String, LocalDate> born, List<Interaction> in) {
    return Streaks.of(p, TestRules.PROVENANCE).in(z).withBirthDates(born).analyze(in, END);
  }

  private static List<List<Object>> columns(Rows rows, List<String> names) {
    List<List<Object>> out = new ArrayList<>();
    for (String name : names) {
      out.add(rows.column(name));
    }
    return out;
  }

  private static long countedDays(StreakReport r) {
    return r.groups().stream().flatMap(g -> g.runs().stream()).mapToLong(StreakRun::length).sum();
  }

  /** Never a silent drop: every day a known age kept from counting is reported, and only those. */
  @Test
  void everyDayAnAgeKeepsFromCountingIsReportedAndNoneElseChanges() {
    qt().withExamples(150).forAll(interactionLists(80), policies(), zones(), birthDates()).checkAssert((in, any, z, born) -> {
      StreakPolicy p = any.withMinimumAge(16);
      StreakReport unchecked = analyze(p, z, Map.of(), in);
      StreakReport checked = analyze(p, z, born, in);
      long reported = checked.groups().stream().mapToLong(GroupStreak::underAgeDays).sum();
      assertThat(countedDays(checked) + reported).isEqualTo(countedDays(unchecked));
      assertThat(checked.groups()).hasSameSizeAs(unchecked.groups());
      assertThat(checked.dailyActivity().interactionsPerDay()).isEqualTo(unchecked.dailyActivity().interactionsPerDay());
      for (int i = 0; i < checked.groups().size(); i++) {
        GroupStreak g = checked.groups().get(i);
        assertThat(g.longest()).isLessThanOrEqualTo(unchecked.groups().get(i).longest());
        if (g.countsFrom().isEmpty()) {
          assertThat(g.underAgeDays()).isZero();
          assertThat(g).isEqualTo(unchecked.groups().get(i));
        } else {
          LocalDate latest = g.participants().stream().filter(born::containsKey).map(id -> born.get(id).plusYears(16))
              .max(LocalDate::compareTo).orElseThrow();
          assertThat(g.countsFrom()).contains(latest);
          assertThat(g.runs()).allMatch(run -> !run.lastDay().isBefore(latest));
        }
      }
      assertThat(checked.ageLimited()).allMatch(g -> g.countsFrom().isPresent());
      assertThat(checked.rows().column("under_age_days").stream().mapToLong(v -> (Long) v).sum()).isEqualTo(reported);
    });
  }

  @Test
  void withoutAMinimumAgeBirthDatesChangeNothing() {
    qt().withExamples(100).forAll(interactionLists(60), policies(), zones(), birthDates()).checkAssert((in, any, z, born) -> {
      StreakPolicy p = any.withMinimumAge(0);
      assertThat(analyze(p, z, born, in).rows()).isEqualTo(analyze(p, z, Map.of(), in).rows());
      assertThat(analyze(p, z, born, in).notes()).isEqualTo(analyze(p, z, Map.of(), in).notes());
    });
  }

  /** Pets ride on the streaks: adding, changing or removing them moves no streak number. */
  @Test
  void petsNeverChangeAStreakAndTheirStageFollowsTheLength() {
    qt().withExamples(150).forAll(interactionLists(80), policies(), zones()).checkAssert((in, p, z) -> {
      StreakReport with = analyze(p, z, Map.of(), in);
      StreakReport without = analyze(p.withPetPoints(Map.of()).withPetStages(List.of()), z, Map.of(), in);
      assertThat(columns(with.rows(), STREAK_COLUMNS)).isEqualTo(columns(without.rows(), STREAK_COLUMNS));
      assertThat(without.groups()).allMatch(g -> g.petPoints() == 0 && g.petStage() == 0);
      for (GroupStreak g : with.groups()) {
        assertThat(g.petStage()).isEqualTo((int) p.petStages().stream().filter(stage -> stage <= g.length()).count());
        if (g.length() == 0) {
          assertThat(g.petPoints()).isZero();
        }
      }
    });
  }

  /**
   * The pet's points, recounted from the input: on calendar days and without restores, the current
   * streak's counted days are every day from its first to its last, and each distinct interaction
   * of the pair or group on them earns its kind's points.
   */
  @Test
  void petPointsAreThePointsOfEveryDistinctInteractionOnTheCurrentStreaksDays() {
    qt().withExamples(150).forAll(interactionLists(80), policies(), zones()).checkAssert((in, any, z) -> {
      StreakPolicy p = any.withDayBoundary(DayBoundary.CALENDAR_DAY);
      StreakReport r = analyze(p, z, Map.of(), in);
      for (GroupStreak g : r.groups()) {
        long expected = 0;
        if (g.length() > 0) {
          StreakRun run = g.latestRun().orElseThrow();
          Set<Interaction> distinct = new HashSet<>();
          for (Interaction i : in) {
            LocalDate d = LocalDate.ofInstant(i.at(), z);
            if (i.participants().equals(g.participants()) && !d.isBefore(run.firstDay()) && !d.isAfter(run.lastDay())
                && distinct.add(i)) {
              expected += p.petPoints().getOrDefault(i.kind(), 0);
            }
          }
        }
        assertThat(g.petPoints()).as("%s", g).isEqualTo(expected);
      }
    });
  }

  @Test
  void theCollectorWithBirthDatesOverAnySplitGivesTheOneCallAnalysis() {
    qt().withExamples(100).forAll(interactionLists(80), policies(), birthDates(), longs().all()).checkAssert((in, p, born, seed) -> {
      Streaks streaks = Streaks.of(p, TestRules.PROVENANCE).withBirthDates(born);
      StreakReport once = streaks.analyze(in, END);
      assertThat(Chunks.collect(streaks.toReport(END), in, seed)).isEqualTo(once).hasSameHashCodeAs(once);
    });
  }

  @Test
  void everyReportsNotesStartWithTheProvenancesAndThePolicysAssumptions() {
    qt().withExamples(60).forAll(interactionLists(30), policies(), birthDates()).checkAssert((in, any, born) -> {
      StreakPolicy p = any.withAssumptions(List.of("first assumption", "second assumption"));
      var provenance = TestRules.asOf(LocalDate.of(2027, 1, 1));
      StreakReport r = Streaks.of(p, provenance).withBirthDates(born).analyze(in, END);
      List<String> expected = new ArrayList<>(provenance.notes());
      expected.addAll(p.assumptions());
      assertThat(r.notes().subList(0, expected.size())).isEqualTo(expected);
      assertThat(r.toString()).contains("note: first assumption\nnote: second assumption\n");
      assertThat(r.provenance()).isEqualTo(provenance);
    });
  }
}
