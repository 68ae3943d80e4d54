package io.github.monetik.examples;

import io.github.monetik.Monetik;
import io.github.monetik.examples.overlay.OverlayOptions;
import io.github.monetik.examples.overlay.OverlayServer;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;

/**
 * {@code overlay INPUT [options]}: serves a LIVE overlay page on localhost (goal bar, open combos "in
 * the air", top gifters, last gifts, creator cash per minute), fed by a live tally from a replayed
 * capture, a generated LIVE or a LIVE client's NDJSON gift events on standard input
 * ({@code node my-connector-logger.js | java -jar monetik-examples.jar overlay -}). See
 * {@link OverlayServer} and {@link OverlayOptions}.
 */
final class OverlayCommand implements Command {
  @Override
  public String name() {
    return "overlay";
  }

  @Override
  public String arguments() {
    return "INPUT|-|generated [--goal G] [--speed S] [--port N] ...";
  }

  @Override
  public String summary() {
    return "LIVE overlay page on localhost (goal, top gifters, last gifts), updated by SSE";
  }

  @Override
  public int run(List<String> args, PrintStream out) throws Exception {
    if (args.contains("--help") || args.contains("-h")) {
      out.println("usage: java -jar monetik-examples.jar overlay INPUT [options]");
      out.print(OverlayOptions.USAGE);
      return 0;
    }
    OverlayOptions options;
    try {
      options = OverlayOptions.parse(args);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
    OverlayServer overlay;
    try {
      overlay = OverlayServer.start(options, Monetik.defaults().gifts(), System.in, System.err);
    } catch (java.net.BindException e) {
      throw new UsageException("--port " + options.port() + " is in use (" + e.getMessage() + "); pick another or 0 for any");
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
