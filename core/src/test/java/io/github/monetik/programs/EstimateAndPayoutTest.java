package io.github.monetik.programs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.monetik.Monetik;
import io.github.monetik.money.CurrencyMismatchException;
import io.github.monetik.money.Money;
import io.github.monetik.money.MoneyRange;
import io.github.monetik.rules.ProgramPresets;
import io.github.monetik.rules.Rules;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class EstimateAndPayoutTest {
  private static final Programs LATEST = Monetik.defaults().programs();

  private static final Activity MONTH = Activity.of(
      Video.of(Duration.ofSeconds(75), 40_000, 31_000),    // counts: 31,000 qualified views
      Video.of(Duration.ofSeconds(30), 90_000, 80_000),    // a minute or less: not for Creator Rewards
      Video.of(Duration.ofSeconds(60), 5_000, 4_000),      // exactly a minute: not longer than one
      Video.of(Duration.ofSeconds(61), 2_000, 999),        // under 1,000 qualified views
      Video.of(Duration.ofSeconds(61), 1_000, 1_000),      // counts: 1,000
      Video.builder().length(Duration.ofSeconds(120)).views(10_000).qualifiedViews(9_000).original(false).build());

  private static Money usd(String amount) {
    return Money.of(amount, "USD");
  }

  private static SortedMap<YearMonth, Money> earned(String... amounts) {
    SortedMap<YearMonth, Money> map = new TreeMap<>();
    for (int i = 0; i < amounts.length; i++) {
      map.put(YearMonth.of(2024, 4).plusMonths(i), usd(amounts[i]));
    }
    return map;
  }

  @Test
  void creatorRewardsPaysQualifiedViewsOfOriginalVideosOverAMinuteWithAThousandOfThem() {
    MoneyRange r = LATEST.estimate(Program.CREATOR_REWARDS, MONTH);
    assertThat(r).isEqualTo(MoneyRange.of(usd("12.80"), usd("22.40"), usd("32.00")));
    assertThat(LATEST.estimate(Program.CREATIVITY_PROGRAM_BETA, MONTH)).isEqualTo(r);
  }

  @Test
  void creatorFundPaysEveryViewOfOriginalVideos() {
    MoneyRange r = Monetik.asOf(LocalDate.of(2022, 1, 1)).programs().estimate(Program.CREATOR_FUND, MONTH);
    assertThat(r).isEqualTo(MoneyRange.of(usd("2.76"), usd("4.14"), usd("5.52")));
  }

  @Test
  void noCountedVideoEarnsNothingAndProgramsNotPaidPerViewAreRefused() {
    assertThat(LATEST.estimate(Program.CREATOR_REWARDS, Activity.of())).isEqualTo(MoneyRange.exactly(usd("0")));
    assertThatThrownBy(() -> LATEST.estimate(Program.LIVE_GIFTS, MONTH)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("program LIVE_GIFTS is not paid per view in these rules (no pay terms); estimates cover "
            + "[CREATOR_FUND, CREATIVITY_PROGRAM_BETA, CREATOR_REWARDS]");
    assertThatThrownBy(() -> LATEST.estimate(null, MONTH)).isInstanceOf(NullPointerException.class).hasMessage("program");
    assertThatThrownBy(() -> LATEST.estimate(Program.CREATOR_REWARDS, null)).isInstanceOf(NullPointerException.class)
        .hasMessage("activity");
  }

  @Test
  void paidViewsThatOverflowAreAnError() {
    Video huge = Video.of(Duration.ofSeconds(90), Long.MAX_VALUE, Long.MAX_VALUE);
    assertThatThrownBy(() -> LATEST.estimate(Program.CREATOR_REWARDS, Activity.of(huge, huge)))
        .isInstanceOf(ArithmeticException.class).hasMessageContaining("paid views overflow in estimate");
  }

  @Test
  void payTermsSayWhichVideosCount() {
    PayTerms t = ProgramPresets.rewardsPay();
    assertThat(t.counts(Video.of(Duration.ofSeconds(61), 1_000, 1_000))).isTrue();
    assertThat(t.counts(Video.of(Duration.ofSeconds(60), 1_000, 1_000))).isFalse();
    assertThat(t.counts(Video.of(Duration.ofSeconds(61), 1_000, 999))).isFalse();
    PayTerms any = PayTerms.builder().from(t).originalOnly(false).longerThan(java.util.Optional.empty())
        .minimumQualifiedViewsPerVideo(0).build();
    assertThat(any.counts(Video.builder().length(Duration.ofSeconds(1)).views(0).original(false).build())).isTrue();
    assertThatThrownBy(() -> PayTerms.builder().from(t).rpmLow(usd("-0.01")).build())
        .hasMessage("rpmLow must be >= 0, was USD -0.01");
    assertThatThrownBy(() -> PayTerms.builder().from(t).rpmHigh(usd("0.39")).build())
        .hasMessage("rpmHigh must be >= rpmLow (USD 0.40) in its currency, was USD 0.39");
    assertThatThrownBy(() -> PayTerms.builder().from(t).rpmHigh(Money.of("1", "EUR")).build())
        .hasMessageContaining("rpmHigh must be >= rpmLow");
    assertThatThrownBy(() -> PayTerms.builder().from(t).minimumPayout(Money.of("1", "EUR")).build())
        .hasMessage("minimumPayout must be >= 0 in USD, was EUR 1.00");
    assertThatThrownBy(() -> PayTerms.builder().from(t).minimumPayout(usd("-1")).build())
        .hasMessage("minimumPayout must be >= 0 in USD, was USD -1.00");
    assertThatThrownBy(() -> PayTerms.builder().from(t).longerThan(Duration.ofSeconds(-1)).build())
        .hasMessage("longerThan must be >= 0, was PT-1S");
    assertThatThrownBy(() -> PayTerms.builder().from(t).minimumQualifiedViewsPerVideo(-1).build())
        .hasMessage("minimumQualifiedViewsPerVideo must be >= 0, was -1");
    assertThat(PayTerms.builder().from(t).rpmHigh(usd("0.40")).longerThan(Duration.ZERO).build().rpmHigh()).isEqualTo(usd("0.40"));
  }

  @Test
  void creatorRewardsCarriesAMonthBelowFiftyDollars() {
    PayoutSchedule s = LATEST.payouts(Program.CREATOR_REWARDS, earned("30", "35.555", "0", "49.99", "0.005"));
    assertThat(s.minimumPayout()).isEqualTo(usd("50"));
    assertThat(s.months()).extracting(m -> m.paid().amount().toPlainString())
        .containsExactly("0.00", "65.55", "0.00", "0.00", "50.00");
    assertThat(s.months().get(1).payDate()).contains(LocalDate.of(2024, 6, 15));
    assertThat(s.months().get(0).payDate()).isEmpty();
    assertThat(s.months().get(1).carriedIn()).isEqualTo(usd("30"));
    assertThat(s.months().get(1).carriedOut()).isEqualTo(usd("0.005"));
    assertThat(s.months().get(3).carriedOut()).isEqualTo(usd("49.995"));
    assertThat(s.months().get(4).carriedOut()).isEqualTo(usd("0"));
    assertThat(s.months().get(4).payDate()).contains(LocalDate.of(2024, 9, 15));
    assertThat(s.totalEarned()).isEqualTo(usd("115.55"));
    assertThat(s.totalPaid()).isEqualTo(usd("115.55"));
    assertThat(s.carried()).isEqualTo(usd("0"));
    assertThat(s.toString()).startsWith("Payouts (minimum USD 50.00)\n")
        .contains("2024-05            35.555            30.00            65.55 2024-06-15             0.005")
        .endsWith("total earned USD 115.55, paid USD 115.55, still carried USD 0.00\n");
    assertThat(s.months().get(0).toString())
        .isEqualTo("2024-04: earned USD 30.00, carried in USD 0.00, paid USD 0.00, carried out USD 30.00");
    assertThat(s.months().get(1).toString()).contains("paid USD 65.55 on 2024-06-15");
  }

  @Test
  void creatorFundPaysThirtyDaysAfterMonthEndFromTenDollars() {
    PayoutSchedule s = Monetik.asOf(LocalDate.of(2022, 1, 1)).programs().payouts(Program.CREATOR_FUND, earned("9.99", "0.01"));
    assertThat(s.months()).extracting(m -> m.paid()).containsExactly(usd("0"), usd("10"));
    assertThat(s.months().get(1).payDate()).contains(LocalDate.of(2024, 6, 30));
    assertThat(PayDay.daysAfterMonthEnd(30).payDate(YearMonth.of(2021, 1))).isEqualTo(LocalDate.of(2021, 3, 2));
    assertThat(PayDay.dayOfNextMonth(15).payDate(YearMonth.of(2024, 12))).isEqualTo(LocalDate.of(2025, 1, 15));
  }

  @Test
  void aScheduleWithNothingStillCarriesNothing() {
    PayoutSchedule empty = PayoutSchedule.of(usd("50"), PayDay.dayOfNextMonth(15), new TreeMap<>());
    assertThat(empty.months()).isEmpty();
    assertThat(empty.carried()).isEqualTo(usd("0"));
    assertThat(empty.totalPaid()).isEqualTo(usd("0"));
    PayoutSchedule noMinimum = PayoutSchedule.of(usd("0"), PayDay.dayOfNextMonth(1), earned("0", "0.001", "0.01"));
    assertThat(noMinimum.months()).extracting(m -> m.paid()).containsExactly(usd("0"), usd("0"), usd("0.01"));
    assertThat(noMinimum.months().get(0).payDate()).isEmpty();
    assertThat(noMinimum.carried()).isEqualTo(usd("0.001"));
  }

  @Test
  void badSchedulesAreRefused() {
    assertThatThrownBy(() -> PayoutSchedule.of(usd("-1"), PayDay.dayOfNextMonth(15), earned()))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("minimumPayout must be >= 0, was USD -1.00");
    assertThatThrownBy(() -> LATEST.payouts(Program.CREATOR_REWARDS, earned("1", "-2")))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("earned[2024-05] must be >= 0, was USD -2.00");
    SortedMap<YearMonth, Money> euros = new TreeMap<>(Map.of(YearMonth.of(2024, 1), Money.of("1", "EUR")));
    assertThatThrownBy(() -> LATEST.payouts(Program.CREATOR_REWARDS, euros)).isInstanceOf(CurrencyMismatchException.class);
    assertThatThrownBy(() -> LATEST.payouts(Program.SERIES, earned("1"))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("program SERIES is not paid per view");
    assertThatThrownBy(() -> PayDay.dayOfNextMonth(0)).hasMessage("day must be 1 to 28 (every month has it), was 0");
    assertThatThrownBy(() -> PayDay.dayOfNextMonth(29)).hasMessage("day must be 1 to 28 (every month has it), was 29");
    assertThatThrownBy(() -> PayDay.daysAfterMonthEnd(-1)).hasMessage("days must be 0 to 366, was -1");
    assertThatThrownBy(() -> PayDay.daysAfterMonthEnd(367)).hasMessage("days must be 0 to 366, was 367");
    assertThat(PayDay.dayOfNextMonth(28).payDate(YearMonth.of(2024, 1))).isEqualTo(LocalDate.of(2024, 2, 28));
    assertThat(PayDay.daysAfterMonthEnd(366).payDate(YearMonth.of(2024, 1))).isEqualTo(LocalDate.of(2025, 1, 31));
    assertThat(PayDay.dayOfNextMonth(1).payDate(YearMonth.of(2024, 1))).isEqualTo(LocalDate.of(2024, 2, 1));
    assertThat(PayDay.daysAfterMonthEnd(0).payDate(YearMonth.of(2024, 2))).isEqualTo(LocalDate.of(2024, 2, 29));
  }

  @Test
  void payDaysAndSchedulesAreValues() {
    assertThat(PayDay.dayOfNextMonth(15)).isEqualTo(PayDay.dayOfNextMonth(15)).hasSameHashCodeAs(PayDay.dayOfNextMonth(15))
        .isNotEqualTo(PayDay.daysAfterMonthEnd(15)).isNotEqualTo(PayDay.dayOfNextMonth(14))
        .doesNotHaveSameHashCodeAs(PayDay.dayOfNextMonth(14))
        .hasToString("day 15 of the next month");
    assertThat(PayDay.daysAfterMonthEnd(30)).hasToString("30 days after month end");
    PayoutSchedule a = LATEST.payouts(Program.CREATOR_REWARDS, earned("60"));
    assertThat(a).isEqualTo(LATEST.payouts(Program.CREATOR_REWARDS, earned("60")))
        .hasSameHashCodeAs(LATEST.payouts(Program.CREATOR_REWARDS, earned("60")))
        .isNotEqualTo(LATEST.payouts(Program.CREATOR_REWARDS, earned("61")))
        .isNotEqualTo(PayoutSchedule.of(usd("10"), PayDay.dayOfNextMonth(15), earned("60")));
    assertThat(a.hashCode()).isNotEqualTo(LATEST.payouts(Program.CREATOR_REWARDS, earned("61")).hashCode());
    assertThat(a.months().get(0).hashCode())
        .isNotEqualTo(LATEST.payouts(Program.CREATOR_REWARDS, earned("61")).months().get(0).hashCode());
    assertThat(a.months().get(0).month()).isEqualTo(YearMonth.of(2024, 4));
    assertThat(a.months().get(0)).isEqualTo(LATEST.payouts(Program.CREATOR_REWARDS, earned("60")).months().get(0))
        .hasSameHashCodeAs(LATEST.payouts(Program.CREATOR_REWARDS, earned("60")).months().get(0));
  }

  @Test
  void rulesCanBeOverridden() {
    Rules latest = Rules.latest();
    ProgramTerms mine = latest.programPolicy().terms(Program.CREATOR_REWARDS)
        .withPay(PayTerms.builder().from(ProgramPresets.rewardsPay()).rpmHigh(usd("2.00")).build());
    Monetik custom = Monetik.of(latest.withProgramPolicy(latest.programPolicy().withTerms(mine)));
    assertThat(custom.programs().estimate(Program.CREATOR_REWARDS, MONTH).high()).isEqualTo(usd("64.00"));
    assertThat(custom.rules().provenance().id()).isEqualTo("latest +programPolicy");
    assertThat(LATEST.estimate(Program.CREATOR_REWARDS, MONTH).high()).isEqualTo(usd("32.00"));
  }
}
