package io.github.monetik.flink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.monetik.Monetik;
import io.github.monetik.affiliate.Affiliate;
import io.github.monetik.affiliate.CommissionStatement;
import io.github.monetik.affiliate.Order;
import io.github.monetik.affiliate.OrderBatch;
import io.github.monetik.gifts.GiftEvent;
import io.github.monetik.gifts.GiftSettler;
import io.github.monetik.gifts.Gifts;
import io.github.monetik.gifts.LiveSnapshot;
import io.github.monetik.income.Income;
import io.github.monetik.income.IncomeBatch;
import io.github.monetik.income.IncomeEntry;
import io.github.monetik.income.IncomeReport;
import io.github.monetik.streaks.Interaction;
import io.github.monetik.streaks.StreakBatch;
import io.github.monetik.streaks.StreakReport;
import io.github.monetik.streaks.Streaks;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.functions.AggregateFunction;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.PipelineOptions;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.sink.v2.DiscardingSink;
import org.apache.flink.streaming.api.windowing.assigners.EventTimeSessionWindows;
import org.apache.flink.streaming.api.windowing.assigners.GlobalWindows;
import org.apache.flink.streaming.api.windowing.assigners.TumblingEventTimeWindows;
import org.apache.flink.types.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The functions in real Flink jobs on a local cluster of two slots, with generic types disabled (no
 * Kryo fallback): each result equals the single-JVM collector over its window's inputs.
 */
class FlinkJobTest {
  /** About one room's message in two comes within the gap of the one before: many sessions, many bridged late. */
  private static final Duration GAP = Duration.ofSeconds(6);
  private static StreamExecutionEnvironment env;

  @BeforeAll
  static void environment() {
    env = StreamExecutionEnvironment.createLocalEnvironment(2, config());
    assertThat(env.getConfig().getSerializerConfig().hasGenericTypesDisabled()).isTrue();
  }

  private static Configuration config() {
    Configuration conf = new Configuration();
    conf.set(PipelineOptions.GENERIC_TYPES, false);
    return conf;
  }

  @Test
  void sessionWindowsPerRoomSettleAsTheCollectorDoesWhateverTheMergeOrder() throws Exception {
    Gifts gifts = Monetik.defaults().gifts();
    // Two LIVE rooms, six LIVEs each, with quiet stretches longer than the gap: many sessions per room.
    List<GiftEvent> events = new ArrayList<>();
    Random rnd = new Random(42);
    for (long seed = 1; seed <= 6; seed++) {
      List<GiftEvent> part = Streams.gifts(seed, 150, true);
      Duration shift = Duration.ofMinutes(30 * seed);
      for (GiftEvent e : part) {
        events.add(GiftEvent.builder().from(e).timestamp(e.timestamp().plus(shift)).build());
      }
    }
    // Out of order within bounds: Flink's sessions then merge filled accumulators, in its own order.
    List<GiftEvent> arrival = new ArrayList<>(events);
    for (int i = 0; i < arrival.size(); i++) {
      int j = Math.min(arrival.size() - 1, i + rnd.nextInt(40));
      java.util.Collections.swap(arrival, i, j);
    }

    MonetikAggregate<GiftEvent, GiftSettler> settle = MonetikFlink.settlement(() -> Monetik.defaults().gifts());
    Counting<GiftEvent, GiftSettler> counted = new Counting<>(settle);
    DataStream<Row> results = rooms(arrival).window(EventTimeSessionWindows.withGap(GAP))
        .aggregate(counted, settle.getAccumulatorType(), settle.getResultType());
    Counting.MERGES.set(0);
    List<Row> rows = results.executeAndCollect("settlement per room", 10_000);
    assertThat(Counting.MERGES.get()).as("merges of two filled accumulators").isPositive();

    List<LiveSnapshot> expected = new ArrayList<>();
    Map<String, List<GiftEvent>> byRoom = events.stream().collect(Collectors.groupingBy(GiftEvent::hostId, TreeMap::new,
        Collectors.toList()));
    for (List<GiftEvent> room : byRoom.values()) {
      for (List<GiftEvent> session : sessions(room)) {
        expected.add(session.stream().collect(gifts.toSnapshot()));
      }
    }
    List<LiveSnapshot> actual = new ArrayList<>();
    for (Row r : rows) {
      LiveSnapshot s = gifts.settler((byte[]) r.getField(MonetikTypes.FORM)).snapshot();
      MergeLawsPropertiesTest.assertRows(r, s.rows());
      actual.add(s);
    }
    assertThat(expected).hasSizeGreaterThan(6);
    assertThat(actual).containsExactlyInAnyOrderElementsOf(expected);
  }

  private static org.apache.flink.streaming.api.datastream.KeyedStream<GiftEvent, String> rooms(List<GiftEvent> events) {
    return env.fromData(events, MonetikTypes.giftEvent())
        .assignTimestampsAndWatermarks(WatermarkStrategy.<GiftEvent>forBoundedOutOfOrderness(Duration.ofHours(1))
            .withTimestampAssigner((e, t) -> e.timestamp().toEpochMilli()))
        .keyBy(GiftEvent::hostId, Types.STRING);
  }

  @Test
  void withoutTheExplicitTypesAJobWithGenericTypesDisabledIsRefusedAsItIsBuilt() {
    // The control: with the type arguments reified (an anonymous subclass), Flink's own inference
    // finds GiftSettler, no POJO, and falls back to a generic type, which the configuration refuses.
    MonetikAggregate<GiftEvent, GiftSettler> settle = MonetikFlink.settlement(() -> Monetik.defaults().gifts());
    StreamExecutionEnvironment local = StreamExecutionEnvironment.createLocalEnvironment(1, config());
    local.fromData(List.of(SerializersTest.event()), MonetikTypes.giftEvent())
        .windowAll(GlobalWindows.createWithEndOfStreamTrigger())
        .aggregate(new Counting<GiftEvent, GiftSettler>(settle) {}, settle.getAccumulatorType(), settle.getResultType())
        .sinkTo(new DiscardingSink<>());
    local.getStreamGraph(); // with the explicit types: fine
    org.apache.flink.streaming.api.datastream.AllWindowedStream<GiftEvent, ?> windows =
        local.fromData(List.of(SerializersTest.event()), MonetikTypes.giftEvent())
            .windowAll(GlobalWindows.createWithEndOfStreamTrigger());
    assertThatThrownBy(() -> windows.aggregate(new Counting<GiftEvent, GiftSettler>(settle) {}))
        .isInstanceOf(UnsupportedOperationException.class)
        .hasMessageStartingWith("Generic types have been disabled in the ExecutionConfig and type "
            + "io.github.monetik.gifts.GiftSettler is treated as a generic type");
  }

  /** An aggregate function that counts the merges of two accumulators that both saw inputs. */
  static class Counting<I, A> implements AggregateFunction<I, A, Row> {
    static final AtomicLong MERGES = new AtomicLong();
    private final MonetikAggregate<I, A> fn;

    Counting(MonetikAggregate<I, A> fn) {
      this.fn = fn;
    }

    @Override
    public A createAccumulator() {
      return fn.createAccumulator();
    }

    @Override
    public A add(I value, A accumulator) {
      return fn.add(value, accumulator);
    }

    @Override
    public Row getResult(A accumulator) {
      return fn.getResult(accumulator);
    }

    @Override
    public A merge(A a, A b) {
      if (a instanceof GiftSettler x && b instanceof GiftSettler y && x.messages() > 0 && y.messages() > 0) {
        MERGES.incrementAndGet();
      }
      return fn.merge(a, b);
    }
  }

  private static List<List<GiftEvent>> sessions(List<GiftEvent> room) {
    List<GiftEvent> sorted = new ArrayList<>(room);
    sorted.sort(Comparator.comparing(GiftEvent::timestamp));
    List<List<GiftEvent>> out = new ArrayList<>();
    Instant end = Instant.MIN;
    for (GiftEvent e : sorted) {
      if (!e.timestamp().isBefore(end)) {
        out.add(new ArrayList<>());
      }
      out.get(out.size() - 1).add(e);
      Instant next = e.timestamp().plus(GAP);
      end = next.isAfter(end) ? next : end;
    }
    return out;
  }

  @Test
  void streaksIncomeAndStatementsInOneJob() throws Exception {
    Streaks streaks = Monetik.defaults().streaks();
    Income income = Monetik.defaults().income();
    Affiliate affiliate = Monetik.defaults().affiliate();
    List<Interaction> interactions = Streams.interactions(7, 400);
    List<IncomeEntry> entries = Streams.income(7, 400);
    List<Order> orders = Streams.orders(7, 300);
    LocalDate asOf = Streams.ORDERS_START.plusDays(120);

    MonetikAggregate<Interaction, StreakBatch> streakFn = MonetikFlink.streaks(() -> Monetik.defaults().streaks(), Streams.NOW);
    MonetikAggregate<IncomeEntry, IncomeBatch> incomeFn = MonetikFlink.income(() -> Monetik.defaults().income(), Streams.USD);
    // Streaks: every interaction in one global window, fired at the end of the stream.
    DataStream<Row> streakRows = streakFn.applyTo(env.fromData(interactions, MonetikTypes.interaction())
        .rebalance().windowAll(GlobalWindows.createWithEndOfStreamTrigger()));
    // Income: one window per month, keyed by month.
    DataStream<Row> incomeRows = incomeFn.applyTo(env.fromData(entries, MonetikTypes.incomeEntry())
        .assignTimestampsAndWatermarks(WatermarkStrategy.<IncomeEntry>forMonotonousTimestamps()
            .withTimestampAssigner((e, t) -> 0L))
        .keyBy(e -> e.month().toString(), Types.STRING)
        .window(TumblingEventTimeWindows.of(Duration.ofDays(1))));
    // Statements: whole orders, keyed by their first product (a stand-in for a creator), one window at the end.
    MonetikAggregate<Order, OrderBatch> statementFn = MonetikFlink.statements(() -> Monetik.defaults().affiliate(), asOf);
    DataStream<Row> statementRows = statementFn.applyTo(env.fromData(orders, MonetikTypes.order()).rebalance()
        .keyBy(Streams::orderKey, Types.STRING).window(GlobalWindows.createWithEndOfStreamTrigger()));
    // All in one job: three collecting sinks, one execution.
    org.apache.flink.util.CloseableIterator<Row> streakIt = streakRows.collectAsync();
    org.apache.flink.util.CloseableIterator<Row> incomeIt = incomeRows.collectAsync();
    org.apache.flink.util.CloseableIterator<Row> statementIt = statementRows.collectAsync();
    org.apache.flink.core.execution.JobClient job = env.executeAsync("streaks, income and statements");
    List<StreakReport> streakReports = new ArrayList<>();
    while (streakIt.hasNext()) {
      Row r = streakIt.next();
      streakReports.add(streaks.batch((byte[]) r.getField(MonetikTypes.FORM)).report());
      MergeLawsPropertiesTest.assertRows(r, streakReports.get(streakReports.size() - 1).rows());
    }
    List<IncomeReport> incomeReports = new ArrayList<>();
    while (incomeIt.hasNext()) {
      Row r = incomeIt.next();
      incomeReports.add(income.batch((byte[]) r.getField(MonetikTypes.FORM)).report());
      MergeLawsPropertiesTest.assertRows(r, incomeReports.get(incomeReports.size() - 1).rows());
    }
    List<CommissionStatement> statements = new ArrayList<>();
    while (statementIt.hasNext()) {
      Row r = statementIt.next();
      statements.add(affiliate.batch((byte[]) r.getField(MonetikTypes.FORM)).statement());
      MergeLawsPropertiesTest.assertRows(r, statements.get(statements.size() - 1).rows());
    }
    streakIt.close();
    incomeIt.close();
    statementIt.close();
    job.getJobExecutionResult().get();
    assertThat(streakReports).containsExactly(interactions.stream().collect(streaks.toReport(Streams.NOW)));
    List<IncomeReport> perMonth = entries.stream().collect(Collectors.groupingBy(IncomeEntry::month)).values().stream()
        .map(month -> month.stream().collect(income.toReport(Streams.USD))).toList();
    assertThat(incomeReports).containsExactlyInAnyOrderElementsOf(perMonth);
    List<CommissionStatement> perKey = orders.stream().collect(Collectors.groupingBy(Streams::orderKey)).values().stream()
        .map(group -> affiliate.statement(group, asOf)).toList();
    assertThat(perKey).hasSizeGreaterThan(1);
    assertThat(statements).containsExactlyInAnyOrderElementsOf(perKey);
  }
}
