package io.github.monetik.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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

  static JShell shell(ByteArrayOutputStream out) {
    JShell shell = JShell.builder().out(new PrintStream(out, true, StandardCharsets.UTF_8)).build();
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
      assertThat(out.toString(StandardCharsets.UTF_8)).contains("Monetik ready: tiktok = Monetik[rules=latest]");
      assertThat(run(shell, "var lion = tiktok.rules().diamonds().creatorCashFor(Coins.of(29_999));")).isEmpty();
      assertThat(shell.eval("lion.toString()").get(0).value()).isEqualTo("\"USD 149.995\"");
    }
  }
}
