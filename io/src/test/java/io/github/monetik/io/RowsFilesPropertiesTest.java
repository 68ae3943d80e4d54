package io.github.monetik.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import io.github.monetik.report.Rows;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.core.Gen;

/** Any rows written in any format and read back are the same rows. */
class RowsFilesPropertiesTest {
  @TempDir
  Path dir;

  /** Text with the characters that break naive CSV and JSON writers. */
  static final Gen<String> TEXT = lists().of(integers().between(0, 14)).ofSizeBetween(0, 12).map(codes -> {
    String[] alphabet = {"a", ",", "\"", "\n", "\r", " ", ";", "\u00e9", "e\u0301", "\uD83D\uDE00", "\\", "\t",
        "'", "\u0000", "x"};
    StringBuilder b = new StringBuilder();
    for (int c : codes) {
      b.append(alphabet[c]);
    }
    return b.toString();
  });

  static final Gen<BigDecimal> AMOUNT = longs().all().zip(integers().between(0, 12), integers().between(0, 2),
      (unscaled, scale, big) -> new BigDecimal(BigInteger.valueOf(unscaled).multiply(BigInteger.TEN.pow(big * 20)), scale));

  /** A row's worth of values for a column of each kind, by kind index. */
  static final Gen<Rows> ROWS = lists().of(integers().between(0, 3)).ofSizeBetween(1, 5).zip(
      lists().of(TEXT.zip(longs().all(), AMOUNT, integers().between(0, 1), (t, l, a, f) -> new Object[] {t, l, a, f == 1}))
          .ofSizeBetween(0, 8),
      (kinds, values) -> {
        Rows.Builder b = Rows.builder();
        for (int c = 0; c < kinds.size(); c++) {
          b.column("c" + c + (c == 1 ? ",odd \"name\"" : ""), Rows.ColumnType.values()[kinds.get(c)]);
        }
        for (Object[] v : values) {
          Object[] row = new Object[kinds.size()];
          for (int c = 0; c < kinds.size(); c++) {
            row[c] = v[kinds.get(c)];
          }
          b.row(row);
        }
        return b.build();
      });

  @Test
  void everyFormatRoundTrips() {
    qt().withExamples(300).forAll(ROWS, integers().between(0, 2)).checkAssert((rows, f) -> {
      RowsFormat format = RowsFormat.values()[f];
      try {
        Path file = RowsFiles.write(rows, format, Files.createTempFile(dir, "rows", "." + format));
        Rows back;
        try {
          back = RowsFiles.read(file, format, rows);
        } catch (RuntimeException e) {
          throw new AssertionError(format + " written as " + Files.readString(file).replace("\n", "\\n") + ": " + e, e);
        }
        if (!back.equals(rows)) {
          throw new AssertionError(format + " written as " + Files.readString(file).replace("\n", "\\n") + " read as "
              + back.toString().replace("\n", "\\n"));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  @Test
  void columnsAreWrittenEvenWithoutRowsAndNumbersArePlainDigits() {
    Rows rows = Rows.builder().text("sender").count("coins").amount("cash").flag("open")
        .row("a", Long.MAX_VALUE, new BigDecimal("1E+25"), true).build();
    assertThat(RowsFiles.toString(rows, RowsFormat.CSV))
        .isEqualTo("sender,coins,cash,open\na,9223372036854775807,10000000000000000000000000,true\n");
    assertThat(RowsFiles.toString(rows, RowsFormat.NDJSON)).isEqualTo(
        "{\"sender\":\"a\",\"coins\":9223372036854775807,\"cash\":10000000000000000000000000,\"open\":true}\n");
    Rows empty = Rows.builder().text("sender").count("coins").build();
    assertThat(RowsFiles.toString(empty, RowsFormat.CSV)).isEqualTo("sender,coins\n");
    assertThat(RowsFiles.toString(empty, RowsFormat.JSON)).isEqualTo("[]\n");
  }

  @Test
  void readingBackNamesTheBadValue() throws IOException {
    Rows like = Rows.builder().text("sender").count("coins").build();
    Path f = Files2.write(dir, "bad.csv", "sender,coins\na,1\nb,1.5\n");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> RowsFiles.read(f, RowsFormat.CSV, like))
        .isInstanceOf(InputException.class)
        .hasMessage(f + " line 3, column 2 (coins): must be a whole number, was '1.5'");
    assertThat(List.of(RowsFormat.values())).hasSize(3);
    Rows lone = Rows.builder().text("sender").row("a\uD83D").build();
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> RowsFiles.toString(lone, RowsFormat.JSON))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("rows[0].sender must be Unicode text, has an unpaired surrogate at index 1");
  }
}
