package io.github.monetik.io;

import io.github.monetik.report.Rows;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;

/**
 * Report rows ({@link Rows}, what every report's {@code rows()} returns) to files and back: CSV for a
 * spreadsheet, JSON and NDJSON for pandas, R or a pipeline. Columns come from
 * {@link Rows#columns()} in their order, even when there are no rows. Numbers are exact: counts as
 * their digits, amounts as plain decimal digits ({@link BigDecimal#toPlainString()}, never an
 * exponent, never a {@code double}), flags as {@code true}/{@code false}. UTF-8, {@code \n} line ends.
 *
 * <p>Reading back needs the columns' kinds (CSV has none, JSON cannot tell {@code 5} the count from
 * {@code 5} the amount): pass the report's rows, or any {@code Rows} with the same columns. A file
 * written and read back gives equal rows (an amount with a negative scale, {@code 1E+3}, comes back as
 * {@code 1000}).
 *
 * <pre>{@code
 * RowsFiles.write(earnings.rows(), RowsFormat.CSV, Path.of("earnings.csv"));
 * Rows again = RowsFiles.read(Path.of("earnings.csv"), RowsFormat.CSV, earnings.rows());
 * }</pre>
 */
public final class RowsFiles {
  private RowsFiles() {}

  /**
   * Writes rows to a file (through a temporary file moved into place, so a failed write leaves no
   * partial file).
   *
   * @param rows the rows
   * @param format the format
   * @param file where to write; replaced if it exists
   * @return {@code file}
   * @throws IOException if the file cannot be written
   * @throws IllegalArgumentException naming the row and column if a text is not Unicode (an unpaired surrogate)
   */
  public static Path write(Rows rows, RowsFormat format, Path file) throws IOException {
    Objects.requireNonNull(rows, "rows must not be null");
    Objects.requireNonNull(format, "format must not be null");
    Objects.requireNonNull(file, "file must not be null");
    Path dir = file.toAbsolutePath().getParent();
    Path tmp = Files.createTempFile(dir, file.getFileName().toString(), ".part");
    try {
      try (OutputStream out = Files.newOutputStream(tmp)) {
        write(rows, format, out);
      }
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(tmp);
    }
    return file;
  }

  /**
   * Writes rows to a stream (left open).
   *
   * @param rows the rows
   * @param format the format
   * @param out where to write
   * @throws IOException if writing fails
   * @throws IllegalArgumentException naming the row and column if a text is not Unicode (an unpaired surrogate)
   */
  public static void write(Rows rows, RowsFormat format, OutputStream out) throws IOException {
    Objects.requireNonNull(rows, "rows must not be null");
    Objects.requireNonNull(format, "format must not be null");
    Objects.requireNonNull(out, "out must not be null");
    checkText(rows);
    switch (format) {
      case CSV -> {
        Writer w = new java.io.OutputStreamWriter(new NonClosing(out), StandardCharsets.UTF_8);
        w.write(csv(rows));
        w.flush();
      }
      case JSON, NDJSON -> {
        boolean array = format == RowsFormat.JSON;
        List<String> columns = rows.columns();
        if (array) {
          out.write(rows.isEmpty() ? "[".getBytes(StandardCharsets.UTF_8) : "[\n".getBytes(StandardCharsets.UTF_8));
        }
        for (int r = 0; r < rows.size(); r++) {
          if (array && r > 0) {
            out.write(",\n".getBytes(StandardCharsets.UTF_8));
          }
          try (JsonGenerator g = GiftJson.JSON.createGenerator(ObjectWriteContext.empty(), new NonClosing(out))) {
            g.writeStartObject();
            for (String c : columns) {
              g.writeName(c);
              Object v = rows.value(r, c);
              switch (rows.kind(c)) {
                case TEXT -> g.writeString((String) v);
                case COUNT -> g.writeNumber((Long) v);
                case AMOUNT -> g.writeNumber(((BigDecimal) v).toPlainString());
                case FLAG -> g.writeBoolean((Boolean) v);
              }
            }
            g.writeEndObject();
          } catch (JacksonException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getMessage(), e);
          }
          if (!array) {
            out.write('\n');
          }
        }
        if (array) {
          out.write(rows.isEmpty() ? "]\n".getBytes(StandardCharsets.UTF_8) : "\n]\n".getBytes(StandardCharsets.UTF_8));
        }
        out.flush();
      }
    }
  }

  /**
   * {@return the rows as text in that format}
   *
   * @param rows the rows
   * @param format the format
   * @throws IllegalArgumentException naming the row and column if a text is not Unicode (an unpaired surrogate)
   */
  public static String toString(Rows rows, RowsFormat format) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      write(rows, format, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  /** A lone surrogate cannot be written as UTF-8: it would come back as '?', so it is refused. */
  private static void checkText(Rows rows) {
    for (String c : rows.columns()) {
      if (rows.kind(c) != Rows.ColumnType.TEXT) {
        continue;
      }
      for (int r = 0; r < rows.size(); r++) {
        String s = (String) rows.value(r, c);
        for (int i = 0; i < s.length(); i++) {
          char ch = s.charAt(i);
          if (Character.isHighSurrogate(ch) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
            i++;
          } else if (Character.isSurrogate(ch)) {
            throw new IllegalArgumentException("rows[" + r + "]." + c + " must be Unicode text, has an unpaired"
                + " surrogate at index " + i);
          }
        }
      }
    }
  }

  private static String csv(Rows rows) {
    StringBuilder b = new StringBuilder();
    List<String> columns = rows.columns();
    for (int c = 0; c < columns.size(); c++) {
      b.append(c == 0 ? "" : ",").append(quote(columns.get(c)));
    }
    b.append('\n');
    for (int r = 0; r < rows.size(); r++) {
      for (int c = 0; c < columns.size(); c++) {
        Object v = rows.value(r, columns.get(c));
        b.append(c == 0 ? "" : ",").append(v instanceof BigDecimal d ? d.toPlainString() : quote(v.toString()));
      }
      b.append('\n');
    }
    return b.toString();
  }

  private static String quote(String s) {
    boolean needs = false;
    for (int i = 0; i < s.length() && !needs; i++) {
      char ch = s.charAt(i);
      needs = ch == ',' || ch == '"' || ch == '\n' || ch == '\r';
    }
    if (!s.isEmpty() && (Character.isWhitespace(s.charAt(0)) || Character.isWhitespace(s.charAt(s.length() - 1)))) {
      needs = true;
    }
    return needs ? '"' + s.replace("\"", "\"\"") + '"' : s;
  }

  /**
   * Reads rows back from a file written by {@link #write(Rows, RowsFormat, Path)} (or by anyone, in
   * that shape).
   *
   * @param file the file
   * @param format its format
   * @param like rows with the columns and kinds to expect (their values are not used)
   * @return the rows read
   * @throws IOException naming the file if it cannot be read
   * @throws InputException naming the line, column and value if the file does not hold such rows
   */
  public static Rows read(Path file, RowsFormat format, Rows like) throws IOException {
    Objects.requireNonNull(file, "file must not be null");
    Objects.requireNonNull(format, "format must not be null");
    Objects.requireNonNull(like, "like must not be null");
    byte[] bytes;
    try (Source src = Source.open(file)) {
      bytes = Files.readAllBytes(file);
      if (src.start == 3) {
        bytes = java.util.Arrays.copyOfRange(bytes, 3, bytes.length);
      }
    }
    Issues issues = new Issues(ReadMode.STRICT, file.toString());
    Rows.Builder out = Rows.builder();
    List<String> columns = like.columns();
    for (String c : columns) {
      out.column(c, like.kind(c));
    }
    if (format == RowsFormat.CSV) {
      readCsv(bytes, issues, like, out);
    } else {
      readJson(bytes, format, issues, like, out);
    }
    return out.build();
  }

  private static void readCsv(byte[] bytes, Issues issues, Rows like, Rows.Builder out) {
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw issues.fatal(0, 0, "", null, "must be UTF-8 text");
    }
    List<String> columns = like.columns();
    int[] pos = {0};
    long[] line = {1};
    List<String> header = record(text, pos, line, issues);
    if (header == null) {
      throw issues.fatal(1, 0, "", null, "must have the header " + String.join(",", columns) + " (the input is empty)");
    }
    if (!header.equals(columns)) {
      throw issues.fatal(1, 0, "", String.join(",", header), "must have the header " + String.join(",", columns));
    }
    while (true) {
      long at = line[0];
      List<String> fields = record(text, pos, line, issues);
      if (fields == null) {
        return;
      }
      if (fields.size() != columns.size()) {
        throw issues.fatal(at, 0, "", String.join(",", fields), "must have " + columns.size() + " fields, has "
            + fields.size());
      }
      Object[] values = new Object[columns.size()];
      for (int c = 0; c < columns.size(); c++) {
        values[c] = value(fields.get(c), like.kind(columns.get(c)), issues, at, c + 1, columns.get(c));
      }
      out.row(values);
    }
  }

  /** One CSV record from pos (quoted fields may span lines); null at the end. */
  private static @Nullable List<String> record(String s, int[] pos, long[] line, Issues issues) {
    int i = pos[0];
    if (i >= s.length()) {
      return null;
    }
    List<String> fields = new ArrayList<>();
    StringBuilder f = new StringBuilder();
    while (true) {
      if (i < s.length() && s.charAt(i) == '"') {
        long start = line[0];
        i++;
        while (true) {
          if (i >= s.length()) {
            throw issues.fatal(start, fields.size() + 1, "", null, "must close its quote");
          }
          char c = s.charAt(i);
          if (c == '"') {
            if (i + 1 < s.length() && s.charAt(i + 1) == '"') {
              f.append('"');
              i += 2;
              continue;
            }
            i++;
            break;
          }
          if (c == '\n') {
            line[0]++;
          }
          f.append(c);
          i++;
        }
        if (i < s.length() && s.charAt(i) != ',' && s.charAt(i) != '\n' && s.charAt(i) != '\r') {
          throw issues.fatal(line[0], fields.size() + 1, "", null, "must have no text after a closing quote");
        }
      } else {
        while (i < s.length() && s.charAt(i) != ',' && s.charAt(i) != '\n' && s.charAt(i) != '\r') {
          if (s.charAt(i) == '"') {
            throw issues.fatal(line[0], fields.size() + 1, "", null, "must quote a field with a quote in it");
          }
          f.append(s.charAt(i++));
        }
      }
      fields.add(f.toString());
      f.setLength(0);
      if (i >= s.length()) {
        pos[0] = i;
        return fields;
      }
      char c = s.charAt(i);
      if (c == ',') {
        i++;
        continue;
      }
      if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
        i++;
      }
      i++;
      line[0]++;
      pos[0] = i;
      return fields;
    }
  }

  private static Object value(String text, Rows.ColumnType kind, Issues issues, long line, int column, String name) {
    try {
      return switch (kind) {
        case TEXT -> text;
        case COUNT -> {
          byte[] b = text.getBytes(StandardCharsets.UTF_8);
          yield Text.parseLong(b, 0, b.length);
        }
        case AMOUNT -> amount(text);
        case FLAG -> switch (text) {
          case "true" -> Boolean.TRUE;
          case "false" -> Boolean.FALSE;
          default -> throw new Text.Bad("must be true or false");
        };
      };
    } catch (Text.Bad e) {
      throw issues.fatal(line, column, name, text, e.expected);
    }
  }

  private static BigDecimal amount(String text) {
    if (text.isEmpty() || text.length() > 400 || !text.matches("-?[0-9]+(\\.[0-9]+)?")) {
      throw new Text.Bad("must be a decimal number in plain digits");
    }
    return new BigDecimal(text);
  }

  private static void readJson(byte[] bytes, RowsFormat format, Issues issues, Rows like, Rows.Builder out) {
    List<String> columns = like.columns();
    Map<String, Integer> index = new HashMap<>();
    for (int c = 0; c < columns.size(); c++) {
      index.put(columns.get(c), c);
    }
    try (JsonParser p = GiftJson.JSON.createParser(ObjectReadContext.empty(), bytes)) {
      JsonToken t = p.nextToken();
      if (format == RowsFormat.JSON) {
        if (t != JsonToken.START_ARRAY) {
          throw issues.fatal(1, 1, "", null, "must be a JSON array of rows");
        }
        t = p.nextToken();
      }
      while (t != null && t != JsonToken.END_ARRAY) {
        long line = p.currentTokenLocation().getLineNr();
        if (t != JsonToken.START_OBJECT) {
          throw issues.fatal(line, p.currentTokenLocation().getColumnNr(), "", null, "must be a JSON object (a row)");
        }
        Object[] values = new Object[columns.size()];
        while (p.nextToken() == JsonToken.PROPERTY_NAME) {
          String name = p.currentName();
          JsonToken v = p.nextToken();
          Integer c = index.get(name);
          int col = p.currentTokenLocation().getColumnNr();
          if (c == null) {
            throw issues.fatal(line, col, name, null, "must be one of the columns " + columns);
          }
          if (values[c] != null) {
            throw issues.fatal(line, col, name, null, "must appear once in the row");
          }
          Rows.ColumnType kind = like.kind(name);
          boolean ok = switch (kind) {
            case TEXT -> v == JsonToken.VALUE_STRING;
            case COUNT -> v == JsonToken.VALUE_NUMBER_INT;
            case AMOUNT -> v == JsonToken.VALUE_NUMBER_INT || v == JsonToken.VALUE_NUMBER_FLOAT;
            case FLAG -> v == JsonToken.VALUE_TRUE || v == JsonToken.VALUE_FALSE;
          };
          if (!ok) {
            throw issues.fatal(line, col, name, p.getString(), "must be a " + kind.name().toLowerCase(java.util.Locale.ROOT)
                + " (" + kind.type().getSimpleName() + ")");
          }
          values[c] = switch (kind) {
            case TEXT -> p.getString();
            case COUNT -> value(p.getString(), kind, issues, line, col, name);
            case AMOUNT -> value(p.getString(), kind, issues, line, col, name);
            case FLAG -> v == JsonToken.VALUE_TRUE;
          };
        }
        for (int c = 0; c < columns.size(); c++) {
          if (values[c] == null) {
            throw issues.fatal(line, 0, columns.get(c), null, "must be given in every row");
          }
        }
        out.row(values);
        t = p.nextToken();
      }
      if (format == RowsFormat.JSON && (t == null || p.nextToken() != null)) {
        throw issues.fatal(0, 0, "", null, "must be one JSON array");
      }
    } catch (JacksonException e) {
      long line = e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getLineNr());
      int col = e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getColumnNr());
      throw issues.fatal(line, col, "", null, "must be well-formed JSON (" + GiftJson.shortMessage(e) + ")");
    }
  }

  /** Keeps the caller's stream open when a writer or generator closes. */
  private static final class NonClosing extends java.io.FilterOutputStream {
    NonClosing(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
