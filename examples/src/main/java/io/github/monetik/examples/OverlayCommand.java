package io.github.monetik.examples;

import io.github.monetik.Monetik;
import io.github.monetik.examples.overlay.Goal;
import io.github.monetik.examples.overlay.OverlayOptions;
import io.github.monetik.examples.overlay.OverlayServer;
import io.github.monetik.examples.overlay.Speed;
import java.time.Duration;
import java.time.ZoneId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code overlay INPUT [options]}: serves a LIVE overlay page on localhost (goal bar, open combos "in
 * the air", top gifters, last gifts, creator cash per minute), fed by a live tally from a replayed
 * capture, a generated LIVE or a LIVE client's NDJSON gift events on standard input
 * ({@code node my-connector-logger.js | java -jar monetik-examples.jar overlay -}). See
 * {@link OverlayServer} and {@link OverlayOptions}; the options below fill the latter field by field.
 */
@Command(name = "overlay", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
    description = {"LIVE overlay page on localhost (goal, top gifters, last gifts), updated by SSE.",
        "Goal bar, open combos, top gifters, last gifts and creator cash per minute, fed by a live tally from a "
            + "replayed capture, a generated LIVE or NDJSON on standard input."})
final class OverlayCommand extends ExampleCommand {
  @Parameters(index = "0", paramLabel = "INPUT", description = "a capture CSV (live-gifts format), "
      + OverlayOptions.STDIN + " (TikTok-Live-Connector gift events as NDJSON on standard input) or "
      + OverlayOptions.GENERATED + " (a generated LIVE)")
  String input;

  @Option(names = "--port", paramLabel = "N", defaultValue = "" + OverlayOptions.DEFAULT_PORT,
      description = "local port (default: ${DEFAULT-VALUE}); 0 = any free port (printed)")
  int port;

  @Option(names = "--speed", paramLabel = "S", defaultValue = "1", converter = Converters.ReplaySpeed.class,
      description = "replay speed: 1 (real time, the default), 10, 60, ... or max")
  Speed speed;

  @Option(names = "--goal", paramLabel = "G", defaultValue = OverlayOptions.DEFAULT_GOAL_AMOUNT,
      converter = Converters.OverlayGoal.class,
      description = "'USD 10' or 10 (creator cash, default ${DEFAULT-VALUE}), '5000 coins', '2500 diamonds'")
  Goal goal;

  @Option(names = "--top", paramLabel = "N", defaultValue = "5", description = "top gifters listed, 1 to 20 (default: ${DEFAULT-VALUE})")
  int top;

  @Option(names = "--last", paramLabel = "N", defaultValue = "5", description = "latest gifts listed, 1 to 20 (default: ${DEFAULT-VALUE})")
  int last;

  @Option(names = "--chart-minutes", paramLabel = "N", defaultValue = "15",
      description = "minutes in the creator-cash chart, 1 to 120 (default: ${DEFAULT-VALUE})")
  int chartMinutes;

  @Option(names = "--zone", paramLabel = "Z", converter = Converters.Zone.class,
      description = "time zone of the page's times (default: the system's)")
  ZoneId zone;

  @Option(names = "--seed", paramLabel = "N", defaultValue = "1", converter = Converters.Whole.class,
      description = "the generated LIVE's seed (default: ${DEFAULT-VALUE})")
  long seed;

  @Option(names = "--minutes", paramLabel = "N", defaultValue = "10",
      description = "the generated LIVE's length, 1 to 1440 minutes (default: ${DEFAULT-VALUE})")
  int minutes;

  @Option(names = "--host", paramLabel = "H", defaultValue = "host",
      description = "recipient of NDJSON events that name none (default: ${DEFAULT-VALUE})")
  String host;

  @Option(names = "--wait-for-page", description = "start feeding when the first page connects")
  boolean waitForPage;

  @Option(names = "--exit-when-done", description = "stop serving once the input is done (default: serve until Ctrl-C)")
  boolean exitWhenDone;

  @Override
  public Integer call() throws Exception {
    OverlayOptions options;
    try {
      options = new OverlayOptions(input, port, speed, goal, top, last, chartMinutes, zone == null ? ZoneId.systemDefault() : zone,
          seed, minutes, host, waitForPage, exitWhenDone);
    } catch (IllegalArgumentException e) {
      throw usage(e.getMessage()); // names the option and its range
    }
    OverlayServer overlay;
    try {
      overlay = OverlayServer.start(options, Monetik.defaults().gifts(), System.in, System.err);
    } catch (java.net.BindException e) {
      throw usage("--port " + options.port() + " is in use (" + e.getMessage() + "); pick another or 0 for any");
    }
    try {
      Runtime.getRuntime().addShutdownHook(new Thread(overlay::close, "overlay-shutdown"));
      out.println("overlay: " + overlay.state().status() + "; goal " + options.goal());
      out.println("overlay: open " + overlay.url() + " (a browser source in OBS / TikTok LIVE Studio: 400 x 900, transparent)");
      out.flush();
      if (options.exitWhenDone()) {
        while (!overlay.awaitDone(Duration.ofHours(1))) {
          // keep waiting: a real-time replay or a LIVE may last hours
        }
        Thread.sleep(1_000); // let the pages receive the final state
        out.println("overlay: done; " + overlay.state().totals().creatorCash() + " creator cash, "
            + overlay.state().totals().coins() + " settled");
        return 0;
      }
      Thread.currentThread().join(); // serve until Ctrl-C
      return 0;
    } finally {
      overlay.close();
    }
  }
}
