package io.github.monetik.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code overlay}'s options, without serving: every bad one is exit 2, naming the option and the value. */
class OverlayCommandTest extends CommandTest {
  private void wrong(String expected, String... args) {
    err.reset();
    assertThat(run(args)).as(String.join(" ", args)).isEqualTo(2);
    assertThat(err()).as(String.join(" ", args)).startsWith("monetik-examples overlay: ").contains(expected)
        .contains("Usage: monetik-examples overlay");
  }

  @Test
  void badOptionsNameTheOptionAndTheValue() {
    wrong("--speed must be a whole factor (1 = real time, 10, 60) or max, was 'fast'", "overlay", "generated", "--speed", "fast");
    wrong("--port must be from 0 (any free port) to 65535, was 70000", "overlay", "generated", "--port", "70000");
    wrong("--goal", "overlay", "generated", "--goal", "EUR 5");
    assertThat(err()).contains("USD");
    wrong("--zone must be a time zone such as Europe/Berlin or UTC, was 'Mars/Base'", "overlay", "generated", "--zone", "Mars/Base");
    wrong("--top must be from 1 to 20, was 0", "overlay", "generated", "--top", "0");
    wrong("'--top': 'three' is not an int", "overlay", "generated", "--top", "three");
    wrong("Missing required parameter: 'INPUT'", "overlay", "--top", "3");
    wrong("Unknown options: '--colour', 'red'", "overlay", "generated", "--colour", "red");
    assertThat(out()).isEmpty();
  }

  @Test
  void helpListsEveryOption() {
    assertThat(run("overlay", "--help")).isZero();
    assertThat(out()).contains("Usage: monetik-examples overlay").contains("INPUT").contains("--speed=S")
        .contains("--goal=G").contains("--exit-when-done").contains("(default: 8730)");
  }
}
