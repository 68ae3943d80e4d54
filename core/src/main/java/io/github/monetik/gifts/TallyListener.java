package io.github.monetik.gifts;

import io.github.monetik.money.Money;

/**
 * Hears what a {@link LiveTally} does with each message: a gift settled (or a settled one changed),
 * a combo opened or grew, an issue raised. Every method does nothing by default, so a listener
 * overrides what it needs, and pays only for that: a tally builds the counted gift of a growing
 * combo (most messages of a LIVE) only while some listener overrides {@link #onCombo}.
 *
 * <p>Calls come on the thread that fed the message, after the tally recorded it and outside the
 * tally's lock, in the order the tally made the changes (a gift's change before the issues it
 * raises; a message's own changes before the combos its stream time expires); a listener may read the tally
 * ({@link LiveTally#snapshot()}) from inside a call. A listener that throws does not change the
 * tally: the failure is counted as a {@link SettlementIssue.Kind#LISTENER_FAILED} issue and the other
 * listeners still hear the event.
 *
 * <pre>{@code
 * tally.addListener(new TallyListener() {
 *   public void onSettled(CountedGift gift, Money creatorCash, boolean revised) {
 *     overlay.flash(gift.senderName().orElse(gift.senderId()) + " sent " + gift.count() + " x " + gift.giftName().orElse("?"));
 *   }
 * });
 * }</pre>
 */
public interface TallyListener {
  /**
   * A gift counted: a single gift arrived, a combo ended or expired, or a counted gift changed (a
   * late repeat raised it, a copy with other contents replaced it).
   *
   * @param gift the counted gift as it now stands
   * @param creatorCash what it earns the creator under the tally's diamond policy, exact
   * @param revised true if the gift had counted before and its count, price, host or time changed
   */
  default void onSettled(CountedGift gift, Money creatorCash, boolean revised) {}

  /**
   * An open combo opened or grew (its largest count or its price changed).
   *
   * @param combo the combo as it now stands, {@link CountedGift#isOpen()}
   * @param opened true for its first message
   */
  default void onCombo(CountedGift combo, boolean opened) {}

  /**
   * An issue was raised (a message or combo added to it).
   *
   * @param issue the issue with its count so far
   */
  default void onIssue(SettlementIssue issue) {}
}
