package io.github.monetik.io;

import io.github.monetik.Monetik;
import io.github.monetik.gifts.ComboSettlement;
import io.github.monetik.gifts.GiftEvent;
import io.github.monetik.gifts.Gifts;
import io.github.monetik.gifts.LiveSnapshot;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Test helpers: resources as paths, files from text, the gifts door settling. */
final class Files2 {
  /** The door the tests settle with (its catalog checks gift ids). */
  static final Gifts GIFTS = Monetik.defaults().gifts();

  private Files2() {}

  /** {@return the events settled in one pass by {@link #GIFTS}} */
  static ComboSettlement settle(List<GiftEvent> events) {
    return GIFTS.settle(events);
  }

  /** {@return the events' snapshot by {@link #GIFTS}} */
  static LiveSnapshot snapshot(List<GiftEvent> events) {
    return events.stream().collect(GIFTS.toSnapshot());
  }

  static Path resource(String name) {
    try {
      return Path.of(Files2.class.getResource("/" + name).toURI());
    } catch (URISyntaxException | NullPointerException e) {
      throw new IllegalStateException("missing test resource " + name, e);
    }
  }

  static Path write(Path dir, String name, String text) throws IOException {
    return Files.write(dir.resolve(name), text.getBytes(StandardCharsets.UTF_8));
  }

  static Path write(Path dir, String name, byte[] bytes) throws IOException {
    return Files.write(dir.resolve(name), bytes);
  }
}
