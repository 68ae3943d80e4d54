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
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("usage:").contains("tour");
    // Every summary starts in one column, even under a long synopsis.
    assertThat(out.toString(StandardCharsets.UTF_8)).contains(
        "  parallel [--messages] [--lines N] [--seed S] [--runs R] FILE\n" + " ".repeat(45)
            + "total a big gift file sequentially and in parallel; time both\n",
        "  tour" + " ".repeat(39) + "a short tour");
  }

  @Test
  void aWrongCommandPrintsOneLineAndTheUsageAndExitsWith2() {
    assertThat(run("nope")).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("monetik-examples: unknown command 'nope'\nusage:");
    assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
  }

  @Test
  void aWrongArgumentPrintsOneLineAndTheUsageAndExitsWith2() {
    assertThat(run("tour", "--bogus")).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("monetik-examples tour: tour takes no arguments, was [--bogus]\nusage:");
  }

  /** Issue 18's CLI findings: every failure names the file, none shows a Java class name. */
  @Test
  void failuresNameTheFileAndNoJavaClass(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
    java.nio.file.Path quote = dir.resolve("quote.csv");
    java.nio.file.Files.writeString(quote, "id,\"unbalanced\n1,2\n");
    java.nio.file.Path folder = java.nio.file.Files.createDirectory(dir.resolve("folder"));
    String[][] runs = {
        {"live-report", folder.toString()}, {"affiliate", folder.toString()}, {"eligibility", folder.toString()},
        {"live-report", quote.toString()}, {"affiliate", quote.toString()}, {"eligibility", quote.toString()},
        {"streaks", "--zone", "UTC", "--now", "2024-09-01T10:00:00Z", quote.toString()}};
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
