package io.github.monetik.io;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One CSV record of one line, split in place (RFC 4180: fields separated by commas, a field may be
 * quoted, a quote inside a quoted field is doubled). A record never spans lines, so every file is
 * splittable at line feeds; a quote left open at the end of the line is an error, as is a quote
 * inside an unquoted field (both would otherwise be misread).
 */
final class CsvRow {
  int count;
  int[] from = new int[16];
  int[] to = new int[16];
  boolean[] escaped = new boolean[16];
  /** After a failed split: what is wrong and the 1-based column. */
  @Nullable String error;
  int errorColumn;

  /** {@return true if the line split into fields; else {@link #error} says why} */
  boolean split(byte[] b, int start, int end) {
    count = 0;
    error = null;
    int i = start;
    while (true) {
      if (count == from.length) {
        grow();
      }
      if (i < end && b[i] == '"') {
        int j = i + 1;
        boolean esc = false;
        while (true) {
          if (j >= end) {
            error = "has a quote that is not closed on its line (a field must not span lines)";
            errorColumn = count + 1;
            return false;
          }
          if (b[j] == '"') {
            if (j + 1 < end && b[j + 1] == '"') {
              esc = true;
              j += 2;
              continue;
            }
            break;
          }
          j++;
        }
        from[count] = i + 1;
        to[count] = j;
        escaped[count] = esc;
        count++;
        i = j + 1;
        if (i == end) {
          return true;
        }
        if (b[i] != ',') {
          error = "has text after a closing quote";
          errorColumn = count;
          return false;
        }
        i++;
        continue;
      }
      int j = Text.commaOrQuote(b, i, end);
      if (j < end && b[j] == '"') {
        error = "has a quote inside an unquoted field";
        errorColumn = count + 1;
        return false;
      }
      from[count] = i;
      to[count] = j;
      escaped[count] = false;
      count++;
      if (j == end) {
        return true;
      }
      i = j + 1;
    }
  }

  private void grow() {
    int n = from.length * 2;
    from = Arrays.copyOf(from, n);
    to = Arrays.copyOf(to, n);
    escaped = Arrays.copyOf(escaped, n);
  }

  /** {@return field i's text, quotes undone} */
  String text(byte[] b, int i) {
    String s = new String(b, from[i], to[i] - from[i], StandardCharsets.UTF_8);
    return escaped[i] ? s.replace("\"\"", "\"") : s;
  }

  /** {@return every field's text} */
  List<String> texts(byte[] b) {
    List<String> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      out.add(text(b, i));
    }
    return out;
  }
}
