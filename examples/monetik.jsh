// Monetik's JShell startup script. From the repository root, after building:
//   ./monetik-jshell
// which runs: jshell --class-path examples/target/monetik-examples.jar --startup DEFAULT --startup examples/monetik.jsh
import io.github.monetik.*;
import io.github.monetik.money.*;
import io.github.monetik.rules.*;
import io.github.monetik.gifts.*;
import io.github.monetik.income.*;
import io.github.monetik.examples.Export;
import io.github.monetik.examples.Charts;
import java.math.*;
import java.nio.file.*;
import java.time.*;
import java.util.stream.*;

Monetik tiktok = Monetik.defaults();
System.out.println("Monetik ready: tiktok = " + tiktok + " (rules in force " + tiktok.rules().date() + ")");
System.out.println("Files: Export.readCsv(path), Export.csv(rows, path), Export.json(rows, path); pictures: Charts.bars(...)");
