package io.github.monetik.money;

import static io.github.monetik.testing.MoneyBoundsGenerators.FINEST;
import static io.github.monetik.testing.MoneyBoundsGenerators.LARGEST;
import static io.github.monetik.testing.MoneyBoundsGenerators.WIDEST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Hostile input, round two (issue 18), money's share: each finding with the exact value that broke
 * it, and the edges of the bounds on both sides for every operation.
 */
class BoundsTest {
  private static final Currency USD = Currency.getInstance("USD");
  private static final Currency JPY = Currency.getInstance("JPY");
  private static final Duration AT_ONCE = Duration.ofSeconds(5);
  private static final String LIMITS = "below 10^100 in magnitude with at most 100 decimals";
  private static final Money ONE_USD = Money.of("1", "USD");
  private static final Money LARGEST_USD = Money.of(LARGEST, USD);
  /** 100 nines and .999 dollars: rounding it away from zero reaches 10^100. */
  private static final Money ALMOST_THE_BOUND = Money.of(LARGEST.add(new BigDecimal("0.999")), USD);

  @Test
  void aMillionDigitFactorIsRefusedNotMultiplied() {
    // Finding: USD 1 x 1E+1000000 returned a million-digit amount; a later plus(USD 0) did not finish in 60 s.
    assertTimeoutPreemptively(AT_ONCE, () -> assertThatThrownBy(() -> ONE_USD.multipliedBy(new BigDecimal("1E+1000000")))
        .isExactlyInstanceOf(IllegalArgumentException.class).hasMessage("factor must be " + LIMITS + ", was 1E+1000000"));
    // Finding: USD 1 x 1E-1000000 gave a 1 MB toString that parse could not read back.
    assertTimeoutPreemptively(AT_ONCE, () -> assertThatThrownBy(() -> ONE_USD.multipliedBy(new BigDecimal("1E-1000000")))
        .isExactlyInstanceOf(IllegalArgumentException.class).hasMessage("factor must be " + LIMITS + ", was 1E-1000000"));
  }

  @Test
  void extremeFactorsAreArgumentErrorsNotTheJdksUnderflowOrOverflow() {
    // Finding: extremes threw the JDK's "Underflow" / "BigInteger would overflow supported range".
    assertTimeoutPreemptively(AT_ONCE, () -> {
      for (BigDecimal extreme : List.of(new BigDecimal("1E+2147483647"), new BigDecimal("1E-2147483647"),
          new BigDecimal("-1E+2147483647"), BigDecimal.valueOf(1, Integer.MIN_VALUE))) {
        assertThatThrownBy(() -> ONE_USD.multipliedBy(extreme)).as("%s", extreme)
            .isExactlyInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("factor must be " + LIMITS + ", was ");
      }
    });
    assertThatThrownBy(() -> ONE_USD.multipliedBy(BigDecimal.valueOf(1, Integer.MIN_VALUE)))
        .hasMessage("factor must be " + LIMITS + ", was 1E+2147483648");
    // A zero of any scale is zero: no scale arithmetic overflows on it.
    assertThat(ONE_USD.multipliedBy(BigDecimal.valueOf(0, Integer.MAX_VALUE))).isEqualTo(Money.zero(USD));
    assertThat(ONE_USD.multipliedBy(BigDecimal.valueOf(0, Integer.MIN_VALUE))).isEqualTo(Money.zero(USD));
  }

  @Test
  void factorsAtTheBoundsAreAcceptedAndTheirProductsChecked() {
    assertThat(ONE_USD.multipliedBy(new BigDecimal("1E+99"))).isEqualTo(Money.of(new BigDecimal("1E+99"), USD));
    assertThat(ONE_USD.multipliedBy(LARGEST)).isEqualTo(LARGEST_USD);
    assertThat(ONE_USD.multipliedBy(FINEST)).isEqualTo(Money.of(FINEST, USD));
    assertThatThrownBy(() -> Money.of("10", "USD").multipliedBy(new BigDecimal("1E+99")))
        .isExactlyInstanceOf(ArithmeticException.class)
        .hasMessage("Money overflow in multipliedBy: the result 1.000E+100 is not below 10^100 in magnitude");
    assertThatThrownBy(() -> Money.of("0.01", "USD").multipliedBy(new BigDecimal("1E-99")))
        .isExactlyInstanceOf(ArithmeticException.class)
        .hasMessage("Money underflow in multipliedBy: the result 1E-101 has more than 100 decimals");
    // 1E-99 x 0.1 is still 100 decimals: the bound is on the value, not on how it is written.
    assertThat(Money.of(new BigDecimal("1E-99"), USD).multipliedBy(new BigDecimal("0.10"))).isEqualTo(Money.of(FINEST, USD));
  }

  @Test
  void sumsAndDifferencesAtTheBound() {
    assertThat(LARGEST_USD.plus(Money.zero(USD))).isEqualTo(LARGEST_USD);
    assertThat(LARGEST_USD.plus(Money.of("0.99", "USD")).amount()).isEqualByComparingTo(LARGEST.add(new BigDecimal("0.99")));
    assertThatThrownBy(() -> LARGEST_USD.plus(ONE_USD)).isExactlyInstanceOf(ArithmeticException.class)
        .hasMessageStartingWith("Money overflow in plus: the result 1000").hasMessageEndingWith("is not below 10^100 in magnitude");
    assertThat(LARGEST_USD.negated().minus(Money.of("0.99", "USD")).isNegative()).isTrue();
    assertThatThrownBy(() -> LARGEST_USD.negated().minus(ONE_USD)).isExactlyInstanceOf(ArithmeticException.class)
        .hasMessageStartingWith("Money overflow in minus: the result -1000");
    assertThat(LARGEST_USD.minus(LARGEST_USD)).isEqualTo(Money.zero(USD));
  }

  @Test
  void productsByWholeNumbersAtTheBound() {
    Money nineE99 = Money.of(new BigDecimal("1E+99"), USD).multipliedBy(9);
    assertThat(nineE99.amount()).isEqualByComparingTo("9E+99");
    assertThatThrownBy(() -> Money.of(new BigDecimal("1E+99"), USD).multipliedBy(10)).isExactlyInstanceOf(ArithmeticException.class)
        .hasMessageStartingWith("Money overflow in multipliedBy");
    assertThatThrownBy(() -> LARGEST_USD.multipliedBy(Long.MIN_VALUE)).isExactlyInstanceOf(ArithmeticException.class)
        .hasMessageStartingWith("Money overflow in multipliedBy");
    assertThat(LARGEST_USD.multipliedBy(-1)).isEqualTo(LARGEST_USD.negated());
  }

  @Test
  void roundingAwayFromZeroCanReachTheBound() {
    Money almost = Money.of(LARGEST.add(new BigDecimal("0.5")), JPY);
    assertThat(almost.rounded(RoundingMode.HALF_DOWN)).isEqualTo(Money.of(LARGEST, JPY));
    assertThatThrownBy(() -> almost.rounded(RoundingMode.HALF_UP)).isExactlyInstanceOf(ArithmeticException.class)
        .hasMessageStartingWith("Money overflow in rounded: the result 1");
    assertThat(ALMOST_THE_BOUND.dividedBy(1, RoundingMode.DOWN)).isEqualTo(Money.of(LARGEST.add(new BigDecimal("0.99")), USD));
    assertThatThrownBy(() -> ALMOST_THE_BOUND.negated().dividedBy(1, RoundingMode.UP)).isExactlyInstanceOf(ArithmeticException.class)
        .hasMessageStartingWith("Money overflow in dividedBy: the result -1");
    assertThat(Money.of(WIDEST, USD).multipliedBy(Rate.ONE, RoundingMode.DOWN)).isEqualTo(Money.of(LARGEST.add(new BigDecimal("0.99")), USD));
    assertThatThrownBy(() -> Money.of(WIDEST, USD).multipliedBy(Rate.ONE, RoundingMode.HALF_UP))
        .isExactlyInstanceOf(ArithmeticException.class).hasMessageStartingWith("Money overflow in multipliedBy");
  }

  @Test
  void aShareFinerThanTheBoundsIsRoundedOnceOrRefused() {
    Money tenthOfACent = Money.of("0.001", "USD");
    Rate finest = Rate.of(FINEST);
    assertThatThrownBy(() -> tenthOfACent.multipliedBy(finest)).isExactlyInstanceOf(ArithmeticException.class)
        .hasMessage("Money underflow in multipliedBy: the result 1E-103 has more than 100 decimals");
    assertThat(tenthOfACent.multipliedBy(finest, RoundingMode.HALF_EVEN)).isEqualTo(Money.zero(USD)).hasToString("USD 0.00");
    assertThat(tenthOfACent.multipliedBy(finest, RoundingMode.UP)).hasToString("USD 0.01");
    assertThat(Money.of("1", "USD").multipliedBy(finest)).isEqualTo(Money.of(FINEST, USD));
  }

  @Test
  void unnecessaryRoundingThatIsNeededNamesTheOperation() {
    String tail = " has more decimals than USD allows (2) and the rounding mode is UNNECESSARY";
    assertThatThrownBy(() -> Money.of("0.005", "USD").rounded(RoundingMode.UNNECESSARY)).isExactlyInstanceOf(ArithmeticException.class)
        .hasMessage("Money rounding necessary in rounded: USD 0.005" + tail);
    assertThatThrownBy(() -> Money.of("10", "USD").dividedBy(3, RoundingMode.UNNECESSARY)).isExactlyInstanceOf(ArithmeticException.class)
        .hasMessage("Money rounding necessary in dividedBy: USD 10.00 / 3" + tail);
    assertThatThrownBy(() -> Money.of("6.25", "USD").multipliedBy(Rate.percent(15), RoundingMode.UNNECESSARY))
        .isExactlyInstanceOf(ArithmeticException.class).hasMessage("Money rounding necessary in multipliedBy: USD 0.9375" + tail);
    assertThat(Money.of("10", "USD").dividedBy(4, RoundingMode.UNNECESSARY)).hasToString("USD 2.50");
    assertThat(Money.of("6", "USD").multipliedBy(Rate.percent(50), RoundingMode.UNNECESSARY)).hasToString("USD 3.00");
    assertThat(Money.of("6.000", "USD").rounded(RoundingMode.UNNECESSARY)).hasToString("USD 6.00");
  }

  @Test
  void aSumIsCheckedWholeNotPartByPart() {
    assertThatThrownBy(() -> List.of(LARGEST_USD, LARGEST_USD).stream().collect(Money.summing(USD)))
        .isExactlyInstanceOf(ArithmeticException.class).hasMessageStartingWith("Money overflow in summing");
    assertThat(List.of(LARGEST_USD, LARGEST_USD, LARGEST_USD.negated()).stream().collect(Money.summing(USD))).isEqualTo(LARGEST_USD);
  }

  @Test
  void minorUnitsBeyondALongNameTheOperation() {
    assertThat(Money.ofMinor(Long.MAX_VALUE, USD).toMinorUnits()).isEqualTo(Long.MAX_VALUE);
    assertThatThrownBy(() -> LARGEST_USD.toMinorUnits()).isExactlyInstanceOf(ArithmeticException.class)
        .hasMessageStartingWith("Money overflow in toMinorUnits: USD 9999")
        .hasMessageEndingWith(" is more than 9223372036854775807 minor units");
  }

  @Test
  void aRateOfAnyMagnitudeIsRefusedAtOnceWithAShortMessage() {
    // Finding: 1E+999999999 ran out of memory building the message (toPlainString).
    assertTimeoutPreemptively(AT_ONCE, () -> assertThatThrownBy(() -> Rate.of(new BigDecimal("1E+999999999")))
        .isExactlyInstanceOf(IllegalArgumentException.class).hasMessage("fraction must be in [0, 1], was 1E+999999999"));
    // Finding: 1E+2147483647 threw NegativeArraySizeException.
    assertTimeoutPreemptively(AT_ONCE, () -> assertThatThrownBy(() -> Rate.of(new BigDecimal("1E+2147483647")))
        .isExactlyInstanceOf(IllegalArgumentException.class).hasMessage("fraction must be in [0, 1], was 1E+2147483647"));
    // Finding: 1E+200000000 built a 200 MB message.
    assertTimeoutPreemptively(AT_ONCE, () -> assertThatThrownBy(() -> Rate.of(new BigDecimal("1E+200000000")))
        .isExactlyInstanceOf(IllegalArgumentException.class).hasMessage("fraction must be in [0, 1], was 1E+200000000"));
    assertTimeoutPreemptively(AT_ONCE, () -> assertThatThrownBy(() -> Rate.of(new BigDecimal("1E-999999999")))
        .isExactlyInstanceOf(IllegalArgumentException.class).hasMessage("fraction must be " + LIMITS + ", was 1E-999999999"));
    assertThatThrownBy(() -> Rate.of(new BigDecimal("-1E+2147483647"))).hasMessage("fraction must be in [0, 1], was -1E+2147483647");
    assertThat(Rate.of(BigDecimal.valueOf(0, Integer.MIN_VALUE))).isEqualTo(Rate.ZERO);
  }

  @Test
  void aPercentageHasTwoDecimalsFewerThanItsFraction() {
    String finest = "0." + "0".repeat(97) + "1";
    assertThat(Rate.percent(finest).value()).isEqualByComparingTo(FINEST);
    assertThat(Rate.parse(Rate.percent(finest).toString())).isEqualTo(Rate.percent(finest));
    String tooFine = "0." + "0".repeat(98) + "1";
    assertThatThrownBy(() -> Rate.percent(tooFine)).isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("percent must be a percentage with at most 98 decimals, was '" + tooFine + "'");
    assertThat(Rate.percent(finest + "0".repeat(50))).isEqualTo(Rate.percent(finest));
  }

  @Test
  void anAmountOfAnyExponentIsRefusedInsteadOfWrappingAround() {
    // Finding: precision() - scale() > 100 overflowed int for 1E+2147483647 and let it through.
    assertTimeoutPreemptively(AT_ONCE, () -> assertThatThrownBy(() -> Money.of(new BigDecimal("1E+2147483647"), USD))
        .isExactlyInstanceOf(IllegalArgumentException.class).hasMessage("amount must be " + LIMITS + ", was 1E+2147483647"));
    assertThatThrownBy(() -> Money.of(BigDecimal.valueOf(1, Integer.MIN_VALUE), USD))
        .hasMessage("amount must be " + LIMITS + ", was 1E+2147483648");
    assertThatThrownBy(() -> Money.of(new BigDecimal("1E-2147483647"), USD))
        .hasMessage("amount must be " + LIMITS + ", was 1E-2147483647");
    assertThat(Money.of(new BigDecimal("0E+2147483647"), USD)).hasToString("USD 0.00");
    assertThat(Money.of(new BigDecimal("1." + "0".repeat(150)), USD)).hasToString("USD 1.00");
  }

  @Test
  void rangesAtTheBound() {
    // The midpoint of two amounts near the bound is within it, though their sum is not.
    assertThat(MoneyRange.between(LARGEST_USD, LARGEST_USD).expected()).isEqualTo(LARGEST_USD);
    assertThat(MoneyRange.between(LARGEST_USD.negated(), LARGEST_USD).expected()).isEqualTo(Money.zero(USD));
    assertThatThrownBy(() -> MoneyRange.between(Money.zero(USD), Money.of(FINEST, USD))).isExactlyInstanceOf(ArithmeticException.class)
        .hasMessage("Money underflow in between: the result 5E-101 has more than 100 decimals");
    MoneyRange widest = MoneyRange.between(LARGEST_USD.negated(), LARGEST_USD);
    assertThatThrownBy(widest::width).isExactlyInstanceOf(ArithmeticException.class).hasMessageStartingWith("Money overflow in width");
    assertThat(MoneyRange.between(Money.zero(USD), LARGEST_USD).width()).isEqualTo(LARGEST_USD);
    assertThatThrownBy(() -> MoneyRange.exactly(LARGEST_USD).plus(MoneyRange.exactly(ONE_USD)))
        .isExactlyInstanceOf(ArithmeticException.class).hasMessageStartingWith("Money overflow in plus");
    MoneyRange almost = MoneyRange.exactly(Money.of(LARGEST.add(new BigDecimal("0.5")), JPY));
    assertThatThrownBy(() -> almost.rounded(RoundingMode.HALF_UP)).isExactlyInstanceOf(ArithmeticException.class)
        .hasMessageStartingWith("Money overflow in rounded");
    assertThatThrownBy(() -> MoneyRange.between(ONE_USD, Money.of("1", "EUR"))).isExactlyInstanceOf(CurrencyMismatchException.class)
        .hasMessageStartingWith("currency mismatch in MoneyRange.between: expected USD, was EUR");
    assertThatThrownBy(() -> MoneyRange.of(ONE_USD, Money.of("1", "EUR"), ONE_USD)).isExactlyInstanceOf(CurrencyMismatchException.class)
        .hasMessageStartingWith("currency mismatch in MoneyRange.of: expected USD, was EUR");
    assertThatThrownBy(() -> MoneyRange.of(ONE_USD, ONE_USD, Money.of("1", "EUR"))).isExactlyInstanceOf(CurrencyMismatchException.class)
        .hasMessageStartingWith("currency mismatch in MoneyRange.of: expected USD, was EUR");
  }

  @Test
  void theLongestAmountPrintsAndParsesBack() {
    Money widest = Money.of(WIDEST.negate(), USD);
    assertThat(widest.toString()).hasSize(4 + 202);
    assertThat(Money.parse(widest.toString())).isEqualTo(widest);
    assertThat(Money.parse(LARGEST_USD.toString())).isEqualTo(LARGEST_USD);
  }

  @Test
  void messagesEchoAtMostABoundedPrefixOfTheText() {
    // Finding: a 10 MB string came back as a 10 MB exception message.
    String huge = "9".repeat(1_000_000);
    assertThatThrownBy(() -> Money.parse("USD " + huge + "x")).message().hasSizeLessThan(300).contains("(1000001 characters)");
    assertThatThrownBy(() -> Money.parse(huge)).message().hasSizeLessThan(300).startsWith("text must be a currency code");
    assertThatThrownBy(() -> Money.of(huge, "USD")).message().hasSizeLessThan(300).startsWith("amount must be a plain decimal");
    assertThatThrownBy(() -> Money.currency(huge)).message().hasSizeLessThan(300).startsWith("currencyCode must be an ISO 4217");
    assertThatThrownBy(() -> Coins.parse(huge)).message().hasSizeLessThan(300)
        .startsWith("text must be at most 9,223,372,036,854,775,807 coins, was '999");
    assertThatThrownBy(() -> Diamonds.parse(huge + "x")).message().hasSizeLessThan(300)
        .startsWith("text must be a non-negative whole number of diamonds such as '1,250 diamonds', was '999");
    assertThatThrownBy(() -> Rate.parse(huge + "%")).message().hasSizeLessThan(300).startsWith("percent must be a plain decimal");
    assertThatThrownBy(() -> Rate.parse(huge)).message().hasSizeLessThan(300).startsWith("text must be a percentage followed by '%'");
    assertThatThrownBy(() -> Rate.of(huge)).message().hasSizeLessThan(300).startsWith("fraction must be a plain decimal");
  }

  @Test
  void aDecimalWithManyDigitsIsRefusedByItsSize() {
    BigDecimal manyDigits = new BigDecimal("1" + "2".repeat(5_000));
    assertTimeoutPreemptively(AT_ONCE, () -> assertThatThrownBy(() -> Money.of(manyDigits, USD))
        .isExactlyInstanceOf(IllegalArgumentException.class).message().hasSizeLessThan(300).contains("(5001 characters)"));
  }
}
