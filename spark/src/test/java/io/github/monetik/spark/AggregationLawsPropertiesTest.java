package io.github.monetik.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.monetik.Monetik;
import io.github.monetik.affiliate.Affiliate;
import io.github.monetik.affiliate.CommissionStatement;
import io.github.monetik.affiliate.Order;
import io.github.monetik.gifts.GiftEvent;
import io.github.monetik.gifts.Gifts;
import io.github.monetik.gifts.LiveSnapshot;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/**
 * The law Spark relies on, without Spark: rows cut into partitions anywhere, each partition's buffer
 * shipped as its form (Java serialization), the partials merged in any order and grouping: the
 * result is the single-JVM collector's (the gift settlement's; the commission statement's, of whole
 * orders given as their lines' rows).
 */
class AggregationLawsPropertiesTest {
  private static final Gifts GIFTS = Monetik.defaults().gifts();

  @SuppressWarnings("unchecked")
  private static Aggregation<Gifts, ?> settlement() {
    return (Aggregation<Gifts, ?>) MonetikSpark.settlement(() -> Monetik.defaults().gifts()).aggregator();
  }

  static Partial ship(Partial p) {
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
        out.writeObject(p);
      }
      try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
        return (Partial) in.readObject();
      }
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void partialsMergedInAnyOrderAndGroupingGiveTheOnePassResult() {
    qt().withExamples(60).forAll(longs().all(), integers().between(1, 8), longs().all()).checkAssert((seed, parts, order) -> {
      List<GiftEvent> events = Messages.rooms(seed, 1, 60);
      Aggregation<Gifts, ?> agg = settlement();
      StructType schema = agg.domain().inputSchema();
      Random r = new Random(order);
      List<Partial> partials = new ArrayList<>();
      for (int p = 0; p < parts; p++) {
        partials.add(agg.zero());
      }
      for (GiftEvent e : events) { // each row to any partition: a shuffle keeps no order across them
        int p = r.nextInt(parts);
        partials.set(p, agg.reduce(partials.get(p), new GenericRowWithSchema(fields(Messages.row(e)), schema)));
      }
      List<Partial> shipped = new ArrayList<>(partials.stream().map(AggregationLawsPropertiesTest::ship).toList());
      Collections.shuffle(shipped, r);
      while (shipped.size() > 1) { // merge two neighbours at random: any grouping
        int i = r.nextInt(shipped.size() - 1);
        Partial merged = agg.merge(shipped.get(i), shipped.get(i + 1));
        shipped.set(i, r.nextBoolean() ? ship(merged) : merged);
        shipped.remove(i + 1);
      }
      Row out = agg.finish(shipped.get(0));
      LiveSnapshot expected = events.stream().collect(GIFTS.toSnapshot());
      assertThat(GIFTS.settler((byte[]) out.getAs(1)).snapshot()).isEqualTo(expected);
      assertThat(out.getList(0)).hasSize(1);
    });
  }

  @Test
  void statementPartialsMergedInAnyOrderAndGroupingGiveTheSingleJvmStatement() {
    Affiliate affiliate = Monetik.defaults().affiliate();
    qt().withExamples(60).forAll(longs().all(), integers().between(0, 40), integers().between(1, 8)).checkAssert((seed, n, parts) -> {
      Random r = new Random(seed);
      LocalDate asOf = OrderRows.asOf(r);
      List<Order> orders = OrderRows.orders(seed, n);
      @SuppressWarnings("unchecked")
      Aggregation<Affiliate, ?> agg = (Aggregation<Affiliate, ?>) MonetikSpark.statements(() -> Monetik.defaults().affiliate(),
          asOf).aggregator();
      StructType schema = agg.domain().inputSchema();
      Map<String, List<String[]>> byOrder = new LinkedHashMap<>();
      for (String[] v : OrderRows.csvRows(orders, r)) {
        byOrder.computeIfAbsent(v[0], k -> new ArrayList<>()).add(v);
      }
      List<Partial> partials = new ArrayList<>();
      for (int p = 0; p < parts; p++) {
        partials.add(agg.zero());
      }
      for (List<String[]> order : byOrder.values()) { // each order to any partition
        int p = r.nextInt(parts);
        partials.set(p, agg.reduce(partials.get(p), OrderRows.orderRow(schema, order)));
      }
      List<Partial> shipped = new ArrayList<>(partials.stream().map(AggregationLawsPropertiesTest::ship).toList());
      Collections.shuffle(shipped, r);
      while (shipped.size() > 1) {
        int i = r.nextInt(shipped.size() - 1);
        Partial merged = agg.merge(shipped.get(i), shipped.get(i + 1));
        shipped.set(i, r.nextBoolean() ? ship(merged) : merged);
        shipped.remove(i + 1);
      }
      Row out = agg.finish(shipped.get(0));
      CommissionStatement expected = affiliate.statement(orders, asOf);
      assertThat(affiliate.batch((byte[]) out.getAs(1)).statement()).isEqualTo(expected);
      assertThat(out.getList(0)).hasSize(expected.rows().size());
    });
  }

  private static Object[] fields(Row row) {
    Object[] v = new Object[row.length()];
    for (int i = 0; i < v.length; i++) {
      v[i] = row.get(i);
    }
    return v;
  }
}
