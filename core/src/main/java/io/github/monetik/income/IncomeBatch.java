package io.github.monetik.income;

import io.github.monetik.internal.Batch;
import io.github.monetik.internal.Checks;
import io.github.monetik.internal.Form;
import io.github.monetik.money.CurrencyMismatchException;
import java.util.Currency;
import org.jspecify.annotations.Nullable;

/**
 * Income entries gathered for one report in one currency, as a builder you feed, split, ship and
 * combine yourself: what {@link Income#toReport(Currency)} does inside a stream, for an engine such
 * as Spark or Flink that keeps its aggregation buffers itself and sends them between machines. Made
 * by {@link Income#batch(Currency)}; read back from its bytes by {@link Income#batch(byte[])}.
 *
 * <pre>{@code
 * IncomeBatch left = income.batch(Currency.getInstance("USD"));
 * for (IncomeEntry e : chunk) left.add(e);
 * byte[] shipped = left.toBytes();                       // to another machine
 * IncomeReport report = income.batch(shipped).combine(other).report();
 * }</pre>
 *
 * <p><b>Not thread-safe.</b> One batch per thread or per partition; combine them afterwards. A batch
 * keeps sums, not entries: the net amount per month and stream, the estimated part, the number of
 * entries and the sum of their absolute amounts (which keeps every total within Monetik's bounds).
 *
 * <p><b>Laws.</b>
 * <ul>
 *   <li><em>Merge:</em> {@link #combine} is associative and commutative: batches of any split of the
 *       entries, combined in any grouping and any order, give the report of one pass over all of
 *       them (sums are exact; months are listed in order, streams in stream order).
 *   <li><em>Round trip:</em> {@code door.batch(b.toBytes())} behaves exactly like {@code b}: the same
 *       report and count, and the same after any further {@code add} or {@code combine}.
 *   <li><em>Refusal:</em> restoring bytes that are not such a form (truncated, altered, of another
 *       door) throws {@link IllegalArgumentException} naming {@code form}, or gives a batch that
 *       behaves consistently; never another exception.
 * </ul>
 *
 * <p><b>The form</b> (version 1, kind {@code 'I'}) holds the state, not the door: the header with
 * the digest of the door's income policy (every field; not the provenance), the currency, the
 * number of entries, the sum of their absolute amounts, the estimated part, then per month (in
 * order) each stream's net sum (in stream order, the stream by its name), each decimal as its scale
 * and unscaled value. It
 * is canonical: two batches of the same entries give the same bytes, whatever order they were added
 * or combined in. Restoring checks every sum against what entries always keep (within bounds, the
 * sums within the sum of absolute amounts, nothing in a stream that pays no money, no sums without
 * entries), so the report's numbers agree with each other. The door supplies the provenance.
 */
public final class IncomeBatch extends Batch<IncomeBatch> {
  private final Income door;
  private final IncomeReport.Tally tally;
  /** Why the batch may no longer be used, or null while it may. */

  private IncomeBatch(Income door, IncomeReport.Tally tally) {
    super("income batch", door);
    this.door = door;
    this.tally = tally;
  }

  /** {@return an empty batch in that currency} */
  static IncomeBatch of(Income door, Currency currency) {
    return new IncomeBatch(door, new IncomeReport.Tally(currency));
  }

  /** {@return the batch a form holds, checked} */
  static IncomeBatch read(Income door, byte[] form) {
    Form.Reader r = Form.read(form, 'I', "income batch", 1, door.rulesDigest());
    IncomeReport.Tally tally = IncomeReport.Tally.read(r);
    r.end();
    return new IncomeBatch(door, tally);
  }


  /**
   * {@return this batch, one entry more}
   *
   * @param entry an entry in the batch's currency
   * @throws NullPointerException naming {@code entry} if it is null
   * @throws CurrencyMismatchException if it is in another currency (the batch is then unchanged)
   * @throws ArithmeticException if the sum of the entries' absolute amounts would leave Monetik's
   *     bounds (the batch is then unchanged)
   * @throws IllegalStateException if this batch was combined into another one
   */
  public IncomeBatch add(IncomeEntry entry) {
    usable();
    tally.add(entry);
    return this;
  }

  /**
   * Takes in every entry another batch holds.
   *
   * @param other a batch of an equal door ({@link Income#equals}) in the same currency; it must not
   *     be used afterwards (it throws {@link IllegalStateException} if it is)
   * @return this batch
   * @throws NullPointerException naming {@code other} if it is null
   * @throws IllegalArgumentException naming {@code other} if it is this batch, comes from another
   *     door or is in another currency (both are then unchanged)
   * @throws ArithmeticException if the sum of the entries' absolute amounts would leave Monetik's
   *     bounds (both are then unchanged)
   * @throws IllegalStateException if either batch was combined into another one
   */
  public IncomeBatch combine(IncomeBatch other) {
    combinable(other,
        () -> "a batch of this batch's door (equal policy and provenance), " + door);
    if (!other.tally.currency().equals(tally.currency())) {
      throw Checks.invalid("other", "a batch in " + tally.currency(), "one in " + other.tally.currency());
    }
    tally.merge(other.tally);
    spend(other);
    return this;
  }

  /** The collector's combiner: same door and currency by construction. */
  IncomeBatch merge(IncomeBatch other) {
    tally.merge(other.tally);
    return this;
  }

  /** {@return how many entries were added} */
  public long entries() {
    usable();
    return tally.entries();
  }

  /**
   * {@return the report of every entry added so far, as {@link Income#report} gives it; the batch
   *     stays usable, and the report does not change when it does}
   *
   * @throws IllegalStateException if this batch was combined into another one
   */
  public IncomeReport report() {
    usable();
    return IncomeReport.of(tally.currency(), door.provenance(), tally.copy());
  }

  /** The collector's finisher: the tally itself, not copied (the container is not used again). */
  IncomeReport finish() {
    return IncomeReport.of(tally.currency(), door.provenance(), tally);
  }

  /**
   * {@return the batch's form, version 1 (see the class comment): deterministic and canonical, so
   *     equal batches give equal bytes, and a restored batch gives the bytes it was read from}
   *
   * @throws IllegalStateException if this batch was combined into another one
   */
  public byte[] toBytes() {
    usable();
    Form.Writer w = Form.write('I', 1, door.rulesDigest());
    tally.write(w);
    return w.toBytes();
  }

  /** {@return for example {@code IncomeBatch[40 entries in USD]}} */
  @Override
  public String toString() {
    return "IncomeBatch[" + tally.entries() + " entries in " + tally.currency() + (isSpent() ? ", spent" : "") + "]";
  }
}
