package io.github.monetik.streaks;

import static io.github.monetik.streaks.InteractionKind.MESSAGE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.monetik.rules.StreakPresets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Restores at the exact edges of their rules, merges among several runs, and values' hashes. */
class StreakRestoreEdgesTest {
  private static final StreakPolicy DM = StreakPresets.directMessages();
  private static final List<String> PAIR = List.of("ana", "ben");

  private static Instant utc(String day, int hour) {
    return LocalDate.parse(day).atStartOfDay(ZoneOffset.UTC).plusHours(hour).toInstant();
  }

  private static void both(List<Interaction> in, String first, int days) {
    for (int i = 0; i < days; i++) {
      String day = LocalDate.parse(first).plusDays(i).toString();
      in.add(Interaction.of("ana", "ben", MESSAGE, utc(day, 9)));
      in.add(Interaction.of("ben", "ana", MESSAGE, utc(day, 20)));
    }
  }

  private static GroupStreak pair(StreakReport r) {
    return r.between("ana", "ben").orElseThrow();
  }

  @Test
  void aRestoreMergesTwoRunsAndKeepsTheLaterOnesAsTheyWere() {
    List<Interaction> in = new ArrayList<>();
    both(in, "2024-06-01", 5);   // A: 1..5, 6 missed
    both(in, "2024-06-07", 3);   // B: 7..9
    both(in, "2024-06-12", 2);   // C: 12..13
    both(in, "2024-06-20", 1);   // D: 20
    StreakReport r = Streaks.of(DM, io.github.monetik.testing.TestRules.PROVENANCE).analyze(in, utc("2024-06-25", 0)).restore(PAIR, utc("2024-06-07", 10));
    GroupStreak g = pair(r);
    assertThat(g.runs()).extracting(StreakRun::length).containsExactly(8, 2, 1);
    assertThat(g.runs()).extracting(StreakRun::firstDay).containsExactly(LocalDate.of(2024, 6, 1), LocalDate.of(2024, 6, 12),
        LocalDate.of(2024, 6, 20));
    assertThat(g.runs()).extracting(StreakRun::lastDay).containsExactly(LocalDate.of(2024, 6, 9), LocalDate.of(2024, 6, 13),
        LocalDate.of(2024, 6, 20));
    assertThat(g.runs()).extracting(StreakRun::restoresUsed).containsExactly(1, 0, 0);
    assertThat(r.runLengths()).containsOnlyKeys(8, 2, 1);
  }

  @Test
  void restoresAreAcceptedFromTheEndUpToButExcludingTheWindowsClose() {
    List<Interaction> in = new ArrayList<>();
    both(in, "2024-06-01", 3);   // exactly the days needed to show; ends 2024-06-05T00:00Z
    StreakReport r = Streaks.of(DM, io.github.monetik.testing.TestRules.PROVENANCE).analyze(in, utc("2024-06-10", 0));
    Instant end = utc("2024-06-05", 0);
    assertThat(pair(r.restore(PAIR, end)).restoresUsed()).isEqualTo(1);
    assertThat(pair(r.restore(PAIR, end.plus(Duration.ofHours(48)).minusSeconds(1))).restoresUsed()).isEqualTo(1);
    assertThatThrownBy(() -> r.restore(PAIR, end.minusSeconds(1))).isInstanceOfSatisfying(RestoreRefusedException.class,
        e -> assertThat(e.reason()).isEqualTo(RestoreRefusedException.Refusal.NOT_ENDED));
    assertThatThrownBy(() -> r.restore(PAIR, end.plus(Duration.ofHours(48)))).isInstanceOfSatisfying(RestoreRefusedException.class,
        e -> assertThat(e.reason()).isEqualTo(RestoreRefusedException.Refusal.WINDOW_PASSED));
    assertThat(pair(Streaks.of(DM, io.github.monetik.testing.TestRules.PROVENANCE).analyze(in, end)).status()).isEqualTo(StreakStatus.RESTORABLE);
    assertThat(pair(Streaks.of(DM, io.github.monetik.testing.TestRules.PROVENANCE).analyze(in, end.minusSeconds(1))).status()).isEqualTo(StreakStatus.AT_RISK);
  }

  @Test
  void theQuotaCountsRestoresInTheHalfOpenPeriodBeforeIt() {
    StreakPolicy weekly = DM.withRestorePeriod(Duration.ofDays(7));
    List<Interaction> in = new ArrayList<>();
    both(in, "2024-06-01", 3);   // 1..3, ends 06-05
    both(in, "2024-06-05", 5);   // 5..9, ends 06-11
    both(in, "2024-06-11", 3);   // 11..13
    StreakReport r = Streaks.of(weekly, io.github.monetik.testing.TestRules.PROVENANCE).analyze(in, utc("2024-06-20", 0));
    Instant r1 = utc("2024-06-05", 0);
    Instant r2 = r1.plus(Duration.ofDays(7));
    StreakReport once = r.restore(PAIR, r1);
    assertThat(pair(once).runs()).extracting(StreakRun::length).containsExactly(8, 3);
    StreakReport twice = once.restore(PAIR, r2);
    assertThat(pair(twice).restoresUsed()).isEqualTo(2);
    assertThat(pair(twice).runs()).extracting(StreakRun::length).containsExactly(11);
    assertThatThrownBy(() -> once.restore(PAIR, r2.minusSeconds(1))).isInstanceOfSatisfying(RestoreRefusedException.class,
        e -> assertThat(e.reason()).isEqualTo(RestoreRefusedException.Refusal.QUOTA_USED));
    StreakReport reversed = r.restore(PAIR, r2).restore(PAIR, r1);
    assertThat(reversed).isEqualTo(twice).hasSameHashCodeAs(twice);
  }

  @Test
  void fixedOffsetsAndRollingDaysLabelTheirDays() {
    List<Interaction> in = new ArrayList<>();
    in.add(Interaction.of("ana", "ben", MESSAGE, utc("2024-06-01", 20)));
    in.add(Interaction.of("ben", "ana", MESSAGE, utc("2024-06-01", 18)));
    StreakReport plus5 = Streaks.of(DM.withEveryoneMustAct(false), io.github.monetik.testing.TestRules.PROVENANCE).in(ZoneOffset.ofHours(5)).analyze(in, utc("2024-06-02", 0));
    assertThat(pair(plus5).runs()).extracting(StreakRun::firstDay).containsExactly(LocalDate.of(2024, 6, 1));
    assertThat(pair(plus5).runs()).extracting(StreakRun::lastDay).containsExactly(LocalDate.of(2024, 6, 2));
    StreakReport rolling = Streaks.of(DM.withDayBoundary(DayBoundary.ROLLING_24_HOURS), io.github.monetik.testing.TestRules.PROVENANCE).in(ZoneId.of("Asia/Tokyo"))
        .analyze(in, utc("2024-06-02", 0));
    assertThat(pair(rolling).runs()).extracting(StreakRun::firstDay).containsExactly(LocalDate.of(2024, 6, 2));
    assertThat(rolling.dailyActivity().interactionsPerDay()).containsOnlyKeys(LocalDate.of(2024, 6, 2));
  }

  @Test
  void differentValuesHaveDifferentHashes() {
    List<Interaction> in = new ArrayList<>();
    both(in, "2024-06-01", 4);
    StreakReport a = Streaks.of(DM, io.github.monetik.testing.TestRules.PROVENANCE).analyze(in, utc("2024-06-10", 0));
    StreakReport b = Streaks.of(DM, io.github.monetik.testing.TestRules.PROVENANCE).analyze(in.subList(0, 6), utc("2024-06-10", 0));
    assertThat(a.hashCode()).isNotEqualTo(b.hashCode());
    assertThat(pair(a).hashCode()).isNotEqualTo(pair(b).hashCode());
    assertThat(pair(a).runs().get(0).hashCode()).isNotEqualTo(pair(b).runs().get(0).hashCode());
    assertThat(a.dailyActivity()).isNotEqualTo(b.dailyActivity()).isNotEqualTo("activity");
    assertThat(a.dailyActivity().hashCode()).isNotEqualTo(b.dailyActivity().hashCode());
    assertThat(Streaks.of(DM, io.github.monetik.testing.TestRules.PROVENANCE).hashCode()).isNotEqualTo(Streaks.of(DM, io.github.monetik.testing.TestRules.PROVENANCE).in(ZoneId.of("Asia/Tokyo")).hashCode());
    assertThat(a).isNotEqualTo(b).isNotEqualTo("report");
    assertThat(pair(a)).isNotEqualTo(pair(b)).isNotEqualTo("streak");
    assertThat(Interaction.of("Aa", "z", MESSAGE, utc("2024-06-01", 1)).participants())
        .isNotEqualTo(Interaction.of("BB", "z", MESSAGE, utc("2024-06-01", 1)).participants());
  }
}
