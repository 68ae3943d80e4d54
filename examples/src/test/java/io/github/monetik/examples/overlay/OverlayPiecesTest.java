package io.github.monetik.examples.overlay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.monetik.Monetik;
import io.github.monetik.gifts.GiftEvent;
import io.github.monetik.gifts.Gifts;
import io.github.monetik.gifts.LiveSnapshot;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The overlay's pieces without a browser: options, goal, speed, standard input through monetik-io. */
class OverlayPiecesTest {
  private static final Currency USD = Currency.getInstance("USD");
  private static final Path CONNECTOR = Path.of("..", "io", "src", "test", "resources", "live-gifts", "connector");

  @Test
  void goalsInEveryUnit() {
    assertThat(Goal.parse("10", USD)).isEqualTo(Goal.parse("USD 10", USD));
    assertThat(Goal.parse("5,000 coins", USD).targetText()).isEqualTo("5,000 coins");
    assertThat(Goal.parse("2500 diamonds", USD).kind()).isEqualTo(Goal.Kind.DIAMONDS);
    assertThatThrownBy(() -> Goal.parse("0 coins", USD)).hasMessageContaining("--goal");
    assertThatThrownBy(() -> Goal.parse("lots", USD)).hasMessageContaining("--goal").hasMessageContaining("'lots'");
    assertThat(OverlayOptions.defaults("-").goal().kind()).isEqualTo(Goal.Kind.CREATOR_CASH);
  }

  @Test
  void speedsAreWholeFactors() {
    assertThat(Speed.parse("60x").wallMillis(60_000)).isEqualTo(1_000);
    assertThat(Speed.parse("max").wallMillis(60_000)).isZero();
    assertThatThrownBy(() -> Speed.parse("1.5")).hasMessageContaining("--speed");
  }

  @Test
  void theConnectorsNdjsonOnAPipeSettlesAsTheCaptureDoes() throws Exception {
    Gifts gifts = Monetik.defaults().gifts();
    Path csv = Path.of("..", "core", "src", "test", "resources", "live-gifts", "log.csv");
    LiveSnapshot fromCapture = gifts.tally().acceptAll(Captures.read(csv)).snapshot();
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    List<GiftEvent> read = feed(Files.readAllBytes(CONNECTOR.resolve("log.ndjson")), gifts, log);
    LiveSnapshot fromPipe = gifts.tally().acceptAll(read).snapshot();
    assertThat(read).hasSize((int) fromCapture.messages());
    assertThat(fromPipe.earnings().coins()).isEqualTo(fromCapture.earnings().coins());
    assertThat(fromPipe.earnings().creatorCash()).isEqualTo(fromCapture.earnings().creatorCash());
    assertThat(fromPipe.openCoins()).isEqualTo(fromCapture.openCoins());
    assertThat(log.toString(StandardCharsets.UTF_8)).doesNotContain("ERROR");
    // The legacy shape carries no price: taken from the catalog, and said so.
    ByteArrayOutputStream legacyLog = new ByteArrayOutputStream();
    feed(Files.readAllBytes(CONNECTOR.resolve("legacy").resolve("log.ndjson")), gifts, legacyLog);
    assertThat(legacyLog.toString(StandardCharsets.UTF_8)).contains("overlay: ").containsIgnoringCase("catalog");
  }

  @Test
  void aLineThatIsNoGiftIsReportedNotDropped() throws Exception {
    String text = "{\"giftId\":\"5655\",\"repeatCount\":\"x\"}\nnot json\n";
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    assertThat(feed(text.getBytes(StandardCharsets.UTF_8), Monetik.defaults().gifts(), log)).isEmpty();
    assertThat(log.toString(StandardCharsets.UTF_8).lines().filter(l -> l.startsWith("overlay: ")).count())
        .isGreaterThanOrEqualTo(2);
  }

  private static List<GiftEvent> feed(byte[] input, Gifts gifts, ByteArrayOutputStream log) throws Exception {
    List<GiftEvent> out = new ArrayList<>();
    new StreamFeed("standard input", new ByteArrayInputStream(input), gifts.giftCatalog(), "host",
        new PrintStream(log, true, StandardCharsets.UTF_8)).feed(out::add);
    return out;
  }
}
