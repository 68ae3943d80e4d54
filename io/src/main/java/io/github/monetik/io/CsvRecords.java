package io.github.monetik.io;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Reads a small CSV file record by record for the readers of orders, profiles and interactions: the
 * header checked, each record's fields by name, a bad field reported with its line, column, name and
 * value.
 */
final class CsvRecords {
  /** One record: its fields by column name. */
  static final class Rec {
    final long line;
    private final CsvHeader header;
    private final List<String> values;
    private final String text;

    Rec(long line, CsvHeader header, List<String> values, String text) {
      this.line = line;
      this.header = header;
      this.values = values;
      this.text = text;
    }

    /** {@return the field's text, or "" if the column is absent from the header} */
    String get(String column) {
      int i = header.indexOf(column);
      return i < 0 ? "" : values.get(i);
    }

    boolean has(String column) {
      return header.indexOf(column) >= 0;
    }

    /** {@return an issue for that field} */
    InputIssue bad(Issues issues, String column, String expected) {
      int i = header.indexOf(column);
      return InputIssue.error(issues.source, line, i + 1, column, i < 0 ? null : values.get(i), expected);
    }

    /** {@return an issue for the whole record} */
    InputIssue badRecord(Issues issues, String expected) {
      return InputIssue.error(issues.source, line, 0, "", text, expected);
    }
  }

  /** A bad field: thrown by a record parser, turned into an issue. */
  static final class Bad extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final transient InputIssue issue;

    Bad(InputIssue issue) {
      super(issue.message(), null, false, false);
      this.issue = issue;
    }
  }

  /** Parses one record; throws {@link Bad} for a bad field. */
  interface Parser<T> {
    @Nullable T parse(Rec r);
  }

  private CsvRecords() {}

  /**
   * Reads every record.
   *
   * @return the parsed records (the parser's nulls dropped) in file order
   */
  static <T> List<T> read(Source src, Issues issues, List<String> required, List<String> optional, Parser<T> parser)
      throws IOException {
    LineReader lines = new LineReader(src, src.start, src.size, 1, 1 << 16);
    CsvHeader header = CsvHeader.read(lines, issues, required, optional, false);
    CsvRow row = new CsvRow();
    List<T> out = new ArrayList<>();
    while (lines.next()) {
      if (lines.tooLong) {
        issues.error(lines.line(), 0, "", null, "must be a line of at most " + LineReader.MAX_LINE + " bytes");
        continue;
      }
      if (lines.isBlank()) {
        continue;
      }
      String text = Text.string(lines.buf, lines.lineStart, lines.lineEnd);
      if (!row.split(lines.buf, lines.lineStart, lines.lineEnd)) {
        issues.error(lines.line(), row.errorColumn, "", text, "must be a CSV record; it " + row.error);
        continue;
      }
      if (row.count != header.size()) {
        issues.error(lines.line(), 0, "", text, "must have " + header.size() + " fields like the header ("
            + String.join(",", header.names) + "), has " + row.count);
        continue;
      }
      Rec r = new Rec(lines.line(), header, row.texts(lines.buf), text);
      try {
        T t = parser.parse(r);
        if (t != null) {
          out.add(t);
        }
      } catch (Bad b) {
        issues.add(b.issue);
      }
    }
    return out;
  }
}
