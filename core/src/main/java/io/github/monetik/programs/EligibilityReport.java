package io.github.monetik.programs;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Whether a creator qualifies for a program on a day, and why: one {@link Row} per requirement
 * (the program being open is the first), with what is required, what the creator has, and how far
 * off they are. The creator is eligible exactly when every row is met.
 *
 * <pre>{@code
 * EligibilityReport r = Monetik.defaults().programs().check(Program.CREATOR_REWARDS, profile);
 * r.isEligible();           // false
 * r.unmet();                // [followers: 1,800 followers short, age: must be 18, is 17]
 * System.out.println(r);    // a small table
 * }</pre>
 */
public final class EligibilityReport {
  /** One requirement applied to the creator. */
  public static final class Row {
    private final String requirement;
    private final String required;
    private final String actual;
    private final long shortfall;
    private final String distance;

    Row(String requirement, String required, String actual, long shortfall, String distance) {
      this.requirement = requirement;
      this.required = required;
      this.actual = actual;
      this.shortfall = shortfall;
      this.distance = distance;
    }

    /** {@return the requirement's short name ({@code open}, {@code age}, {@code followers}, ...)} */
    public String requirement() {
      return requirement;
    }

    /** {@return what is required, for example {@code 10,000+} or {@code US, GB, DE}} */
    public String required() {
      return required;
    }

    /** {@return what the creator has, for example {@code 8,200} or {@code NL}} */
    public String actual() {
      return actual;
    }

    /** {@return true if the creator meets the requirement} */
    public boolean isMet() {
      return shortfall == 0;
    }

    /**
     * {@return how far off the creator is: followers, views, posts or years short for a minimum, 1 for a value that is not accepted (a country, an account type, a closed program); 0 exactly when the row is met}
     */
    public long shortfall() {
      return shortfall;
    }

    /**
     * {@return what is missing, in words ({@code 1,800 followers short}, {@code must be 18, is 17}, {@code closed on 2023-12-16}); empty exactly when the row is met}
     */
    public Optional<String> distance() {
      return distance.isEmpty() ? Optional.empty() : Optional.of(distance);
    }

    @Override
    public boolean equals(@Nullable Object o) {
      return o instanceof Row r && r.requirement.equals(requirement) && r.required.equals(required)
          && r.actual.equals(actual) && r.shortfall == shortfall && r.distance.equals(distance);
    }

    @Override
    public int hashCode() {
      return Objects.hash(requirement, required, actual, shortfall, distance);
    }

    /** {@return for example {@code followers: 1,800 followers short} or {@code age: met}} */
    @Override
    public String toString() {
      return requirement + ": " + (isMet() ? "met" : distance);
    }
  }

  private final Program program;
  private final LocalDate date;
  private final String rulesId;
  private final List<Row> rows;
  private final List<String> notes;
  private final Optional<String> limitation;

  EligibilityReport(Program program, LocalDate date, String rulesId, List<Row> rows, List<String> notes,
      Optional<String> limitation) {
    this.program = program;
    this.date = date;
    this.rulesId = rulesId;
    this.rows = List.copyOf(rows);
    this.notes = List.copyOf(notes);
    this.limitation = limitation;
  }

  /** {@return the program checked} */
  public Program program() {
    return program;
  }

  /** {@return the day whose rules were applied} */
  public LocalDate date() {
    return date;
  }

  /** {@return the id of the rules book that produced this report ({@code latest}, {@code asOf:...})} */
  public String rulesId() {
    return rulesId;
  }

  /** {@return every requirement, the program being open first} */
  public List<Row> rows() {
    return rows;
  }

  /** {@return true exactly when every row is met} */
  public boolean isEligible() {
    return rows.stream().allMatch(Row::isMet);
  }

  /** {@return the rows not met, in order; empty exactly when eligible} */
  public List<Row> unmet() {
    return rows.stream().filter(r -> !r.isMet()).collect(Collectors.toUnmodifiableList());
  }

  /**
   * {@return what the terms say but Monetik cannot check (invite-only, content rules, requirements whose numbers TikTok does not publish)}
   */
  public List<String> notes() {
    return notes;
  }

  /**
   * {@return a restriction on an eligible creator, such as TikTok Shop's pilot tier under 5,000 followers; empty when there is none or the creator is not eligible}
   */
  public Optional<String> limitation() {
    return limitation;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof EligibilityReport r && r.program == program && r.date.equals(date)
        && r.rulesId.equals(rulesId) && r.rows.equals(rows) && r.notes.equals(notes) && r.limitation.equals(limitation);
  }

  @Override
  public int hashCode() {
    return Objects.hash(program, date, rulesId, rows, notes, limitation);
  }

  /** {@return a small table: a heading, one line per requirement, the notes} */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder();
    b.append(program.name()).append(" on ").append(date).append(" (rules ").append(rulesId).append("): ")
        .append(isEligible() ? "eligible" : "not eligible").append('\n');
    b.append(String.format("  %-12s %-34s %-14s %s%n", "requirement", "required", "actual", "met"));
    for (Row r : rows) {
      b.append(String.format("  %-12s %-34s %-14s %s%n", r.requirement, r.required, r.actual,
          r.isMet() ? "yes" : "no — " + r.distance));
    }
    limitation.ifPresent(l -> b.append("  limited: ").append(l).append('\n'));
    for (String n : notes) {
      b.append("  note: ").append(n).append('\n');
    }
    return b.toString();
  }
}
