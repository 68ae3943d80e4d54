package io.github.monetik.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Currency;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * Every null argument of the money package is named: {@code "other"} (as {@code Objects.requireNonNull(other, "other")} says it), never the
 * JDK's {@code Cannot read field "count" because "other" is null} (issue 18).
 */
class NullMessagesTest {
  private static final Currency USD = Currency.getInstance("USD");
  private static final Currency EUR = Currency.getInstance("EUR");
  private static final Money ONE = Money.of("1", "USD");
  private static final MoneyRange RANGE = MoneyRange.exactly(ONE);

  private static void named(String argument, ThrowingCallable call) {
    assertThatThrownBy(call).isExactlyInstanceOf(NullPointerException.class).hasMessage(argument);
  }

  @Test
  void counts() {
    named("other", () -> Coins.of(1).plus(null));
    named("other", () -> Coins.of(1).minus(null));
    named("other", () -> Coins.of(1).compareTo(null));
    named("text", () -> Coins.parse(null));
    named("other", () -> Diamonds.of(1).plus(null));
    named("other", () -> Diamonds.of(1).minus(null));
    named("other", () -> Diamonds.of(1).compareTo(null));
    named("text", () -> Diamonds.parse(null));
    assertThat(Coins.of(1).equals(null)).isFalse();
  }

  @Test
  void moneyFactories() {
    named("amount", () -> Money.of((BigDecimal) null, USD));
    named("currency", () -> Money.of(BigDecimal.ONE, null));
    named("amount", () -> Money.of((String) null, "USD"));
    named("currencyCode", () -> Money.of("1", null));
    named("currency", () -> Money.ofMinor(1, null));
    named("currency", () -> Money.zero(null));
    named("text", () -> Money.parse(null));
    named("currencyCode", () -> Money.currency(null));
    named("currency", () -> Money.summing(null));
  }

  @Test
  void moneyOperations() {
    named("other", () -> ONE.plus(null));
    named("other", () -> ONE.minus(null));
    named("factor", () -> ONE.multipliedBy((BigDecimal) null));
    named("rate", () -> ONE.multipliedBy((Rate) null));
    named("rate", () -> ONE.multipliedBy(null, RoundingMode.HALF_EVEN));
    named("rounding", () -> ONE.multipliedBy(Rate.ONE, null));
    named("rounding", () -> ONE.dividedBy(2, null));
    named("rounding", () -> ONE.rounded(null));
    named("rounding", () -> Money.of("1.005", "USD").rounded(null));
    named("other", () -> ONE.compareTo(null));
    named("other", () -> ONE.isGreaterThan(null));
    named("other", () -> ONE.isLessThan(null));
    assertThat(ONE.equals(null)).isFalse();
  }

  @Test
  void rates() {
    named("fraction", () -> Rate.of((BigDecimal) null));
    named("fraction", () -> Rate.of((String) null));
    named("percent", () -> Rate.percent(null));
    named("text", () -> Rate.parse(null));
    named("other", () -> Rate.ONE.compareTo(null));
  }

  @Test
  void ranges() {
    named("low", () -> MoneyRange.of(null, ONE, ONE));
    named("expected", () -> MoneyRange.of(ONE, null, ONE));
    named("high", () -> MoneyRange.of(ONE, ONE, null));
    named("low", () -> MoneyRange.between(null, ONE));
    named("high", () -> MoneyRange.between(ONE, null));
    named("amount", () -> MoneyRange.exactly(null));
    named("amount", () -> RANGE.contains(null));
    named("other", () -> RANGE.plus(null));
    named("rounding", () -> RANGE.rounded(null));
  }

  @Test
  void exceptions() {
    named("operation", () -> new CurrencyMismatchException(null, USD, EUR));
    named("expected", () -> new CurrencyMismatchException("plus", null, EUR));
    named("actual", () -> new CurrencyMismatchException("plus", USD, null));
    named("from", () -> new MissingExchangeRateException(null, EUR, LocalDate.EPOCH));
    named("to", () -> new MissingExchangeRateException(USD, null, LocalDate.EPOCH));
    named("date", () -> new MissingExchangeRateException(USD, EUR, null));
  }

  @Test
  void aLongOperationNameIsCutInTheMessage() {
    String atTheLimit = "o".repeat(120);
    assertThat(new CurrencyMismatchException(atTheLimit, USD, EUR))
        .hasMessageStartingWith("currency mismatch in " + atTheLimit + ": expected USD");
    String beyond = "o".repeat(121);
    assertThat(new CurrencyMismatchException(beyond, USD, EUR))
        .hasMessageStartingWith("currency mismatch in '" + atTheLimit + "... (121 characters)': expected USD");
    assertThat(new CurrencyMismatchException("x".repeat(1_000_000), USD, EUR).getMessage()).hasSizeLessThan(300);
  }

  @Test
  void aMissingRateNamesThePairAndTheDay() {
    MissingExchangeRateException e = new MissingExchangeRateException(USD, EUR, LocalDate.of(2025, 6, 1));
    assertThat(e).hasMessage("no exchange rate USD->EUR on 2025-06-01 from the ExchangeRates source");
    assertThat(e.from()).isEqualTo("USD");
    assertThat(e.to()).isEqualTo("EUR");
    assertThat(e.date()).isEqualTo(LocalDate.of(2025, 6, 1));
  }
}
