package io.github.monetik.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

class RateAndRangeTest {
  @Test
  void ratesFromPercentOrFraction() {
    assertThat(Rate.percent("15")).isEqualTo(Rate.of("0.15")).hasToString("15%");
    assertThat(Rate.percent("12.5")).hasToString("12.5%");
    assertThat(Rate.of("0.530")).isEqualTo(Rate.percent(53)).hasSameHashCodeAs(Rate.percent(53));
    assertThat(Rate.parse("50%").complement()).isEqualTo(Rate.percent(50));
    assertThat(Rate.ONE.complement()).isEqualTo(Rate.ZERO);
  }

  @Test
  void ratesOutsideTheUnitIntervalNameTheArgument() {
    assertThatThrownBy(() -> Rate.of("1.5")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("fraction must be in [0, 1], was 1.5");
    assertThatThrownBy(() -> Rate.percent("-1")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("percent must be in [0, 100], was '-1'");
    assertThatThrownBy(() -> Rate.percent(101)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("percent must be in [0, 100], was 101");
    assertThatThrownBy(() -> Rate.parse("15")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'15'");
  }

  @Test
  void rangesKeepTheirOrderAndCurrency() {
    Money low = Money.of("40", "USD");
    Money high = Money.of("100", "USD");
    MoneyRange r = MoneyRange.between(low, high);
    assertThat(r.expected()).isEqualTo(Money.of("70", "USD"));
    assertThat(r).hasToString("USD 40.00 .. 100.00 (expected 70.00)");
    assertThat(r.plus(r).high()).isEqualTo(Money.of("200", "USD"));
    assertThat(r.contains(Money.of("99.99", "USD"))).isTrue();
    assertThat(r.contains(Money.of("100.01", "USD"))).isFalse();
    assertThat(r.width()).isEqualTo(Money.of("60", "USD"));
    assertThat(MoneyRange.exactly(low).rounded(RoundingMode.HALF_EVEN)).isEqualTo(MoneyRange.exactly(low));
    assertThatThrownBy(() -> MoneyRange.of(high, low, high)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("low <= expected <= high").hasMessageContaining("low=USD 100.00");
    assertThatThrownBy(() -> MoneyRange.between(low, Money.of("1", "EUR"))).isInstanceOf(CurrencyMismatchException.class);
  }
}
