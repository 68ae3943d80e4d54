package io.github.monetik.io;

import io.github.monetik.gifts.GiftEvent;
import io.github.monetik.gifts.GiftMessage;
import io.github.monetik.gifts.GiftSettler;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** The two ends a decoded gift message goes to: a {@code GiftEvent}, or a settler fed through one reused message. */
final class Sinks {
  private Sinks() {}

  /** Builds the event; the stream hands it on. */
  static final class Events implements GiftSink {
    @Nullable GiftEvent last;

    @Override
    public void gift(long messageId, long epochMilli, String senderId, @Nullable String senderName, String hostId,
        long giftId, @Nullable String giftName, long coinsPerGift, boolean repeatable, int repeatCount,
        boolean repeatEnd, long groupId) {
      GiftEvent.Builder b = GiftEvent.builder().messageId(messageId).timestamp(Instant.ofEpochMilli(epochMilli))
          .senderId(senderId).hostId(hostId).giftId(giftId).coinsPerGift(coinsPerGift).repeatable(repeatable)
          .repeatCount(repeatCount).repeatEnd(repeatEnd).groupId(groupId);
      if (senderName != null) {
        b.senderName(senderName);
      }
      if (giftName != null) {
        b.giftName(giftName);
      }
      last = b.build();
    }

    @Override
    public void event(GiftEvent event) {
      last = event;
    }
  }

  /** Feeds a settler: one {@link GiftMessage} per chunk, refilled for every record (no object per record). */
  static final class Settle implements GiftSink {
    final GiftSettler settler;
    private final GiftMessage message = new GiftMessage();

    Settle(GiftSettler settler) {
      this.settler = settler;
    }

    @Override
    public void gift(long messageId, long epochMilli, String senderId, @Nullable String senderName, String hostId,
        long giftId, @Nullable String giftName, long coinsPerGift, boolean repeatable, int repeatCount,
        boolean repeatEnd, long groupId) {
      settler.accept(message.messageId(messageId).epochMilli(epochMilli).senderId(senderId).senderName(senderName)
          .hostId(hostId).giftId(giftId).giftName(giftName).coinsPerGift(coinsPerGift).repeatable(repeatable)
          .repeatCount(repeatCount).repeatEnd(repeatEnd).groupId(groupId));
    }

    @Override
    public void event(GiftEvent event) {
      settler.accept(event);
    }
  }
}
