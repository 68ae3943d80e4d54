package io.github.monetik.examples;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.github.monetik.io.RowsFiles;
import io.github.monetik.io.RowsFormat;
import io.github.monetik.report.Rows;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * Files in and out for data work: report rows (a {@code List<Map<String, Object>>}, as every
 * Monetik report's {@code rows()} gives) to CSV and JSON for pandas, R or a spreadsheet, and CSV
 * files back in as rows. Numbers are written exactly as their plain decimal text.
 *
 * <p>The examples' one way out: every command's CSV ({@link #csvRows(Rows, OutputStream)}, through
 * {@code monetik-io}'s {@link RowsFiles}) and every file a command makes ({@link #write(Path, Body)})
 * goes through here.
 */
public final class Export {
  private Export() {}

  /**
   * Writes rows as CSV with a header from the first row's keys.
   *
   * @param rows the rows, all with the same keys
   * @param file where to write
   * @return {@code file}
   * @throws IOException if the file cannot be written
   */
  public static Path csv(List<? extends Map<String, ?>> rows, Path file) throws IOException {
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      csv(rows, w);
    }
    return file;
  }

  /**
   * Writes rows as CSV to a writer.
   *
   * @param rows the rows, all with the same keys
   * @param out where to write
   * @throws IOException if writing fails
   */
  public static void csv(List<? extends Map<String, ?>> rows, Appendable out) throws IOException {
    List<String> header = rows.isEmpty() ? List.of() : new ArrayList<>(rows.get(0).keySet());
    try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(header.toArray(String[]::new)).get())) {
      for (Map<String, ?> row : rows) {
        List<String> cells = new ArrayList<>();
        for (String column : header) {
          cells.add(text(row.get(column)));
        }
        printer.printRecord(cells);
      }
    }
  }

  /**
   * Writes typed rows as CSV through {@code monetik-io} ({@link RowsFiles}): a header of the columns,
   * {@code \n} line ends, counts as digits, amounts as plain decimals, a text quoted only when it must be.
   *
   * @param rows the rows
   * @param out where to write (left open)
   * @throws IOException if writing fails
   */
  public static void csvRows(Rows rows, OutputStream out) throws IOException {
    RowsFiles.write(rows, RowsFormat.CSV, out);
    out.flush();
  }

  /** The text of a file, written as it is made (a file too big to hold in memory). */
  @FunctionalInterface
  public interface Body {
    /**
     * Writes the text.
     *
     * @param out where it goes
     * @throws IOException if writing fails
     */
    void write(Writer out) throws IOException;
  }

  /**
   * Writes a file as UTF-8 text, streaming, to a temporary file that is then moved into place, so an
   * interrupted run never leaves a partial file behind.
   *
   * @param file where to write
   * @param body what to write
   * @return {@code file}
   * @throws IOException if the file cannot be written
   */
  public static Path write(Path file, Body body) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    Path tmp = Files.createTempFile(parent, file.getFileName().toString(), ".part");
    try {
      try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
        body.write(w);
      }
      Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(tmp);
    }
    return file;
  }

  /**
   * Writes rows as a JSON array of objects; decimals stay exact (written as JSON numbers).
   *
   * @param rows the rows
   * @param file where to write
   * @return {@code file}
   * @throws IOException if the file cannot be written
   */
  public static Path json(List<? extends Map<String, ?>> rows, Path file) throws IOException {
    new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), rows);
    return file;
  }

  /**
   * Reads a CSV file with a header into rows of text, in file order.
   *
   * @param file the CSV file
   * @return one map per record, keyed by the header
   * @throws IOException if the file cannot be read or is not CSV
   */
  public static List<Map<String, String>> readCsv(Path file) throws IOException {
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
      List<Map<String, String>> rows = new ArrayList<>();
      for (CSVRecord record : parser) {
        rows.add(new LinkedHashMap<>(record.toMap()));
      }
      return rows;
    }
  }

  private static String text(Object value) {
    if (value == null) {
      return "";
    }
    return value instanceof BigDecimal d ? d.toPlainString() : value.toString();
  }
}
