package io.github.monetik.examples;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Opens the commands' input files so that every failure names the file: a missing file, a
 * directory given as a file, and (through {@link #lastOpened()}, which {@link Main} adds to a message
 * that lacks it) a parser's error inside the file. One command runs per thread.
 */
final class Inputs {
  private static final ThreadLocal<Path> LAST = new ThreadLocal<>();

  private Inputs() {}

  /**
   * {@return a UTF-8 reader of the file}
   *
   * @param file the input
   * @throws NoSuchFileException naming the file if it does not exist
   * @throws IOException naming the file if it is a directory or cannot be opened
   */
  static Reader reader(Path file) throws IOException {
    check(file);
    return Files.newBufferedReader(file, StandardCharsets.UTF_8);
  }

  /**
   * Checks that the file exists and is no directory, and remembers it as the file being read.
   *
   * @param file the input
   * @throws NoSuchFileException naming the file if it does not exist
   * @throws IOException naming the file if it is a directory
   */
  static void check(Path file) throws IOException {
    LAST.set(file);
    if (Files.isDirectory(file)) {
      throw new IOException(file + ": is a directory, not a file");
    }
    if (!Files.exists(file)) {
      throw new NoSuchFileException(file.toString(), null, "no such file");
    }
  }

  /** {@return the file this thread opened last, or null if none} */
  static Path lastOpened() { // null if none
    return LAST.get();
  }

  /** Forgets the file this thread opened last (a command has ended). */
  static void clear() {
    LAST.remove();
  }
}
