package io.github.monetik.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Properties;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The examples jar: {@code java -jar monetik-examples.jar [command] [arguments]}, a picocli command
 * line. Without a command it runs {@code tour}; {@code --help} lists the commands, {@code COMMAND
 * --help} one command's options. Exit status: 0 done, 1 failed (one line naming the file), 2 wrong
 * usage (one line, then the command's usage).
 */
public final class Main {
  /** The name on every message and usage line. */
  static final String NAME = "monetik-examples";

  private Main() {}

  /**
   * Runs a command and exits with its status: 0 done, 1 failed, 2 wrong usage.
   *
   * @param args the command's name and its arguments
   */
  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  /**
   * {@return the exit status of {@code java -jar monetik-examples.jar args...}}
   *
   * @param args the command's name and its arguments
   * @param out where reports and help go
   * @param err where errors go
   */
  static int run(String[] args, PrintStream out, PrintStream err) {
    return run(args, out, err, Clock.systemUTC());
  }

  /**
   * {@return the exit status, {@code streak-report} judging at {@code clock} when it has no {@code --now}}
   *
   * @param args the command's name and its arguments
   * @param out where reports and help go
   * @param err where errors go
   * @param clock the clock of {@code streak-report}
   */
  static int run(String[] args, PrintStream out, PrintStream err, Clock clock) {
    try {
      return commandLine(out, err, clock).execute(args.length == 0 ? new String[] {"tour"} : args);
    } finally {
      Inputs.clear();
    }
  }

  /** {@return every command, one instance each, in the order the help lists them} */
  static List<ExampleCommand> commands(Clock clock) {
    return List.of(new TourCommand(), new CoinQuotesCommand(), new LiveReportCommand(), new StreakReportCommand(clock),
        new EligibilityReportCommand(), new AffiliateStatementCommand(), new CreatorMonthCommand(),
        new ParallelTotalsCommand(), new OverlayCommand());
  }

  /**
   * {@return the command line of the examples jar, printing to these streams}
   *
   * @param out where reports and help go
   * @param err where errors go
   * @param clock the clock of {@code streak-report}
   */
  static CommandLine commandLine(PrintStream out, PrintStream err, Clock clock) {
    CommandLine cli = new CommandLine(new Top());
    for (ExampleCommand c : commands(clock)) {
      c.out = out;
      cli.addSubcommand(c);
    }
    cli.addSubcommand(new CommandLine.HelpCommand());
    // Hidden, as it is for the shell, not for reading: source <(java -jar monetik-examples.jar generate-completion)
    CommandLine completion = new CommandLine(new AutoComplete.GenerateCompletion());
    completion.getCommandSpec().usageMessage().hidden(true);
    cli.addSubcommand("generate-completion", completion);
    // Set last: picocli hands these to the subcommands added so far.
    cli.setOut(writer(out));
    cli.setErr(writer(err));
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setUsageHelpWidth(100);
    cli.setParameterExceptionHandler(Main::wrongUsage);
    cli.setExecutionExceptionHandler(Main::failed);
    return cli;
  }

  /** The top command: only its subcommands and {@code --help}, {@code --version}. */
  @Command(name = NAME, mixinStandardHelpOptions = true, versionProvider = Version.class,
      synopsisSubcommandLabel = "[COMMAND]",
      description = "Runnable programs that show Monetik at work on its built-in rules.",
      footer = {"", "Without a command: tour. COMMAND --help shows a command's options.",
          "Exit status: 0 done, 1 failed, 2 wrong usage."})
  static final class Top implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
      // Only "--" alone gets here (no arguments at all run tour).
      throw new ParameterException(spec.commandLine(), "a command is needed");
    }
  }

  /** The jar's version, as Maven wrote it into {@code version.properties}. */
  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() throws IOException {
      Properties p = new Properties();
      try (InputStream in = Main.class.getResourceAsStream("version.properties")) {
        if (in != null) {
          p.load(in);
        }
      }
      return new String[] {NAME + " " + p.getProperty("version", "(version unknown)") + ", picocli " + CommandLine.VERSION};
    }
  }

  /** Wrong usage: one line naming the option and the value, then that command's usage; exit 2. */
  private static int wrongUsage(ParameterException e, String[] args) {
    CommandLine cmd = e.getCommandLine();
    PrintWriter err = cmd.getErr();
    if (cmd.getCommandSpec().parent() == null && e instanceof UnmatchedArgumentException u && !u.getUnmatched().isEmpty()
        && !u.getUnmatched().get(0).startsWith("-")) {
      err.println(NAME + ": unknown command '" + u.getUnmatched().get(0) + "'");
    } else {
      err.println(cmd.getCommandSpec().qualifiedName() + ": " + message(e));
    }
    UnmatchedArgumentException.printSuggestions(e, err);
    cmd.usage(err);
    err.flush();
    return cmd.getCommandSpec().exitCodeOnInvalidInput();
  }

  /** A failure: one line naming the file, no class name, no stack trace; exit 1. */
  private static int failed(Exception e, CommandLine cmd, ParseResult parsed) {
    cmd.getErr().println(cmd.getCommandSpec().qualifiedName() + ": " + message(e));
    cmd.getErr().flush();
    return cmd.getCommandSpec().exitCodeOnExecutionException();
  }

  /** A usage error as a user reads it: an option's value that is not of its type names the option first. */
  static String message(ParameterException e) {
    ArgSpec arg = e.getArgSpec();
    if (e.getCause() instanceof Converters.Invalid invalid && arg != null) {
      String name = arg instanceof OptionSpec o ? o.longestName() : ((PositionalParamSpec) arg).paramLabel();
      String text = invalid.getMessage();
      return text.startsWith(name) ? text : name + " " + text;
    }
    return e.getMessage();
  }

  /** A failure as a user reads it: its message (no class name), naming the file being read if it does not yet. */
  static String message(Exception e) {
    String text = e.getMessage();
    if (text == null || text.isBlank()) {
      text = e.getClass().getSimpleName();
    }
    Path file = Inputs.lastOpened();
    if (file != null && !text.contains(file.toString())) {
      text = file + ": " + text;
    }
    return text;
  }

  /**
   * {@return a writer onto the stream, for picocli's help and errors}: each write goes straight to the
   * stream, in its own charset, so help and reports interleave in order.
   */
  private static PrintWriter writer(PrintStream stream) {
    return new PrintWriter(new Writer() {
      @Override
      public void write(char[] chars, int offset, int length) {
        stream.print(new String(chars, offset, length));
      }

      @Override
      public void flush() {
        stream.flush();
      }

      @Override
      public void close() {
        stream.flush(); // never closes System.out
      }
    }, true);
  }
}
