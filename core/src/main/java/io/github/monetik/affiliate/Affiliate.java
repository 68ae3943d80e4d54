package io.github.monetik.affiliate;

import io.github.monetik.internal.Checks;
import io.github.monetik.internal.Door;
import io.github.monetik.internal.RulesText;
import io.github.monetik.report.Provenance;
import java.time.LocalDate;
import java.util.TreeMap;
import java.util.stream.Collector;

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
public final class Affiliate extends Door {
  private final CommissionPolicy policy;
  private final Provenance provenance;
  private final CommissionStatement empty;

  private Affiliate(CommissionPolicy policy, Provenance provenance) {
    super(policy, provenance);
    Provenance p = provenance;
    for (String note : policy.notes()) {
      p = p.withNote(note);
    }
    this.policy = policy;
    this.provenance = p;
    this.empty = CommissionStatement.empty(p);
  }

  /**
   * {@return commissions under that policy}
   *
   * @param commissionPolicy the programme's policy
   * @param provenance where it comes from; the door adds the policy's notes to it and carries it
   *     into every result
   * @throws NullPointerException if an argument is null
   */
  public static Affiliate of(CommissionPolicy commissionPolicy, Provenance provenance) {
    return new Affiliate(Checks.notNull(commissionPolicy, "commissionPolicy"), Checks.notNull(provenance, "provenance"));
  }

  /** {@return where this door's rules come from, with the policy's notes} */
  public Provenance provenance() {
    return provenance;
  }

  /** {@return the policy every calculation uses} */
  public CommissionPolicy commissionPolicy() {
    return policy;
  }

  /**
   * {@return the rate an organic sale on that day earns and why, for a creator promoting the product
   *     since before every rate change; see {@link CommissionPolicy#rateFor(Product, LocalDate)}}
   *
   * @param product the product sold
   * @param day the day of the sale
   * @throws IllegalArgumentException see {@link CommissionPolicy#rateFor(Product, LocalDate)}
   * @throws NullPointerException if an argument is null
   */
  public AppliedRate rateFor(Product product, LocalDate day) {
    return policy.rateFor(product, day);
  }

  /**
   * {@return the rate an organic sale on that day earns and why, for a creator promoting the product
   *     since {@code promotingSince}; see {@link CommissionPolicy#rateFor(Product, LocalDate, LocalDate)}}
   *
   * @param product the product sold
   * @param day the day of the sale
   * @param promotingSince since when the creator promotes it, without a break
   * @throws IllegalArgumentException see {@link CommissionPolicy#rateFor(Product, LocalDate, LocalDate)}
   * @throws NullPointerException if an argument is null
   */
  public AppliedRate rateFor(Product product, LocalDate day, LocalDate promotingSince) {
    return policy.rateFor(product, day, promotingSince);
  }

  /**
   * An order's commission after all its events: a delivered order counts as settled. A line under
   * a tiered commission shows its first tier (the estimate); a statement ranks the orders.
   *
   * @param order the order
   * @return its commission, line by line
   * @throws IllegalArgumentException if a rate is outside the policy's range, a product paid no
   *     commission on the day, or lacks a category rate the policy needs
   * @throws NullPointerException if the order is null
   */
  public OrderCommission commission(Order order) {
    return evaluate(Checks.notNull(order, "order"), Engine.ALL);
  }

  /**
   * An order's commission as of a day: events after it are not yet known.
   *
   * @param order the order
   * @param asOf the day
   * @return its commission, line by line; {@code NOT_YET_PLACED} and zero if placed after {@code asOf}
   * @throws IllegalArgumentException see {@link #commission(Order)}
   * @throws NullPointerException if an argument is null
   */
  public OrderCommission commission(Order order, LocalDate asOf) {
    Checks.notNull(order, "order");
    return evaluate(order, Checks.notNull(asOf, "asOf").toEpochDay());
  }

  private OrderCommission evaluate(Order order, long asOf) {
    Engine engine = new Engine(policy);
    boolean placed = engine.evaluate(order, asOf);
    return new OrderCommission(provenance, order, asOf, engine, placed);
  }

  /**
   * A creator's statement as of a day. Orders placed after {@code asOf} are left out; events after
   * it are not yet known.
   *
   * @param orders the creator's orders, in one currency, each once
   * @param asOf the day
   * @return the statement
   * @throws io.github.monetik.money.CurrencyMismatchException if the orders' currencies differ
   * @throws IllegalArgumentException if an order id comes twice (naming the second, {@code orders[3]}),
   *     or see {@link #commission(Order)}
   * @throws NullPointerException naming the argument or the order ({@code orders[3]}) that is null
   * @throws ArithmeticException if a total passes {@link Long#MAX_VALUE} minor units
   */
  public CommissionStatement statement(Iterable<Order> orders, LocalDate asOf) {
    Checks.notNull(orders, "orders");
    OrderBatch batch = OrderBatch.of(this, Checks.notNull(asOf, "asOf").toEpochDay());
    int i = 0;
    for (Order o : orders) {
      if (o == null) {
        throw new NullPointerException("orders[" + i + "]");
      }
      if (!batch.accept(o)) {
        throw new IllegalArgumentException("orders[" + i + "] must be an order not in the statement yet, was order "
            + Checks.echo(o.id()) + " again");
      }
      i++;
    }
    return batch.finish();
  }

  /**
   * {@return the statement of no orders, as of no day yet: the identity of
   *     {@link CommissionStatement#combine} and the start of a fold of {@link CommissionStatement#plus}}
   */
  public CommissionStatement emptyStatement() {
    return empty;
  }

  /**
   * {@return a collector of orders into the statement as of {@code asOf}; parallel streams give the
   *     same result; an order id that comes twice throws an {@link IllegalArgumentException} naming it,
   *     a null order a {@link NullPointerException} ({@code order}), mixed currencies a
   *     {@link io.github.monetik.money.CurrencyMismatchException}, a total past {@link Long#MAX_VALUE}
   *     minor units an {@link ArithmeticException}}
   *
   * @param asOf the statement's day
   * @throws NullPointerException if it is null
   */
  public Collector<Order, ?, CommissionStatement> toStatement(LocalDate asOf) {
    long day = Checks.notNull(asOf, "asOf").toEpochDay();
    return Collector.of(() -> OrderBatch.of(this, day), OrderBatch::add, OrderBatch::merge, OrderBatch::finish);
  }

  /**
   * {@return an empty batch of orders for the statement as of {@code asOf}: the collector
   *     {@link #toStatement(LocalDate)} as a builder that an engine feeds, combines and ships as bytes}
   *
   * @param asOf the statement's day
   * @throws NullPointerException naming {@code asOf} if it is null
   */
  public OrderBatch batch(LocalDate asOf) {
    return OrderBatch.of(this, Checks.notNull(asOf, "asOf").toEpochDay());
  }

  /**
   * {@return the batch a form holds ({@link OrderBatch#toBytes()}), under this door's policy}
   *
   * @param form the bytes of an order batch written under a door with the same commission policy
   * @throws NullPointerException naming {@code form} if it is null
   * @throws IllegalArgumentException naming {@code form}, the field and the byte offset if the bytes
   *     are not such a form: truncated, another header, kind or version, written under another
   *     policy, a value out of range, a state no orders give (amounts that do not add up, a negative
   *     pending amount, a tiered line of an order the batch does not hold, ...) or bytes left over
   */
  public OrderBatch batch(byte[] form) {
    return OrderBatch.read(this, form);
  }

  /** {@return the digest of this door's policy as a batch's form records it: every field} */
  long rulesDigest() {
    RulesText t = new RulesText("affiliate").text("name", policy.name()).value("rateSource", policy.rateSource().name())
        .decimal("minRate", policy.minRate().value()).decimal("maxRate", policy.maxRate().value())
        .value("categoryRates", policy.categoryRates().size());
    new TreeMap<>(policy.categoryRates()).forEach((category, rate) -> t.text("category", category)
        .decimal("rate", rate.value()));
    return t.value("platformDiscount", policy.platformDiscount().name()).value("settlementDays", policy.settlementDays())
        .value("payDaysOfMonth", policy.payDaysOfMonth()).value("rateDecreaseLockDays", policy.rateDecreaseLockDays())
        .value("refundRule", policy.refundRule().name()).value("returnWindowDays", policy.returnWindowDays())
        .value("returnsAfterSettlement", policy.returnsAfterSettlement().name())
        .value("rounding", policy.rounding().name()).value("roundingMode", policy.roundingMode().name())
        .texts("notes", policy.notes()).digest();
  }


  /** {@return for example {@code Affiliate[TikTok Shop; rules latest]}} */
  @Override
  public String toString() {
    return "Affiliate[" + policy.name() + "; rules " + provenance.id() + "]";
  }
}
