package io.github.monetik.money;

import static io.github.monetik.testing.Generators.anyLong;
import static io.github.monetik.testing.Generators.coins;
import static io.github.monetik.testing.Generators.diamonds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Laws of the count units. Coins and Diamonds share one implementation; both are checked. */
class CountPropertiesTest {
  private static BigInteger big(long x) {
    return BigInteger.valueOf(x);
  }

  private static boolean fits(BigInteger x) {
    return x.signum() >= 0 && x.bitLength() < 64;
  }

  @Test
  void plusIsExactOrDetectsOverflow() {
    qt().forAll(coins(), coins()).checkAssert((a, b) -> {
      BigInteger exact = big(a.count()).add(big(b.count()));
      if (fits(exact)) {
        assertThat(a.plus(b).count()).isEqualTo(exact.longValueExact());
      } else {
        assertThatThrownBy(() -> a.plus(b)).isInstanceOf(ArithmeticException.class).hasMessageContaining("plus");
      }
    });
  }

  @Test
  void plusIsCommutativeAndAssociative() {
    Gen<Coins> third = longs().between(0, Long.MAX_VALUE / 3).map(Coins::of);
    qt().forAll(third, third, third).checkAssert((a, b, c) -> {
          assertThat(a.plus(b)).isEqualTo(b.plus(a));
          assertThat(a.plus(b).plus(c)).isEqualTo(a.plus(b.plus(c)));
        });
  }

  @Test
  void minusUndoesPlus() {
    Gen<Diamonds> half = longs().between(0, Long.MAX_VALUE / 2).map(Diamonds::of);
    qt().forAll(half, half).checkAssert((a, b) -> assertThat(a.plus(b).minus(b)).isEqualTo(a));
  }

  @Test
  void minusNeverGoesNegative() {
    qt().forAll(coins(), coins()).checkAssert((a, b) -> {
      if (b.compareTo(a) > 0) {
        assertThatThrownBy(() -> a.minus(b)).isInstanceOf(ArithmeticException.class);
      } else {
        assertThat(a.minus(b).count()).isEqualTo(a.count() - b.count());
      }
    });
  }

  @Test
  void multiplicationNeverWraps() {
    qt().forAll(coins(), anyLong()).checkAssert((a, f) -> {
      BigInteger exact = big(a.count()).multiply(big(f));
      if (f < 0) {
        assertThatThrownBy(() -> a.multipliedBy(f)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("factor");
      } else if (fits(exact)) {
        assertThat(a.multipliedBy(f).count()).isEqualTo(exact.longValueExact());
      } else {
        assertThatThrownBy(() -> a.multipliedBy(f)).isInstanceOf(ArithmeticException.class);
      }
    });
  }

  @Test
  void parseReadsToString() {
    qt().forAll(coins(), diamonds()).checkAssert((c, d) -> {
      assertThat(Coins.parse(c.toString())).isEqualTo(c);
      assertThat(Diamonds.parse(d.toString())).isEqualTo(d);
    });
  }

  @Test
  void anyLongIsACountOrAClearError() {
    qt().forAll(anyLong()).checkAssert(n -> {
      if (n < 0) {
        assertThatThrownBy(() -> Coins.of(n)).isInstanceOf(IllegalArgumentException.class)
            .hasMessage("count must be >= 0, was " + n);
      } else {
        assertThat(Coins.of(n).count()).isEqualTo(n);
      }
    });
  }
}
