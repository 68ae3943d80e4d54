package io.github.monetik.programs;

import io.github.monetik.internal.Checks;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The terms of every {@link Program}: the programs part of the rules book. Immutable; replace a
 * program's terms with {@link #withTerms(ProgramTerms)}.
 *
 * <pre>{@code
 * ProgramPolicy p = Rules.latest().programPolicy();
 * p.terms(Program.CREATOR_REWARDS).requirements();
 * Rules mine = Rules.latest().withProgramPolicy(p.withTerms(myTerms));
 * }</pre>
 */
public final class ProgramPolicy {
  private final Map<Program, ProgramTerms> terms;

  private ProgramPolicy(Map<Program, ProgramTerms> terms) {
    this.terms = terms;
  }

  /**
   * {@return the policy}
   *
   * @param terms the terms of every program, one each
   * @throws IllegalArgumentException if a program is missing or given twice
   * @throws NullPointerException naming {@code terms} or the null element ({@code terms[3]})
   */
  public static ProgramPolicy of(Collection<ProgramTerms> terms) {
    EnumMap<Program, ProgramTerms> map = new EnumMap<>(Program.class);
    for (ProgramTerms t : Checks.elements(terms, "terms")) {
      if (map.put(t.program(), t) != null) {
        throw new IllegalArgumentException("terms must give each program once, was " + t.program() + " twice");
      }
    }
    if (map.size() != Program.values().length) {
      List<Program> missing = java.util.Arrays.stream(Program.values()).filter(p -> !map.containsKey(p))
          .collect(Collectors.toList());
      throw new IllegalArgumentException("terms must cover every program, missing " + missing);
    }
    return new ProgramPolicy(map);
  }

  /**
   * {@return its terms}
   *
   * @param program a program
   * @throws NullPointerException if {@code program} is null
   */
  public ProgramTerms terms(Program program) {
    return Objects.requireNonNull(terms.get(Checks.notNull(program, "program")));
  }

  /**
   * {@return a copy with that program's terms replaced}
   *
   * @param replacement the new terms of one program
   */
  public ProgramPolicy withTerms(ProgramTerms replacement) {
    Checks.notNull(replacement, "replacement");
    EnumMap<Program, ProgramTerms> map = new EnumMap<>(terms);
    map.put(replacement.program(), replacement);
    return new ProgramPolicy(map);
  }

  /**
   * {@return the programs open that day, in {@link Program} order}
   *
   * @param date a day
   */
  public List<Program> openOn(LocalDate date) {
    Checks.notNull(date, "date");
    return terms.values().stream().filter(t -> t.isOpenOn(date)).map(ProgramTerms::program)
        .collect(Collectors.toUnmodifiableList());
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ProgramPolicy p && p.terms.equals(terms);
  }

  @Override
  public int hashCode() {
    return terms.hashCode();
  }

  /** {@return a summary line (how many programs), then one line per program: its dates and requirements} */
  @Override
  public String toString() {
    return terms.size() + " programs\n" + terms.values().stream().map(t -> t.program().name()
        + t.opens().map(d -> " from " + d).orElse("") + t.closes().map(d -> " closed " + d).orElse("")
        + ": " + t.requirements().stream().map(Requirement::toString).collect(Collectors.joining(", ")))
        .collect(Collectors.joining("\n"));
  }
}
