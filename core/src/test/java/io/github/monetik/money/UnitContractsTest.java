package io.github.monetik.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Currency;
import org.junit.jupiter.api.Test;

/** The value contracts every unit keeps: equality, hashing, order, zero, and their bounds. */
class UnitContractsTest {
  private static final Currency USD = Currency.getInstance("USD");
  private static final Currency EUR = Currency.getInstance("EUR");

  @Test
  void countsCompareHashAndKnowZero() {
    assertThat(Coins.of(3)).isEqualTo(Coins.of(3)).hasSameHashCodeAs(Coins.of(3)).isNotEqualTo(Coins.of(4));
    assertThat(Coins.of(3).hashCode()).isNotEqualTo(Coins.of(4).hashCode());
    assertThat(Coins.ZERO.isZero()).isTrue();
    assertThat(Coins.of(1).isZero()).isFalse();
    assertThat(Diamonds.of(3)).isEqualTo(Diamonds.of(3)).hasSameHashCodeAs(Diamonds.of(3)).isNotEqualTo(Diamonds.of(4));
    assertThat(Diamonds.of(3).hashCode()).isNotEqualTo(Diamonds.of(4).hashCode());
    assertThat(Diamonds.of(2).compareTo(Diamonds.of(3))).isNegative();
    assertThat(Diamonds.of(3).compareTo(Diamonds.of(2))).isPositive();
    assertThat(Diamonds.ZERO.isZero()).isTrue();
    assertThat(Diamonds.of(1).isZero()).isFalse();
    assertThat(Diamonds.of(7).multipliedBy(3)).isEqualTo(Diamonds.of(21));
    assertThat(Diamonds.of(7).count()).isEqualTo(7);
    assertThat(Diamonds.of(1).plus(Diamonds.of(2))).isEqualTo(Diamonds.of(3));
  }

  @Test
  void moneyComparesWithinACurrencyAndHashesByValue() {
    Money one = Money.of("1", "USD");
    Money two = Money.of("2", "USD");
    assertThat(one.isLessThan(two)).isTrue();
    assertThat(one.isLessThan(one)).isFalse();
    assertThat(two.isGreaterThan(one)).isTrue();
    assertThat(one.isGreaterThan(one)).isFalse();
    assertThat(one.hashCode()).isNotEqualTo(two.hashCode());
    assertThat(one.hashCode()).isNotEqualTo(Money.of("1", "EUR").hashCode());
    assertThat(one.isZero()).isFalse();
    assertThat(one.isPositive()).isTrue();
    assertThat(one.negated().isPositive()).isFalse();
    assertThat(Money.zero(USD)).isEqualTo(Money.of("0.00", "USD")).hasToString("USD 0.00");
    assertThat(Money.zero(USD).isZero()).isTrue();
    assertThat(Money.zero(USD).isNegative()).isFalse();
    assertThat(Money.zero(USD).isPositive()).isFalse();
    // A currency without decimals has minor units too: JPY's minor unit is the yen.
    assertThat(Money.ofMinor(5, Currency.getInstance("JPY"))).hasToString("JPY 5");
    assertThat(Money.ofMinor(-1, USD)).isEqualTo(Money.of("-0.01", "USD"));
    assertThat(one.currency()).isEqualTo(USD);
  }

  @Test
  void amountsAtTheSizeBoundAreAcceptedAndBeyondItRejected() {
    BigDecimal largest = BigDecimal.ONE.movePointRight(Money.MAX_DIGITS).subtract(BigDecimal.ONE);
    assertThat(Money.of(largest, USD).amount()).isEqualByComparingTo(largest);
    assertThatThrownBy(() -> Money.of(largest.add(BigDecimal.ONE), USD)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("amount must be below 10^100");
    BigDecimal finest = BigDecimal.ONE.movePointLeft(Money.MAX_DIGITS);
    assertThat(Money.of(finest, USD).amount()).isEqualByComparingTo(finest);
    assertThatThrownBy(() -> Money.of(finest.movePointLeft(1), USD)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at most 100 decimals");
  }

  @Test
  void decimalTextHasALengthBound() {
    String atBound = "0." + "0".repeat(2 * Money.MAX_DIGITS - 1) + "1";
    assertThat(atBound).hasSize(2 * Money.MAX_DIGITS + 2);
    // Long enough to parse, then refused for its size by of(BigDecimal, Currency).
    assertThatThrownBy(() -> Money.of(atBound, "USD")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at most 100 decimals");
    assertThatThrownBy(() -> Money.of(atBound + "1", "USD")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must be a plain decimal number");
    assertThatThrownBy(() -> Money.parse("USD 1 2")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'USD 1 2'");
  }

  @Test
  void ratesCompareHashAndKnowZero() {
    assertThat(Rate.percent(10).compareTo(Rate.percent(20))).isNegative();
    assertThat(Rate.percent(20).compareTo(Rate.percent(10))).isPositive();
    assertThat(Rate.percent(10).hashCode()).isNotEqualTo(Rate.percent(20).hashCode());
    assertThat(Rate.percent(10)).isNotEqualTo(Rate.percent(20)).isNotEqualTo("10%").isEqualTo(Rate.of("0.10"));
    assertThat(Rate.ZERO.isZero()).isTrue();
    assertThat(Rate.percent(1).isZero()).isFalse();
    assertThat(Rate.percent(0)).isEqualTo(Rate.ZERO);
    assertThat(Rate.percent(100)).isEqualTo(Rate.ONE);
    assertThat(Rate.percent("0")).isEqualTo(Rate.ZERO);
    assertThat(Rate.percent("100")).isEqualTo(Rate.ONE);
    assertThat(Rate.of(BigDecimal.ONE.movePointLeft(Money.MAX_DIGITS)).isZero()).isFalse();
    assertThatThrownBy(() -> Rate.of(BigDecimal.ONE.movePointLeft(Money.MAX_DIGITS + 1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at most 100 decimals");
    assertThat(Rate.percent("12.5").value()).isEqualByComparingTo("0.125");
  }

  @Test
  void rangesAreValues() {
    MoneyRange r = MoneyRange.of(Money.of("1", "USD"), Money.of("2", "USD"), Money.of("3", "USD"));
    MoneyRange same = MoneyRange.of(Money.of("1.0", "USD"), Money.of("2", "USD"), Money.of("3", "USD"));
    MoneyRange other = MoneyRange.of(Money.of("1", "USD"), Money.of("2", "USD"), Money.of("4", "USD"));
    assertThat(r).isEqualTo(same).hasSameHashCodeAs(same).isNotEqualTo(other);
    assertThat(r.hashCode()).isNotEqualTo(other.hashCode());
    assertThat(r.low()).isEqualTo(Money.of("1", "USD"));
    assertThat(r).isNotEqualTo(MoneyRange.of(Money.of("0", "USD"), Money.of("2", "USD"), Money.of("3", "USD")));
    assertThat(r).isNotEqualTo(MoneyRange.of(Money.of("1", "USD"), Money.of("3", "USD"), Money.of("3", "USD")));
  }

  @Test
  void mismatchNamesBothCurrencies() {
    CurrencyMismatchException e = new CurrencyMismatchException("plus", USD, EUR);
    assertThat(e.expected()).isEqualTo(USD);
    assertThat(e.actual()).isEqualTo(EUR);
  }
}
