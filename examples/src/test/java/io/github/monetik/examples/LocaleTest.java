package io.github.monetik.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every command prints the same text whatever the JVM's locale: a German JShell or shell once printed
 * {@code 22.706 gift messages} beside {@code 2,343,305 coins} (issue 13). Each command runs under
 * Germany's and France's locales (grouping by '.' and by a narrow space) and under the United States'.
 */
class LocaleTest {
  @TempDir
  Path dir;

  private static String run(Locale locale, String... args) {
    Locale before = Locale.getDefault();
    Locale.setDefault(locale);
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
          new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
      assertThat(code).as(String.join(" ", args)).isZero();
      // Timings differ from run to run; everything else must not.
      return out.toString(StandardCharsets.UTF_8).lines()
          .filter(l -> !l.matches("(sequential|parallel) .*|.*seconds.*|Speed-up.*|.* in [0-9.]+ s"))
          .collect(Collectors.joining("\n"));
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void everyCommandPrintsTheSameTextInEveryLocale() {
    String capture = Path.of("..", "core", "src", "test", "resources", "live-gifts", "giftsCollector.csv").toString();
    String big = dir.resolve("gifts.csv").toString();
    List<String[]> commands = List.of(new String[] {"tour"}, new String[] {"--help"}, new String[] {"streak-report", "--help"},
        new String[] {"coins", "123456"},
        new String[] {"creator-month"}, new String[] {"live-report", capture},
        new String[] {"streaks", "--zone", "Europe/Berlin", "--now", "2024-09-01T10:00:00Z",
            Path.of("data", "streaks-sample.csv").toString()},
        new String[] {"eligibility", Path.of("data", "creators.csv").toString()}, new String[] {"affiliate"},
        new String[] {"parallel", "--lines", "3000", "--runs", "1", big});
    run(Locale.US, "parallel", "--lines", "3000", "--runs", "1", big); // writes the file, so every run below reads it
    for (String[] args : commands) {
      String english = run(Locale.US, args);
      assertThat(english).as(String.join(" ", args)).isNotBlank();
      for (Locale other : List.of(Locale.GERMANY, Locale.FRANCE)) {
        assertThat(run(other, args)).as(String.join(" ", args) + " under " + other).isEqualTo(english);
      }
    }
  }
}
