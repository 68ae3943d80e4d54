/**
 * TikTok Shop affiliate commissions: products with seller-set rates, campaigns and a rate history;
 * orders with lines and a dated lifecycle; the {@link io.github.monetik.affiliate.CommissionPolicy}
 * that says what a rate applies to, how refunds reduce it and when it is paid; and
 * {@link io.github.monetik.affiliate.CommissionStatement}, a monoid of what a creator has earned,
 * what is pending, payable and reversed. Receives its policy; never reads the rules book.
 *
 * <pre>{@code
 * Affiliate affiliate = Monetik.defaults().affiliate();
 * OrderCommission c = affiliate.commission(order);          // line by line
 * CommissionStatement s = affiliate.statement(orders, LocalDate.of(2025, 3, 31));
 * s.payable(); s.pending(); s.byProduct();
 * }</pre>
 */
@NullMarked
package io.github.monetik.affiliate;

import org.jspecify.annotations.NullMarked;
