package io.github.monetik.programs;

import java.util.List;
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

  /** @return one report per program, in {@link Program} order */
  public List<EligibilityReport> reports() {
    return reports;
  }

  /**
   * @param program a program
   * @return its report
   */
  public EligibilityReport report(Program program) {
    Objects.requireNonNull(program, "program");
    Optional<EligibilityReport> found = reports.stream().filter(r -> r.program() == program).findFirst();
    return found.orElseThrow(() -> new IllegalArgumentException("program " + program + " is not in this table"));
  }

  /** @return the programs the creator qualifies for, in {@link Program} order */
  public List<Program> eligible() {
    return reports.stream().filter(EligibilityReport::isEligible).map(EligibilityReport::program)
        .collect(Collectors.toUnmodifiableList());
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof EligibilityTable t && t.reports.equals(reports);
  }

  @Override
  public int hashCode() {
    return reports.hashCode();
  }

  /** @return one line per program: eligible or not, and what is missing */
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
