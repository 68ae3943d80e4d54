/**
 * The units: {@link io.github.monetik.money.Coins}, {@link io.github.monetik.money.Diamonds},
 * {@link io.github.monetik.money.Money}, {@link io.github.monetik.money.Rate} and
 * {@link io.github.monetik.money.MoneyRange}; the user's {@link io.github.monetik.money.ExchangeRates}
 * and the exceptions of mixing or converting currencies.
 *
 * <p>All exact, all immutable; no {@code double} anywhere. Coins and diamonds are separate types
 * so that confusing one for the other (a 2x error the LIVE clients' users make) does not compile.
 * Conversions between units exist only in policies, never as constants here. This package depends
 * on nothing else in Monetik.
 *
 * <h2 id="bounds">Bounds</h2>
 *
 * <p>Every decimal number Monetik takes in or gives out, in this package and in every domain
 * (amounts, factors, rates, and the results of arithmetic on them), is within one set of bounds:
 * <ul>
 *   <li>its magnitude is below 10^{@value io.github.monetik.money.Money#MAX_DIGITS} (at most
 *       {@value io.github.monetik.money.Money#MAX_DIGITS} digits before the decimal point), and
 *   <li>it has at most {@value io.github.monetik.money.Money#MAX_DIGITS} decimals (trailing zeros
 *       do not count).
 * </ul>
 * No real sum of money, and no share of one, comes near these limits; what they rule out are values
 * such as {@code 1E+999999999} or {@code 1E-1000000}, whose exact digits would take gigabytes to
 * print or hours to add. So every value a method returns prints in a few hundred characters, and
 * {@code parse} reads that text back.
 *
 * <ul>
 *   <li>An argument beyond the bounds is an {@link java.lang.IllegalArgumentException} that names the
 *       argument and echoes the value, briefly and in scientific notation ({@code "factor must be below
 *       10^100 in magnitude with at most 100 decimals, was 1E+1000000"}).
 *   <li>A result beyond the bounds is an {@link java.lang.ArithmeticException} naming the unit and the
 *       operation ({@code "Money overflow in multipliedBy: ..."} when too large, {@code "Money underflow
 *       in multipliedBy: ..."} when it has too many decimals). Nothing is clamped or rounded away to
 *       fit: round explicitly first ({@link io.github.monetik.money.Money#multipliedBy(Rate,
 *       java.math.RoundingMode)} rounds the exact share once).
 *   <li>Counts ({@code Coins}, {@code Diamonds}) are {@code long}s, never negative; overflow is an
 *       {@link java.lang.ArithmeticException} naming the operation.
 * </ul>
 * The checks look at a number's precision and scale, never at its written-out digits, so even
 * {@code 1E+2147483647} is refused at once.
 *
 * <h2 id="serialization">Serialization</h2>
 *
 * <p>The units serialize through private serial forms that are read back through their public
 * factories, so a crafted stream meets every check a caller meets (a negative count or an amount
 * beyond the bounds is an {@link java.io.InvalidObjectException}); the exceptions keep their
 * currencies as ISO 4217 codes.
 */
@NullMarked
package io.github.monetik.money;

import org.jspecify.annotations.NullMarked;
