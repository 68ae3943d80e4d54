package io.github.monetik.gifts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.monetik.testing.ProtoWriter;
import io.github.monetik.testing.WebcastGenerators;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The decoder's mapping rules and its errors, one example each. */
class WebcastGiftDecoderTest {
  private static final String NOT = "payload is not a WebcastGiftMessage: ";

  /** A complete gift message of 3 Roses, field by field as {@code raw/README.md} lists them. */
  static ProtoWriter roses() {
    return ProtoWriter.message()
        .message(1, ProtoWriter.message().varint(2, 7286184974634765062L).varint(3, 42).varint(4, 1696447176790L))
        .varint(2, 5655)
        .varint(5, 3)
        .varint(6, 1)
        .message(7, ProtoWriter.message().varint(1, 327594395382949711L).string(3, "Anna").string(38, "anna.live"))
        .varint(11, 1696447170769L)
        .message(15, ProtoWriter.message().varint(5, 5655).varint(10, 1).varint(11, 1).varint(12, 1).string(16, "Rose"))
        .message(23, ProtoWriter.message().varint(1, 313682081971638141L).varint(8, 313682081971638141L));
  }

  static GiftEvent.Builder expected() {
    return GiftEvent.builder().messageId(7286184974634765062L).timestamp(Instant.ofEpochMilli(1696447176790L))
        .senderId("327594395382949711").senderName("Anna").hostId("313682081971638141").giftId(5655).giftName("Rose")
        .coinsPerGift(1).repeatable(true).repeatCount(3).repeatEnd(false).groupId(1696447170769L);
  }

  /** {@code m} without its top-level fields numbered {@code field}. */
  static ProtoWriter without(ProtoWriter m, int field) {
    m.fields().removeIf(f -> ProtoWriter.fieldNumber(f) == field);
    return m;
  }

  static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }

  static byte[] bytes(int... values) {
    byte[] b = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      b[i] = (byte) values[i];
    }
    return b;
  }

  static void refused(byte[] payload, String message) {
    assertThatThrownBy(() -> WebcastGiftDecoder.decode(payload)).isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage(message);
  }

  @Test
  void decodesEveryMappedField() {
    assertThat(WebcastGiftDecoder.decode(roses().toByteArray())).isEqualTo(expected().build());
  }

  @Test
  void aRealPayloadDecodes() {
    GiftEvent e = WebcastGiftDecoder.decode(WebcastGenerators.payloads("WebcastLog2").get(0));
    assertThat(e).isEqualTo(GiftEvent.builder().messageId(7286184974634765062L)
        .timestamp(Instant.parse("2023-10-04T19:19:36.790Z")).senderId("327594395382949711").senderName("user-48bd95de")
        .hostId("313682081971638141").giftId(5655).giftName("Rose").coinsPerGift(1).repeatable(true).repeatCount(34)
        .repeatEnd(false).groupId(1696447170769L).build());
  }

  @Test
  void anAbsentOrZeroRepeatCountCountsAsOneGift() {
    assertThat(WebcastGiftDecoder.decode(without(roses(), 5).toByteArray()).repeatCount()).isEqualTo(1);
    assertThat(WebcastGiftDecoder.decode(without(roses(), 5).varint(5, 0).toByteArray()).repeatCount()).isEqualTo(1);
    // A non-repeatable gift without a count is one gift, as the LIVE clients count it.
    ProtoWriter single = without(without(roses(), 5), 15)
        .message(15, ProtoWriter.message().varint(5, 7934).varint(11, 4).varint(12, 1).string(16, "Heart Me"));
    GiftEvent heart = WebcastGiftDecoder.decode(single.toByteArray());
    assertThat(heart.repeatable()).isFalse();
    assertThat(heart.naiveCoins().count()).isEqualTo(1);
  }

  @Test
  void aNegativeOrOutOfRangeCountIsRefused() {
    refused(without(roses(), 5).varint(5, -1).toByteArray(), NOT + "repeatCount (field 5) must be >= 0, was -1");
    ProtoWriter huge = without(roses(), 5).varint(5, 1L << 40);
    int at = huge.toByteArray().length - huge.fields().get(huge.fields().size() - 1).length;
    refused(huge.toByteArray(), NOT + "repeatCount (field 5) at byte " + at + " is out of the int32 range, was 1099511627776");
    ProtoWriter price = without(roses(), 15).message(15, ProtoWriter.message().varint(5, 5655).varint(12, -5));
    refused(price.toByteArray(), NOT + "gift.diamondCount (field 15.12) must be >= 0, was -5");
    refused(without(roses(), 11).varint(11, -2).toByteArray(), NOT + "groupId (field 11) must be >= 0, was -2");
  }

  @Test
  void onlyGiftTypeOneIsRepeatable() {
    for (int type : new int[] {0, 2, 4, -1, 3}) {
      ProtoWriter m = without(roses(), 15)
          .message(15, ProtoWriter.message().varint(5, 5655).varint(10, 1).varint(11, type).varint(12, 1));
      assertThat(WebcastGiftDecoder.decode(m.toByteArray()).repeatable()).as("type %d", type).isFalse();
    }
  }

  @Test
  void repeatEndIsAnyNonZeroValue() {
    assertThat(WebcastGiftDecoder.decode(roses().varint(9, 1).toByteArray()).repeatEnd()).isTrue();
    assertThat(WebcastGiftDecoder.decode(roses().varint(9, 7).toByteArray()).repeatEnd()).isTrue();
    assertThat(WebcastGiftDecoder.decode(roses().varint(9, 0).toByteArray()).repeatEnd()).isFalse();
  }

  @Test
  void theHostIsToUserThenTheGiftRecieverThenTheCallersDefault() {
    ProtoWriter toUser = roses().message(8, ProtoWriter.message().varint(1, 555).string(3, "guest"));
    assertThat(WebcastGiftDecoder.decode(toUser.toByteArray()).hostId()).isEqualTo("555");
    // An empty toUser (id 0) gives way to userGiftReciever.
    assertThat(WebcastGiftDecoder.decode(roses().message(8, ProtoWriter.message()).toByteArray()).hostId())
        .isEqualTo("313682081971638141");
    byte[] nobody = without(roses(), 23).toByteArray();
    refused(nobody, NOT + "it names no recipient: no toUser.id (field 8.1) and no userGiftReciever.userId (field 23.1)");
    assertThat(WebcastGiftDecoder.decode(nobody, "7130000000000000001")).isEqualTo(expected().hostId("7130000000000000001").build());
    assertThat(WebcastGiftDecoder.decodeBase64(Base64.getEncoder().encodeToString(nobody), "host-a").hostId()).isEqualTo("host-a");
    // The default is only a default.
    assertThat(WebcastGiftDecoder.decode(roses().toByteArray(), "host-a").hostId()).isEqualTo("313682081971638141");
  }

  @Test
  void theGiftIdIsFieldTwoElseTheGiftsOwnId() {
    assertThat(WebcastGiftDecoder.decode(without(roses(), 2).toByteArray()).giftId()).isEqualTo(5655);
    assertThat(WebcastGiftDecoder.decode(without(roses(), 2).varint(2, 7934).toByteArray()).giftId()).isEqualTo(7934);
    ProtoWriter neither = without(without(roses(), 2), 15).message(15, ProtoWriter.message().varint(12, 1));
    refused(neither.toByteArray(), NOT + "it has no giftId (field 2) and no gift.id (field 15.5)");
  }

  @Test
  void theSenderNameIsTheNicknameElseTheDisplayId() {
    ProtoWriter displayOnly = without(roses(), 7).message(7, ProtoWriter.message().varint(1, 327594395382949711L)
        .string(3, "").string(38, "anna.live"));
    assertThat(WebcastGiftDecoder.decode(displayOnly.toByteArray()).senderName()).contains("anna.live");
    ProtoWriter none = without(roses(), 7).message(7, ProtoWriter.message().varint(1, 327594395382949711L));
    assertThat(WebcastGiftDecoder.decode(none.toByteArray()).senderName()).isEmpty();
    ProtoWriter noGiftName = without(roses(), 15).message(15, ProtoWriter.message().varint(5, 5655).varint(11, 1));
    GiftEvent free = WebcastGiftDecoder.decode(noGiftName.toByteArray());
    assertThat(free.giftName()).isEmpty();
    assertThat(free.coinsPerGift()).isZero(); // proto3: an absent price is 0, stated as such
  }

  @Test
  void requiredFieldsAreNamed() {
    refused(new byte[0], NOT + "it has no common.msgId (field 1.2)");
    refused(without(roses(), 1).message(1, ProtoWriter.message().varint(4, 1696447176790L)).toByteArray(),
        NOT + "it has no common.msgId (field 1.2)");
    refused(without(roses(), 1).message(1, ProtoWriter.message().varint(2, 1)).toByteArray(),
        NOT + "it has no common.createTime (field 1.4)");
    refused(without(roses(), 1).message(1, ProtoWriter.message().varint(2, 1).varint(4, -5)).toByteArray(),
        NOT + "common.createTime (field 1.4) must be in [2000-01-01T00:00:00Z, 2100-01-01T00:00:00Z) (epoch milliseconds),"
            + " was -5");
    // A time outside the bounds of GiftEvent is the decoder's error too, naming the field (it once escaped
    // as GiftEvent's own "timestamp must be in ..." without saying which bytes).
    refused(without(roses(), 1).message(1, ProtoWriter.message().varint(2, 1).varint(4, 1)).toByteArray(),
        NOT + "common.createTime (field 1.4) must be in [2000-01-01T00:00:00Z, 2100-01-01T00:00:00Z) (epoch milliseconds),"
            + " was 1");
    refused(without(roses(), 1).message(1, ProtoWriter.message().varint(2, 1).varint(4, 4_102_444_800_000L)).toByteArray(),
        NOT + "common.createTime (field 1.4) must be in [2000-01-01T00:00:00Z, 2100-01-01T00:00:00Z) (epoch milliseconds),"
            + " was 4102444800000");
    assertThat(WebcastGiftDecoder.decode(without(roses(), 1).message(1, ProtoWriter.message().varint(2, 1)
        .varint(4, 4_102_444_799_999L)).toByteArray()).timestamp()).isEqualTo(GiftEvent.LATEST.minusMillis(1));
    assertThat(WebcastGiftDecoder.decode(without(roses(), 1).message(1, ProtoWriter.message().varint(2, 1)
        .varint(4, 946_684_800_000L)).toByteArray()).timestamp()).isEqualTo(GiftEvent.EARLIEST);
    refused(without(roses(), 7).toByteArray(), NOT + "it has no sender: no user.id (field 7.1)");
    refused(without(roses(), 7).message(7, ProtoWriter.message().string(3, "Anna")).toByteArray(),
        NOT + "it has no sender: no user.id (field 7.1)");
    refused(without(roses(), 15).toByteArray(), NOT + "it has no gift (field 15), which states the price");
  }

  @Test
  void repeatedFieldsMergeAsProtobufDoes() {
    // The last scalar wins; the occurrences of a submessage merge field by field.
    ProtoWriter m = without(without(roses(), 7), 5).varint(5, 99)
        .message(7, ProtoWriter.message().varint(1, 1).string(3, "first"))
        .varint(5, 3)
        .message(7, ProtoWriter.message().varint(1, 327594395382949711L))
        .message(7, ProtoWriter.message().string(3, "Anna"));
    assertThat(WebcastGiftDecoder.decode(m.toByteArray())).isEqualTo(expected().build());
    // The same bytes twice in a row are the same message (protobuf concatenation is a merge).
    byte[] once = roses().toByteArray();
    assertThat(WebcastGiftDecoder.decode(concat(once, once))).isEqualTo(expected().build());
  }

  @Test
  void unknownFieldsOfEveryWireTypeAreSkipped() {
    ProtoWriter m = roses().varint(1000, -1).fixed64(3, 1L).fixed32(536_870_911, 7).bytes(99, bytes(0xFF, 0xFF, 0xFF))
        .message(7, ProtoWriter.message().fixed32(2, 1).fixed64(4, 2).bytes(5, new byte[0]).varint(1028, 3));
    assertThat(WebcastGiftDecoder.decode(m.toByteArray())).isEqualTo(expected().build());
  }

  @Test
  void theBriefsExample_aVarintRunningPastTheEnd() {
    // 16 bytes of an unknown field (tag 2 bytes, length 1, 13 bytes), then field 2's tag and a cut varint.
    byte[] payload = concat(ProtoWriter.message().bytes(100, new byte[13]).toByteArray(), bytes(0x10, 0x96, 0x96, 0x96));
    assertThat(payload).hasSize(20);
    refused(payload, NOT + "varint at byte 17 runs past the end (length 20)");
  }

  @Test
  void aHugeLengthPrefixIsRefusedAtOnceWithoutAllocating() {
    byte[] payload = concat(bytes(0x3A), ProtoWriter.varintBytes(1L << 31), bytes(1));
    assertTimeoutPreemptively(Duration.ofSeconds(1), () ->
        refused(payload, NOT + "length 2147483648 of field 7 at byte 1 runs past the end (length 7)"));
    byte[] max = concat(bytes(0x3A), ProtoWriter.varintBytes(-1L));
    refused(max, NOT + "length 18446744073709551615 of field 7 at byte 1 runs past the end (length 11)");
    // Inside a submessage, the submessage's end is the limit.
    byte[] inner = concat(bytes(0x3A, 0x03, 0x1A), ProtoWriter.varintBytes(200), bytes(0x61));
    refused(inner, NOT + "length 200 of field 3 at byte 3 runs past the end of its submessage at byte 5 (length 6)");
    refused(bytes(0x3A, 0x02, 0x08, 0x96, 0x01), NOT + "varint at byte 3 runs past the end of its submessage at byte 4 (length 5)");
  }

  @Test
  void malformedWireIsRefusedWithItsOffset() {
    refused(bytes(0x00), NOT + "tag at byte 0 has field number 0");
    refused(bytes(0x1B, 0x1C), NOT + "field 3 at byte 0 has wire type 3 (start group): groups are not supported");
    refused(bytes(0x1C), NOT + "field 3 at byte 0 has wire type 4 (end group): groups are not supported");
    refused(bytes(0x18, 0x01, 0x1E), NOT + "field 3 at byte 2 has invalid wire type 6");
    refused(bytes(0x1F), NOT + "field 3 at byte 0 has invalid wire type 7");
    refused(bytes(0x80, 0x80, 0x80, 0x80, 0x80, 0x01), NOT + "tag 34359738368 at byte 0 is out of range");
    refused(concat(bytes(0x18), bytes(0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x01)),
        NOT + "varint at byte 1 is longer than 10 bytes");
    refused(concat(bytes(0x18), bytes(0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x02)),
        NOT + "varint at byte 1 does not fit 64 bits");
    refused(bytes(0x19, 1, 2, 3, 4, 5, 6, 7), NOT + "fixed64 at byte 1 runs past the end (length 8)");
    refused(bytes(0x1D, 1, 2, 3), NOT + "fixed32 at byte 1 runs past the end (length 4)");
    refused(bytes(0x1A, 0x05, 1, 2), NOT + "length 5 of field 3 at byte 1 runs past the end (length 4)");
  }

  @Test
  void aKnownFieldWithAnotherWireTypeIsRefusedNotSkipped() {
    ProtoWriter m = without(roses(), 5).bytes(5, bytes(3));
    int at = m.toByteArray().length - 3;
    refused(m.toByteArray(), NOT + "repeatCount (field 5) at byte " + at + " has wire type 2 (length-delimited), expected 0 (varint)");
    refused(bytes(0x38, 0x01), NOT + "user (field 7) at byte 0 has wire type 0 (varint), expected 2 (length-delimited)");
    refused(bytes(0x0A, 0x02, 0x11, 0x00), NOT + "common.msgId (field 1.2) at byte 2 has wire type 1 (fixed64), expected 0 (varint)");
  }

  @Test
  void namesMustBeUtf8() {
    ProtoWriter bad = without(roses(), 7).message(7, ProtoWriter.message().varint(1, 1).bytes(3, bytes('A', 0xC3)));
    byte[] payload = bad.toByteArray();
    int at = payload.length - 1;
    refused(payload, NOT + "user.nickname (field 7.3) is not UTF-8: bad byte at " + at);
    // A name that is not used (the display id beside a nickname) is not read, so not checked.
    ProtoWriter unused = without(roses(), 7).message(7, ProtoWriter.message().varint(1, 327594395382949711L)
        .string(3, "Anna").bytes(38, bytes(0xFF)));
    assertThat(WebcastGiftDecoder.decode(unused.toByteArray())).isEqualTo(expected().build());
    // Every script, emoji included, reads back.
    ProtoWriter emoji = without(roses(), 7).message(7, ProtoWriter.message().varint(1, 327594395382949711L).string(3, "🌹 Anna 日本"));
    assertThat(WebcastGiftDecoder.decode(emoji.toByteArray()).senderName()).contains("🌹 Anna 日本");
  }

  @Test
  void surrogatesEncodedAsUtf8AreRefused() {
    // CESU-style surrogate bytes (ED A0 80) are not UTF-8.
    ProtoWriter m = without(roses(), 15).message(15, ProtoWriter.message().varint(5, 1).bytes(16, bytes(0xED, 0xA0, 0x80)));
    byte[] payload = m.toByteArray();
    refused(payload, NOT + "gift.name (field 15.16) is not UTF-8: bad byte at " + (payload.length - 3));
    // Overlong forms too (C0 80 for NUL).
    ProtoWriter overlong = without(roses(), 15).message(15, ProtoWriter.message().varint(5, 1).bytes(16, bytes(0xC0, 0x80)));
    byte[] p2 = overlong.toByteArray();
    refused(p2, NOT + "gift.name (field 15.16) is not UTF-8: bad byte at " + (p2.length - 2));
  }

  @Test
  void nullsAndBadArgumentsAreNamed() {
    assertThatThrownBy(() -> WebcastGiftDecoder.decode((byte[]) null)).isExactlyInstanceOf(NullPointerException.class)
        .hasMessage("payload");
    assertThatThrownBy(() -> WebcastGiftDecoder.decode((ByteBuffer) null)).isExactlyInstanceOf(NullPointerException.class)
        .hasMessage("payload");
    assertThatThrownBy(() -> WebcastGiftDecoder.decode(null, "h")).isExactlyInstanceOf(NullPointerException.class)
        .hasMessage("payload");
    assertThatThrownBy(() -> WebcastGiftDecoder.decode(new byte[0], null)).isExactlyInstanceOf(NullPointerException.class)
        .hasMessage("hostIdIfMissing");
    assertThatThrownBy(() -> WebcastGiftDecoder.decode(new byte[0], " ")).isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("hostIdIfMissing must not be blank, was ' '");
    assertThatThrownBy(() -> WebcastGiftDecoder.decode(null, 0, 0)).isExactlyInstanceOf(NullPointerException.class)
        .hasMessage("buffer");
    assertThatThrownBy(() -> WebcastGiftDecoder.decodeBase64(null)).isExactlyInstanceOf(NullPointerException.class)
        .hasMessage("base64");
    assertThatThrownBy(() -> WebcastGiftDecoder.decodeBase64("CgQIAR*=")).isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("base64 must be standard base64 (").hasMessageEndingWith(", was 'CgQIAR*='");
    for (int[] range : new int[][] {{-1, 1}, {0, 11}, {5, 6}, {11, 0}, {0, -1}, {Integer.MAX_VALUE, 2}}) {
      assertThatThrownBy(() -> WebcastGiftDecoder.decode(new byte[10], range[0], range[1]))
          .isExactlyInstanceOf(IllegalArgumentException.class)
          .hasMessage("offset and length must lie inside buffer (length 10), were offset " + range[0] + " and length " + range[1]);
    }
  }

  @Test
  void aSliceIsReadAloneAndABufferFromItsPosition() {
    byte[] payload = roses().toByteArray();
    byte[] framed = concat(bytes(0xFF, 0xFF, 0xFF), payload, bytes(0x38, 0x01)); // garbage around it
    assertThat(WebcastGiftDecoder.decode(framed, 3, payload.length)).isEqualTo(expected().build());
    ByteBuffer heap = ByteBuffer.wrap(framed, 3, payload.length);
    assertThat(WebcastGiftDecoder.decode(heap.slice())).isEqualTo(expected().build());
    assertThat(WebcastGiftDecoder.decode(heap)).isEqualTo(expected().build());
    assertThat(heap.position()).isEqualTo(3);
    ByteBuffer direct = ByteBuffer.allocateDirect(framed.length).put(framed);
    direct.position(3).limit(3 + payload.length);
    assertThat(WebcastGiftDecoder.decode(direct)).isEqualTo(expected().build());
    assertThat(direct.position()).isEqualTo(3);
    assertThat(WebcastGiftDecoder.decode(ByteBuffer.wrap(payload).asReadOnlyBuffer())).isEqualTo(expected().build());
    // Offsets in messages count from the slice.
    byte[] cut = Arrays.copyOf(payload, 2);
    assertThatThrownBy(() -> WebcastGiftDecoder.decode(concat(new byte[5], cut), 5, 2))
        .hasMessage(NOT + "length " + (payload[1] & 0xFF) + " of field 1 at byte 1 runs past the end (length 2)");
  }

  @Test
  void base64LinesMayEndWithALineBreak() {
    String line = Base64.getEncoder().encodeToString(roses().toByteArray());
    for (String variant : List.of(line, line + "\n", line + "\r\n", "  " + line + " ")) {
      assertThat(WebcastGiftDecoder.decodeBase64(variant)).isEqualTo(expected().build());
    }
  }
}
