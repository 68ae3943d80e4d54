package io.github.monetik.spark;

import io.github.monetik.report.Rows;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * A Monetik report's export rows as Spark values: text as {@code string}, counts as {@code bigint},
 * flags as {@code boolean}, amounts as {@code decimal(38,18)}, exact: an amount that needs more than 18
 * decimals or 20 integer digits is an error naming the column, never rounded.
 */
final class RowsSchema {
  /** The scale of every amount column. */
  static final int SCALE = 18;

  private RowsSchema() {}

  static DataType type(Rows.ColumnType kind) {
    return switch (kind) {
      case TEXT -> DataTypes.StringType;
      case COUNT -> DataTypes.LongType;
      case FLAG -> DataTypes.BooleanType;
      case AMOUNT -> DataTypes.createDecimalType(38, SCALE);
    };
  }

  /** {@return the struct of one export row} */
  static StructType rowType(Rows rows) {
    List<StructField> f = new ArrayList<>();
    for (String c : rows.columns()) {
      f.add(new StructField(c, type(rows.kind(c)), false, Metadata.empty()));
    }
    return new StructType(f.toArray(new StructField[0]));
  }

  /** {@return the output of an aggregation: its report's rows and the final accumulator's form} */
  static StructType outputType(Rows emptyResult) {
    return new StructType(new StructField[] {
        new StructField("rows", DataTypes.createArrayType(rowType(emptyResult), false), false, Metadata.empty()),
        new StructField("form", DataTypes.BinaryType, false, Metadata.empty())});
  }

  /** {@return the rows as Spark rows, amounts at scale 18 exactly} */
  static List<Row> values(Rows rows) {
    List<Row> out = new ArrayList<>(rows.size());
    List<String> columns = rows.columns();
    for (Map<String, Object> r : rows) {
      Object[] v = new Object[columns.size()];
      for (int i = 0; i < v.length; i++) {
        Object x = r.get(columns.get(i));
        v[i] = x instanceof BigDecimal d ? exact(columns.get(i), d) : x;
      }
      out.add(RowFactory.create(v));
    }
    return out;
  }

  private static BigDecimal exact(String column, BigDecimal d) {
    BigDecimal s;
    try {
      s = d.setScale(SCALE, java.math.RoundingMode.UNNECESSARY);
    } catch (ArithmeticException rounding) {
      throw new ArithmeticException("column " + column + " holds " + d.toPlainString() + ", which needs more than " + SCALE
          + " decimals: decimal(38," + SCALE + ") would round it");
    }
    if (s.precision() > 38) {
      throw new ArithmeticException("column " + column + " holds " + d.toPlainString() + ", beyond decimal(38," + SCALE + ")");
    }
    return s;
  }
}
