package io.github.monetik.programs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.monetik.Monetik;
import io.github.monetik.money.Money;
import io.github.monetik.rules.ProgramPresets;
import io.github.monetik.rules.Rules;
import io.github.monetik.testing.TestRules;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Issue 18's findings in the programs, each pinned: documented exceptions, named nulls, bounded messages. */
class ProgramsBadInputTest {
  private static final Programs LATEST = Monetik.defaults().programs();
  private static final YearMonth LAST = YearMonth.of(999_999_999, 12);
  private static final Activity MONTH = Activity.of(Video.of(Duration.ofSeconds(90), 60_000, 50_000));

  private static SortedMap<YearMonth, Money> earned(YearMonth month, String usd) {
    SortedMap<YearMonth, Money> m = new TreeMap<>();
    m.put(month, Money.of(usd, "USD"));
    return m;
  }

  @Test
  void aMonthAtTheEndOfTimeIsAnArgumentErrorNotADateTimeException() {
    // Before: java.time.DateTimeException from PayDay.payDate, PayoutSchedule.of and Programs.payouts.
    assertThatThrownBy(() -> PayDay.dayOfNextMonth(15).payDate(LAST)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("month must be a month whose pay day (day 15 of the next month) is a date, up to "
            + "+999999999-12-31, was 999999999-12");
    assertThatThrownBy(() -> PayDay.daysAfterMonthEnd(1).payDate(LAST)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("month must be a month whose pay day (1 days after month end) is a date");
    assertThat(PayDay.daysAfterMonthEnd(0).payDate(LAST)).isEqualTo(LocalDate.MAX);
    assertThat(PayDay.dayOfNextMonth(28).payDate(YearMonth.of(999_999_999, 11))).isEqualTo(LocalDate.of(999_999_999, 12, 28));
    assertThatThrownBy(() -> LATEST.payouts(Program.CREATOR_REWARDS, earned(LAST, "60")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("earned[999999999-12] must be a month whose pay day");
    assertThatThrownBy(() -> PayoutSchedule.of(TestRules.PROVENANCE, Money.of("0", "USD"), PayDay.dayOfNextMonth(1),
        earned(LAST, "1"))).isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("earned[999999999-12]");
    // a month that pays nothing never needs its pay day
    assertThat(LATEST.payouts(Program.CREATOR_REWARDS, earned(LAST, "1")).carried()).isEqualTo(Money.of("1", "USD"));
    assertThat(LATEST.payouts(Program.CREATOR_REWARDS, earned(YearMonth.of(-999_999_999, 1), "60")).months().get(0)
        .payDate()).contains(LocalDate.of(-999_999_999, 2, 15));
  }

  @Test
  void everyNullIsNamed() {
    assertThatThrownBy(() -> PayDay.dayOfNextMonth(1).payDate(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("month");
    assertThatThrownBy(() -> LATEST.payouts(null, new TreeMap<>())).hasMessage("program");
    assertThatThrownBy(() -> LATEST.payouts(Program.CREATOR_REWARDS, null)).isInstanceOf(NullPointerException.class)
        .hasMessage("earned");
    SortedMap<YearMonth, Money> nullValue = new TreeMap<>();
    nullValue.put(YearMonth.of(2024, 5), null);
    assertThatThrownBy(() -> LATEST.payouts(Program.CREATOR_REWARDS, nullValue)).isInstanceOf(NullPointerException.class)
        .hasMessage("earned[2024-05]");
    SortedMap<YearMonth, Money> nullKey = new TreeMap<>(Comparator.nullsFirst(Comparator.<YearMonth>naturalOrder()));
    nullKey.put(null, Money.of("1", "USD"));
    assertThatThrownBy(() -> LATEST.payouts(Program.CREATOR_REWARDS, nullKey)).isInstanceOf(NullPointerException.class)
        .hasMessage("earned[0]");
    SortedMap<YearMonth, Money> nullSecond = new TreeMap<>(Comparator.nullsLast(Comparator.<YearMonth>naturalOrder()));
    nullSecond.put(YearMonth.of(2024, 1), Money.of("1", "USD"));
    nullSecond.put(YearMonth.of(2024, 2), Money.of("1", "USD"));
    nullSecond.put(null, Money.of("1", "USD"));
    assertThatThrownBy(() -> LATEST.payouts(Program.CREATOR_REWARDS, nullSecond)).isInstanceOf(NullPointerException.class)
        .hasMessage("earned[2]");
    // a map in another order is scheduled in calendar order
    SortedMap<YearMonth, Money> reversed = new TreeMap<>(Comparator.<YearMonth>reverseOrder());
    reversed.put(YearMonth.of(2024, 1), Money.of("30", "USD"));
    reversed.put(YearMonth.of(2024, 2), Money.of("30", "USD"));
    assertThat(LATEST.payouts(Program.CREATOR_REWARDS, reversed).months()).extracting(PayoutSchedule.Month::month)
        .containsExactly(YearMonth.of(2024, 1), YearMonth.of(2024, 2));
    assertThatThrownBy(() -> Activity.of((Video[]) null)).isInstanceOf(NullPointerException.class).hasMessage("videos");
    assertThatThrownBy(() -> Activity.of(MONTH.videos().get(0), null)).isInstanceOf(NullPointerException.class)
        .hasMessage("videos[1]");
    assertThatThrownBy(() -> Activity.of(Arrays.asList((Video) null))).isInstanceOf(NullPointerException.class)
        .hasMessage("videos[0]");
    assertThatThrownBy(() -> Activity.of((List<Video>) null)).isInstanceOf(NullPointerException.class).hasMessage("videos");
    assertThatThrownBy(() -> Requirement.countries("US", null)).isInstanceOf(NullPointerException.class)
        .hasMessage("codes[1]");
    assertThatThrownBy(() -> Requirement.countries((String[]) null)).isInstanceOf(NullPointerException.class)
        .hasMessage("codes");
    assertThatThrownBy(() -> Requirement.accountTypes(AccountType.PERSONAL, null)).isInstanceOf(NullPointerException.class)
        .hasMessage("types[1]");
    assertThatThrownBy(() -> Requirement.standings((Standing) null)).isInstanceOf(NullPointerException.class)
        .hasMessage("standings[0]");
    assertThatThrownBy(() -> Requirement.minimumAge(18).inCountry(null, 19)).isInstanceOf(NullPointerException.class)
        .hasMessage("country");
    assertThatThrownBy(() -> Requirement.markets(null)).isInstanceOf(NullPointerException.class).hasMessage("launches");
    Map<String, LocalDate> nullDay = new HashMap<>();
    nullDay.put("US", null);
    assertThatThrownBy(() -> Requirement.markets(nullDay)).isInstanceOf(NullPointerException.class)
        .hasMessage("launches[US]");
    Map<String, LocalDate> nullCode = new HashMap<>();
    nullCode.put(null, LocalDate.of(2021, 1, 1));
    assertThatThrownBy(() -> Requirement.markets(nullCode)).isInstanceOf(NullPointerException.class)
        .hasMessage("launches key");
    List<ProgramTerms> terms = new ArrayList<>();
    terms.add(null);
    assertThatThrownBy(() -> ProgramPolicy.of(terms)).isInstanceOf(NullPointerException.class).hasMessage("terms[0]");
    assertThatThrownBy(() -> ProgramPolicy.of(null)).isInstanceOf(NullPointerException.class).hasMessage("terms");
    ProgramTerms series = ProgramPresets.series();
    assertThatThrownBy(() -> series.withRequirements(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("requirements");
    assertThatThrownBy(() -> series.withRequirements(Arrays.asList(Requirement.minimumAge(18), null)))
        .isInstanceOf(NullPointerException.class).hasMessage("requirements[1]");
    assertThat(series.withRequirements(List.of(Requirement.minimumAge(21))).requirements())
        .containsExactly(Requirement.minimumAge(21));
    assertThatThrownBy(() -> series.isOpenOn(null)).isInstanceOf(NullPointerException.class).hasMessage("date");
    assertThatThrownBy(() -> LATEST.estimate(Program.CREATOR_REWARDS, MONTH, null, (f, t, d) -> Optional.empty()))
        .isInstanceOf(NullPointerException.class).hasMessage("currency");
    assertThatThrownBy(() -> LATEST.estimate(null, MONTH, java.util.Currency.getInstance("EUR"), null))
        .isInstanceOf(NullPointerException.class).hasMessage("program");
    assertThatThrownBy(() -> ProgramPresets.creatorRewards(null)).isInstanceOf(NullPointerException.class).hasMessage("date");
    assertThatThrownBy(() -> ProgramPresets.liveSubscription(null)).isInstanceOf(NullPointerException.class).hasMessage("date");
    assertThatThrownBy(() -> ProgramPresets.rewardsPay(null)).isInstanceOf(NullPointerException.class).hasMessage("date");
    assertThatThrownBy(() -> ProgramPresets.creatorFund(null)).isInstanceOf(NullPointerException.class).hasMessage("date");
    assertThatThrownBy(() -> ProgramPresets.liveHosting(null)).isInstanceOf(NullPointerException.class).hasMessage("date");
  }

  @Test
  void anExtremeRateFromTheSourceIsRefusedWithABoundedMessage() {
    // Before: rate.toPlainString() in the message ran out of memory for -1E+999999999.
    java.util.Currency eur = java.util.Currency.getInstance("EUR");
    assertThatThrownBy(() -> LATEST.estimate(Program.CREATOR_REWARDS, MONTH, eur,
        (f, t, d) -> Optional.of(new BigDecimal("-1E+999999999")))).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("rate must be below 10^100 in magnitude with at most 100 decimals, was -1E+999999999");
    // Before: amount().multiply(rate) threw the JDK's "Underflow" for 1E-2147483647.
    assertThatThrownBy(() -> LATEST.estimate(Program.CREATOR_REWARDS, MONTH, eur,
        (f, t, d) -> Optional.of(new BigDecimal("1E-2147483647")))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("rate must be below 10^100");
    // within bounds as a factor, but the converted pay has more than 100 decimals: Money's own overflow message
    assertThatThrownBy(() -> LATEST.estimate(Program.CREATOR_REWARDS, MONTH, eur,
        (f, t, d) -> Optional.of(new BigDecimal("1E-100")))).isInstanceOf(ArithmeticException.class)
        .hasMessageStartingWith("Money underflow in multipliedBy");
    assertThatThrownBy(() -> LATEST.estimate(Program.CREATOR_REWARDS, MONTH, eur,
        (f, t, d) -> Optional.of(new BigDecimal("-0.5")))).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("rate USD->EUR on 2025-12-16 must be > 0, the ExchangeRates source gave -0.5");
    SortedMap<YearMonth, Money> earned = earned(YearMonth.of(2025, 1), "60");
    PayoutSchedule s = LATEST.payouts(Program.CREATOR_REWARDS, earned);
    assertThatThrownBy(() -> s.paymentsIn(eur, (f, t, d) -> Optional.of(new BigDecimal("-1E+999999999"))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("rate must be below 10^100");
    assertThat(s.paymentsIn(eur, (f, t, d) -> Optional.of(new BigDecimal("0.5"))))
        .containsEntry(LocalDate.of(2025, 2, 15), Money.of("30", "EUR"));
  }

  @Test
  void theEstimateInAnotherCurrencySaysSo() {
    java.util.Currency eur = java.util.Currency.getInstance("EUR");
    ProgramEstimate e = Monetik.asOf(LocalDate.of(2025, 6, 1)).programs().estimate(Program.CREATOR_REWARDS, MONTH, eur,
        (f, t, d) -> Optional.of(new BigDecimal("0.9")));
    assertThat(e.rpmLow()).isEqualTo(Money.of("0.36", "EUR"));
    assertThat(e.videos().get(0).pay().high()).isEqualTo(Money.of("45", "EUR"));
    assertThat(e.notes()).contains("shown in EUR: the pay per 1,000 views USD 0.40 .. 1.00 converted at your rate of 2025-06-01");
    assertThat(e.rows().get(0)).containsEntry("currency", "EUR");
    assertThat(Rules.latest().programPolicy()).isEqualTo(LATEST.programPolicy());
  }
}
