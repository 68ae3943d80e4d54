package io.github.monetik.examples;

import java.util.Locale;
import io.github.monetik.Monetik;
import io.github.monetik.streaks.GroupStreak;
import io.github.monetik.streaks.StreakReport;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

/**
 * {@code streaks [--csv] [--zone ZONE] [--now INSTANT] FILE}: reads interactions from a CSV file
 * ({@code timestamp,from,to,kind}; ISO-8601 instants; {@code to} lists the others of a group joined
 * with {@code +}) and prints the streak report on the default rules, judged at {@code --now} (default:
 * the clock) in {@code --zone} (default: UTC). With {@code --csv}: one row per pair or group,
 * {@code participants,current_length,status,longest}.
 */
final class StreaksCommand implements Command {
  private final Clock clock;

  StreaksCommand() {
    this(Clock.systemUTC());
  }

  StreaksCommand(Clock clock) {
    this.clock = clock;
  }

  @Override
  public String name() {
    return "streaks";
  }

  @Override
  public String arguments() {
    return "[--csv] [--zone ZONE] [--now INSTANT] FILE";
  }

  @Override
  public String summary() {
    return "daily streaks from a CSV of interactions (timestamp,from,to,kind)";
  }

  @Override
  public int run(List<String> args, PrintStream out) throws UsageException, IOException {
    boolean csv = false;
    ZoneId zone = ZoneOffset.UTC;
    Instant now = null;
    Path file = null;
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      switch (a) {
        case "--csv" -> csv = true;
        case "--zone" -> zone = zone(value(args, ++i, a));
        case "--now" -> now = instant(value(args, ++i, a));
        default -> {
          if (a.startsWith("--")) {
            throw new UsageException("unknown option " + a);
          }
          if (file != null) {
            throw new UsageException("one FILE expected, was " + file + " and " + a);
          }
          file = Path.of(a);
        }
      }
    }
    if (file == null) {
      throw new UsageException("FILE missing");
    }
    Instant at = now != null ? now : clock.instant();
    StreakReport report = Monetik.defaults().streaks().in(zone).analyze(DataFiles.interactions(file), at);
    if (csv) {
      out.println("participants,current_length,status,longest");
      for (GroupStreak g : report.groups()) {
        out.println(String.join("+", g.participants()) + "," + g.length() + "," + g.status() + "," + g.longest());
      }
      return 0;
    }
    out.print(report);
    out.println();
    out.println("Longest runs ever:");
    for (GroupStreak g : report.longest(5)) {
      out.printf(Locale.ROOT, "  %-32s %4d days, milestones %s%n", String.join("+", g.participants()), g.longest(), g.milestonesReached());
    }
    out.println();
    out.println("Run lengths (days: runs): " + report.runLengths());
    out.println("Daily activity: " + report.dailyActivity());
    return 0;
  }

  private static String value(List<String> args, int i, String option) throws UsageException {
    if (i >= args.size()) {
      throw new UsageException(option + " needs a value");
    }
    return args.get(i);
  }

  private static ZoneId zone(String text) throws UsageException {
    try {
      return ZoneId.of(text);
    } catch (DateTimeException e) {
      throw new UsageException("--zone must be a time zone such as Europe/Berlin or UTC, was '" + text + "'");
    }
  }

  private static Instant instant(String text) throws UsageException {
    try {
      return Instant.parse(text);
    } catch (DateTimeException e) {
      throw new UsageException("--now must be an ISO-8601 instant such as 2024-09-01T12:00:00Z, was '" + text + "'");
    }
  }
}
