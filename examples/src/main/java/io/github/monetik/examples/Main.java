package io.github.monetik.examples;

import java.util.Locale;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The examples jar: {@code java -jar monetik-examples.jar [command] [arguments]}. Without a command
 * it runs {@code tour}; {@code --help} lists the commands.
 */
public final class Main {
  static final List<Command> COMMANDS = List.of(new Tour(), new CoinsCommand(), new LiveReport(), new StreaksCommand(), new Eligibility(),
      new AffiliateCommand(), new CreatorMonth(), new ParallelTotals(), new OverlayCommand());

  private Main() {}

  /**
   * Runs a command and exits with its status: 0 done, 1 failed, 2 wrong usage.
   *
   * @param args the command's name and its arguments
   */
  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  static int run(String[] args, PrintStream out, PrintStream err) {
    List<String> all = Arrays.asList(args);
    if (!all.isEmpty() && (all.get(0).equals("--help") || all.get(0).equals("-h") || all.get(0).equals("help"))) {
      out.print(usage());
      return 0;
    }
    String name = all.isEmpty() ? "tour" : all.get(0);
    Optional<Command> command = COMMANDS.stream().filter(c -> c.name().equals(name)).findFirst();
    if (command.isEmpty()) {
      err.println("monetik-examples: unknown command '" + name + "'");
      err.print(usage());
      return 2;
    }
    try {
      return command.get().run(all.isEmpty() ? List.of() : all.subList(1, all.size()), out);
    } catch (UsageException e) {
      err.println("monetik-examples " + name + ": " + e.getMessage());
      err.print(usage());
      return 2;
    } catch (Exception e) {
      err.println("monetik-examples " + name + ": " + message(e));
      return 1;
    } finally {
      Inputs.clear();
    }
  }

  /** A failure as a user reads it: its message (no class name), naming the file being read if it does not yet. */
  static String message(Exception e) {
    String text = e.getMessage();
    if (text == null || text.isBlank()) {
      text = e.getClass().getSimpleName();
    }
    java.nio.file.Path file = Inputs.lastOpened();
    if (file != null && !text.contains(file.toString())) {
      text = file + ": " + text;
    }
    return text;
  }

  static String usage() {
    StringBuilder b = new StringBuilder("usage: java -jar monetik-examples.jar [command] [arguments]\n\ncommands:\n");
    for (Command c : COMMANDS) {
      String synopsis = (c.name() + " " + c.arguments()).strip();
      // A synopsis too long for the column gets its own line, the summary below it in the column.
      b.append(synopsis.length() > 42 ? String.format(Locale.ROOT, "  %s%n  %-42s %s%n", synopsis, "", c.summary())
          : String.format(Locale.ROOT, "  %-42s %s%n", synopsis, c.summary()));
    }
    b.append(String.format(Locale.ROOT, "  %-42s %s%n", "--help", "this list"));
    b.append("\nWithout a command: tour.\n");
    return b.toString();
  }
}
