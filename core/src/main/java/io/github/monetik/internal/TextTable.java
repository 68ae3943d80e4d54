package io.github.monetik.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The one text-table renderer behind every report's {@code toString}: columns sized to their widest
 * cell, the first column left-aligned and the others right-aligned (unless told otherwise), numbers
 * grouped with commas whatever the default locale, so a German JShell prints what an English one
 * does. Cells are shown as they are: a {@code Long} or {@code Integer} grouped ({@code 1,250}), a
 * {@code BigDecimal} in plain digits, anything else by its {@code toString}.
 *
 * <pre>{@code
 * TextTable.of("", "gifts", "coins")
 *     .row("settled", 27L, Coins.of(31))
 *     .row("open combos (7)", 40L, Coins.of(46))
 *     .render("  ");
 * }</pre>
 *
 * <p>Not thread-safe: build, render, discard.
 */
public final class TextTable {
  private final String[] header;
  private final List<String[]> rows = new ArrayList<>();
  private final boolean[] left;

  private TextTable(String[] header) {
    this.header = header;
    this.left = new boolean[header.length];
    if (header.length > 0) {
      left[0] = true;
    }
  }

  /**
   * {@return an empty table with these column headings}
   *
   * @param header one heading per column (empty strings for none)
   */
  public static TextTable of(String... header) {
    return new TextTable(header.clone());
  }

  /**
   * {@return this table, those columns left-aligned}
   *
   * @param columns column indexes
   */
  public TextTable leftAligned(int... columns) {
    for (int c : columns) {
      left[c] = true;
    }
    return this;
  }

  /**
   * {@return this table, with one more row}
   *
   * @param cells one value per column
   * @throws IllegalArgumentException if the row has more cells than the table has columns
   */
  public TextTable row(Object... cells) {
    if (cells.length > header.length) {
      throw new IllegalArgumentException("cells must be at most " + header.length + ", was " + cells.length);
    }
    String[] text = new String[header.length];
    Arrays.fill(text, "");
    for (int i = 0; i < cells.length; i++) {
      text[i] = cell(cells[i]);
    }
    rows.add(text);
    return this;
  }

  /** {@return how many rows the table has, the heading aside} */
  public int size() {
    return rows.size();
  }

  /**
   * The table as lines: the heading (left out when every heading is empty), then the rows, each
   * line starting with {@code indent}, trailing spaces removed, lines joined by {@code \n}.
   *
   * @param indent what starts each line
   * @return the lines, with no final line break
   */
  public String render(String indent) {
    int[] width = new int[header.length];
    boolean anyHeading = false;
    for (int c = 0; c < header.length; c++) {
      width[c] = header[c].length();
      anyHeading |= !header[c].isEmpty();
    }
    for (String[] r : rows) {
      for (int c = 0; c < r.length; c++) {
        width[c] = Math.max(width[c], r[c].length());
      }
    }
    StringBuilder out = new StringBuilder();
    if (anyHeading) {
      line(out, indent, header, width);
    }
    for (String[] r : rows) {
      line(out, indent, r, width);
    }
    if (out.length() > 0) {
      out.setLength(out.length() - 1);
    }
    return out.toString();
  }

  private void line(StringBuilder out, String indent, String[] cells, int[] width) {
    int start = out.length();
    out.append(indent);
    for (int c = 0; c < cells.length; c++) {
      if (c > 0) {
        out.append("  ");
      }
      int pad = width[c] - cells[c].length();
      if (left[c]) {
        out.append(cells[c]).append(" ".repeat(pad));
      } else {
        out.append(" ".repeat(pad)).append(cells[c]);
      }
    }
    int end = out.length();
    while (end > start && out.charAt(end - 1) == ' ') {
      end--;
    }
    out.setLength(end);
    out.append('\n');
  }

  /**
   * {@return a report's text with its provenance's notes, one {@code note: ...} line each, after it}
   *
   * @param text the report's text
   * @param notes the notes, possibly none
   */
  public static String withNotes(String text, java.util.List<String> notes) {
    if (notes.isEmpty()) {
      return text;
    }
    StringBuilder b = new StringBuilder(text);
    for (String n : notes) {
      b.append("\n  note: ").append(n);
    }
    return b.toString();
  }

  /**
   * {@return a value as a table (or any message) shows it, whatever the default locale}
   *
   * @param value a cell
   */
  public static String cell(Object value) {
    if (value instanceof Long || value instanceof Integer) {
      return grouped(((Number) value).longValue());
    }
    if (value instanceof BigDecimal d) {
      return d.toPlainString();
    }
    return String.valueOf(value);
  }

  /**
   * {@return {@code n} with its digits grouped in threes by commas: {@code 1,250}, {@code -3,000,000}}
   *
   * @param n a whole number
   */
  public static String grouped(long n) {
    String digits = Long.toString(n);
    int sign = n < 0 ? 1 : 0;
    StringBuilder out = new StringBuilder(digits.length() + digits.length() / 3);
    out.append(digits, 0, sign);
    int len = digits.length() - sign;
    int lead = len % 3 == 0 ? 3 : len % 3;
    out.append(digits, sign, sign + lead);
    for (int i = sign + lead; i < digits.length(); i += 3) {
      out.append(',').append(digits, i, i + 3);
    }
    return out.toString();
  }
}
