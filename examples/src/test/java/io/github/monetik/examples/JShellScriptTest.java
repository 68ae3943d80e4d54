package io.github.monetik.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import io.github.monetik.Monetik;
import io.github.monetik.gifts.ComboSettlement;
import io.github.monetik.gifts.GiftEvent;
import io.github.monetik.gifts.Gifts;
import io.github.monetik.gifts.LiveEarnings;
import java.io.File;
import java.io.IOException;
import java.math.BigDecimal;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import org.junit.jupiter.api.Test;

/** Runs {@code examples/monetik.jsh} (and the README's session) through the JShell API, so they cannot rot. */
class JShellScriptTest {
  static List<String> run(JShell shell, String source) {
    List<String> problems = new ArrayList<>();
    SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
    String rest = source;
    while (!rest.isBlank()) {
      SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(rest);
      String snippet = info.source() == null ? rest : info.source();
      for (SnippetEvent e : shell.eval(snippet)) {
        if (e.status() == Snippet.Status.REJECTED) {
          shell.diagnostics(e.snippet()).forEach(d -> problems.add(e.snippet().source().strip() + " -> " + d.getMessage(null)));
        }
        if (e.exception() != null) {
          problems.add(e.snippet().source().strip() + " threw " + e.exception());
        }
      }
      rest = info.remaining();
    }
    return problems;
  }

  static JShell shell(ByteArrayOutputStream out, String... remoteVmOptions) {
    JShell shell = JShell.builder().out(new PrintStream(out, true, StandardCharsets.UTF_8)).remoteVMOptions(remoteVmOptions).build();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      shell.addToClasspath(entry);
    }
    return shell;
  }

  @Test
  void theStartupScriptRunsCleanly() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JShell shell = shell(out)) {
      List<String> problems = run(shell, Files.readString(Path.of("monetik.jsh")));
      assertThat(problems).isEmpty();
      assertThat(out.toString(StandardCharsets.UTF_8)).contains("Monetik ready: tiktok = latest (rules in force 2025-12-16, sources up to 2025-12-16)");
      assertThat(run(shell, "var lion = tiktok.rules().diamondPolicy().creatorCashFor(Coins.of(29_999));")).isEmpty();
      assertThat(shell.eval("lion.toString()").get(0).value()).isEqualTo("\"USD 149.995\"");
    }
  }

  /** @return the README's transcript: the java block after the {@code jshell-transcript} marker */
  static String transcript() throws IOException {
    String readme = Files.readString(ROOT.resolve("README.md"));
    int marker = readme.indexOf("<!-- jshell-transcript");
    assertThat(marker).as("README transcript marker").isNotNegative();
    int start = readme.indexOf("```java\n", marker) + "```java\n".length();
    return readme.substring(start, readme.indexOf("```", start));
  }

  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  private static String eval(JShell shell, String expression) {
    String value = shell.eval(expression).get(0).value();
    // String values come back as Java literals.
    return value.startsWith("\"") ? value.substring(1, value.length() - 1) : value;
  }

  @Test
  void theReadmeTranscriptRunsAndItsFilesHoldTheReportsNumbers() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    // The transcript is pasted at the repository root: the shell's JVM runs there.
    try (JShell shell = shell(out, "-Duser.dir=" + ROOT, "-Djava.awt.headless=true")) {
      assertThat(run(shell, Files.readString(Path.of("monetik.jsh")))).isEmpty();
      assertThat(run(shell, transcript())).isEmpty();
      Path dir = Path.of(eval(shell, "out.toString()"));
      try {
        // The same files settled here, independently of the shell.
        Gifts gifts = Monetik.defaults().gifts();
        List<GiftEvent> events = new ArrayList<>();
        for (String f : List.of("log.csv", "link.csv", "dupa.csv")) {
          events.addAll(DataFiles.liveGifts(ROOT.resolve("core/src/test/resources/live-gifts").resolve(f)));
        }
        ComboSettlement s = gifts.settle(events);
        LiveEarnings e = gifts.earnings(s);
        assertThat(eval(shell, "Long.toString(e.coins().count())")).isEqualTo(Long.toString(e.coins().count()));
        assertThat(out.toString(StandardCharsets.UTF_8)).contains(s.toString()).contains(e.toString());

        List<Map<String, String>> perMinute = Export.readCsv(dir.resolve("live-per-minute.csv"));
        assertThat(perMinute).isNotEmpty();
        assertThat(perMinute.get(0).keySet()).containsExactly("minute", "gifts", "coins", "diamonds", "gross", "creator_cash",
            "platform_cut", "currency");
        assertThat(perMinute.stream().mapToLong(r -> Long.parseLong(r.get("coins"))).sum()).isEqualTo(e.coins().count());
        assertThat(perMinute.stream().map(r -> new BigDecimal(r.get("creator_cash"))).reduce(BigDecimal.ZERO, BigDecimal::add))
            .isEqualByComparingTo(e.creatorCash().amount());
        List<Map<String, String>> senders = Export.readCsv(dir.resolve("live-senders.csv"));
        assertThat(senders).hasSize(e.bySender().size());
        assertThat(senders.get(0).get("sender")).isEqualTo(e.topSenders(1).get(0).label());
        assertThat(Files.readString(dir.resolve("live-gifts.json"))).contains("\"status\" : \"open\"");
        ChartsTest.isPng(dir.resolve("live-per-minute.png"));
        ChartsTest.isPng(dir.resolve("streak-lengths.png"));
        List<Map<String, String>> streaks = Export.readCsv(dir.resolve("streaks.csv"));
        assertThat(streaks).hasSize(Monetik.defaults().streaks().in(ZoneId.of("Europe/Berlin"))
            .analyze(DataFiles.interactions(ROOT.resolve("examples/data/streaks-sample.csv")), Instant.parse("2024-09-01T10:00:00Z"))
            .groups().size());
      } finally {
        try (Stream<Path> files = Files.list(dir)) {
          for (Path f : files.toList()) {
            Files.delete(f);
          }
        }
        Files.delete(dir);
      }
    }
  }
}
