package io.github.monetik.examples;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
