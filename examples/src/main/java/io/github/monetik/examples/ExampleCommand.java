package io.github.monetik.examples;

import java.io.PrintStream;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * One subcommand of the examples jar: a picocli {@code @Command} whose options are typed fields, and
 * whose {@link #call()} prints its report to {@link #out} and returns the exit status (0 done; an
 * exception is exit 1, a {@link #usage(String)} error exit 2). Add a new one to {@link Main#commands}.
 */
abstract class ExampleCommand implements Callable<Integer> {
  /**
   * Where the report goes. A {@code PrintStream}, not picocli's {@code PrintWriter}, so that the bytes
   * printed are the report's own: every number formatted with {@code Locale.ROOT}, lines ended by
   * {@code println} as before.
   */
  PrintStream out = System.out;

  /** This command as picocli sees it, for usage errors found after parsing. */
  @Spec
  CommandSpec spec;

  /**
   * {@return a wrong-usage error of this command: picocli prints it with the command's usage, exit 2}
   *
   * @param message what is wrong, naming the option or parameter
   */
  ParameterException usage(String message) {
    return new ParameterException(spec.commandLine(), message);
  }
}
