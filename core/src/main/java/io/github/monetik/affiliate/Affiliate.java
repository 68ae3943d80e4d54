package io.github.monetik.affiliate;

import io.github.monetik.internal.Checks;
import io.github.monetik.report.Provenance;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collector;
import org.jspecify.annotations.Nullable;

/**
 * Affiliate commissions under one {@link CommissionPolicy}: what an order earns, line by line, and
 * a creator's statement as of a day. Immutable and safe to share between threads.
 *
 * <pre>{@code
 * Affiliate affiliate = Monetik.defaults().affiliate();
 * affiliate.commission(order);                                   // explained, line by line
 * affiliate.statement(orders, LocalDate.of(2025, 3, 31));        // payable, pending, reversed
 * orders.parallelStream().collect(affiliate.toStatement(asOf));  // the same, in parallel
 * }</pre>
 */
public final class Affiliate {
  private final CommissionPolicy policy;
  private final Provenance provenance;

  private Affiliate(CommissionPolicy policy, Provenance provenance) {
    this.policy = policy;
    this.provenance = provenance;
  }

  /**
   * {@return commissions under that policy}
   *
   * @param commissionPolicy the programme's policy
   * @param provenance where it comes from, carried into every result
   * @throws NullPointerException if an argument is null
   */
  public static Affiliate of(CommissionPolicy commissionPolicy, Provenance provenance) {
    return new Affiliate(Checks.notNull(commissionPolicy, "commissionPolicy"), Checks.notNull(provenance, "provenance"));
  }

  /** {@return where this door's rules come from} */
  public Provenance provenance() {
    return provenance;
  }

  /** {@return the policy every calculation uses} */
  public CommissionPolicy commissionPolicy() {
    return policy;
  }

  /**
   * {@return the rate applied and why}
   *
   * @param product the product sold
   * @param day the day of the sale
   * @param promotingSince since when the creator promotes it; empty means since before every change
   * @throws IllegalArgumentException see {@link CommissionPolicy#rateFor}
   */
  public AppliedRate rateFor(Product product, LocalDate day, Optional<LocalDate> promotingSince) {
    return policy.rateFor(product, day, promotingSince);
  }

  /**
   * An order's commission after all its events: a delivered order counts as settled.
   *
   * @param order the order
   * @return its commission, line by line
   * @throws IllegalArgumentException if a rate is outside the policy's range, a product paid no
   *     commission on the day, or lacks a category rate the policy needs
   */
  public OrderCommission commission(Order order) {
    return evaluate(order, Engine.ALL);
  }

  /**
   * An order's commission as of a day: events after it are not yet known.
   *
   * @param order the order
   * @param asOf the day
   * @return its commission, line by line; {@code NOT_YET_PLACED} and zero if placed after {@code asOf}
   * @throws IllegalArgumentException see {@link #commission(Order)}
   */
  public OrderCommission commission(Order order, LocalDate asOf) {
    return evaluate(order, Objects.requireNonNull(asOf, "asOf").toEpochDay());
  }

  private OrderCommission evaluate(Order order, long asOf) {
    Objects.requireNonNull(order, "order");
    Engine engine = new Engine(policy);
    boolean placed = engine.evaluate(order, asOf);
    return new OrderCommission(order, asOf, engine, placed);
  }

  /**
   * A creator's statement as of a day. Orders placed after {@code asOf} are left out; events after
   * it are not yet known.
   *
   * @param orders the creator's orders, in one currency
   * @param asOf the day
   * @return the statement
   * @throws io.github.monetik.money.CurrencyMismatchException if the orders' currencies differ
   * @throws IllegalArgumentException see {@link #commission(Order)}
   * @throws NullPointerException if an argument or an order is null
   */
  public CommissionStatement statement(Iterable<? extends @Nullable Order> orders, LocalDate asOf) {
    Objects.requireNonNull(orders, "orders");
    Accumulator a = new Accumulator(new Engine(policy), Objects.requireNonNull(asOf, "asOf").toEpochDay());
    for (Order o : orders) {
      a.add(Objects.requireNonNull(o, "orders contains null"));
    }
    return a.finish();
  }

  /**
   * {@return a collector of orders into the statement as of {@code asOf}; parallel streams give the same result}
   *
   * @param asOf the statement's day
   */
  public Collector<Order, ?, CommissionStatement> toStatement(LocalDate asOf) {
    long day = Objects.requireNonNull(asOf, "asOf").toEpochDay();
    return Collector.of(() -> new Accumulator(new Engine(policy), day), Accumulator::add, Accumulator::merge,
        Accumulator::finish);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Affiliate a && a.policy.equals(policy) && a.provenance.equals(provenance);
  }

  @Override
  public int hashCode() {
    return Objects.hash(policy, provenance);
  }

  @Override
  public String toString() {
    return "Affiliate[" + policy.name() + "]";
  }
}
