package io.github.monetik.programs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.monetik.Monetik;
import io.github.monetik.money.ExchangeRates;
import io.github.monetik.money.MissingExchangeRateException;
import io.github.monetik.money.Money;
import io.github.monetik.money.MoneyRange;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The user-supplied exchange-rate source: asked once per currency pair and date, never guessed. A
 * hand-written recording source stands in for it (a lambda-sized interface needs no mocking library).
 */
class ExchangeRatesTest {
  private static final Currency USD = Currency.getInstance("USD");
  private static final Currency EUR = Currency.getInstance("EUR");
  private static final LocalDate DAY = LocalDate.of(2025, 6, 1);
  private static final Programs PROGRAMS = Monetik.asOf(DAY).programs();
  private static final Activity MONTH = Activity.of(Video.of(Duration.ofSeconds(90), 60_000, 50_000));

  /** A source that answers one rate for every question and remembers each question, in order. */
  private static final class AskedRates implements ExchangeRates {
    private final List<String> asked = new ArrayList<>();
    private Optional<BigDecimal> answer = Optional.empty();
    private boolean answersNull;

    AskedRates answering(String rate) {
      answer = Optional.of(new BigDecimal(rate));
      return this;
    }

    AskedRates answeringNothing() {
      answer = Optional.empty();
      return this;
    }

    AskedRates answeringNull() {
      answersNull = true;
      return this;
    }

    @Override
    @SuppressWarnings("NullAway") // a careless source's null, which Monetik must treat as missing
    public Optional<BigDecimal> rate(Currency from, Currency to, LocalDate date) {
      asked.add(from + "->" + to + " " + date);
      return answersNull ? null : answer;
    }
  }

  private final AskedRates rates = new AskedRates();

  @Test
  void anEstimateIsConvertedWithOneQuestion() {
    rates.answering("0.9");
    MoneyRange eur = PROGRAMS.estimate(Program.CREATOR_REWARDS, MONTH, EUR, rates).standard();
    assertThat(eur).isEqualTo(MoneyRange.of(Money.of("18", "EUR"), Money.of("31.5", "EUR"), Money.of("45", "EUR")));
    assertThat(rates.asked).containsExactly("USD->EUR 2025-06-01");
  }

  @Test
  void theSameCurrencyIsNeverAsked() {
    ProgramEstimate usd = PROGRAMS.estimate(Program.CREATOR_REWARDS, MONTH, USD, rates);
    assertThat(usd).isEqualTo(PROGRAMS.estimate(Program.CREATOR_REWARDS, MONTH));
    assertThat(rates.asked).isEmpty();
  }

  @Test
  void aScheduleAsksOncePerPayDay() {
    SortedMap<YearMonth, Money> earned = new TreeMap<>();
    earned.put(YearMonth.of(2025, 1), Money.of("60", "USD"));
    earned.put(YearMonth.of(2025, 2), Money.of("10", "USD"));
    earned.put(YearMonth.of(2025, 3), Money.of("70", "USD"));
    PayoutSchedule s = PROGRAMS.payouts(Program.CREATOR_REWARDS, earned);
    rates.answering("0.5");
    SortedMap<LocalDate, Money> paid = s.paymentsIn(EUR, rates);
    assertThat(paid).containsExactly(
        java.util.Map.entry(LocalDate.of(2025, 2, 15), Money.of("30", "EUR")),
        java.util.Map.entry(LocalDate.of(2025, 4, 15), Money.of("40", "EUR")));
    assertThat(rates.asked).containsExactlyInAnyOrder("USD->EUR 2025-02-15", "USD->EUR 2025-04-15");
  }

  @Test
  void aConversionAsksOncePerPairAndDateHoweverManyAmounts() {
    rates.answering("2");
    Conversion c = new Conversion(EUR, rates);
    assertThat(c.convert(Money.of("1", "USD"), DAY)).isEqualTo(Money.of("2", "EUR"));
    assertThat(c.convert(Money.of("3", "USD"), DAY)).isEqualTo(Money.of("6", "EUR"));
    assertThat(c.convert(Money.of("3", "EUR"), DAY)).isEqualTo(Money.of("3", "EUR"));
    assertThat(rates.asked).containsExactly("USD->EUR 2025-06-01");
  }

  @Test
  void aMissingRateIsAClearError() {
    rates.answeringNothing();
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
    rates.answeringNull();
    assertThatThrownBy(() -> PROGRAMS.estimate(Program.CREATOR_REWARDS, MONTH, EUR, rates))
        .isInstanceOf(MissingExchangeRateException.class);
  }

  @Test
  void aRateThatIsNotPositiveIsRefused() {
    rates.answering("0");
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
    assertThat(rates.asked).isEmpty();
  }
}
