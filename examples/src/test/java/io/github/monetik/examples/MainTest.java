package io.github.monetik.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MainTest extends CommandTest {
  @Test
  void tourIsTheDefault() {
    assertThat(run()).isZero();
    String tour = out.toString(StandardCharsets.UTF_8);
    assertThat(tour).contains("Monetik tour").contains("creator receives 29,999 diamonds, worth USD 149.995")
        .contains("platform keeps USD 149.995").contains("creator cash for a Lion: USD 158.9947")
        .contains("asOf:2021-01-01");
    assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
  }

  @Test
  void helpListsTheCommands() {
    assertThat(run("--help")).isZero();
    assertThat(out()).startsWith("Usage: monetik-examples [-hV] [COMMAND]\n").contains("-h, --help").contains("-V, --version")
        // every command with its old name beside, each summary in one column
        .contains("  tour                             A short tour of what Monetik computes on its default rules.\n")
        .contains("  coin-quotes, coins               The cheapest way to buy AMOUNT coins, channels side by side.\n")
        .contains("  live-report ", "  streak-report, streaks ", "  eligibility-report, eligibility ",
            "  affiliate-statement, affiliate ", "  creator-month ", "  parallel-totals, parallel ", "  overlay ")
        .contains("Without a command: tour.").doesNotContain("generate-completion");
    assertThat(err()).isEmpty();
    out.reset();
    assertThat(run("-h")).isZero();
    assertThat(out()).startsWith("Usage: monetik-examples [-hV] [COMMAND]\n");
    out.reset();
    assertThat(run("help")).isZero();
    assertThat(out()).startsWith("Usage: monetik-examples [-hV] [COMMAND]\n");
  }

  @Test
  void helpOnACommandListsItsOptions() {
    assertThat(run("streak-report", "--help")).isZero();
    assertThat(out()).startsWith("Usage: monetik-examples streak-report [-hV] [--csv] [--now=INSTANT] [--zone=ZONE] FILE\n")
        .contains("Daily streaks from a CSV of interactions (timestamp,from,to,kind).")
        .contains("--csv ", "--now=INSTANT ", "--zone=ZONE ", "(default: UTC)", "FILE ");
    out.reset();
    assertThat(run("help", "coins")).isZero();
    assertThat(out()).startsWith("Usage: monetik-examples coin-quotes [-hV] [--channel=CHANNEL] AMOUNT\n")
        .contains("WEB, IOS, ANDROID");
    assertThat(err()).isEmpty();
  }

  @Test
  void versionNamesTheJarAndPicocli() {
    assertThat(run("--version")).isZero();
    assertThat(out()).startsWith("monetik-examples ").contains(", picocli 4.7.7");
  }

  @Test
  void aWrongCommandPrintsOneLineAndTheUsageAndExitsWith2() {
    assertThat(run("nope")).isEqualTo(2);
    assertThat(err()).startsWith("monetik-examples: unknown command 'nope'\nUsage: monetik-examples [-hV] [COMMAND]\n")
        .contains("coin-quotes, coins");
    assertThat(out()).isEmpty();
    err.reset();
    // a near miss is suggested
    assertThat(run("streak")).isEqualTo(2);
    assertThat(err()).startsWith("monetik-examples: unknown command 'streak'\nDid you mean: ").contains("streaks");
  }

  @Test
  void aWrongArgumentPrintsOneLineAndTheUsageAndExitsWith2() {
    assertThat(run("tour", "--bogus")).isEqualTo(2);
    assertThat(err()).startsWith("monetik-examples tour: Unknown option: '--bogus'\nUsage: monetik-examples tour [-hV]\n");
    err.reset();
    assertThat(run("tour", "extra")).isEqualTo(2);
    assertThat(err()).startsWith("monetik-examples tour: Unmatched argument at index 1: 'extra'\nUsage: monetik-examples tour");
    assertThat(out()).isEmpty();
  }

  @Test
  void aBadOptionValueNamesTheOptionAndTheValueAndPrintsThatCommandsUsage() {
    assertThat(run("parallel-totals", "--runs", "many", "x.csv")).isEqualTo(2);
    assertThat(err()).startsWith("monetik-examples parallel-totals: --runs must be a whole number, was 'many'\n"
        + "Usage: monetik-examples parallel-totals ");
    assertThat(out()).isEmpty();
  }

  @Test
  void aMissingFileIsExit1NamingThePathWithoutAJavaClass(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
    String missing = dir.resolve("missing.csv").toString();
    assertThat(run("streak-report", "--now", "2024-09-01T10:00:00Z", missing)).isEqualTo(1);
    assertThat(err()).isEqualTo("monetik-examples streak-report: no such file: " + missing + "\n");
    assertThat(out()).isEmpty();
  }

  @Test
  void theOldNamesStillWork() {
    String[][] pairs = {{"coins", "coin-quotes"}, {"streaks", "streak-report"}, {"eligibility", "eligibility-report"},
        {"affiliate", "affiliate-statement"}};
    String[] args = {"1000", "--now=2024-09-01T10:00:00Z data/streaks-sample.csv", "data/creators.csv", "--as-of=2025-03-20"};
    for (int i = 0; i < pairs.length; i++) {
      java.util.List<String> rest = java.util.List.of(args[i].split(" "));
      out.reset();
      java.util.List<String> old = new java.util.ArrayList<>(java.util.List.of(pairs[i][0]));
      old.addAll(rest);
      assertThat(run(old)).as(pairs[i][0]).isZero();
      String before = out();
      out.reset();
      java.util.List<String> now = new java.util.ArrayList<>(java.util.List.of(pairs[i][1]));
      now.addAll(rest);
      assertThat(run(now)).as(pairs[i][1]).isZero();
      assertThat(out()).as(pairs[i][0] + " and " + pairs[i][1]).isEqualTo(before).isNotBlank();
    }
    assertThat(run("parallel", "--help")).isZero();
    assertThat(out()).contains("Usage: monetik-examples parallel-totals ");
    assertThat(err()).isEmpty();
  }

  @Test
  void theCompletionScriptCompletesEveryCommand() {
    assertThat(run("generate-completion")).isZero();
    assertThat(out()).startsWith("#!/usr/bin/env bash").contains("complete -F _complete_monetik-examples")
        .contains("coin-quotes").contains("coins").contains("streak-report").contains("--as-of").contains("--channel");
    assertThat(err()).isEmpty();
  }

  /** Issue 18's CLI findings: every failure names the file, none shows a Java class name. */
  @Test
  void failuresNameTheFileAndNoJavaClass(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
    java.nio.file.Path quote = dir.resolve("quote.csv");
    java.nio.file.Files.writeString(quote, "id,\"unbalanced\n1,2\n");
    java.nio.file.Path folder = java.nio.file.Files.createDirectory(dir.resolve("folder"));
    String[][] runs = {
        {"live-report", folder.toString()}, {"affiliate-statement", folder.toString()}, {"eligibility-report", folder.toString()},
        {"live-report", quote.toString()}, {"affiliate-statement", quote.toString()}, {"eligibility-report", quote.toString()},
        {"streak-report", "--zone", "UTC", "--now", "2024-09-01T10:00:00Z", quote.toString()}};
    for (String[] args : runs) {
      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
      java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
      int code = Main.run(args, new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8),
          new java.io.PrintStream(err, true, java.nio.charset.StandardCharsets.UTF_8));
      String message = err.toString(java.nio.charset.StandardCharsets.UTF_8);
      assertThat(code).as(String.join(" ", args)).isEqualTo(1);
      assertThat(message).as(String.join(" ", args)).contains(args[args.length - 1])
          .doesNotContain("java.").doesNotContain("org.apache").doesNotContain("Exception");
    }
  }
}
