package io.github.monetik.gifts;

import io.github.monetik.internal.Checks;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A reusable, mutable gift message: the fast path for readers of large files, which fill one
 * {@code GiftMessage} per record and hand it to {@link GiftSettler#accept(GiftMessage)} instead of
 * building a {@link GiftEvent} each time. The fields and their meaning are {@link GiftEvent}'s; the
 * settler checks them as {@code GiftEvent.builder().build()} does, with the same messages.
 *
 * <p>Not thread-safe: one per reading thread. Every field must be set before the first accept; a
 * field keeps its value until set again ({@link #clearNames()} clears the optional names).
 *
 * <pre>{@code
 * GiftMessage m = new GiftMessage();
 * for (Record r : file) {
 *   settler.accept(m.messageId(r.id()).epochMilli(r.time()).senderId(r.sender()).hostId(r.host())
 *       .giftId(r.gift()).coinsPerGift(r.price()).repeatable(r.type() == 1).repeatCount(r.count())
 *       .repeatEnd(r.end()).groupId(r.group()));
 * }
 * }</pre>
 */
public final class GiftMessage {
  private long messageId;
  private long epochMilli = Long.MIN_VALUE;
  private @Nullable String senderId;
  private @Nullable String senderName;
  private @Nullable String hostId;
  private long giftId;
  private @Nullable String giftName;
  private long coinsPerGift = -1;
  private boolean repeatable;
  private int repeatCount;
  private boolean repeatEnd;
  private long groupId;

  /** An empty message; set its fields before use. */
  public GiftMessage() {}

  /**
   * {@return this message}
   *
   * @param id TikTok's message id ({@link GiftEvent#messageId()})
   */
  public GiftMessage messageId(long id) {
    this.messageId = id;
    return this;
  }

  /**
   * {@return this message}
   *
   * @param millis the message's create time in epoch milliseconds, in [2000, 2100)
   */
  public GiftMessage epochMilli(long millis) {
    this.epochMilli = millis;
    return this;
  }

  /**
   * {@return this message}
   *
   * @param id the sender's user id, not blank
   */
  public GiftMessage senderId(String id) {
    this.senderId = id;
    return this;
  }

  /**
   * {@return this message}
   *
   * @param name the sender's display name, or null for none
   */
  public GiftMessage senderName(@Nullable String name) {
    this.senderName = name;
    return this;
  }

  /**
   * {@return this message}
   *
   * @param id the recipient's user id, not blank
   */
  public GiftMessage hostId(String id) {
    this.hostId = id;
    return this;
  }

  /**
   * {@return this message}
   *
   * @param id TikTok's gift id
   */
  public GiftMessage giftId(long id) {
    this.giftId = id;
    return this;
  }

  /**
   * {@return this message}
   *
   * @param name the gift's name as the message states it, or null for none
   */
  public GiftMessage giftName(@Nullable String name) {
    this.giftName = name;
    return this;
  }

  /**
   * {@return this message}
   *
   * @param coins the price of one gift in coins, {@code >= 0}
   */
  public GiftMessage coinsPerGift(long coins) {
    this.coinsPerGift = coins;
    return this;
  }

  /**
   * {@return this message}
   *
   * @param combo true for a repeatable (combo) gift
   */
  public GiftMessage repeatable(boolean combo) {
    this.repeatable = combo;
    return this;
  }

  /**
   * {@return this message}
   *
   * @param count the combo's running total, or the quantity, {@code >= 1}
   */
  public GiftMessage repeatCount(int count) {
    this.repeatCount = count;
    return this;
  }

  /**
   * {@return this message}
   *
   * @param end true on the message that closes a combo
   */
  public GiftMessage repeatEnd(boolean end) {
    this.repeatEnd = end;
    return this;
  }

  /**
   * {@return this message}
   *
   * @param group the combo's group id, never negative; 0 when the input has none
   */
  public GiftMessage groupId(long group) {
    this.groupId = group;
    return this;
  }

  /** {@return this message, without sender or gift name} */
  public GiftMessage clearNames() {
    senderName = null;
    giftName = null;
    return this;
  }

  /**
   * {@return the message as an immutable event}
   *
   * @throws IllegalArgumentException naming a bad field
   */
  public GiftEvent toEvent() {
    check();
    return GiftEvent.builder().messageId(messageId).timestamp(Instant.ofEpochMilli(epochMilli))
        .senderId(Checks.notNull(senderId, "senderId")).senderName(java.util.Optional.ofNullable(senderName))
        .hostId(Checks.notNull(hostId, "hostId")).giftId(giftId).giftName(java.util.Optional.ofNullable(giftName))
        .coinsPerGift(coinsPerGift).repeatable(repeatable).repeatCount(repeatCount).repeatEnd(repeatEnd)
        .groupId(groupId).build();
  }

  /** Checks the fields as {@link GiftEvent} does, with its messages. */
  void check() {
    if (epochMilli < GiftEvent.EARLIEST.toEpochMilli() || epochMilli >= GiftEvent.LATEST.toEpochMilli()) {
      throw Checks.invalid("timestamp", "in [" + GiftEvent.EARLIEST + ", " + GiftEvent.LATEST + ")",
          epochMilli == Long.MIN_VALUE ? "unset" : Instant.ofEpochMilli(epochMilli));
    }
    Checks.notBlank(senderId, "senderId");
    Checks.notBlank(hostId, "hostId");
    if (repeatCount < 1) {
      throw new IllegalArgumentException("repeatCount must be >= 1, was " + repeatCount);
    }
    if (coinsPerGift < 0) {
      throw new IllegalArgumentException("coinsPerGift must be >= 0, was " + coinsPerGift);
    }
    if (groupId < 0) {
      throw new IllegalArgumentException("groupId must be >= 0, was " + groupId);
    }
  }

  void feed(ComboSettler settler) {
    check();
    settler.message(messageId, epochMilli, Checks.notNull(senderId, "senderId"), senderName,
        Checks.notNull(hostId, "hostId"), giftId, giftName, coinsPerGift, repeatable, repeatCount, repeatEnd, groupId);
  }

  /** {@return the fields, for a message} */
  @Override
  public String toString() {
    return "GiftMessage[" + messageId + " " + epochMilli + " " + senderId + " -> " + hostId + " gift " + giftId + " x"
        + repeatCount + " @" + coinsPerGift + (repeatable ? (repeatEnd ? " combo end" : " combo") + " group " + groupId : "")
        + "]";
  }
}
