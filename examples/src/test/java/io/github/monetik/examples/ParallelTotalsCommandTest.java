package io.github.monetik.examples;

import io.github.monetik.examples.samples.GiftFiles;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.monetik.Monetik;
import io.github.monetik.gifts.ComboSettlement;
import io.github.monetik.gifts.DiamondPolicy;
import io.github.monetik.gifts.Gifts;
import io.github.monetik.gifts.LiveEarnings;
import io.github.monetik.gifts.SettlementIssue;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParallelTotalsCommandTest extends CommandTest {
  @Test
  void generatesASmallFileAndTotalsItTheSameSequentiallyAndInParallel(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("gifts.csv");
    assertThat(run("parallel-totals", "--lines", "20000", "--runs", "1", file.toString())).isZero();
    assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    List<String> lines = Files.readAllLines(file);
    assertThat(lines).hasSize(20_001).first().isEqualTo(ParallelTotalsCommand.HEADER);
    // An independent sum of the file: count x coins_per_gift per line.
    long coins = 0;
    long gifts = 0;
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split(",");
      gifts += Long.parseLong(f[4]);
      coins += Long.parseLong(f[4]) * Long.parseLong(f[5]);
    }
    DiamondPolicy policy = Monetik.defaults().gifts().diamondPolicy();
    LiveEarnings sequential = ParallelTotalsCommand.total(file, policy, false);
    LiveEarnings parallel = ParallelTotalsCommand.total(file, policy, true);
    assertThat(parallel).isEqualTo(sequential);
    assertThat(parallel.bySender()).isEqualTo(sequential.bySender());
    assertThat(sequential.coins().count()).isEqualTo(coins);
    assertThat(sequential.gifts()).isEqualTo(gifts);
    String report = out.toString(StandardCharsets.UTF_8);
    assertThat(report).contains("Generated " + file + ": 20,000 gifts, seed 8")
        .contains(String.format("Totals: %,d gifts, %,d coins", gifts, coins))
        .containsPattern("Speed-up: \\d+\\.\\d\\dx; sequential and parallel totals equal: yes");
    // The same seed writes the same file; an existing file is used as it is.
    Path again = dir.resolve("again.csv");
    GiftFiles.generate(again, 20_000, ParallelTotalsCommand.DEFAULT_SEED);
    assertThat(Files.mismatch(file, again)).isEqualTo(-1L);
    out.reset();
    assertThat(run("parallel-totals", "--runs", "1", file.toString())).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("Using " + file);
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("gifts.csv", "again.csv");
    }
  }

  @Test
  void settlesRawMessagesTheSameSequentiallyAndInParallelAndLosesNoGift(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("messages.csv");
    assertThat(run("parallel-totals", "--messages", "--lines", "5000", "--runs", "1", file.toString())).isZero();
    assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    assertThat(Files.readAllLines(file).get(0)).isEqualTo(ParallelTotalsCommand.MESSAGES_HEADER);
    // The same seed's settled-gift file holds the same gifts: each is settled here, or open (a combo that never ended).
    Path settledFile = dir.resolve("gifts.csv");
    GiftFiles.generate(settledFile, 5_000, ParallelTotalsCommand.DEFAULT_SEED);
    Gifts gifts = Monetik.defaults().gifts();
    LiveEarnings all = ParallelTotalsCommand.total(settledFile, gifts.diamondPolicy(), false);
    ComboSettlement sequential = ParallelTotalsCommand.settle(file, gifts, false);
    ComboSettlement parallel = ParallelTotalsCommand.settle(file, gifts, true);
    assertThat(parallel).isEqualTo(sequential);
    assertThat(sequential.open()).isNotEmpty();
    // Every combo's first repeat is in the file; only the made-up dear gifts are unknown to the catalog.
    assertThat(sequential.issues()).extracting(SettlementIssue::kind).containsOnly(SettlementIssue.Kind.UNKNOWN_GIFT);
    assertThat(sequential.settledGifts() + sequential.openGifts()).isEqualTo(all.gifts());
    assertThat(sequential.settledCoins().plus(sequential.openCoins())).isEqualTo(all.coins());
    assertThat(sequential.naiveCoins()).isGreaterThan(all.coins());
    // The file is in the recorded files' format: the Commons CSV reader settles it the same.
    assertThat(gifts.settle(DataFiles.liveGifts(file))).isEqualTo(sequential);
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("Generated " + file + ": 5,000 gifts as messages, seed 8")
        .contains(String.format("Settled: %,d messages, %,d gifts, %s", sequential.messages(), sequential.settledGifts(),
            sequential.settledCoins()))
        .containsPattern("Speed-up: \\d+\\.\\d\\dx; sequential and parallel totals equal: yes");
    assertThatThrownBy(() -> ParallelTotalsCommand.parseMessage("a,b,c")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("line must have 12 fields (" + ParallelTotalsCommand.MESSAGES_HEADER + "), was 'a,b,c'");
    assertThatThrownBy(() -> ParallelTotalsCommand.parseMessage("2025-03-01T18:00:00Z,h,1,u,u,5655,Rose,1,1,0,0,1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("line '2025-03-01T18:00:00Z,h,1,u,u,5655,Rose,1,1,0,0,1': repeatCount must be >= 1, was 0");
  }

  @Test
  void badArgumentsAndLinesSayWhatIsWrong(@TempDir Path dir) throws Exception {
    assertThat(run("parallel-totals")).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("monetik-examples parallel-totals: Missing required parameter: 'FILE'");
    err.reset();
    assertThat(run("parallel-totals", "--lines", "0", "x.csv")).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("monetik-examples parallel-totals: --lines must be >= 1, was 0");
    err.reset();
    assertThat(run("parallel-totals", "--runs", "many", "x.csv")).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("monetik-examples parallel-totals: --runs must be a whole number, was 'many'");
    assertThatThrownBy(() -> ParallelTotalsCommand.parse("2025-03-01T18:00:00Z,user-1,host-01,5655,0,1"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("line '2025-03-01T18:00:00Z,user-1,host-01,5655,0,1': count must be >= 1, was 0");
    assertThatThrownBy(() -> ParallelTotalsCommand.parse("a,b")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("line must have 6 fields (" + ParallelTotalsCommand.HEADER + "), was 'a,b'");
    Path bad = dir.resolve("bad.csv");
    Files.writeString(bad, ParallelTotalsCommand.HEADER + "\nnot-a-time,u,h,1,1,1\n");
    assertThat(run("parallel-totals", "--runs", "1", bad.toString())).isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("line 'not-a-time,u,h,1,1,1'");
  }
}
