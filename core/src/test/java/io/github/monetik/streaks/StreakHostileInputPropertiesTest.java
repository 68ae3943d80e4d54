package io.github.monetik.streaks;

import static io.github.monetik.testing.Generators.anyLong;
import static io.github.monetik.testing.Hostile.check;
import static io.github.monetik.testing.Hostile.textOrNull;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.monetik.rules.StreakPresets;
import io.github.monetik.testing.StreakGenerators;
import io.github.monetik.testing.TestRules;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The streak entry points fed arbitrary, also invalid, values (nulls, nulls inside collections and
 * maps, extreme instants, dates and durations, huge strings): a valid, printable result or the
 * documented exception naming the argument, within a time limit (a hang fails the test). Entry
 * points covered: 25 ({@code Interaction.of}, {@code inGroup}, {@code InteractionKind.parse}, the
 * policy builder and its {@code with*} copies, {@code StreakPresets.asOf}, {@code Streaks.in},
 * {@code withBirthDates}, {@code analyze} and {@code toReport}, the report's {@code restore},
 * {@code between}, {@code of}, {@code dailyActivity}, {@code longest}, {@code count},
 * {@code GroupStreak.includes}, and {@code DailyActivity}'s constructor).
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class StreakHostileInputPropertiesTest {
  private static final Class<IllegalArgumentException> IAE = IllegalArgumentException.class;
  private static final Class<NullPointerException> NPE = NullPointerException.class;
  private static final Instant NOW = StreakGenerators.END;
  private static final StreakReport REPORT = Streaks.of(StreakPresets.directMessages(), TestRules.PROVENANCE)
      .analyze(List.of(Interaction.of("ana", "ben", InteractionKind.MESSAGE, NOW.minusSeconds(5))), NOW);

  /** An instant anywhere in {@code Instant}'s range, the extremes included. */
  private static Instant instant(long n) {
    return switch (Math.floorMod(n, 7)) {
      case 0 -> Instant.MAX;
      case 1 -> Instant.MIN;
      default -> Instant.ofEpochSecond(n % Instant.MAX.getEpochSecond());
    };
  }

  /** A date anywhere in {@code LocalDate}'s range, the extremes included, often near a 16th birthday. */
  private static LocalDate date(long n) {
    return switch (Math.floorMod(n, 5)) {
      case 0 -> LocalDate.MAX;
      case 1 -> LocalDate.MIN;
      case 2 -> StreakGenerators.TURNS_16_FROM.plusDays(n % 40);
      default -> LocalDate.ofEpochDay(n % LocalDate.MAX.toEpochDay());
    };
  }

  private static Duration duration(long n) {
    return n % 3 == 0 ? Duration.ofSeconds(n) : Duration.ofSeconds(Math.floorMod(n, 200L * 86_400));
  }

  /** Printing a result must work too (issue 18: every returned result printable). */
  private static boolean printable(Object result) {
    return !result.toString().isEmpty();
  }

  @Test
  void interactionsFromAnyValues() {
    qt().forAll(textOrNull(), textOrNull(), textOrNull(), anyLong()).checkAssert((from, to, other, n) -> {
      Instant at = n % 3 == 0 ? NOW.minusSeconds(Math.abs(n % 1_000_000_000L)) : instant(n);
      check(() -> Interaction.of(from, to, InteractionKind.MESSAGE, at), i -> i.participants().size() == 2 && printable(i),
          "from|to|at", IAE, NPE);
      check(() -> Interaction.inGroup(from, Arrays.asList(to, other), InteractionKind.LIKE, at),
          i -> i.participants().size() >= 2 && !i.to().contains(i.from()), "from|to|at", IAE, NPE);
      check(() -> InteractionKind.parse(from), k -> InteractionKind.parse(k.code()) == k, "kind", IAE, NPE);
    });
  }

  @Test
  void policiesFromAnyNumbers() {
    qt().forAll(integers().all(), anyLong(), integers().all(), anyLong()).checkAssert((start, window, quota, period) -> {
      check(() -> StreakPresets.directMessages().withDaysToStart(start).withRestoreWindow(duration(window))
              .withRestoresPerPeriod(quota).withRestorePeriod(duration(period)).withMilestones(List.of(start, quota)),
          p -> p.daysToStart() >= 1 && p.restoresPerPeriod() >= 0 && !p.restorePeriod().isNegative() && printable(p),
          "daysToStart|restoreWindow|restoresPerPeriod|restorePeriod|milestones", IAE);
      check(() -> StreakPolicy.builder().from(StreakPresets.directMessages()).minimumAge(start).putPetPoints(InteractionKind.LIKE, quota)
              .petStages(Arrays.asList(quota % 5 == 0 ? null : quota, start)).build(),
          p -> p.minimumAge() >= 0 && printable(p), "minimumAge|petPoints|petStages", IAE, NPE);
      check(() -> StreakPresets.asOf(date(window)), p -> printable(p), "date", NPE);
    });
  }

  /** A policy at the edges of its bounds, analysed at any instant: never an undocumented exception. */
  @Test
  void policiesAtTheirBoundsAnalyseAnyInstant() {
    qt().withExamples(200).forAll(StreakGenerators.interactionLists(20), anyLong(), integers().between(0, 150))
        .checkAssert((in, n, age) -> {
          StreakPolicy edge = StreakPresets.directMessages().withRestoreWindow(StreakPolicy.LONGEST_PERIOD)
              .withRestorePeriod(n % 2 == 0 ? StreakPolicy.LONGEST_PERIOD : Duration.ofSeconds(1))
              .withDaysToStart(n % 3 == 0 ? Integer.MAX_VALUE : 1).withMinimumAge(age)
              .withMilestones(List.of(Integer.MAX_VALUE)).withPetStages(List.of(1, Integer.MAX_VALUE));
          Instant now = n % 2 == 0 ? Interaction.LATEST.minusNanos(1) : NOW;
          Map<String, LocalDate> born = Map.of("ana", LocalDate.of(1900, 1, 1), "ben", LocalDate.of(2099, 12, 31));
          check(() -> Streaks.of(edge, TestRules.PROVENANCE).withBirthDates(born).analyze(in, now),
              r -> r.groups().size() <= in.size() && printable(r) && r.groups().stream().allMatch(StreakHostileInputPropertiesTest::printableStreak),
              "now|interactions", IAE);
        });
  }

  private static boolean printableStreak(GroupStreak g) {
    return printable(g) && g.runs().stream().allMatch(StreakHostileInputPropertiesTest::printable);
  }

  @Test
  void birthDatesFromAnyValues() {
    qt().forAll(textOrNull(), textOrNull(), anyLong(), anyLong()).checkAssert((a, b, x, y) -> {
      Map<String, LocalDate> born = new HashMap<>();
      born.put(a, x % 11 == 0 ? null : date(x));
      born.put(b, date(y));
      Streaks s = Streaks.of(StreakPresets.directMessages(), TestRules.PROVENANCE);
      check(() -> s.withBirthDates(born).analyze(List.of(Interaction.of("ana", "ben", InteractionKind.MESSAGE, NOW)), NOW),
          r -> r.groups().size() == 1 && printable(r), "birthDates", IAE, NPE);
    });
  }

  @Test
  void analysesAndReportsFromAnyValues() {
    qt().withExamples(300).forAll(StreakGenerators.interactionLists(20), anyLong(), textOrNull(), textOrNull())
        .checkAssert((in, n, a, b) -> {
          Instant now = n % 2 == 0 ? NOW.plusSeconds(n % 100_000) : instant(n);
          Streaks dm = Streaks.of(StreakPresets.directMessages(), TestRules.PROVENANCE);
          check(() -> dm.analyze(in, now), r -> r.groups().size() <= in.size() && printable(r), "now|interactions", IAE);
          check(() -> in.parallelStream().collect(dm.toReport(now)), r -> r.groups().size() <= in.size(), "now|interaction", IAE);
          List<Interaction> withNull = new ArrayList<>(in);
          withNull.add(Math.floorMod(n, withNull.size() + 1), null);
          check(() -> dm.analyze(withNull, NOW), r -> false, "interactions\\[\\d+\\]", NPE);
          Instant at = n % 3 == 0 ? NOW.minusSeconds(Math.abs(n % 2_000_000)) : instant(n);
          List<String> who = n % 4 == 0 ? Arrays.asList(a) : n % 4 == 1 ? List.of() : Arrays.asList(a, b);
          check(() -> REPORT.restore(who, at), r -> r.groups().size() == 1 && printable(r), "participants|at|restore of", IAE, NPE,
              RestoreRefusedException.class);
          check(() -> REPORT.between(a, b), found -> true, "first|others", NPE);
          check(() -> REPORT.of(a), list -> list.size() <= 1, "person", NPE);
          check(() -> REPORT.dailyActivity(a), e -> e.interactions() <= 1 && printable(e), "person", NPE);
          int limit = n.intValue();
          check(() -> REPORT.longest(limit), list -> list.size() <= 1, "limit", IAE);
          check(() -> REPORT.groups().get(0).includes(a), yes -> true, "participant", NPE);
        });
    check(() -> REPORT.count(null), c -> false, "status", NPE);
  }

  @Test
  void dailyActivitiesFromAnyValues() {
    qt().forAll(anyLong(), anyLong()).checkAssert((x, n) -> {
      TreeMap<LocalDate, Long> perDay = new TreeMap<>();
      perDay.put(date(x), n % 5 == 0 ? null : n);
      TreeSet<LocalDate> days = new TreeSet<>(List.of(date(n)));
      check(() -> new DailyActivity(perDay, days), a -> a.activeDays() == 1 && printable(a), "interactionsPerDay", IAE, NPE);
    });
  }
}
