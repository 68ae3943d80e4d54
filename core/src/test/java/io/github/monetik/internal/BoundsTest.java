package io.github.monetik.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one bounds policy: its edges exactly, its messages, and that no exponent makes it slow. */
class BoundsTest {
  private static final BigDecimal LARGEST = BigDecimal.TEN.pow(100).subtract(BigDecimal.ONE);
  private static final BigDecimal FINEST = BigDecimal.ONE.movePointLeft(100);
  private static final Duration AT_ONCE = Duration.ofSeconds(5);

  @Test
  void theEdgesAreInsideOneStepBeyondIsNot() {
    assertThat(Bounds.within(LARGEST)).isTrue();
    assertThat(Bounds.within(LARGEST.negate())).isTrue();
    assertThat(Bounds.within(LARGEST.add(BigDecimal.ONE))).isFalse();
    assertThat(Bounds.within(new BigDecimal("1E+99"))).isTrue();
    assertThat(Bounds.within(new BigDecimal("1E+100"))).isFalse();
    assertThat(Bounds.within(FINEST)).isTrue();
    assertThat(Bounds.within(FINEST.negate())).isTrue();
    assertThat(Bounds.within(FINEST.movePointLeft(1))).isFalse();
    assertThat(Bounds.within(LARGEST.add(BigDecimal.ONE.subtract(FINEST)))).isTrue();
    assertThat(Bounds.within(new BigDecimal("6.25"))).isTrue();
  }

  @Test
  void zeroOfAnyScaleIsInsideAndComesBackAsZero() {
    for (int scale : List.of(Integer.MIN_VALUE, -101, 0, 101, Integer.MAX_VALUE)) {
      BigDecimal zero = BigDecimal.valueOf(0, scale);
      assertThat(Bounds.within(zero)).isTrue();
      assertThat(Bounds.amount(zero, "amount")).isSameAs(BigDecimal.ZERO);
      assertThat(Bounds.result(zero, "Money", "plus")).isSameAs(BigDecimal.ZERO);
    }
  }

  @Test
  void trailingZerosAreNotDecimals() {
    BigDecimal oneWritten150Ways = new BigDecimal(BigInteger.TEN.pow(150), 150);
    assertThat(oneWritten150Ways.scale()).isEqualTo(150);
    assertThat(Bounds.within(oneWritten150Ways)).isTrue();
    BigDecimal reduced = Bounds.amount(oneWritten150Ways, "amount");
    assertThat(reduced).isEqualByComparingTo(BigDecimal.ONE);
    assertThat(reduced.scale()).isEqualTo(100);
    // 101 decimals of which the last is a zero: 100 decimals.
    BigDecimal finestWithAZero = new BigDecimal(BigInteger.TEN, 101);
    BigDecimal finest = Bounds.result(finestWithAZero, "Money", "plus");
    assertThat(finest).isEqualByComparingTo(FINEST);
    assertThat(finest.scale()).isEqualTo(100);
    // 101 decimals, the last one not zero.
    assertThat(Bounds.within(new BigDecimal(BigInteger.valueOf(11), 101))).isFalse();
    // Just enough digits to reach 100 decimals by dropping zeros: 10^k at scale 100 + k.
    assertThat(Bounds.within(new BigDecimal(BigInteger.TEN.pow(5), 105))).isTrue();
    assertThat(Bounds.within(new BigDecimal(BigInteger.TEN.pow(5), 106))).isFalse();
  }

  @Test
  void aValueInsideIsReturnedAsItIs() {
    BigDecimal amount = new BigDecimal("6.250");
    assertThat(Bounds.amount(amount, "amount")).isSameAs(amount);
    assertThat(Bounds.factor(amount, "factor")).isSameAs(amount);
    assertThat(Bounds.result(amount, "Money", "plus")).isSameAs(amount);
    BigDecimal atTheScale = new BigDecimal(BigInteger.ONE, 100);
    assertThat(Bounds.amount(atTheScale, "amount")).isSameAs(atTheScale);
  }

  @Test
  void anArgumentBeyondIsNamedAndEchoedInScientificNotation() {
    assertThatThrownBy(() -> Bounds.amount(new BigDecimal("1E+1000000"), "amount"))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("amount must be below 10^100 in magnitude with at most 100 decimals, was 1E+1000000");
    assertThatThrownBy(() -> Bounds.factor(new BigDecimal("1E-1000000"), "factor"))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("factor must be below 10^100 in magnitude with at most 100 decimals, was 1E-1000000");
    assertThatThrownBy(() -> Bounds.amount(null, "amount")).isExactlyInstanceOf(NullPointerException.class)
        .hasMessage("amount");
    assertThatThrownBy(() -> Bounds.factor(null, "factor")).isExactlyInstanceOf(NullPointerException.class)
        .hasMessage("factor");
  }

  @Test
  void aResultBeyondNamesTheUnitAndTheOperation() {
    assertThatThrownBy(() -> Bounds.result(new BigDecimal("1E+100"), "Money", "multipliedBy"))
        .isExactlyInstanceOf(ArithmeticException.class)
        .hasMessage("Money overflow in multipliedBy: the result 1E+100 is not below 10^100 in magnitude");
    assertThatThrownBy(() -> Bounds.result(new BigDecimal("-1E-101"), "Money", "multipliedBy"))
        .isExactlyInstanceOf(ArithmeticException.class)
        .hasMessage("Money underflow in multipliedBy: the result -1E-101 has more than 100 decimals");
    // Too large and too fine at once: the magnitude is what is said.
    BigDecimal both = new BigDecimal("1E+100").add(new BigDecimal("1E-101"));
    assertThatThrownBy(() -> Bounds.result(both, "Money", "plus")).hasMessageStartingWith("Money overflow in plus");
    // 100 digits before the point is within the magnitude: too many decimals is what is said.
    BigDecimal wideAndFine = new BigDecimal("5E+99").add(new BigDecimal("1E-101"));
    assertThatThrownBy(() -> Bounds.result(wideAndFine, "Money", "plus")).hasMessageStartingWith("Money underflow in plus");
  }

  @Test
  void extremeExponentsAreRefusedAtOnce() {
    List<BigDecimal> extremes = List.of(new BigDecimal("1E+2147483647"), new BigDecimal("1E-2147483647"),
        new BigDecimal("-1E+2147483647"), BigDecimal.valueOf(1, Integer.MIN_VALUE), BigDecimal.valueOf(Long.MAX_VALUE, Integer.MAX_VALUE),
        new BigDecimal("1E+999999999"), new BigDecimal(BigInteger.TEN.pow(1_000).add(BigInteger.ONE), 1_050));
    assertTimeoutPreemptively(AT_ONCE, () -> {
      for (BigDecimal extreme : extremes) {
        assertThat(Bounds.within(extreme)).as("%s", extreme).isFalse();
        assertThatThrownBy(() -> Bounds.amount(extreme, "amount")).isExactlyInstanceOf(IllegalArgumentException.class)
            .message().hasSizeLessThan(300);
        assertThatThrownBy(() -> Bounds.result(extreme, "Money", "plus")).isExactlyInstanceOf(ArithmeticException.class)
            .message().hasSizeLessThan(300);
      }
    });
  }

  @Test
  void theMagnitudeCheckDoesNotWrapAroundInt() {
    // precision - scale is 1 + 2147483647: an int would wrap to a negative number and let it through.
    BigDecimal huge = new BigDecimal("1E+2147483647");
    assertThat((long) huge.precision() - huge.scale()).isEqualTo(2_147_483_648L);
    assertThat(huge.precision() - huge.scale()).isNegative();
    assertThat(Bounds.within(huge)).isFalse();
  }
}
