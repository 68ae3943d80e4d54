/**
 * LIVE gifts and what they become: the diamond policy that turns gifted coins into a creator's
 * diamonds and cash, and the platform's cut. Receives its policy; never reads the rules book.
 */
@NullMarked
package io.github.monetik.gifts;

import org.jspecify.annotations.NullMarked;
