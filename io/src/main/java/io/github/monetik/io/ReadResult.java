package io.github.monetik.io;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a reader read: the good records, in input order, and every issue (the bad records as
 * {@link InputIssue.Severity#ERROR errors}, remarks as {@link InputIssue.Severity#NOTE notes}).
 * Immutable.
 *
 * @param <T> the record type
 */
public final class ReadResult<T> {
  private final List<T> records;
  private final List<InputIssue> issues;

  ReadResult(List<T> records, List<InputIssue> issues) {
    this.records = List.copyOf(records);
    this.issues = List.copyOf(issues);
  }

  /** {@return the records read, in input order} */
  public List<T> records() {
    return records;
  }

  /** {@return every issue, errors and notes, in input order} */
  public List<InputIssue> issues() {
    return issues;
  }

  /** {@return the errors only: the records that were not read} */
  public List<InputIssue> errors() {
    return issues.stream().filter(InputIssue::isError).toList();
  }

  /** {@return true if no record was rejected (notes may exist)} */
  public boolean isClean() {
    return issues.stream().noneMatch(InputIssue::isError);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ReadResult<?> r && r.records.equals(records) && r.issues.equals(issues);
  }

  @Override
  public int hashCode() {
    return Objects.hash(records, issues);
  }

  /** {@return the count of records and issues, then each issue on its own line} */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder(records.size() + " records, " + issues.size() + " issues");
    for (InputIssue i : issues) {
      b.append(System.lineSeparator()).append("  ").append(i);
    }
    return b.toString();
  }
}
