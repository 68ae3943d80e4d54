/**
 * Income side by side: the streams a creator earns from (and the ones that only bring
 * engagement), engagement rates by both conventions, LIVE session metrics, brand-deal estimates,
 * and the income report with each stream's share and the Herfindahl–Hirschman diversification.
 * {@link io.github.monetik.income.Income}'s bridges turn the other domains' results (LIVE earnings,
 * program estimates, commission statements, brand-deal estimates) into income entries.
 * Receives its {@link io.github.monetik.income.IncomePolicy}; never reads the rules book.
 */
@NullMarked
package io.github.monetik.income;

import org.jspecify.annotations.NullMarked;
