package io.github.monetik.streaks;

import static io.github.monetik.streaks.InteractionKind.COMMENT;
import static io.github.monetik.streaks.InteractionKind.LIKE;
import static io.github.monetik.streaks.InteractionKind.MESSAGE;
import static io.github.monetik.streaks.InteractionKind.PHOTO_OR_VIDEO;
import static io.github.monetik.streaks.InteractionKind.SHARED_VIDEO;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.monetik.Monetik;
import io.github.monetik.rules.StreakPresets;
import io.github.monetik.testing.TestRules;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 17's streak rules of DOMAIN.md §8 (press only, confidence L–M): group chats keep their own
 * streaks, Streak Pets earn points and reach stages, restores are limited per month (an assumption),
 * and nobody under 16 keeps a streak (never a silent drop: what age kept from counting is reported).
 */
class GroupsPetsAndAgesTest {
  private static final StreakPolicy DM = StreakPresets.directMessages();
  private static final Streaks STREAKS = Streaks.of(DM, TestRules.PROVENANCE);
  private static final List<String> TRIO = List.of("ana", "ben", "cy");

  private static Instant at(String day, int hour) {
    return LocalDate.parse(day).atStartOfDay(ZoneOffset.UTC).plusHours(hour).toInstant();
  }

  private static String day(String first, int plus) {
    return LocalDate.parse(first).plusDays(plus).toString();
  }

  /** Both of a pair send one message on each of {@code days} days from {@code first}. */
  private static List<Interaction> pair(String a, String b, String first, int days) {
    List<Interaction> out = new ArrayList<>();
    for (int i = 0; i < days; i++) {
      out.add(Interaction.of(a, b, MESSAGE, at(day(first, i), 9)));
      out.add(Interaction.of(b, a, MESSAGE, at(day(first, i), 20)));
    }
    return out;
  }

  /** Everyone of {@code group} sends one message to the others on each of {@code days} days. */
  private static List<Interaction> group(List<String> group, String first, int days) {
    List<Interaction> out = new ArrayList<>();
    for (int i = 0; i < days; i++) {
      for (int m = 0; m < group.size(); m++) {
        List<String> others = new ArrayList<>(group);
        others.remove(m);
        out.add(Interaction.inGroup(group.get(m), others, MESSAGE, at(day(first, i), 10 + m)));
      }
    }
    return out;
  }

  private static GroupStreak of(StreakReport r, String first, String... others) {
    return r.between(first, others).orElseThrow();
  }

  // --- group chats ---------------------------------------------------------------------------

  @Test
  void aGroupChatKeepsItsOwnStreakApartFromThePairsInIt() {
    List<Interaction> in = new ArrayList<>(group(TRIO, "2024-06-01", 5));
    in.addAll(pair("ana", "ben", "2024-06-03", 3));
    StreakReport r = STREAKS.analyze(in, at("2024-06-05", 22));
    assertThat(of(r, "cy", "ana", "ben").length()).isEqualTo(5);
    assertThat(of(r, "cy", "ana", "ben").status()).isEqualTo(StreakStatus.ACTIVE);
    // The group's messages keep no pair's streak: ana and ben have their own 3 days only.
    assertThat(of(r, "ana", "ben").length()).isEqualTo(3);
    assertThat(r.between("ana", "cy")).isEmpty();
    assertThat(r.of("ana")).extracting(g -> String.join("+", g.participants())).containsExactly("ana+ben", "ana+ben+cy");
  }

  @Test
  void everyMemberOfAGroupMustMessageUnderThePresetAndAnyOneUnderAnyone() {
    List<Interaction> in = new ArrayList<>(group(TRIO, "2024-06-01", 2));
    in.add(Interaction.inGroup("ana", List.of("ben", "cy"), MESSAGE, at("2024-06-03", 8)));
    in.add(Interaction.inGroup("ben", List.of("ana", "cy"), MESSAGE, at("2024-06-03", 9)));
    in.addAll(group(TRIO, "2024-06-04", 1));
    StreakReport everyone = STREAKS.analyze(in, at("2024-06-04", 22));
    assertThat(of(everyone, "ana", "ben", "cy").runs()).extracting(StreakRun::length).containsExactly(2, 1);
    StreakReport anyone = Streaks.of(DM.withEveryoneMustAct(false), TestRules.PROVENANCE).analyze(in, at("2024-06-04", 22));
    assertThat(of(anyone, "ana", "ben", "cy").runs()).extracting(StreakRun::length).containsExactly(4);
  }

  @Test
  void aGroupHasItsOwnRestoresQuotaAndPet() {
    List<Interaction> in = new ArrayList<>(group(TRIO, "2024-06-01", 4));   // 1..4, 5 missed
    in.addAll(group(TRIO, "2024-06-06", 6));                                  // 6..11
    in.addAll(pair("ana", "ben", "2024-06-01", 4));
    in.addAll(pair("ana", "ben", "2024-06-06", 6));
    StreakReport r = STREAKS.analyze(in, at("2024-06-11", 22)).restore(TRIO, at("2024-06-06", 1));
    GroupStreak g = of(r, "ana", "ben", "cy");
    assertThat(g.runs()).extracting(StreakRun::length).containsExactly(10);
    assertThat(g.restoresUsed()).isEqualTo(1);
    // 3 members x 1 message x 10 counted days; the bridged 5 June earns nothing.
    assertThat(g.petPoints()).isEqualTo(30);
    assertThat(g.petStage()).isEqualTo(2);
    // The pair's streak was not restored: its quota and pet are its own.
    assertThat(of(r, "ana", "ben").runs()).extracting(StreakRun::length).containsExactly(4, 6);
    assertThat(of(r, "ana", "ben").petPoints()).isEqualTo(12);
    assertThat(of(r.restore(List.of("ben", "ana"), at("2024-06-06", 2)), "ana", "ben").length()).isEqualTo(10);
  }

  // --- Streak Pets ---------------------------------------------------------------------------

  @Test
  void petPointsAreTextOnePhotoOrVideoFourSharedPostTwoAndNothingForCommentsAndLikes() {
    List<Interaction> in = new ArrayList<>(pair("ana", "ben", "2024-06-01", 3));   // 2 points a day
    String d = "2024-06-03";
    in.add(Interaction.of("ana", "ben", PHOTO_OR_VIDEO, at(d, 10)));
    in.add(Interaction.of("ben", "ana", SHARED_VIDEO, at(d, 11)));
    in.add(Interaction.of("ben", "ana", SHARED_VIDEO, at(d, 12)));
    in.add(Interaction.of("ana", "ben", LIKE, at(d, 13)));
    in.add(Interaction.of("ana", "ben", COMMENT, at(d, 14)));
    in.add(Interaction.of("ana", "ben", PHOTO_OR_VIDEO, at(d, 10)));   // a duplicate counts once
    GroupStreak s = of(STREAKS.analyze(in, at(d, 22)), "ana", "ben");
    assertThat(s.length()).isEqualTo(3);
    assertThat(s.petPoints()).isEqualTo(2 + 2 + 2 + 4 + 2 + 2);
    assertThat(s.petStage()).isEqualTo(1);
    assertThat(s).hasToString("ana+ben: 3 days ACTIVE (longest 3, ends 2024-06-05T00:00:00Z, pet stage 1, 14 points)");
  }

  @Test
  void aPhotoOrVideoKeepsAStreakAsAMessageDoes() {
    List<Interaction> in = List.of(Interaction.of("ana", "ben", PHOTO_OR_VIDEO, at("2024-06-01", 9)),
        Interaction.of("ben", "ana", MESSAGE, at("2024-06-01", 10)));
    assertThat(of(STREAKS.analyze(in, at("2024-06-01", 22)), "ana", "ben").length()).isEqualTo(1);
    assertThat(DM.countedKinds()).contains(PHOTO_OR_VIDEO);
    assertThat(InteractionKind.parse("Photo or Video")).isEqualTo(PHOTO_OR_VIDEO);
    assertThat(PHOTO_OR_VIDEO.code()).isEqualTo("photo_or_video");
  }

  @Test
  void petStagesAreReachedAtThreeTenThirtyAndOneHundredDays() {
    int[][] lengthAndStage = {{1, 0}, {2, 0}, {3, 1}, {9, 1}, {10, 2}, {29, 2}, {30, 3}, {99, 3}, {100, 4}, {120, 4}};
    for (int[] expected : lengthAndStage) {
      int days = expected[0];
      GroupStreak s = of(STREAKS.analyze(pair("ana", "ben", "2024-06-01", days), at(day("2024-06-01", days - 1), 22)),
          "ana", "ben");
      assertThat(s.length()).isEqualTo(days);
      assertThat(s.petStage()).as("stage after %s days", days).isEqualTo(expected[1]);
      assertThat(s.petPoints()).isEqualTo(2L * days);
    }
  }

  @Test
  void aPetLivesWithTheCurrentStreakOnly() {
    List<Interaction> in = new ArrayList<>(pair("ana", "ben", "2024-06-01", 12));   // 1..12
    in.addAll(pair("ana", "ben", "2024-06-15", 4));                                  // 15..18
    GroupStreak s = of(STREAKS.analyze(in, at("2024-06-18", 22)), "ana", "ben");
    assertThat(s.longest()).isEqualTo(12);
    assertThat(s.length()).isEqualTo(4);
    assertThat(s.petPoints()).isEqualTo(8);   // the 12-day run's pet is gone
    assertThat(s.petStage()).isEqualTo(1);
    GroupStreak restorable = of(STREAKS.analyze(in.subList(0, 24), at("2024-06-14", 12)), "ana", "ben");
    assertThat(restorable.status()).isEqualTo(StreakStatus.RESTORABLE);
    assertThat(restorable.petPoints()).isEqualTo(24);
    assertThat(restorable.petStage()).isEqualTo(2);
    GroupStreak ended = of(STREAKS.analyze(in.subList(0, 24), at("2024-06-16", 12)), "ana", "ben");
    assertThat(ended.status()).isEqualTo(StreakStatus.ENDED);
    assertThat(ended.petPoints()).isZero();
    assertThat(ended.petStage()).isZero();
    assertThat(ended).hasToString("ana+ben: 0 days ENDED (longest 12, ended 2024-06-14T00:00:00Z)");
  }

  @Test
  void pointsOnADayThatDidNotCountEarnNothing() {
    List<Interaction> in = new ArrayList<>(pair("ana", "ben", "2024-06-01", 3));
    in.add(Interaction.of("ana", "ben", PHOTO_OR_VIDEO, at("2024-06-04", 9)));   // ben is silent: no day
    GroupStreak s = of(STREAKS.analyze(in, at("2024-06-04", 22)), "ana", "ben");
    assertThat(s.status()).isEqualTo(StreakStatus.AT_RISK);
    assertThat(s.petPoints()).isEqualTo(6);
  }

  @Test
  void beforeStreakPetsAndWithAPolicyWithoutPetsThereAreNone() {
    StreakPolicy before = StreakPresets.asOf(LocalDate.of(2024, 10, 31));
    assertThat(before.petStages()).isEmpty();
    assertThat(before.petPoints()).isEmpty();
    StreakReport r = Streaks.of(before, TestRules.PROVENANCE).analyze(pair("ana", "ben", "2024-06-01", 5), at("2024-06-05", 22));
    assertThat(of(r, "ana", "ben").petPoints()).isZero();
    assertThat(of(r, "ana", "ben").petStage()).isZero();
    assertThat(r.toString()).contains("  participants  current  status  longest  ends at\n").doesNotContain("pet");
    assertThat(StreakPresets.asOf(StreakPresets.STREAK_PETS_SINCE).petStages()).containsExactly(3, 10, 30, 100);
  }

  // --- restores per month (an assumption) ----------------------------------------------------

  @Test
  void theMonthlyRestoreQuotaIsOnePerThirtyDaysAndSaysItIsAnAssumption() {
    assertThat(DM.restoresPerPeriod()).isEqualTo(1);
    assertThat(DM.restorePeriod()).hasDays(30);
    StreakReport r = STREAKS.analyze(pair("ana", "ben", "2024-06-01", 3), at("2024-06-05", 12));
    assertThat(r.notes()).anyMatch(n -> n.startsWith("restores are limited per month but TikTok publishes no number:")
        && n.endsWith("Monetik assumes 1 per pair or group per rolling 30 days"));
    assertThat(r.toString()).contains("\nnote: restores are limited per month");
  }

  // --- ages ----------------------------------------------------------------------------------

  @Test
  void daysBeforeEveryoneIsSixteenKeepNoStreakAndAreReported() {
    // ben turns 16 on 2024-06-03: 1 and 2 June would have counted.
    Streaks known = STREAKS.withBirthDates(Map.of("ana", LocalDate.of(2000, 1, 1), "ben", LocalDate.of(2008, 6, 3)));
    StreakReport r = known.analyze(pair("ana", "ben", "2024-06-01", 6), at("2024-06-06", 22));
    GroupStreak s = of(r, "ana", "ben");
    assertThat(s.countsFrom()).contains(LocalDate.of(2024, 6, 3));
    assertThat(s.underAgeDays()).isEqualTo(2);
    assertThat(s.runs()).extracting(StreakRun::firstDay).containsExactly(LocalDate.of(2024, 6, 3));
    assertThat(s.length()).isEqualTo(4);
    assertThat(s.petPoints()).isEqualTo(8);
    assertThat(r.ageLimited()).containsExactly(s);
    assertThat(r.notes()).last().isEqualTo("1 pairs/groups had a participant under 16 (ana+ben): 2 days they would have"
        + " kept do not count (countsFrom, underAgeDays)");
    assertThat(r.rows().get(0)).containsEntry("counts_from", "2024-06-03").containsEntry("under_age_days", 2L);
    assertThat(s).hasToString("ana+ben: 4 days ACTIVE (longest 4, ends 2024-06-08T00:00:00Z, pet stage 1, 8 points,"
        + " counts from 2024-06-03 (2 under-age days))");
    // The same pair, ages unknown: six days, and a note that nobody was checked.
    StreakReport unknown = STREAKS.analyze(pair("ana", "ben", "2024-06-01", 6), at("2024-06-06", 22));
    assertThat(of(unknown, "ana", "ben").length()).isEqualTo(6);
    assertThat(of(unknown, "ana", "ben").countsFrom()).isEmpty();
    assertThat(unknown.notes()).last()
        .isEqualTo("no birth dates were given: every participant is taken to be at least 16, the policy's minimum age");
  }

  @Test
  void someoneUnderSixteenNowKeepsNoStreakAtAllButThePairIsListed() {
    Streaks known = STREAKS.withBirthDates(Map.of("ben", LocalDate.of(2010, 2, 1)));
    StreakReport r = known.analyze(pair("ana", "ben", "2024-06-01", 5), at("2024-06-05", 22));
    GroupStreak s = of(r, "ana", "ben");
    assertThat(s.runs()).isEmpty();
    assertThat(s.status()).isEqualTo(StreakStatus.ENDED);
    assertThat(s.underAgeDays()).isEqualTo(5);
    assertThat(s.countsFrom()).contains(LocalDate.of(2026, 2, 1));
    assertThat(r.groups()).hasSize(1);
    assertThat(r.dailyActivity().interactions()).isEqualTo(10);   // what happened is still activity
    assertThat(r.dailyActivity().streakDays()).isZero();
    assertThat(r.notes()).contains("1 of 2 participants have no birth date: taken to be at least 16");
    assertThatThrownBy(() -> r.restore(List.of("ana", "ben"), at("2024-06-05", 21)))
        .isInstanceOfSatisfying(RestoreRefusedException.class,
            e -> assertThat(e.reason()).isEqualTo(RestoreRefusedException.Refusal.NOTHING_TO_RESTORE));
  }

  @Test
  void aMinorInAGroupLimitsTheGroupNotThePairsWithoutThem() {
    List<Interaction> in = new ArrayList<>(group(TRIO, "2024-06-01", 4));
    in.addAll(pair("ana", "ben", "2024-06-01", 4));
    StreakReport r = STREAKS.withBirthDates(Map.of("cy", LocalDate.of(2008, 6, 4))).analyze(in, at("2024-06-04", 22));
    assertThat(of(r, "ana", "ben", "cy").length()).isEqualTo(1);
    assertThat(of(r, "ana", "ben", "cy").underAgeDays()).isEqualTo(3);
    assertThat(of(r, "ana", "ben").length()).isEqualTo(4);
    assertThat(of(r, "ana", "ben").countsFrom()).isEmpty();
    assertThat(r.ageLimited()).extracting(GroupStreak::participants).containsExactly(TRIO);
  }

  @Test
  void aBirthdayBeforeThePairsFirstDayLimitsNothingAndNoMinimumAgeIgnoresBirthDates() {
    Map<String, LocalDate> born = Map.of("ana", LocalDate.of(2008, 6, 1), "ben", LocalDate.of(2009, 1, 1));
    StreakReport r = STREAKS.withBirthDates(Map.of("ana", LocalDate.of(2008, 6, 1))).analyze(pair("ana", "ben", "2024-06-01", 3),
        at("2024-06-03", 22));
    assertThat(of(r, "ana", "ben").countsFrom()).isEmpty();
    assertThat(of(r, "ana", "ben").length()).isEqualTo(3);
    assertThat(r.notes()).last().isEqualTo("1 of 2 participants have no birth date: taken to be at least 16");
    Streaks noAge = Streaks.of(DM.withMinimumAge(0), TestRules.PROVENANCE).withBirthDates(born);
    StreakReport free = noAge.analyze(pair("ana", "ben", "2024-06-01", 3), at("2024-06-03", 22));
    assertThat(of(free, "ana", "ben").length()).isEqualTo(3);
    assertThat(of(free, "ana", "ben").countsFrom()).isEmpty();
    assertThat(free.notes()).noneMatch(n -> n.contains("birth date") || n.contains("under 16"));
    assertThat(noAge.birthDates()).containsOnlyKeys("ana", "ben");
    assertThat(noAge).hasToString("Streaks[Z, CALENDAR_DAY, 2 birth dates]").isNotEqualTo(Streaks.of(DM.withMinimumAge(0),
        TestRules.PROVENANCE));
  }

  @Test
  void withRollingDaysAPeriodCountsFromTheFirstOneStartingOnTheBirthday() {
    StreakPolicy rolling = DM.withDayBoundary(DayBoundary.ROLLING_24_HOURS);
    List<Interaction> in = new ArrayList<>();
    for (int i = 0; i < 4; i++) {   // periods start at 09:00 UTC each day
      in.add(Interaction.of("ana", "ben", MESSAGE, at(day("2024-06-01", i), 9)));
      in.add(Interaction.of("ben", "ana", MESSAGE, at(day("2024-06-01", i), 10)));
    }
    StreakReport r = Streaks.of(rolling, TestRules.PROVENANCE).withBirthDates(Map.of("ben", LocalDate.of(2008, 6, 3)))
        .analyze(in, at("2024-06-04", 22));
    GroupStreak s = of(r, "ana", "ben");
    // The period of 2 June 09:00 still holds the midnight of 3 June: it does not count.
    assertThat(s.underAgeDays()).isEqualTo(2);
    assertThat(s.runs()).extracting(StreakRun::firstDay).containsExactly(LocalDate.of(2024, 6, 3));
    assertThat(s.length()).isEqualTo(2);
  }

  // --- notes, provenance, locale -------------------------------------------------------------

  @Test
  void notesAreTheProvenancesThenThePolicysAssumptionsThenTheAges() {
    Monetik future = Monetik.asOf(LocalDate.of(2026, 12, 1));
    StreakReport r = future.streaks().analyze(pair("ana", "ben", "2024-06-01", 3), at("2024-06-03", 22));
    assertThat(r.provenance()).isEqualTo(future.rules().provenance());
    assertThat(r.notes().get(0)).startsWith("rules for 2026-12-01 are past the sources, which end on 2025-12-16");
    assertThat(r.notes().subList(1, 1 + DM.assumptions().size())).isEqualTo(DM.assumptions());
    assertThat(r.notes()).hasSize(DM.assumptions().size() + 2);
    assertThat(r.toString()).endsWith("note: no birth dates were given: every participant is taken to be at least 16, the"
        + " policy's minimum age\n").contains("\nnote: rules for 2026-12-01 are past the sources");
    // Provenance is part of a report's identity.
    StreakReport latest = Monetik.defaults().streaks().analyze(pair("ana", "ben", "2024-06-01", 3), at("2024-06-03", 22));
    assertThat(latest).isNotEqualTo(r);
    assertThat(latest.groups()).isEqualTo(r.groups());
  }

  @Test
  void aGermanJshellPrintsWhatAnEnglishOneDoes() {
    List<Interaction> in = new ArrayList<>();
    for (int p = 0; p < 600; p++) {
      in.addAll(pair("a" + p, "b" + p, "2024-06-01", 3));
    }
    StreakReport r = STREAKS.in(ZoneId.of("Europe/Berlin")).analyze(in, at("2024-06-03", 21));
    Locale before = Locale.getDefault();
    String english;
    String german;
    try {
      Locale.setDefault(Locale.US);
      english = r + "|" + r.dailyActivity() + "|" + r.rows() + "|" + DM;
      Locale.setDefault(Locale.GERMANY);
      german = r + "|" + r.dailyActivity() + "|" + r.rows() + "|" + DM;
    } finally {
      Locale.setDefault(before);
    }
    assertThat(german).isEqualTo(english).contains("600 pairs/groups").contains("... and 580 more")
        .contains("3,600 interactions on 3 active days, 3 streak days");
  }

  @Test
  void theAgeNoteNamesAtMostFivePairsAndCountsTheUnknown() {
    List<Interaction> in = new ArrayList<>();
    Map<String, LocalDate> born = new java.util.TreeMap<>();
    for (int p = 0; p < 6; p++) {
      in.addAll(pair("a" + p, "b" + p, "2024-06-01", 2));
      born.put("a" + p, LocalDate.of(2008, 6, 2));
      born.put("b" + p, LocalDate.of(1999, 1, 1));
    }
    in.addAll(pair("a0", "zed", "2024-06-01", 2));
    StreakReport six = STREAKS.withBirthDates(born).analyze(in, at("2024-06-02", 22));
    assertThat(six.notes()).contains("1 of 13 participants have no birth date: taken to be at least 16");
    assertThat(six.notes()).last().isEqualTo("7 pairs/groups had a participant under 16 (a0+b0, a0+zed, a1+b1, a2+b2,"
        + " a3+b3, ...): 7 days they would have kept do not count (countsFrom, underAgeDays)");
    born.put("zed", LocalDate.of(1999, 1, 1));
    StreakReport five = STREAKS.withBirthDates(born).analyze(in.subList(0, 20), at("2024-06-02", 22));
    assertThat(five.notes()).noneMatch(n -> n.contains("no birth date"));
    assertThat(five.notes()).last().isEqualTo("5 pairs/groups had a participant under 16 (a0+b0, a1+b1, a2+b2, a3+b3,"
        + " a4+b4): 5 days they would have kept do not count (countsFrom, underAgeDays)");
  }
}
