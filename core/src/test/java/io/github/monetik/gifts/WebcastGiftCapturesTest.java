package io.github.monetik.gifts;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.monetik.Monetik;
import io.github.monetik.testing.WebcastGenerators;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * TikTok's own bytes against their CSV twins: every recorded {@code WebcastGiftMessage} payload in
 * {@code src/test/resources/live-gifts/raw} decodes to the row of {@code ../<capture>.csv} on the same
 * line, and each capture settles exactly as its CSV does (see {@link LiveGiftsReplayTest} for the hand
 * counts).
 *
 * <p>The CSVs carry pseudonyms where the payloads carry (pseudonymised) numeric ids: a CSV's
 * {@code sender_id} and {@code sender_name} are the payload's nickname and display id, and also
 * {@code "user-"} and the first 8 hex digits of {@code format(id, "%015x")} of the decoded sender id;
 * its {@code host} is {@code "host-"} and the same of the decoded recipient id (raw/README.md).
 */
class WebcastGiftCapturesTest {
  private final Gifts gifts = Monetik.defaults().gifts();

  static List<String> captures() {
    return WebcastGenerators.CAPTURES;
  }

  static String pseudonym(String prefix, String decimalId) {
    return prefix + String.format("%015x", Long.parseLong(decimalId)).substring(0, 8);
  }

  /** The decoded event as the CSV names it: pseudonyms for the sender and the host. */
  static GiftEvent asInCsv(GiftEvent e) {
    return GiftEvent.builder().from(e).senderId(pseudonym("user-", e.senderId()))
        .hostId(pseudonym("host-", e.hostId())).build();
  }

  static List<GiftEvent> decoded(String capture) {
    return WebcastGenerators.payloads(capture).stream().map(WebcastGiftDecoder::decode).collect(Collectors.toList());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("captures")
  void everyPayloadDecodesToItsCsvRow(String capture) {
    List<String> csv = WebcastGenerators.lines("/live-gifts/" + capture + ".csv");
    List<String> b64 = WebcastGenerators.lines("/live-gifts/raw/" + capture + ".b64");
    assertThat(csv.get(0)).isEqualTo("timestamp,host,message_id,sender_id,sender_name,gift_id,gift_name,"
        + "coins_per_gift,gift_type,repeat_count,repeat_end,group_id");
    assertThat(b64).hasSize(csv.size() - 1);
    for (int k = 0; k < b64.size(); k++) {
      GiftEvent e = WebcastGiftDecoder.decodeBase64(b64.get(k));
      String[] f = csv.get(k + 1).split(",");
      String row = capture + " row " + (k + 1);
      assertThat(e.timestamp()).as(row).isEqualTo(Instant.parse(f[0]));
      assertThat(pseudonym("host-", e.hostId())).as(row).isEqualTo(f[1]);
      assertThat(e.messageId()).as(row).isEqualTo(Long.parseLong(f[2]));
      assertThat(pseudonym("user-", e.senderId())).as(row).isEqualTo(f[3]);
      assertThat(e.senderName()).as(row).contains(f[4]).contains(f[3]);
      assertThat(e.giftId()).as(row).isEqualTo(Long.parseLong(f[5]));
      assertThat(e.giftName()).as(row).contains(f[6]);
      assertThat(e.coinsPerGift()).as(row).isEqualTo(Long.parseLong(f[7]));
      assertThat(e.repeatable()).as(row).isEqualTo(f[8].equals("1"));
      assertThat(e.repeatCount()).as(row).isEqualTo(Integer.parseInt(f[9]));
      assertThat(e.repeatEnd()).as(row).isEqualTo(f[10].equals("1"));
      assertThat(e.groupId()).as(row).isEqualTo(Long.parseLong(f[11]));
      // The CSV reader of the replay test reads the same row to the same event, names included.
      assertThat(asInCsv(e)).as(row).isEqualTo(csvEvents(capture).get(k));
    }
  }

  private static List<GiftEvent> csvEvents(String capture) {
    try {
      return LiveGiftsReplayTest.read(capture + ".csv");
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("captures")
  void everyCaptureSettlesExactlyAsItsCsvTwin(String capture) {
    ComboSettlement fromCsv = gifts.settle(csvEvents(capture));
    List<GiftEvent> decoded = decoded(capture);

    // With the CSV's pseudonyms, the settlement is the same value: gifts, combos, issues, totals.
    ComboSettlement fromBytes = gifts.settle(decoded.stream().map(WebcastGiftCapturesTest::asInCsv)
        .collect(Collectors.toList()));
    assertThat(fromBytes).isEqualTo(fromCsv);

    // With the decoded ids as they are, the same totals and the same combos under the mapping.
    ComboSettlement raw = gifts.settle(decoded);
    assertThat(raw.messages()).isEqualTo(fromCsv.messages());
    assertThat(raw.settledCoins()).isEqualTo(fromCsv.settledCoins());
    assertThat(raw.settledGifts()).isEqualTo(fromCsv.settledGifts());
    assertThat(raw.openCoins()).isEqualTo(fromCsv.openCoins());
    assertThat(raw.openGifts()).isEqualTo(fromCsv.openGifts());
    assertThat(raw.naiveCoins()).isEqualTo(fromCsv.naiveCoins());
    assertThat(raw.open()).hasSameSizeAs(fromCsv.open());
    assertThat(mapped(raw.settled())).containsExactlyInAnyOrderElementsOf(fromCsv.settled());
    assertThat(mapped(raw.open())).containsExactlyInAnyOrderElementsOf(fromCsv.open());
    assertThat(raw.issues()).extracting(SettlementIssue::kind)
        .containsExactlyInAnyOrderElementsOf(fromCsv.issues().stream().map(SettlementIssue::kind).collect(Collectors.toList()));
    // And through the batch entry point without a catalog.
    assertThat(io.github.monetik.testing.TestRules.uncheckedGifts().settle(decoded).settledCoins()).isEqualTo(fromCsv.settledCoins());
  }

  private static List<CountedGift> mapped(List<CountedGift> gifts) {
    List<CountedGift> out = new ArrayList<>();
    for (CountedGift g : gifts) {
      out.add(CountedGift.builder().from(g).senderId(pseudonym("user-", g.senderId()))
          .hostId(pseudonym("host-", g.hostId())).build());
    }
    return out;
  }

  @Test
  void theThreeWindowsOfOneLiveSettleFromTheirBytesAsFromTheirCsvs() {
    List<GiftEvent> live = new ArrayList<>();
    for (String capture : List.of("log", "link", "dupa")) {
      live.addAll(decoded(capture));
    }
    ComboSettlement s = gifts.settle(live);
    assertThat(s.settledCoins().count()).isEqualTo(9 + 14 + 8);
    assertThat(s.openCoins().count()).isEqualTo(14 + 23 + 9);
    assertThat(live).extracting(GiftEvent::hostId).containsOnly(live.get(0).hostId());
  }

  @Test
  void theCapturesHoldWhatTheMappingRulesAreAbout() {
    List<byte[]> all = WebcastGenerators.allPayloads();
    assertThat(all).hasSize(136);
    // Every payload states its repeat count, names its sender both ways and its gift; 34 close a combo.
    List<GiftEvent> events = all.stream().map(WebcastGiftDecoder::decode).collect(Collectors.toList());
    assertThat(events).allSatisfy(e -> {
      assertThat(e.repeatCount()).isPositive();
      assertThat(e.senderName()).isPresent();
      assertThat(e.giftName()).isPresent();
    });
    assertThat(events).filteredOn(GiftEvent::repeatEnd).hasSize(34);
    assertThat(events).filteredOn(e -> !e.repeatable()).hasSize(4).allSatisfy(e -> assertThat(e.groupId()).isZero());
    // No payload has toUser (field 8): every host comes from userGiftReciever (23.1), so a default
    // host is never used.
    assertThat(all).allSatisfy(p -> assertThat(WebcastGiftDecoder.decode(p, "fallback-host")).isEqualTo(WebcastGiftDecoder.decode(p)));
  }
}
