package io.github.monetik.spark;

import io.github.monetik.report.Rows;
import java.io.Serializable;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * What one kind of Monetik aggregation does in Spark: its input columns, how a row feeds the core
 * accumulator, how accumulators combine, travel and end. Serializable: shipped with the function; the
 * door is built where it runs.
 *
 * @param <D> the door
 * @param <S> the core accumulator
 */
abstract class Domain<D, S> implements Serializable {
  private static final long serialVersionUID = 1L;

  /** One input column: its name, its Spark type, whether a row may lack it. */
  record Column(String name, DataType type, boolean optional) implements Serializable {}

  private final String name;
  private final DoorSupplier<D> door;
  private final List<Column> columns;
  private transient volatile @Nullable D built;
  private transient volatile String @Nullable [] names;

  Domain(String name, DoorSupplier<D> door, List<Column> columns) {
    this.name = name;
    this.door = door;
    this.columns = List.copyOf(columns);
  }

  /** {@return the aggregation's name, for messages and SQL} */
  final String name() {
    return name;
  }

  /** {@return the door, built once per JVM from the recipe} */
  final D door() {
    D d = built;
    if (d == null) {
      d = java.util.Objects.requireNonNull(door.get(), "the door supplier gave null");
      built = d;
    }
    return d;
  }

  final List<Column> columns() {
    return columns;
  }

  /** {@return the input columns as a schema, in their canonical order} */
  final StructType inputSchema() {
    StructField[] f = new StructField[columns.size()];
    for (int i = 0; i < f.length; i++) {
      f[i] = new StructField(columns.get(i).name(), columns.get(i).type(), true, org.apache.spark.sql.types.Metadata.empty());
    }
    return new StructType(f);
  }

  abstract S zero();

  /** Feeds one row, its cells at the given positions (-1: an optional column the row lacks). */
  abstract void add(S state, Cells row);

  abstract S combine(S left, S right);

  abstract byte[] toBytes(S state);

  abstract S restore(byte[] form);

  /** {@return the result's export rows} */
  abstract Rows result(S state);

  /** {@return the result of no input: its columns are the output's} */
  final Rows emptyResult() {
    return result(zero());
  }

  @SuppressWarnings("unchecked")
  final byte[] write(Object state) {
    return toBytes((S) state);
  }

  /** Positions are by name: a row of any column order binds, a missing required column is an error. */
  final int[] bind(StructType schema) {
    int[] at = new int[columns.size()];
    for (int i = 0; i < at.length; i++) {
      Column c = columns.get(i);
      at[i] = java.util.Arrays.asList(schema.fieldNames()).indexOf(c.name());
      if (at[i] < 0 && !c.optional()) {
        throw new IllegalArgumentException(name + " needs a column " + c.name() + " (" + c.type().simpleString()
            + "); the input has " + String.join(", ", schema.fieldNames()) + "; it reads " + describe());
      }
    }
    return at;
  }

  /** {@return the columns as a message lists them} */
  final String describe() {
    StringBuilder b = new StringBuilder();
    for (Column c : columns) {
      b.append(b.length() == 0 ? "" : ", ").append(c.name()).append(' ').append(c.type().simpleString())
          .append(c.optional() ? " (optional)" : "");
    }
    return b.toString();
  }

  /** {@return the input columns' names, in canonical order} */
  final String[] names() {
    String[] n = names;
    if (n == null) {
      n = columns.stream().map(Column::name).toArray(String[]::new);
      names = n;
    }
    return n;
  }
}
