package io.github.monetik.flink;

import io.github.monetik.gifts.GiftEvent;
import java.io.IOException;
import java.time.Instant;
import org.apache.flink.api.common.typeutils.SimpleTypeSerializerSnapshot;
import org.apache.flink.api.common.typeutils.TypeSerializerSnapshot;
import org.apache.flink.core.memory.DataInputView;
import org.apache.flink.core.memory.DataOutputView;

/**
 * Flink's serializer for {@link GiftEvent}, field by field: message id, timestamp (seconds and
 * nanoseconds), sender id, host id, the optional sender and gift names, gift id, coins per gift,
 * repeat count, group id, and one byte of flags (names present, repeatable, repeat end). Reading
 * rebuilds the event through {@link GiftEvent#builder()}, so a corrupt stream fails with an
 * {@link IllegalArgumentException} naming the field (a repeat count below 1, a negative price, a
 * time outside {@link GiftEvent#EARLIEST}..{@link GiftEvent#LATEST}, a blank id) rather than
 * handing on an event no client could have sent. Stateless and thread-safe; see
 * {@link MonetikTypes#giftEvent()}.
 */
public final class GiftEventSerializer extends ValueSerializer<GiftEvent> {
  private static final long serialVersionUID = 1L;

  static final GiftEventSerializer INSTANCE = new GiftEventSerializer();

  private static final int SENDER_NAME = 1;
  private static final int GIFT_NAME = 2;
  private static final int REPEATABLE = 4;
  private static final int REPEAT_END = 8;
  private static final GiftEvent PLACEHOLDER = GiftEvent.builder().messageId(0).timestamp(GiftEvent.EARLIEST)
      .senderId("-").hostId("-").giftId(0).coinsPerGift(0).repeatable(false).repeatCount(1).repeatEnd(false)
      .groupId(0).build();

  GiftEventSerializer() {}

  @Override
  String what() {
    return "GiftEvent";
  }

  /** {@return a placeholder event (message 0 at {@link GiftEvent#EARLIEST}, sender and host {@code -}, no coins)} */
  @Override
  public GiftEvent createInstance() {
    return PLACEHOLDER;
  }

  /**
   * Writes an event.
   *
   * @param e the event
   * @param out where to write
   * @throws IOException if the target fails
   */
  @Override
  @SuppressWarnings("JavaInstantGetSecondsGetNano") // seconds and nanos are written together
  public void serialize(GiftEvent e, DataOutputView out) throws IOException {
    out.writeLong(e.messageId());
    out.writeLong(e.timestamp().getEpochSecond());
    out.writeInt(e.timestamp().getNano());
    writeText(e.senderId(), out);
    writeText(e.hostId(), out);
    int flags = (e.senderName().isPresent() ? SENDER_NAME : 0) | (e.giftName().isPresent() ? GIFT_NAME : 0)
        | (e.repeatable() ? REPEATABLE : 0) | (e.repeatEnd() ? REPEAT_END : 0);
    out.writeByte(flags);
    if (e.senderName().isPresent()) {
      writeText(e.senderName().get(), out);
    }
    if (e.giftName().isPresent()) {
      writeText(e.giftName().get(), out);
    }
    out.writeLong(e.giftId());
    out.writeLong(e.coinsPerGift());
    out.writeInt(e.repeatCount());
    out.writeLong(e.groupId());
  }

  /**
   * {@return the event read, rebuilt and checked by its builder}
   *
   * @param in where to read
   * @throws IOException if the source fails or ends early
   * @throws IllegalArgumentException naming the field if the bytes break one of the event's rules
   */
  @Override
  public GiftEvent deserialize(DataInputView in) throws IOException {
    long messageId = in.readLong();
    long seconds = in.readLong();
    int nanos = in.readInt();
    if (nanos < 0 || nanos > 999_999_999) {
      throw invalid("timestamp nanos", "in [0, 999999999]", nanos);
    }
    if (seconds < GiftEvent.EARLIEST.getEpochSecond() || seconds >= GiftEvent.LATEST.getEpochSecond()) {
      throw invalid("timestamp seconds", "in [" + GiftEvent.EARLIEST.getEpochSecond() + ", "
          + GiftEvent.LATEST.getEpochSecond() + ")", seconds);
    }
    String sender = readText(in, "senderId");
    String host = readText(in, "hostId");
    int flags = in.readUnsignedByte();
    if ((flags & ~(SENDER_NAME | GIFT_NAME | REPEATABLE | REPEAT_END)) != 0) {
      throw invalid("flags", "made of bits 0 to 3", flags);
    }
    GiftEvent.Builder b = GiftEvent.builder().messageId(messageId).timestamp(Instant.ofEpochSecond(seconds, nanos))
        .senderId(sender).hostId(host);
    if ((flags & SENDER_NAME) != 0) {
      b.senderName(readText(in, "senderName"));
    }
    if ((flags & GIFT_NAME) != 0) {
      b.giftName(readText(in, "giftName"));
    }
    b.giftId(in.readLong()).coinsPerGift(in.readLong()).repeatCount(in.readInt()).groupId(in.readLong())
        .repeatable((flags & REPEATABLE) != 0).repeatEnd((flags & REPEAT_END) != 0);
    try {
      return b.build();
    } catch (IllegalArgumentException e) {
      throw invalid(e);
    }
  }

  /** {@return the snapshot that restores this serializer} */
  @Override
  public TypeSerializerSnapshot<GiftEvent> snapshotConfiguration() {
    return new Snapshot();
  }

  /** The snapshot of {@link GiftEventSerializer} (the layout has one version; nothing to configure); immutable. */
  public static final class Snapshot extends SimpleTypeSerializerSnapshot<GiftEvent> {
    /** Makes the snapshot; Flink calls it by reflection. */
    public Snapshot() {
      super(() -> INSTANCE);
    }
  }

}
