package io.github.monetik.examples;

import io.github.monetik.examples.samples.StreakSample;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StreakReportCommandTest extends CommandTest {
  private static final Path SAMPLE = Path.of("data", "streaks-sample.csv");

  @Test
  void theShippedSampleIsWhatTheSeededGeneratorWrites() throws Exception {
    assertThat(Files.readString(SAMPLE, StandardCharsets.UTF_8)).isEqualTo(StreakSample.generate(StreakSample.SEED));
    assertThat(StreakSample.generate(1)).isNotEqualTo(StreakSample.generate(StreakSample.SEED)).startsWith("timestamp,from,to,kind\n");
  }

  @Test
  void csvOutputHasOneRowPerPairOrGroup() {
    assertThat(run("streak-report", "--csv", "--zone", "Europe/Berlin", "--now", "2024-09-01T10:00:00Z", SAMPLE.toString())).isZero();
    List<String> lines = out().lines().toList();
    assertThat(lines.get(0)).isEqualTo("participants,current_length,status,longest");
    assertThat(lines).hasSizeGreaterThan(20);
    assertThat(lines.subList(1, lines.size())).allMatch(l -> l.matches("[a-z]+(\\+[a-z]+)+,\\d+,(ACTIVE|AT_RISK|RESTORABLE|ENDED),\\d+"))
        .isSorted();
    assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
  }

  @Test
  void aSmallFileGivesTheExpectedRows(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("in.csv");
    Files.writeString(file, String.join("\n", "timestamp,from,to,kind",
        "2024-06-01T09:00:00Z,bob,alice,message", "2024-06-01T10:00:00Z,alice,bob,shared_video",
        "2024-06-02T09:00:00Z,bob,alice,message", "2024-06-02T10:00:00Z,alice,bob,message",
        "2024-06-03T09:00:00Z,bob,alice,message", "2024-06-03T10:00:00Z,alice,bob,message",
        "2024-06-03T11:00:00Z,carol,alice+bob,message", "2024-06-03T11:00:00Z,carol,dave,like", ""));
    assertThat(run("streak-report", "--csv", "--now", "2024-06-03T23:00:00Z", file.toString())).isZero();
    assertThat(out()).isEqualTo("participants,current_length,status,longest\nalice+bob,3,ACTIVE,3\nalice+bob+carol,0,ENDED,0\n"
        + "carol+dave,0,ENDED,0\n");
  }

  @Test
  void theReportUsesTheClockWithoutNow(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("in.csv");
    Files.writeString(file, "timestamp,from,to,kind\n2024-06-01T09:00:00Z,bob,alice,message\n2024-06-01T10:00:00Z,alice,bob,message\n");
    Clock clock = Clock.fixed(Instant.parse("2024-06-02T12:00:00Z"), ZoneOffset.UTC);
    assertThat(Main.run(new String[] {"streak-report", file.toString()}, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), clock)).isZero();
    assertThat(out()).startsWith("Streaks at 2024-06-02T12:00:00Z in Z: 1 pairs/groups, 0 active, 1 at risk")
        .contains("Longest runs ever:").contains("alice+bob").contains("Daily activity: 2 interactions on 1 active days, 0 streak days");
  }

  @Test
  void badRowsNameTheLineAndField(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("bad.csv");
    Files.writeString(file, "timestamp,from,to,kind\n2024-06-01T09:00:00Z,bob,alice,message\n2024-06-01T09:00:00Z,bob,alice,poke\n");
    assertThat(run("streak-report", "--now", "2024-06-02T00:00:00Z", file.toString())).isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("bad.csv line 3: kind must be one of [message, shared_video, comment, like, photo_or_video], was 'poke'");
    Files.writeString(file, "timestamp,from,to,kind\nyesterday,bob,alice,message\n");
    assertThat(run("streak-report", file.toString())).isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("line 2: timestamp must be an ISO-8601 instant, was 'yesterday'");
    Files.writeString(file, "timestamp,from,to,kind\n2024-06-01T09:00:00Z,bob,bob,message\n");
    assertThat(run("streak-report", file.toString())).isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("to must not contain the sender 'bob'");
    Files.writeString(file, "when,who,whom,what\n");
    assertThat(run("streak-report", file.toString())).isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("header must be timestamp,from,to,kind, was when,who,whom,what");
    assertThat(run("streak-report", dir.resolve("missing.csv").toString())).isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("no such file");
  }

  @Test
  void wrongArgumentsPrintTheUsage() {
    assertThat(run("streak-report")).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("monetik-examples streak-report: Missing required parameter: 'FILE'\n"
        + "Usage: monetik-examples streak-report ");
    assertThat(run("streak-report", "--zone", "Mars/Olympus", "f.csv")).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("--zone must be a time zone such as Europe/Berlin or UTC, was 'Mars/Olympus'");
    assertThat(run("streak-report", "--now", "soon", "f.csv")).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("--now must be an ISO-8601 instant");
    assertThat(run("streak-report", "--now")).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("Missing required parameter for option '--now' (INSTANT)");
    assertThat(run("streak-report", "--bogus", "f.csv")).isEqualTo(2);
    assertThat(run("streak-report", "a.csv", "b.csv")).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("Unmatched argument at index 2: 'b.csv'");
    assertThat(run("streak-report", "--help")).isZero();
    assertThat(out()).contains("streak-report [-hV] [--csv] [--now=INSTANT] [--zone=ZONE] FILE");
  }
}
