package io.github.monetik.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.monetik.Monetik;
import io.github.monetik.streaks.DayBoundary;
import io.github.monetik.streaks.InteractionKind;
import io.github.monetik.streaks.StreakPolicy;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The streak presets by date: DM streaks from 2024-05-29, Streak Pets from 2024-11, every assumption labelled. */
class StreakPresetsTest {
  private static final StreakPolicy DM = StreakPresets.directMessages();

  @Test
  void directMessagesAreTheSourcedNumbersAndTheLabelledAssumptions() {
    assertThat(DM.countedKinds()).containsExactlyInAnyOrder(InteractionKind.MESSAGE, InteractionKind.SHARED_VIDEO,
        InteractionKind.PHOTO_OR_VIDEO);
    assertThat(DM.everyoneMustAct()).isTrue();
    assertThat(DM.dayBoundary()).isEqualTo(DayBoundary.CALENDAR_DAY);
    assertThat(DM.daysToStart()).isEqualTo(3);
    assertThat(DM.restoreWindow()).isEqualTo(Duration.ofHours(48));
    assertThat(DM.restoresPerPeriod()).isEqualTo(1);
    assertThat(DM.restorePeriod()).isEqualTo(Duration.ofDays(30));
    assertThat(DM.milestones()).containsExactly(3, 7, 30, 100, 365);
    assertThat(DM.minimumAge()).isEqualTo(16);
    assertThat(DM.petPoints()).isEqualTo(Map.of(InteractionKind.MESSAGE, 1, InteractionKind.PHOTO_OR_VIDEO, 4,
        InteractionKind.SHARED_VIDEO, 2));
    assertThat(DM.petStages()).containsExactly(3, 10, 30, 100);
    assertThat(DM.assumptions()).containsExactly(StreakPresets.RESTORES, StreakPresets.DAYS, StreakPresets.MILESTONES,
        StreakPresets.GROUPS, StreakPresets.PETS, StreakPresets.AGE);
    assertThat(DM.assumptions()).allMatch(a -> a.contains("Monetik") || a.contains("conf"));
    assertThat(DM.toString()).startsWith("[MESSAGE, SHARED_VIDEO, PHOTO_OR_VIDEO] by everyone per CALENDAR_DAY, shows after 3"
        + " days, restore within 48 h (1 per 30 days)\n  milestones: 3, 7, 30, 100, 365 days\n  minimum age: 16\n"
        + "  streak pets: stages at 3, 10, 30, 100 days; points message +1 shared_video +2 photo_or_video +4\n"
        + "  assumption: restores are limited per month");
  }

  @Test
  void asOfGivesPetsFromNovember2024AndSaysSoBeforeStreaksExisted() {
    assertThat(StreakPresets.asOf(Rules.SOURCES_UP_TO)).isEqualTo(DM);
    assertThat(StreakPresets.asOf(StreakPresets.STREAK_PETS_SINCE)).isEqualTo(DM);
    StreakPolicy summer = StreakPresets.asOf(LocalDate.of(2024, 6, 1));
    assertThat(summer.petStages()).isEmpty();
    assertThat(summer.petPoints()).isEmpty();
    assertThat(summer.assumptions()).doesNotContain(StreakPresets.PETS).contains(StreakPresets.AGE, StreakPresets.GROUPS);
    assertThat(summer.withPetStages(DM.petStages()).withPetPoints(DM.petPoints()).withAssumptions(DM.assumptions()))
        .isEqualTo(DM);
    assertThat(StreakPresets.asOf(StreakPresets.STREAK_PETS_SINCE.minusDays(1))).isEqualTo(summer);
    assertThat(StreakPresets.asOf(StreakPresets.DM_STREAKS_SINCE)).isEqualTo(summer);
    StreakPolicy before = StreakPresets.asOf(LocalDate.of(2021, 1, 1));
    assertThat(before.assumptions()).last().isEqualTo("DM streaks appeared around 2024-05-29 (conf M): the streaks of"
        + " 2021-01-01 are judged by the first known rules");
    assertThat(before.withAssumptions(summer.assumptions())).isEqualTo(summer);
    assertThat(StreakPresets.asOf(StreakPresets.DM_STREAKS_SINCE.minusDays(1)).assumptions()).hasSize(summer.assumptions().size() + 1);
    assertThatThrownBy(() -> StreakPresets.asOf(null)).isInstanceOf(NullPointerException.class).hasMessage("date");
  }

  @Test
  void theBookCarriesThePolicyOfItsDay() {
    assertThat(Rules.latest().streakPolicy()).isEqualTo(DM);
    assertThat(Rules.asOf(LocalDate.of(2024, 7, 1)).streakPolicy().petStages()).isEmpty();
    assertThat(Monetik.asOf(LocalDate.of(2020, 3, 1)).streaks().streakPolicy().assumptions()).last().asString()
        .startsWith("DM streaks appeared around 2024-05-29");
    assertThat(Rules.latest().toString()).contains("\n  streakPolicy: [MESSAGE, SHARED_VIDEO, PHOTO_OR_VIDEO] by everyone"
        + " per CALENDAR_DAY, shows after 3 days, restore within 48 h (1 per 30 days)\n");
  }

  @Test
  void onEveryDayThePresetIsAValidPolicyWithTheSameStreakRules() {
    qt().forAll(integers().between(0, 30_000)).checkAssert(days -> {
      StreakPolicy p = StreakPresets.asOf(Rules.EARLIEST.plusDays(days));
      assertThat(p.countedKinds()).isEqualTo(DM.countedKinds());
      assertThat(p.daysToStart()).isEqualTo(3);
      assertThat(p.minimumAge()).isEqualTo(16);
      assertThat(p.petStages().isEmpty()).isEqualTo(Rules.EARLIEST.plusDays(days).isBefore(StreakPresets.STREAK_PETS_SINCE));
      assertThat(p.assumptions()).contains(StreakPresets.RESTORES, StreakPresets.AGE);
    });
  }
}
