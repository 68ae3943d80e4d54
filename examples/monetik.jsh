// Monetik's JShell startup script. From the repository root, after building:
//   ./monetik-jshell
// which runs: jshell --class-path examples/target/monetik-examples.jar --startup DEFAULT --startup examples/monetik.jsh
// Every public package is imported (no two public types share a simple name).
import io.github.monetik.*;
import io.github.monetik.money.*;
import io.github.monetik.rules.*;
import io.github.monetik.coins.*;
import io.github.monetik.gifts.*;
import io.github.monetik.streaks.*;
import io.github.monetik.programs.*;
import io.github.monetik.affiliate.*;
import io.github.monetik.income.*;
import io.github.monetik.examples.Export;
import io.github.monetik.examples.Charts;
import io.github.monetik.examples.DataFiles;
import java.math.*;
import java.nio.file.*;
import java.time.*;
import java.util.*;
import java.util.stream.*;

Monetik tiktok = Monetik.defaults();

/** Reads recorded LIVE gift CSVs (core/src/test/resources/live-gifts format) and settles them together: each combo once. */
ComboSettlement liveLog(String... paths) throws java.io.IOException {
  List<GiftEvent> events = new ArrayList<>();
  for (String p : paths) {
    events.addAll(DataFiles.liveGifts(Path.of(p)));
  }
  return tiktok.gifts().settle(events);
}

/** The earnings of a settlement's settled gifts (call s.includeOpen() first to count open combos too). */
LiveEarnings earnings(ComboSettlement s) {
  return tiktok.gifts().earnings(s);
}

/** Reads an interactions CSV (timestamp,from,to,kind) and reports every streak in the zone as of now. */
StreakReport streakLog(String path, String zone, String now) throws java.io.IOException {
  return tiktok.streaks().in(ZoneId.of(zone)).analyze(DataFiles.interactions(Path.of(path)), Instant.parse(now));
}

System.out.println("Monetik ready: tiktok = " + tiktok + " (rules in force " + tiktok.rules().date() + ")");
System.out.println("Read: liveLog(csv...) -> ComboSettlement, earnings(s), streakLog(csv, zone, now); every report has rows()");
System.out.println("Files: Export.csv(rows, path), Export.json(rows, path), Export.readCsv(path); pictures: Charts.liveEarningsPerMinute(...), Charts.streakLengths(...)");
