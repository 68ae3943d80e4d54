package io.github.monetik.io;

import io.github.monetik.gifts.GiftEvent;
import org.jspecify.annotations.Nullable;

/**
 * Receives one gift message, already checked (every value valid for a {@link GiftEvent}, the time
 * in its range): field by field from the text readers, as an event from the payload decoder.
 */
interface GiftSink {
  void gift(long messageId, long epochMilli, String senderId, @Nullable String senderName, String hostId, long giftId,
      @Nullable String giftName, long coinsPerGift, boolean repeatable, int repeatCount, boolean repeatEnd,
      long groupId);

  void event(GiftEvent event);
}
