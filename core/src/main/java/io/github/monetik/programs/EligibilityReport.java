package io.github.monetik.programs;

import io.github.monetik.internal.TextTable;
import io.github.monetik.money.Rate;
import io.github.monetik.report.Provenance;
import io.github.monetik.report.Rows;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Whether a creator qualifies for a program on a day, and why: one {@link RequirementCheck} per
 * requirement (the program being open is the first), with what is required, what the creator has,
 * and how far off they are. The creator is eligible exactly when every requirement is met. Made by
 * {@link Programs#check}; immutable and value-equal, provenance included.
 *
 * <pre>{@code
 * EligibilityReport r = Monetik.defaults().programs().check(Program.CREATOR_REWARDS, profile);
 * r.isEligible();           // false
 * r.unmet();                // [age: must be 18, is 17, followers: 1,800 followers short]
 * r.rows();                 // the same as export rows
 * System.out.println(r);    // a small table, then the notes
 * }</pre>
 */
public final class EligibilityReport {
  private final Program program;
  private final Provenance provenance;
  private final List<RequirementCheck> requirements;
  private final List<String> notes;
  private final @Nullable String limitation;
  private final @Nullable Rate revenueShare;

  EligibilityReport(Program program, Provenance provenance, List<RequirementCheck> requirements, List<String> notes,
      @Nullable String limitation, @Nullable Rate revenueShare) {
    this.program = program;
    this.provenance = provenance;
    this.requirements = List.copyOf(requirements);
    this.notes = List.copyOf(notes);
    this.limitation = limitation;
    this.revenueShare = revenueShare;
  }

  /** {@return the program checked} */
  public Program program() {
    return program;
  }

  /** {@return where the rules applied come from, and the day they are in force} */
  public Provenance provenance() {
    return provenance;
  }

  /** {@return every requirement applied to the creator, the program being open first} */
  public List<RequirementCheck> requirements() {
    return requirements;
  }

  /** {@return true exactly when every requirement is met} */
  public boolean isEligible() {
    return requirements.stream().allMatch(RequirementCheck::isMet);
  }

  /** {@return the requirements not met, in order; empty exactly when eligible} */
  public List<RequirementCheck> unmet() {
    return requirements.stream().filter(r -> !r.isMet()).collect(Collectors.toUnmodifiableList());
  }

  /**
   * {@return what a reader should know: what the terms say but Monetik cannot check (invite-only,
   *     content rules, numbers TikTok does not publish), a country whose own terms the sources do not
   *     give, the revenue share's bonus, then the provenance's notes (a day past the sources)}
   */
  public List<String> notes() {
    return notes;
  }

  /**
   * {@return a restriction on an eligible creator, such as TikTok Shop's pilot tier under 5,000
   *     followers or Subscription's LIVE-only route; empty when there is none or the creator is not
   *     eligible}
   */
  public Optional<String> limitation() {
    return Optional.ofNullable(limitation);
  }

  /**
   * {@return the share of the program's revenue an eligible creator keeps in their country: the
   *     base share, plus the bonus when the profile meets the bonus requirements (the notes say what
   *     the bonus asks); empty when the program has no revenue share or the creator is not eligible}
   */
  public Optional<Rate> revenueShare() {
    return Optional.ofNullable(revenueShare);
  }

  /**
   * The requirements as export rows, in order. Columns: {@code program} (text), {@code eligible}
   * (flag, the whole program's), {@code requirement}, {@code required}, {@code actual} (text),
   * {@code met} (flag), {@code shortfall} (count, 0 exactly when met) and {@code distance} (text,
   * empty when met).
   *
   * @return one row per requirement
   */
  public Rows rows() {
    Rows.Builder b = columns(Rows.builder());
    addRows(b);
    return b.build();
  }

  static Rows.Builder columns(Rows.Builder b) {
    return b.text("program").flag("eligible").text("requirement").text("required").text("actual").flag("met")
        .count("shortfall").text("distance");
  }

  void addRows(Rows.Builder b) {
    boolean eligible = isEligible();
    for (RequirementCheck c : requirements) {
      b.row(program.name(), eligible, c.requirement(), c.required(), c.actual(), c.isMet(), c.shortfall(),
          c.distance().orElse(""));
    }
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof EligibilityReport r && r.program == program && r.provenance.equals(provenance)
        && r.requirements.equals(requirements) && r.notes.equals(notes) && Objects.equals(r.limitation, limitation)
        && Objects.equals(r.revenueShare, revenueShare);
  }

  @Override
  public int hashCode() {
    return Objects.hash(program, provenance, requirements, notes, limitation, revenueShare);
  }

  /** {@return a heading, one line per requirement, the limitation and revenue share, then the notes} */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder();
    b.append(program.name()).append(" on ").append(provenance.date()).append(" (rules ").append(provenance.id())
        .append("): ").append(isEligible() ? "eligible" : "not eligible").append('\n');
    TextTable t = TextTable.of("requirement", "required", "actual", "met").leftAligned(1, 2, 3);
    for (RequirementCheck c : requirements) {
      t.row(c.requirement(), c.required(), c.actual(), c.isMet() ? "yes" : "no — " + c.distance().orElse(""));
    }
    b.append(t.render("  ")).append('\n');
    if (limitation != null) {
      b.append("  limited: ").append(limitation).append('\n');
    }
    if (revenueShare != null) {
      b.append("  revenue share: ").append(revenueShare).append('\n');
    }
    for (String n : notes) {
      b.append("  note: ").append(n).append('\n');
    }
    return b.toString();
  }
}
