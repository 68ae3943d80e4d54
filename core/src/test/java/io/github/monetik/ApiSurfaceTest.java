package io.github.monetik;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.module.ModuleDescriptor;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What users load: the compiled core alone. A consumer compiles against it with {@code -Werror} and
 * no Immutables anywhere, and runs; the module exports only API packages.
 */
class ApiSurfaceTest {
  private static final Path CLASSES = Paths.get("target", "classes");

  @Test
  void aConsumerWithOnlyTheCoreCompilesWithWerrorAndRuns(@TempDir Path dir) throws Exception {
    Path src = dir.resolve("src/Consumer.java");
    Files.createDirectories(src.getParent());
    Files.writeString(src, String.join("\n",
        "import io.github.monetik.Monetik;",
        "import io.github.monetik.gifts.DiamondPolicy;",
        "import io.github.monetik.money.*;",
        "public class Consumer {",
        "  public static void main(String[] args) {",
        "    Monetik tiktok = Monetik.defaults();",
        "    DiamondPolicy p = tiktok.rules().diamondPolicy();",
        "    DiamondPolicy mine = DiamondPolicy.builder().coinValue(Money.of(\"0.01\", \"USD\"))",
        "        .creatorShare(Rate.percent(53)).diamondValue(Money.of(\"0.005\", \"USD\")).build();",
        "    System.out.print(p.diamondsFor(Coins.of(1_250)) + \"|\" + mine.creatorCashFor(Coins.of(100)));",
        "  }",
        "}"));
    Path out = dir.resolve("out");
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
    int status = javac.run(null, diagnostics, diagnostics, "-Werror", "-Xlint:all", "--release", "17",
        "-cp", CLASSES.toString(), "-d", out.toString(), src.toString());
    assertThat(diagnostics.toString(StandardCharsets.UTF_8)).isEmpty();
    assertThat(status).isZero();

    PrintStream stdout = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    // A loader whose parent is the platform loader: no test classpath, so no Immutables either.
    try (URLClassLoader loader = new URLClassLoader(
            new URL[] {out.toUri().toURL(), CLASSES.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
        PrintStream capture = new PrintStream(captured, true, StandardCharsets.UTF_8)) {
      System.setOut(capture);
      loader.loadClass("Consumer").getMethod("main", String[].class).invoke(null, (Object) new String[0]);
    } finally {
      System.setOut(stdout);
    }
    assertThat(captured.toString(StandardCharsets.UTF_8)).isEqualTo("1,250 diamonds|USD 0.53");
  }

  @Test
  void theModuleExportsOnlyApiPackagesAndNeedsOnlyTheJdkAtRunTime() throws IOException {
    ModuleDescriptor module;
    try (var in = Files.newInputStream(CLASSES.resolve("module-info.class"))) {
      module = ModuleDescriptor.read(in);
    }
    List<String> exports = module.exports().stream().map(ModuleDescriptor.Exports::source).sorted().collect(Collectors.toList());
    assertThat(exports).allMatch(p -> p.startsWith("io.github.monetik")).noneMatch(p -> p.contains("internal"));
    assertThat(module.requires()).allMatch(r -> r.name().startsWith("java.")
        || r.modifiers().contains(ModuleDescriptor.Requires.Modifier.STATIC));
  }

  @Test
  void theGiftsEnginesArePackagePrivateAndItsLiveDoorIsPublic() throws ClassNotFoundException {
    // ARCHITECTURE.md: engines are package-private; the public surface takes and returns named values.
    for (String engine : List.of("ComboSettler", "WithdrawalPlanner", "Aggregates", "SlotTable")) {
      assertThat(java.lang.reflect.Modifier.isPublic(Class.forName("io.github.monetik.gifts." + engine).getModifiers()))
          .as(engine).isFalse();
    }
    for (String door : List.of("Gifts", "LiveTally", "LiveSnapshot", "TallyOptions", "TallyListener", "LiveEarnings",
        "ComboSettlement", "CountedGift", "SettlementIssue", "GiftCatalog", "Gift", "GiftEvent", "WithdrawalPlan")) {
      assertThat(java.lang.reflect.Modifier.isPublic(Class.forName("io.github.monetik.gifts." + door).getModifiers()))
          .as(door).isTrue();
    }
    // No public constructor on the live door: a tally is made by Gifts.tally(...).
    assertThat(io.github.monetik.gifts.LiveTally.class.getConstructors()).isEmpty();
    assertThat(io.github.monetik.gifts.LiveSnapshot.class.getConstructors()).isEmpty();
  }

  @Test
  void noGeneratedImplementationIsPublic() throws IOException {
    try (Stream<Path> files = Files.walk(CLASSES)) {
      List<String> generated = files.map(Path::toString).filter(f -> f.contains("Immutable") && f.endsWith(".class"))
          .filter(f -> !f.contains("$")).collect(Collectors.toList());
      assertThat(generated).isNotEmpty();
      for (String f : generated) {
        String name = CLASSES.relativize(Paths.get(f)).toString().replace('/', '.').replace(".class", "");
        try {
          assertThat(java.lang.reflect.Modifier.isPublic(Class.forName(name).getModifiers())).as(name).isFalse();
        } catch (ClassNotFoundException e) {
          throw new AssertionError(e);
        }
      }
    }
  }
  @Test
  void noTwoPublicTypesOfTheExportedPackagesShareASimpleNameButABuilderBuildsItsOwner() throws IOException {
    // ARCHITECTURE.md, "One meaning per word": a user who imports two types never has to qualify one.
    ModuleDescriptor module;
    try (var in = Files.newInputStream(CLASSES.resolve("module-info.class"))) {
      module = ModuleDescriptor.read(in);
    }
    java.util.Set<String> exported = module.exports().stream().map(ModuleDescriptor.Exports::source)
        .collect(Collectors.toSet());
    java.util.Map<String, List<String>> bySimpleName = new java.util.TreeMap<>();
    try (Stream<Path> files = Files.walk(CLASSES)) {
      for (Path f : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".class"))::iterator) {
        String name = CLASSES.relativize(f).toString().replace('/', '.').replace(".class", "");
        if (name.endsWith("module-info")) {
          continue;
        }
        Class<?> type;
        try {
          type = Class.forName(name, false, getClass().getClassLoader());
        } catch (ClassNotFoundException e) {
          throw new AssertionError(e);
        }
        if (exported.contains(type.getPackageName()) && isPublicAllTheWayOut(type) && !type.isAnonymousClass()) {
          bySimpleName.computeIfAbsent(type.getSimpleName(), k -> new java.util.ArrayList<>()).add(type.getName());
        }
      }
    }
    assertThat(bySimpleName).containsKey("Monetik").containsKey("Coins");
    bySimpleName.forEach((simple, types) -> {
      if (simple.equals("Builder")) {
        assertThat(types).allSatisfy(t -> assertThat(t).matches(".*\\.[A-Z][A-Za-z]*\\$Builder"));
      } else {
        assertThat(types).as(simple).hasSize(1);
      }
    });
  }

  private static boolean isPublicAllTheWayOut(Class<?> type) {
    for (Class<?> t = type; t != null; t = t.getEnclosingClass()) {
      if (!java.lang.reflect.Modifier.isPublic(t.getModifiers())) {
        return false;
      }
    }
    return true;
  }
}
