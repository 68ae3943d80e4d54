package io.github.monetik.io;

/** How a reader meets a bad record. */
public enum ReadMode {
  /** Throw an {@link InputException} naming the first bad record. */
  STRICT,
  /** Keep the good records; list every bad one as an {@link InputIssue}. */
  LENIENT
}
