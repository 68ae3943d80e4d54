package io.github.monetik.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import org.junit.jupiter.api.Test;

class MoneyTest {
  private static final Currency USD = Currency.getInstance("USD");

  @Test
  void printsCodeAndPlainAmountAtLeastAtTheCurrencyScale() {
    assertThat(Money.of("6.25", "USD")).hasToString("USD 6.25");
    assertThat(Money.of("6.2", "USD")).hasToString("USD 6.20");
    assertThat(Money.of(new BigDecimal("1E+3"), USD)).hasToString("USD 1000.00");
    assertThat(Money.of("0.5300", "USD")).hasToString("USD 0.53");
    assertThat(Money.of("0.005", "USD")).hasToString("USD 0.005");
    assertThat(Money.of("-1.5", "USD")).hasToString("USD -1.50");
    assertThat(Money.of("500", "JPY")).hasToString("JPY 500");
    assertThat(Money.ofMinor(625, USD)).isEqualTo(Money.of("6.25", "USD"));
  }

  @Test
  void equalityIsNumericWithinACurrency() {
    assertThat(Money.of("6.2", "USD")).isEqualTo(Money.of("6.200", "USD")).hasSameHashCodeAs(Money.of("6.200", "USD"));
    assertThat(Money.of("6.20", "USD")).isNotEqualTo(Money.of("6.20", "EUR"));
    assertThat(Money.of("0", "USD")).hasSameHashCodeAs(Money.of("0.000", "USD"));
  }

  @Test
  void parsesWhatItPrints() {
    assertThat(Money.parse("USD 6.25")).isEqualTo(Money.of("6.25", "USD"));
    assertThat(Money.parse("USD -0.005")).isEqualTo(Money.of("-0.005", "USD"));
  }

  @Test
  void badInputNamesTheArgumentAndValue() {
    assertThatThrownBy(() -> Money.of("6,25", "USD")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("amount").hasMessageContaining("'6,25'");
    assertThatThrownBy(() -> Money.of("1e5", "USD")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("amount");
    assertThatThrownBy(() -> Money.of("6.25", "XYZ")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("currencyCode").hasMessageContaining("'XYZ'");
    assertThatThrownBy(() -> Money.of((String) null, "USD")).isInstanceOf(NullPointerException.class).hasMessage("amount");
    assertThatThrownBy(() -> Money.of("1", null)).isInstanceOf(NullPointerException.class).hasMessage("currencyCode");
    assertThatThrownBy(() -> Money.parse("6.25 USD")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'6.25 USD'");
    assertThatThrownBy(() -> Money.of(new BigDecimal("1E+999999999"), USD)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("amount must be below 10^100");
    assertThatThrownBy(() -> Money.ofMinor(5, Currency.getInstance("XAU"))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("XAU has no minor unit");
  }

  @Test
  void refusesToMixCurrencies() {
    Money usd = Money.of("1.00", "USD");
    Money eur = Money.of("2.00", "EUR");
    assertThatThrownBy(() -> usd.plus(eur)).isInstanceOf(CurrencyMismatchException.class)
        .hasMessageContaining("plus").hasMessageContaining("expected USD, was EUR");
    assertThatThrownBy(() -> usd.compareTo(eur)).isInstanceOf(CurrencyMismatchException.class);
  }

  @Test
  void keepsFullPrecisionUntilRoundedExplicitly() {
    Money perCoin = Money.of("0.01", "USD").multipliedBy(Rate.percent(50));
    assertThat(perCoin).hasToString("USD 0.005");
    assertThat(perCoin.multipliedBy(3)).hasToString("USD 0.015");
    assertThat(perCoin.rounded(RoundingMode.HALF_EVEN)).hasToString("USD 0.00");
    assertThat(perCoin.rounded(RoundingMode.HALF_UP)).hasToString("USD 0.01");
    assertThat(Money.of("6.25", "USD").multipliedBy(Rate.percent(15), RoundingMode.HALF_EVEN)).hasToString("USD 0.94");
    assertThatThrownBy(() -> perCoin.rounded(RoundingMode.UNNECESSARY)).isInstanceOf(ArithmeticException.class);
  }

  @Test
  void minorUnitsRefuseAWrongScale() {
    assertThat(Money.of("6.25", "USD").toMinorUnits()).isEqualTo(625);
    assertThatThrownBy(() -> Money.of("6.255", "USD").toMinorUnits()).isInstanceOf(ArithmeticException.class)
        .hasMessageContaining("USD 6.255 has more decimals than USD allows (2)");
  }

  @Test
  void signsAndDivision() {
    Money m = Money.of("10.00", "USD");
    assertThat(m.negated().isNegative()).isTrue();
    assertThat(m.negated().abs()).isEqualTo(m);
    assertThat(m.minus(m).isZero()).isTrue();
    assertThat(m.dividedBy(3, RoundingMode.DOWN)).hasToString("USD 3.33");
    assertThatThrownBy(() -> m.dividedBy(0, RoundingMode.DOWN)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("divisor must be >= 1, was 0");
  }
}
