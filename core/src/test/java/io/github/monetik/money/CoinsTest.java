package io.github.monetik.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CoinsTest {
  @Test
  void printsWithGroupingAndPlural() {
    assertThat(Coins.of(1_250)).hasToString("1,250 coins");
    assertThat(Coins.of(1)).hasToString("1 coin");
    assertThat(Coins.ZERO).hasToString("0 coins");
    assertThat(Coins.of(999)).hasToString("999 coins");
    assertThat(Coins.of(1_000_000)).hasToString("1,000,000 coins");
    assertThat(Coins.of(Long.MAX_VALUE)).hasToString("9,223,372,036,854,775,807 coins");
  }

  @Test
  void parsesWhatItPrintsAndPlainDigits() {
    assertThat(Coins.parse("1,250 coins")).isEqualTo(Coins.of(1_250));
    assertThat(Coins.parse("1 coin")).isEqualTo(Coins.of(1));
    assertThat(Coins.parse(" 1250 ")).isEqualTo(Coins.of(1_250));
  }

  @Test
  void rejectsMalformedText() {
    assertThatThrownBy(() -> Coins.parse("12,50 coins")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("text").hasMessageContaining("'12,50 coins'");
    assertThatThrownBy(() -> Coins.parse("-5 coins")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'-5 coins'");
    assertThatThrownBy(() -> Coins.parse("5 diamonds")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Coins.parse("")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Coins.parse("99999999999999999999")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("text must be at most 9,223,372,036,854,775,807 coins, was '99999999999999999999'");
    assertThatThrownBy(() -> Coins.parse(null)).isInstanceOf(NullPointerException.class).hasMessage("text");
  }

  @Test
  void negativeCountNamesTheArgumentAndValue() {
    assertThatThrownBy(() -> Coins.of(-5)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("count must be >= 0, was -5");
  }

  @Test
  void arithmeticIsExact() {
    assertThat(Coins.of(70).plus(Coins.of(330))).isEqualTo(Coins.of(400));
    assertThat(Coins.of(400).minus(Coins.of(330))).isEqualTo(Coins.of(70));
    assertThat(Coins.of(99).multipliedBy(3)).isEqualTo(Coins.of(297));
    assertThat(Coins.of(5).compareTo(Coins.of(7))).isNegative();
  }

  @Test
  void overflowAndUnderflowNameTheOperation() {
    assertThatThrownBy(() -> Coins.of(Long.MAX_VALUE).plus(Coins.of(1))).isInstanceOf(ArithmeticException.class)
        .hasMessageContaining("plus");
    assertThatThrownBy(() -> Coins.of(5).minus(Coins.of(7))).isInstanceOf(ArithmeticException.class)
        .hasMessageContaining("minus").hasMessageContaining("5 coins - 7 coins");
    assertThatThrownBy(() -> Coins.of(Long.MAX_VALUE / 2 + 1).multipliedBy(2)).isInstanceOf(ArithmeticException.class)
        .hasMessageContaining("multipliedBy");
    assertThatThrownBy(() -> Coins.of(5).multipliedBy(-1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("factor must be >= 0, was -1");
  }

  @Test
  void diamondsAreADifferentUnit() {
    assertThat(Diamonds.of(600)).hasToString("600 diamonds");
    assertThat(Diamonds.parse("1 diamond")).isEqualTo(Diamonds.of(1));
    assertThat((Object) Diamonds.of(5)).isNotEqualTo(Coins.of(5));
    assertThatThrownBy(() -> Diamonds.of(1).minus(Diamonds.of(2))).isInstanceOf(ArithmeticException.class)
        .hasMessageContaining("1 diamond - 2 diamonds");
  }
}
