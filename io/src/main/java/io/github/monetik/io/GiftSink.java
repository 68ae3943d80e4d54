package io.github.monetik.io;

import org.jspecify.annotations.Nullable;

/** Receives one gift message, field by field, already checked (every value valid for a GiftEvent). */
interface GiftSink {
  void gift(long messageId, long epochMilli, String senderId, @Nullable String senderName, String hostId, long giftId,
      @Nullable String giftName, long coinsPerGift, boolean repeatable, int repeatCount, boolean repeatEnd,
      long groupId);
}
