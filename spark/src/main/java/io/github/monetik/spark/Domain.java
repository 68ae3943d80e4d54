package io.github.monetik.spark;

import io.github.monetik.report.Rows;
import java.io.Serializable;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
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

  /**
   * One input column: its name, its Spark type, whether a row may lack it, and for an array of
   * structs the fields of each element, bound by name as the columns are (none for a plain column).
   */
  record Column(String name, DataType type, boolean optional, List<Column> fields) implements Serializable {
    Column(String name, DataType type, boolean optional) {
      this(name, type, optional, List.of());
    }

    /** {@return a required column holding an array of structs of those fields, every one required} */
    static Column structs(String name, List<Column> fields) {
      StructField[] f = new StructField[fields.size()];
      for (int i = 0; i < f.length; i++) {
        f[i] = new StructField(fields.get(i).name(), fields.get(i).type(), true, org.apache.spark.sql.types.Metadata.empty());
      }
      return new Column(name, DataTypes.createArrayType(new StructType(f), false), false, List.copyOf(fields));
    }
  }

  /** Where a nested column's fields are in the elements of one struct type. */
  private record Nested(int column, StructType schema, int[] at) {}

  private final String name;
  private final DoorSupplier<D> door;
  private final List<Column> columns;
  private transient volatile @Nullable D built;
  private transient volatile String @Nullable [] names;
  private transient volatile @Nullable Nested nested;

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

  /**
   * Positions are by name: a row of any column order binds; a missing required column, one the input
   * has twice, or a nested column whose elements miss a field, have one twice or have one it does not
   * read is an error naming it.
   */
  final int[] bind(StructType schema) {
    int[] at = new int[columns.size()];
    List<String> present = java.util.Arrays.asList(schema.fieldNames());
    for (int i = 0; i < at.length; i++) {
      Column c = columns.get(i);
      at[i] = present.indexOf(c.name());
      if (at[i] < 0 && !c.optional()) {
        throw new IllegalArgumentException(name + " needs a column " + c.name() + " (" + c.type().simpleString()
            + "); the input has " + String.join(", ", schema.fieldNames()) + "; it reads " + describe());
      }
      if (at[i] >= 0 && present.lastIndexOf(c.name()) != at[i]) {
        throw new IllegalArgumentException(name + " was given the column " + c.name() + " twice; it reads " + describe());
      }
      if (at[i] >= 0 && !c.fields().isEmpty()) {
        DataType t = schema.fields()[at[i]].dataType();
        if (!(t instanceof ArrayType a && a.elementType() instanceof StructType element)) {
          throw new IllegalArgumentException(name + " needs a column " + c.name() + " as " + c.type().simpleString()
              + ", was " + t.simpleString());
        }
        bindFields(c, element);
      }
    }
    return at;
  }

  /** {@return where a nested column's fields are in its elements' struct, by name, each checked} */
  private int[] bindFields(Column c, StructType element) {
    List<String> present = java.util.Arrays.asList(element.fieldNames());
    List<String> read = c.fields().stream().map(Column::name).toList();
    int[] at = new int[read.size()];
    for (int i = 0; i < at.length; i++) {
      at[i] = present.indexOf(read.get(i));
      if (at[i] < 0) {
        throw new IllegalArgumentException(name + " needs a field " + c.name() + "." + read.get(i) + " ("
            + c.fields().get(i).type().simpleString() + "); the elements of " + c.name() + " have "
            + String.join(", ", element.fieldNames()) + "; it reads " + c.type().simpleString());
      }
    }
    for (int i = 0; i < present.size(); i++) {
      String f = present.get(i);
      if (present.indexOf(f) != i) {
        throw new IllegalArgumentException(name + " was given the field " + c.name() + "." + f + " twice");
      }
      if (!read.contains(f)) {
        throw new IllegalArgumentException(name + " has no field " + c.name() + "." + f + "; it reads "
            + c.type().simpleString());
      }
    }
    return at;
  }

  /**
   * {@return the elements of a nested column of a row, each a row of cells bound to the element's
   *     struct by name (an element without a schema is in the canonical order, as Spark's cast to the
   *     input type gives it)}
   */
  final List<Cells> elements(Cells row, int c) {
    Column col = columns.get(c);
    List<Row> rows = row.structs(c);
    List<Cells> out = new java.util.ArrayList<>(rows.size());
    String[] fieldNames = col.fields().stream().map(f -> col.name() + "." + f.name()).toArray(String[]::new);
    for (Row e : rows) {
      StructType schema = e.schema();
      int[] at;
      if (schema == null) {
        at = new int[fieldNames.length];
        java.util.Arrays.setAll(at, i -> i);
      } else {
        Nested n = nested;
        if (n == null || n.column() != c || n.schema() != schema && !n.schema().equals(schema)) {
          n = new Nested(c, schema, bindFields(col, schema));
          nested = n; // a benign race: any thread's binding of the same schema is the same
        }
        at = n.at();
      }
      out.add(new Cells(fieldNames, e, at));
    }
    return out;
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
