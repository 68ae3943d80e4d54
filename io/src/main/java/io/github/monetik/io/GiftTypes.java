package io.github.monetik.io;

/** The LIVE clients' gift types. */
final class GiftTypes {
  /** {@code gift.type} of repeatable (combo) gifts; the same as core's {@code GiftEvent.REPEATABLE_GIFT_TYPE}. */
  static final int REPEATABLE = io.github.monetik.gifts.GiftEvent.REPEATABLE_GIFT_TYPE;

  private GiftTypes() {}
}
