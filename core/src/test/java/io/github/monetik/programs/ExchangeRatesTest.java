package io.github.monetik.programs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.verifyNoMoreInteractions;
import static org.mockito.Mockito.when;

import io.github.monetik.Monetik;
import io.github.monetik.money.ExchangeRates;
import io.github.monetik.money.MissingExchangeRateException;
import io.github.monetik.money.Money;
import io.github.monetik.money.MoneyRange;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Currency;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

/** The user-supplied exchange-rate source: asked once per currency pair and date, never guessed. */
@ExtendWith(MockitoExtension.class)
class ExchangeRatesTest {
  private static final Currency USD = Currency.getInstance("USD");
  private static final Currency EUR = Currency.getInstance("EUR");
  private static final LocalDate DAY = LocalDate.of(2025, 6, 1);
  private static final Programs PROGRAMS = Monetik.asOf(DAY).programs();
  private static final Activity MONTH = Activity.of(Video.of(Duration.ofSeconds(90), 60_000, 50_000));

  @Mock ExchangeRates rates;

  @Test
  void anEstimateIsConvertedWithOneQuestion() {
    when(rates.rate(USD, EUR, DAY)).thenReturn(Optional.of(new BigDecimal("0.9")));
    MoneyRange eur = PROGRAMS.estimate(Program.CREATOR_REWARDS, MONTH, EUR, rates).standard();
    assertThat(eur).isEqualTo(MoneyRange.of(Money.of("18", "EUR"), Money.of("31.5", "EUR"), Money.of("45", "EUR")));
    verify(rates, times(1)).rate(USD, EUR, DAY);
    verifyNoMoreInteractions(rates);
  }

  @Test
  void theSameCurrencyIsNeverAsked() {
    ProgramEstimate usd = PROGRAMS.estimate(Program.CREATOR_REWARDS, MONTH, USD, rates);
    assertThat(usd).isEqualTo(PROGRAMS.estimate(Program.CREATOR_REWARDS, MONTH));
    verifyNoInteractions(rates);
  }

  @Test
  void aScheduleAsksOncePerPayDay() {
    SortedMap<YearMonth, Money> earned = new TreeMap<>();
    earned.put(YearMonth.of(2025, 1), Money.of("60", "USD"));
    earned.put(YearMonth.of(2025, 2), Money.of("10", "USD"));
    earned.put(YearMonth.of(2025, 3), Money.of("70", "USD"));
    PayoutSchedule s = PROGRAMS.payouts(Program.CREATOR_REWARDS, earned);
    when(rates.rate(any(), any(), any())).thenReturn(Optional.of(new BigDecimal("0.5")));
    SortedMap<LocalDate, Money> paid = s.paymentsIn(EUR, rates);
    assertThat(paid).containsExactly(
        java.util.Map.entry(LocalDate.of(2025, 2, 15), Money.of("30", "EUR")),
        java.util.Map.entry(LocalDate.of(2025, 4, 15), Money.of("40", "EUR")));
    verify(rates).rate(USD, EUR, LocalDate.of(2025, 2, 15));
    verify(rates).rate(USD, EUR, LocalDate.of(2025, 4, 15));
    verifyNoMoreInteractions(rates);
  }

  @Test
  void aConversionAsksOncePerPairAndDateHoweverManyAmounts() {
    when(rates.rate(USD, EUR, DAY)).thenReturn(Optional.of(new BigDecimal("2")));
    Conversion c = new Conversion(EUR, rates);
    assertThat(c.convert(Money.of("1", "USD"), DAY)).isEqualTo(Money.of("2", "EUR"));
    assertThat(c.convert(Money.of("3", "USD"), DAY)).isEqualTo(Money.of("6", "EUR"));
    assertThat(c.convert(Money.of("3", "EUR"), DAY)).isEqualTo(Money.of("3", "EUR"));
    verify(rates, times(1)).rate(USD, EUR, DAY);
    verifyNoMoreInteractions(rates);
  }

  @Test
  void aMissingRateIsAClearError() {
    when(rates.rate(USD, EUR, DAY)).thenReturn(Optional.empty());
    assertThatThrownBy(() -> PROGRAMS.estimate(Program.CREATOR_REWARDS, MONTH, EUR, rates))
        .isInstanceOf(MissingExchangeRateException.class)
        .hasMessage("no exchange rate USD->EUR on 2025-06-01 from the ExchangeRates source")
        .satisfies(e -> {
          MissingExchangeRateException m = (MissingExchangeRateException) e;
          assertThat(m.from()).isEqualTo("USD");
          assertThat(m.to()).isEqualTo("EUR");
          assertThat(m.date()).isEqualTo(DAY);
        });
  }

  @Test
  void aSourceReturningNullIsTreatedAsMissing() {
    when(rates.rate(USD, EUR, DAY)).thenReturn(null);
    assertThatThrownBy(() -> PROGRAMS.estimate(Program.CREATOR_REWARDS, MONTH, EUR, rates))
        .isInstanceOf(MissingExchangeRateException.class);
  }

  @Test
  void aRateThatIsNotPositiveIsRefused() {
    when(rates.rate(USD, EUR, DAY)).thenReturn(Optional.of(BigDecimal.ZERO));
    assertThatThrownBy(() -> PROGRAMS.estimate(Program.CREATOR_REWARDS, MONTH, EUR, rates))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("rate USD->EUR on 2025-06-01 must be > 0, the ExchangeRates source gave 0");
  }

  @Test
  void nullsAreNamed() {
    assertThatThrownBy(() -> PROGRAMS.estimate(Program.CREATOR_REWARDS, MONTH, null, rates))
        .isInstanceOf(NullPointerException.class).hasMessage("currency");
    assertThatThrownBy(() -> PROGRAMS.estimate(Program.CREATOR_REWARDS, MONTH, EUR, null))
        .isInstanceOf(NullPointerException.class).hasMessage("rates");
    verifyNoInteractions(rates);
  }
}
