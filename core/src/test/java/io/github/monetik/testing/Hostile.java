package io.github.monetik.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Hostile input: an entry point fed arbitrary, also invalid, values must either return a valid
 * result or throw one of its documented exceptions with a message naming the argument. Never
 * another exception type, never a silently wrong result.
 */
public final class Hostile {
  private Hostile() {}

  /**
   * Calls {@code call} and checks the outcome.
   *
   * @param call the entry point with its hostile arguments
   * @param valid what a returned result must satisfy
   * @param argument a regular expression an error message must contain (the argument's name)
   * @param documented the exception types the entry point documents
   * @param <T> the result type
   */
  @SafeVarargs
  public static <T> void check(Supplier<T> call, Predicate<? super T> valid, String argument,
      Class<? extends RuntimeException>... documented) {
    T result;
    try {
      result = call.get();
    } catch (RuntimeException e) {
      assertThat(List.of(documented)).as("undocumented %s: %s", e.getClass().getName(), e.getMessage())
          .anyMatch(type -> type.isInstance(e));
      assertThat(e.getMessage()).as("message of %s", e).isNotNull().containsPattern(argument);
      return;
    }
    assertThat(result).as("result").isNotNull().matches(valid::test, "a valid result");
  }

  /** @return text of every kind: empty, blank, unicode, digits, signs, separators, very long */
  public static Gen<String> text() {
    List<String> nasty = List.of("", " ", "-", "+", ".", ",", "1,2", "1e5", "NaN", "Infinity", "0x10", "١٢٣",
        "9".repeat(400), "0." + "0".repeat(300) + "1", "-0", "USD", "USD  1", "usd 1", "XXX 1", "1 coin", "1 coins",
        "1,000,000 coins", "15%", "101%", "-1%", "0.5%", "\u0000", "1\n2");
    return Generate.frequency(
        Pair.of(2, Generate.pick(nasty)),
        Pair.of(2, strings().numericBetween(-1_000_000, 1_000_000)),
        Pair.of(1, strings().allPossible().ofLengthBetween(0, 12)),
        Pair.of(1, strings().basicLatinAlphabet().ofLengthBetween(0, 12)),
        Pair.of(1, integers().between(-3, 3).zip(strings().numericBetween(0, 99999), (sign, n) -> (sign < 0 ? "-" : "") + n + "." + n)));
  }

  /** @return strings, and sometimes null */
  public static Gen<String> textOrNull() {
    return Generate.frequency(Pair.of(9, text()), Pair.of(1, Generate.constant((String) null)));
  }
}
