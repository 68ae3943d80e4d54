package io.github.monetik.gifts;

import io.github.monetik.internal.MonetikStyle;
import io.github.monetik.money.Coins;
import java.time.Instant;
import org.immutables.value.Value;

/**
 * A gift as settlement counts it: a whole combo at its largest repeat count, or one non-repeatable
 * gift message with its quantity. {@link #isOpen()} marks a combo that never ended (reported by
 * {@link ComboSettlement#open()}, counted only if the caller asks with
 * {@link ComboSettlement#includeOpen()}).
 */
@Value.Immutable
@MonetikStyle
public abstract class CountedGift {
  CountedGift() {}

  /** {@return a builder; every field is required} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CountedGift}; {@code build()} checks the fields and names a bad one. */
  public static final class Builder extends ImmutableCountedGift.Builder {
    Builder() {}
  }

  /** {@return the sender's user id} */
  public abstract String senderId();

  /** {@return the recipient (the LIVE's host)} */
  public abstract String hostId();

  /** {@return TikTok's gift id} */
  public abstract long giftId();

  /** {@return true for a combo (repeatable gift), false for a non-repeatable gift message} */
  public abstract boolean combo();

  /** {@return the combo's group id; for a non-repeatable gift, its message id (each is its own group)} */
  public abstract long groupId();

  /** {@return how many gifts: a combo's largest repeat count, a non-repeatable message's quantity, {@code >= 1}} */
  public abstract long count();

  /** {@return the price of one gift in coins (the largest stated by the combo's messages), {@code >= 0}} */
  public abstract long coinsPerGift();

  /**
   * {@return when it counts: a combo's end message (the latest, if several), an open combo's latest message, a non-repeatable gift's message}
   */
  public abstract Instant timestamp();

  /** {@return true for a combo that never ended} */
  public abstract boolean isOpen();

  /**
   * {@return {@code count x coinsPerGift}}
   *
   * @throws ArithmeticException if that exceeds {@link Long#MAX_VALUE}
   */
  public Coins coins() {
    return Coins.of(coinsPerGift()).multipliedBy(count());
  }

  @Value.Check
  void check() {
    if (count() < 1) {
      throw new IllegalArgumentException("count must be >= 1, was " + count());
    }
    if (coinsPerGift() < 0) {
      throw new IllegalArgumentException("coinsPerGift must be >= 0, was " + coinsPerGift());
    }
    if (isOpen() && !combo()) {
      throw new IllegalArgumentException("isOpen must be false for a non-repeatable gift, was true");
    }
  }

  /** {@return one line: sender, gift, count, coins, state} */
  @Override
  public String toString() {
    return senderId() + " -> " + hostId() + ": gift " + giftId() + " x" + count() + " = " + coins()
        + (combo() ? (isOpen() ? " (open combo " : " (combo ") + groupId() + ")" : "") + " at " + timestamp();
  }
}
