package io.github.monetik.programs;

import io.github.monetik.internal.Checks;
import io.github.monetik.internal.TextTable;
import io.github.monetik.report.Provenance;
import io.github.monetik.report.Rows;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Every program side by side for one creator: eligible or not, and what they would have to change
 * to qualify for each. Made by {@link Programs#checkAll}; immutable and value-equal, provenance
 * included.
 *
 * <pre>{@code
 * EligibilityTable t = Monetik.defaults().programs().checkAll(profile);
 * t.eligible();   // [LIVE_HOSTING, LIVE_GIFTS, ...]
 * System.out.println(t);
 * }</pre>
 */
public final class EligibilityTable {
  private final Provenance provenance;
  private final List<EligibilityReport> reports;

  EligibilityTable(Provenance provenance, List<EligibilityReport> reports) {
    this.provenance = provenance;
    this.reports = List.copyOf(reports);
  }

  /** {@return where the rules applied come from, and the day they are in force} */
  public Provenance provenance() {
    return provenance;
  }

  /** {@return one report per program, in {@link Program} order} */
  public List<EligibilityReport> reports() {
    return reports;
  }

  /**
   * {@return its report}
   *
   * @param program a program
   * @throws IllegalArgumentException if the table has no report for it
   * @throws NullPointerException if {@code program} is null
   */
  public EligibilityReport report(Program program) {
    Checks.notNull(program, "program");
    return reports.stream().filter(r -> r.program() == program).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("program " + program + " is not in this table"));
  }

  /** {@return the programs the creator qualifies for, in {@link Program} order} */
  public List<Program> eligible() {
    return reports.stream().filter(EligibilityReport::isEligible).map(EligibilityReport::program)
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * Every program's every requirement as export rows (CSV, JSON, a data frame), in {@link Program}
   * order and each report's order: the reports' {@link EligibilityReport#rows()} one after another.
   * Columns: {@code program} (text), {@code eligible} (flag, the whole program's),
   * {@code requirement}, {@code required}, {@code actual} (text), {@code met} (flag),
   * {@code shortfall} (count, 0 exactly when met) and {@code distance} (text, empty when met). A
   * program is eligible exactly when all its rows are met.
   *
   * @return one row per program and requirement
   */
  public Rows rows() {
    Rows.Builder b = EligibilityReport.columns(Rows.builder());
    for (EligibilityReport r : reports) {
      r.addRows(b);
    }
    return b.build();
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof EligibilityTable t && t.provenance.equals(provenance) && t.reports.equals(reports);
  }

  @Override
  public int hashCode() {
    return 31 * provenance.hashCode() + reports.hashCode();
  }

  /** {@return one line per program: eligible or not, and what is missing; then the provenance's notes} */
  @Override
  public String toString() {
    TextTable t = TextTable.of("program", "eligible", "what is missing").leftAligned(1, 2);
    for (EligibilityReport r : reports) {
      String missing = r.isEligible() ? r.limitation().map(l -> "(limited: " + l + ")").orElse("")
          : r.unmet().stream().map(row -> row.distance().orElse("")).collect(Collectors.joining("; "));
      t.row(r.program().name(), r.isEligible() ? "yes" : "no", missing);
    }
    StringBuilder b = new StringBuilder(t.render("")).append('\n');
    for (String n : provenance.notes()) {
      b.append("note: ").append(n).append('\n');
    }
    return b.toString();
  }
}
