package io.github.monetik.spark;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Aggregator;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.StructType;

/**
 * One Monetik aggregation for Spark, in the three ways Spark takes it: a column for
 * {@code groupBy(...).agg(...)}, a typed {@link Aggregator} for {@code groupByKey(...).agg(...)}, and
 * a SQL function. Every way binds the input by column name (never by position) and gives, per group,
 * a struct of {@code rows} (the report's export rows, as the single-JVM report's {@code rows()}) and
 * {@code form} (the final accumulator's bytes: restore them with the door on the driver for the whole
 * exact report, e.g. {@code gifts.settler(form).snapshot()}).
 *
 * <pre>{@code
 * MonetikFunction settle = MonetikSpark.settlement(() -> Monetik.defaults().gifts());
 * Dataset<Row> messages = spark.read().option("header", true).option("enforceSchema", false)
 *     .schema(settle.inputSchema()).csv("gifts/*.csv");
 * messages.groupBy("host").agg(settle.column(messages).as("live")).select("host", "live.rows");
 * }</pre>
 *
 * <p>Immutable and serializable; the door is built on each executor from its {@link DoorSupplier}.
 */
public final class MonetikFunction implements Serializable {
  private static final long serialVersionUID = 1L;

  /** @serial the aggregation: its domain, the door's recipe and its parameters */
  private final Aggregation<?, ?> aggregation;

  MonetikFunction(Aggregation<?, ?> aggregation) {
    this.aggregation = aggregation;
  }

  /** {@return the SQL name it registers under, e.g. {@code monetik_settlement}} */
  public String name() {
    return aggregation.domain().name();
  }

  /**
   * {@return the input columns it reads, in their order, with their types: give it to a CSV reader
   *     with {@code enforceSchema=false} so the file's header is checked against it}
   */
  public StructType inputSchema() {
    return aggregation.domain().inputSchema();
  }

  /** {@return the struct it gives per group: {@code rows} (array of the report's rows) and {@code form} (binary)} */
  public StructType outputSchema() {
    return aggregation.outputSchema();
  }

  /**
   * {@return the typed aggregator, for {@code rows.groupByKey(key, encoder).agg(f.aggregator().toColumn())}:
   *     it binds each row's columns by name from the row's schema}
   */
  public Aggregator<Row, Partial, Row> aggregator() {
    return aggregation;
  }

  /**
   * {@return the aggregation as a column over columns named as {@link #inputSchema()} names them; a
   *     missing one is Spark's analysis error naming it}
   */
  public Column column() {
    return apply();
  }

  /**
   * {@return the aggregation as a column over this input's columns: an optional column it lacks (a
   *     sender or gift name) reads as null; a required one it lacks is an error naming it}
   *
   * @param input the data set the column will aggregate
   * @throws IllegalArgumentException naming the column if a required one is missing
   */
  public Column column(Dataset<?> input) {
    aggregation.domain().bind(input.schema());
    List<String> present = Arrays.asList(input.columns());
    Column[] cols = new Column[aggregation.domain().columns().size()];
    for (int i = 0; i < cols.length; i++) {
      Domain.Column c = aggregation.domain().columns().get(i);
      cols[i] = present.contains(c.name()) ? input(c) : functions.lit(null).cast(c.type());
    }
    return functions.udaf(aggregation, Encoders.row(inputSchema())).apply(cols);
  }

  private Column apply() {
    Column[] cols = aggregation.domain().columns().stream().map(MonetikFunction::input).toArray(Column[]::new);
    return functions.udaf(aggregation, Encoders.row(inputSchema())).apply(cols);
  }

  /**
   * {@return the input column: a plain one as it is; an array of structs rebuilt field by field, by
   *     name, in the canonical order (Spark casts a struct to the input type by position)}
   */
  private static Column input(Domain.Column c) {
    if (c.fields().isEmpty()) {
      return functions.col(c.name());
    }
    return functions.transform(functions.col(c.name()), x -> functions.struct(
        c.fields().stream().map(f -> x.getField(f.name()).as(f.name())).toArray(Column[]::new)));
  }

  /**
   * Registers the SQL function {@link #name()} in this session, binding its arguments by name:
   * {@code SELECT host, monetik_settlement(timestamp, host, message_id, ...)} with columns named as
   * {@link #inputSchema()} names them, in any order, or one {@code named_struct('column', value, ...)}
   * for columns named otherwise. A missing, unknown, repeated or unnamed argument is an
   * {@link IllegalArgumentException} naming it when the query is analysed; a missing optional column
   * reads as null. The positional function it calls is registered too, as {@code name_by_position}.
   *
   * @param spark the session (a classic one: Spark Connect has no function builders)
   * @throws UnsupportedOperationException on a Spark Connect session
   */
  public void register(SparkSession spark) {
    NamedArguments.register(spark, name(), aggregation);
  }

  @Override
  public String toString() {
    return aggregation.toString();
  }
}
