package io.github.monetik.examples.overlay;

import java.util.Locale;
import io.github.monetik.gifts.GiftEvent;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Replays messages in their order at a {@link Speed}: each message waits until the wall time that
 * its stream time (the latest message time so far) is due at, measured from the first message, so
 * pauses never drift. A late message (earlier than one before it) goes at once. Pauses of stream time
 * longer than {@link #LONGEST_GAP_MILLIS} are cut to that (a capture may hold several LIVEs, days apart).
 */
final class Replay implements GiftFeed {
  /** The longest pause a replay keeps, in stream time: one minute. */
  static final long LONGEST_GAP_MILLIS = 60_000;

  private final String name;
  private final List<GiftEvent> events;
  private final Speed speed;

  Replay(String name, List<GiftEvent> events, Speed speed) {
    this.name = name;
    this.events = List.copyOf(events);
    this.speed = speed;
  }

  @Override
  public String describe() {
    return name + ": " + String.format(Locale.ROOT, "%,d", events.size()) + " messages at "
        + (speed.max() ? "max speed" : speed.toString());
  }

  @Override
  public void feed(Consumer<GiftEvent> sink) throws InterruptedException {
    long start = System.nanoTime();
    long replayClock = 0; // stream time replayed so far, long gaps cut
    long watermark = Long.MIN_VALUE;
    for (GiftEvent e : events) {
      long t = e.timestamp().toEpochMilli();
      if (watermark != Long.MIN_VALUE && t > watermark) {
        replayClock += Math.min(t - watermark, LONGEST_GAP_MILLIS);
      }
      watermark = Math.max(watermark, t);
      long dueNanos = TimeUnit.MILLISECONDS.toNanos(speed.wallMillis(replayClock));
      long wait;
      while ((wait = dueNanos - (System.nanoTime() - start)) > 0) {
        TimeUnit.NANOSECONDS.sleep(wait);
      }
      if (Thread.interrupted()) {
        throw new InterruptedException("replay stopped");
      }
      sink.accept(e);
    }
  }
}
