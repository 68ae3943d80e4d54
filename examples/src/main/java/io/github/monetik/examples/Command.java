package io.github.monetik.examples;

import java.io.PrintStream;
import java.util.List;

/** One subcommand of the examples jar. Add a new one to {@link Main#COMMANDS}. */
interface Command {
  /** {@return the word that selects it, for example {@code tour}} */
  String name();

  /** {@return its arguments, for the usage line, for example {@code [--csv] FILE...}} */
  String arguments();

  /** {@return one line on what it shows} */
  String summary();

  /**
   * {@return the exit status}
   *
   * @param args the arguments after the command's name
   * @param out where the report goes
   * @throws UsageException if the arguments are wrong (the caller prints it and the usage, exit 2)
   * @throws Exception anything else (the caller prints it, exit 1)
   */
  int run(List<String> args, PrintStream out) throws Exception;
}
