package io.github.monetik.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.monetik.gifts.GiftCatalog;
import io.github.monetik.gifts.GiftEvent;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * A message whose fields each pass the reader's checks but which core still refuses (a rule the
 * reader does not check yet) is the record's error, in both modes, never core's exception escaping
 * and never a record dropped without a word. No file reaches this today (the readers check every rule
 * core has); a sink that refuses stands in for the next rule core adds.
 */
class RefusedMessageTest {
  private static final String CSV = String.join("\n",
      "timestamp,host,message_id,sender_id,sender_name,gift_id,gift_name,coins_per_gift,gift_type,repeat_count,repeat_end,group_id",
      "2023-10-04T19:19:36.790Z,host-1,11,user-1,Ann,5655,Rose,1,1,3,1,7",
      "2023-10-04T19:19:37.790Z,host-1,12,user-2,Bob,5655,Rose,1,1,1,1,8", "");
  private static final String NDJSON = String.join("\n",
      "{\"common\":{\"msgId\":\"11\",\"createTime\":\"1696447176790\"},\"user\":{\"id\":\"1\"},"
          + "\"monitorInfo\":{\"anchorId\":\"9\"},\"giftId\":5655,\"repeatCount\":3,\"repeatEnd\":1,\"groupId\":\"7\","
          + "\"gift\":{\"diamondCount\":1,\"type\":1}}",
      "{\"common\":{\"msgId\":\"12\",\"createTime\":\"1696447177790\"},\"user\":{\"id\":\"2\"},"
          + "\"monitorInfo\":{\"anchorId\":\"9\"},\"giftId\":5655,\"repeatCount\":1,\"repeatEnd\":1,\"groupId\":\"8\","
          + "\"gift\":{\"diamondCount\":1,\"type\":1}}", "");

  /** Refuses message 11 as core would refuse a message it has a rule against; takes the others. */
  private static final class Refusing implements GiftSink {
    final List<Long> taken = new ArrayList<>();

    @Override
    public void gift(long messageId, long epochMilli, String senderId, @Nullable String senderName, String hostId,
        long giftId, @Nullable String giftName, long coinsPerGift, boolean repeatable, int repeatCount,
        boolean repeatEnd, long groupId) {
      if (messageId == 11) {
        throw new IllegalArgumentException("a rule core has, was message 11");
      }
      taken.add(messageId);
    }

    @Override
    public void event(GiftEvent event) {
      taken.add(event.messageId());
    }
  }

  private static LineReader lines(String text) throws IOException {
    Source src = Source.of("t", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    return new LineReader(src, 0, src.size, 1, 1 << 12);
  }

  private static Refusing readCsv(Issues issues) throws IOException {
    LineReader lines = lines(CSV);
    GiftCsv csv = new GiftCsv(CsvHeader.read(lines, issues, GiftCsv.REQUIRED, GiftCsv.OPTIONAL, true), issues);
    Refusing sink = new Refusing();
    while (lines.next()) {
      csv.decode(lines, sink);
    }
    return sink;
  }

  private static Refusing readJson(Issues issues) throws IOException {
    LineReader lines = lines(NDJSON);
    GiftJson json = new GiftJson(issues, GiftCatalog.empty(), null);
    Refusing sink = new Refusing();
    while (lines.next()) {
      json.decode(lines, sink);
    }
    return sink;
  }

  @Test
  void leniently_theRefusedRecordIsListedWithItsLineAndCoresReasonAndTheOthersAreRead() throws IOException {
    Issues csvIssues = new Issues(ReadMode.LENIENT, "t.csv");
    assertThat(readCsv(csvIssues).taken).containsExactly(12L);
    Issues jsonIssues = new Issues(ReadMode.LENIENT, "t.ndjson");
    assertThat(readJson(jsonIssues).taken).containsExactly(12L);
    for (Issues issues : List.of(csvIssues, jsonIssues)) {
      assertThat(issues.all()).singleElement().satisfies(i -> {
        assertThat(i.isError()).isTrue();
        assertThat(i.message()).isEqualTo("must be a gift message Monetik accepts (a rule core has, was message 11)");
      });
    }
    assertThat(csvIssues.all().get(0).line()).isEqualTo(2);
    assertThat(jsonIssues.all().get(0).line()).isEqualTo(1);
  }

  @Test
  void strictly_theRefusedRecordIsAnInputExceptionNamingTheSourceAndLine() {
    assertThatThrownBy(() -> readCsv(new Issues(ReadMode.STRICT, "t.csv")))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("t.csv")
        .hasMessageContaining("must be a gift message Monetik accepts (a rule core has, was message 11)");
    assertThatThrownBy(() -> readJson(new Issues(ReadMode.STRICT, "t.ndjson")))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("t.ndjson")
        .hasMessageContaining("must be a gift message Monetik accepts");
  }
}
