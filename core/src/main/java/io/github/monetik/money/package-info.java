/**
 * The units: {@link io.github.monetik.money.Coins}, {@link io.github.monetik.money.Diamonds},
 * {@link io.github.monetik.money.Money}, {@link io.github.monetik.money.Rate} and
 * {@link io.github.monetik.money.MoneyRange}.
 *
 * <p>All exact, all immutable; no {@code double} anywhere. Coins and diamonds are separate types
 * so that confusing one for the other (a 2x error the LIVE clients' users make) does not compile.
 * Conversions between units exist only in policies, never as constants here. This package depends
 * on nothing else in Monetik.
 */
@NullMarked
package io.github.monetik.money;

import org.jspecify.annotations.NullMarked;
