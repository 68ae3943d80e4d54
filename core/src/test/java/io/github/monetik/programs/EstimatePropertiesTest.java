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

  @Test
  void estimatesAreOrderedLowExpectedHigh() {
    qt().withExamples(200).forAll(Generate.pick(PAID), activities()).checkAssert((program, activity) -> {
      MoneyRange r = PROGRAMS.estimate(program, activity);
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
          videos.set(index % videos.size(), Video.builder().from(v).views(v.views() + more)
              .qualifiedViews(v.qualifiedViews() + more).build());
          MoneyRange before = PROGRAMS.estimate(program, activity);
          MoneyRange after = PROGRAMS.estimate(program, Activity.of(videos));
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
      MoneyRange whole = PROGRAMS.estimate(program, Activity.of(both));
      assertThat(whole).isEqualTo(PROGRAMS.estimate(program, a).plus(PROGRAMS.estimate(program, b)));
    });
  }

  @Test
  void onlyCountedVideosEarn() {
    qt().withExamples(200).forAll(Generate.pick(PAID), videos()).checkAssert((program, v) -> {
      PayTerms terms = PROGRAMS.programPolicy().terms(program).pay().orElseThrow();
      MoneyRange r = PROGRAMS.estimate(program, Activity.of(v));
      long paid = terms.basis() == PayTerms.Basis.VIEWS ? v.views() : v.qualifiedViews();
      assertThat(r.high().isZero()).isEqualTo(!terms.counts(v) || paid == 0);
      if (program == Program.CREATOR_REWARDS && terms.counts(v)) {
        assertThat(v.length().getSeconds()).isGreaterThan(60);
        assertThat(v.qualifiedViews()).isGreaterThanOrEqualTo(1_000);
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
