package io.github.monetik.io;

import io.github.monetik.gifts.ComboSettler;
import io.github.monetik.gifts.GiftEvent;
import org.jspecify.annotations.Nullable;

/** The two ends a decoded gift message goes to: a {@code GiftEvent}, or a settler fed field by field. */
final class Sinks {
  private Sinks() {}

  /** Builds the event; the stream hands it on. */
  static final class Events implements GiftSink {
    @Nullable GiftEvent last;

    @Override
    public void gift(long messageId, long epochMilli, String senderId, @Nullable String senderName, String hostId,
        long giftId, @Nullable String giftName, long coinsPerGift, boolean repeatable, int repeatCount,
        boolean repeatEnd, long groupId) {
      GiftEvent.Builder b = GiftEvent.builder().messageId(messageId).timestamp(java.time.Instant.ofEpochMilli(epochMilli))
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
  }

  /** Feeds a settler without building events (the names are not settled, so they are dropped). */
  static final class Settle implements GiftSink {
    final ComboSettler settler;

    Settle(ComboSettler settler) {
      this.settler = settler;
    }

    @Override
    public void gift(long messageId, long epochMilli, String senderId, @Nullable String senderName, String hostId,
        long giftId, @Nullable String giftName, long coinsPerGift, boolean repeatable, int repeatCount,
        boolean repeatEnd, long groupId) {
      settler.accept(messageId, epochMilli, senderId, hostId, giftId, coinsPerGift, repeatable, repeatCount, repeatEnd,
          groupId);
    }
  }

  /** Hands a decoded payload's event to a sink. */
  static void event(GiftEvent e, GiftSink sink) {
    if (sink instanceof Events events) {
      events.last = e;
      return;
    }
    sink.gift(e.messageId(), e.timestamp().toEpochMilli(), e.senderId(), e.senderName().orElse(null), e.hostId(),
        e.giftId(), e.giftName().orElse(null), e.coinsPerGift(), e.repeatable(), e.repeatCount(), e.repeatEnd(),
        e.groupId());
  }
}
