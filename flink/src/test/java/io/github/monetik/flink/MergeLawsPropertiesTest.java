package io.github.monetik.flink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

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
import io.github.monetik.report.Rows;
import io.github.monetik.streaks.Interaction;
import io.github.monetik.streaks.StreakBatch;
import io.github.monetik.streaks.StreakReport;
import io.github.monetik.streaks.Streaks;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.flink.api.common.typeutils.TypeSerializer;
import org.apache.flink.types.Row;
import org.junit.jupiter.api.Test;

/**
 * The merge laws as Flink exercises them: inputs dealt into several accumulators, each fed by
 * {@code add}, sometimes shipped through the accumulator's serializer, merged pairwise in a random
 * order and grouping (as session windows merge), give what the single-JVM collector gives over all
 * inputs, the restored {@code form} and the {@code rows} alike.
 */
class MergeLawsPropertiesTest {
  private static final Gifts GIFTS = Monetik.defaults().gifts();
  private static final Streaks STREAKS = Monetik.defaults().streaks();
  private static final Income INCOME = Monetik.defaults().income();
  private static final Affiliate AFFILIATE = Monetik.defaults().affiliate();

  static <I, A> Row aggregate(MonetikAggregate<I, A> fn, List<List<I>> parts, Random rnd, boolean inOrder) {
    TypeSerializer<A> ser = Ser.of(fn.getAccumulatorType());
    List<A> accs = new ArrayList<>();
    for (List<I> part : parts) {
      A acc = fn.createAccumulator();
      for (I in : part) {
        acc = fn.add(in, acc);
      }
      accs.add(acc);
    }
    A all = inOrder ? Streams.mergeInOrder(accs, fn::merge)
        : Streams.mergeAtRandom(accs, fn::merge, a -> Ser.roundTrip(ser, a), rnd);
    return Ser.roundTrip(Ser.of(fn.getResultType()), fn.getResult(all));
  }

  /** Checks a result's rows field against a report's rows, field by field, exact. */
  static void assertRows(Row result, Rows expected) {
    Row[] lines = (Row[]) result.getField(MonetikTypes.ROWS);
    assertThat(lines).hasSize(expected.size());
    for (int r = 0; r < lines.length; r++) {
      for (String c : expected.columns()) {
        assertThat(lines[r].getField(c)).as("row %d column %s", r, c).isEqualTo(expected.value(r, c));
      }
      assertThat(lines[r].getArity()).isEqualTo(expected.columns().size());
    }
  }

  static byte[] form(Row result) {
    return (byte[]) result.getField(MonetikTypes.FORM);
  }

  @Test
  void settlementInAnyMergeOrderIsTheCollectorsWhenEveryComboHasAGroupId() {
    MonetikAggregate<GiftEvent, GiftSettler> fn = MonetikFlink.settlement(() -> Monetik.defaults().gifts());
    qt().withExamples(150).forAll(longs().all(), integers().between(0, 300), integers().between(1, 8))
        .checkAssert((seed, n, parts) -> {
          Random rnd = new Random(seed);
          List<GiftEvent> events = Streams.gifts(seed, n, true);
          LiveSnapshot expected = events.stream().collect(GIFTS.toSnapshot());
          Row result = aggregate(fn, Streams.deal(events, parts, rnd), rnd, false);
          assertThat(GIFTS.settler(form(result)).snapshot()).isEqualTo(expected);
          assertThat(fn.restore(form(result)).snapshot()).isEqualTo(expected);
          assertRows(result, expected.rows());
        });
  }

  @Test
  void earningsInAnyMergeOrderAreTheCollectorsPerMinute() {
    MonetikAggregate<GiftEvent, GiftSettler> fn = MonetikFlink.earnings(() -> Monetik.defaults().gifts());
    qt().withExamples(100).forAll(longs().all(), integers().between(0, 300), integers().between(1, 8))
        .checkAssert((seed, n, parts) -> {
          Random rnd = new Random(seed);
          List<GiftEvent> events = Streams.gifts(seed, n, true);
          LiveSnapshot expected = events.parallelStream().collect(GIFTS.toSnapshot());
          Row result = aggregate(fn, Streams.deal(events, parts, rnd), rnd, false);
          assertRows(result, expected.earnings().rows());
          assertThat(fn.restore(form(result)).snapshot()).isEqualTo(expected);
        });
  }

  @Test
  void withoutGroupIdsConsecutiveChunksMergedInStreamOrderAreOnePass() {
    // What the function guarantees for combos without group id: stream order within an accumulator
    // and merges left to right give the one-pass result; Flink's session merges promise no order.
    MonetikAggregate<GiftEvent, GiftSettler> fn = MonetikFlink.settlement(() -> Monetik.defaults().gifts());
    qt().withExamples(100).forAll(longs().all(), integers().between(0, 300), integers().between(1, 6))
        .checkAssert((seed, n, parts) -> {
          Random rnd = new Random(seed);
          List<GiftEvent> events = uniqueMessages(Streams.gifts(seed, n, false));
          LiveSnapshot expected = events.stream().collect(GIFTS.toSnapshot());
          Row result = aggregate(fn, Streams.cut(events, parts, rnd), rnd, true);
          assertThat(fn.restore(form(result)).snapshot()).isEqualTo(expected);
        });
  }

  @Test
  void withoutGroupIdsTheMergeOrderCanChangeTheCountAndTheIssuesSaySo() {
    // One sender's Rose combo without group id, 1 to 5 then its end, cut after the third message.
    MonetikAggregate<GiftEvent, GiftSettler> fn = MonetikFlink.settlement(() -> Monetik.defaults().gifts());
    List<GiftEvent> combo = new ArrayList<>();
    for (int k = 1; k <= 6; k++) {
      combo.add(GiftEvent.builder().messageId(k).timestamp(Streams.START.plusMillis(250L * k)).senderId("ann")
          .hostId("room-a").giftId(5655).coinsPerGift(1).repeatable(true).repeatCount(Math.min(k, 5)).repeatEnd(k == 6)
          .groupId(0).build());
    }
    LiveSnapshot onePass = combo.stream().collect(GIFTS.toSnapshot());
    GiftSettler first = fn.createAccumulator();
    GiftSettler second = fn.createAccumulator();
    combo.subList(0, 3).forEach(e -> fn.add(e, first));
    combo.subList(3, 6).forEach(e -> fn.add(e, second));
    GiftSettler firstCopy = Ser.roundTrip(Ser.of(fn.getAccumulatorType()), first);
    GiftSettler secondCopy = Ser.roundTrip(Ser.of(fn.getAccumulatorType()), second);
    assertThat(fn.merge(first, second).snapshot()).isEqualTo(onePass); // stream order: one combo of 5
    LiveSnapshot reversed = fn.merge(secondCopy, firstCopy).snapshot();
    assertThat(onePass.earnings().gifts()).isEqualTo(5);
    assertThat(reversed.earnings().gifts() + reversed.openGifts()).isEqualTo(8); // the ended 5, then 1..3 anew
    assertThat(reversed.issues()).extracting(i -> i.kind()).contains(io.github.monetik.gifts.SettlementIssue.Kind.MISSING_GROUP_ID);
  }

  /** Copies of a message without group id across a cut are placed by their chunk (GiftSettler's law): left out. */
  private static List<GiftEvent> uniqueMessages(List<GiftEvent> events) {
    java.util.Set<Long> seen = new java.util.HashSet<>();
    return events.stream().filter(e -> seen.add(e.messageId())).toList();
  }

  @Test
  void streaksInAnyMergeOrderAreTheCollectors() {
    MonetikAggregate<Interaction, StreakBatch> fn = MonetikFlink.streaks(() -> Monetik.defaults().streaks(), Streams.NOW);
    qt().withExamples(100).forAll(longs().all(), integers().between(0, 300), integers().between(1, 8))
        .checkAssert((seed, n, parts) -> {
          Random rnd = new Random(seed);
          List<Interaction> in = Streams.interactions(seed, n);
          StreakReport expected = in.stream().collect(STREAKS.toReport(Streams.NOW));
          Row result = aggregate(fn, Streams.deal(in, parts, rnd), rnd, false);
          assertThat(STREAKS.batch(form(result)).report()).isEqualTo(expected);
          assertRows(result, expected.rows());
        });
  }

  @Test
  void incomeInAnyMergeOrderIsTheCollectors() {
    MonetikAggregate<IncomeEntry, IncomeBatch> fn = MonetikFlink.income(() -> Monetik.defaults().income(), Streams.USD);
    qt().withExamples(100).forAll(longs().all(), integers().between(0, 300), integers().between(1, 8))
        .checkAssert((seed, n, parts) -> {
          Random rnd = new Random(seed);
          List<IncomeEntry> in = Streams.income(seed, n);
          IncomeReport expected = in.stream().collect(INCOME.toReport(Streams.USD));
          Row result = aggregate(fn, Streams.deal(in, parts, rnd), rnd, false);
          assertThat(INCOME.batch(form(result)).report()).isEqualTo(expected);
          assertRows(result, expected.rows());
        });
  }

  @Test
  void statementsInAnyMergeOrderAreTheSingleJvmStatement() {
    qt().withExamples(100).forAll(longs().all(), integers().between(0, 60), integers().between(1, 8))
        .checkAssert((seed, n, parts) -> {
          Random rnd = new Random(seed);
          LocalDate asOf = Streams.asOf(rnd);
          MonetikAggregate<Order, OrderBatch> fn = MonetikFlink.statements(() -> Monetik.defaults().affiliate(), asOf);
          List<Order> orders = Streams.orders(seed, n);
          CommissionStatement expected = AFFILIATE.statement(orders, asOf);
          Row result = aggregate(fn, Streams.deal(orders, parts, rnd), rnd, false);
          assertThat(AFFILIATE.batch(form(result)).statement()).isEqualTo(expected);
          assertThat(fn.restore(form(result)).statement()).isEqualTo(expected);
          assertRows(result, expected.rows());
        });
  }

  @Test
  void anOrderInTwoAccumulatorsIsRefusedNotCountedTwice() {
    MonetikAggregate<Order, OrderBatch> fn =
        MonetikFlink.statements(() -> Monetik.defaults().affiliate(), Streams.ORDERS_START.plusDays(200));
    Order order = Streams.orders(3, 1).get(0);
    OrderBatch a = fn.add(order, fn.createAccumulator());
    OrderBatch b = fn.add(order, fn.createAccumulator());
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> fn.merge(a, b)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'o0' twice");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> fn.add(order, a)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'o0' twice");
  }
}
