package io.github.monetik.programs;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Every program side by side for one creator: eligible or not, and what they would have to change
 * to qualify for each.
 *
 * <pre>{@code
 * EligibilityTable t = Monetik.defaults().programs().checkAll(profile);
 * t.eligible();   // [LIVE_HOSTING, LIVE_GIFTS, ...]
 * System.out.println(t);
 * }</pre>
 */
public final class EligibilityTable {
  private final List<EligibilityReport> reports;

  EligibilityTable(List<EligibilityReport> reports) {
    this.reports = List.copyOf(reports);
  }

  /** {@return one report per program, in {@link Program} order} */
  public List<EligibilityReport> reports() {
    return reports;
  }

  /**
   * {@return its report}
   *
   * @param program a program
   */
  public EligibilityReport report(Program program) {
    Objects.requireNonNull(program, "program");
    Optional<EligibilityReport> found = reports.stream().filter(r -> r.program() == program).findFirst();
    return found.orElseThrow(() -> new IllegalArgumentException("program " + program + " is not in this table"));
  }

  /** {@return the programs the creator qualifies for, in {@link Program} order} */
  public List<Program> eligible() {
    return reports.stream().filter(EligibilityReport::isEligible).map(EligibilityReport::program)
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * Every program's every requirement as an export row (CSV, JSON, a data frame), in {@link Program}
   * order and each report's row order. The columns, in this order: {@code program},
   * {@code eligible} ({@code yes} or {@code no}, for the whole program), {@code requirement},
   * {@code required}, {@code actual}, {@code met} ({@code yes} or {@code no}) (text),
   * {@code shortfall} ({@code Long}, 0 exactly when met) and {@code distance} (text, empty when met).
   * A program is eligible exactly when all its rows are met.
   *
   * @return one row per program and requirement
   */
  public List<Map<String, Object>> rows() {
    List<Map<String, Object>> out = new ArrayList<>();
    for (EligibilityReport r : reports) {
      String eligible = r.isEligible() ? "yes" : "no";
      for (EligibilityReport.Row req : r.rows()) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("program", r.program().name());
        row.put("eligible", eligible);
        row.put("requirement", req.requirement());
        row.put("required", req.required());
        row.put("actual", req.actual());
        row.put("met", req.isMet() ? "yes" : "no");
        row.put("shortfall", req.shortfall());
        row.put("distance", req.distance().orElse(""));
        out.add(Collections.unmodifiableMap(row));
      }
    }
    return Collections.unmodifiableList(out);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof EligibilityTable t && t.reports.equals(reports);
  }

  @Override
  public int hashCode() {
    return reports.hashCode();
  }

  /** {@return one line per program: eligible or not, and what is missing} */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder();
    b.append(String.format("%-24s %-9s %s%n", "program", "eligible", "what is missing"));
    for (EligibilityReport r : reports) {
      String missing = r.unmet().stream().map(row -> row.distance().orElse(""))
          .collect(Collectors.joining("; "));
      if (r.isEligible()) {
        missing = r.limitation().map(l -> "(limited: " + l + ")").orElse("");
      }
      b.append(String.format("%-24s %-9s %s", r.program().name(), r.isEligible() ? "yes" : "no", missing).stripTrailing())
          .append('\n');
    }
    return b.toString();
  }
}
