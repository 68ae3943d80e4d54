package io.github.monetik.examples.overlay;

import io.github.monetik.gifts.GiftEvent;
import java.io.Closeable;
import java.io.IOException;
import java.util.Optional;

/**
 * Reads gift messages one at a time from a LIVE client's output.
 *
 * <p><b>Stand-in, to be replaced at merge:</b> the {@code io} module (being built on another branch)
 * brings the real readers of the LIVE clients' shapes ({@code GiftReader}, TikTok-Live-Connector's
 * NDJSON among them). When it lands, {@code overlay -} reads standard input through it and this
 * interface and {@link ConnectorNdjsonReader} go away; nothing else in the overlay changes.
 */
interface GiftEventReader extends Closeable {
  /**
   * {@return the next gift message, or empty at the end of the input}
   *
   * @throws IOException if the input cannot be read
   */
  Optional<GiftEvent> next() throws IOException;
}
