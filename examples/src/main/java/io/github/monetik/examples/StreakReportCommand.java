package io.github.monetik.examples;

import java.util.Locale;
import io.github.monetik.Monetik;
import io.github.monetik.report.Rows;
import io.github.monetik.streaks.GroupStreak;
import io.github.monetik.streaks.StreakReport;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code streak-report [--csv] [--zone ZONE] [--now INSTANT] FILE}: reads interactions from a CSV file
 * ({@code timestamp,from,to,kind}; ISO-8601 instants; {@code to} lists the others of a group joined
 * with {@code +}) and prints the streak report on the default rules, judged at {@code --now} (default:
 * the clock) in {@code --zone} (default: UTC). With {@code --csv}: one row per pair or group,
 * {@code participants,current_length,status,longest}.
 */
@Command(name = "streak-report", aliases = "streaks", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
    description = {"Daily streaks from a CSV of interactions (timestamp,from,to,kind).",
        "The streak report on the default rules, judged at --now in --zone."})
final class StreakReportCommand extends ExampleCommand {
  private final Clock clock;

  @Option(names = "--csv", description = "one CSV row per pair or group instead: participants,current_length,status,longest")
  boolean csv;

  // No defaultValue: ZoneId.of("UTC") would print as UTC where the report has always said Z (ZoneOffset.UTC).
  @Option(names = "--zone", paramLabel = "ZONE", converter = Converters.Zone.class,
      description = "the time zone whose days count, such as Europe/Berlin (default: UTC)")
  ZoneId zone;

  @Option(names = "--now", paramLabel = "INSTANT", converter = Converters.Moment.class,
      description = "judge the streaks at this ISO-8601 instant, such as 2024-09-01T10:00:00Z (default: the clock)")
  Instant now;

  @Parameters(index = "0", paramLabel = "FILE",
      description = "interactions: timestamp (ISO-8601),from,to (a group's others joined by +),kind")
  Path file;

  /**
   * A command judging at {@code clock} when no {@code --now} is given.
   *
   * @param clock the clock, {@code Clock.systemUTC()} but in tests
   */
  StreakReportCommand(Clock clock) {
    this.clock = clock;
  }

  @Override
  public Integer call() throws IOException {
    Instant at = now != null ? now : clock.instant();
    StreakReport report = Monetik.defaults().streaks().in(zone == null ? ZoneOffset.UTC : zone).analyze(DataFiles.interactions(file), at);
    if (csv) {
      Rows.Builder rows = Rows.builder().text("participants").count("current_length").text("status").count("longest");
      for (GroupStreak g : report.groups()) {
        rows.row(String.join("+", g.participants()), (long) g.length(), g.status().toString(), (long) g.longest());
      }
      Export.csvRows(rows.build(), out);
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
}
