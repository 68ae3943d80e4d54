package io.github.monetik.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The byte-level number parser agrees with the JDK on every text, and refuses what the JDK refuses. */
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
}
