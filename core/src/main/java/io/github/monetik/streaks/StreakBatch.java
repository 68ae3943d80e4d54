package io.github.monetik.streaks;

import io.github.monetik.internal.Batch;
import io.github.monetik.internal.Checks;
import io.github.monetik.internal.Form;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Interactions gathered for one analysis as of one instant, as a builder you feed, split, ship and
 * combine yourself: what {@link Streaks#toReport(Instant)} does inside a stream, for an engine such
 * as Spark or Flink that keeps its aggregation buffers itself and sends them between machines. Made
 * by {@link Streaks#batch(Instant)}; read back from its bytes by {@link Streaks#batch(byte[])}.
 *
 * <pre>{@code
 * StreakBatch left = streaks.batch(now);
 * for (Interaction i : chunk) left.add(i);
 * byte[] shipped = left.toBytes();                       // to another machine
 * StreakBatch right = streaks.batch(shipped);            // there, under an equal door
 * StreakReport report = right.combine(other).report();
 * }</pre>
 *
 * <p><b>Not thread-safe.</b> One batch per thread or per partition; combine them afterwards. A batch
 * keeps one {@code long} per interaction (a duplicate too: the report counts it once), not the
 * interaction.
 *
 * <p><b>Laws.</b>
 * <ul>
 *   <li><em>Merge:</em> {@link #combine} is associative and commutative: batches of any split of the
 *       interactions, combined in any grouping and any order, give the report of one pass over all
 *       of them. Nothing of the report depends on the order of the input: its groups are sorted by
 *       participants, every other listing is sorted as its method says.
 *   <li><em>Round trip:</em> {@code door.batch(b.toBytes())} behaves exactly like {@code b}: the same
 *       report and count, and the same after any further {@code add} or {@code combine}.
 *   <li><em>Refusal:</em> restoring bytes that are not such a form (truncated, altered, of another
 *       door) throws {@link IllegalArgumentException} naming {@code form}, or gives a batch that
 *       behaves consistently; never another exception.
 * </ul>
 *
 * <p><b>The form</b> (version 1, kind {@code 'S'}) holds the state, not the door: the header with
 * the digest of the door's rules (its whole policy, zone and birth dates; not the provenance), the
 * instant {@code now}, the pairs and groups (sorted, each its sorted ids), then the interactions as
 * their sorted codes (pair or group, second, sender, kind: its place in {@link InteractionKind}'s
 * declaration, so a kind added later goes last or takes a new version), each as its difference from
 * the one before. It is canonical: two batches of the same interactions give the same bytes, whatever order
 * they were added or combined in. Restoring replays every interaction through the checks
 * {@link #add} makes (a known pair or group of two to {@value Interaction#MAX_PARTICIPANTS} non-blank,
 * distinct ids, a sender in it, a kind, an instant not after {@code now}), so a crafted form meets
 * every check a caller meets. The door supplies the policy and the provenance.
 */
public final class StreakBatch extends Batch<StreakBatch> {
  private final Streaks door;
  private final StreakEngine.Batch batch;
  /** Why the batch may no longer be used, or null while it may. */

  private StreakBatch(Streaks door, StreakEngine.Batch batch) {
    super("streak batch", door);
    this.door = door;
    this.batch = batch;
  }

  /** {@return an empty batch, {@code now} already checked by the door} */
  static StreakBatch of(Streaks door, Instant now) {
    return new StreakBatch(door, new StreakEngine.Batch(now, 0));
  }

  /** {@return the batch a form holds, checked} */
  static StreakBatch read(Streaks door, byte[] form) {
    Form.Reader r = Form.read(form, 'S', "streak batch", 1, door.rulesDigest());
    long second = r.getLong("now.second", Interaction.EARLIEST.getEpochSecond(), Interaction.LATEST.getEpochSecond() - 1);
    int nano = r.getInt("now.nano", 0, 999_999_999);
    StreakEngine.Batch batch = StreakEngine.Batch.read(r, Instant.ofEpochSecond(second, nano));
    r.end();
    return new StreakBatch(door, batch);
  }


  /**
   * {@return this batch, one interaction more}
   *
   * @param interaction an interaction at or before the batch's {@code now}
   * @throws NullPointerException naming {@code interaction} if it is null
   * @throws IllegalArgumentException naming the field and value if it is after {@code now}, or if
   *     the batch would span more than 4,194,304 pairs and groups or hold more than
   *     {@code Integer.MAX_VALUE - 8} interactions (the batch is then unchanged)
   * @throws IllegalStateException if this batch was combined into another one
   */
  public StreakBatch add(Interaction interaction) {
    usable();
    batch.add(Checks.notNull(interaction, "interaction"), -1);
    return this;
  }

  /** The collector's accumulator: a null element named as a stream's. */
  void accept(@Nullable Interaction interaction) {
    batch.add(interaction, -1);
  }

  /**
   * Takes in everything another batch holds.
   *
   * @param other a batch of an equal door ({@link Streaks#equals}) and the same {@code now}; it
   *     must not be used afterwards (it throws {@link IllegalStateException} if it is)
   * @return this batch
   * @throws NullPointerException naming {@code other} if it is null
   * @throws IllegalArgumentException naming {@code other} if it is this batch, comes from another
   *     door or is judged at another instant, or if together they would span more than 4,194,304
   *     pairs and groups or hold more than {@code Integer.MAX_VALUE - 8} interactions (both are
   *     then unchanged)
   * @throws IllegalStateException if either batch was combined into another one
   */
  public StreakBatch combine(StreakBatch other) {
    combinable(other,
        () -> "a batch of this batch's door (equal policy, zone, birth dates and provenance)");
    if (!other.batch.now().equals(batch.now())) {
      throw Checks.invalid("other", "a batch as of " + batch.now(), "one as of " + other.batch.now());
    }
    batch.merge(other.batch);
    spend(other);
    return this;
  }

  /** The collector's combiner: same door and instant by construction. */
  StreakBatch merge(StreakBatch other) {
    batch.merge(other.batch);
    return this;
  }

  /** {@return how many interactions were added, duplicates included} */
  public long interactions() {
    usable();
    return batch.size();
  }

  /**
   * {@return the report of every interaction added so far, as {@link Streaks#analyze} gives it;
   *     the batch stays usable (a later report includes later interactions)}
   *
   * @throws IllegalStateException if this batch was combined into another one
   */
  public StreakReport report() {
    usable();
    return batch.report(door);
  }

  /** The collector's finisher. */
  StreakReport finish() {
    return batch.report(door);
  }

  /**
   * {@return the batch's form, version 1 (see the class comment): deterministic and canonical, so
   *     equal batches give equal bytes, and a restored batch gives the bytes it was read from}
   *
   * @throws IllegalStateException if this batch was combined into another one
   */
  public byte[] toBytes() {
    usable();
    Form.Writer w = Form.write('S', 1, door.rulesDigest());
    Instant now = batch.now();
    w.putLong(now.getEpochSecond()).putLong(now.getNano());
    batch.write(w);
    return w.toBytes();
  }

  /** {@return for example {@code StreakBatch[120 interactions as of 2024-06-01T12:00:00Z]}} */
  @Override
  public String toString() {
    return "StreakBatch[" + batch.size() + " interactions as of " + batch.now() + (isSpent() ? ", spent" : "") + "]";
  }
}
