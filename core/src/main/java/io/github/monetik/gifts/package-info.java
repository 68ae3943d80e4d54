/**
 * LIVE gifts and what they become: the {@link io.github.monetik.gifts.GiftCatalog}, the gift messages
 * a LIVE client delivers ({@link io.github.monetik.gifts.GiftEvent}), combo settlement that counts each
 * combo exactly once ({@link io.github.monetik.gifts.ComboSettlement}), the live tally of a running
 * LIVE ({@link io.github.monetik.gifts.LiveTally}), earnings per gift, sender, host and minute
 * ({@link io.github.monetik.gifts.LiveEarnings}), the diamond policy that turns gifted coins into a
 * creator's diamonds and cash, and withdrawal plans ({@link io.github.monetik.gifts.WithdrawalPlan}).
 * TikTok's own {@code WebcastGiftMessage} bytes decode to gift events with
 * {@link io.github.monetik.gifts.WebcastGiftDecoder}.
 * Start at {@code Monetik.gifts()} ({@link io.github.monetik.gifts.Gifts}). Receives its policies;
 * never reads the rules book.
 */
@NullMarked
package io.github.monetik.gifts;

import org.jspecify.annotations.NullMarked;
