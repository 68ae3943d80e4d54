package io.github.monetik.gifts;

import io.github.monetik.internal.Checks;
import io.github.monetik.internal.ProtoWire;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Base64;
import org.jspecify.annotations.Nullable;

/**
 * Decodes TikTok's own bytes: the {@code WebcastGiftMessage} protobuf payload that every LIVE client
 * receives for a gift (the {@code payload} of a {@code WebcastResponse.Message} whose method is
 * {@code WebcastGiftMessage}; no frame, no compression) into a {@link GiftEvent}, with no dependency:
 * a small wire-format reader that reads the fields below and skips every other one.
 *
 * <pre>{@code
 * GiftSettler settler = Monetik.defaults().gifts().settler();
 * settler.accept(WebcastGiftDecoder.decode(payload));             // bytes from the LIVE client
 * settler.accept(WebcastGiftDecoder.decodeBase64(line));          // one line of a .b64 capture
 * settler.accept(WebcastGiftDecoder.decode(payload, "7130000000000000001")); // host id when the payload names none
 * }</pre>
 *
 * <h2>Field mapping</h2>
 * <p>Field numbers are those of TikTokLiveJava's schema ({@code API/src/main/proto/webcast.proto},
 * message {@code WebcastGiftMessage}, with {@code data.proto}) and of TikTok-Live-Connector's, which
 * agree on every field used here; they are listed with the recorded payloads in
 * {@code core/src/test/resources/live-gifts/raw/README.md}. Proto3: an absent scalar is 0, false or
 * empty, so "absent" below means "absent or 0". A field that occurs more than once is merged as
 * protobuf merges: the last value of a scalar wins, the occurrences of a submessage merge field by
 * field.
 * <table class="striped">
 * <caption>GiftEvent from WebcastGiftMessage</caption>
 * <thead><tr><th scope="col">GiftEvent</th><th scope="col">wire field</th><th scope="col">rule</th></tr></thead>
 * <tbody>
 * <tr><th scope="row">{@code messageId}</th><td>{@code common.msgId} (1.2, int64)</td><td>required (not 0)</td></tr>
 * <tr><th scope="row">{@code timestamp}</th><td>{@code common.createTime} (1.4, int64, epoch ms)</td>
 *     <td>required ({@code > 0})</td></tr>
 * <tr><th scope="row">{@code senderId}</th><td>{@code user.id} (7.1, int64)</td><td>required (not 0), in decimal</td></tr>
 * <tr><th scope="row">{@code senderName}</th><td>{@code user.nickname} (7.3), else {@code user.displayId} (7.38)</td>
 *     <td>the first that is not empty; absent if both are</td></tr>
 * <tr><th scope="row">{@code hostId}</th><td>{@code toUser.id} (8.1), else {@code userGiftReciever.userId} (23.1,
 *     int64)</td><td>the first that is not 0, in decimal; else the caller's {@code hostIdIfMissing}; else refused</td></tr>
 * <tr><th scope="row">{@code giftId}</th><td>{@code giftId} (2, int64), else {@code gift.id} (15.5)</td>
 *     <td>the first that is not 0; required</td></tr>
 * <tr><th scope="row">{@code giftName}</th><td>{@code gift.name} (15.16)</td><td>absent if empty</td></tr>
 * <tr><th scope="row">{@code coinsPerGift}</th><td>{@code gift.diamondCount} (15.12, int32)</td>
 *     <td>the price of one gift in coins, despite its name; {@code >= 0}; the {@code gift} submessage (15) is
 *     required, since it states the price</td></tr>
 * <tr><th scope="row">{@code repeatable}</th><td>{@code gift.type} (15.11, int32)</td>
 *     <td>{@code == 1} ({@link GiftEvent#REPEATABLE_GIFT_TYPE}); {@code gift.combo} (15.10) is not used</td></tr>
 * <tr><th scope="row">{@code repeatCount}</th><td>{@code repeatCount} (5, int32)</td>
 *     <td>{@code >= 0}; absent (or 0) counts as 1, see below</td></tr>
 * <tr><th scope="row">{@code repeatEnd}</th><td>{@code repeatEnd} (9, int32)</td><td>{@code != 0}</td></tr>
 * <tr><th scope="row">{@code groupId}</th><td>{@code groupId} (11, int64)</td><td>as is, never negative; 0 when absent</td></tr>
 * </tbody>
 * </table>
 *
 * <p><b>An absent repeat count counts as 1.</b> Proto3 writes no 0, so a message without field 5 and
 * one with an explicit 0 are the same message; a gift message is at least one gift, and the LIVE
 * clients and the recorded data's combo rule count such a message as one gift
 * ({@code live-gifts/README.md}: "counts {@code repeat_count} gifts when that is above 1, otherwise 1").
 * Every recorded payload states its count (1 or more), so this rule never fires on them.
 *
 * <p><b>The host.</b> {@code toUser} (8) names the recipient when TikTok sends it; none of the recorded
 * payloads has it. Field 23 ({@code userGiftReciever} in the schema of the recordings' time,
 * {@code gift_monitor_info} with {@code anchor_id = 1} in TikTokLiveJava's later schema) names the
 * LIVE's owner; in every recording it is the recipient. A payload with neither is refused by
 * {@link #decode(byte[])} and given the caller's host id by {@link #decode(byte[], String)}: pass the
 * host's decimal user id (TikTokLiveJava: {@code client.getRoomInfo().getHost().getId()}), so that
 * its gifts group with the decoded ones.
 *
 * <p><b>Errors.</b> A payload that is cut off or not protobuf, or whose known fields have the wrong
 * wire type or an out-of-range value, is refused with an {@link IllegalArgumentException} that says
 * what is wrong and at which byte ({@code "payload is not a WebcastGiftMessage: varint at byte 17
 * runs past the end (length 20)"}); one without a required field names the field. Unknown fields of
 * every wire type are skipped (TikTok adds fields often); groups (wire types 3 and 4, unused by proto3)
 * are refused. Decoding reads each byte at most once and allocates nothing in proportion to a length
 * prefix, so hostile bytes cannot make it hang or exhaust memory. Thread-safe: it holds no state.
 */
public final class WebcastGiftDecoder {
  private static final String NOT_A_GIFT_MESSAGE = "payload is not a WebcastGiftMessage";

  private WebcastGiftDecoder() {}

  /**
   * {@return the gift event in a {@code WebcastGiftMessage} payload}
   *
   * @param payload the message's bytes; not modified
   * @throws NullPointerException if {@code payload} is null
   * @throws IllegalArgumentException if the bytes are not a well-formed {@code WebcastGiftMessage}, or
   *     lack a required field or a recipient (the message names which, and where)
   */
  public static GiftEvent decode(byte[] payload) {
    Checks.notNull(payload, "payload");
    return read(payload, 0, payload.length, null);
  }

  /**
   * {@return the gift event in a {@code WebcastGiftMessage} payload, addressed to
   *     {@code hostIdIfMissing} if the payload names no recipient}
   *
   * @param payload the message's bytes; not modified
   * @param hostIdIfMissing the host's id for a payload with neither {@code toUser.id} nor
   *     {@code userGiftReciever.userId}: preferably the host's decimal user id, which decoded payloads use
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code hostIdIfMissing} is blank, or the bytes are not a
   *     well-formed {@code WebcastGiftMessage} or lack a required field
   */
  public static GiftEvent decode(byte[] payload, String hostIdIfMissing) {
    Checks.notNull(payload, "payload");
    Checks.notBlank(hostIdIfMissing, "hostIdIfMissing");
    return read(payload, 0, payload.length, hostIdIfMissing);
  }

  /**
   * {@return the gift event in the {@code length} bytes of {@code buffer} from {@code offset}}
   * Byte offsets in error messages count from {@code offset}.
   *
   * @param buffer holds the message's bytes; not modified
   * @param offset the index of the message's first byte
   * @param length the message's length
   * @throws NullPointerException if {@code buffer} is null
   * @throws IllegalArgumentException if the range does not lie inside {@code buffer}, or as
   *     {@link #decode(byte[])}
   */
  public static GiftEvent decode(byte[] buffer, int offset, int length) {
    Checks.notNull(buffer, "buffer");
    if (offset < 0 || length < 0 || offset > buffer.length - length) {
      throw new IllegalArgumentException("offset and length must lie inside buffer (length " + buffer.length
          + "), were offset " + offset + " and length " + length);
    }
    return read(buffer, offset, length, null);
  }

  /**
   * {@return the gift event in the remaining bytes of {@code payload}} Its position is not changed;
   * byte offsets in error messages count from it. A buffer without an accessible array (direct,
   * read-only) is copied once.
   *
   * @param payload the message's bytes, from its position to its limit
   * @throws NullPointerException if {@code payload} is null
   * @throws IllegalArgumentException as {@link #decode(byte[])}
   */
  public static GiftEvent decode(ByteBuffer payload) {
    Checks.notNull(payload, "payload");
    if (payload.hasArray()) {
      return read(payload.array(), payload.arrayOffset() + payload.position(), payload.remaining(), null);
    }
    byte[] copy = new byte[payload.remaining()];
    payload.duplicate().get(copy);
    return read(copy, 0, copy.length, null);
  }

  /**
   * {@return the gift event in a payload written as standard base64 (RFC 4648, with padding), such as
   *     one line of a {@code .b64} capture} White space around the text is ignored.
   *
   * @param base64 the payload's base64 text
   * @throws NullPointerException if {@code base64} is null
   * @throws IllegalArgumentException if the text is not base64, or as {@link #decode(byte[])}
   */
  public static GiftEvent decodeBase64(String base64) {
    return decode(bytesOf(base64));
  }

  /**
   * {@return the gift event in a payload written as standard base64, addressed to
   *     {@code hostIdIfMissing} if the payload names no recipient}
   *
   * @param base64 the payload's base64 text; white space around it is ignored
   * @param hostIdIfMissing as {@link #decode(byte[], String)}
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the text is not base64, or as {@link #decode(byte[], String)}
   */
  public static GiftEvent decodeBase64(String base64, String hostIdIfMissing) {
    byte[] payload = bytesOf(base64);
    return decode(payload, hostIdIfMissing);
  }

  private static byte[] bytesOf(String base64) {
    String text = Checks.notNull(base64, "base64").strip();
    try {
      return Base64.getDecoder().decode(text);
    } catch (IllegalArgumentException e) {
      IllegalArgumentException refused = Checks.invalid("base64", "standard base64 (" + e.getMessage() + ")", text);
      refused.initCause(e);
      throw refused;
    }
  }

  private static GiftEvent read(byte[] bytes, int offset, int length, @Nullable String hostIfMissing) {
    ProtoWire r = new ProtoWire(bytes, offset, length, NOT_A_GIFT_MESSAGE);
    long msgId = 0;
    long createTime = 0;
    long giftId = 0;
    int repeatCount = 0;
    long senderId = 0;
    int nicknameAt = -1;
    int nicknameLength = 0;
    int displayIdAt = -1;
    int displayIdLength = 0;
    long toUserId = 0;
    int repeatEnd = 0;
    long groupId = 0;
    boolean hasGift = false;
    long giftStructId = 0;
    int giftType = 0;
    int diamondCount = 0;
    int giftNameAt = -1;
    int giftNameLength = 0;
    long recipientId = 0;
    while (r.hasField()) {
      switch (r.readTag()) {
        case 1 -> { // common
          r.expect(ProtoWire.LENGTH_DELIMITED, "common (field 1)");
          int outer = r.enter();
          while (r.hasField()) {
            switch (r.readTag()) {
              case 2 -> msgId = varint(r, "common.msgId (field 1.2)");
              case 4 -> createTime = varint(r, "common.createTime (field 1.4)");
              default -> r.skip();
            }
          }
          r.exit(outer);
        }
        case 2 -> giftId = varint(r, "giftId (field 2)");
        case 5 -> repeatCount = int32(r, "repeatCount (field 5)");
        case 7 -> { // user, the sender
          r.expect(ProtoWire.LENGTH_DELIMITED, "user (field 7)");
          int outer = r.enter();
          while (r.hasField()) {
            switch (r.readTag()) {
              case 1 -> senderId = varint(r, "user.id (field 7.1)");
              case 3 -> {
                nicknameLength = string(r, "user.nickname (field 7.3)");
                nicknameAt = r.offset();
                r.skipBytes(nicknameLength);
              }
              case 38 -> {
                displayIdLength = string(r, "user.displayId (field 7.38)");
                displayIdAt = r.offset();
                r.skipBytes(displayIdLength);
              }
              default -> r.skip();
            }
          }
          r.exit(outer);
        }
        case 8 -> { // toUser, the recipient
          r.expect(ProtoWire.LENGTH_DELIMITED, "toUser (field 8)");
          int outer = r.enter();
          while (r.hasField()) {
            if (r.readTag() == 1) {
              toUserId = varint(r, "toUser.id (field 8.1)");
            } else {
              r.skip();
            }
          }
          r.exit(outer);
        }
        case 9 -> repeatEnd = int32(r, "repeatEnd (field 9)");
        case 11 -> groupId = varint(r, "groupId (field 11)");
        case 15 -> { // gift
          r.expect(ProtoWire.LENGTH_DELIMITED, "gift (field 15)");
          hasGift = true;
          int outer = r.enter();
          while (r.hasField()) {
            switch (r.readTag()) {
              case 5 -> giftStructId = varint(r, "gift.id (field 15.5)");
              case 11 -> giftType = int32(r, "gift.type (field 15.11)");
              case 12 -> diamondCount = int32(r, "gift.diamondCount (field 15.12)");
              case 16 -> {
                giftNameLength = string(r, "gift.name (field 15.16)");
                giftNameAt = r.offset();
                r.skipBytes(giftNameLength);
              }
              default -> r.skip();
            }
          }
          r.exit(outer);
        }
        case 23 -> { // userGiftReciever: the LIVE's owner
          r.expect(ProtoWire.LENGTH_DELIMITED, "userGiftReciever (field 23)");
          int outer = r.enter();
          while (r.hasField()) {
            if (r.readTag() == 1) {
              recipientId = varint(r, "userGiftReciever.userId (field 23.1)");
            } else {
              r.skip();
            }
          }
          r.exit(outer);
        }
        default -> r.skip();
      }
    }
    if (msgId == 0) {
      throw r.malformed("it has no common.msgId (field 1.2)");
    }
    if (createTime < GiftEvent.EARLIEST.toEpochMilli() || createTime >= GiftEvent.LATEST.toEpochMilli()) {
      throw r.malformed(createTime == 0 ? "it has no common.createTime (field 1.4)"
          : "common.createTime (field 1.4) must be in [" + GiftEvent.EARLIEST + ", " + GiftEvent.LATEST
              + ") (epoch milliseconds), was " + createTime);
    }
    if (senderId == 0) {
      throw r.malformed("it has no sender: no user.id (field 7.1)");
    }
    if (!hasGift) {
      throw r.malformed("it has no gift (field 15), which states the price");
    }
    long gift = giftId != 0 ? giftId : giftStructId;
    if (gift == 0) {
      throw r.malformed("it has no giftId (field 2) and no gift.id (field 15.5)");
    }
    if (repeatCount < 0) {
      throw r.malformed("repeatCount (field 5) must be >= 0, was " + repeatCount);
    }
    if (diamondCount < 0) {
      throw r.malformed("gift.diamondCount (field 15.12) must be >= 0, was " + diamondCount);
    }
    if (groupId < 0) {
      throw r.malformed("groupId (field 11) must be >= 0, was " + groupId);
    }
    long host = toUserId != 0 ? toUserId : recipientId;
    String hostId;
    if (host != 0) {
      hostId = Long.toString(host);
    } else if (hostIfMissing != null) {
      hostId = hostIfMissing;
    } else {
      throw r.malformed("it names no recipient: no toUser.id (field 8.1) and no userGiftReciever.userId (field 23.1)");
    }
    GiftEvent.Builder b = GiftEvent.builder();
    b.messageId(msgId).timestamp(Instant.ofEpochMilli(createTime)).senderId(Long.toString(senderId)).hostId(hostId)
        .giftId(gift).coinsPerGift(diamondCount).repeatable(GiftEvent.isRepeatableType(giftType))
        .repeatCount(repeatCount == 0 ? 1 : repeatCount).repeatEnd(repeatEnd != 0).groupId(groupId);
    if (nicknameLength > 0) {
      b.senderName(r.utf8(nicknameAt, nicknameLength, "user.nickname (field 7.3)"));
    } else if (displayIdLength > 0) {
      b.senderName(r.utf8(displayIdAt, displayIdLength, "user.displayId (field 7.38)"));
    }
    if (giftNameLength > 0) {
      b.giftName(r.utf8(giftNameAt, giftNameLength, "gift.name (field 15.16)"));
    }
    return b.build();
  }

  private static long varint(ProtoWire r, String field) {
    r.expect(ProtoWire.VARINT, field);
    return r.readVarint();
  }

  private static int int32(ProtoWire r, String field) {
    r.expect(ProtoWire.VARINT, field);
    return r.int32(r.readVarint(), field);
  }

  private static int string(ProtoWire r, String field) {
    r.expect(ProtoWire.LENGTH_DELIMITED, field);
    return r.readLength();
  }
}
