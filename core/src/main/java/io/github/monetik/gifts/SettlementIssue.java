package io.github.monetik.gifts;

import io.github.monetik.internal.Checks;

/**
 * A report entry from settlement: something in the input a caller should know about, per kind and
 * gift id, with how often it happened. Issues never change a total silently; each says what was
 * counted and why. Immutable; a plain result, so a record (settlement makes them, with a sentence
 * per kind; a caller may make one to compare with).
 *
 * @param kind the kind of entry
 * @param giftId the gift id concerned, as the messages stated it (0 for {@link Kind#LISTENER_FAILED})
 * @param count how many messages or combos, as the {@link Kind} says ({@code >= 1})
 * @param detail a sentence saying what happened and what was counted
 */
public record SettlementIssue(Kind kind, long giftId, long count, String detail) {
  /** Issues order by kind, then gift id, so every report lists them the same way. */
  static final java.util.Comparator<SettlementIssue> ORDER =
      java.util.Comparator.comparing(SettlementIssue::kind).thenComparingLong(SettlementIssue::giftId);

  /** What kind of entry; {@link #count()} counts messages or combos, as each kind says. */
  public enum Kind {
    /**
     * Messages named a gift id the catalog does not know. They are counted with the coins the
     * messages themselves state, not guessed; {@link #count()} counts the messages.
     */
    UNKNOWN_GIFT,
    /**
     * Messages stated a price or a combo flag that differs from the catalog's for their gift id. They
     * are counted at their own stated price, what the viewer paid; {@link #count()} counts them.
     */
    CATALOG_MISMATCH,
    /**
     * Repeatable (combo) messages came without a group id (TikTokLiveJava's events have none), so
     * which combo a message belongs to is inferred: a count that falls, or a message after an end,
     * starts a new combo (never merging two). Repeats that arrive out of order can then split a combo;
     * {@link #count()} counts the messages.
     */
    MISSING_GROUP_ID,
    /**
     * A combo's messages stated different prices; it settles at the price its largest-count message
     * states (so settled coins never exceed the naive sum). {@link #count()} counts the combos.
     */
    PRICE_CHANGED,
    /**
     * A combo ended but its first repeats were never seen (its smallest repeat count is above 1): it
     * began before the input did. It is counted once, at its largest repeat count, as the combo rule
     * says; {@link #count()} counts the combos.
     */
    END_WITHOUT_START,
    /**
     * One message id came twice with different contents (count, price, time or host). The greater
     * version counts, whatever the arrival order; {@link #count()} counts the copies whose contents
     * differ from the version counted (so it does not depend on the order either).
     */
    CONFLICTING_DUPLICATE,
    /**
     * A combo saw no message for the tally's idle time and was settled at its largest count, flagged
     * {@link CountedGift#isExpired()}; {@link #count()} counts the combos.
     */
    EXPIRED,
    /**
     * Messages were older than the tally's retention window and their combo's or gift's identity was
     * no longer kept: they are not counted (they might be copies of a gift counted already), and the
     * entry says their coins. {@link #count()} counts the messages.
     */
    LATE_MESSAGE,
    /** A tally listener threw; the tally's state is unchanged. {@link #count()} counts the failures. */
    LISTENER_FAILED
  }

  /**
   * An issue, checked.
   *
   * @param kind the kind of entry
   * @param giftId the gift id concerned, as the messages stated it (0 for {@link Kind#LISTENER_FAILED})
   * @param count how many messages or combos, as the {@link Kind} says ({@code >= 1})
   * @param detail a sentence saying what happened and what was counted
   * @throws NullPointerException naming {@code kind} or {@code detail} if it is null
   * @throws IllegalArgumentException naming {@code count} if it is below 1
   */
  public SettlementIssue {
    Checks.notNull(kind, "kind");
    Checks.positive(count, "count");
    Checks.notNull(detail, "detail");
  }

  /** {@code extra}: the catalog's gift for CATALOG_MISMATCH, the idle time for EXPIRED, the window and coins for LATE_MESSAGE, the failure for LISTENER_FAILED. */
  static SettlementIssue of(Kind kind, long giftId, long count, String extra) {
    String gift = "gift id " + giftId;
    String detail = switch (kind) {
      case UNKNOWN_GIFT -> gift + " is not in the catalog: " + count + " message(s) counted at the coins they state";
      case CATALOG_MISMATCH -> gift + ": " + count + " message(s) state another price or combo flag than the catalog's ("
          + extra + "): counted at their own stated price";
      case MISSING_GROUP_ID -> gift + ": " + count + " combo message(s) without a group id: combos split where the"
          + " count falls or a message follows an end";
      case PRICE_CHANGED -> gift + ": " + count + " combo(s) whose messages state different prices: each settled at"
          + " the price of its largest-count message";
      case END_WITHOUT_START -> gift + ": " + count + " combo(s) ended without their first repeats: counted once at"
          + " their largest count";
      case CONFLICTING_DUPLICATE -> gift + ": " + count + " message(s) repeat a message id with other contents: the"
          + " greater version counted, whatever the order";
      case EXPIRED -> gift + ": " + count + " combo(s) saw no message for " + extra + ": settled at their largest count";
      case LATE_MESSAGE -> gift + ": " + count + " message(s) older than the " + extra;
      case LISTENER_FAILED -> "a listener threw " + count + " time(s), the last: " + extra + " (the tally is unchanged)";
    };
    return new SettlementIssue(kind, giftId, count, detail);
  }

  /** {@return {@code KIND: detail}} */
  @Override
  public String toString() {
    return kind + ": " + detail;
  }
}
