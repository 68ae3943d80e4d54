package io.github.monetik.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Zero is a count, minus one is not: pins the boundary the random count properties may miss. */
class CountBoundaryTest {
  @Test
  void zeroIsACountMinusOneIsNot() {
    assertThat(Coins.of(0).count()).isZero();
    assertThat(Diamonds.of(0).count()).isZero();
    assertThatThrownBy(() -> Coins.of(-1)).isInstanceOf(IllegalArgumentException.class).hasMessage("count must be >= 0, was -1");
    assertThatThrownBy(() -> Diamonds.of(-1)).isInstanceOf(IllegalArgumentException.class).hasMessage("count must be >= 0, was -1");
  }

  @Test
  void takingEverythingLeavesZeroTakingOneMoreFails() {
    assertThat(Coins.of(5).minus(Coins.of(5))).isEqualTo(Coins.ZERO);
    assertThat(Diamonds.of(5).minus(Diamonds.of(5))).isEqualTo(Diamonds.ZERO);
    assertThatThrownBy(() -> Coins.of(5).minus(Coins.of(6))).isInstanceOf(ArithmeticException.class)
        .hasMessage("coin cannot be negative in minus: 5 coins - 6 coins");
  }
}
