package io.github.monetik.spark;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.monetik.Monetik;
import io.github.monetik.gifts.GiftEvent;
import io.github.monetik.gifts.Gifts;
import io.github.monetik.gifts.LiveSnapshot;
import io.github.monetik.io.GiftReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import scala.Tuple2;

/** Gift settlement in Spark, every way Spark takes it, against the single-JVM collector. */
class SparkAggregationsTest {
  private static final Gifts GIFTS = Monetik.defaults().gifts();
  private static SparkSession spark;
  private static List<GiftEvent> events;
  private static Dataset<Row> messages;

  @BeforeAll
  static void start() throws Exception {
    spark = Sessions.local();
    events = new ArrayList<>(Messages.rooms(7, 5, 400));
    for (Path p : captures()) {
      events.addAll(GiftReader.strict().read(p).records());
    }
    MonetikFunction settle = MonetikSpark.settlement(() -> Monetik.defaults().gifts());
    messages = spark.createDataFrame(events.stream().map(Messages::row).toList(), settle.inputSchema()).repartition(4);
    messages.createOrReplaceTempView("messages");
  }

  private static List<Path> captures() throws Exception {
    Path dir = Path.of("../core/src/test/resources/live-gifts");
    try (var s = Files.list(dir)) {
      return s.filter(p -> p.toString().endsWith(".csv")).sorted().toList();
    }
  }

  /** {@return what one JVM makes of each host's messages} */
  private static Map<String, LiveSnapshot> single() {
    return events.stream().collect(Collectors.groupingBy(GiftEvent::hostId, TreeMap::new, GIFTS.toSnapshot()));
  }

  private static Map<String, LiveSnapshot> restored(List<Row> rows, String form) {
    Map<String, LiveSnapshot> out = new TreeMap<>();
    for (Row r : rows) {
      out.put(r.getString(0), GIFTS.settler((byte[]) r.getStruct(1).getAs(form)).snapshot());
    }
    return out;
  }

  private static List<Map<String, Object>> rows(Row live) {
    List<Row> rs = live.getList(live.fieldIndex("rows"));
    List<Map<String, Object>> out = new ArrayList<>();
    for (Row r : rs) {
      Map<String, Object> m = new TreeMap<>();
      for (String f : r.schema().fieldNames()) {
        Object v = r.getAs(f);
        m.put(f, v instanceof java.math.BigDecimal d ? d.stripTrailingZeros() : v);
      }
      out.add(m);
    }
    return out;
  }

  private static List<Map<String, Object>> expectedRows(LiveSnapshot s) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Map<String, Object> r : s.rows()) {
      Map<String, Object> m = new TreeMap<>();
      r.forEach((k, v) -> m.put(k, v instanceof java.math.BigDecimal d ? d.stripTrailingZeros() : v));
      out.add(m);
    }
    return out;
  }

  @Test
  void everyRoomsSettlementIsTheSingleJvmOneAsAColumn() {
    MonetikFunction settle = MonetikSpark.settlement(() -> Monetik.defaults().gifts());
    List<Row> out = messages.groupBy("host").agg(settle.column(messages).as("live")).orderBy("host").collectAsList();
    Map<String, LiveSnapshot> expected = single();
    assertThat(restored(out, "form")).isEqualTo(expected);
    for (Row r : out) {
      assertThat(rows(r.getStruct(1))).as(r.getString(0)).isEqualTo(expectedRows(expected.get(r.getString(0))));
    }
    assertThat(out).hasSize(expected.size());
  }

  @Test
  void theTypedAggregatorBindsByNameWhateverTheColumnOrder() {
    MonetikFunction settle = MonetikSpark.settlement(() -> Monetik.defaults().gifts());
    Dataset<Row> shuffled = messages.select("group_id", "repeat_end", "gift_name", "gift_id", "message_id", "host",
        "timestamp", "sender_name", "sender_id", "coins_per_gift", "gift_type", "repeat_count");
    List<Tuple2<String, Row>> out = shuffled.groupByKey((org.apache.spark.api.java.function.MapFunction<Row, String>) r ->
        r.getAs("host"), Encoders.STRING()).agg(settle.aggregator().toColumn()).collectAsList();
    Map<String, LiveSnapshot> got = new TreeMap<>();
    for (Tuple2<String, Row> t : out) {
      got.put(t._1(), GIFTS.settler((byte[]) t._2().getAs("form")).snapshot());
    }
    assertThat(got).isEqualTo(single());
  }

  @Test
  void theSqlFunctionBindsItsArgumentsByNameNotPosition() {
    MonetikFunction settle = MonetikSpark.settlement(() -> Monetik.defaults().gifts());
    settle.register(spark);
    List<Row> inOrder = spark.sql("SELECT host, monetik_settlement(timestamp, host, message_id, sender_id, sender_name, "
        + "gift_id, gift_name, coins_per_gift, gift_type, repeat_count, repeat_end, group_id) AS live FROM messages "
        + "GROUP BY host ORDER BY host").collectAsList();
    // group_id and gift_id swapped in place: the same types, so only names can tell them apart.
    List<Row> shuffled = spark.sql("SELECT host, monetik_settlement(group_id, gift_id, repeat_end, repeat_count, gift_type, "
        + "gift_name, coins_per_gift, sender_name, sender_id, message_id, host, timestamp) AS live FROM messages "
        + "GROUP BY host ORDER BY host").collectAsList();
    List<Row> renamed = spark.sql("SELECT host, monetik_settlement(named_struct('gift_id', gift_id, 'group_id', group_id, "
        + "'timestamp', timestamp, 'host', host, 'message_id', message_id, 'sender_id', sender_id, "
        + "'coins_per_gift', coins_per_gift, 'gift_type', gift_type, 'repeat_count', repeat_count, "
        + "'repeat_end', repeat_end)) AS live FROM messages GROUP BY host ORDER BY host").collectAsList();
    Map<String, LiveSnapshot> expected = single();
    assertThat(restored(inOrder, "form")).isEqualTo(expected);
    assertThat(restored(shuffled, "form")).isEqualTo(expected);
    // No names given (they are optional): the same coins, diamonds and gifts, names from the catalog only.
    restored(renamed, "form").forEach((host, s) -> {
      assertThat(s.earnings().coins()).as(host).isEqualTo(expected.get(host).earnings().coins());
      assertThat(s.earnings().diamonds()).as(host).isEqualTo(expected.get(host).earnings().diamonds());
      assertThat(s.earnings().gifts()).as(host).isEqualTo(expected.get(host).earnings().gifts());
      assertThat(s.messages()).as(host).isEqualTo(expected.get(host).messages());
    });
  }

  @Test
  void aWrongOrMissingOrUnnamedArgumentIsAnErrorNamingIt() {
    MonetikSpark.settlement(() -> Monetik.defaults().gifts()).register(spark);
    assertThatThrownBy(() -> spark.sql("SELECT monetik_settlement(timestamp, host, message_id, sender_id, gift_id, "
        + "coins_per_gift, gift_type, repeat_count, repeat_end) FROM messages").collect())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs an argument named group_id");
    assertThatThrownBy(() -> spark.sql("SELECT monetik_settlement(named_struct('timestamp', timestamp, 'host', host, "
        + "'message_id', message_id, 'sender_id', sender_id, 'gift_id', gift_id, 'coins_per_gift', coins_per_gift, "
        + "'gift_type', gift_type, 'repeat_count', repeat_count, 'repeat_end', repeat_end, 'group', group_id)) "
        + "FROM messages").collect())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs an argument named group_id");
    assertThatThrownBy(() -> spark.sql("SELECT monetik_settlement(timestamp, host, message_id, sender_id, gift_id, "
        + "coins_per_gift, gift_type, repeat_count, repeat_end, group_id, group_id + 1) FROM messages").collect())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("binds its arguments by name: argument 11 (")
        .hasMessageContaining("group_id + CAST(1 AS BIGINT))) has none");
    assertThatThrownBy(() -> spark.sql("SELECT monetik_settlement(timestamp, host, message_id, sender_id, gift_id, "
        + "coins_per_gift, gift_type, repeat_count, repeat_end, group_id, group_id) FROM messages").collect())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("the argument group_id twice");
  }

  @Test
  void aMissingRequiredColumnIsAnErrorNamingItAndWhatIsRead() {
    MonetikFunction settle = MonetikSpark.settlement(() -> Monetik.defaults().gifts());
    Dataset<Row> noGroup = messages.drop("group_id");
    assertThatThrownBy(() -> settle.column(noGroup)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("needs a column group_id (bigint)").hasMessageContaining("it reads timestamp timestamp");
  }

  @Test
  void aBadCellIsAnErrorNamingTheColumnNeverAZero() {
    MonetikFunction settle = MonetikSpark.settlement(() -> Monetik.defaults().gifts());
    Dataset<Row> bad = messages.withColumn("repeat_end", col("repeat_count")).filter(col("repeat_count").gt(1));
    assertThatThrownBy(() -> bad.groupBy("host").agg(settle.column(bad)).collect())
        .hasStackTraceContaining("column repeat_end must be 0, 1, true or false, was");
  }

  @Test
  void earningsPerMinuteAreTheSingleJvmOnes() {
    MonetikFunction earn = MonetikSpark.earnings(() -> Monetik.defaults().gifts());
    List<Row> out = messages.groupBy("host").agg(earn.column(messages).as("e")).collectAsList();
    Map<String, LiveSnapshot> expected = single();
    for (Row r : out) {
      Row e = r.getStruct(1);
      assertThat(e.getList(e.fieldIndex("rows"))).as(r.getString(0)).hasSize(expected.get(r.getString(0)).earnings().rows().size());
      assertThat(GIFTS.settler((byte[]) e.getAs("form")).snapshot().earnings()).isEqualTo(expected.get(r.getString(0)).earnings());
    }
    assertThat(earn.outputSchema().simpleString()).startsWith("struct<rows:array<struct<minute:string,gifts:bigint");
  }
}
