package io.github.monetik.spark;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.monetik.Monetik;
import io.github.monetik.affiliate.Affiliate;
import io.github.monetik.affiliate.CommissionStatement;
import io.github.monetik.affiliate.Order;
import io.github.monetik.io.OrderReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scala.Tuple2;

/**
 * Commission statements in Spark from the order CSV's rows (an order's lifecycle on any of its rows,
 * the rows shuffled), every way Spark takes the function, against the single-JVM statement.
 */
class StatementsTest {
  private static final Affiliate AFFILIATE = Monetik.defaults().affiliate();
  private static final LocalDate AS_OF = OrderRows.START.plusDays(120);
  private static SparkSession spark;
  private static List<Order> all;
  private static List<String[]> csvRows;
  private static Dataset<Row> lines;
  private static Dataset<Row> orders;

  @BeforeAll
  static void start() {
    spark = Sessions.local();
    all = OrderRows.orders(5, 200);
    csvRows = OrderRows.csvRows(all, new Random(5));
    StructType schema = new StructType().add("creator", DataTypes.StringType).add("line", DataTypes.LongType);
    for (org.apache.spark.sql.types.StructField f : MonetikSpark.orderCsvSchema().fields()) {
      schema = schema.add(f);
    }
    Map<String, String> creatorOf = all.stream().collect(Collectors.toMap(Order::id, OrderRows::creator));
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < csvRows.size(); i++) {
      rows.add(OrderRows.sparkRow(creatorOf.get(csvRows.get(i)[0]), i, csvRows.get(i)));
    }
    lines = spark.createDataFrame(rows, schema).repartition(4); // the line column keeps the file's order
    orders = MonetikSpark.orders(lines, "creator").repartition(3).cache(); // grouped once for every test
    orders.createOrReplaceTempView("orders");
  }

  private static MonetikFunction statements() {
    return MonetikSpark.statements(() -> Monetik.defaults().affiliate(), AS_OF);
  }

  /** {@return what one JVM makes of each creator's orders} */
  private static Map<String, CommissionStatement> single() {
    return all.stream().collect(Collectors.groupingBy(OrderRows::creator, TreeMap::new, Collectors.toList()))
        .entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> AFFILIATE.statement(e.getValue(), AS_OF),
            (a, b) -> a, TreeMap::new));
  }

  private static Map<String, CommissionStatement> restored(List<Row> out) {
    Map<String, CommissionStatement> got = new TreeMap<>();
    for (Row r : out) {
      Row s = r.getStruct(1);
      CommissionStatement statement = AFFILIATE.batch((byte[]) s.getAs("form")).statement();
      assertThat(s.getList(s.fieldIndex("rows"))).hasSize(statement.rows().size());
      got.put(r.getString(0), statement);
    }
    return got;
  }

  @Test
  void theTestRowsAreWhatOrderReaderReadsAsTheOrders(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("orders.csv");
    Files.writeString(file, OrderRows.csv(csvRows));
    CommissionStatement a = AFFILIATE.statement(OrderReader.strict().read(file).records(), AS_OF);
    CommissionStatement b = AFFILIATE.statement(all, AS_OF);
    assertThat(a.orderIds()).isEqualTo(b.orderIds());
    assertThat(a.provenance()).isEqualTo(b.provenance());
    assertThat(a.byProduct()).isEqualTo(b.byProduct());
    assertThat(a.byCampaign()).isEqualTo(b.byCampaign());
    assertThat(a.byMonth()).isEqualTo(b.byMonth());
    assertThat(a.currency()).isEqualTo(b.currency());
    assertThat(a).isEqualTo(b);
  }

  @Test
  void theOrderCsvReadBySparkGivesTheStatementOrderReaderGives(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("orders.csv");
    Files.writeString(file, OrderRows.csv(csvRows));
    Dataset<Row> read = spark.read().option("header", true).option("enforceSchema", false)
        .schema(MonetikSpark.orderCsvSchema()).csv(file.toString());
    Dataset<Row> perOrder = MonetikSpark.orders(read); // no line column: the rows' order as read
    Row s = perOrder.agg(statements().column(perOrder)).collectAsList().get(0).getStruct(0);
    assertThat(AFFILIATE.batch((byte[]) s.getAs("form")).statement())
        .isEqualTo(AFFILIATE.statement(OrderReader.strict().read(file).records(), AS_OF))
        .isEqualTo(AFFILIATE.statement(all, AS_OF));
  }

  @Test
  void everyCreatorsStatementIsTheSingleJvmOneAsAColumn() {
    List<Row> out = orders.groupBy("creator").agg(statements().column(orders).as("s")).collectAsList();
    Map<String, CommissionStatement> expected = single();
    assertThat(restored(out)).isEqualTo(expected);
    assertThat(expected).hasSize(OrderRows.CREATORS.size());
    Row first = out.get(0).getStruct(1).getList(0).isEmpty() ? null : (Row) out.get(0).getStruct(1).getList(0).get(0);
    assertThat(first).isNotNull();
    assertThat(first.schema().fieldNames()).containsExactly("product", "earned", "pending", "payable", "reversed", "currency");
  }

  @Test
  void theTypedAggregatorAndTheSqlFunctionBindTheLinesByName() {
    // The lines' fields in reverse order, all text: only their names tell them apart.
    List<String> fields = new ArrayList<>(List.of(MonetikSpark.orderCsvSchema().fieldNames()).subList(1, 21));
    fields.add(7, "line");
    java.util.Collections.reverse(fields);
    Dataset<Row> reversed = orders.withColumn("lines", functions.transform(col("lines"),
        x -> functions.struct(fields.stream().map(f -> x.getField(f).as(f)).toArray(Column[]::new))));
    MonetikFunction statements = statements();
    List<Tuple2<String, Row>> typed = reversed.groupByKey((org.apache.spark.api.java.function.MapFunction<Row, String>) r ->
        r.getAs("creator"), Encoders.STRING()).agg(statements.aggregator().toColumn()).collectAsList();
    Map<String, CommissionStatement> got = new TreeMap<>();
    for (Tuple2<String, Row> t : typed) {
      got.put(t._1(), AFFILIATE.batch((byte[]) t._2().getAs("form")).statement());
    }
    Map<String, CommissionStatement> expected = single();
    assertThat(got).isEqualTo(expected);
    assertThat(restored(reversed.groupBy("creator").agg(statements.column(reversed)).collectAsList())).isEqualTo(expected);

    statements.register(spark);
    reversed.createOrReplaceTempView("reversed");
    assertThat(restored(spark.sql("SELECT creator, monetik_statements(order_id, lines) FROM reversed GROUP BY creator")
        .collectAsList())).isEqualTo(expected);
  }

  @Test
  void aMissingUnknownOrRepeatedColumnOrFieldIsAnErrorNamingIt() {
    MonetikFunction statements = statements();
    Dataset<Row> noTax = orders.withColumn("lines", functions.transform(col("lines"), x -> x.dropFields(scala.jdk.javaapi.CollectionConverters.asScala(List.of("tax")).toSeq())));
    assertThatThrownBy(() -> statements.column(noTax)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("monetik_statements needs a field lines.tax (string)");
    Dataset<Row> extra = orders.withColumn("lines", functions.transform(col("lines"), x -> x.withField("ad_driven",
        functions.lit("1"))));
    assertThatThrownBy(() -> statements.column(extra)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("monetik_statements has no field lines.ad_driven");
    assertThatThrownBy(() -> statements.column(orders.drop("order_id"))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("needs a column order_id (string)");
    Dataset<Row> flat = spark.createDataFrame(List.of(org.apache.spark.sql.RowFactory.create("ann", "x")),
        new StructType().add("creator", DataTypes.StringType).add("x", DataTypes.StringType));
    assertThatThrownBy(() -> MonetikSpark.orders(flat)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("rows need a column order_id (the order CSV's columns: order_id, currency, placed");
    assertThatThrownBy(() -> MonetikSpark.orders(lines, "nobody")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("keys must be columns of rows other than the order CSV's and line, was 'nobody'");
    statements.register(spark);
    assertThatThrownBy(() -> spark.sql("SELECT monetik_statements(order_id) FROM orders").collect())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs an argument named lines");
    assertThatThrownBy(() -> spark.sql("SELECT monetik_statements(order_id, lines, creator) FROM orders").collect())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("has no argument named creator");
    // In SQL the lines are rebuilt by name: a missing field is Spark's analysis error naming it.
    assertThatThrownBy(() -> spark.sql("SELECT monetik_statements(named_struct('order_id', order_id, 'lines', "
        + "transform(lines, x -> named_struct('line', x.line)))) FROM orders").collect()).isInstanceOf(org.apache.spark.sql.AnalysisException.class)
        .hasMessageContaining("currency");
  }

  @Test
  void anOrderGivenAsSeveralRowsIsRefusedNamingItNeverCountedInPart() {
    // An order given twice: refused by the batch, naming it and what to do. (One placed by the as-of
    // day: a later one adds nothing to the statement, however often it is given.)
    MonetikFunction statements = statements();
    String counted = all.stream().filter(o -> !o.placedOn().isAfter(AS_OF)).findFirst().orElseThrow().id();
    Dataset<Row> twice = orders.union(orders.filter(col("order_id").equalTo(counted)));
    assertThatThrownBy(() -> twice.agg(statements.column(twice)).collect())
        .hasStackTraceContaining("orders must hold each order once, was order '")
        .hasStackTraceContaining("MonetikSpark.orders(rows) groups the order CSV's rows by order_id");
    // Two rows of one order that disagree on a day: refused, naming the order and the field.
    Dataset<Row> clash = orders.filter(functions.size(col("lines")).gt(1)).limit(1).withColumn("lines",
        functions.transform(col("lines"), (x, i) -> x.withField("shipped", functions.concat(functions.lit("2025-02-0"),
            i.plus(1).cast("string")))));
    assertThatThrownBy(() -> clash.agg(statements.column(clash)).collect())
        .hasStackTraceContaining("is not counted: column lines.shipped must be the same on every line that gives it, was '2025-02-0");
  }
}
