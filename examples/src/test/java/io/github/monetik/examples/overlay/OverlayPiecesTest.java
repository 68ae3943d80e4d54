package io.github.monetik.examples.overlay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.monetik.Monetik;
import io.github.monetik.gifts.GiftEvent;
import io.github.monetik.gifts.Gifts;
import io.github.monetik.gifts.LiveSnapshot;
import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The overlay's pieces without a browser: options, goal, speed, the NDJSON stand-in reader. */
class OverlayPiecesTest {
  private static final Currency USD = Currency.getInstance("USD");
  private static final Path CONNECTOR = Path.of("/work/shared/data/live-gifts/connector");

  @Test
  void badOptionsNameTheOptionAndTheValue() {
    assertThatThrownBy(() -> OverlayOptions.parse(List.of("generated", "--speed", "fast")))
        .hasMessageContaining("--speed").hasMessageContaining("'fast'");
    assertThatThrownBy(() -> OverlayOptions.parse(List.of("generated", "--port", "70000")))
        .hasMessageContaining("--port").hasMessageContaining("70000");
    assertThatThrownBy(() -> OverlayOptions.parse(List.of("generated", "--goal", "EUR 5")))
        .hasMessageContaining("--goal").hasMessageContaining("USD");
    assertThatThrownBy(() -> OverlayOptions.parse(List.of("generated", "--zone", "Mars/Base")))
        .hasMessageContaining("--zone").hasMessageContaining("Mars/Base");
    assertThatThrownBy(() -> OverlayOptions.parse(List.of("--top", "3"))).hasMessageContaining("needs an input");
    assertThatThrownBy(() -> OverlayOptions.parse(List.of("generated", "--colour", "red")))
        .hasMessageContaining("--colour");
  }

  @Test
  void goalsInEveryUnit() {
    assertThat(Goal.parse("10", USD)).isEqualTo(Goal.parse("USD 10", USD));
    assertThat(Goal.parse("5,000 coins", USD).targetText()).isEqualTo("5,000 coins");
    assertThat(Goal.parse("2500 diamonds", USD).kind()).isEqualTo(Goal.Kind.DIAMONDS);
    assertThatThrownBy(() -> Goal.parse("0 coins", USD)).hasMessageContaining("--goal");
    assertThatThrownBy(() -> Goal.parse("lots", USD)).hasMessageContaining("--goal").hasMessageContaining("'lots'");
    assertThat(OverlayOptions.parse(List.of("-")).goal().kind()).isEqualTo(Goal.Kind.CREATOR_CASH);
  }

  @Test
  void speedsAreWholeFactors() {
    assertThat(Speed.parse("60x").wallMillis(60_000)).isEqualTo(1_000);
    assertThat(Speed.parse("max").wallMillis(60_000)).isZero();
    assertThatThrownBy(() -> Speed.parse("1.5")).hasMessageContaining("--speed");
  }

  @Test
  void theConnectorsNdjsonSettlesAsTheCaptureDoes() throws Exception {
    Gifts gifts = Monetik.defaults().gifts();
    Path csv = Path.of("..", "core", "src", "test", "resources", "live-gifts", "log.csv");
    for (Path ndjson : List.of(CONNECTOR.resolve("log.ndjson"), CONNECTOR.resolve("legacy/log.ndjson"))) {
      org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(ndjson), "shared data not here: " + ndjson);
      List<String> notices = new ArrayList<>();
      List<GiftEvent> read = new ArrayList<>();
      try (BufferedReader in = Files.newBufferedReader(ndjson, StandardCharsets.UTF_8);
          ConnectorNdjsonReader r = new ConnectorNdjsonReader(in, gifts.giftCatalog(), "host", notices::add)) {
        for (Optional<GiftEvent> e = r.next(); e.isPresent(); e = r.next()) {
          read.add(e.get());
        }
      }
      if (ndjson.toString().contains("legacy")) {
        // No price in the legacy shape: taken from the catalog and said so; a gift the catalog lacks
        // is reported with its line, never guessed.
        assertThat(notices).anyMatch(n -> n.contains("from the catalog"))
            .filteredOn(n -> n.contains("skipped")).allMatch(n -> n.contains("not in the catalog"));
        continue;
      }
      assertThat(notices).as(ndjson.toString()).noneMatch(n -> n.contains("skipped"));
      LiveSnapshot fromPipe = gifts.tally().acceptAll(read).snapshot();
      LiveSnapshot fromCapture = gifts.tally().acceptAll(Captures.read(csv)).snapshot();
      assertThat(fromPipe.earnings().coins()).as(ndjson.toString()).isEqualTo(fromCapture.earnings().coins());
      assertThat(fromPipe.earnings().creatorCash()).as(ndjson.toString()).isEqualTo(fromCapture.earnings().creatorCash());
    }
  }

  @Test
  void aLineThatIsNoGiftIsReportedNotDropped() throws Exception {
    List<String> notices = new ArrayList<>();
    String text = "{\"giftId\":\"5655\",\"repeatCount\":\"x\"}\nnot json\n\n{\"type\":\"chat\"}\n";
    try (ConnectorNdjsonReader r = new ConnectorNdjsonReader(new BufferedReader(new java.io.StringReader(text)),
        Monetik.defaults().gifts().giftCatalog(), "host", notices::add)) {
      assertThat(r.next()).isEmpty();
      assertThat(r.skipped()).isEqualTo(3);
    }
    assertThat(notices).hasSize(3).allMatch(n -> n.startsWith("line "));
  }
}
