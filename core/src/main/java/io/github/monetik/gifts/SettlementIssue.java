package io.github.monetik.gifts;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A report entry from settlement: something in the input a caller should know about. Issues never
 * change a total silently; each says what was counted and why.
 */
public final class SettlementIssue {
  /** What kind of entry. */
  public enum Kind {
    /**
     * Messages named a gift id the catalog does not know. They are counted with the coins the
     * messages themselves state (not guessed from the catalog); {@link #messages()} says how many.
     */
    UNKNOWN_GIFT,
    /**
     * A combo ended but its first repeats were never seen (its smallest repeat count is above 1): it
     * began before the input did. It is counted once, at its largest repeat count, as the combo rule
     * says; {@link #messages()} is the smallest count seen.
     */
    END_WITHOUT_START
  }

  private final Kind kind;
  private final long giftId;
  private final String detail;
  private final long messages;

  private SettlementIssue(Kind kind, long giftId, long messages, String detail) {
    this.kind = kind;
    this.giftId = giftId;
    this.messages = messages;
    this.detail = detail;
  }

  static SettlementIssue unknownGift(long giftId, long messages) {
    return new SettlementIssue(Kind.UNKNOWN_GIFT, giftId, messages,
        "gift id " + giftId + " is not in the catalog: " + messages + " message(s) counted at the coins they state");
  }

  static SettlementIssue endWithoutStart(String senderId, long giftId, long groupId, long smallest, long largest) {
    return new SettlementIssue(Kind.END_WITHOUT_START, giftId, smallest,
        "combo " + groupId + " of " + senderId + " (gift " + giftId + ") ended at " + largest
            + " but its first repeat seen was " + smallest + ": counted once at " + largest);
  }

  /** {@return the kind of entry} */
  public Kind kind() {
    return kind;
  }

  /** {@return the gift id concerned} */
  public long giftId() {
    return giftId;
  }

  /** {@return for {@link Kind#UNKNOWN_GIFT} the number of messages, for {@link Kind#END_WITHOUT_START} the smallest repeat count seen} */
  public long messages() {
    return messages;
  }

  /** {@return a sentence saying what happened and what was counted} */
  public String detail() {
    return detail;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof SettlementIssue i && i.kind == kind && i.giftId == giftId && i.messages == messages
        && i.detail.equals(detail);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, giftId, messages, detail);
  }

  /** {@return {@code KIND: detail}} */
  @Override
  public String toString() {
    return kind + ": " + detail;
  }
}
