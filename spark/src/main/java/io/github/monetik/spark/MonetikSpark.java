package io.github.monetik.spark;

import io.github.monetik.affiliate.Affiliate;
import io.github.monetik.gifts.Gifts;
import io.github.monetik.income.Income;
import io.github.monetik.streaks.Streaks;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Monetik's aggregations for Apache Spark: each gives, per group, what the single-JVM collector gives
 * for the group's rows, exactly: combo settlement, LIVE earnings, streak reports, income reports and
 * affiliate commission statements (of whole orders, see {@link #statements}).
 *
 * <pre>{@code
 * MonetikFunction settle = MonetikSpark.settlement(() -> Monetik.defaults().gifts());
 * messages.groupBy("host").agg(settle.column(messages).as("live"));
 * settle.register(spark);   // SELECT host, monetik_settlement(timestamp, host, ...) FROM messages GROUP BY host
 * }</pre>
 *
 * <p><b>Merge order.</b> Spark combines partial results in no promised order. The streak, income
 * and order batches combine in any grouping and order to the one-pass result; gift settlement does too for
 * messages with a group id (what TikTok's LIVE clients deliver), and so do single gifts. A repeatable
 * gift message without a group id can only be placed by stream order, which a shuffle does not keep:
 * settle such a room in one partition, in order (e.g. {@code repartition(host).sortWithinPartitions(host,
 * timestamp)} then a single-JVM settler per partition), not with these aggregations.
 */
public final class MonetikSpark {
  private MonetikSpark() {}

  /**
   * {@return combo settlement per group: the rows of {@code LiveSnapshot.rows()} (messages, naive and
   *     settled coins, diamonds, creator cash, open combos, issues)}; input: the recorded gift CSV's columns
   *
   * @param gifts how each executor builds the gifts door
   */
  public static MonetikFunction settlement(DoorSupplier<Gifts> gifts) {
    return new MonetikFunction(new Aggregation<>(new Domains.GiftSettlement(Objects.requireNonNull(gifts, "gifts"), false)));
  }

  /**
   * {@return LIVE earnings per group: the rows of {@code LiveEarnings.rows()} (per minute: gifts, coins,
   *     diamonds, gross, creator cash, platform cut) of the settled gifts}; input as {@link #settlement}
   *
   * @param gifts how each executor builds the gifts door
   */
  public static MonetikFunction earnings(DoorSupplier<Gifts> gifts) {
    return new MonetikFunction(new Aggregation<>(new Domains.GiftSettlement(Objects.requireNonNull(gifts, "gifts"), true)));
  }

  /**
   * {@return streak reports per group as of an instant: the rows of {@code StreakReport.rows()}}; input:
   *     {@code timestamp, from, to, kind} as {@code monetik-io}'s interaction CSV ({@code to} joined by {@code +})
   *
   * @param streaks how each executor builds the streaks door
   * @param now the instant the streaks are judged at
   */
  public static MonetikFunction streaks(DoorSupplier<Streaks> streaks, Instant now) {
    Objects.requireNonNull(now, "now");
    return new MonetikFunction(new Aggregation<>(new Domains.StreakReports(Objects.requireNonNull(streaks, "streaks"), now)));
  }

  /**
   * {@return income reports per group in one currency: the rows of {@code IncomeReport.rows()}}; input:
   *     {@code stream, month, kind, amount, currency} (stream and kind by enum name, month {@code yyyy-MM},
   *     amount an exact decimal)
   *
   * @param income how each executor builds the income door
   * @param currency the currency every entry must be in
   */
  public static MonetikFunction income(DoorSupplier<Income> income, Currency currency) {
    Objects.requireNonNull(currency, "currency");
    return new MonetikFunction(new Aggregation<>(new Domains.IncomeReports(Objects.requireNonNull(income, "income"), currency)));
  }

  /**
   * {@return affiliate commission statements per group as of a day: the rows of
   *     {@code CommissionStatement.rows()} (per product: earned, pending, payable, reversed, currency)
   *     and the batch's form ({@code affiliate.batch(form).statement()} is the whole statement)}
   *
   * <p><b>Input: one row per order.</b> An order spans several rows of the order CSV (one per line,
   * its lifecycle and refunds on any of them), so the function reads whole orders: a column
   * {@code order_id} and a column {@code lines}, an array of structs of the line's place
   * ({@code line}, a {@code bigint}) and the CSV's other columns as text ({@code currency, placed,
   * ..., shipping}; see {@code monetik-io}'s {@code OrderReader}), which
   * {@link #orders(Dataset, String...)} makes from the CSV's rows with one {@code groupBy}. The lines
   * are read as {@code OrderReader} reads an order's rows: in their order (by {@code line}; an
   * order's commission is shared among its lines in cents by their order, so the breakdown per
   * product depends on it, the totals do not), each lifecycle field taking the value its
   * lines give, which must be the same on every line that gives one (a refund on the second line
   * counts); a product is described the same way on every line of the order. The fields bind by name
   * (a missing, unknown or repeated one is an {@link IllegalArgumentException} naming it; in SQL,
   * where the structs are rebuilt by name before Spark sees them, a missing one is Spark's analysis
   * error naming it and fields it does not read are left unread). An order given as two rows is refused by the
   * batch, naming the order, never counted twice or in part. The CSV has no columns for tiered
   * commissions, Shop Ads rates or ad-driven sales; such orders are read by a job of its own into
   * {@code Order}s and totalled with {@code affiliate.batch(asOf)}.
   *
   * <pre>{@code
   * MonetikFunction statements = MonetikSpark.statements(() -> Monetik.defaults().affiliate(), LocalDate.of(2025, 3, 31));
   * Dataset<Row> lines = spark.read().option("header", true).option("enforceSchema", false)
   *     .schema(MonetikSpark.orderCsvSchema()).csv("orders/*.csv");     // one row per order line
   * Dataset<Row> orders = MonetikSpark.orders(lines);                   // one row per order
   * orders.agg(statements.column(orders).as("statement"));              // or groupBy(creator) after orders(lines, "creator")
   * }</pre>
   *
   * <p>The order batch combines associatively and commutatively: any partitioning and merge order
   * gives the statement of {@code affiliate.statement(orders, asOf)}.
   *
   * @param affiliate how each executor builds the affiliate door
   * @param asOf the day the statement is drawn up on; orders placed after it add nothing
   */
  public static MonetikFunction statements(DoorSupplier<Affiliate> affiliate, LocalDate asOf) {
    Objects.requireNonNull(asOf, "asOf");
    return new MonetikFunction(new Aggregation<>(new Domains.Statements(Objects.requireNonNull(affiliate, "affiliate"), asOf)));
  }

  /**
   * {@return the order CSV's columns as {@code monetik-io}'s {@code OrderReader} names them, in its
   *     header's order, every one a {@code string}: the schema to read the CSV with
   *     ({@code enforceSchema=false} checks the file's header against it)}
   */
  public static StructType orderCsvSchema() {
    List<StructField> f = new ArrayList<>();
    f.add(new StructField("order_id", DataTypes.StringType, true, Metadata.empty()));
    for (String name : Domains.ORDER_LINE_FIELDS) {
      f.add(new StructField(name, DataTypes.StringType, true, Metadata.empty()));
    }
    return new StructType(f.toArray(new StructField[0]));
  }

  /**
   * {@return one row per order (and key): the columns {@code keys}, {@code order_id} and
   *     {@code lines}, the order's rows as structs of their place ({@code line}) and the CSV's other
   *     columns as text (an exact number or a date as its plain text), as {@link #statements} reads
   *     them}
   *
   * <p>One {@code groupBy(keys..., order_id)} with {@code collect_list}. A line's place is the rows'
   * column {@code line} (a whole number) if they have one; otherwise it is
   * {@code monotonically_increasing_id()}, which follows the file's order only on rows as Spark read
   * them: call this on the CSV's rows before anything reorders them (a {@code repartition}, a join),
   * or give the rows a {@code line} column yourself. Columns other than the CSV's, {@code line} and
   * the keys are left out.
   *
   * @param rows one row per order line, with the order CSV's columns ({@link #orderCsvSchema()}) by name
   * @param keys columns to keep per order, e.g. a creator, to group the statements by afterwards
   * @throws IllegalArgumentException naming the column if {@code rows} lacks one of the CSV's columns
   *     or has it twice, or a key is not a column of {@code rows} or is one of the CSV's
   */
  public static Dataset<Row> orders(Dataset<Row> rows, String... keys) {
    Objects.requireNonNull(rows, "rows");
    Objects.requireNonNull(keys, "keys");
    List<String> present = Arrays.asList(rows.columns());
    List<String> csv = Arrays.asList(orderCsvSchema().fieldNames());
    for (String c : csv) {
      if (!present.contains(c)) {
        throw new IllegalArgumentException("rows need a column " + c + " (the order CSV's columns: " + String.join(", ", csv)
            + "); they have " + String.join(", ", present));
      }
      if (present.indexOf(c) != present.lastIndexOf(c)) {
        throw new IllegalArgumentException("rows must have the column " + c + " once, was twice");
      }
    }
    List<Column> group = new ArrayList<>();
    for (String k : keys) {
      Objects.requireNonNull(k, "keys");
      if (!present.contains(k) || csv.contains(k) || k.equals("line")) {
        throw new IllegalArgumentException("keys must be columns of rows other than the order CSV's and line, was '" + k + "'");
      }
      group.add(functions.col(k));
    }
    group.add(functions.col("order_id"));
    Dataset<Row> numbered = present.contains("line") ? rows : rows.withColumn("line", functions.monotonically_increasing_id());
    List<Column> fields = new ArrayList<>();
    fields.add(functions.col("line").cast(DataTypes.LongType).as("line"));
    for (String f : Domains.ORDER_LINE_FIELDS) {
      fields.add(functions.col(f).cast(DataTypes.StringType).as(f));
    }
    return numbered.groupBy(group.toArray(new Column[0])).agg(functions.collect_list(functions.struct(fields.toArray(new Column[0]))).as("lines"));
  }
}
