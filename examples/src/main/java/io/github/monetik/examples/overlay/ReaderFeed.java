package io.github.monetik.examples.overlay;

import io.github.monetik.gifts.GiftEvent;
import java.io.IOException;
import java.util.Optional;
import java.util.function.Consumer;

/** Feeds what a {@link GiftEventReader} reads, as it arrives (a LIVE client's pipe): no pacing. */
final class ReaderFeed implements GiftFeed {
  private final String name;
  private final GiftEventReader reader;

  ReaderFeed(String name, GiftEventReader reader) {
    this.name = name;
    this.reader = reader;
  }

  @Override
  public String describe() {
    return name + ": gift events as they arrive";
  }

  @Override
  public void feed(Consumer<GiftEvent> sink) throws IOException, InterruptedException {
    try (GiftEventReader r = reader) {
      for (Optional<GiftEvent> e = r.next(); e.isPresent(); e = r.next()) {
        if (Thread.interrupted()) {
          throw new InterruptedException("reading stopped");
        }
        sink.accept(e.get());
      }
    }
  }
}
