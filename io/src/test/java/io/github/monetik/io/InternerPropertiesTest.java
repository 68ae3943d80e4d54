package io.github.monetik.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The interner's laws over bytes: the string it gives is the text of the bytes, whatever their length
 * (the 16 bytes held in a slot, and longer), wherever they lie in the buffer (its very end too); equal
 * bytes give the same instance, different bytes different strings, through every growth of its table.
 */
class InternerPropertiesTest {
  /** Texts that share their first 16 bytes, differ only in length or by zeros, or hold multi-byte characters. */
  private static final Gen<String> TEXTS = lists().of(integers().between(0, 7)).ofSizeBetween(0, 40).map(l -> {
    StringBuilder t = new StringBuilder();
    String[] parts = {"a", "b", "\u0000", "7", "é", "user-", "\u4e2d", "0123456789abcdef"};
    for (int p : l) {
      t.append(parts[p]);
    }
    return t.toString();
  });

  @Test
  void givesTheTextOfTheBytesAndOneInstancePerText() {
    qt().forAll(lists().of(TEXTS).ofSizeBetween(1, 60), integers().between(0, 20)).checkAssert((texts, pad) -> {
      Interner interner = new Interner();
      Map<String, String> first = new HashMap<>();
      for (int round = 0; round < 2; round++) {
        for (String text : texts) {
          byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
          // Alone at the buffer's end (no 16 bytes to read past it), then with bytes around it.
          byte[] tight = utf8.clone();
          byte[] padded = new byte[pad + utf8.length + pad];
          java.util.Arrays.fill(padded, (byte) 'x');
          System.arraycopy(utf8, 0, padded, pad, utf8.length);
          for (String s : List.of(interner.intern(tight, 0, tight.length),
              interner.intern(padded, pad, pad + utf8.length))) {
            assertThat(s).isEqualTo(text);
            assertThat(s).isSameAs(first.computeIfAbsent(text, t -> s));
          }
        }
      }
    });
  }

  @Test
  void keepsEveryTextThroughTheTablesGrowth() {
    Interner interner = new Interner();
    List<String> made = new ArrayList<>();
    for (int i = 0; i < 20_000; i++) {
      // Short, 16-byte and long ids, many sharing their first 16 bytes.
      String id = switch (i % 3) {
        case 0 -> "u" + i;
        case 1 -> String.format("%016d", i);
        default -> "0123456789abcdef-" + i;
      };
      byte[] b = id.getBytes(StandardCharsets.UTF_8);
      made.add(interner.intern(b, 0, b.length));
    }
    for (int i = 0; i < made.size(); i++) {
      byte[] b = made.get(i).getBytes(StandardCharsets.UTF_8);
      assertThat(interner.intern(b, 0, b.length)).isSameAs(made.get(i));
    }
    assertThat(made).doesNotHaveDuplicates();
    byte[] empty = new byte[0];
    assertThat(interner.intern(empty, 0, 0)).isEmpty();
    assertThat(interner.intern(empty, 0, 0)).isSameAs(interner.intern(new byte[] {1, 2}, 1, 1));
  }
}
