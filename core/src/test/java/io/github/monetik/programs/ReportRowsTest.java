package io.github.monetik.programs;

import static io.github.monetik.testing.ProgramGenerators.dates;
import static io.github.monetik.testing.ProgramGenerators.profiles;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.monetik.Monetik;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Export rows of an eligibility table: one per program and requirement, agreeing with the reports. */
class ReportRowsTest {
  @Test
  void oneRowPerRequirementAndAProgramIsEligibleExactlyWhenAllItsRowsAreMet() {
    qt().withExamples(150).forAll(dates(), profiles()).checkAssert((day, p) -> {
      EligibilityTable t = Monetik.asOf(day).programs().checkAll(p);
      List<Map<String, Object>> rows = t.rows();
      assertThat(rows).hasSize(t.reports().stream().mapToInt(r -> r.requirements().size()).sum());
      assertThat(rows).allSatisfy(row -> {
        assertThat(row.keySet()).containsExactly("program", "eligible", "requirement", "required", "actual", "met",
            "shortfall", "distance");
        assertThat(row.get("met")).isEqualTo((Long) row.get("shortfall") == 0);
        assertThat(((String) row.get("distance")).isEmpty()).isEqualTo(row.get("met").equals(true));
      });
      Map<String, List<Map<String, Object>>> byProgram = rows.stream()
          .collect(Collectors.groupingBy(r -> (String) r.get("program")));
      List<String> eligible = byProgram.entrySet().stream()
          .filter(e -> e.getValue().stream().allMatch(r -> r.get("met").equals(true))).map(Map.Entry::getKey).sorted().toList();
      assertThat(eligible).isEqualTo(t.eligible().stream().map(Program::name).sorted().toList());
      assertThat(rows).allMatch(r -> r.get("eligible").equals(eligible.contains((String) r.get("program"))));
      // The shortfalls are the reports' own, in order.
      assertThat(rows.stream().mapToLong(r -> (Long) r.get("shortfall")).sum())
          .isEqualTo(t.reports().stream().flatMap(r -> r.requirements().stream()).mapToLong(RequirementCheck::shortfall).sum());
      // the table's rows are the reports' rows one after another
      List<Map<String, Object>> joined = new java.util.ArrayList<>();
      t.reports().forEach(r -> joined.addAll(r.rows()));
      assertThat(rows).isEqualTo(joined);
    });
  }
}
