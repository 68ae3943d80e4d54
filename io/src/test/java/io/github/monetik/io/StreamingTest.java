package io.github.monetik.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.monetik.gifts.GiftEvent;
import io.github.monetik.gifts.LiveSnapshot;
import io.github.monetik.gifts.LiveTally;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** {@link GiftFile#forEach}: a stream read line by line, each event and each issue handed on as it is read. */
class StreamingTest {
  static final Path CONNECTOR = Files2.resource("live-gifts/connector/log.ndjson");

  static InputStream in(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void connectorLogFromAStreamFeedsATallyAsTheFileSettles() throws Exception {
    LiveTally tally = Files2.GIFTS.tally();
    List<InputIssue> issues = new ArrayList<>();
    long read;
    try (GiftFile f = GiftReader.strict().open("stdin", Files.newInputStream(CONNECTOR))) {
      read = f.forEach(tally::accept, issues::add);
      assertThat(f.format()).isEqualTo(GiftFormat.NDJSON);
      assertThat(f.issues()).isEmpty();
    }
    assertThat(read).isEqualTo(21);
    assertThat(issues).isEmpty();
    LiveSnapshot file;
    try (GiftFile f = GiftReader.strict().open(CONNECTOR)) {
      file = f.snapshot(Files2.GIFTS);
    }
    LiveSnapshot live = tally.snapshot();
    assertThat(live.messages()).isEqualTo(file.messages()).isEqualTo(21);
    assertThat(live.earnings().coins()).isEqualTo(file.earnings().coins());
    assertThat(live.openCoins()).isEqualTo(file.openCoins());
    assertThat(live.open()).isEqualTo(file.open());
  }

  @Test
  void eventsArriveWhileTheWriterIsStillWriting() throws Exception {
    List<String> lines = Files.readAllLines(CONNECTOR, StandardCharsets.UTF_8);
    PipedInputStream pipe = new PipedInputStream(1 << 20);
    OutputStream writer = new PipedOutputStream(pipe);
    BlockingQueue<GiftEvent> events = new LinkedBlockingQueue<>();
    BlockingQueue<InputIssue> issues = new LinkedBlockingQueue<>();
    CompletableFuture<Long> reading = CompletableFuture.supplyAsync(() -> {
      try (GiftFile f = GiftReader.lenient().open("stdin", pipe)) {
        return f.forEach(events::add, issues::add);
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    });
    writer.write((lines.get(0) + "\n").getBytes(StandardCharsets.UTF_8));
    writer.flush();
    GiftEvent first = events.poll(10, TimeUnit.SECONDS);
    assertThat(first).as("the first event, before any other line is written").isNotNull();
    assertThat(first.messageId()).isEqualTo(7309139779504769825L);

    writer.write("{\"common\": \n".getBytes(StandardCharsets.UTF_8));
    writer.flush();
    InputIssue bad = issues.poll(10, TimeUnit.SECONDS);
    assertThat(bad).as("the bad line, reported before the next line is written").isNotNull();
    assertThat(bad.isError()).isTrue();
    assertThat(bad.source()).isEqualTo("stdin");
    assertThat(bad.line()).isEqualTo(2);

    writer.write((lines.get(1) + "\r\n").getBytes(StandardCharsets.UTF_8));
    writer.flush();
    assertThat(events.poll(10, TimeUnit.SECONDS)).isNotNull();
    writer.close();
    assertThat(reading.get(10, TimeUnit.SECONDS)).isEqualTo(2);
    assertThat(events).isEmpty();
    assertThat(issues).isEmpty();
  }

  @Test
  void strictStreamStopsAtTheFirstBadLineNamingIt() throws Exception {
    String good = Files.readAllLines(CONNECTOR, StandardCharsets.UTF_8).get(0);
    List<GiftEvent> events = new ArrayList<>();
    try (GiftFile f = GiftReader.strict().open("stdin", in(good + "\nnot json\n" + good + "\n"))) {
      assertThatThrownBy(() -> f.forEach(events::add, i -> { }))
          .isInstanceOf(InputException.class).hasMessageContaining("stdin line 2");
    }
    assertThat(events).hasSize(1);
  }

  @Test
  void csvFromAStreamReportsEveryBadRowAndKeepsTheGoodOnes() throws Exception {
    List<String> rows = Files.readAllLines(Files2.resource("live-gifts/log.csv"), StandardCharsets.UTF_8);
    String bad = rows.get(2).replace(",1,1,1,1,", ",1,1,1,2,"); // repeat_end 2
    String text = rows.get(0) + "\n" + rows.get(1) + "\n" + bad + "\n" + rows.get(3) + "\n";
    List<GiftEvent> events = new ArrayList<>();
    List<InputIssue> issues = new ArrayList<>();
    try (GiftFile f = GiftReader.lenient().open("log.csv", in(text))) {
      assertThat(f.forEach(events::add, issues::add)).isEqualTo(2);
      assertThat(f.issues()).isEqualTo(issues);
    }
    assertThat(events).extracting(GiftEvent::messageId).containsExactly(7309139779504769825L, 7309139841055542058L);
    assertThat(issues).singleElement().hasToString("log.csv line 3, column 11 (repeat_end): must be 0 or 1, was '2'");
  }

  @Test
  void legacyEventsPricedFromTheCatalogSayItOnceAsTheyArrive() throws Exception {
    List<InputIssue> issues = new ArrayList<>();
    long read;
    try (GiftFile f = GiftReader.lenient().withCatalog(CapturesTest.capturedGifts()).withDefaultHost("host")
        .open("legacy", Files.newInputStream(Files2.resource("live-gifts/connector/legacy/log.ndjson")))) {
      read = f.forEach(e -> { }, issues::add);
      assertThat(f.issues()).allMatch(i -> !i.isError());
      assertThat(issues).hasSameSizeAs(f.issues());
    }
    assertThat(read).isEqualTo(21);
    assertThat(issues).isNotEmpty().allMatch(i -> !i.isError() && i.message().contains("first record"));
  }

  @Test
  void aStreamIsReadOnceAndNullsAreNamed() throws Exception {
    try (GiftFile f = GiftReader.lenient().open("stdin", in("{}\n"))) {
      assertThatThrownBy(() -> f.forEach(null, i -> { })).isInstanceOf(NullPointerException.class)
          .hasMessageContaining("events");
      assertThatThrownBy(() -> f.forEach(e -> { }, null)).isInstanceOf(NullPointerException.class)
          .hasMessageContaining("issues");
      assertThat(f.forEach(e -> { }, i -> { })).isZero();
      assertThatThrownBy(() -> f.forEach(e -> { }, i -> { })).isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("read once");
    }
  }
}
