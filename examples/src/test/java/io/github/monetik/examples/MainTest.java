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
}
