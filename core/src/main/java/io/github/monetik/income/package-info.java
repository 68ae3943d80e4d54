/**
 * Income side by side: the streams a creator earns from (and the ones that only bring
 * engagement), engagement rates by both conventions, LIVE session metrics, brand-deal estimates,
 * and the income report with each stream's share and the Herfindahl–Hirschman diversification.
 * Receives its {@link io.github.monetik.income.IncomePolicy}; never reads the rules book.
 */
@NullMarked
package io.github.monetik.income;

import org.jspecify.annotations.NullMarked;
