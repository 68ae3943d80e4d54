package io.github.monetik.gifts;

import io.github.monetik.internal.Checks;
import io.github.monetik.internal.MonetikStyle;
import io.github.monetik.money.Coins;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One gift message as a LIVE client delivers it (TikTokLiveJava, TikTok-Live-Connector, TikTokLive):
 * TikTok's {@code WebcastGiftMessage} reduced to what settlement needs.
 *
 * <p>A repeatable (combo) gift arrives as a run of messages for one (sender, gift id, group id) with
 * a growing {@link #repeatCount()}, then once more with {@link #repeatEnd()}; summing every message
 * double-counts it. {@link ComboSettlement} counts it once. A non-repeatable gift counts on arrival,
 * {@code repeatCount} times.
 *
 * <p>Every field is required but the two names, which ride along into reports when the input has them.
 *
 * <pre>{@code
 * GiftEvent e = GiftEvent.builder()
 *     .messageId(7286184974634765062L).timestamp(Instant.parse("2023-10-04T19:19:36.790Z"))
 *     .senderId("user-48bd95de").senderName("Anna").hostId("host-45a6c310").giftName("Rose")
 *     .giftId(5655).coinsPerGift(1).repeatable(true)
 *     .repeatCount(34).repeatEnd(false).groupId(1696447170769L)
 *     .build();
 * }</pre>
 */
@Value.Immutable
@MonetikStyle
public abstract class GiftEvent {
  /** The LIVE clients' {@code gift.type} of repeatable (combo) gifts. */
  public static final int REPEATABLE_GIFT_TYPE = 1;

  /** The earliest message time accepted: 2000-01-01T00:00:00Z (TikTok LIVE began years later). */
  public static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");

  /** The first message time no longer accepted: 2100-01-01T00:00:00Z. */
  public static final Instant LATEST = Instant.parse("2100-01-01T00:00:00Z");

  GiftEvent() {}

  /** {@return a builder; every field is required but {@code senderName} and {@code giftName}} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link GiftEvent}; {@code build()} checks the fields and names a bad one. */
  public static final class Builder extends ImmutableGiftEvent.Builder {
    Builder() {}
  }

  /**
   * {@return true for type {@value #REPEATABLE_GIFT_TYPE}, the repeatable (combo) gifts; the other types seen (2, 4) are non-repeatable}
   *
   * @param giftType the LIVE clients' {@code gift.type} field
   */
  public static boolean isRepeatableType(int giftType) {
    return giftType == REPEATABLE_GIFT_TYPE;
  }

  /** {@return TikTok's message id ({@code common.msgId}); the same id twice is the same message} */
  public abstract long messageId();

  /** {@return the message's own create time} */
  public abstract Instant timestamp();

  /** {@return the sender's user id (any stable string: a numeric id, a pseudonym), not blank} */
  public abstract String senderId();

  /** {@return the recipient's user id, the LIVE's host for every gift seen so far, not blank} */
  public abstract String hostId();

  /**
   * {@return the sender's display name ({@code user.nickname} or {@code user.displayId}) when the input
   *     has one; reports show it beside the id}
   */
  public abstract Optional<String> senderName();

  /** {@return the gift's name as the message states it ({@code gift.name}), when it does} */
  public abstract Optional<String> giftName();

  /** {@return TikTok's gift id} */
  public abstract long giftId();

  /** {@return the price of one gift in coins, as the message states it ({@code gift.diamondCount}), {@code >= 0}} */
  public abstract long coinsPerGift();

  /** {@return true for a combo gift ({@code gift.type == 1})} */
  public abstract boolean repeatable();

  /** {@return the combo's running total so far (a repeatable gift), or the quantity (a non-repeatable one), {@code >= 1}} */
  public abstract int repeatCount();

  /** {@return true on the message that closes a combo; ignored for non-repeatable gifts} */
  public abstract boolean repeatEnd();

  /**
   * {@return the combo's group id (one combo of one sender), never negative; 0 for non-repeatable gifts in
   *     TikTok's data, and where a client gives none}
   */
  public abstract long groupId();

  /**
   * {@return what naive summing counts for this message: {@code coinsPerGift x repeatCount}}
   *
   * @throws ArithmeticException if that exceeds {@link Long#MAX_VALUE}
   */
  public Coins naiveCoins() {
    return Coins.of(coinsPerGift()).multipliedBy(repeatCount());
  }

  @Value.Check
  void check() {
    if (timestamp().isBefore(EARLIEST) || !timestamp().isBefore(LATEST)) {
      throw Checks.invalid("timestamp", "in [" + EARLIEST + ", " + LATEST + ")", timestamp());
    }
    if (repeatCount() < 1) {
      throw new IllegalArgumentException("repeatCount must be >= 1, was " + repeatCount());
    }
    if (coinsPerGift() < 0) {
      throw new IllegalArgumentException("coinsPerGift must be >= 0, was " + coinsPerGift());
    }
    if (groupId() < 0) { // TikTok's are the combo's start in milliseconds; the settler keys group-less combos below 0
      throw new IllegalArgumentException("groupId must be >= 0, was " + groupId());
    }
    if (senderId().isBlank()) {
      throw new IllegalArgumentException("senderId must not be blank, was '" + senderId() + "'");
    }
    if (hostId().isBlank()) {
      throw new IllegalArgumentException("hostId must not be blank, was '" + hostId() + "'");
    }
  }

  /** {@return one line: time, sender, gift, count, combo state} */
  @Override
  public String toString() {
    return "GiftEvent[" + messageId() + " " + timestamp() + " " + senderId() + " -> " + hostId() + " gift " + giftId()
        + " x" + repeatCount() + " @" + coinsPerGift() + (repeatable() ? (repeatEnd() ? " combo end" : " combo") : "")
        + (repeatable() ? " group " + groupId() : "") + "]";
  }
}
