package io.github.monetik.affiliate;

import io.github.monetik.internal.Batch;
import io.github.monetik.internal.Checks;
import io.github.monetik.internal.Form;
import io.github.monetik.money.CurrencyMismatchException;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A creator's orders gathered for one statement as of one day, as a builder you feed, split, ship
 * and combine yourself: what {@link Affiliate#toStatement(LocalDate)} does inside a stream, for an
 * engine such as Spark or Flink that keeps its aggregation buffers itself and sends them between
 * machines. Made by {@link Affiliate#batch(LocalDate)}; read back from its bytes by
 * {@link Affiliate#batch(byte[])}.
 *
 * <pre>{@code
 * OrderBatch left = affiliate.batch(asOf);
 * for (Order o : chunk) left.add(o);
 * byte[] shipped = left.toBytes();                       // to another machine
 * CommissionStatement s = affiliate.batch(shipped).combine(other).statement();
 * }</pre>
 *
 * <p><b>Not thread-safe.</b> One batch per thread or per partition; combine them afterwards. Each
 * order is evaluated as it is added; the batch keeps its amounts per product, campaign and month,
 * the order ids, and each line under a {@link TieredCommission} at both tiers until the statement
 * ranks them.
 *
 * <p><b>Laws.</b>
 * <ul>
 *   <li><em>Merge:</em> {@link #combine} is associative and commutative: batches of any split of the
 *       orders, combined in any grouping and any order, give the statement of one pass over all of
 *       them. Nothing of the statement depends on the order of the input: its breakdowns are sorted
 *       by key, its {@link CommissionStatement#orderIds()} iterate in ascending order, and tiered
 *       orders are ranked by the day they were placed (then their id), not by arrival.
 *   <li><em>Round trip:</em> {@code door.batch(b.toBytes())} behaves exactly like {@code b}: the same
 *       statement and count, and the same after any further {@code add} or {@code combine}.
 *   <li><em>Refusal:</em> restoring bytes that are not such a form (truncated, altered, of another
 *       door) throws {@link IllegalArgumentException} naming {@code form}, or gives a batch that
 *       behaves consistently; never another exception.
 * </ul>
 *
 * <p><b>The form</b> (version 1, kind {@code 'A'}) holds the state, not the door: the header with
 * the digest of the door's commission policy (every field; not the provenance), the as-of day, the
 * currency (none before the first order), the order ids sorted, the amounts per product, per
 * campaign and per month sorted by key (each as pending, payable and reversed minor units; earned
 * is their sum), then the tiered lines sorted (product, day placed, order, first-tier size, both
 * tiers' amounts). It is canonical: two batches of the same orders give the same bytes, whatever
 * order they were added or combined in. The orders themselves are not kept, so restoring checks
 * the state against what evaluated orders always give: amounts that add up (per row, and products,
 * campaigns and months to one total), pending, payable and earned never negative, ids and keys
 * non-blank and each once, months and days not after the as-of day, tiered lines of the batch's
 * orders. The door supplies the policy and the provenance.
 */
public final class OrderBatch extends Batch<OrderBatch> {
  private final Affiliate door;
  private final Accumulator state;
  /** Why the batch may no longer be used, or null while it may. */

  private OrderBatch(Affiliate door, Accumulator state) {
    super("order batch", door);
    this.door = door;
    this.state = state;
  }

  /** {@return an empty batch as of that day} */
  static OrderBatch of(Affiliate door, long asOf) {
    return new OrderBatch(door, new Accumulator(new Engine(door.commissionPolicy()), asOf));
  }

  /** {@return the batch a form holds, checked} */
  static OrderBatch read(Affiliate door, byte[] form) {
    Form.Reader r = Form.read(form, 'A', "order batch", 1, door.rulesDigest());
    Accumulator state = Accumulator.read(r, new Engine(door.commissionPolicy()));
    r.end();
    return new OrderBatch(door, state);
  }

  @Override
  protected @Nullable String damage() {
    return state.damaged ? "a total passed " + Long.MAX_VALUE + " minor units half-way through an addition" : null;
  }


  /**
   * {@return this batch, one order more; an order placed after the as-of day adds nothing}
   *
   * @param order an order, in the batch's currency, not in the batch yet
   * @throws NullPointerException naming {@code order} if it is null
   * @throws IllegalArgumentException if the batch holds an order with its id already ({@code orders
   *     must hold each order once, was order 'o-1' twice}), or as {@link Affiliate#commission(Order)}
   *     says (the batch is then unchanged)
   * @throws CurrencyMismatchException if its currency is not the batch's (the batch is then unchanged)
   * @throws ArithmeticException if a total passes {@link Long#MAX_VALUE} minor units; the batch can
   *     then not be used any more
   * @throws IllegalStateException if this batch was combined into another one, or a total overflowed
   */
  public OrderBatch add(Order order) {
    usable();
    Checks.notNull(order, "order");
    if (!state.add(order)) {
      throw new IllegalArgumentException("orders must hold each order once, was order " + Checks.echo(order.id())
          + " twice");
    }
    return this;
  }

  /** {@return false if an order with its id is in already, for messages of the caller's own} */
  boolean accept(Order order) {
    return state.add(order);
  }

  /**
   * Takes in every order another batch holds.
   *
   * @param other a batch of an equal door ({@link Affiliate#equals}) as of the same day, of other
   *     orders; it must not be used afterwards (it throws {@link IllegalStateException} if it is)
   * @return this batch
   * @throws NullPointerException naming {@code other} if it is null
   * @throws IllegalArgumentException naming {@code other} if it is this batch, comes from another
   *     door or is as of another day; if it holds an order this batch holds, as the collector
   *     says it ({@code orders must hold each order once, was order 'o-1' twice}); both are then unchanged
   * @throws CurrencyMismatchException if the batches' currencies differ (both are then unchanged)
   * @throws ArithmeticException if a total passes {@link Long#MAX_VALUE} minor units; this batch can
   *     then not be used any more
   * @throws IllegalStateException if either batch was combined into another one, or a total overflowed
   */
  public OrderBatch combine(OrderBatch other) {
    combinable(other,
        () -> "a batch of this batch's door (equal policy and provenance), " + door);
    if (other.state.asOf != state.asOf) {
      throw Checks.invalid("other", "a batch as of " + Accumulator.day(state.asOf), "one as of "
          + Accumulator.day(other.state.asOf));
    }
    merge(other);
    spend(other);
    return this;
  }

  /** The collector's combiner (same door and day by construction): currency and ids checked, then added. */
  OrderBatch merge(OrderBatch other) {
    state.merge(other.state);
    return this;
  }

  /** {@return how many orders placed by the as-of day the batch holds} */
  public long orders() {
    usable();
    return state.ids.size();
  }

  /**
   * {@return the statement of every order added so far, as {@link Affiliate#statement} gives it; the
   *     batch stays usable, and the statement does not change when it does}
   *
   * @throws ArithmeticException if a total passes {@link Long#MAX_VALUE} minor units (when the
   *     statement is read: the tiered lines are added then)
   * @throws IllegalStateException if this batch was combined into another one, or a total overflowed
   */
  public CommissionStatement statement() {
    usable();
    return CommissionStatement.of(door.provenance(), state.copy(), state.ids);
  }

  /** The collector's finisher: the state itself, not copied (the container is not used again). */
  CommissionStatement finish() {
    return CommissionStatement.of(door.provenance(), state);
  }

  /**
   * {@return the batch's form, version 1 (see the class comment): deterministic and canonical, so
   *     equal batches give equal bytes, and a restored batch gives the bytes it was read from}
   *
   * @throws IllegalStateException if this batch was combined into another one, or a total overflowed
   */
  public byte[] toBytes() {
    usable();
    Form.Writer w = Form.write('A', 1, door.rulesDigest());
    state.write(w);
    return w.toBytes();
  }

  /** {@return for example {@code OrderBatch[12 orders as of 2025-03-31]}} */
  @Override
  public String toString() {
    return "OrderBatch[" + state.ids.size() + " orders as of " + Accumulator.day(state.asOf)
        + (isSpent() ? ", spent" : "") + "]";
  }
}
