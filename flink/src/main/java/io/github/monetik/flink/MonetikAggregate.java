package io.github.monetik.flink;

import io.github.monetik.report.Rows;
import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import org.apache.flink.api.common.functions.AggregateFunction;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.java.typeutils.RowTypeInfo;
import org.apache.flink.streaming.api.datastream.AllWindowedStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.datastream.WindowedStream;
import org.apache.flink.streaming.api.windowing.windows.Window;
import org.apache.flink.types.Row;

/**
 * One of Monetik's totals as a Flink {@link AggregateFunction}: the accumulator is the core
 * accumulator itself ({@code GiftSettler}, {@code StreakBatch}, {@code IncomeBatch} or
 * {@code OrderBatch}), fed by
 * {@link #add}, combined by {@link #merge}, and turned by {@link #getResult} into a {@link Row} with
 * two named fields: {@value MonetikTypes#ROWS}, the report's rows (one Flink row per line, the
 * report's columns as named fields, amounts as exact {@code BigDecimal}s), and
 * {@value MonetikTypes#FORM}, the final accumulator's core bytes, which {@link #restore} (or the door
 * itself) turns back into the whole exact result. Made by {@link MonetikFlink}.
 *
 * <pre>{@code
 * MonetikAggregate<GiftEvent, GiftSettler> settle = MonetikFlink.settlement(() -> Monetik.defaults().gifts());
 * DataStream<Row> perRoom = gifts
 *     .keyBy(GiftEvent::hostId, Types.STRING)
 *     .window(EventTimeSessionWindows.withGap(Duration.ofMinutes(5)))
 *     .aggregate(settle, settle.getAccumulatorType(), settle.getResultType());   // or settle.applyTo(windows)
 * }</pre>
 *
 * <p><b>Type information.</b> Pass {@link #getAccumulatorType()} and {@link #getResultType()} to
 * {@code aggregate} (or use {@link #applyTo(WindowedStream)}): Flink cannot infer them from the
 * function (the accumulators are no POJOs, and would fall back to Kryo, which a job with
 * {@code pipeline.generic-types} disabled refuses). The function deliberately does not implement
 * {@code ResultTypeQueryable}: Flink would take its result type for the accumulator's too.
 *
 * <p><b>The merge-order law.</b> {@link #merge merge(a, b)} is {@code a.combine(b)}: {@code b}'s
 * inputs are taken as if they came after {@code a}'s. Flink merges the accumulators of session
 * windows in an order it does not promise (when a late input bridges two sessions, their partials are
 * merged in the order of its internal window set). What that means, by the core's laws:
 *
 * <ul>
 *   <li><em>Streaks and income</em>: nothing. {@code StreakBatch} and {@code IncomeBatch} combine
 *       associatively and commutatively, so any split, grouping and order gives the one-pass report.
 *   <li><em>Commission statements</em>: nothing. {@code OrderBatch} combines associatively and
 *       commutatively (tiered orders are ranked by the day placed, not by arrival). Each order must
 *       come whole and once: an order id in two accumulators is an {@link IllegalArgumentException}
 *       when they merge, never a double count.
 *   <li><em>Gift settlement, every combo message with a group id</em> (what TikTok's clients send):
 *       nothing either. {@link io.github.monetik.gifts.GiftSettler}'s merge law: commutative when
 *       every repeatable message has a group id; each combo is keyed by (sender, gift, group) and
 *       counted once at its largest count, wherever its messages fell. Only the bytes of
 *       {@value MonetikTypes#FORM} may differ with the order, never what they restore to.
 *   <li><em>Combo messages without a group id</em> (some clients send 0): they can only be placed by
 *       stream order. Within one accumulator this function feeds them in arrival order; across a
 *       merge it does not restore stream order (a session window's partial carries no position in
 *       the stream), so a combo whose messages fell into two merged partials may be continued or
 *       started anew otherwise than one pass would, and its gifts and coins differ from one pass's
 *       (a combo's later half taken first, then its first half as a new combo, counts it twice over
 *       its first half). Every inferred combo is flagged as a {@code MISSING_GROUP_ID} issue, so the
 *       result says that it is inferred. For such streams use a window that
 *       never merges (tumbling or sliding windows, or a global window with a trigger) fed in stream
 *       order per key, or Flink's batch mode, which hands each key's inputs to its windows sorted by
 *       time (inputs of the same millisecond in any order). With in-order streaming input, session
 *       windows merge two filled partials only when a late input bridges two sessions.
 * </ul>
 *
 * <p><b>Thread safety.</b> The function is immutable apart from the door it builds on first use (a
 * transient field; the door is immutable) and may be shared; an accumulator belongs to one window
 * of one task, as Flink guarantees. The door's recipe is called at most once per instance and JVM.
 *
 * @param <I> the input's type
 * @param <A> the accumulator's type
 */
public final class MonetikAggregate<I, A> implements AggregateFunction<I, A, Row> {
  private static final long serialVersionUID = 1L;

  /** Feeds one input into an accumulator. */
  @FunctionalInterface
  interface Step<I, A> extends Serializable {
    A add(A acc, I input);
  }

  /** Reads an accumulator's report rows. */
  @FunctionalInterface
  interface Report<A> extends Serializable {
    Rows rows(A acc);
  }

  /** The function's name: settlement, earnings, streaks, income or statements. */
  private final String name;
  /** The door's recipe and the accumulator's kind and parameters. */
  private final Codec<?, A> codec;
  /** Feeds one input. */
  private final Step<I, A> step;
  /** Reads the report's rows. */
  private final Report<A> report;
  /** The input's type information. */
  private final TypeInformation<I> inputType;
  /** The accumulator's type information. */
  private final TypeInformation<A> accumulatorType;
  /** The result's type information. */
  private final RowTypeInfo resultType;
  /** The report's columns. */
  private final List<String> columns;

  MonetikAggregate(String name, Codec<?, A> codec, Step<I, A> step, Report<A> report, TypeInformation<I> inputType) {
    this.name = name;
    this.codec = codec;
    this.step = step;
    this.report = report;
    this.inputType = inputType;
    this.accumulatorType = new SerializerTypeInfo<>(codec.type(), new AccumulatorSerializer<>(codec));
    Rows empty = report.rows(codec.create());
    this.resultType = MonetikTypes.result(empty);
    this.columns = List.copyOf(empty.columns());
  }

  /** {@return a new, empty accumulator of the door} */
  @Override
  public A createAccumulator() {
    return codec.create();
  }

  /**
   * {@return the accumulator, one input more (changed in place)}
   *
   * @param value the input
   * @param accumulator the accumulator
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException or {@link ArithmeticException} as the core accumulator's
   *     {@code add} or {@code accept} does (an interaction after {@code now}, an entry or order in
   *     another currency, an order whose id the accumulator holds already, a coin total beyond
   *     {@code long})
   */
  @Override
  public A add(I value, A accumulator) {
    return step.add(accumulator, Objects.requireNonNull(value, "value"));
  }

  /**
   * {@return the report's rows and the accumulator's core bytes, as a row with fields
   *     {@value MonetikTypes#ROWS} and {@value MonetikTypes#FORM}}
   *
   * @param accumulator the accumulator (unchanged)
   */
  @Override
  public Row getResult(A accumulator) {
    Row out = Row.withNames();
    out.setField(MonetikTypes.ROWS, MonetikTypes.lines(report.rows(accumulator)));
    out.setField(MonetikTypes.FORM, codec.toBytes(accumulator));
    return out;
  }

  /**
   * {@return {@code a} with everything {@code b} holds, as if {@code b}'s inputs came after
   *     {@code a}'s ({@code a.combine(b)}); see the merge-order law above}
   *
   * @param a an accumulator
   * @param b another accumulator of the same door, not used afterwards
   */
  @Override
  public A merge(A a, A b) {
    return codec.combine(a, b);
  }

  /** {@return the input's type information} */
  public TypeInformation<I> getInputType() {
    return inputType;
  }

  /** {@return the accumulator's type information, serialized as its core byte form ({@link AccumulatorSerializer})} */
  public TypeInformation<A> getAccumulatorType() {
    return accumulatorType;
  }

  /**
   * {@return the result's type information: fields {@value MonetikTypes#ROWS} and
   *     {@value MonetikTypes#FORM}, see {@link MonetikTypes#result}}
   */
  public RowTypeInfo getResultType() {
    return resultType;
  }

  /** {@return the report's columns, in order: the named fields of each row in {@value MonetikTypes#ROWS}} */
  public List<String> columns() {
    return columns;
  }

  /**
   * {@return the accumulator a result's {@value MonetikTypes#FORM} holds, restored under this function's door}
   *
   * @param form the bytes of a result's {@value MonetikTypes#FORM} field
   * @throws NullPointerException if {@code form} is null
   * @throws IllegalArgumentException naming {@code form} if the bytes are not a valid form of this door
   */
  public A restore(byte[] form) {
    return codec.restore(Objects.requireNonNull(form, "form"));
  }

  /**
   * {@return the windows aggregated by this function, with its explicit types}
   *
   * @param windows a keyed, windowed stream of the function's input
   * @param <K> the key's type
   * @param <W> the window's type
   */
  public <K, W extends Window> SingleOutputStreamOperator<Row> applyTo(WindowedStream<I, K, W> windows) {
    return windows.aggregate(this, accumulatorType, resultType);
  }

  /**
   * {@return the windows aggregated by this function, with its explicit types}
   *
   * @param windows a non-keyed, windowed stream of the function's input
   * @param <W> the window's type
   */
  public <W extends Window> SingleOutputStreamOperator<Row> applyTo(AllWindowedStream<I, W> windows) {
    return windows.aggregate(this, accumulatorType, resultType);
  }

  @Override
  public String toString() {
    return "MonetikAggregate[" + name + ", " + codec + "]";
  }
}
