package io.github.monetik.examples;

/** Wrong arguments: printed as one line, followed by the usage, and the program exits with 2. */
final class UsageException extends Exception {
  private static final long serialVersionUID = 1L;

  UsageException(String message) {
    super(message);
  }
}
