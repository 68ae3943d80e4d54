package io.github.monetik.spark;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import org.apache.spark.sql.Row;
import org.jspecify.annotations.Nullable;

/**
 * Reads one input row's cells by position, each checked: a null where a value is required, a text
 * where a number is, a fraction where a count is: an {@link IllegalArgumentException} naming the
 * column and the value, never a silent zero.
 */
final class Cells {
  private final String[] names;
  private final Row row;
  private final int[] at;

  Cells(String[] names, Row row, int[] at) {
    this.names = names;
    this.row = row;
    this.at = at;
  }

  private @Nullable Object raw(int c) {
    return row.get(at[c]);
  }

  private IllegalArgumentException bad(int c, String expected, @Nullable Object was) {
    return new IllegalArgumentException("column " + names[c] + " must be " + expected + ", was "
        + (was == null ? "null" : was instanceof CharSequence ? "'" + was + "'" : was + " (" + was.getClass().getSimpleName() + ")"));
  }

  long count(int c) {
    Object v = raw(c);
    if (v instanceof Long || v instanceof Integer || v instanceof Short || v instanceof Byte) {
      return ((Number) v).longValue();
    }
    if (v instanceof BigDecimal d) {
      try {
        return d.longValueExact();
      } catch (ArithmeticException notWhole) {
        throw bad(c, "a whole number within a long", v);
      }
    }
    throw bad(c, "a whole number", v);
  }

  int intCount(int c) {
    long v = count(c);
    if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
      throw bad(c, "within an int", v);
    }
    return (int) v;
  }

  boolean flag(int c) {
    Object v = raw(c);
    if (v instanceof Boolean b) {
      return b;
    }
    if (v instanceof Number) {
      long n = count(c);
      if (n == 0 || n == 1) {
        return n == 1;
      }
    }
    throw bad(c, "0, 1, true or false", v);
  }

  String text(int c) {
    Object v = raw(c);
    if (v instanceof String s) {
      return s;
    }
    throw bad(c, "a text", v);
  }

  @Nullable String optionalText(int c) {
    if (at[c] < 0) {
      return null;
    }
    Object v = raw(c);
    if (v == null || v instanceof String) {
      return (String) v;
    }
    throw bad(c, "a text or null", v);
  }

  /** {@return the elements of an array-of-structs column, each a row} */
  @SuppressWarnings("unchecked")
  java.util.List<Row> structs(int c) {
    Object v = raw(c);
    java.util.List<?> list;
    if (v instanceof scala.collection.Seq<?> seq) {
      list = scala.jdk.javaapi.CollectionConverters.asJava(seq);
    } else if (v instanceof java.util.List<?> l) {
      list = l;
    } else {
      throw bad(c, "an array of structs", v);
    }
    for (Object e : list) {
      if (!(e instanceof Row)) {
        throw bad(c, "an array of structs (no null element)", e);
      }
    }
    return (java.util.List<Row>) list;
  }

  /**
   * {@return a cell as text, empty for null: a text as it is, an exact number or a date as its plain
   *     text (what a CSV holds), never a {@code double}}
   */
  String plain(int c) {
    Object v = raw(c);
    if (v == null) {
      return "";
    }
    if (v instanceof String s) {
      return s;
    }
    if (v instanceof BigDecimal d) {
      return d.toPlainString();
    }
    if (v instanceof Long || v instanceof Integer || v instanceof Short || v instanceof Byte
        || v instanceof java.time.LocalDate) {
      return v.toString();
    }
    if (v instanceof java.sql.Date d) {
      return d.toLocalDate().toString();
    }
    throw bad(c, "a text, an exact number or a date", v);
  }

  /** {@return the column's name, for messages} */
  String name(int c) {
    return names[c];
  }

  BigDecimal amount(int c) {
    Object v = raw(c);
    if (v instanceof BigDecimal d) {
      return d;
    }
    if (v instanceof Long || v instanceof Integer) {
      return BigDecimal.valueOf(((Number) v).longValue());
    }
    throw bad(c, "an exact decimal amount (never a double)", v);
  }

  long epochMilli(int c) {
    Object v = raw(c);
    Instant t;
    if (v instanceof Timestamp ts) {
      t = ts.toInstant();
    } else if (v instanceof Instant i) {
      t = i;
    } else if (v instanceof LocalDateTime) {
      throw bad(c, "a TIMESTAMP (an instant), not a TIMESTAMP_NTZ whose zone nobody knows", v);
    } else {
      throw bad(c, "a timestamp", v);
    }
    if (t.getNano() % 1_000_000 != 0) {
      throw bad(c, "a timestamp in whole milliseconds", v);
    }
    return t.toEpochMilli();
  }
}
