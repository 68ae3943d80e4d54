package io.github.monetik.io;

import java.util.Objects;

/**
 * A bad record met by a reader in {@link ReadMode#STRICT strict} mode: the message is the
 * {@link #issue()}'s text, naming the file, line, column, field and value.
 */
public final class InputException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The finding; transient, its text is the message. */
  private final transient InputIssue issue;

  /**
   * An exception for one finding.
   *
   * @param issue the bad record's issue
   */
  public InputException(InputIssue issue) {
    super(Objects.requireNonNull(issue, "issue must not be null").toString());
    this.issue = issue;
  }

  /** {@return the finding: where, which field, which value, what was expected} */
  public InputIssue issue() {
    return issue;
  }
}
