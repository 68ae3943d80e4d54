package io.github.monetik.testing;

import io.github.monetik.report.Provenance;
import io.github.monetik.rules.Rules;
import java.time.LocalDate;

/** The provenance tests give doors they build by hand: the latest book's, or a book of a day. */
public final class TestRules {
  /** The latest book's provenance. */
  public static final Provenance PROVENANCE = Rules.latest().provenance();

  private TestRules() {}

  /** {@return the provenance of the book in force on {@code date}} @param date the day */
  public static Provenance asOf(LocalDate date) {
    return Rules.asOf(date).provenance();
  }
}
