package io.github.monetik.examples;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Runs the examples' main in-process, as a user would from a shell, and keeps what it printed.
 * JUnit makes a new instance per test, so every test starts with empty output.
 */
abstract class CommandTest {
  /** What the command printed to standard output; {@code reset()} it between runs in one test. */
  protected final ByteArrayOutputStream out = new ByteArrayOutputStream();
  /** What the command printed to standard error. */
  protected final ByteArrayOutputStream err = new ByteArrayOutputStream();

  /** @return the exit status of {@code java -jar monetik-examples.jar args...} */
  protected int run(String... args) {
    return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  /** @return the exit status of {@code java -jar monetik-examples.jar args...} */
  protected int run(List<String> args) {
    return run(args.toArray(String[]::new));
  }

  /** @return standard output so far */
  protected String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  /** @return standard error so far */
  protected String err() {
    return err.toString(StandardCharsets.UTF_8);
  }
}
