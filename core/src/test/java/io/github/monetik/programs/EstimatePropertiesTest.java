package io.github.monetik.programs;

import static io.github.monetik.testing.ProgramGenerators.activities;
import static io.github.monetik.testing.ProgramGenerators.earnings;
import static io.github.monetik.testing.ProgramGenerators.videos;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.monetik.Monetik;
import io.github.monetik.money.Money;
import io.github.monetik.money.MoneyRange;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

/** The laws of estimates and payout schedules. */
class EstimatePropertiesTest {
  private static final Programs PROGRAMS = Monetik.asOf(LocalDate.of(2024, 6, 1)).programs();
  private static final List<Program> PAID = List.of(Program.CREATOR_FUND, Program.CREATIVITY_PROGRAM_BETA,
      Program.CREATOR_REWARDS);
  /** A day each paid program is open: the Fund and the Beta at 2023-06-01, Creator Rewards at 2024-06-01. */
  private static final Programs BETA_DAYS = Monetik.asOf(LocalDate.of(2023, 6, 1)).programs();

  private static Programs open(Program p) {
    return p == Program.CREATOR_REWARDS ? PROGRAMS : BETA_DAYS;
  }

  private static MoneyRange estimate(Program p, Activity a) {
    return open(p).estimate(p, a).standard();
  }

  @Test
  void estimatesAreOrderedLowExpectedHigh() {
    qt().withExamples(200).forAll(Generate.pick(PAID), activities()).checkAssert((program, activity) -> {
      MoneyRange r = estimate(program, activity);
      assertThat(r.low()).isLessThanOrEqualTo(r.expected());
      assertThat(r.expected()).isLessThanOrEqualTo(r.high());
      assertThat(r.low().isNegative()).isFalse();
    });
  }

  @Test
  void estimatesGrowWithViews() {
    qt().withExamples(200).forAll(Generate.pick(PAID), activities(), integers().between(0, 29), longs().between(0, 1_000_000))
        .checkAssert((program, activity, index, more) -> {
          if (activity.videos().isEmpty()) {
            return;
          }
          List<Video> videos = new ArrayList<>(activity.videos());
          Video v = videos.get(index % videos.size());
          Video.Builder b = Video.builder().from(v).views(v.views() + more);
          if (v.qualifiedViews().isPresent()) {
            b.qualifiedViews(v.qualifiedViews().getAsLong() + more);
          }
          videos.set(index % videos.size(), b.build());
          Activity grown = activity.joinedOn().map(Activity.of(videos)::withJoinedOn).orElse(Activity.of(videos));
          MoneyRange before = estimate(program, activity);
          MoneyRange after = estimate(program, grown);
          assertThat(after.low()).isGreaterThanOrEqualTo(before.low());
          assertThat(after.expected()).isGreaterThanOrEqualTo(before.expected());
          assertThat(after.high()).isGreaterThanOrEqualTo(before.high());
        });
  }

  @Test
  void aNewVideoNeverLowersAnEstimateAndEstimatesAddUp() {
    qt().withExamples(200).forAll(Generate.pick(PAID), activities(), activities()).checkAssert((program, a, b) -> {
      List<Video> both = new ArrayList<>(a.videos());
      both.addAll(b.videos());
      MoneyRange whole = estimate(program, Activity.of(both));
      assertThat(whole).isEqualTo(estimate(program, Activity.of(a.videos())).plus(estimate(program, Activity.of(b.videos()))));
    });
  }

  @Test
  void onlyCountedVideosEarn() {
    qt().withExamples(200).forAll(Generate.pick(PAID), videos()).checkAssert((program, v) -> {
      PayTerms terms = open(program).programPolicy().terms(program).pay().orElseThrow();
      ProgramEstimate e = open(program).estimate(program, Activity.of(v));
      MoneyRange r = e.standard();
      long paid = terms.basis() == PayTerms.Basis.VIEWS ? v.views() : v.qualifiedViews().orElse(0);
      assertThat(r.high().isZero()).isEqualTo(!terms.counts(v) || paid == 0);
      assertThat(e.videos().get(0).isCounted()).isEqualTo(terms.counts(v));
      assertThat(e.videos().get(0).pay()).isEqualTo(r);
      if (program == Program.CREATOR_REWARDS && terms.counts(v)) {
        assertThat(v.length().getSeconds()).isGreaterThan(60);
        assertThat(v.qualifiedViews().getAsLong()).isGreaterThanOrEqualTo(1_000);
        assertThat(v.format()).isEqualTo(Video.Format.VIDEO);
        assertThat(v.original()).isTrue();
      }
      if (!v.qualifiedViews().isPresent() && terms.basis() == PayTerms.Basis.QUALIFIED_VIEWS) {
        assertThat(e.videos().get(0).reasons()).contains(VideoCheck.Reason.QUALIFIED_VIEWS_NOT_GIVEN);
        assertThat(e.notes()).anyMatch(n -> n.contains("without qualified views not priced"));
      }
    });
  }

  @Test
  void theVideosAddUpToTheEstimateAndANotOpenProgramPaysNothing() {
    qt().withExamples(200).forAll(Generate.pick(PAID), activities(), io.github.monetik.testing.ProgramGenerators.dates())
        .checkAssert((program, activity, day) -> {
          Programs programs = Monetik.asOf(day).programs();
          ProgramEstimate e = programs.estimate(program, activity);
          assertThat(e.videos()).hasSize(activity.videos().size());
          assertThat(e.videos().stream().mapToLong(VideoCheck::paidViews).sum()).isEqualTo(e.paidViews());
          MoneyRange sum = MoneyRange.exactly(Money.zero(e.rpmLow().currency()));
          for (VideoCheck v : e.videos()) {
            sum = sum.plus(v.pay());
            assertThat(v.isCounted()).isEqualTo(v.reasons().isEmpty());
            assertThat(v.isCounted() || v.paidViews() == 0).isTrue();
          }
          assertThat(sum).isEqualTo(e.standard());
          assertThat(e.rows().size()).isEqualTo(activity.videos().size());
          boolean open = programs.programPolicy().terms(program).isOpenOn(day);
          assertThat(e.isOpen()).isEqualTo(open);
          if (!open) {
            assertThat(e.standard().high().isZero()).isTrue();
            assertThat(e.notes().get(0)).contains("is not open on " + day);
          }
        });
  }

  @Test
  void aPayoutScheduleConservesMoney() {
    qt().withExamples(300).forAll(Generate.pick(PAID), earnings()).checkAssert((program, earned) -> {
      PayoutSchedule s = PROGRAMS.payouts(program, earned);
      assertThat(s.totalPaid().plus(s.carried())).isEqualTo(s.totalEarned());
      Money total = earned.values().stream().reduce(Money.zero(s.minimumPayout().currency()), Money::plus);
      assertThat(s.totalEarned()).isEqualTo(total);
      Money carried = Money.zero(s.minimumPayout().currency());
      for (PayoutSchedule.Month m : s.months()) {
        assertThat(m.carriedIn()).isEqualTo(carried);
        assertThat(m.carriedIn().plus(m.earned())).isEqualTo(m.paid().plus(m.carriedOut()));
        assertThat(m.paid().isZero() || !m.paid().isLessThan(s.minimumPayout())).isTrue();
        assertThat(m.paid().isRounded()).isTrue();
        assertThat(m.payDate().isPresent()).isEqualTo(m.paid().isPositive());
        assertThat(m.carriedOut().isNegative()).isFalse();
        carried = m.carriedOut();
      }
    });
  }
}
