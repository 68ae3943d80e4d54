package io.github.monetik.streaks;

import static io.github.monetik.streaks.InteractionKind.MESSAGE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.monetik.rules.StreakPresets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The engine's edges: many groups, hash collisions, the largest group, long histories. */
class StreakEngineTest {
  private static final Instant T = Instant.parse("2024-06-01T12:00:00Z");
  private static final Streaks DM = Streaks.of(StreakPresets.directMessages(), io.github.monetik.testing.TestRules.PROVENANCE);

  @Test
  void thousandsOfPairsAreEachFoundAgain() {
    List<Interaction> in = new ArrayList<>();
    for (int p = 0; p < 3_000; p++) {
      for (int d = 0; d < 1 + p % 4; d++) {
        in.add(Interaction.of("a" + p, "b" + p, MESSAGE, T.plus(Duration.ofDays(d))));
        in.add(Interaction.of("b" + p, "a" + p, MESSAGE, T.plus(Duration.ofDays(d))));
      }
    }
    StreakReport r = DM.analyze(in, T.plus(Duration.ofDays(4)));
    assertThat(r.groups()).hasSize(3_000);
    for (int p = 0; p < 3_000; p += 7) {
      assertThat(r.between("b" + p, "a" + p).orElseThrow().longest()).isEqualTo(1 + p % 4);
    }
    assertThat(r.toString()).contains("... and 2,980 more");
  }

  @Test
  void keysWithEqualHashesStayApart() {
    // "Aa" and "BB" have the same String hash code, so these keys collide.
    assertThat("Aa".hashCode()).isEqualTo("BB".hashCode());
    List<Interaction> in = new ArrayList<>();
    for (List<String> group : List.of(List.of("Aa", "z"), List.of("BB", "z"), List.of("0", "Aa"), List.of("0", "BB"),
        List.of("0", "1", "Aa"), List.of("0", "1", "BB"))) {
      for (String from : group) {
        List<String> to = new ArrayList<>(group);
        to.remove(from);
        in.add(Interaction.inGroup(from, to, MESSAGE, T));
      }
    }
    in.add(Interaction.of("Aa", "z", MESSAGE, T.plus(Duration.ofDays(1))));
    StreakReport r = DM.analyze(in, T.plus(Duration.ofDays(1)));
    assertThat(r.groups()).extracting(g -> String.join("+", g.participants()))
        .containsExactly("0+1+Aa", "0+1+BB", "0+Aa", "0+BB", "Aa+z", "BB+z");
    assertThat(r.groups()).allMatch(g -> g.longest() == 1);
    assertThat(r.dailyActivity("Aa").interactions()).isEqualTo(4);
  }

  @Test
  void theLargestGroupQualifiesWhenAllSixtyFourAct() {
    List<String> all = IntStream.range(0, 64).mapToObj(i -> "p" + i).collect(Collectors.toList());
    List<Interaction> in = new ArrayList<>();
    for (String from : all) {
      List<String> to = new ArrayList<>(all);
      to.remove(from);
      in.add(Interaction.inGroup(from, to, MESSAGE, T));
    }
    StreakReport r = DM.analyze(in, T);
    assertThat(r.groups().get(0).runs()).extracting(StreakRun::length).containsExactly(1);
    assertThat(DM.analyze(in.subList(1, 64), T).groups().get(0).runs()).isEmpty();
  }

  @Test
  void longHistoriesKeepEveryDayAndCell() {
    List<Interaction> in = new ArrayList<>();
    for (int d = 0; d < 150; d++) {
      if (d != 100) {
        in.add(Interaction.of("ana", "ben", MESSAGE, T.plus(Duration.ofDays(d))));
      }
      in.add(Interaction.of("ben", "ana", MESSAGE, T.plus(Duration.ofDays(d)).plusSeconds(60)));
    }
    StreakReport r = Streaks.of(StreakPresets.directMessages(), io.github.monetik.testing.TestRules.PROVENANCE).in(ZoneId.of("America/New_York")).analyze(in, T.plus(Duration.ofDays(150)));
    GroupStreak g = r.between("ana", "ben").orElseThrow();
    assertThat(g.runs()).extracting(StreakRun::length).containsExactly(100, 49);
    assertThat(g.milestonesReached()).containsExactly(3, 7, 30, 100);
    assertThat(r.dailyActivity().interactions()).isEqualTo(299);
    assertThat(r.dailyActivity().activeDays()).isEqualTo(150);
    assertThat(r.dailyActivity().streakDays()).isEqualTo(149);
    assertThat(r.dailyActivity().streakDates()).doesNotContain(LocalDate.of(2024, 9, 9));
    StreakRun first = g.runs().get(0);
    assertThat(first).isEqualTo(g.runs().get(0)).hasSameHashCodeAs(g.runs().get(0)).isNotEqualTo(g.runs().get(1));
    assertThat(first.toString()).isEqualTo("100 days 2024-06-01..2024-09-08");
    assertThat(g.runs().get(1).isUnlocked()).isTrue();
    assertThat(g.runs().get(1).restoresUsed()).isZero();
  }

  @Test
  void anInteractionLaterInTheSameSecondAsNowIsAfterIt() {
    Instant now = T.plusMillis(400);
    assertThatThrownBy(() -> DM.analyze(List.of(Interaction.of("ana", "ben", MESSAGE, T.plusMillis(500))), now))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must not be after now");
    assertThat(DM.analyze(List.of(Interaction.of("ana", "ben", MESSAGE, T.plusMillis(400))), now).groups()).hasSize(1);
    assertThat(DM.analyze(List.of(Interaction.of("ana", "ben", MESSAGE, T.plusMillis(300))), now).groups()).hasSize(1);
  }

  @Test
  void sameInstantsFromDifferentObjectsAndIdsFromDifferentStringsAreTheSame() {
    List<Interaction> in = List.of(Interaction.of(new String("ana"), new String("ben"), MESSAGE, T),
        Interaction.of(new String("ben"), new String("ana"), MESSAGE, Instant.parse(T.toString())));
    StreakReport r = DM.analyze(in, T);
    assertThat(r.groups()).hasSize(1);
    assertThat(r.groups().get(0).runs()).hasSize(1);
    assertThat(r.dailyActivity().interactions()).isEqualTo(2);
  }

  /** Collects {@code first} and {@code second} into one container each, then combines them. */
  private static <A> StreakReport inTwoContainers(java.util.stream.Collector<Interaction, A, StreakReport> collector,
      List<Interaction> first, List<Interaction> second) {
    A left = collector.supplier().get();
    first.forEach(i -> collector.accumulator().accept(left, i));
    A right = collector.supplier().get();
    second.forEach(i -> collector.accumulator().accept(right, i));
    return collector.finisher().apply(collector.combiner().apply(left, right));
  }

  @Test
  void theCollectorsContainersGrowAndCombineIntoTheOneCallAnalysis() {
    List<Interaction> first = new ArrayList<>();
    List<Interaction> second = new ArrayList<>();
    for (int d = 0; d < 12; d++) {
      first.add(Interaction.of("ana", "ben", MESSAGE, T.plus(Duration.ofDays(d))));
      first.add(Interaction.of("ben", "ana", MESSAGE, T.plus(Duration.ofDays(d)).plusSeconds(5)));
      second.add(Interaction.of("cy", "dee", MESSAGE, T.plus(Duration.ofDays(d))));
      second.add(Interaction.of("dee", "cy", MESSAGE, T.plus(Duration.ofDays(d)).plusSeconds(5)));
      second.add(Interaction.of("ben", "ana", InteractionKind.LIKE, T.plus(Duration.ofDays(d)).plusSeconds(9)));
    }
    Instant now = T.plus(Duration.ofDays(12));
    StreakReport combined = inTwoContainers(DM.toReport(now), first, second);
    List<Interaction> all = new ArrayList<>(first);
    all.addAll(second);
    StreakReport once = DM.analyze(all, now);
    assertThat(combined).isEqualTo(once).hasSameHashCodeAs(once);
    assertThat(combined.groups()).extracting(GroupStreak::length).containsExactly(12, 12);
    assertThat(combined.dailyActivity("ana").interactions()).isEqualTo(12);
    assertThat(combined.dailyActivity("ben").interactions()).isEqualTo(24);
    assertThat(combined.provenance()).isEqualTo(DM.provenance());
  }

  @Test
  void aPairKeepsEveryOneOfManyRunsAndEachEndsAtTheEndOfItsFirstMissedDay() {
    List<Interaction> in = new ArrayList<>();
    for (int run = 0; run < 11; run++) {
      for (int d = 0; d <= run % 3; d++) {
        Instant at = T.plus(Duration.ofDays(run * 5L + d));
        in.add(Interaction.of("ana", "ben", MESSAGE, at));
        in.add(Interaction.of("ben", "ana", MESSAGE, at.plusSeconds(60)));
      }
    }
    GroupStreak g = DM.analyze(in, T.plus(Duration.ofDays(60))).between("ana", "ben").orElseThrow();
    assertThat(g.runs()).hasSize(11);
    assertThat(g.runs()).extracting(StreakRun::length).containsExactly(1, 2, 3, 1, 2, 3, 1, 2, 3, 1, 2);
    assertThat(g.runs().get(2).endsAt()).isEqualTo(Instant.parse("2024-06-15T00:00:00Z"));
    assertThat(g.runs().get(2).start()).isEqualTo(Instant.parse("2024-06-11T00:00:00Z"));
    assertThat(g.runs().get(10).endsAt()).isEqualTo(g.endsAt().orElseThrow());
    assertThat(g.runs()).extracting(StreakRun::isUnlocked).containsExactly(false, false, true, false, false, true, false,
        false, true, false, false);
    assertThat(g.longest()).isEqualTo(3);
  }

  @Test
  void theSameStreaksInAnotherZoneAreAnotherValue() {
    List<Interaction> noon = List.of(Interaction.of("ana", "ben", MESSAGE, T), Interaction.of("ben", "ana", MESSAGE, T));
    GroupStreak utc = DM.analyze(noon, T).groups().get(0);
    GroupStreak berlin = DM.in(ZoneId.of("Europe/Berlin")).analyze(noon, T).groups().get(0);
    assertThat(utc.runs().get(0).firstDay()).isEqualTo(berlin.runs().get(0).firstDay());
    assertThat(utc).isNotEqualTo(berlin);
    assertThat(utc).isEqualTo(DM.in(ZoneId.of("UTC").normalized()).analyze(noon, T).groups().get(0));
  }

  @Test
  void aGroupKeysHashIsThatOfItsSortedIds() {
    GroupKey key = new GroupKey(new String[] {"ana", "ben", "cy"});
    assertThat(key.hashCode()).isEqualTo(java.util.Arrays.hashCode(new String[] {"ana", "ben", "cy"}));
    assertThat(key).isEqualTo(new GroupKey(GroupKey.sortedIds("cy", List.of("ben", "ana")))).hasToString("ana+ben+cy");
    assertThat(key.indexOf("cy")).isEqualTo(2);
    assertThat(key.indexOf("dee")).isNegative();
    assertThat(new GroupKey(new String[] {"ana", "ben"}).indexOf("ben")).isEqualTo(1);
    assertThat(new GroupKey(new String[] {"ana", "ben"}).indexOf("cy")).isNegative();
  }
}
