package io.github.monetik.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.monetik.gifts.ComboSettlement;
import io.github.monetik.gifts.GiftEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.core.Gen;

/**
 * Any bytes give records or documented errors ({@link InputException} with a place), never another
 * exception, never a hang: random bytes, valid files with bytes replaced, and (exhaustively) each field of
 * valid files replaced by each hostile value, for every reader.
 */
class ByteSoupPropertiesTest {
  @TempDir
  Path dir;

  static final Gen<byte[]> SOUP = lists().of(integers().between(0, 255)).ofSizeBetween(0, 400).map(l -> {
    byte[] b = new byte[l.size()];
    for (int i = 0; i < b.length; i++) {
      b[i] = (byte) (int) l.get(i);
    }
    return b;
  });

  /** A valid file of each kind, then some of its bytes replaced by dangerous ones. */
  static Gen<byte[]> mutated(byte[] valid) {
    byte[] dangerous = ",\"\n\r{}[]:-0 9\u00ff".getBytes(StandardCharsets.ISO_8859_1);
    return lists().of(integers().between(0, valid.length - 1).zip(integers().between(0, dangerous.length - 1),
        (at, d) -> new int[] {at, d})).ofSizeBetween(1, 6).map(edits -> {
          byte[] b = valid.clone();
          for (int[] e : edits) {
            b[e[0]] = dangerous[e[1]];
          }
          return b;
        });
  }

  static byte[] bytes(String resource) {
    try {
      byte[] all = Files.readAllBytes(Files2.resource(resource));
      return java.util.Arrays.copyOf(all, Math.min(all.length, 6_000));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private interface Read {
    Object read(Path file) throws IOException;
  }

  private void survives(byte[] bytes, Read read) {
    assertTimeoutPreemptively(Duration.ofSeconds(10), () -> survivesNow(bytes, read));
  }

  private void survivesNow(byte[] bytes, Read read) throws IOException {
    Path f = Files.write(Files.createTempFile(dir, "soup", ".txt"), bytes);
    try {
      Object r = read.read(f);
      if (r instanceof ReadResult<?> rr) {
        assertThat(rr.issues()).allSatisfy(i -> assertThat(i.source()).isEqualTo(f.toString()));
      }
    } catch (InputException e) {
      assertThat(e.getMessage()).startsWith(f.toString());
    } catch (RuntimeException e) {
      throw new AssertionError("the reader threw " + e + " on " + new String(bytes, StandardCharsets.UTF_8), e);
    } finally {
      Files.delete(f);
    }
  }

  private static Object gifts(GiftReader reader, Path f) throws IOException {
    ReadResult<GiftEvent> r = reader.withChunkBytes(64).read(f);
    Files2.settle(r.records());
    try (GiftFile file = reader.withChunkBytes(64).open(f)) {
      assertThat(file.settle(Files2.GIFTS)).isEqualTo(Files2.settle(r.records()));
    }
    try (GiftFile file = reader.withChunkBytes(64).open(f)) {
      assertThat(file.snapshot(Files2.GIFTS)).isEqualTo(Files2.snapshot(r.records()));
    }
    return r;
  }

  @Test
  void giftReadersSurviveAnyBytes() {
    for (GiftReader reader : List.of(GiftReader.lenient(), GiftReader.strict())) {
      qt().withExamples(300).forAll(SOUP).checkAssert(b -> survives(b, f -> gifts(reader, f)));
      for (String valid : List.of("live-gifts/log.csv", "live-gifts/connector/WebcastLog2.ndjson",
          "live-gifts/raw/ab.b64")) {
        qt().withExamples(150).forAll(mutated(bytes(valid))).checkAssert(b -> survives(b, f -> gifts(reader, f)));
      }
    }
  }

  /** Values that broke or could break a field's parse: signs, bounds, blanks, quotes, huge exponents, odd dates. */
  static final List<String> HOSTILE_VALUES = List.of("-1", "-0", "0", "", " ", " 1", "1 ", "+1", "1.5", "1e3",
      "2147483648", "-2147483649", "9223372036854775807", "9223372036854775808", "-9223372036854775808",
      "99999999999999999999999", "1e999999999", "1E-999999999", "0.0000000000000000000001", "NaN", "\"\"",
      "\"a\"\"b\"", "\u00e9", "0000-01-01T00:00:00Z", "+999999999-12-31T23:59:59Z", "2025-02-30",
      "2025-01-01:", ":1", "2025-01-01:-1", "2025-01-01:1e999999999", "2025-01-01:1;2025-01-01:2", "PERSONAL",
      "true", "null");

  /** Each CSV field of a valid file's first rows replaced by each hostile value, one at a time. */
  private static List<byte[]> everyCsvField(String text, int rows) {
    List<String> lines = text.lines().limit(rows + 1L).toList();
    List<byte[]> files = new java.util.ArrayList<>();
    for (int r = 1; r < lines.size(); r++) {
      String[] fields = lines.get(r).split(",", -1);
      for (int c = 0; c < fields.length; c++) {
        for (String v : HOSTILE_VALUES) {
          String[] edited = fields.clone();
          edited[c] = v;
          List<String> out = new java.util.ArrayList<>(lines);
          out.set(r, String.join(",", edited));
          files.add((String.join("\n", out) + "\n").getBytes(StandardCharsets.UTF_8));
        }
      }
    }
    return files;
  }

  /**
   * Each scalar value of a JSON record replaced by each hostile value (as a JSON string, and bare), the record
   * followed by its valid self.
   */
  private static List<byte[]> everyJsonValue(String record) {
    return everyJsonValue(record, "\n" + record + "\n");
  }

  private static List<byte[]> everyJsonValue(String record, String after) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile(":(\"[^\"]*\"|-?[0-9]+|true|false|null)").matcher(record);
    List<byte[]> files = new java.util.ArrayList<>();
    while (m.find()) {
      for (String v : HOSTILE_VALUES) {
        for (String json : List.of("\"" + v.replace("\"", "\\\"") + "\"", v)) {
          String edited = record.substring(0, m.start(1)) + json + record.substring(m.end(1));
          files.add((edited + after).getBytes(StandardCharsets.UTF_8));
        }
      }
    }
    return files;
  }

  @Test
  void everyFieldOfEveryReaderSurvivesEveryHostileValue() throws IOException {
    List<byte[]> giftFiles = new java.util.ArrayList<>(everyCsvField(text("live-gifts/log.csv"), 2));
    giftFiles.addAll(everyJsonValue(HostileFilesTest.CONNECTOR));
    giftFiles.addAll(everyJsonValue(HostileFilesTest.SNAKE));
    giftFiles.addAll(everyJsonValue(HostileFilesTest.FLAT));
    List<byte[]> catalogs = everyJsonValue("{\"data\":{\"gifts\":[{\"id\":7,\"name\":\"A\",\"diamond_count\":3,"
        + "\"type\":1,\"combo\":true},{\"id\":8,\"name\":\"B\",\"diamond_count\":1,\"type\":4}]},"
        + "\"extra\":{\"now\":1701789770084}}", "\n");
    List<byte[]> creators = everyCsvField(text("creators.csv"), 2);
    List<byte[]> interactions = everyCsvField(text("streaks-sample.csv"), 2);
    List<byte[]> orders = everyCsvField(OtherReadersTest.ORDERS + String.format(OtherReadersTest.ROW_A,
        "2025-03-10:50.00") + String.format(OtherReadersTest.ROW_B, ""), 2);
    // one deadline for all (a thread per file would cost more than the reads)
    assertTimeoutPreemptively(Duration.ofSeconds(120), () -> {
      survivesAll(giftFiles, f -> GiftReader.lenient().read(f), f -> GiftReader.strict().read(f));
      survivesAll(catalogs, f -> GiftListReader.lenient().catalog(f), f -> GiftListReader.strict().read(f));
      survivesAll(creators, f -> CreatorProfileReader.lenient().read(f), f -> CreatorProfileReader.strict().read(f));
      survivesAll(interactions, f -> InteractionReader.lenient().read(f), f -> InteractionReader.strict().read(f));
      survivesAll(orders, f -> OrderReader.lenient().read(f), f -> OrderReader.strict().read(f));
    });
  }

  private void survivesAll(List<byte[]> files, Read lenient, Read strict) throws IOException {
    for (byte[] b : files) {
      survivesNow(b, lenient);
      survivesNow(b, strict);
    }
  }

  private static String text(String resource) throws IOException {
    return Files.readString(Files2.resource(resource), StandardCharsets.UTF_8);
  }

  @Test
  void theOtherReadersSurviveAnyBytes() {
    List<Read> readers = List.of(f -> GiftListReader.lenient().read(f), f -> GiftListReader.strict().read(f),
        f -> InteractionReader.lenient().read(f), f -> InteractionReader.strict().read(f),
        f -> OrderReader.lenient().read(f), f -> CreatorProfileReader.lenient().read(f),
        f -> CreatorProfileReader.strict().read(f));
    for (Read r : readers) {
      qt().withExamples(150).forAll(SOUP).checkAssert(b -> survives(b, r));
    }
    for (String valid : List.of("creators.csv", "streaks-sample.csv", "gift-catalog/official_05_12_2023.json")) {
      for (Read r : readers) {
        qt().withExamples(40).forAll(mutated(bytes(valid))).checkAssert(b -> survives(b, r));
      }
    }
  }
}
