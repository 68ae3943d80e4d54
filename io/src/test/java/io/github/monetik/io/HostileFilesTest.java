package io.github.monetik.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.monetik.gifts.ComboSettlement;
import io.github.monetik.gifts.GiftCatalog;
import io.github.monetik.gifts.GiftEvent;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The issue's hostile files, each with its message; and the JSON shapes' edge cases. */
class HostileFilesTest {
  static final String HEADER = "timestamp,host,message_id,sender_id,sender_name,gift_id,gift_name,coins_per_gift,"
      + "gift_type,repeat_count,repeat_end,group_id";
  static final String ROW1 = "2023-12-05T15:56:34.472Z,host-1,101,user-a,Anna,5655,Rose,1,1,3,0,77";
  static final String ROW2 = "2023-12-05T15:56:35.000Z,host-1,102,user-a,Anna,5655,Rose,1,1,5,1,77";
  static final String ROW3 = "2023-12-05T15:56:36.000Z,host-1,103,user-b,,5760,Weights,1,2,1,0,0";

  @TempDir
  Path dir;

  private Path csv(String name, String... lines) throws IOException {
    return Files2.write(dir, name, String.join("\n", lines) + "\n");
  }

  private static String strictError(Path file) {
    try {
      GiftReader.strict().read(file);
    } catch (InputException e) {
      return e.getMessage();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    throw new AssertionError("no error for " + file);
  }

  @Test
  void aShortRowIsAnErrorNamingItsLine() throws IOException {
    Path f = csv("short.csv", HEADER, ROW1, "2023-12-05T15:56:35.000Z,host-1,102,user-a,Anna,5655,Rose,1,1,5,1");
    assertThat(strictError(f)).isEqualTo(f + " line 3: must have 12 fields like the header (" + HEADER
        + "), has 11, was '2023-12-05T15:56:35.000Z,host-1,102,user-a,Anna,5655,Rose,1,1,5,1'");
  }

  @Test
  void aDuplicatedHeaderColumnIsAnError() throws IOException {
    Path f = csv("dup.csv", HEADER + ",group_id", ROW1 + ",78");
    assertThat(strictError(f)).contains(f + " line 1, column 13 (group_id): must name each column once, but "
        + "'group_id' is column 12 and column 13");
    assertThatThrownBy(() -> GiftReader.lenient().read(f)).isInstanceOf(InputException.class);
  }

  @Test
  void repeatEndTwoOrBlankOneIsAnErrorNotAZero() throws IOException {
    Path two = csv("two.csv", HEADER, ROW1.replace(",3,0,77", ",3,2,77"));
    assertThat(strictError(two)).isEqualTo(two + " line 2, column 11 (repeat_end): must be 0 or 1, was '2'");
    Path blank = csv("blank.csv", HEADER, ROW1.replace(",3,0,77", ",3, 1,77"));
    assertThat(strictError(blank)).isEqualTo(blank + " line 2, column 11 (repeat_end): must be 0 or 1, was ' 1'");
  }

  @Test
  void aByteOrderMarkAndCrlfAreAccepted() throws IOException {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] text = (HEADER + "\r\n" + ROW1 + "\r\n" + ROW2 + "\r\n").getBytes(StandardCharsets.UTF_8);
    byte[] all = new byte[bom.length + text.length];
    System.arraycopy(bom, 0, all, 0, 3);
    System.arraycopy(text, 0, all, 3, text.length);
    Path f = Files2.write(dir, "bom.csv", all);
    ReadResult<GiftEvent> r = GiftReader.strict().read(f);
    assertThat(r.issues()).isEmpty();
    assertThat(r.records()).hasSize(2);
    assertThat(r.records().get(1).repeatEnd()).isTrue();
    assertThat(r.records().get(1).groupId()).isEqualTo(77);
    assertThat(Files2.settle(r.records()).settledCoins().count()).isEqualTo(5);
  }

  @Test
  void lineNumbersAreExactAlsoInLaterChunksOfAParallelRead() throws IOException {
    StringBuilder b = new StringBuilder(HEADER).append('\n');
    for (int i = 0; i < 5_000; i++) {
      b.append(i == 3_210 ? ROW1.replace(",Rose,1,", ",Rose,x,") : ROW1.replace(",101,", "," + (1000 + i) + ","))
          .append('\n');
    }
    Path f = Files2.write(dir, "many.csv", b.toString());
    List<InputIssue> issues;
    try (GiftFile file = GiftReader.lenient().withChunkBytes(1 << 12).open(f)) {
      assertThat(file.stream().parallel().count()).isEqualTo(4_999);
      issues = file.issues();
    }
    assertThat(issues).singleElement().hasToString(f + " line 3212, column 8 (coins_per_gift): must be a whole number,"
        + " was 'x'");
    try (GiftFile file = GiftReader.lenient().withChunkBytes(1 << 12).open(f)) {
      assertThat(file.settle(Files2.GIFTS).messages()).isEqualTo(4_999);
      assertThat(file.issues()).isEqualTo(issues);
    }
  }

  @Test
  void anEmptyFileOrAWrongHeaderIsAnErrorInEitherMode() throws IOException {
    Path empty = Files2.write(dir, "empty.csv", "");
    assertThatThrownBy(() -> GiftReader.lenient().read(empty)).isInstanceOf(InputException.class)
        .hasMessage(empty + ": must hold gift messages (the input is empty)");
    Path wrong = csv("wrong.csv", "timestamp,sender,host,gift_id,count,coins_per_gift", "2025-03-01T18:00:00Z,u,h,1,1,1");
    assertThatThrownBy(() -> GiftReader.lenient().read(wrong)).isInstanceOf(InputException.class)
        .hasMessageContaining(wrong + " line 1: must be a header with the columns timestamp,host,message_id,")
        .hasMessageContaining("missing [message_id, sender_id, repeat_count, repeat_end, group_id, gift_type]"
            .replace("repeat_count, repeat_end, group_id, gift_type", "gift_type, repeat_count, repeat_end, group_id"));
  }

  @Test
  void anUnbalancedQuoteNamesTheFileAndLine() throws IOException {
    Path f = csv("quote.csv", HEADER, ROW1.replace(",Anna,", ",\"Anna,"));
    assertThat(strictError(f)).startsWith(f + " line 2, column 5 (sender_name): must be a CSV record; it has a quote"
        + " that is not closed on its line");
  }

  @Test
  void aDirectoryOrAMissingFileIsAnIoErrorNamingThePath() {
    assertThatThrownBy(() -> GiftReader.strict().open(dir)).isInstanceOf(IOException.class)
        .hasMessage(dir + ": is a directory, not a file");
    Path missing = dir.resolve("nope.csv");
    assertThatThrownBy(() -> GiftReader.strict().open(missing)).isInstanceOf(NoSuchFileException.class)
        .hasMessageContaining(missing.toString());
  }

  @Test
  void lenientKeepsTheGoodRecordsAndListsEveryBadOne() throws IOException {
    Path f = csv("mixed.csv", HEADER, ROW1, ROW2.replace("2023-12-05T15:56:35.000Z", "yesterday"), ROW3,
        ROW3.replace(",103,", ",104,").replace(",user-b,", ",,"));
    ReadResult<GiftEvent> r = GiftReader.lenient().read(f);
    assertThat(r.records()).extracting(GiftEvent::messageId).containsExactly(101L, 103L);
    assertThat(r.issues()).extracting(InputIssue::toString).containsExactly(
        f + " line 3, column 1 (timestamp): must be an ISO-8601 instant such as 2023-12-05T15:56:34.472Z, or epoch"
            + " seconds or milliseconds, was 'yesterday'",
        f + " line 5, column 4 (sender_id): must not be blank, was ''");
    assertThat(r.records().get(1).senderName()).isEmpty();
  }

  @Test
  void quotedCsvFieldsAndEpochTimesAreRead() throws IOException {
    Path f = csv("quoted.csv", HEADER, "1701791794,host-1,101,user-a,\"Anna, \"\"A\"\"\",5655,\"Rose\",1,1,3,1,77");
    GiftEvent e = GiftReader.strict().read(f).records().get(0);
    assertThat(e.senderName()).contains("Anna, \"A\"");
    assertThat(e.timestamp()).isEqualTo(Instant.ofEpochSecond(1701791794));
  }

  // ---- JSON shapes

  static final String CONNECTOR = "{\"common\":{\"msgId\":\"7309139779504769825\",\"createTime\":\"1701791794472\"},"
      + "\"giftId\":\"5655\",\"repeatCount\":3,\"repeatEnd\":1,\"groupId\":\"1701791794436\","
      + "\"user\":{\"id\":\"336724977565342539\",\"nickname\":\"Anna\",\"displayId\":\"anna\"},"
      + "\"monitorInfo\":{\"anchorId\":\"866537828443267941\"},"
      + "\"gift\":{\"id\":\"5655\",\"name\":\"Rose\",\"diamondCount\":1,\"type\":1}}";

  private Path ndjson(String name, String... lines) throws IOException {
    return Files2.write(dir, name, String.join("\n", lines) + "\n");
  }

  @Test
  void connectorIdsAreExactAsStringsOrNumbers() throws IOException {
    Path f = ndjson("ids.ndjson", CONNECTOR, CONNECTOR.replace("\"7309139779504769825\"", "7309139779504769826")
        .replace("\"336724977565342539\"", "336724977565342539"));
    List<GiftEvent> r = GiftReader.strict().read(f).records();
    assertThat(r).extracting(GiftEvent::messageId).containsExactly(7309139779504769825L, 7309139779504769826L);
    assertThat(r).extracting(GiftEvent::senderId).containsOnly("336724977565342539");
    assertThat(r.get(0).hostId()).isEqualTo("866537828443267941");
    assertThat(r.get(0).senderName()).contains("Anna");
    assertThat(r.get(0).timestamp()).isEqualTo(Instant.ofEpochMilli(1701791794472L));
  }

  @Test
  void secondsAndMillisecondsAreTold() throws IOException {
    Path f = ndjson("times.ndjson", CONNECTOR.replace("\"1701791794472\"", "1701791794"),
        CONNECTOR.replace("\"1701791794472\"", "\"2023-12-05T15:56:34.472Z\""));
    List<GiftEvent> r = GiftReader.strict().read(f).records();
    assertThat(r.get(0).timestamp()).isEqualTo(Instant.ofEpochSecond(1701791794));
    assertThat(r.get(1).timestamp()).isEqualTo(Instant.ofEpochMilli(1701791794472L));
  }

  @Test
  void aGiftMessageTimeOutsideTwoThousandToTwentyOneHundredIsAnErrorNotASettlerCrash() throws IOException {
    Path f = csv("old.csv", HEADER, ROW1.replace("2023-12-05T15:56:34.472Z", "1999-12-31T23:59:59.999Z"), ROW2,
        ROW3.replace("2023-12-05T15:56:36.000Z", "2100-01-01T00:00:00Z"));
    String range = "must be a time from 2000-01-01 to 2099-12-31 (a gift message's range)";
    ReadResult<GiftEvent> r = GiftReader.lenient().read(f);
    assertThat(r.records()).extracting(GiftEvent::messageId).containsExactly(102L);
    assertThat(r.issues()).extracting(InputIssue::toString).containsExactly(
        f + " line 2, column 1 (timestamp): " + range + ", was '1999-12-31T23:59:59.999Z'",
        f + " line 4, column 1 (timestamp): " + range + ", was '2100-01-01T00:00:00Z'");
    try (GiftFile file = GiftReader.lenient().open(f)) {
      assertThat(file.snapshot(Files2.GIFTS).messages()).isEqualTo(1);
    }
    Path json = ndjson("old.ndjson", CONNECTOR.replace("\"1701791794472\"", "946684799"),
        CONNECTOR.replace("\"1701791794472\"", "946684800"));
    ReadResult<GiftEvent> j = GiftReader.lenient().read(json);
    assertThat(j.records()).extracting(GiftEvent::timestamp).containsExactly(Instant.parse("2000-01-01T00:00:00Z"));
    assertThat(j.issues()).extracting(InputIssue::toString).containsExactly(
        json + " line 1, column 55 (common.createTime): " + range + ", was '946684799'");
  }

  /** Found by ByteSoupPropertiesTest (seed 47759762097599): a '-' over a group id's first digit. */
  @Test
  void aNegativeGroupIdIsAnIssueNotAnUndocumentedException() throws IOException {
    String rule = "must be a group id >= 0 (TikTok's are the combo's start in milliseconds; 0 for none)";
    Path f = csv("minus.csv", HEADER, ROW1.replace(",77", ",-77"), ROW2);
    ReadResult<GiftEvent> r = GiftReader.lenient().read(f);
    assertThat(r.records()).extracting(GiftEvent::messageId).containsExactly(102L);
    assertThat(r.issues()).extracting(InputIssue::toString)
        .containsExactly(f + " line 2, column 12 (group_id): " + rule + ", was '-77'");
    assertThat(strictError(f)).isEqualTo(f + " line 2, column 12 (group_id): " + rule + ", was '-77'");
    Path json = ndjson("minus.ndjson", CONNECTOR.replace("\"1701791794436\"", "-701791794436"), CONNECTOR);
    ReadResult<GiftEvent> j = GiftReader.lenient().read(json);
    assertThat(j.records()).extracting(GiftEvent::groupId).containsExactly(1701791794436L);
    assertThat(j.issues()).extracting(InputIssue::toString).singleElement().asString()
        .startsWith(json + " line 1, column ").endsWith(" (groupId): " + rule + ", was '-701791794436'");
    try (GiftFile file = GiftReader.lenient().open(f)) {
      assertThat(file.snapshot(Files2.GIFTS).messages()).isEqualTo(1);
    }
  }

  /** Found by ByteSoupPropertiesTest's every-field test: a year beyond long milliseconds overflowed. */
  @Test
  void aTimeBeyondLongMillisecondsIsAnIssueNotAnOverflow() throws IOException {
    Path f = csv("far.csv", HEADER, ROW1.replace("2023-12-05T15:56:34.472Z", "+999999999-12-31T23:59:59Z"), ROW2);
    ReadResult<GiftEvent> r = GiftReader.lenient().read(f);
    assertThat(r.records()).extracting(GiftEvent::messageId).containsExactly(102L);
    assertThat(r.issues()).extracting(InputIssue::toString).containsExactly(
        f + " line 2, column 1 (timestamp): must be a time from 1970 to 9999, was '+999999999-12-31T23:59:59Z'");
    assertThat(Text.checkedMillis(Instant.parse("9999-12-31T23:59:59.999Z"))).isEqualTo(Text.MAX_MILLIS);
  }

  @Test
  void aNumberThatLostItsDigitsIsRefused() throws IOException {
    Path f = ndjson("float.ndjson", CONNECTOR.replace("\"7309139779504769825\"", "7.309139779504770e18"));
    assertThat(strictError(f)).isEqualTo(f + " line 1, column 20 (common.msgId): must be a whole number within 64"
        + " bits (as a number or a decimal string), was '7.309139779504770e18'");
  }

  @Test
  void malformedLinesAndOtherEventsAreListedNotSkipped() throws IOException {
    Path f = ndjson("mixed.ndjson", CONNECTOR, "{\"comment\":\"hi\",\"userId\":\"1\"}", "{\"common\":", "[1]",
        CONNECTOR.replace("\"repeatCount\":3", "\"repeatCount\":3,\"repeatCount\":4"));
    ReadResult<GiftEvent> r = GiftReader.lenient().read(f);
    assertThat(r.records()).hasSize(1);
    assertThat(r.issues()).extracting(InputIssue::toString).containsExactly(
        f + " line 2 (giftId): must be a gift event with a giftId (gift_id)",
        f + " line 3, column 11: must be well-formed JSON (Unexpected end-of-input within/between Object entries),"
            + " was '{\"common\":'",
        f + " line 4, column 1: must be a JSON object, one gift event per line, was '[1]'",
        f + " line 5 (repeatCount): must appear once in the object (it appears twice)");
  }

  @Test
  void aRecordWithoutRecipientNeedsTheDefaultHost() throws IOException {
    Path f = ndjson("nohost.ndjson", CONNECTOR.replace(",\"monitorInfo\":{\"anchorId\":\"866537828443267941\"}", ""));
    assertThat(strictError(f)).isEqualTo(f + " line 1 (monitorInfo.anchorId): must be given (the record has no such field)");
    ReadResult<GiftEvent> r = GiftReader.strict().withDefaultHost("host-9").read(f);
    assertThat(r.records().get(0).hostId()).isEqualTo("host-9");
    assertThat(r.issues()).singleElement().satisfies(i -> assertThat(i.toString()).contains("note: the record names"
        + " no recipient").contains("'host-9' is used (1 record)"));
  }

  static final String SNAKE = "{\"common\":{\"msg_id\":\"11\",\"create_time\":\"1701791794472\"},\"gift_id\":5655,"
      + "\"repeat_count\":7,\"repeat_end\":1,\"group_id\":\"5\",\"user\":{\"id\":\"42\",\"nick_name\":\"Kai\"},"
      + "\"to_user\":{\"id\":\"9\"},\"gift\":{\"id\":5655,\"name\":\"Rose\",\"diamond_count\":1,\"type\":1}}";
  static final String FLAT = "{\"msgId\":\"12\",\"createTime\":\"1701791794472\",\"userId\":\"43\",\"uniqueId\":\"lu\","
      + "\"giftId\":5879,\"repeatCount\":2,\"repeatEnd\":true,\"groupId\":\"6\",\"diamondCount\":30,"
      + "\"giftType\":1,\"giftName\":\"Doughnut\",\"receiverUserId\":\"9\"}";

  @Test
  void tikTokLiveSnakeCaseAndConnector1xFlatShapesAreRead() throws IOException {
    List<GiftEvent> r = GiftReader.strict().read(ndjson("shapes.ndjson", SNAKE, FLAT)).records();
    assertThat(r.get(0)).satisfies(e -> {
      assertThat(e.senderName()).contains("Kai");
      assertThat(e.hostId()).isEqualTo("9");
      assertThat(e.repeatCount()).isEqualTo(7);
      assertThat(e.repeatEnd()).isTrue();
    });
    assertThat(r.get(1)).satisfies(e -> {
      assertThat(e.coinsPerGift()).isEqualTo(30);
      assertThat(e.repeatable()).isTrue();
      assertThat(e.giftName()).contains("Doughnut");
      assertThat(e.senderName()).contains("lu");
    });
    assertThat(Files2.settle(r).settledCoins().count()).isEqualTo(7 + 60);
  }

  @Test
  void aJsonArrayIsReadAndABrokenOneSaysWhereItStopped() throws IOException {
    Path ok = Files2.write(dir, "array.json", "[\n" + CONNECTOR + ",\n" + CONNECTOR.replace("7309139779504769825",
        "7309139779504769826") + "\n]\n");
    try (GiftFile f = GiftReader.strict().open(ok)) {
      assertThat(f.format()).isEqualTo(GiftFormat.JSON_ARRAY);
      assertThat(f.stream().count()).isEqualTo(2);
    }
    Path broken = Files2.write(dir, "broken.json", "[\n" + CONNECTOR + ",\n{\"giftId\": }\n]");
    ReadResult<GiftEvent> r = GiftReader.lenient().read(broken);
    assertThat(r.records()).hasSize(1);
    assertThat(r.issues()).singleElement().satisfies(i -> assertThat(i.toString())
        .startsWith(broken + " line 3, column 12: must be well-formed JSON (Unexpected character").endsWith("the rest of the input is not read"));
  }

  @Test
  void rawPayloadsAreDecodedByCoresDecoderAndABadOneSaysWhy() throws IOException {
    Path bad = Files2.write(dir, "bad.b64", "CgQIAhAB\n!!!!\n");
    ReadResult<GiftEvent> r = GiftReader.lenient().read(bad);
    assertThat(r.records()).isEmpty();
    assertThat(r.issues()).hasSize(2);
    assertThat(r.issues().get(0).toString()).isEqualTo(bad + " line 1 (payload): must be a WebcastGiftMessage (it has"
        + " no common.createTime (field 1.4))");
    assertThat(r.issues().get(1).toString()).startsWith(bad + " line 2, column 1 (payload): must be one standard-base64 payload");
  }

  @Test
  void aPayloadNamingNoRecipientGoesToTheDefaultHostWithANote() throws IOException {
    // common {msgId 1, createTime 1701791794472}, giftId 5655, repeatCount 1, user {id 43}, gift {type 1, diamondCount 1}
    byte[] common = concat(new byte[] {0x10, 0x01, 0x20}, varint(1701791794472L));
    byte[] payload = concat(new byte[] {0x0a, (byte) common.length}, common, new byte[] {0x10}, varint(5655),
        new byte[] {0x28, 0x01, 0x3a, 0x02, 0x08, 0x2b, 0x7a, 0x04, 0x58, 0x01, 0x60, 0x01});
    Path f = Files2.write(dir, "nohost.b64", java.util.Base64.getEncoder().encodeToString(payload) + "\n");
    assertThat(strictError(f)).isEqualTo(f + " line 1 (payload): must be a WebcastGiftMessage (it names no recipient:"
        + " no toUser.id (field 8.1) and no userGiftReciever.userId (field 23.1))");
    ReadResult<GiftEvent> r = GiftReader.strict().withDefaultHost("9").read(f);
    assertThat(r.records()).singleElement().satisfies(e -> {
      assertThat(e.hostId()).isEqualTo("9");
      assertThat(e.senderId()).isEqualTo("43");
      assertThat(e.giftId()).isEqualTo(5655);
    });
    assertThat(r.issues()).singleElement().satisfies(i -> {
      assertThat(i.severity()).isEqualTo(InputIssue.Severity.NOTE);
      assertThat(i.message()).contains("the reader's default host '9' is used");
    });
  }

  private static byte[] varint(long v) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    while ((v & ~0x7fL) != 0) {
      out.write((int) ((v & 0x7f) | 0x80));
      v >>>= 7;
    }
    out.write((int) v);
    return out.toByteArray();
  }

  private static byte[] concat(byte[]... parts) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.write(p, 0, p.length);
    }
    return out.toByteArray();
  }

  @Test
  void lengthDelimitedPayloadsAreRead() throws Exception {
    List<String> lines = java.nio.file.Files.readAllLines(Files2.resource("live-gifts/raw/log.b64"));
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    for (String line : lines) {
      byte[] p = java.util.Base64.getDecoder().decode(line);
      int n = p.length;
      while (n >= 0x80) {
        out.write((n & 0x7f) | 0x80);
        n >>>= 7;
      }
      out.write(n);
      out.write(p);
    }
    Path f = Files2.write(dir, "log.bin", out.toByteArray());
    ReadResult<GiftEvent> r = GiftReader.strict().read(f);
    assertThat(r.records()).hasSize(lines.size());
    assertThat(Files2.settle(CapturesTest.asCsvIds(r.records())))
        .isEqualTo(Files2.settle(CapturesTest.csv("log").records()));
  }

  @Test
  void streamsAreReadInOrderWithExactLines() throws IOException {
    byte[] csv = ("\uFEFF" + HEADER + "\r\n" + ROW1 + "\r\n" + ROW2.replace(",1,1,5,1,", ",1,1,5,7,") + "\r\n" + ROW3)
        .getBytes(StandardCharsets.UTF_8);
    try (GiftFile f = GiftReader.lenient().open("upload.csv", new java.io.ByteArrayInputStream(csv))) {
      assertThat(f.format()).isEqualTo(GiftFormat.CSV);
      assertThat(f.stream().parallel().map(GiftEvent::messageId).toList()).containsExactly(101L, 103L);
      assertThat(f.issues()).singleElement().hasToString("upload.csv line 3, column 11 (repeat_end): must be 0 or 1,"
          + " was '7'");
    }
    byte[] json = (CONNECTOR + "\n" + CONNECTOR).getBytes(StandardCharsets.UTF_8);
    try (GiftFile f = GiftReader.strict().open("upload.ndjson", new java.io.ByteArrayInputStream(json))) {
      assertThat(f.format()).isEqualTo(GiftFormat.NDJSON);
      assertThat(f.settle(Files2.GIFTS).messages()).isEqualTo(2);
    }
  }

  @Test
  void anUnknownGiftWithoutPriceIsNeverGuessed() throws IOException {
    Path f = ndjson("legacy.ndjson", "{\"msgId\":\"1\",\"createTime\":\"1701791794472\",\"userId\":\"43\","
        + "\"giftId\":\"99999\",\"repeatCount\":1,\"repeatEnd\":false,\"groupId\":\"6\","
        + "\"monitorInfo\":{\"anchorId\":\"9\"}}");
    assertThat(strictError(f)).isEqualTo(f + " line 1 (gift.diamondCount): must be given for gift 99999: the record"
        + " states no price (gift.diamondCount) and no type (gift.type) and the catalog (0 gifts) does not know the"
        + " gift; give the reader a catalog that does");
    assertThat(GiftReader.lenient().withCatalog(GiftCatalog.empty()).read(f).records()).isEmpty();
  }
}
