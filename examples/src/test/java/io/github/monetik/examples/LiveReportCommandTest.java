package io.github.monetik.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code live-report} over the recorded files kept in the core's test resources. The expected rows are
 * the hand-counted totals of {@code LiveGiftsReplayTest} (core), added up per host: host-c068f905 is
 * ab + dupa + link + log (settled 1+8+14+5 = 28 gifts, 1+8+14+9 = 32 coins; open 52+9+17+14 = 92
 * gifts, 52+9+23+14 = 98 coins; naive 233+46+105+76 = 460); host-130eca0e and host-be2c6a58 are
 * giftsCollector; host-4c6d1d70 is web; the five others are WebcastLog2. Classic policy: 1 diamond
 * and USD 0.005 per settled coin.
 */
class LiveReportCommandTest extends CommandTest {
  private static final Path DATA = Path.of("..", "core", "src", "test", "resources", "live-gifts");

  private static List<String> allFiles() throws IOException {
    try (Stream<Path> files = Files.list(DATA)) {
      return files.filter(p -> p.toString().endsWith(".csv")).map(Path::toString).sorted().toList();
    }
  }

  @Test
  void csvGivesOneRowPerHostWithTheHandCountedTotals() throws IOException {
    List<String> args = new ArrayList<>(List.of("live-report", "--csv"));
    args.addAll(allFiles());
    assertThat(run(args)).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8).lines()).containsExactly(
        "host,settled_gifts,settled_coins,open_gifts,open_coins,diamonds,creator_cash",
        "host-0ba2463f,0,0,3,3,0,0.00",
        "host-130eca0e,10,113,5,34,113,0.565",
        "host-2b88f413,0,0,5,5,0,0.00",
        "host-45a6c310,0,0,37,37,0,0.00",
        "host-4c6d1d70,8,8,8,8,8,0.04",
        "host-556e0bb5,3,3,0,0,3,0.015",
        "host-b9daaf2d,0,0,1,1,0,0.00",
        "host-be2c6a58,1,1,0,0,1,0.005",
        "host-c068f905,28,32,92,98,32,0.16");
    assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
  }

  @Test
  void rawPayloadsSettleExactlyAsTheirCsvCaptureByCapture() throws IOException {
    // TikTok's own bytes (raw/<capture>.b64) against the CSV made from them: the same totals; only
    // the host's label differs (the payload's recipient id, pseudonymised as the CSV's host-xxxxxxxx).
    for (String csv : allFiles()) {
      String name = Path.of(csv).getFileName().toString().replace(".csv", "");
      String b64 = DATA.resolve("raw").resolve(name + ".b64").toString();
      assertThat(totals(csv)).as(name).isEqualTo(totals(b64)).isNotEmpty();
    }
  }

  /** The CSV report's rows without their host column, in order. */
  private List<String> totals(String file) throws IOException {
    out.reset();
    assertThat(run(List.of("live-report", "--csv", file))).isZero();
    return out.toString(StandardCharsets.UTF_8).lines().skip(1).map(l -> l.substring(l.indexOf(',') + 1)).sorted().toList();
  }

  @Test
  void theTextReportShowsTheNaiveTotalBesideTheSettledOne() throws IOException {
    List<String> args = new ArrayList<>(List.of("live-report"));
    args.addAll(allFiles());
    assertThat(run(args)).isZero();
    String report = out.toString(StandardCharsets.UTF_8);
    assertThat(report).contains("7 file(s), 136 messages, 9 host(s)")
        .containsPattern("host-c068f905 +28 +32 +460 +15 +92 +98 +32 +USD 0.16")
        .containsPattern("total +50 +157 +800 +28 +151 +186 +157 +USD 0.785")
        .contains("Naive summing would report 800 coins: 643 coins more than settled (186 coins open).")
        .contains("  host-130eca0e\n    user-928f504e         1 gifts      100 coins\n")
        .contains("  host-c068f905\n    user-ecd5bd16        11 gifts       11 coins\n")
        .contains("UNKNOWN_GIFT: gift id 5523 is not in the catalog: 3 message(s)")
        .contains("END_WITHOUT_START: gift id 5655: 1 combo(s) ended without their first repeats");
  }

  @Test
  void badArgumentsAndFilesSayWhatIsWrong(@TempDir Path dir) throws IOException {
    assertThat(run(List.of("live-report"))).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("monetik-examples live-report: Missing required parameter: 'FILE'\n"
        + "Usage: monetik-examples live-report [-hV] [--csv] FILE...\n");
    err.reset();
    assertThat(run(List.of("live-report", "--nope", "x.csv"))).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("monetik-examples live-report: Unknown option: '--nope'");
    err.reset();
    assertThat(run(List.of("live-report", dir.resolve("missing.csv").toString()))).isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("missing.csv").contains("no such file");
    err.reset();
    Path bad = dir.resolve("bad.csv");
    Files.writeString(bad, "timestamp,host,message_id,sender_id,sender_name,gift_id,gift_name,coins_per_gift,gift_type,"
        + "repeat_count,repeat_end,group_id\n2023-10-04T19:19:36.790Z,h,1,u,u,5655,Rose,1,1,0,0,7\n");
    assertThat(run(List.of("live-report", bad.toString()))).isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("bad.csv line 1: repeatCount must be >= 1, was 0");
    err.reset();
    Files.writeString(bad, "timestamp,host\n");
    assertThat(run(List.of("live-report", bad.toString()))).isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("column 'message_id' missing");
  }
}
