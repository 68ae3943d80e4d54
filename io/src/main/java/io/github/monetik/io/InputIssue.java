package io.github.monetik.io;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One finding about one record of an input: where it is (source, line, column, field), the value
 * found there and what was expected. An {@link Severity#ERROR error} means the record was not read;
 * a {@link Severity#NOTE note} means it was read, with something worth knowing (a price taken from
 * a catalog, a recipient taken from the reader's default). Immutable.
 *
 * <pre>{@code
 * issue.toString();   // "log.csv line 12, column 11 (repeat_end): must be 0 or 1, was '2'"
 * }</pre>
 */
public final class InputIssue {
  /** How bad a finding is. */
  public enum Severity {
    /** The record was not read: its values are wrong or missing. */
    ERROR,
    /** The record was read; the note says what the reader added or assumed, never a guess. */
    NOTE
  }

  /** The most characters of a value an issue keeps; the rest is cut and counted. */
  public static final int VALUE_LIMIT = 120;

  private final Severity severity;
  private final String source;
  private final long line;
  private final int column;
  private final String field;
  private final @Nullable String value;
  private final String message;

  private InputIssue(Severity severity, String source, long line, int column, String field, @Nullable String value,
      String message) {
    this.severity = severity;
    this.source = source;
    this.line = line;
    this.column = column;
    this.field = field;
    this.value = value == null ? null : cut(value);
    this.message = message;
  }

  /**
   * {@return an error: the record at that place was not read}
   *
   * @param source the file (or stream) name
   * @param line the 1-based line, 0 for the whole input
   * @param column the 1-based column (a CSV field's position, a JSON value's character), 0 for the whole record
   * @param field the field's name ({@code repeat_end}, {@code common.createTime}), empty for the whole record
   * @param value the text found, or null where there is none (a missing field)
   * @param message what was expected ("must be 0 or 1")
   */
  public static InputIssue error(String source, long line, int column, String field, @Nullable String value,
      String message) {
    return new InputIssue(Severity.ERROR, checked(source, "source"), line, column, checked(field, "field"), value,
        checked(message, "message"));
  }

  /**
   * {@return a note: the record (or records) were read, with this remark}
   *
   * @param source the file name
   * @param line the 1-based line of the first record concerned, 0 for the whole input
   * @param field the field concerned
   * @param message the remark
   */
  public static InputIssue note(String source, long line, String field, String message) {
    return new InputIssue(Severity.NOTE, checked(source, "source"), line, 0, checked(field, "field"), null,
        checked(message, "message"));
  }

  private static String checked(@Nullable String s, String name) {
    return Objects.requireNonNull(s, () -> name + " must not be null");
  }

  private static String cut(String s) {
    return s.length() <= VALUE_LIMIT ? s : s.substring(0, VALUE_LIMIT) + "... (" + s.length() + " characters)";
  }

  /** {@return whether the record was rejected (an error) or read with a remark (a note)} */
  public Severity severity() {
    return severity;
  }

  /** {@return true for an error} */
  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** {@return the file (or stream) name} */
  public String source() {
    return source;
  }

  /** {@return the 1-based line, 0 for the whole input} */
  public long line() {
    return line;
  }

  /** {@return the 1-based column (a CSV field's position, a JSON value's character), 0 for the whole record} */
  public int column() {
    return column;
  }

  /** {@return the field's name, empty for the whole record} */
  public String field() {
    return field;
  }

  /** {@return the text found (at most {@value #VALUE_LIMIT} characters and the length), or null if there was none} */
  public @Nullable String value() {
    return value;
  }

  /** {@return what was expected, or the note's remark} */
  public String message() {
    return message;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof InputIssue i && i.severity == severity && i.source.equals(source) && i.line == line
        && i.column == column && i.field.equals(field) && Objects.equals(i.value, value) && i.message.equals(message);
  }

  @Override
  public int hashCode() {
    return Objects.hash(severity, source, line, column, field, value, message);
  }

  /** {@return for example {@code log.csv line 12, column 11 (repeat_end): must be 0 or 1, was '2'}} */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder(source);
    if (line > 0) {
      b.append(" line ").append(line);
    }
    if (column > 0) {
      b.append(", column ").append(column);
    }
    if (!field.isEmpty()) {
      b.append(" (").append(field).append(')');
    }
    b.append(": ");
    if (severity == Severity.NOTE) {
      b.append("note: ");
    }
    b.append(message);
    if (value != null) {
      b.append(", was '").append(value).append('\'');
    }
    return b.toString();
  }
}
