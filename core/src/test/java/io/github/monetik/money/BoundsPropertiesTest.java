package io.github.monetik.money;

import static io.github.monetik.testing.Generators.anyLong;
import static io.github.monetik.testing.Generators.coins;
import static io.github.monetik.testing.Generators.currencies;
import static io.github.monetik.testing.Generators.diamonds;
import static io.github.monetik.testing.Generators.listsOf;
import static io.github.monetik.testing.MoneyBoundsGenerators.boundedDecimals;
import static io.github.monetik.testing.MoneyBoundsGenerators.boundedMoney;
import static io.github.monetik.testing.MoneyBoundsGenerators.hostileDecimals;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.quicktheories.QuickTheory.qt;

import io.github.monetik.internal.Bounds;
import io.github.monetik.testing.Hostile;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Currency;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Laws of the bounds: any {@code BigDecimal} (huge and tiny exponents, long digit strings, zeros of
 * any scale) given to any money factory or operation gives, within a time limit, either a result
 * within the bounds that prints and parses back, or the documented exception with a message naming
 * the argument or the operation. Never an {@link Error}, never another exception type.
 */
class BoundsPropertiesTest {
  private static final Duration LIMIT = Duration.ofSeconds(5);
  private static final int EXAMPLES = 300;
  /** A range's message shows its three bounds, each at most 206 characters. */
  private static final int MESSAGE_LIMIT = 700;
  private static final Currency USD = Currency.getInstance("USD");
  private static final String BEYOND = " must be below 10\\^100 in magnitude with at most 100 decimals, was ";

  /** A documented refusal: its exact type and what its message starts with. */
  private record Refusal(Class<? extends RuntimeException> type, String start) {}

  private static Refusal argument(String name) {
    return new Refusal(IllegalArgumentException.class, Pattern.quote(name) + BEYOND);
  }

  private static Refusal beyond(String operation) {
    return new Refusal(ArithmeticException.class, "Money (over|under)flow in " + operation + ": the result ");
  }

  private static Refusal roundingNecessary(String operation) {
    return new Refusal(ArithmeticException.class, "Money rounding necessary in " + operation + ": ");
  }

  /** Runs {@code call} within the limit; its result must be {@code valid}, its exception one of {@code refusals}. */
  @SafeVarargs
  private static <T> void check(Supplier<T> call, Predicate<? super T> valid, Refusal... refusals) {
    assertTimeoutPreemptively(LIMIT, () -> {
      T result;
      try {
        result = call.get();
      } catch (RuntimeException e) {
        for (Refusal r : refusals) {
          if (e.getClass() == r.type() && e.getMessage() != null && Pattern.compile("^" + r.start()).matcher(e.getMessage()).find()) {
            assertThat(e.getMessage()).hasSizeLessThan(MESSAGE_LIMIT);
            return;
          }
        }
        fail("undocumented " + e.getClass().getName() + ": " + e.getMessage(), e);
        return;
      }
      assertThat(result).isNotNull().matches(valid::test, "a valid result");
    });
  }

  /** Within the bounds, prints in at most 206 characters, and {@code parse} reads the very same amount back. */
  private static boolean printable(Money m) {
    String text = m.toString();
    Money back = Money.parse(text);
    return Bounds.within(m.amount()) && text.length() <= 206 && back.equals(m) && back.amount().equals(m.amount());
  }

  private static boolean printable(Rate r) {
    String text = r.toString();
    return text.length() <= 104 && Rate.parse(text).equals(r) && Bounds.within(r.value());
  }

  private static boolean printable(MoneyRange r) {
    return printable(r.low()) && printable(r.expected()) && printable(r.high()) && r.toString().length() < 650;
  }

  /** Fractions in [0, 1] down to the finest the bounds allow: the decimals of bounded numbers, and 0 and 1. */
  private static Gen<BigDecimal> fractions() {
    return Generate.frequency(
        Pair.of(8, boundedDecimals().map(d -> d.abs().remainder(BigDecimal.ONE))),
        Pair.of(1, Generate.pick(List.of(BigDecimal.ZERO, BigDecimal.ONE))));
  }

  private static Gen<RoundingMode> modes() {
    return Generate.enumValues(RoundingMode.class);
  }

  @Test
  void anyDecimalIsAnAmountOrNamedAsOne() {
    qt().withExamples(EXAMPLES).forAll(hostileDecimals(), currencies()).checkAssert((d, c) -> check(
        () -> Money.of(d, c), m -> printable(m) && m.amount().compareTo(d) == 0 && m.currency().equals(c), argument("amount")));
  }

  @Test
  void anyFactorGivesTheExactProductOrADocumentedRefusal() {
    qt().withExamples(EXAMPLES).forAll(boundedMoney(), hostileDecimals()).checkAssert((m, f) -> check(
        () -> m.multipliedBy(f), p -> printable(p) && (f.signum() == 0 ? p.isZero() : p.amount().compareTo(m.amount().multiply(f)) == 0),
        argument("factor"), beyond("multipliedBy")));
  }

  @Test
  void anyWholeFactorGivesTheExactProductOrOverflow() {
    qt().withExamples(EXAMPLES).forAll(boundedMoney(), anyLong()).checkAssert((m, f) -> check(
        () -> m.multipliedBy(f), p -> printable(p) && p.amount().compareTo(m.amount().multiply(BigDecimal.valueOf(f))) == 0,
        beyond("multipliedBy")));
  }

  @Test
  void sumsAndDifferencesAreExactOrOverflow() {
    qt().withExamples(EXAMPLES).forAll(boundedMoney(USD), boundedMoney(USD)).checkAssert((a, b) -> {
      check(() -> a.plus(b), s -> printable(s) && s.amount().compareTo(a.amount().add(b.amount())) == 0, beyond("plus"));
      check(() -> a.minus(b), s -> printable(s) && s.amount().compareTo(a.amount().subtract(b.amount())) == 0, beyond("minus"));
      check(a::negated, n -> printable(n) && n.plus(a).isZero());
      check(a::abs, n -> printable(n) && !n.isNegative());
    });
  }

  @Test
  void roundingAndDivisionStayWithinOrSayWhy() {
    qt().withExamples(EXAMPLES).forAll(boundedMoney(), modes(), anyLong()).checkAssert((m, mode, divisor) -> {
      check(() -> m.rounded(mode), r -> printable(r) && r.isRounded(), beyond("rounded"), roundingNecessary("rounded"));
      check(() -> m.dividedBy(divisor, mode), q -> printable(q) && q.isRounded(),
          new Refusal(IllegalArgumentException.class, "divisor must be >= 1, was "), beyond("dividedBy"), roundingNecessary("dividedBy"));
    });
  }

  @Test
  void anyDecimalIsARateOrNamedAsAFraction() {
    qt().withExamples(EXAMPLES).forAll(hostileDecimals()).checkAssert(d -> check(
        () -> Rate.of(d), r -> printable(r) && r.value().compareTo(d) == 0,
        new Refusal(IllegalArgumentException.class, "fraction must be in \\[0, 1\\], was "), argument("fraction")));
  }

  @Test
  void sharesAreExactOrRoundedOnce() {
    Gen<Rate> fineRates = fractions().map(Rate::of);
    qt().withExamples(EXAMPLES).forAll(boundedMoney(), fineRates, modes()).checkAssert((m, r, mode) -> {
      check(() -> m.multipliedBy(r), s -> printable(s) && s.amount().compareTo(m.amount().multiply(r.value())) == 0, beyond("multipliedBy"));
      check(() -> m.multipliedBy(r, mode), s -> printable(s) && s.isRounded()
          && s.amount().compareTo(m.amount().multiply(r.value()).setScale(s.amount().scale(), mode)) == 0,
          beyond("multipliedBy"), roundingNecessary("multipliedBy"));
    });
  }

  @Test
  void rangesOfAnyBoundsAreOrderedPrintableOrRefused() {
    qt().withExamples(EXAMPLES).forAll(boundedMoney(USD), boundedMoney(USD), modes()).checkAssert((a, b, mode) -> {
      check(() -> MoneyRange.between(a, b), r -> printable(r) && r.contains(r.expected()),
          new Refusal(IllegalArgumentException.class, "range must have low <= expected <= high, was "), beyond("between"));
      Money low = a.isLessThan(b) ? a : b;
      Money high = a.isLessThan(b) ? b : a;
      MoneyRange r = MoneyRange.of(low, low, high);
      check(r::width, w -> printable(w) && !w.isNegative(), beyond("width"));
      check(() -> r.plus(r), s -> printable(s) && !s.low().isGreaterThan(s.high()), beyond("plus"));
      check(() -> r.rounded(mode), s -> printable(s) && !s.low().isGreaterThan(s.expected()) && !s.expected().isGreaterThan(s.high()),
          beyond("rounded"), roundingNecessary("rounded"));
    });
  }

  @Test
  void aSumOfAnyAmountsIsExactOrOverflowsWhole() {
    qt().withExamples(EXAMPLES).forAll(listsOf(boundedMoney(USD), 0, 8)).checkAssert(items -> check(
        () -> items.stream().collect(Money.summing(USD)),
        s -> printable(s) && s.amount().compareTo(items.stream().map(Money::amount).reduce(BigDecimal.ZERO, BigDecimal::add)) == 0,
        beyond("summing")));
  }

  @Test
  void anyTextIsMoneyARateACountOrNamedAsText() {
    qt().withExamples(EXAMPLES).forAll(Hostile.text(), Generate.pick(List.of("USD", "JPY", "KWD"))).checkAssert((text, code) -> {
      Refusal amount = new Refusal(IllegalArgumentException.class, "amount must be ");
      check(() -> Money.of(text, code), BoundsPropertiesTest::printable, amount);
      check(() -> Money.parse(code + " " + text), BoundsPropertiesTest::printable, amount,
          new Refusal(IllegalArgumentException.class, "text must be "));
      check(() -> Rate.percent(text), BoundsPropertiesTest::printable, new Refusal(IllegalArgumentException.class, "percent must be "));
      check(() -> Rate.parse(text), BoundsPropertiesTest::printable,
          new Refusal(IllegalArgumentException.class, "(text|percent) must be "));
      check(() -> Coins.parse(text), c -> Coins.parse(c.toString()).equals(c), new Refusal(IllegalArgumentException.class, "text must be "));
    });
  }

  @Test
  void everyUnitSurvivesSerializationExactly() {
    qt().withExamples(EXAMPLES).forAll(boundedMoney(), coins(), diamonds(), fractions()).checkAssert((m, c, d, f) -> {
      Money back = Streams.roundTrip(m);
      assertThat(back).isEqualTo(m);
      assertThat(back.amount()).isEqualTo(m.amount());
      assertThat(Streams.roundTrip(c)).isEqualTo(c);
      assertThat(Streams.roundTrip(d)).isEqualTo(d);
      Rate r = Rate.of(f);
      assertThat(Streams.roundTrip(r)).isEqualTo(r);
      MoneyRange range = MoneyRange.exactly(m);
      assertThat(Streams.roundTrip(range)).isEqualTo(range);
    });
  }
}
