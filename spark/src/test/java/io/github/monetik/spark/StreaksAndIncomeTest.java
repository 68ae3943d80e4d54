package io.github.monetik.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.monetik.Monetik;
import io.github.monetik.income.Income;
import io.github.monetik.income.IncomeEntry;
import io.github.monetik.income.IncomeReport;
import io.github.monetik.income.IncomeStream;
import io.github.monetik.money.Money;
import io.github.monetik.streaks.Interaction;
import io.github.monetik.streaks.InteractionKind;
import io.github.monetik.streaks.StreakReport;
import io.github.monetik.streaks.Streaks;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Streak and income reports in Spark equal the single-JVM collectors'. */
class StreaksAndIncomeTest {
  private static final Instant NOW = Instant.parse("2025-06-30T12:00:00Z");
  private static final Currency USD = Currency.getInstance("USD");
  private static SparkSession spark;

  @BeforeAll
  static void start() {
    spark = Sessions.local();
  }

  @Test
  void streakReportsAreTheSingleJvmOnes() {
    SplittableRandom r = new SplittableRandom(11);
    List<Interaction> all = new ArrayList<>();
    List<Row> rows = new ArrayList<>();
    String[] people = {"ana", "ben", "cleo", "dev", "eli", "fay"};
    for (int i = 0; i < 3_000; i++) {
      String from = people[r.nextInt(people.length)];
      String to = people[r.nextInt(people.length)];
      if (from.equals(to)) {
        continue;
      }
      InteractionKind kind = InteractionKind.values()[r.nextInt(InteractionKind.values().length)];
      Instant at = NOW.minusSeconds(r.nextLong(90L * 86_400));
      all.add(Interaction.of(from, to, kind, at));
      rows.add(RowFactory.create(Timestamp.from(at), from, to, kind.name()));
    }
    MonetikFunction streaks = MonetikSpark.streaks(() -> Monetik.defaults().streaks(), NOW);
    Dataset<Row> df = spark.createDataFrame(rows, streaks.inputSchema()).repartition(4);
    Row out = df.agg(streaks.column(df).as("s")).collectAsList().get(0).getStruct(0);
    Streaks door = Monetik.defaults().streaks();
    StreakReport expected = all.stream().collect(door.toReport(NOW));
    assertThat(door.batch((byte[]) out.getAs("form")).report()).isEqualTo(expected);
    assertThat(out.getList(out.fieldIndex("rows"))).hasSize(expected.rows().size());
  }

  @Test
  void incomeReportsAreTheSingleJvmOnes() {
    SplittableRandom r = new SplittableRandom(12);
    List<IncomeEntry> all = new ArrayList<>();
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < 500; i++) {
      IncomeStream stream = IncomeStream.values()[r.nextInt(IncomeStream.values().length)];
      if (!stream.paysDirectly()) {
        continue; // no money to report
      }
      YearMonth month = YearMonth.of(2025, 1 + r.nextInt(12));
      BigDecimal amount = BigDecimal.valueOf(r.nextLong(1_000_000), 2);
      all.add(IncomeEntry.earned(stream, month, Money.of(amount, USD)));
      rows.add(RowFactory.create(stream.name(), month.toString(), "EARNED", amount, "USD"));
    }
    MonetikFunction income = MonetikSpark.income(() -> Monetik.defaults().income(), USD);
    Dataset<Row> df = spark.createDataFrame(rows, income.inputSchema()).repartition(3);
    Row out = df.agg(income.column(df).as("i")).collectAsList().get(0).getStruct(0);
    Income door = Monetik.defaults().income();
    IncomeReport expected = all.stream().collect(door.toReport(USD));
    assertThat(door.batch((byte[]) out.getAs("form")).report()).isEqualTo(expected);
    assertThat(income.inputSchema().apply("amount").dataType()).isEqualTo(DataTypes.createDecimalType(38, 18));
  }

  @Test
  void anUnknownStreamIsAnErrorNamingTheColumn() {
    MonetikFunction income = MonetikSpark.income(() -> Monetik.defaults().income(), USD);
    Dataset<Row> df = spark.createDataFrame(List.of(RowFactory.create("TIPS", "2025-01", "EARNED", BigDecimal.ONE, "USD")),
        income.inputSchema());
    assertThatThrownBy(() -> df.agg(income.column(df)).collect()).hasStackTraceContaining("column stream must be one of");
  }
}
