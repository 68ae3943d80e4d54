package io.github.monetik.examples.overlay;

import io.github.monetik.gifts.GiftCatalog;
import io.github.monetik.gifts.GiftEvent;
import io.github.monetik.io.GiftFile;
import io.github.monetik.io.GiftReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.PrintStream;
import java.util.function.Consumer;

/**
 * A LIVE client's gift events as they arrive on a stream (standard input), read by {@code monetik-io}'s
 * {@link GiftReader} in its lenient mode: TikTok-Live-Connector's NDJSON (current and legacy shapes;
 * the legacy events' prices come from the gift catalog), TikTokLive's, the recorded CSV or base64
 * payloads, whichever the first line shows. Every line that is not read, and every value filled in,
 * is printed to the log as it is found; nothing is dropped silently. Not thread-safe: one overlay
 * feeds it from its one feeding thread.
 */
final class StreamFeed implements GiftFeed {
  private final String name;
  private final InputStream in;
  private final GiftCatalog catalog;
  private final String host;
  private final PrintStream log;

  /**
   * @param name the stream's name in messages ({@code standard input})
   * @param in the stream, read once, in order
   * @param catalog the gifts whose prices legacy events lack
   * @param host the recipient of events that name none
   * @param log where each issue and note is printed as it is found
   */
  StreamFeed(String name, InputStream in, GiftCatalog catalog, String host, PrintStream log) {
    this.name = name;
    this.in = in;
    this.catalog = catalog;
    this.host = host;
    this.log = log;
  }

  @Override
  public String describe() {
    return name + ": gift events as they arrive";
  }

  @Override
  public void feed(Consumer<GiftEvent> sink) throws IOException, InterruptedException {
    GiftReader reader = GiftReader.lenient().withCatalog(catalog).withDefaultHost(host);
    try (GiftFile file = reader.open(name, in)) {
      file.forEach(e -> {
        if (Thread.currentThread().isInterrupted()) {
          throw new StopFeeding();
        }
        sink.accept(e);
      }, issue -> log.println("overlay: " + issue));
    } catch (StopFeeding | InterruptedIOException stop) {
      throw new InterruptedException("reading stopped");
    }
  }

  /** Leaves {@link GiftFile#forEach} when the overlay closes. */
  private static final class StopFeeding extends RuntimeException {
    private static final long serialVersionUID = 1L;

    StopFeeding() {
      super("reading stopped", null, false, false);
    }
  }
}
