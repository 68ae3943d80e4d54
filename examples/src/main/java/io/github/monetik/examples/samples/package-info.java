/**
 * The sample-data generators, apart from the commands that report on data: each is seeded, so the
 * same seed always makes the same data. {@code AffiliateSample} and {@code StreakSample} write the
 * shipped sample files (tests check the shipped files against them), {@code CreatorMonthSample} makes
 * {@code creator-month}'s inputs, {@code GiftFiles} writes {@code parallel-totals}' big gift files and
 * {@code GeneratedLive} plays a LIVE for {@code overlay generated} and the engines' room logs.
 */
package io.github.monetik.examples.samples;
