package io.github.monetik.report;

import io.github.monetik.internal.Checks;
import io.github.monetik.internal.TextTable;
import java.math.BigDecimal;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A report as export rows: named, typed columns in a stable order and one row per line of the
 * report, every value exact. What every report's {@code rows()} returns, what a CSV, JSON or NDJSON
 * writer writes and a data frame reads. Immutable and safe to share between threads.
 *
 * <p>A column holds one of four kinds of value, never null: {@link ColumnType#TEXT text} ({@code String}),
 * {@link ColumnType#COUNT counts} ({@code Long}), {@link ColumnType#AMOUNT amounts} ({@code BigDecimal}, exact,
 * never {@code double}) and {@link ColumnType#FLAG flags} ({@code Boolean}). The columns are known even
 * when there are no rows, so an empty report still writes its header.
 *
 * <pre>{@code
 * Rows rows = earnings.rows();
 * rows.columns();                 // [minute, gifts, coins, diamonds, gross, creator_cash, platform_cut, currency]
 * rows.size();                    // one per minute
 * rows.get(0).get("coins");       // 31L
 * rows.column("coins");           // every row's coins
 * System.out.println(rows);       // a text table
 * }</pre>
 *
 * <p>A {@code Rows} is a {@code List<Map<String, Object>>} of its rows (each an unmodifiable map in
 * column order), so code written for plain lists of maps keeps working.
 */
public final class Rows extends AbstractList<Map<String, Object>> {
  /** The kind of value a column holds. */
  public enum ColumnType {
    /** Text: a {@code String}. */
    TEXT(String.class),
    /** A whole number: a {@code Long}. */
    COUNT(Long.class),
    /** An exact decimal number (money, a rate, a share): a {@code BigDecimal}. */
    AMOUNT(BigDecimal.class),
    /** True or false: a {@code Boolean}. */
    FLAG(Boolean.class);

    private final Class<?> type;

    ColumnType(Class<?> type) {
      this.type = type;
    }

    /** {@return the Java type of this kind's values} */
    public Class<?> type() {
      return type;
    }
  }

  private final List<String> columns;
  private final List<ColumnType> kinds;
  private final Object[][] values;

  private Rows(List<String> columns, List<ColumnType> kinds, Object[][] values) {
    this.columns = columns;
    this.kinds = kinds;
    this.values = values;
  }

  /** {@return a builder; declare the columns, then add rows} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the column names, in order} */
  public List<String> columns() {
    return columns;
  }

  /**
   * {@return what kind of value a column holds}
   *
   * @param column a column name
   * @throws IllegalArgumentException if there is no such column
   */
  public ColumnType kind(String column) {
    return kinds.get(indexOf(column));
  }

  /**
   * {@return one row: column name to value, in column order}
   *
   * @param row the row's index
   * @throws IndexOutOfBoundsException if there is no such row
   */
  @Override
  public Map<String, Object> get(int row) {
    Objects.checkIndex(row, values.length);
    Map<String, Object> m = new LinkedHashMap<>();
    for (int c = 0; c < columns.size(); c++) {
      m.put(columns.get(c), values[row][c]);
    }
    return Collections.unmodifiableMap(m);
  }

  /** {@return how many rows} */
  @Override
  public int size() {
    return values.length;
  }

  /**
   * {@return one value}
   *
   * @param row the row's index
   * @param column the column's name
   * @throws IndexOutOfBoundsException if there is no such row
   * @throws IllegalArgumentException if there is no such column
   */
  public Object value(int row, String column) {
    Objects.checkIndex(row, values.length);
    return values[row][indexOf(column)];
  }

  /**
   * {@return every row's value in one column, in row order}
   *
   * @param column the column's name
   * @throws IllegalArgumentException if there is no such column
   */
  public List<Object> column(String column) {
    int c = indexOf(column);
    List<Object> out = new ArrayList<>(values.length);
    for (Object[] r : values) {
      out.add(r[c]);
    }
    return Collections.unmodifiableList(out);
  }

  private int indexOf(String column) {
    int c = columns.indexOf(Objects.requireNonNull(column, "column"));
    if (c < 0) {
      throw Checks.invalid("column", "one of " + columns, column);
    }
    return c;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (o instanceof Rows r) {
      return r.columns.equals(columns) && r.kinds.equals(kinds) && Arrays.deepEquals(r.values, values);
    }
    return super.equals(o);
  }

  @Override
  public int hashCode() {
    return super.hashCode();
  }

  /** {@return the rows as a text table, a heading line of column names first} */
  @Override
  public String toString() {
    TextTable t = TextTable.of(columns.toArray(new String[0]));
    for (int c = 0; c < kinds.size(); c++) {
      if (kinds.get(c) == ColumnType.TEXT) {
        t.leftAligned(c);
      }
    }
    for (Object[] r : values) {
      t.row(r);
    }
    return t.render("");
  }

  /**
   * Builds {@link Rows}: columns first, then rows, each checked against the columns. Not
   * thread-safe.
   */
  public static final class Builder {
    private final List<String> columns = new ArrayList<>();
    private final List<ColumnType> kinds = new ArrayList<>();
    private final List<Object[]> rows = new ArrayList<>();

    private Builder() {}

    /**
     * {@return this builder, with one more column}
     *
     * @param name the column's name: unique, not blank
     * @param kind what it holds
     * @throws IllegalArgumentException if the name is blank or taken, or rows were already added
     */
    public Builder column(String name, ColumnType kind) {
      Checks.notBlank(name, "name");
      Checks.notNull(kind, "kind");
      if (columns.contains(name)) {
        throw Checks.invalid("name", "a new column name (have " + columns + ")", name);
      }
      if (!rows.isEmpty()) {
        throw new IllegalStateException("columns must be declared before the first row");
      }
      columns.add(name);
      kinds.add(kind);
      return this;
    }

    /**
     * {@return this builder, with a {@link ColumnType#TEXT} column}
     *
     * @param name the column's name
     */
    public Builder text(String name) {
      return column(name, ColumnType.TEXT);
    }

    /**
     * {@return this builder, with a {@link ColumnType#COUNT} column}
     *
     * @param name the column's name
     */
    public Builder count(String name) {
      return column(name, ColumnType.COUNT);
    }

    /**
     * {@return this builder, with an {@link ColumnType#AMOUNT} column}
     *
     * @param name the column's name
     */
    public Builder amount(String name) {
      return column(name, ColumnType.AMOUNT);
    }

    /**
     * {@return this builder, with a {@link ColumnType#FLAG} column}
     *
     * @param name the column's name
     */
    public Builder flag(String name) {
      return column(name, ColumnType.FLAG);
    }

    /**
     * Adds a row. {@code Integer}s are taken as {@link ColumnType#COUNT counts}.
     *
     * @param values one value per column, in column order, of the column's kind
     * @return this builder
     * @throws IllegalArgumentException naming the column if a value is missing, extra or of another kind
     * @throws NullPointerException naming the column if a value is null
     */
    public Builder row(Object... values) {
      if (values.length != columns.size()) {
        throw Checks.invalid("values", columns.size() + " values, one per column " + columns, values.length + " values");
      }
      Object[] row = new Object[values.length];
      for (int c = 0; c < values.length; c++) {
        Object v = Checks.notNull(values[c], "values[" + columns.get(c) + "]");
        if (v instanceof Integer i && kinds.get(c) == ColumnType.COUNT) {
          v = i.longValue();
        }
        if (!kinds.get(c).type().isInstance(v)) {
          throw Checks.invalid("values[" + columns.get(c) + "]", "a " + kinds.get(c).type().getSimpleName(),
              v.getClass().getSimpleName() + " " + Checks.echo(v));
        }
        row[c] = v;
      }
      rows.add(row);
      return this;
    }

    /** {@return the rows built} */
    public Rows build() {
      return new Rows(List.copyOf(columns), List.copyOf(kinds), rows.toArray(new Object[0][]));
    }
  }
}
