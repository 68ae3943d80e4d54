package io.github.monetik.streaks;

import static io.github.monetik.streaks.InteractionKind.LIKE;
import static io.github.monetik.streaks.InteractionKind.MESSAGE;
import static io.github.monetik.streaks.InteractionKind.SHARED_VIDEO;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.monetik.Monetik;
import io.github.monetik.rules.StreakPresets;
import io.github.monetik.streaks.RestoreRefusedException.Refusal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StreakReportTest {
  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  private static final StreakPolicy DM = StreakPresets.directMessages();

  private static Instant local(String dateTime) {
    return LocalDateTime.parse(dateTime).atZone(BERLIN).toInstant();
  }

  private static Interaction msg(String from, String to, String localDateTime) {
    return Interaction.of(from, to, MESSAGE, local(localDateTime));
  }

  /** Both alice and bob message on each of {@code days} days from {@code first}. */
  private static List<Interaction> both(String first, int days) {
    List<Interaction> out = new ArrayList<>();
    for (int i = 0; i < days; i++) {
      String day = LocalDate.parse(first).plusDays(i).toString();
      out.add(msg("alice", "bob", day + "T09:00"));
      out.add(msg("bob", "alice", day + "T21:30"));
    }
    return out;
  }

  private static StreakReport analyze(List<Interaction> interactions, String localNow) {
    return Streaks.of(DM, io.github.monetik.testing.TestRules.PROVENANCE).in(BERLIN).analyze(interactions, local(localNow));
  }

  private static GroupStreak pair(StreakReport report) {
    return report.between("alice", "bob").orElseThrow();
  }

  @Test
  void threeDaysBothWaysIsAnActiveShownStreakThatEndsAtTheEndOfTomorrow() {
    GroupStreak s = pair(analyze(both("2024-06-01", 3), "2024-06-03T22:00"));
    assertThat(s.participants()).containsExactly("alice", "bob");
    assertThat(s.status()).isEqualTo(StreakStatus.ACTIVE);
    assertThat(s.length()).isEqualTo(3);
    assertThat(s.isShown()).isTrue();
    assertThat(s.longest()).isEqualTo(3);
    assertThat(s.endsAt()).contains(local("2024-06-05T00:00"));
    assertThat(s.latestRun().orElseThrow().firstDay()).isEqualTo(LocalDate.of(2024, 6, 1));
    assertThat(s.latestRun().orElseThrow().start()).isEqualTo(local("2024-06-01T00:00"));
    assertThat(s.milestonesReached()).containsExactly(3);
    assertThat(s.restorableUntil()).isEmpty();
    assertThat(s).hasToString("alice+bob: 3 days ACTIVE (longest 3, ends 2024-06-04T22:00:00Z, pet stage 1, 6 points)");
  }

  @Test
  void twoDaysDoNotShowYet() {
    GroupStreak s = pair(analyze(both("2024-06-01", 2), "2024-06-02T22:00"));
    assertThat(s.status()).isEqualTo(StreakStatus.ACTIVE);
    assertThat(s.length()).isEqualTo(2);
    assertThat(s.isShown()).isFalse();
    assertThat(s.milestonesReached()).isEmpty();
  }

  @Test
  void theStatusMovesFromActiveToAtRiskToRestorableToEndedWithTheClock() {
    List<Interaction> five = both("2024-06-01", 5);
    assertThat(pair(analyze(five, "2024-06-05T23:59:59")).status()).isEqualTo(StreakStatus.ACTIVE);
    GroupStreak atRisk = pair(analyze(five, "2024-06-06T00:00"));
    assertThat(atRisk.status()).isEqualTo(StreakStatus.AT_RISK);
    assertThat(atRisk.length()).isEqualTo(5);
    assertThat(atRisk.endsAt()).contains(local("2024-06-07T00:00"));
    GroupStreak restorable = pair(analyze(five, "2024-06-07T00:00"));
    assertThat(restorable.status()).isEqualTo(StreakStatus.RESTORABLE);
    assertThat(restorable.length()).isEqualTo(5);
    assertThat(restorable.restorableUntil()).contains(local("2024-06-09T00:00"));
    assertThat(restorable.toString()).contains("ended 2024-06-06T22:00:00Z");
    assertThat(pair(analyze(five, "2024-06-08T23:59:59")).status()).isEqualTo(StreakStatus.RESTORABLE);
    GroupStreak ended = pair(analyze(five, "2024-06-09T00:00"));
    assertThat(ended.status()).isEqualTo(StreakStatus.ENDED);
    assertThat(ended.length()).isZero();
    assertThat(ended.longest()).isEqualTo(5);
    assertThat(ended.isShown()).isFalse();
  }

  @Test
  void aDayOnWhichOnlyOneMessagedBreaksTheRunWhenBothMustAct() {
    List<Interaction> in = new ArrayList<>(both("2024-06-01", 3));
    in.add(msg("alice", "bob", "2024-06-04T10:00"));
    in.addAll(both("2024-06-05", 2));
    GroupStreak s = pair(analyze(in, "2024-06-06T23:00"));
    assertThat(s.runs()).extracting(StreakRun::length).containsExactly(3, 2);
    assertThat(s.length()).isEqualTo(2);
    assertThat(s.longest()).isEqualTo(3);
    assertThat(s.runs().get(0).isUnlocked()).isTrue();
    assertThat(s.runs().get(1).isUnlocked()).isFalse();

    GroupStreak anyone = Streaks.of(DM.withEveryoneMustAct(false), io.github.monetik.testing.TestRules.PROVENANCE).in(BERLIN).analyze(in, local("2024-06-06T23:00"))
        .between("bob", "alice").orElseThrow();
    assertThat(anyone.runs()).extracting(StreakRun::length).containsExactly(6);
  }

  @Test
  void kindsThePolicyDoesNotCountKeepNoStreakButCountAsActivity() {
    List<Interaction> in = new ArrayList<>(both("2024-06-01", 2));
    in.add(msg("alice", "bob", "2024-06-03T10:00"));
    in.add(Interaction.of("bob", "alice", LIKE, local("2024-06-03T11:00")));
    in.add(Interaction.of("bob", "alice", SHARED_VIDEO, local("2024-06-04T11:00")));
    in.add(Interaction.of("alice", "bob", SHARED_VIDEO, local("2024-06-04T12:00")));
    StreakReport r = analyze(in, "2024-06-04T20:00");
    assertThat(pair(r).runs()).extracting(StreakRun::length).containsExactly(2, 1);
    DailyActivity e = r.dailyActivity();
    assertThat(e.interactions()).isEqualTo(8);
    assertThat(e.activeDays()).isEqualTo(4);
    assertThat(e.interactionsPerDay()).containsEntry(LocalDate.of(2024, 6, 3), 2L);
    assertThat(e.streakDays()).isZero();
    assertThat(r.dailyActivity("bob").interactions()).isEqualTo(4);
    assertThat(r.dailyActivity("carol").interactions()).isZero();
    assertThat(e).hasToString("8 interactions on 4 active days, 0 streak days");
  }

  @Test
  void dailyActivityCountsStreakDaysOfUnlockedRunsPerPerson() {
    List<Interaction> in = new ArrayList<>(both("2024-06-01", 4));
    in.add(msg("alice", "carol", "2024-06-02T10:00"));
    in.add(msg("carol", "alice", "2024-06-02T11:00"));
    StreakReport r = analyze(in, "2024-06-04T23:00");
    assertThat(r.dailyActivity("alice").streakDays()).isEqualTo(4);
    assertThat(r.dailyActivity("alice").interactions()).isEqualTo(5);
    assertThat(r.dailyActivity("alice").activeDays()).isEqualTo(4);
    assertThat(r.dailyActivity("carol").streakDays()).isZero();
    assertThat(r.dailyActivity("carol").streakDates()).isEmpty();
    assertThat(r.dailyActivity().streakDates()).first().isEqualTo(LocalDate.of(2024, 6, 1));
    assertThat(r.of("alice")).hasSize(2);
    assertThat(r.of("carol")).extracting(GroupStreak::participants).containsExactly(List.of("alice", "carol"));
    assertThat(r.of("dave")).isEmpty();
  }

  @Test
  void oneSecondBeforeAndAtLocalMidnightAreDifferentDays() {
    List<Interaction> in = List.of(msg("alice", "bob", "2024-06-01T23:59:59"), msg("bob", "alice", "2024-06-02T00:00"));
    StreakReport r = analyze(in, "2024-06-02T12:00");
    assertThat(pair(r).runs()).isEmpty();
    assertThat(r.dailyActivity().activeDays()).isEqualTo(2);
    StreakReport sameDay = analyze(List.of(msg("alice", "bob", "2024-06-01T00:00"), msg("bob", "alice", "2024-06-01T23:59:59")),
        "2024-06-02T12:00");
    assertThat(pair(sameDay).runs()).extracting(StreakRun::length).containsExactly(1);
  }

  @Test
  void daylightSavingDaysAreCalendarDaysOf23And25Hours() {
    // Europe/Berlin: 2024-03-31 has 23 hours, 2024-10-27 has 25.
    List<Interaction> spring = both("2024-03-30", 3);
    GroupStreak s = pair(analyze(spring, "2024-04-01T23:00"));
    assertThat(s.length()).isEqualTo(3);
    assertThat(s.endsAt()).contains(local("2024-04-03T00:00"));
    assertThat(Duration.between(local("2024-03-31T00:00"), local("2024-04-01T00:00"))).isEqualTo(Duration.ofHours(23));
    List<Interaction> autumn = new ArrayList<>(both("2024-10-25", 2));
    autumn.add(Interaction.of("alice", "bob", MESSAGE, Instant.parse("2024-10-27T22:59:59Z"))); // 23:59:59 CET
    autumn.add(Interaction.of("bob", "alice", MESSAGE, Instant.parse("2024-10-26T22:00:00Z"))); // 00:00 CEST on the 27th
    GroupStreak a = pair(analyze(autumn, "2024-10-28T12:00"));
    assertThat(a.runs()).extracting(StreakRun::length).containsExactly(3);
    assertThat(a.status()).isEqualTo(StreakStatus.AT_RISK);
    assertThat(a.endsAt()).contains(Instant.parse("2024-10-28T23:00:00Z"));
  }

  @Test
  void rollingDaysAreTwentyFourHourPeriodsFromTheFirstCountingInteraction() {
    StreakPolicy rolling = DM.withDayBoundary(DayBoundary.ROLLING_24_HOURS);
    Instant t0 = Instant.parse("2024-06-01T20:00:00Z");
    List<Interaction> in = List.of(
        Interaction.of("bob", "alice", LIKE, t0.minusSeconds(3600)),
        Interaction.of("alice", "bob", MESSAGE, t0),
        Interaction.of("bob", "alice", MESSAGE, t0.plusSeconds(3600)),
        // next period starts 2024-06-02T20:00Z: both before 2024-06-03T20:00Z
        Interaction.of("alice", "bob", MESSAGE, t0.plus(Duration.ofHours(25))),
        Interaction.of("bob", "alice", MESSAGE, t0.plus(Duration.ofHours(47))));
    GroupStreak s = Streaks.of(rolling, io.github.monetik.testing.TestRules.PROVENANCE).in(BERLIN).analyze(in, t0.plus(Duration.ofHours(48)))
        .between("alice", "bob").orElseThrow();
    assertThat(s.runs()).extracting(StreakRun::length).containsExactly(2);
    assertThat(s.latestRun().orElseThrow().start()).isEqualTo(t0);
    assertThat(s.status()).isEqualTo(StreakStatus.AT_RISK);
    assertThat(s.endsAt()).contains(t0.plus(Duration.ofHours(72)));
    // The same interactions in calendar days (UTC): 1 June, 2 June (only alice), 3 June? no: 21:00Z+... 
    GroupStreak calendar = Streaks.of(DM, io.github.monetik.testing.TestRules.PROVENANCE).analyze(in, t0.plus(Duration.ofHours(48))).between("alice", "bob").orElseThrow();
    assertThat(calendar.runs()).extracting(StreakRun::length).containsExactly(1);
  }

  @Test
  void withRollingDaysAnEarlierInteractionMovesEveryBoundary() {
    StreakPolicy rolling = DM.withDayBoundary(DayBoundary.ROLLING_24_HOURS).withEveryoneMustAct(false);
    Instant t0 = Instant.parse("2024-06-01T10:00:00Z");
    List<Interaction> in = new ArrayList<>(List.of(Interaction.of("alice", "bob", MESSAGE, t0),
        Interaction.of("alice", "bob", MESSAGE, t0.plus(Duration.ofHours(25)))));
    Instant now = t0.plus(Duration.ofDays(3));
    assertThat(Streaks.of(rolling, io.github.monetik.testing.TestRules.PROVENANCE).analyze(in, now).between("alice", "bob").orElseThrow().longest()).isEqualTo(2);
    in.add(Interaction.of("bob", "alice", MESSAGE, t0.minus(Duration.ofHours(23))));
    assertThat(Streaks.of(rolling, io.github.monetik.testing.TestRules.PROVENANCE).analyze(in, now).between("alice", "bob").orElseThrow().runs())
        .extracting(StreakRun::length).containsExactly(1, 1);
  }

  @Test
  void aGroupNeedsEveryMemberOrAnyMember() {
    List<Interaction> in = new ArrayList<>();
    for (int d = 1; d <= 3; d++) {
      Instant at = local("2024-06-0" + d + "T12:00");
      in.add(Interaction.inGroup("alice", List.of("bob", "carol"), MESSAGE, at));
      in.add(Interaction.inGroup("bob", List.of("alice", "carol"), MESSAGE, at));
      if (d != 2) {
        in.add(Interaction.inGroup("carol", List.of("alice", "bob"), MESSAGE, at));
      }
    }
    StreakReport all = analyze(in, "2024-06-03T20:00");
    assertThat(all.between("carol", "alice", "bob").orElseThrow().runs()).extracting(StreakRun::length).containsExactly(1, 1);
    assertThat(all.between("alice", "bob")).isEmpty();
    StreakReport any = Streaks.of(DM.withEveryoneMustAct(false), io.github.monetik.testing.TestRules.PROVENANCE).in(BERLIN).analyze(in, local("2024-06-03T20:00"));
    assertThat(any.between("bob", "carol", "alice").orElseThrow().length()).isEqualTo(3);
  }

  @Test
  void aRestoreBringsTheCountBackAndTheRunContinues() {
    List<Interaction> in = new ArrayList<>(both("2024-06-01", 5));
    in.addAll(both("2024-06-08", 2));
    StreakReport before = analyze(in, "2024-06-09T22:00");
    assertThat(pair(before).runs()).extracting(StreakRun::length).containsExactly(5, 2);
    StreakReport after = before.restore(List.of("bob", "alice"), local("2024-06-07T10:00"));
    GroupStreak s = pair(after);
    assertThat(s.runs()).extracting(StreakRun::length).containsExactly(7);
    assertThat(s.runs().get(0).restoresUsed()).isEqualTo(1);
    assertThat(s.runs().get(0).toString()).isEqualTo("7 days 2024-06-01..2024-06-09 (1 restore)");
    assertThat(s.restoresUsed()).isEqualTo(1);
    assertThat(s.status()).isEqualTo(StreakStatus.ACTIVE);
    assertThat(s.length()).isEqualTo(7);
    assertThat(s.milestonesReached()).containsExactly(3, 7);
    assertThat(pair(before).restoresUsed()).isZero();
    assertThat(after).isNotEqualTo(before);
  }

  @Test
  void aRestoreOnItsOwnKeepsTheRestoreDayAlive() {
    StreakReport r = analyze(both("2024-06-01", 4), "2024-06-06T23:00")
        .restore(List.of("alice", "bob"), local("2024-06-06T08:00"));
    GroupStreak s = pair(r);
    assertThat(s.status()).isEqualTo(StreakStatus.ACTIVE);
    assertThat(s.length()).isEqualTo(4);
    assertThat(s.latestRun().orElseThrow().lastDay()).isEqualTo(LocalDate.of(2024, 6, 6));
    assertThat(s.endsAt()).contains(local("2024-06-08T00:00"));
  }

  @Test
  void restoresOutsideTheRulesAreRefusedWithTheirReason() {
    StreakReport r = analyze(both("2024-06-01", 5), "2024-06-20T12:00");
    assertRefused(() -> r.restore(List.of("alice", "bob"), local("2024-06-06T23:00")), Refusal.NOT_ENDED,
        "restore of alice+bob at 2024-06-06T21:00:00Z refused: the streak has not ended (it ends at 2024-06-06T22:00:00Z)");
    assertRefused(() -> r.restore(List.of("alice", "bob"), local("2024-06-09T00:00")), Refusal.WINDOW_PASSED,
        "restore of alice+bob at 2024-06-08T22:00:00Z refused: the streak ended at 2024-06-06T22:00:00Z and could be"
            + " restored until 2024-06-08T22:00:00Z (window PT48H)");
    assertRefused(() -> r.restore(List.of("alice", "carol"), local("2024-06-08T00:00")), Refusal.NOTHING_TO_RESTORE,
        "restore of alice+carol at 2024-06-07T22:00:00Z refused: they never interacted");
    StreakReport twoDays = analyze(both("2024-06-01", 2), "2024-06-20T12:00");
    assertRefused(() -> twoDays.restore(List.of("alice", "bob"), local("2024-06-04T12:00")), Refusal.NOT_UNLOCKED,
        "restore of alice+bob at 2024-06-04T10:00:00Z refused: the run that ended had 2 day(s), fewer than the 3 needed"
            + " to show");
    StreakReport early = analyze(List.of(Interaction.of("alice", "bob", LIKE, local("2024-06-01T10:00"))), "2024-06-20T12:00");
    assertRefused(() -> early.restore(List.of("alice", "bob"), local("2024-06-04T12:00")), Refusal.NOTHING_TO_RESTORE,
        "restore of alice+bob at 2024-06-04T10:00:00Z refused: there is no streak to restore");

    List<Interaction> twice = new ArrayList<>(both("2024-06-01", 5));
    twice.addAll(both("2024-06-08", 5));
    StreakReport once = analyze(twice, "2024-06-20T12:00").restore(List.of("alice", "bob"), local("2024-06-07T12:00"));
    assertThat(pair(once).longest()).isEqualTo(10);
    assertRefused(() -> once.restore(List.of("alice", "bob"), local("2024-06-14T12:00")), Refusal.QUOTA_USED,
        "restore of alice+bob at 2024-06-14T10:00:00Z refused: 1 restore(s) already used in the PT720H before it, the"
            + " policy allows 1");
    StreakReport none = Streaks.of(DM.withRestoresPerPeriod(0), io.github.monetik.testing.TestRules.PROVENANCE).in(BERLIN).analyze(twice, local("2024-06-20T12:00"));
    assertThatThrownBy(() -> none.restore(List.of("alice", "bob"), local("2024-06-07T12:00")))
        .isInstanceOfSatisfying(RestoreRefusedException.class, e -> assertThat(e.reason()).isEqualTo(Refusal.QUOTA_USED));
    assertThat(pair(analyze(both("2024-06-01", 5), "2024-06-07T12:00")).status()).isEqualTo(StreakStatus.RESTORABLE);
  }

  private static void assertRefused(Runnable call, Refusal reason, String message) {
    assertThatThrownBy(call::run).isInstanceOfSatisfying(RestoreRefusedException.class, e -> {
      assertThat(e.reason()).isEqualTo(reason);
      assertThat(e).hasMessage(message);
    });
  }

  @Test
  void theQuotaFreesUpAfterItsPeriodAndAnExhaustedQuotaMeansEnded() {
    StreakPolicy tight = DM.withRestorePeriod(Duration.ofDays(3));
    List<Interaction> in = new ArrayList<>(both("2024-06-01", 5));
    in.addAll(both("2024-06-08", 5));
    in.addAll(both("2024-06-15", 3));
    StreakReport r = Streaks.of(tight, io.github.monetik.testing.TestRules.PROVENANCE).in(BERLIN).analyze(in, local("2024-06-17T23:00"))
        .restore(List.of("alice", "bob"), local("2024-06-07T12:00"))
        .restore(List.of("alice", "bob"), local("2024-06-14T12:00"));
    assertThat(pair(r).runs()).extracting(StreakRun::length).containsExactly(13);
    assertThat(pair(r).restoresUsed()).isEqualTo(2);

    StreakReport used = Streaks.of(DM, io.github.monetik.testing.TestRules.PROVENANCE).in(BERLIN).analyze(in.subList(0, 10), local("2024-06-08T12:00"))
        .restore(List.of("alice", "bob"), local("2024-06-07T12:00"));
    assertThat(pair(used).status()).isEqualTo(StreakStatus.AT_RISK);
    StreakReport laterEnded = Streaks.of(DM, io.github.monetik.testing.TestRules.PROVENANCE).in(BERLIN).analyze(in.subList(0, 10), local("2024-06-09T12:00"))
        .restore(List.of("alice", "bob"), local("2024-06-07T12:00"));
    assertThat(pair(laterEnded).status()).isEqualTo(StreakStatus.ENDED);
    assertThat(pair(Streaks.of(DM, io.github.monetik.testing.TestRules.PROVENANCE).in(BERLIN).analyze(in.subList(0, 10), local("2024-06-07T12:00"))).status())
        .isEqualTo(StreakStatus.RESTORABLE);
  }

  @Test
  void acrossEveryone() {
    List<Interaction> in = new ArrayList<>(both("2024-06-01", 5));
    in.add(msg("carol", "dave", "2024-06-04T10:00"));
    in.add(msg("dave", "carol", "2024-06-04T10:00"));
    in.add(msg("erin", "frank", "2024-06-01T10:00"));
    in.add(msg("frank", "erin", "2024-06-01T10:00"));
    StreakReport r = analyze(in, "2024-06-05T23:00");
    assertThat(r.groups()).extracting(g -> String.join("+", g.participants())).containsExactly("alice+bob", "carol+dave",
        "erin+frank");
    assertThat(r.longest(2)).extracting(GroupStreak::longest).containsExactly(5, 1);
    assertThat(r.longest(0)).isEmpty();
    assertThat(r.atRisk()).isEqualTo(1);
    assertThat(r.statusCounts()).containsEntry(StreakStatus.ACTIVE, 1L).containsEntry(StreakStatus.AT_RISK, 1L)
        .containsEntry(StreakStatus.ENDED, 1L).containsEntry(StreakStatus.RESTORABLE, 0L);
    assertThat(r.runLengths()).containsExactly(org.assertj.core.api.Assertions.entry(1, 2L),
        org.assertj.core.api.Assertions.entry(5, 1L));
    assertThat(r.toString()).startsWith("Streaks at 2024-06-05T21:00:00Z in Europe/Berlin: 3 pairs/groups, 1 active,"
        + " 1 at risk, 0 restorable, 1 ended\n").contains("alice+bob").contains("ACTIVE");
    assertThat(r.now()).isEqualTo(local("2024-06-05T23:00"));
    assertThat(r.zone()).isEqualTo(BERLIN);
    assertThat(r.streakPolicy()).isEqualTo(DM);
    assertThatThrownBy(() -> r.longest(-1)).isInstanceOf(IllegalArgumentException.class).hasMessage("limit must be >= 0, was -1");
  }

  @Test
  void theFrontDoorUsesTheRulesPolicyAndUtcUntilToldOtherwise() {
    Monetik tiktok = Monetik.defaults();
    assertThat(tiktok.rules().streakPolicy()).isEqualTo(StreakPresets.directMessages());
    assertThat(tiktok.streaks().streakPolicy()).isEqualTo(DM);
    assertThat(tiktok.streaks().zone()).isEqualTo(ZoneId.of("Z"));
    assertThat(tiktok.streaks().in(BERLIN).zone()).isEqualTo(BERLIN);
    assertThat(tiktok.streaks().in(BERLIN)).isEqualTo(Streaks.of(DM, io.github.monetik.testing.TestRules.PROVENANCE).in(BERLIN)).hasSameHashCodeAs(Streaks.of(DM, io.github.monetik.testing.TestRules.PROVENANCE).in(BERLIN))
        .isNotEqualTo(tiktok.streaks()).hasToString("Streaks[Europe/Berlin, CALENDAR_DAY]");
    assertThat(Streaks.of(DM.withDaysToStart(1), io.github.monetik.testing.TestRules.PROVENANCE).streakPolicy().daysToStart()).isEqualTo(1);
    assertThat(tiktok.rules().withStreakPolicy(DM.withDaysToStart(5)).streakPolicy().daysToStart()).isEqualTo(5);
    assertThat(tiktok.rules().withStreakPolicy(DM.withDaysToStart(5))).isNotEqualTo(tiktok.rules().withStreakPolicy(DM))
        .isEqualTo(tiktok.rules().withStreakPolicy(DM.withDaysToStart(5)));
    assertThat(tiktok.rules().withStreakPolicy(DM.withDaysToStart(5)).hashCode()).isNotEqualTo(tiktok.rules().withStreakPolicy(DM).hashCode());
    assertThat(tiktok.rules().withStreakPolicy(DM.withDaysToStart(5)).withDiamondPolicy(tiktok.rules().diamondPolicy()).streakPolicy().daysToStart())
        .isEqualTo(5);
    assertThatThrownBy(() -> tiktok.rules().withStreakPolicy(null)).isInstanceOf(NullPointerException.class).hasMessage("streakPolicy");
    assertThat(tiktok.rules().toString()).contains("streakPolicy: [MESSAGE, SHARED_VIDEO, PHOTO_OR_VIDEO] by everyone per CALENDAR_DAY,"
        + " shows after 3 days, restore within 48 h (1 per 30 days)");
  }

  @Test
  void aPolicyWithoutMilestonesPetsOrAgePrintsOneLine() {
    StreakPolicy plain = StreakPolicy.builder().addCountedKinds(LIKE).everyoneMustAct(false)
        .dayBoundary(DayBoundary.ROLLING_24_HOURS).daysToStart(1).restoreWindow(Duration.ZERO).restoresPerPeriod(0)
        .restorePeriod(Duration.ofDays(1)).build();
    assertThat(plain).hasToString("[LIKE] by anyone per ROLLING_24_HOURS, shows after 1 days, restore within 0 h (0 per 1 days)");
    assertThat(plain.minimumAge()).isZero();
    assertThat(plain.assumptions()).isEmpty();
    assertThat(DM.withCountedKinds(List.of(LIKE))).isNotEqualTo(DM).satisfies(p -> assertThat(p.countedKinds()).containsExactly(LIKE));
    List<Interaction> likes = List.of(Interaction.of("alice", "bob", LIKE, local("2024-06-01T10:00")));
    assertThat(Streaks.of(plain, io.github.monetik.testing.TestRules.PROVENANCE).analyze(likes, local("2024-06-01T12:00"))
        .between("alice", "bob").orElseThrow().length()).isEqualTo(1);
    assertThat(Streaks.of(plain, io.github.monetik.testing.TestRules.PROVENANCE).analyze(likes, local("2024-06-01T12:00")).notes())
        .isEmpty();
  }

  @Test
  void theTableListsAtMostTwentyAndSaysHowManyMore() {
    List<Interaction> in = new ArrayList<>();
    for (int p = 0; p < 21; p++) {
      in.add(msg("a" + p, "b" + p, "2024-06-01T10:00"));
    }
    String twenty = analyze(in.subList(0, 20), "2024-06-01T12:00").toString();
    assertThat(twenty).doesNotContain("... and");
    assertThat(twenty.lines().filter(l -> l.contains("ACTIVE") || l.contains("ENDED"))).hasSize(20);
    assertThat(analyze(in, "2024-06-01T12:00").toString()).contains("\n  ... and 1 more\n");
  }
}
