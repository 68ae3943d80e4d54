package io.github.monetik.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.monetik.gifts.ComboSettlement;
import io.github.monetik.gifts.Gift;
import io.github.monetik.gifts.GiftCatalog;
import io.github.monetik.gifts.GiftEvent;
import io.github.monetik.gifts.GiftSettler;
import io.github.monetik.gifts.LiveSnapshot;
import io.github.monetik.money.Coins;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each recorded capture, read in every form it exists in, settles to the same result. */
class CapturesTest {
  @TempDir
  Path dir;

  static final List<String> CAPTURES = List.of("giftsCollector", "ab", "log", "link", "dupa", "web", "WebcastLog2");

  static ReadResult<GiftEvent> csv(String capture) throws Exception {
    return GiftReader.strict().read(Files2.resource("live-gifts/" + capture + ".csv"));
  }

  /** The Connector's numeric pseudonymised ids as the CSVs name them. */
  static String pseudonym(String prefix, String id) {
    return prefix + String.format("%015x", Long.parseLong(id)).substring(0, 8);
  }

  static List<GiftEvent> asCsvIds(List<GiftEvent> events) {
    return events.stream().map(e -> GiftEvent.builder().from(e).senderId(pseudonym("user-", e.senderId()))
        .hostId(pseudonym("host-", e.hostId())).build()).toList();
  }

  /** Every gift the captures show, priced as their messages state: the catalog a legacy log needs. */
  static GiftCatalog capturedGifts() throws Exception {
    Map<Long, Gift> gifts = new LinkedHashMap<>();
    for (String c : CAPTURES) {
      for (GiftEvent e : csv(c).records()) {
        gifts.putIfAbsent(e.giftId(), Gift.builder().id(e.giftId()).name(e.giftName().orElseThrow())
            .price(Coins.of(e.coinsPerGift())).repeatable(e.repeatable()).build());
      }
    }
    return GiftCatalog.of(gifts.values());
  }

  @ParameterizedTest
  @ValueSource(strings = {"giftsCollector", "ab", "log", "link", "dupa", "web", "WebcastLog2"})
  void everyCsvCaptureReadsCleanWithNames(String capture) throws Exception {
    ReadResult<GiftEvent> r = csv(capture);
    assertThat(r.issues()).isEmpty();
    assertThat(r.records()).hasSize(capture.equals("WebcastLog2") ? 10 : 21);
    assertThat(r.records()).allSatisfy(e -> {
      assertThat(e.senderName()).contains(e.senderId());
      assertThat(e.giftName()).isPresent();
    });
  }

  @ParameterizedTest
  @ValueSource(strings = {"log", "WebcastLog2"})
  void connectorNdjsonSettlesAsTheCsv(String capture) throws Exception {
    ReadResult<GiftEvent> ndjson = GiftReader.strict().read(Files2.resource("live-gifts/connector/" + capture + ".ndjson"));
    assertThat(ndjson.issues()).isEmpty();
    List<GiftEvent> csv = csv(capture).records();
    assertThat(asCsvIds(ndjson.records())).isEqualTo(csv);
    assertThat(Files2.settle(asCsvIds(ndjson.records()))).isEqualTo(Files2.settle(csv));
  }

  @Test
  void legacyConnectorEventsTakePriceAndTypeFromTheCatalogAndSaySo() throws Exception {
    Path legacy = Files2.resource("live-gifts/connector/legacy/log.ndjson");
    ReadResult<GiftEvent> r = GiftReader.strict().withCatalog(capturedGifts()).read(legacy);
    List<GiftEvent> csv = csv("log").records();
    assertThat(Files2.settle(asCsvIds(r.records()))).isEqualTo(Files2.settle(csv));
    assertThat(r.errors()).isEmpty();
    assertThat(r.issues()).isNotEmpty().allSatisfy(i -> {
      assertThat(i.severity()).isEqualTo(InputIssue.Severity.NOTE);
      assertThat(i.toString()).contains("taken from the catalog");
    });
    long gifts = csv.stream().map(GiftEvent::giftId).distinct().count();
    assertThat(r.issues()).hasSize((int) gifts);
  }

  @Test
  void legacyEventsOfGiftsNoCatalogKnowsAreErrorsNeverGuesses() throws Exception {
    Path legacy = Files2.resource("live-gifts/connector/legacy/log.ndjson");
    GiftCatalog official = GiftListReader.strict().catalog(Files2.resource("gift-catalog/official_05_12_2023.json"));
    ReadResult<GiftEvent> r = GiftReader.lenient().withCatalog(official).read(legacy);
    List<GiftEvent> csv = csv("log").records();
    long unknown = csv.stream().filter(e -> !official.contains(e.giftId())).count();
    assertThat(unknown).isPositive();
    assertThat(r.errors()).hasSize((int) unknown).allSatisfy(i -> assertThat(i.message())
        .contains("the catalog (" + official.size() + " gifts) does not know the gift"));
    assertThat(r.records()).hasSize(csv.size() - (int) unknown);
    assertThatThrownBy(() -> GiftReader.strict().read(legacy)).isInstanceOf(InputException.class)
        .hasMessageContaining("log.ndjson line 1 (gift.diamondCount): must be given for gift 5827");
  }

  @ParameterizedTest
  @ValueSource(strings = {"giftsCollector", "ab", "log", "link", "dupa", "web", "WebcastLog2"})
  void rawPayloadsSettleAsTheCsv(String capture) throws Exception {
    ReadResult<GiftEvent> raw = GiftReader.strict()
        .read(Files2.resource("live-gifts/raw/" + capture + ".b64"));
    assertThat(raw.issues()).isEmpty();
    List<GiftEvent> csv = csv(capture).records();
    assertThat(Files2.settle(asCsvIds(raw.records()))).isEqualTo(Files2.settle(csv));
  }

  @ParameterizedTest
  @ValueSource(strings = {"giftsCollector", "ab", "log", "link", "dupa", "web", "WebcastLog2"})
  void settleWithoutEventsEqualsTheCollector(String capture) throws Exception {
    Path file = Files2.resource("live-gifts/" + capture + ".csv");
    ComboSettlement viaStream;
    try (GiftFile f = GiftReader.strict().open(file)) {
      viaStream = f.stream().parallel().collect(Files2.GIFTS.toSettlement());
    }
    try (GiftFile f = GiftReader.strict().withChunkBytes(64).open(file)) {
      assertThat(f.settle(Files2.GIFTS)).isEqualTo(viaStream);
    }
    LiveSnapshot snapshot;
    try (GiftFile f = GiftReader.strict().open(file)) {
      snapshot = f.stream().parallel().collect(Files2.GIFTS.toSnapshot());
    }
    try (GiftFile f = GiftReader.strict().withChunkBytes(64).open(file)) {
      assertThat(f.snapshot(Files2.GIFTS)).isEqualTo(snapshot);
    }
    assertThat(snapshot.earnings().bySender().values()).isNotEmpty().allSatisfy(row -> assertThat(row.name()).isPresent());
  }

  @ParameterizedTest
  @ValueSource(strings = {"ab", "WebcastLog2"})
  void twoFilesSettlersCombineAsOneFile(String capture) throws Exception {
    Path file = Files2.resource("live-gifts/" + capture + ".csv");
    List<String> lines = java.nio.file.Files.readAllLines(file);
    int cut = lines.size() / 2;
    Path first = java.nio.file.Files.write(dir.resolve("first.csv"), lines.subList(0, cut));
    List<String> rest = new java.util.ArrayList<>(List.of(lines.get(0)));
    rest.addAll(lines.subList(cut, lines.size()));
    Path second = java.nio.file.Files.write(dir.resolve("second.csv"), rest);
    LiveSnapshot whole;
    try (GiftFile f = GiftReader.strict().open(file)) {
      whole = f.snapshot(Files2.GIFTS);
    }
    try (GiftFile a = GiftReader.strict().open(first); GiftFile b = GiftReader.strict().open(second)) {
      GiftSettler s = a.settler(Files2.GIFTS).combine(b.settler(Files2.GIFTS));
      assertThat(s.snapshot()).isEqualTo(whole);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"live-gifts/log.csv", "live-gifts/connector/log.ndjson"})
  void eachIdIsOneSharedStringInAFile(String name) throws Exception {
    List<GiftEvent> events = GiftReader.strict().read(Files2.resource(name)).records();
    java.util.Map<String, String> first = new java.util.HashMap<>();
    int repeats = 0;
    for (GiftEvent e : events) {
      for (String id : List.of(e.senderId(), e.hostId())) {
        String seen = first.putIfAbsent(id, id);
        if (seen != null) {
          assertThat(id).isSameAs(seen);
          repeats++;
        }
      }
    }
    assertThat(repeats).isEqualTo(2 * events.size() - first.size()).isPositive();
  }
}
