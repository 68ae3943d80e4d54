package io.github.monetik.streaks;

import static io.github.monetik.testing.Generators.anyLong;
import static io.github.monetik.testing.Hostile.check;
import static io.github.monetik.testing.Hostile.textOrNull;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.monetik.rules.StreakPresets;
import io.github.monetik.testing.StreakGenerators;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The streak entry points fed arbitrary, also invalid, values: a valid result or the documented
 * exception naming the argument. Entry points covered: 13 ({@code Interaction.of}, {@code inGroup},
 * {@code InteractionKind.parse}, the policy builder, {@code Streaks.analyze} and {@code collector}, and the report's
 * {@code restore}, {@code between}, {@code of}, {@code engagement}, {@code longest}, {@code count},
 * {@code GroupStreak.includes}).
 */
class StreakHostileInputPropertiesTest {
  private static final Class<IllegalArgumentException> IAE = IllegalArgumentException.class;
  private static final Class<NullPointerException> NPE = NullPointerException.class;
  private static final Instant NOW = StreakGenerators.END;
  private static final StreakReport REPORT = Streaks.of(StreakPresets.directMessages(), io.github.monetik.testing.TestRules.PROVENANCE)
      .analyze(List.of(Interaction.of("ana", "ben", InteractionKind.MESSAGE, NOW.minusSeconds(5))), NOW);

  private static Instant instant(long n) {
    return Instant.ofEpochSecond(n % Instant.MAX.getEpochSecond());
  }

  @Test
  void interactionsFromAnyValues() {
    qt().forAll(textOrNull(), textOrNull(), textOrNull(), anyLong()).checkAssert((from, to, other, n) -> {
      Instant at = n % 3 == 0 ? NOW.minusSeconds(Math.abs(n % 1_000_000_000L)) : instant(n);
      check(() -> Interaction.of(from, to, InteractionKind.MESSAGE, at), i -> i.participants().size() == 2, "from|to|at", IAE, NPE);
      check(() -> Interaction.inGroup(from, Arrays.asList(to, other), InteractionKind.LIKE, at),
          i -> i.participants().size() >= 2 && !i.to().contains(i.from()), "from|to|at", IAE, NPE);
      check(() -> InteractionKind.parse(from), k -> InteractionKind.parse(k.code()) == k, "kind", IAE, NPE);
    });
  }

  @Test
  void policiesFromAnyNumbers() {
    qt().forAll(integers().all(), anyLong(), integers().all(), anyLong()).checkAssert((start, window, quota, period) ->
        check(() -> StreakPresets.directMessages().withDaysToStart(start).withRestoreWindow(Duration.ofSeconds(window))
                .withRestoresPerPeriod(quota).withRestorePeriod(Duration.ofSeconds(period)).withMilestones(List.of(start, quota)),
            p -> p.daysToStart() >= 1 && p.restoresPerPeriod() >= 0 && !p.restorePeriod().isNegative(),
            "daysToStart|restoreWindow|restoresPerPeriod|restorePeriod|milestones", IAE));
  }

  @Test
  void analysesAndReportsFromAnyValues() {
    qt().withExamples(300).forAll(StreakGenerators.interactionLists(20), anyLong(), textOrNull(), textOrNull())
        .checkAssert((in, n, a, b) -> {
          Instant now = n % 2 == 0 ? NOW.plusSeconds(n % 100_000) : instant(n);
          check(() -> Streaks.of(StreakPresets.directMessages(), io.github.monetik.testing.TestRules.PROVENANCE).analyze(in, now), r -> r.groups().size() <= in.size(), "now|interactions", IAE);
          check(() -> in.parallelStream().collect(Streaks.of(StreakPresets.directMessages(), io.github.monetik.testing.TestRules.PROVENANCE).toReport(now)),
              r -> r.groups().size() <= in.size(), "now|interaction", IAE);
          Instant at = n % 3 == 0 ? NOW.minusSeconds(Math.abs(n % 2_000_000)) : instant(n);
          check(() -> REPORT.restore(Arrays.asList(a, b), at), r -> r.groups().size() == 1, "participants|at|restore of", IAE, NPE,
              RestoreRefusedException.class);
          check(() -> REPORT.between(a, b), found -> true, "first|others", NPE);
          check(() -> REPORT.of(a), list -> list.size() <= 1, "person", NPE);
          check(() -> REPORT.dailyActivity(a), e -> e.interactions() <= 1, "person", NPE);
          int limit = n.intValue();
          check(() -> REPORT.longest(limit), list -> list.size() <= 1, "limit", IAE);
          check(() -> REPORT.groups().get(0).includes(a), yes -> true, "participant", NPE);
        });
    check(() -> REPORT.count(null), c -> false, "status", NPE);
  }
}
