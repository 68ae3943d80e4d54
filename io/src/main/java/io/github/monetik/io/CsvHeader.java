package io.github.monetik.io;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A CSV header: its names, checked (no name twice, every required name present, no unknown name
 * unless allowed), and each wanted column's index. An empty file or a wrong header ends reading in
 * any mode: there is no record to keep.
 */
final class CsvHeader {
  final List<String> names;
  private final Map<String, Integer> index = new HashMap<>();

  private CsvHeader(List<String> names) {
    this.names = List.copyOf(names);
    for (int i = 0; i < names.size(); i++) {
      index.put(names.get(i), i);
    }
  }

  /**
   * Reads and checks the first line.
   *
   * @param required columns that must be present
   * @param optional columns that may be present
   * @param othersAllowed whether other columns are accepted (and ignored)
   */
  static CsvHeader read(LineReader lines, Issues issues, List<String> required, List<String> optional,
      boolean othersAllowed) throws java.io.IOException {
    String expected = String.join(",", required) + (optional.isEmpty() ? "" : " (optional: " + String.join(",", optional) + ")");
    if (!lines.next()) {
      throw issues.fatal(0, 0, "", null, "must have a header line " + expected + " (the input is empty)");
    }
    if (lines.isBlank()) {
      throw issues.fatal(1, 0, "", null, "must have a header line " + expected + " (the first line is empty)");
    }
    if (lines.tooLong) {
      throw issues.fatal(1, 0, "", null, "must start with a header line " + expected + " (the first line is longer than "
          + LineReader.MAX_LINE + " bytes)");
    }
    CsvRow row = new CsvRow();
    String found = Text.string(lines.buf, lines.lineStart, lines.lineEnd);
    if (!row.split(lines.buf, lines.lineStart, lines.lineEnd)) {
      throw issues.fatal(1, row.errorColumn, "", found, "must be a header line " + expected + "; it " + row.error);
    }
    List<String> names = row.texts(lines.buf);
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < names.size(); i++) {
      Integer before = seen.put(names.get(i), i);
      if (before != null) {
        throw issues.fatal(1, i + 1, names.get(i), found, "must name each column once, but '" + names.get(i)
            + "' is column " + (before + 1) + " and column " + (i + 1));
      }
    }
    List<String> missing = new ArrayList<>();
    for (String r : required) {
      if (!seen.containsKey(r)) {
        missing.add(r);
      }
    }
    if (!missing.isEmpty()) {
      throw issues.fatal(1, 0, "", found, "must be a header with the columns " + expected + "; missing " + missing);
    }
    if (!othersAllowed) {
      for (int i = 0; i < names.size(); i++) {
        if (!required.contains(names.get(i)) && !optional.contains(names.get(i))) {
          throw issues.fatal(1, i + 1, names.get(i), found, "must be a header with the columns " + expected
              + "; unknown column '" + names.get(i) + "'");
        }
      }
    }
    return new CsvHeader(names);
  }

  /** {@return the column's index, or -1 if absent} */
  int indexOf(String name) {
    Integer i = index.get(name);
    return i == null ? -1 : i;
  }

  int size() {
    return names.size();
  }
}
