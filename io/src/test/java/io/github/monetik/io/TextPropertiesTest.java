package io.github.monetik.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The byte-level number parser agrees with the JDK on every text, and refuses what the JDK refuses; the
 * scans eight bytes at a time find what a byte-by-byte scan finds.
 */
class TextPropertiesTest {
  private static long parse(String s) {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    return Text.parseLong(b, 0, b.length);
  }

  @Test
  void everyLongReadsBack() {
    qt().withExamples(5_000).forAll(longs().all()).checkAssert(v -> assertThat(parse(Long.toString(v))).isEqualTo(v));
    for (long v : new long[] {Long.MAX_VALUE, Long.MIN_VALUE, 0, -1, 1_000_000_000_000_000_000L, 7309139779504769825L}) {
      assertThat(parse(Long.toString(v))).isEqualTo(v);
    }
  }

  @Test
  void whatTheJdkRefusesIsRefused() {
    qt().withExamples(5_000).forAll(strings().betweenCodePoints('+', ':').ofLengthBetween(0, 21)).checkAssert(s -> {
      Long jdk;
      try {
        jdk = s.startsWith("+") ? null : Long.parseLong(s);
      } catch (NumberFormatException e) {
        jdk = null;
      }
      if (jdk == null) {
        assertThatThrownBy(() -> parse(s)).isInstanceOf(Text.Bad.class);
      } else {
        assertThat(parse(s)).isEqualTo(jdk);
      }
    });
    for (String s : new String[] {"9223372036854775808", "-9223372036854775809", "99999999999999999999", "1234567a9012345678"}) {
      assertThatThrownBy(() -> parse(s)).isInstanceOf(Text.Bad.class);
    }
  }

  /** Bytes that are, or nearly are, the ones the scans look for (a borrow or sign bit must not fool them). */
  private static final byte[] NEAR = {'\n', ',', '"', 0, 1, 0x0B, 0x09, 0x2B, 0x2D, 0x21, 0x23, (byte) 0x8A, (byte) 0xAC,
      (byte) 0xA2, (byte) 0xFF, (byte) 0x80, 'a'};

  @Test
  void theEightByteScansFindTheFirstMatchAsAByteScanDoes() {
    qt().withExamples(3_000).forAll(lists().of(integers().between(0, NEAR.length - 1)).ofSizeBetween(0, 40),
        integers().between(0, 40), integers().between(0, 40)).checkAssert((picks, a, c) -> {
          byte[] b = new byte[picks.size()];
          for (int i = 0; i < b.length; i++) {
            b[i] = NEAR[picks.get(i)];
          }
          int from = Math.min(a, b.length);
          int to = Math.max(from, Math.min(c, b.length));
          int newline = -1;
          int stop = to;
          for (int i = to - 1; i >= from; i--) {
            newline = b[i] == '\n' ? i : newline;
            stop = b[i] == ',' || b[i] == '"' ? i : stop;
          }
          assertThat(Text.indexOf(b, from, to, (byte) '\n')).as("newline in %s [%d, %d)", java.util.Arrays.toString(b), from, to)
              .isEqualTo(newline);
          assertThat(Text.commaOrQuote(b, from, to)).as("comma or quote in %s [%d, %d)", java.util.Arrays.toString(b), from,
              to).isEqualTo(stop);
        });
  }

  /** Instants near the hour and day boundaries, and texts of their length that are not instants. */
  private static final String[] TIMES = {"2025-03-01T18:00:00.466Z", "2025-03-01T18:59:59.999Z",
      "2025-03-01T19:00:00.000Z", "2025-03-01T18:07:09.010Z", "2024-02-29T23:59:59.999Z", "2023-02-29T23:59:59.999Z",
      "2025-03-01T18:60:00.000Z", "2025-03-01T18:00:60.000Z", "2025-03-01T18:00:00.46xZ", "2025-03-01T18:00:00,466Z",
      "2025-03-01T18:00:00.466+", "2025-03-01 18:00:00.466Z", "1969-12-31T23:59:59.999Z", "2025-13-01T18:00:00.466Z",
      "\u00ff\u00ff\u00ff\u00ff\u00ff\u00ff\u00ff\u00ff\u00ff\u00ff\u00ff\u00ff\u00ff\u00ff00:00.000Z",
      "2025-03-01T18:00:00.4Z", "2025-03-01T18:00:00Z", "1740852000466", "2025-03-01T18:00:00.466000Z"};

  @Test
  void rememberingTheHourGivesWhatParsingEachTimeGives() {
    qt().withExamples(2_000).forAll(lists().of(integers().between(0, TIMES.length - 1)).ofSizeBetween(1, 12))
        .checkAssert(picks -> {
          Text.Times times = new Text.Times();
          for (int p : picks) {
            byte[] b = TIMES[p].getBytes(StandardCharsets.ISO_8859_1);
            Object alone;
            Object remembered;
            try {
              alone = Text.time(b, 0, b.length);
            } catch (Text.Bad e) {
              alone = e.expected;
            }
            try {
              remembered = times.time(b, 0, b.length);
            } catch (Text.Bad e) {
              remembered = e.expected;
            }
            assertThat(remembered).as(TIMES[p]).isEqualTo(alone);
          }
        });
  }
}
