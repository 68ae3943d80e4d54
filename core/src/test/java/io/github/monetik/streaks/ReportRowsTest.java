package io.github.monetik.streaks;

import static io.github.monetik.testing.StreakGenerators.END;
import static io.github.monetik.testing.StreakGenerators.interactionLists;
import static io.github.monetik.testing.StreakGenerators.policies;
import static io.github.monetik.testing.StreakGenerators.zones;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Export rows of a streak report: stable columns, one row per pair or group, counts that add up. */
class ReportRowsTest {
  @Test
  void rowsHaveTheirColumnsAndAddUpToTheReportsCounts() {
    qt().withExamples(150).forAll(interactionLists(80), policies(), zones()).checkAssert((in, p, z) -> {
      StreakReport r = Streaks.of(p, io.github.monetik.testing.TestRules.PROVENANCE).in(z).analyze(in, END);
      List<Map<String, Object>> rows = r.rows();
      assertThat(rows).hasSize(r.groups().size());
      assertThat(rows).allSatisfy(row -> assertThat(row.keySet()).containsExactly("participants", "size", "current",
          "longest", "runs", "restores_used", "status", "ends_at", "pet_points", "pet_stage", "counts_from", "under_age_days"));
      for (int i = 0; i < rows.size(); i++) {
        GroupStreak g = r.groups().get(i);
        Map<String, Object> row = rows.get(i);
        assertThat(row.get("participants")).isEqualTo(String.join("+", g.participants()));
        assertThat(row.get("longest")).isEqualTo((long) g.runs().stream().mapToInt(StreakRun::length).max().orElse(0));
        assertThat(row.get("runs")).isEqualTo((long) g.runs().size());
      }
      for (StreakStatus s : StreakStatus.values()) {
        assertThat(rows.stream().filter(row -> row.get("status").equals(s.name())).count()).isEqualTo(r.statusCounts().get(s));
      }
      // The distribution rows hold every run exactly once, at its length.
      List<Map<String, Object>> lengths = r.runLengthRows();
      long runs = rows.stream().mapToLong(row -> (Long) row.get("runs")).sum();
      assertThat(lengths.stream().mapToLong(row -> (Long) row.get("runs")).sum()).isEqualTo(runs);
      long days = r.groups().stream().flatMap(g -> g.runs().stream()).mapToLong(StreakRun::length).sum();
      assertThat(lengths.stream().mapToLong(row -> (Long) row.get("length") * (Long) row.get("runs")).sum()).isEqualTo(days);
      assertThat(lengths.stream().map(row -> (Long) row.get("length")).toList()).isSorted();
    });
  }
}
