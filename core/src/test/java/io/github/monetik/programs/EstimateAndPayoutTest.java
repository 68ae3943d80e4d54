package io.github.monetik.programs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.monetik.Monetik;
import io.github.monetik.money.CurrencyMismatchException;
import io.github.monetik.money.Money;
import io.github.monetik.money.MoneyRange;
import io.github.monetik.rules.ProgramPresets;
import io.github.monetik.rules.Rules;
import io.github.monetik.testing.TestRules;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.Set;
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
    ProgramEstimate e = LATEST.estimate(Program.CREATOR_REWARDS, MONTH);
    MoneyRange r = e.standard();
    assertThat(r).isEqualTo(MoneyRange.of(usd("12.80"), usd("22.40"), usd("32.00")));
    assertThat(e.total()).isEqualTo(r);
    assertThat(e.paidViews()).isEqualTo(32_000);
    assertThat(e.isOpen()).isTrue();
    assertThat(e.videos()).extracting(VideoCheck::reasons).containsExactly(Set.of(), Set.of(VideoCheck.Reason.TOO_SHORT),
        Set.of(VideoCheck.Reason.TOO_SHORT), Set.of(VideoCheck.Reason.TOO_FEW_QUALIFIED_VIEWS), Set.of(),
        Set.of(VideoCheck.Reason.NOT_ORIGINAL));
    assertThat(e.videos()).extracting(VideoCheck::paidViews).containsExactly(31_000L, 0L, 0L, 0L, 1_000L, 0L);
    assertThat(e.videos().get(0).pay()).isEqualTo(MoneyRange.of(usd("12.40"), usd("21.70"), usd("31.00")));
    assertThat(e.videos().get(1).pay()).isEqualTo(MoneyRange.exactly(usd("0")));
    assertThat(e.videos().get(0)).hasToString("video 0: counted, 31,000 paid views");
    assertThat(e.videos().get(3)).hasToString("video 3: too few qualified views");
    // the Beta paid the same way while it was open
    assertThat(Monetik.asOf(LocalDate.of(2023, 6, 1)).programs().estimate(Program.CREATIVITY_PROGRAM_BETA, MONTH)
        .standard()).isEqualTo(r);
  }

  @Test
  void theEstimateExplainsItselfAsATableAndAsRows() {
    ProgramEstimate e = LATEST.estimate(Program.CREATOR_REWARDS, MONTH);
    assertThat(e.toString()).startsWith("CREATOR_REWARDS estimate on 2025-12-16 (rules latest): USD 12.80 .. 32.00 "
            + "(expected 22.40)\n")
        .contains("  counted                          2      32,000\n")
        .contains("  not original (Duet, Stitch)      1\n")
        .contains("  not longer than 60 s             2\n")
        .contains("  under 1,000 qualified views      1\n")
        .contains("  per 1,000 qualified views: USD 0.40 .. 1.00\n")
        .contains("note: the Additional Reward for especially engaging videos is paid on top and not priced here");
    assertThat(e.notes()).containsExactly("only videos posted after joining count: no joining day given, so every video "
            + "is taken as posted after it (assumption)",
        "the Additional Reward for especially engaging videos is paid on top and not priced here: TikTok publishes no "
            + "rate (add your own with withAdditionalReward)");
    assertThat(LATEST.estimate(Program.CREATOR_REWARDS, MONTH.withJoinedOn(LocalDate.of(2020, 1, 1))).notes()).hasSize(2)
        .first().asString().startsWith("6 videos without a posting day");
    io.github.monetik.report.Rows rows = e.rows();
    assertThat(rows.columns()).containsExactly("index", "length_seconds", "format", "original", "posted_on", "views",
        "qualified_views_given", "qualified_views", "counted", "reasons", "paid_views", "low", "expected", "high",
        "currency");
    assertThat(rows).hasSize(6);
    assertThat(rows.get(3)).containsEntry("index", 3L).containsEntry("reasons", "under 1,000 qualified views")
        .containsEntry("counted", false).containsEntry("qualified_views", 999L).containsEntry("currency", "USD");
    assertThat(rows.get(5)).containsEntry("reasons", "not original (Duet, Stitch)").containsEntry("original", false);
    assertThat(rows.column("paid_views").stream().mapToLong(v -> (Long) v).sum()).isEqualTo(e.paidViews());
    assertThat(rows.column("low").stream().map(v -> (BigDecimal) v).reduce(BigDecimal.ZERO, BigDecimal::add))
        .isEqualByComparingTo(e.standard().low().amount());
    assertThat(rows.column("high").stream().map(v -> (BigDecimal) v).reduce(BigDecimal.ZERO, BigDecimal::add))
        .isEqualByComparingTo(e.standard().high().amount());
    assertThat(rows.get(0).get("length_seconds")).isEqualTo(new BigDecimal("75"));
    assertThat(Activity.of(Video.of(Duration.ofMillis(60_500), 2_000, 1_500)).videos()).hasSize(1);
    assertThat(LATEST.estimate(Program.CREATOR_REWARDS, Activity.of(Video.of(Duration.ofMillis(60_500), 2_000, 1_500)))
        .rows().get(0).get("length_seconds")).isEqualTo(new BigDecimal("60.5"));
  }

  @Test
  void creatorFundPaysEveryViewOfOriginalVideos() {
    ProgramEstimate e = Monetik.asOf(LocalDate.of(2022, 1, 1)).programs().estimate(Program.CREATOR_FUND, MONTH);
    assertThat(e.standard()).isEqualTo(MoneyRange.of(usd("2.76"), usd("4.14"), usd("5.52")));
    assertThat(e.toString()).contains("per 1,000 views: USD 0.02 .. 0.04");
    // every view counts, qualified or not given
    Video noQualified = Video.builder().length(Duration.ofSeconds(20)).views(205_000).build();
    assertThat(Monetik.asOf(LocalDate.of(2022, 1, 1)).programs().estimate(Program.CREATOR_FUND, Activity.of(noQualified))
        .standard()).isEqualTo(MoneyRange.of(usd("4.10"), usd("6.15"), usd("8.20")));
  }

  @Test
  void theClosedCreatorFundPaysNothingOnTodaysBookAndSaysWhy() {
    // Regression (issue 17): closed since 2023-12-16, it still estimated USD 4.10 .. 8.20 on today's book.
    Activity month = Activity.of(Video.builder().length(Duration.ofSeconds(20)).views(205_000).build());
    ProgramEstimate e = LATEST.estimate(Program.CREATOR_FUND, month);
    assertThat(e.standard()).isEqualTo(MoneyRange.exactly(usd("0")));
    assertThat(e.isOpen()).isFalse();
    assertThat(e.videos().get(0).reasons()).containsExactly(VideoCheck.Reason.PROGRAM_NOT_OPEN);
    assertThat(e.notes()).contains("Creator Fund is not open on 2025-12-16 (closed on 2023-12-16): nothing is paid");
    assertThat(e.toString()).contains("program not open on 2025-12-16      1");
    // and before it opened
    ProgramEstimate early = Monetik.asOf(LocalDate.of(2020, 7, 31)).programs().estimate(Program.CREATOR_FUND, month);
    assertThat(early.standard().high().isZero()).isTrue();
    assertThat(early.notes()).contains("Creator Fund is not open on 2020-07-31 (opens on 2020-08-01): nothing is paid");
    assertThat(Monetik.asOf(LocalDate.of(2023, 12, 15)).programs().estimate(Program.CREATOR_FUND, month).standard())
        .isEqualTo(MoneyRange.of(usd("4.10"), usd("6.15"), usd("8.20")));
  }

  @Test
  void aVideoWithoutQualifiedViewsIsNotPricedAndTheEstimateSaysSo() {
    // Regression (issue 17): a video built without qualified views silently earned 0.
    Video unknown = Video.builder().length(Duration.ofSeconds(90)).views(500_000).build();
    assertThat(unknown.qualifiedViews()).isEmpty();
    ProgramEstimate e = LATEST.estimate(Program.CREATOR_REWARDS, Activity.of(unknown, Video.of(Duration.ofSeconds(90),
        5_000, 2_000)));
    assertThat(e.videos().get(0).reasons()).containsExactly(VideoCheck.Reason.QUALIFIED_VIEWS_NOT_GIVEN);
    assertThat(e.videos().get(0).isCounted()).isFalse();
    assertThat(e.notes()).contains("1 video without qualified views not priced: Creator Rewards pays qualified views "
        + "(give them with Video.builder().qualifiedViews(...))");
    assertThat(e.rows().get(0)).containsEntry("qualified_views_given", false).containsEntry("reasons",
        "qualified views not given");
    assertThat(e.standard()).isEqualTo(MoneyRange.between(usd("0.80"), usd("2.00")));
    assertThat(LATEST.estimate(Program.CREATOR_REWARDS, Activity.of(unknown, unknown)).notes().get(0))
        .startsWith("2 videos without qualified views");
  }

  @Test
  void photoModePostsRepostsAndVideosPostedBeforeJoiningDoNotCount() {
    Video good = Video.of(Duration.ofSeconds(90), 5_000, 2_000);
    Video photos = Video.builder().from(good).format(Video.Format.PHOTO_MODE).build();
    Video repost = Video.builder().from(good).format(Video.Format.REPOST).original(false).build();
    Video before = Video.builder().from(good).postedOn(LocalDate.of(2025, 4, 30)).build();
    Video after = Video.builder().from(good).postedOn(LocalDate.of(2025, 5, 1)).build();
    Activity a = Activity.of(good, photos, repost, before, after).withJoinedOn(LocalDate.of(2025, 5, 1));
    ProgramEstimate e = LATEST.estimate(Program.CREATOR_REWARDS, a);
    assertThat(e.videos()).extracting(VideoCheck::reasons).containsExactly(Set.of(),
        Set.of(VideoCheck.Reason.PHOTO_MODE), Set.of(VideoCheck.Reason.REPOST, VideoCheck.Reason.NOT_ORIGINAL),
        Set.of(VideoCheck.Reason.POSTED_BEFORE_JOINING), Set.of());
    assertThat(e.paidViews()).isEqualTo(4_000);
    assertThat(e.notes()).contains("3 videos without a posting day taken as posted after joining on 2025-05-01 (assumption)");
    assertThat(LATEST.estimate(Program.CREATOR_REWARDS, Activity.of(good, after).withJoinedOn(LocalDate.of(2025, 5, 1)))
        .notes()).contains("1 video without a posting day taken as posted after joining on 2025-05-01 (assumption)");
    assertThat(e.rows().get(3)).containsEntry("reasons", "posted before joining on 2025-05-01")
        .containsEntry("posted_on", "2025-04-30");
    assertThat(e.rows().get(2)).containsEntry("reasons", "repost; not original (Duet, Stitch)")
        .containsEntry("format", "REPOST");
    assertThat(LATEST.estimate(Program.CREATOR_REWARDS, Activity.of(before)).notes())
        .contains("only videos posted after joining count: no joining day given, so every video is taken as posted "
            + "after it (assumption)");
    assertThat(LATEST.estimate(Program.CREATOR_REWARDS, Activity.of(before)).paidViews()).isEqualTo(2_000);
  }

  @Test
  void theAdditionalRewardIsASeparateOptionalPart() {
    ProgramEstimate e = LATEST.estimate(Program.CREATOR_REWARDS, MONTH);
    assertThat(e.additionalReward()).isEmpty();
    ProgramEstimate more = e.withAdditionalReward(MoneyRange.between(usd("1"), usd("3")));
    assertThat(more.standard()).isEqualTo(e.standard());
    assertThat(more.additionalReward()).contains(MoneyRange.between(usd("1"), usd("3")));
    assertThat(more.total()).isEqualTo(MoneyRange.of(usd("13.80"), usd("24.40"), usd("35.00")));
    assertThat(more).isNotEqualTo(e);
    assertThat(more.toString()).contains("Additional Reward: USD 1.00 .. 3.00 (expected 2.00); total USD 13.80 .. 35.00");
    assertThat(more.notes()).contains("the Additional Reward is your estimate, apart from the pay-per-view range");
    // before 2025 there was none
    ProgramEstimate y2024 = Monetik.asOf(LocalDate.of(2024, 12, 31)).programs().estimate(Program.CREATOR_REWARDS, MONTH);
    assertThat(y2024.notes()).noneMatch(n -> n.contains("Additional Reward"));
    assertThatThrownBy(() -> y2024.withAdditionalReward(MoneyRange.exactly(usd("1"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("additionalReward must be for a program that pays one (CREATOR_REWARDS pays none");
    assertThatThrownBy(() -> e.withAdditionalReward(MoneyRange.exactly(Money.of("1", "EUR"))))
        .isInstanceOf(CurrencyMismatchException.class);
    assertThatThrownBy(() -> e.withAdditionalReward(MoneyRange.between(usd("-1"), usd("1"))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("additionalReward must be a range from 0 up");
    assertThatThrownBy(() -> e.withAdditionalReward(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("additionalReward");
    Programs rewardsClosed = Programs.of(Rules.latest().programPolicy().withTerms(Rules.latest().programPolicy()
        .terms(Program.CREATOR_REWARDS).withCloses(LocalDate.of(2025, 6, 1))), Rules.latest().provenance());
    assertThatThrownBy(() -> rewardsClosed.estimate(Program.CREATOR_REWARDS, MONTH)
        .withAdditionalReward(MoneyRange.exactly(usd("1")))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("for a program open on 2025-12-16");
  }

  @Test
  void estimatesAreValues() {
    ProgramEstimate e = LATEST.estimate(Program.CREATOR_REWARDS, MONTH);
    assertThat(e).isEqualTo(LATEST.estimate(Program.CREATOR_REWARDS, MONTH))
        .hasSameHashCodeAs(LATEST.estimate(Program.CREATOR_REWARDS, MONTH))
        .isNotEqualTo(Monetik.asOf(Rules.SOURCES_UP_TO).programs().estimate(Program.CREATOR_REWARDS, MONTH))
        .isNotEqualTo(LATEST.estimate(Program.CREATOR_REWARDS, Activity.of()));
    assertThat(e.program()).isEqualTo(Program.CREATOR_REWARDS);
    assertThat(e.provenance()).isEqualTo(LATEST.provenance());
    assertThat(e.rpmLow()).isEqualTo(usd("0.40"));
    assertThat(e.rpmHigh()).isEqualTo(usd("1.00"));
    assertThat(e.videos().get(0)).isEqualTo(LATEST.estimate(Program.CREATOR_REWARDS, MONTH).videos().get(0))
        .hasSameHashCodeAs(LATEST.estimate(Program.CREATOR_REWARDS, MONTH).videos().get(0))
        .isNotEqualTo(e.videos().get(1));
    assertThat(e.hashCode()).isNotEqualTo(LATEST.estimate(Program.CREATOR_REWARDS, Activity.of()).hashCode());
    assertThat(e.videos().get(0).hashCode()).isNotEqualTo(e.videos().get(1).hashCode());
    assertThat(e.videos().get(0).index()).isZero();
    assertThat(e.videos().get(0).video()).isEqualTo(MONTH.videos().get(0));
    assertThat(VideoCheck.Reason.TOO_SHORT.description()).isEqualTo("too short");
  }

  @Test
  void noCountedVideoEarnsNothingAndProgramsNotPaidPerViewAreRefused() {
    assertThat(LATEST.estimate(Program.CREATOR_REWARDS, Activity.of()).standard()).isEqualTo(MoneyRange.exactly(usd("0")));
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
    assertThat(LATEST.estimate(Program.CREATOR_REWARDS, Activity.of(huge)).paidViews()).isEqualTo(Long.MAX_VALUE);
    assertThatThrownBy(() -> LATEST.estimate(Program.CREATOR_REWARDS, Activity.of(huge, huge)))
        .isInstanceOf(ArithmeticException.class).hasMessageContaining("paid views overflow in estimate");
  }

  @Test
  void payTermsSayWhichVideosCount() {
    PayTerms t = ProgramPresets.rewardsPay(Rules.SOURCES_UP_TO);
    assertThat(t.counts(Video.of(Duration.ofSeconds(61), 1_000, 1_000))).isTrue();
    assertThat(t.counts(Video.of(Duration.ofSeconds(60), 1_000, 1_000))).isFalse();
    assertThat(t.counts(Video.of(Duration.ofSeconds(61), 1_000, 999))).isFalse();
    assertThat(t.counts(Video.builder().length(Duration.ofSeconds(61)).views(1_000).build())).isFalse();
    assertThat(t.counts(Video.builder().from(Video.of(Duration.ofSeconds(61), 1_000, 1_000)).format(Video.Format.REPOST)
        .build())).isFalse();
    assertThat(PayTerms.builder().from(t).videosOnly(false).build().counts(Video.builder()
        .from(Video.of(Duration.ofSeconds(61), 1_000, 1_000)).format(Video.Format.PHOTO_MODE).build())).isTrue();
    assertThatThrownBy(() -> t.counts(null)).isInstanceOf(NullPointerException.class).hasMessage("video");
    PayTerms any = PayTerms.builder().from(t).originalOnly(false).longerThan(java.util.Optional.empty())
        .minimumQualifiedViewsPerVideo(0).basis(PayTerms.Basis.VIEWS).build();
    assertThat(any.counts(Video.builder().length(Duration.ofSeconds(1)).views(5).original(false).build())).isTrue();
    assertThat(any.counts(Video.builder().length(Duration.ofSeconds(1)).views(0).qualifiedViews(0).original(false)
        .build())).isTrue();
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
    assertThat(s.toString()).startsWith("Payouts (minimum USD 50.00)\n"
            + "  month    earned  carried in   paid  on          carried out\n"
            + "  2024-04   30.00        0.00   0.00  -                 30.00\n"
            + "  2024-05  35.555       30.00  65.55  2024-06-15        0.005\n")
        .endsWith("total earned USD 115.55, paid USD 115.55, still carried USD 0.00\n");
    io.github.monetik.report.Rows rows = s.rows();
    assertThat(rows.columns()).containsExactly("month", "earned", "carried_in", "paid", "pay_date", "carried_out", "currency");
    assertThat(rows.get(1)).containsEntry("month", "2024-05").containsEntry("pay_date", "2024-06-15")
        .containsEntry("currency", "USD");
    assertThat(rows.get(0)).containsEntry("pay_date", "");
    assertThat(rows.column("paid").stream().map(v -> (BigDecimal) v).reduce(BigDecimal.ZERO, BigDecimal::add))
        .isEqualByComparingTo(s.totalPaid().amount());
    assertThat(s.provenance()).isEqualTo(LATEST.provenance());
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
    PayoutSchedule empty = PayoutSchedule.of(TestRules.PROVENANCE, usd("50"), PayDay.dayOfNextMonth(15), new TreeMap<>());
    assertThat(empty.months()).isEmpty();
    assertThat(empty.carried()).isEqualTo(usd("0"));
    assertThat(empty.totalPaid()).isEqualTo(usd("0"));
    PayoutSchedule noMinimum = PayoutSchedule.of(TestRules.PROVENANCE, usd("0"), PayDay.dayOfNextMonth(1),
        earned("0", "0.001", "0.01"));
    assertThat(noMinimum.months()).extracting(m -> m.paid()).containsExactly(usd("0"), usd("0"), usd("0.01"));
    assertThat(noMinimum.months().get(0).payDate()).isEmpty();
    assertThat(noMinimum.carried()).isEqualTo(usd("0.001"));
  }

  @Test
  void badSchedulesAreRefused() {
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
        .isNotEqualTo(PayoutSchedule.of(TestRules.PROVENANCE, usd("10"), PayDay.dayOfNextMonth(15), earned("60")))
        .isNotEqualTo(Monetik.asOf(Rules.SOURCES_UP_TO).programs().payouts(Program.CREATOR_REWARDS, earned("60")));
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
        .withPay(PayTerms.builder().from(ProgramPresets.rewardsPay(Rules.SOURCES_UP_TO)).rpmHigh(usd("2.00")).build());
    Monetik custom = Monetik.of(latest.withProgramPolicy(latest.programPolicy().withTerms(mine)));
    assertThat(custom.programs().estimate(Program.CREATOR_REWARDS, MONTH).standard().high()).isEqualTo(usd("64.00"));
    assertThat(custom.rules().provenance().id()).isEqualTo("latest +programPolicy");
    assertThat(LATEST.estimate(Program.CREATOR_REWARDS, MONTH).standard().high()).isEqualTo(usd("32.00"));
  }
}
