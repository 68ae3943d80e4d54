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
 * exception, never a hang: random bytes, and valid files with bytes replaced, for every reader.
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
    assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
      Path f = Files.write(Files.createTempFile(dir, "soup", ".txt"), bytes);
      try {
        Object r = read.read(f);
        if (r instanceof ReadResult<?> rr) {
          assertThat(rr.issues()).allSatisfy(i -> assertThat(i.source()).isEqualTo(f.toString()));
        }
      } catch (InputException e) {
        assertThat(e.getMessage()).startsWith(f.toString());
      } finally {
        Files.delete(f);
      }
    });
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
