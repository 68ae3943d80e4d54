package io.github.monetik.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.monetik.Monetik;
import io.github.monetik.gifts.ComboSettlement;
import io.github.monetik.gifts.Gifts;
import io.github.monetik.streaks.StreakReport;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The charts render real sample data to PNG files of the documented size. */
class ChartsTest {
  static final Path LIVE = Path.of("..", "core", "src", "test", "resources", "live-gifts");

  static void isPng(Path png) throws IOException {
    assertThat(png).exists();
    assertThat(Files.size(png)).isPositive();
    BufferedImage image = ImageIO.read(png.toFile());
    assertThat(image).isNotNull();
    assertThat(image.getWidth()).isEqualTo(900);
    assertThat(image.getHeight()).isEqualTo(500);
  }

  @Test
  void liveEarningsPerMinuteOfOneRecordedLive(@TempDir Path dir) throws IOException {
    Gifts gifts = Monetik.defaults().gifts();
    List<io.github.monetik.gifts.GiftEvent> events = new ArrayList<>();
    for (String f : List.of("log.csv", "link.csv", "dupa.csv")) {
      events.addAll(DataFiles.liveGifts(LIVE.resolve(f)));
    }
    ComboSettlement s = gifts.settle(events).includeOpen();
    Path png = Charts.liveEarningsPerMinute(s.settled(), gifts.diamondPolicy(), 3, dir.resolve("live"));
    assertThat(png).isEqualTo(dir.resolve("live.png"));
    isPng(png);
    // Recordings of several LIVEs, days apart: only the minutes with gifts (no gap filling), all senders.
    List<io.github.monetik.gifts.GiftEvent> all = new ArrayList<>();
    for (String f : List.of("ab.csv", "web.csv", "giftsCollector.csv", "WebcastLog2.csv")) {
      all.addAll(DataFiles.liveGifts(LIVE.resolve(f)));
    }
    isPng(Charts.liveEarningsPerMinute(gifts.settle(all).includeOpen().settled(), gifts.diamondPolicy(), 0, dir.resolve("many.png")));
  }

  @Test
  void liveEarningsPerMinuteRejectsWhatItCannotDraw(@TempDir Path dir) {
    Gifts gifts = Monetik.defaults().gifts();
    assertThatThrownBy(() -> Charts.liveEarningsPerMinute(List.of(), gifts.diamondPolicy(), 3, dir.resolve("x.png")))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("gifts must not be empty, was []");
    assertThatThrownBy(() -> Charts.liveEarningsPerMinute(List.of(), gifts.diamondPolicy(), -1, dir.resolve("x.png")))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("topN must be >= 0, was -1");
    assertThat(dir.resolve("x.png")).doesNotExist();
  }

  @Test
  void streakLengthsOfTheSample(@TempDir Path dir) throws IOException {
    StreakReport r = Monetik.defaults().streaks().in(ZoneId.of("Europe/Berlin"))
        .analyze(DataFiles.interactions(Path.of("data", "streaks-sample.csv")), Instant.parse("2024-09-01T10:00:00Z"));
    isPng(Charts.streakLengths(r, dir.resolve("streaks.png")));
    StreakReport none = Monetik.defaults().streaks().in(ZoneId.of("UTC")).analyze(List.of(), Instant.parse("2024-09-01T10:00:00Z"));
    assertThatThrownBy(() -> Charts.streakLengths(none, dir.resolve("none.png"))).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("report must have at least one streak run, had none");
  }
}
