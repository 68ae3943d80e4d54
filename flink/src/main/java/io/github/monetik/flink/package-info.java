/**
 * Monetik's exact totals inside Apache Flink: combo settlement, LIVE earnings, streak reports,
 * income reports and affiliate commission statements as {@link org.apache.flink.api.common.functions.AggregateFunction}s, per key and
 * window, with explicit type information throughout (a job runs with {@code pipeline.generic-types}
 * disabled).
 *
 * <pre>{@code
 * StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
 * env.getConfig().disableGenericTypes();                      // optional: no Kryo fallback anywhere
 *
 * MonetikAggregate<GiftEvent, GiftSettler> settle = MonetikFlink.settlement(() -> Monetik.defaults().gifts());
 * DataStream<Row> perRoom = env.fromData(events, MonetikTypes.giftEvent())
 *     .assignTimestampsAndWatermarks(WatermarkStrategy
 *         .<GiftEvent>forBoundedOutOfOrderness(Duration.ofSeconds(10))
 *         .withTimestampAssigner((e, t) -> e.timestamp().toEpochMilli()))
 *     .keyBy(GiftEvent::hostId, Types.STRING)                 // one key per LIVE room
 *     .window(EventTimeSessionWindows.withGap(Duration.ofMinutes(5)))
 *     .aggregate(settle, settle.getAccumulatorType(), settle.getResultType());
 *
 * // Each result: "rows" (the LiveSnapshot's rows, exact BigDecimal amounts) and "form" (the settler's bytes)
 * Row r = ...;
 * Row totals = ((Row[]) r.getField("rows"))[0];
 * totals.getField("creator_cash");                             // BigDecimal, exact
 * LiveSnapshot whole = settle.restore((byte[]) r.getField("form")).snapshot();  // = gifts.settler(form).snapshot()
 * }</pre>
 *
 * <p>{@link io.github.monetik.flink.MonetikFlink} makes the functions;
 * {@link io.github.monetik.flink.MonetikTypes} gives the inputs' type information; the accumulators
 * are the core's own ({@code GiftSettler}, {@code StreakBatch}, {@code IncomeBatch}, {@code OrderBatch}),
 * serialized as their core byte form by {@link io.github.monetik.flink.AccumulatorSerializer}. See
 * {@link io.github.monetik.flink.MonetikAggregate} for the merge-order law. Commission statements
 * take whole orders ({@link io.github.monetik.flink.MonetikTypes#order()}): an order spans several
 * input rows, gathered before the stream (see {@link io.github.monetik.flink.MonetikFlink}).
 */
@NullMarked
package io.github.monetik.flink;

import org.jspecify.annotations.NullMarked;
