package io.github.monetik.examples.overlay;

import io.github.monetik.gifts.GiftEvent;
import java.io.IOException;
import java.util.function.Consumer;

/**
 * Where the overlay's gift messages come from: a replayed capture or generated LIVE
 * ({@link Replay}), or a LIVE client's events read as they arrive ({@link StreamFeed}).
 */
interface GiftFeed {
  /** {@return one line for the console and the page, for example {@code ab.csv: 21 messages at max speed}} */
  String describe();

  /**
   * Hands every message to {@code sink}, in order, pacing them as the feed does; returns at the end
   * of the input.
   *
   * @param sink what takes each message (the live tally)
   * @throws IOException if the input cannot be read
   * @throws InterruptedException if the feeding thread is interrupted (the overlay is closing)
   */
  void feed(Consumer<GiftEvent> sink) throws IOException, InterruptedException;
}
