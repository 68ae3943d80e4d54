/**
 * TikTok Shop affiliate commissions: products with seller-set rates, campaigns, a Shop Ads rate, a
 * tiered commission and a rate history; orders with lines and a dated lifecycle (events in any
 * order); the {@link io.github.monetik.affiliate.CommissionPolicy} that says what a rate applies to,
 * how refunds reduce it, when it is paid and what a late return does; and
 * {@link io.github.monetik.affiliate.CommissionStatement}, a monoid of what a creator has earned,
 * what is pending, payable and reversed, counting each order once. Receives its policy; never reads
 * the rules book.
 *
 * <pre>{@code
 * Affiliate affiliate = Monetik.defaults().affiliate();                  // or .forCountry("VN")
 * OrderCommission c = affiliate.commission(order);                      // line by line, what happened
 * CommissionStatement s = affiliate.statement(orders, LocalDate.of(2025, 3, 31));
 * s.payable(); s.pending(); s.byProduct(); s.rows();
 * orders.parallelStream().collect(affiliate.toStatement(asOf));         // the same statement
 * }</pre>
 */
@NullMarked
package io.github.monetik.affiliate;

import org.jspecify.annotations.NullMarked;
