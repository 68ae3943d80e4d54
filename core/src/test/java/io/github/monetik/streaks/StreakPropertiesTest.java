package io.github.monetik.streaks;

import static io.github.monetik.testing.StreakGenerators.END;
import static io.github.monetik.testing.StreakGenerators.dailyExchange;
import static io.github.monetik.testing.StreakGenerators.interactionLists;
import static io.github.monetik.testing.StreakGenerators.interactions;
import static io.github.monetik.testing.StreakGenerators.policies;
import static io.github.monetik.testing.StreakGenerators.zones;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.monetik.rules.StreakPresets;
import io.github.monetik.testing.Chunks;
import io.github.monetik.testing.StreakGenerators;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The laws of streak analysis, over random interactions, zones and policies. */
class StreakPropertiesTest {
  private static StreakReport analyze(StreakPolicy policy, ZoneId zone, List<Interaction> in) {
    return Streaks.of(policy, io.github.monetik.testing.TestRules.PROVENANCE).in(zone).analyze(in, END);
  }

  @Test
  void shufflingAndDuplicatingTheInputChangesNothing() {
    qt().withExamples(150).forAll(interactionLists(80), policies(), zones(), longs().all()).checkAssert((in, p, z, seed) -> {
      List<Interaction> shuffled = new ArrayList<>(in);
      Random random = new Random(seed);
      Collections.shuffle(shuffled, random);
      List<Interaction> doubled = new ArrayList<>(in);
      doubled.addAll(shuffled.subList(0, shuffled.size() / 2));
      Collections.shuffle(doubled, random);
      StreakReport once = analyze(p, z, in);
      assertThat(analyze(p, z, shuffled)).isEqualTo(once);
      assertThat(analyze(p, z, doubled)).isEqualTo(once).hasSameHashCodeAs(once);
      assertThat(analyze(p, z, doubled).dailyActivity()).isEqualTo(once.dailyActivity());
    });
  }

  @Test
  void theCurrentStreakNeverExceedsTheLongestAndRunsFitInTheDaysSpanned() {
    qt().withExamples(150).forAll(interactionLists(80), policies(), zones()).checkAssert((in, p, z) -> {
      StreakReport r = analyze(p, z, in);
      long qualifyingDays = 0;
      for (GroupStreak g : r.groups()) {
        assertThat(g.length()).isLessThanOrEqualTo(g.longest());
        TreeSet<LocalDate> dates = new TreeSet<>();
        in.stream().filter(i -> i.participants().equals(g.participants()))
            .forEach(i -> dates.add(r.groups().isEmpty() ? LocalDate.MIN : LocalDate.ofInstant(i.at(), z)));
        long spanned = ChronoUnit.DAYS.between(dates.first(), dates.last()) + 2; // rolling days may straddle one more date
        int sum = g.runs().stream().mapToInt(StreakRun::length).sum();
        assertThat((long) sum).isLessThanOrEqualTo(spanned);
        assertThat(g.runs().stream().mapToInt(StreakRun::length).max().orElse(0)).isEqualTo(g.longest());
        for (int i = 1; i < g.runs().size(); i++) {
          assertThat(g.runs().get(i).firstDay()).isAfter(g.runs().get(i - 1).lastDay().plusDays(p.dayBoundary() == DayBoundary.CALENDAR_DAY ? 1 : 0));
        }
        qualifyingDays += sum;
      }
      long fromHistogram = r.runLengths().entrySet().stream().mapToLong(e -> e.getKey() * e.getValue()).sum();
      assertThat(fromHistogram).isEqualTo(qualifyingDays);
      assertThat(r.dailyActivity().interactions()).isLessThanOrEqualTo(in.size());
      assertThat(r.statusCounts().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(r.groups().size());
    });
  }

  /**
   * Calendar days only: with rolling 24-hour days an earlier interaction moves the group's anchor and
   * so every period boundary, which can split a run (see {@code StreakReportTest}).
   */
  @Test
  void addingAnInteractionNeverShortensTheLongestStreak() {
    qt().withExamples(150).forAll(interactionLists(60), interactions(), policies(), zones()).checkAssert((in, extra, any, z) -> {
      StreakPolicy p = any.withDayBoundary(DayBoundary.CALENDAR_DAY);
      StreakReport before = analyze(p, z, in);
      List<Interaction> more = new ArrayList<>(in);
      more.add(extra);
      StreakReport after = analyze(p, z, more);
      for (GroupStreak g : before.groups()) {
        GroupStreak same = after.groups().stream().filter(a -> a.participants().equals(g.participants())).findFirst().orElseThrow();
        assertThat(same.longest()).isGreaterThanOrEqualTo(g.longest());
      }
      assertThat(after.groups().size()).isBetween(before.groups().size(), before.groups().size() + 1);
    });
  }

  @Test
  void changingTheZoneOnlyMovesDayBoundaries() {
    StreakPolicy anyone = StreakPresets.directMessages().withEveryoneMustAct(false).withDaysToStart(1);
    qt().withExamples(150).forAll(dailyExchange(List.of("ana", "ben")), zones()).checkAssert((in, z) -> {
      StreakReport utc = analyze(anyone, ZoneOffset.UTC, in);
      StreakReport elsewhere = analyze(anyone, z, in);
      assertThat(elsewhere.dailyActivity().interactions()).isEqualTo(utc.dailyActivity().interactions());
      utc.between("ana", "ben").ifPresent(g -> {
        for (StreakRun run : g.runs()) {
          TreeSet<LocalDate> local = new TreeSet<>();
          for (Interaction i : in) {
            LocalDate d = LocalDate.ofInstant(i.at(), ZoneOffset.UTC);
            if (!d.isBefore(run.firstDay()) && !d.isAfter(run.lastDay())) {
              local.add(LocalDate.ofInstant(i.at(), z));
            }
          }
          long spans = ChronoUnit.DAYS.between(local.first(), local.last()) + 1;
          assertThat(spans).isBetween(run.length() - 1L, run.length() + 1L);
        }
      });
    });
  }

  @Test
  void whenEveryoneMustActRemovingOnePersonsDayBreaksTheRunThere() {
    StreakPolicy dm = StreakPresets.directMessages();
    qt().withExamples(150).forAll(dailyExchange(List.of("ana", "ben")), zones(), integers().between(0, 20))
        .checkAssert((in, z, offset) -> {
          StreakReport before = analyze(dm, z, in);
          before.between("ana", "ben").flatMap(g -> g.runs().stream().filter(r -> r.length() >= 3).findFirst()).ifPresent(run -> {
            LocalDate broken = run.firstDay().plusDays(1 + offset % (run.length() - 2));
            List<Interaction> without = new ArrayList<>(in);
            without.removeIf(i -> i.from().equals("ana") && LocalDate.ofInstant(i.at(), z).equals(broken));
            GroupStreak after = analyze(dm, z, without).between("ana", "ben").orElseThrow();
            assertThat(after.runs()).noneMatch(r -> !r.firstDay().isAfter(broken) && !r.lastDay().isBefore(broken));
            assertThat(after.runs()).anyMatch(r -> r.lastDay().equals(broken.minusDays(1)));
            assertThat(after.runs()).anyMatch(r -> r.firstDay().equals(broken.plusDays(1)));
          });
        });
  }

  @Test
  void oneSecondBeforeLocalMidnightAndMidnightAreDifferentDaysInEveryZone() {
    qt().forAll(zones(), integers().between(0, 3_000)).checkAssert((z, days) -> {
      LocalDate day = LocalDate.of(2020, 1, 1).plusDays(days);
      Instant midnight = day.plusDays(1).atStartOfDay(z).toInstant();
      List<Interaction> in = List.of(Interaction.of("ana", "ben", InteractionKind.MESSAGE, midnight.minusSeconds(1)),
          Interaction.of("ben", "ana", InteractionKind.MESSAGE, midnight));
      StreakReport r = Streaks.of(StreakPresets.directMessages(), io.github.monetik.testing.TestRules.PROVENANCE).in(z).analyze(in, midnight);
      Map<LocalDate, Long> perDay = r.dailyActivity().interactionsPerDay();
      assertThat(perDay).containsOnlyKeys(day, day.plusDays(1));
      assertThat(r.between("ana", "ben").orElseThrow().runs()).isEmpty();
      StreakReport anyone = Streaks.of(StreakPresets.directMessages().withEveryoneMustAct(false), io.github.monetik.testing.TestRules.PROVENANCE).in(z).analyze(in, midnight);
      assertThat(anyone.between("ana", "ben").orElseThrow().runs()).extracting(StreakRun::length).containsExactly(2);
    });
  }

  @Test
  void aRestoreIsAcceptedExactlyInsideItsWindowAndNeverShortensAnything() {
    StreakPolicy dm = StreakPresets.directMessages();
    qt().withExamples(100).forAll(dailyExchange(List.of("ana", "ben")), zones(), longs().between(0, StreakGenerators.SPAN.getSeconds()))
        .checkAssert((in, z, offset) -> {
          StreakReport r = analyze(dm, z, in);
          Instant at = StreakGenerators.START.plusSeconds(offset);
          GroupStreak before = r.between("ana", "ben").orElse(null);
          try {
            GroupStreak after = r.restore(List.of("ana", "ben"), at).between("ana", "ben").orElseThrow();
            assertThat(before).isNotNull();
            StreakRun target = before.runs().stream().filter(x -> !x.endsAt().isAfter(at)).reduce((a, b) -> b).orElseThrow();
            assertThat(at).isBefore(target.endsAt().plus(dm.restoreWindow()));
            assertThat(target.isUnlocked()).isTrue();
            assertThat(after.longest()).isGreaterThanOrEqualTo(before.longest());
            assertThat(after.runs()).hasSize(before.runs().size() - (int) before.runs().stream()
                .filter(x -> x.start().isAfter(target.start()) && !x.start().isAfter(at.plus(java.time.Duration.ofDays(1)))).count()
                + (int) after.runs().stream().filter(x -> false).count());
            assertThat(after.restoresUsed()).isEqualTo(1);
          } catch (RestoreRefusedException e) {
            assertThat(e.getMessage()).startsWith("restore of ana+ben at " + at + " refused: ");
          }
        });
  }

  @Test
  void theCollectorOverAnySplitGivesTheOneCallAnalysis() {
    qt().withExamples(150).forAll(interactionLists(80), policies(), zones(), longs().all()).checkAssert((in, p, z, seed) -> {
      Streaks streaks = Streaks.of(p, io.github.monetik.testing.TestRules.PROVENANCE).in(z);
      StreakReport once = streaks.analyze(in, END);
      StreakReport chunked = Chunks.collect(streaks.toReport(END), in, seed);
      assertThat(chunked).isEqualTo(once);
      assertThat(chunked.dailyActivity()).isEqualTo(once.dailyActivity());
      assertThat(chunked.runLengths()).isEqualTo(once.runLengths());
      assertThat(in.parallelStream().collect(streaks.toReport(END))).isEqualTo(once);
    });
  }
}
