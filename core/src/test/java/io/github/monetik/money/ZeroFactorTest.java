package io.github.monetik.money;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Zero is a valid factor. Pins the boundary of the count check deterministically: before, only a
 * property test that happened to draw a factor of 0 killed the {@code < 0} to {@code <= 0} mutant,
 * so the money mutation gate (100%) failed at random.
 */
class ZeroFactorTest {
  @Test
  void multiplyingByZeroGivesZero() {
    assertThat(Coins.of(7).multipliedBy(0)).isEqualTo(Coins.ZERO);
    assertThat(Diamonds.of(7).multipliedBy(0)).isEqualTo(Diamonds.ZERO);
    assertThat(Coins.of(0)).isSameAs(Coins.ZERO);
    assertThat(Counts.multiply(0, 0, "coin")).isZero();
  }
}
