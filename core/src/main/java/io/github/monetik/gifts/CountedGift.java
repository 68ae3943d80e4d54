package io.github.monetik.gifts;

import io.github.monetik.internal.MonetikStyle;
import io.github.monetik.money.Coins;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A gift as settlement counts it: a whole combo at its largest repeat count, or one non-repeatable
 * gift message with its quantity. {@link #isOpen()} marks a combo that never ended (reported by
 * {@link ComboSettlement#open()}, counted only if the caller asks with
 * {@link ComboSettlement#includeOpen()}); {@link #isExpired()} a combo a live tally settled because it
 * saw no message for its idle time.
 *
 * <p>A combo's price is the one its largest-count message states (so a combo never counts more
 * coins than its messages summed); its host is the smallest recipient id among its messages (so the
 * arrival order never decides it).
 */
@Value.Immutable
@MonetikStyle
public abstract class CountedGift {
  CountedGift() {}

  /** {@return a builder; every field is required but the names and {@code isExpired}} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CountedGift}; {@code build()} checks the fields and names a bad one. */
  public static final class Builder extends ImmutableCountedGift.Builder {
    Builder() {}
  }

  /** {@return the sender's user id} */
  public abstract String senderId();

  /** {@return the sender's display name, when the messages had one} */
  public abstract Optional<String> senderName();

  /** {@return the recipient (the LIVE's host)} */
  public abstract String hostId();

  /** {@return TikTok's gift id} */
  public abstract long giftId();

  /** {@return the gift's name, from the messages or else the catalog, when either has one} */
  public abstract Optional<String> giftName();

  /** {@return true for a combo (repeatable gift), false for a non-repeatable gift message} */
  public abstract boolean combo();

  /** {@return the combo's group id; 0 for a non-repeatable gift, and for a combo whose messages had none} */
  public abstract long groupId();

  /**
   * {@return the message id: a non-repeatable gift's own; for a combo, its largest-count message's
   *     (the smallest such id if several)}
   */
  public abstract long messageId();

  /** {@return how many gifts: a combo's largest repeat count, a non-repeatable message's quantity, {@code >= 1}} */
  public abstract long count();

  /** {@return the price of one gift in coins, as its (largest-count) message states it, {@code >= 0}} */
  public abstract long coinsPerGift();

  /**
   * {@return when it counts: a combo's end message (the latest, if several), an open or expired
   *     combo's latest message, a non-repeatable gift's message}
   */
  public abstract Instant timestamp();

  /** {@return true for a combo that never ended} */
  public abstract boolean isOpen();

  /** {@return true for a combo a live tally settled after its idle time, without an end message} */
  @Value.Default
  public boolean isExpired() {
    return false;
  }

  /** {@return {@code count x coinsPerGift}} */
  public Coins coins() {
    return Coins.of(coinsPerGift() * count()); // checked to fit when built
  }

  @Value.Check
  void check() {
    if (count() < 1) {
      throw new IllegalArgumentException("count must be >= 1, was " + count());
    }
    if (coinsPerGift() < 0) {
      throw new IllegalArgumentException("coinsPerGift must be >= 0, was " + coinsPerGift());
    }
    if (coinsPerGift() > 0 && count() > Long.MAX_VALUE / coinsPerGift()) {
      throw new IllegalArgumentException("count x coinsPerGift must be at most " + Long.MAX_VALUE + " coins, was "
          + count() + " x " + coinsPerGift());
    }
    if (isOpen() && !combo()) {
      throw new IllegalArgumentException("isOpen must be false for a non-repeatable gift, was true");
    }
    if (isExpired() && (!combo() || isOpen())) {
      throw new IllegalArgumentException("isExpired must be false for a non-repeatable gift or an open combo, was true");
    }
    if (!combo() && groupId() != 0) {
      throw new IllegalArgumentException("groupId must be 0 for a non-repeatable gift, was " + groupId());
    }
  }

  /** {@return one line: sender, gift, count, coins, state} */
  @Override
  public String toString() {
    return senderId() + senderName().filter(n -> !n.equals(senderId())).map(n -> " (" + n + ")").orElse("") + " -> "
        + hostId() + ": gift " + giftId() + giftName().map(n -> " " + n).orElse("") + " x" + count() + " = " + coins()
        + (combo() ? (isOpen() ? " (open combo " : isExpired() ? " (expired combo " : " (combo ") + groupId() + ")" : "")
        + " at " + timestamp();
  }
}
