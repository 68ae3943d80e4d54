package io.github.monetik.streaks;

import static io.github.monetik.streaks.InteractionKind.MESSAGE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.monetik.rules.StreakPresets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class StreakBadInputTest {
  private static final Instant AT = Instant.parse("2024-06-01T12:00:00Z");
  private static final StreakPolicy DM = StreakPresets.directMessages();

  @Test
  void interactionsNameTheBadFieldAndValue() {
    assertThatThrownBy(() -> Interaction.of(null, "bob", MESSAGE, AT)).isInstanceOf(NullPointerException.class).hasMessage("from");
    assertThatThrownBy(() -> Interaction.of("alice", null, MESSAGE, AT)).isInstanceOf(NullPointerException.class).hasMessage("to");
    assertThatThrownBy(() -> Interaction.of("alice", "bob", null, AT)).isInstanceOf(NullPointerException.class).hasMessage("kind");
    assertThatThrownBy(() -> Interaction.of("alice", "bob", MESSAGE, null)).isInstanceOf(NullPointerException.class).hasMessage("at");
    assertThatThrownBy(() -> Interaction.inGroup("alice", Arrays.asList("bob", null), MESSAGE, AT))
        .isInstanceOf(NullPointerException.class).hasMessage("to[1]");
    assertThatThrownBy(() -> Interaction.of(" ", "bob", MESSAGE, AT)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("from must be a non-blank id, was ' '");
    assertThatThrownBy(() -> Interaction.of("alice", "", MESSAGE, AT)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("to must be a non-blank id, was ''");
    assertThatThrownBy(() -> Interaction.of("alice", "alice", MESSAGE, AT)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("to must not contain the sender 'alice' (an interaction with oneself), was [alice]");
    assertThatThrownBy(() -> Interaction.inGroup("alice", List.of(), MESSAGE, AT)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("to must name at least one other participant (a group of one is no group), was []");
    List<String> crowd = IntStream.range(0, 64).mapToObj(i -> "p" + i).collect(Collectors.toList());
    assertThatThrownBy(() -> Interaction.inGroup("alice", crowd, MESSAGE, AT)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("to must name at most 63 others (a group has at most 64 participants), was 64");
    assertThat(Interaction.inGroup("alice", crowd.subList(0, 63), MESSAGE, AT).participants()).hasSize(64);
    assertThatThrownBy(() -> Interaction.of("alice", "bob", MESSAGE, Instant.parse("1999-12-31T23:59:59Z")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("at must be in [2000-01-01T00:00:00Z, 2100-01-01T00:00:00Z), was 1999-12-31T23:59:59Z");
    assertThatThrownBy(() -> Interaction.of("alice", "bob", MESSAGE, Interaction.LATEST)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at must be in").hasMessageEndingWith("was 2100-01-01T00:00:00Z");
    assertThat(Interaction.of("alice", "bob", MESSAGE, Interaction.EARLIEST).at()).isEqualTo(Interaction.EARLIEST);
  }

  @Test
  void interactionsAreValues() {
    Interaction a = Interaction.of("bob", "alice", MESSAGE, AT);
    assertThat(a).isEqualTo(Interaction.of("bob", "alice", MESSAGE, AT)).hasSameHashCodeAs(Interaction.of("bob", "alice", MESSAGE, AT))
        .isNotEqualTo(a.withAt(AT.plusSeconds(1))).isNotEqualTo(a.withKind(InteractionKind.LIKE));
    assertThat(a.participants()).containsExactly("alice", "bob");
    assertThat(a).hasToString("bob -> alice message 2024-06-01T12:00:00Z");
    assertThat(Interaction.inGroup("bob", List.of("carol", "alice", "carol"), MESSAGE, AT).to()).containsExactlyInAnyOrder("carol", "alice");
  }

  @Test
  void kindsParseLeniently() {
    assertThat(InteractionKind.parse(" Shared-Video ")).isEqualTo(InteractionKind.SHARED_VIDEO);
    assertThat(InteractionKind.parse("shared video")).isEqualTo(InteractionKind.SHARED_VIDEO);
    assertThat(InteractionKind.parse("LIKE")).isEqualTo(InteractionKind.LIKE);
    assertThat(InteractionKind.COMMENT.code()).isEqualTo("comment");
    assertThatThrownBy(() -> InteractionKind.parse("poke")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("kind must be one of [message, shared_video, comment, like, photo_or_video], was 'poke'");
    assertThatThrownBy(() -> InteractionKind.parse(null)).isInstanceOf(NullPointerException.class).hasMessage("kind");
  }

  @Test
  void policiesNameTheBadField() {
    assertThatThrownBy(() -> DM.withCountedKinds(List.of())).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("countedKinds must be a non-empty set of kinds, was []");
    assertThatThrownBy(() -> DM.withDaysToStart(0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("daysToStart must be >= 1, was 0");
    assertThat(DM.withDaysToStart(1).daysToStart()).isEqualTo(1);
    assertThatThrownBy(() -> DM.withRestoreWindow(Duration.ofSeconds(-1))).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("restoreWindow must be in [PT0S, PT876600H], was PT-1S");
    assertThat(DM.withRestoreWindow(Duration.ZERO).restoreWindow()).isZero();
    assertThatThrownBy(() -> DM.withRestoresPerPeriod(-1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("restoresPerPeriod must be >= 0, was -1");
    assertThatThrownBy(() -> DM.withRestorePeriod(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("restorePeriod must be positive and at most PT876600H, was PT0S");
    assertThatThrownBy(() -> DM.withRestorePeriod(Duration.ofDays(-1))).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("restorePeriod must be positive and at most PT876600H, was PT-24H");
    assertThatThrownBy(() -> DM.withMilestones(List.of(3, 3))).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("milestones must be >= 1 and strictly ascending, was [3, 3]");
    assertThatThrownBy(() -> DM.withMilestones(List.of(0))).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("milestones must be >= 1 and strictly ascending, was [0]");
    assertThat(DM.withMilestones(List.of(1, 2)).milestones()).containsExactly(1, 2);
  }

  @Test
  void analysisAndRestoresNameTheBadArgument() {
    Streaks s = Streaks.of(DM, io.github.monetik.testing.TestRules.PROVENANCE);
    List<Interaction> one = List.of(Interaction.of("alice", "bob", MESSAGE, AT));
    assertThatThrownBy(() -> s.analyze(null, AT)).isInstanceOf(NullPointerException.class).hasMessage("interactions");
    assertThatThrownBy(() -> s.analyze(one, null)).isInstanceOf(NullPointerException.class).hasMessage("now");
    assertThatThrownBy(() -> s.analyze(Arrays.asList(one.get(0), null), AT)).isInstanceOf(NullPointerException.class)
        .hasMessage("interactions[1]");
    assertThatThrownBy(() -> s.analyze(one, AT.minusSeconds(1))).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("interactions[0].at must not be after now 2024-06-01T11:59:59Z, was 2024-06-01T12:00:00Z");
    assertThat(s.analyze(one, AT).groups()).hasSize(1);
    assertThatThrownBy(() -> s.analyze(one, Instant.MAX)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("now must be in [2000-01-01T00:00:00Z, 2100-01-01T00:00:00Z), was");
    assertThatThrownBy(() -> s.analyze(one, Interaction.EARLIEST.minusSeconds(1))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("now must be in");
    assertThat(s.analyze(List.of(), Interaction.EARLIEST).groups()).isEmpty();
    assertThatThrownBy(() -> s.in(null)).isInstanceOf(NullPointerException.class).hasMessage("zone");
    assertThatThrownBy(() -> Streaks.of(null, io.github.monetik.testing.TestRules.PROVENANCE)).isInstanceOf(NullPointerException.class).hasMessage("streakPolicy");

    StreakReport r = s.analyze(one, AT.plusSeconds(10));
    assertThatThrownBy(() -> r.restore(null, AT)).isInstanceOf(NullPointerException.class).hasMessage("participants");
    assertThatThrownBy(() -> r.restore(List.of("alice", "bob"), null)).isInstanceOf(NullPointerException.class).hasMessage("at");
    assertThatThrownBy(() -> r.restore(Arrays.asList("alice", null), AT)).isInstanceOf(NullPointerException.class)
        .hasMessage("participants[1]");
    assertThatThrownBy(() -> r.restore(List.of("alice", "bob"), AT.plusSeconds(11))).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("at must not be after now 2024-06-01T12:00:10Z, was 2024-06-01T12:00:11Z");
    assertThatThrownBy(() -> r.restore(List.of("alice", "bob"), Instant.EPOCH)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("at must be in");
    assertThatThrownBy(() -> r.between(null)).isInstanceOf(NullPointerException.class).hasMessage("first");
    assertThatThrownBy(() -> r.between("alice", (String[]) null)).isInstanceOf(NullPointerException.class).hasMessage("others");
    assertThatThrownBy(() -> r.between("alice", "bob", null)).isInstanceOf(NullPointerException.class).hasMessage("others[1]");
    assertThatThrownBy(() -> r.of(null)).isInstanceOf(NullPointerException.class).hasMessage("person");
    assertThatThrownBy(() -> r.dailyActivity(null)).isInstanceOf(NullPointerException.class).hasMessage("person");
    assertThatThrownBy(() -> r.count(null)).isInstanceOf(NullPointerException.class).hasMessage("status");
    assertThatThrownBy(() -> r.groups().get(0).includes(null)).isInstanceOf(NullPointerException.class).hasMessage("participant");
    assertThat(r.groups().get(0).includes("alice")).isTrue();
    assertThat(r.groups().get(0).includes("carol")).isFalse();
  }

  /** A collection whose {@code size()} says {@code claimed} whatever it holds. */
  private static Collection<Interaction> claimingSize(int claimed, Interaction... held) {
    return new ArrayList<>(List.of(held)) {
      private static final long serialVersionUID = 1L;

      @Override
      public int size() {
        return claimed;
      }
    };
  }

  @Test
  void aCollectionThatChangesSizeWhileReadIsRefused() {
    Collection<Interaction> liar = claimingSize(2, Interaction.of("alice", "bob", MESSAGE, AT));
    assertThatThrownBy(() -> Streaks.of(DM, io.github.monetik.testing.TestRules.PROVENANCE).analyze(liar, AT)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("interactions changed size while being read: 2 then 1");
  }

  @Test
  void aNullFirstInteractionIsNamedByItsPlace() {
    List<Interaction> nullFirst = Arrays.asList(null, Interaction.of("alice", "bob", MESSAGE, AT));
    assertThatThrownBy(() -> Streaks.of(DM, io.github.monetik.testing.TestRules.PROVENANCE).analyze(nullFirst, AT)).isInstanceOf(NullPointerException.class)
        .hasMessage("interactions[0]");
  }

  @Test
  void aCollectionLongerThanItsSizeIsRefused() {
    Collection<Interaction> liar = claimingSize(1, Interaction.of("alice", "bob", MESSAGE, AT),
        Interaction.of("bob", "alice", MESSAGE, AT));
    assertThatThrownBy(() -> Streaks.of(DM, io.github.monetik.testing.TestRules.PROVENANCE).analyze(liar, AT)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("interactions changed size while being read: 1 then more");
  }

  @Test
  void theCollectorChecksNowAtOnceAndEachInteractionAsItArrives() {
    Streaks streaks = Streaks.of(DM, io.github.monetik.testing.TestRules.PROVENANCE);
    assertThatThrownBy(() -> streaks.toReport(null)).isInstanceOf(NullPointerException.class).hasMessage("now");
    assertThatThrownBy(() -> streaks.toReport(Instant.EPOCH)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("now must be in [").hasMessageEndingWith("was 1970-01-01T00:00:00Z");
    List<Interaction> withNull = Arrays.asList(Interaction.of("alice", "bob", MESSAGE, AT), null);
    assertThatThrownBy(() -> withNull.stream().collect(streaks.toReport(AT))).isInstanceOf(NullPointerException.class)
        .hasMessage("interactions element");
    Instant later = AT.plusSeconds(1);
    List<Interaction> early = List.of(Interaction.of("alice", "bob", MESSAGE, later));
    assertThatThrownBy(() -> early.stream().collect(streaks.toReport(AT))).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("interaction.at must not be after now " + AT + ", was " + later);
  }

  // --- issue 18: hostile input, round two ----------------------------------------------------

  /** Regression: {@code restore(List.of(), at)} threw {@code ArrayIndexOutOfBoundsException} from {@code GroupKey.<init>}. */
  @Test
  void aRestoreOfFewerThanTwoPeopleIsAnIllegalArgumentNotAnIndexError() {
    StreakReport r = Streaks.of(DM, io.github.monetik.testing.TestRules.PROVENANCE)
        .analyze(List.of(Interaction.of("alice", "bob", MESSAGE, AT)), AT);
    assertThatThrownBy(() -> r.restore(List.of(), AT)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("participants must be at least two different people (a pair or group), was []");
    assertThatThrownBy(() -> r.restore(List.of("alice"), AT)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("participants must be at least two different people (a pair or group), was [alice]");
    assertThatThrownBy(() -> r.restore(List.of("alice", "alice"), AT)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageEndingWith("was [alice, alice]");
    assertThatThrownBy(() -> r.restore(List.of("alice", "bob"), Instant.MAX)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("at must be in [2000-01-01T00:00:00Z, 2100-01-01T00:00:00Z), was +1000000000-12-31T23:59:59.999999999Z");
    assertThatThrownBy(() -> r.restore(List.of("alice", "bob"), Instant.MIN)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("at must be in");
    assertThat(r.between("alice")).isEmpty();
    assertThat(r.between("alice", "alice")).isEmpty();
  }

  @Test
  void everyPolicyBuilderAndCopyMethodNamesANullArgumentAndElementByPlace() {
    assertThatThrownBy(() -> StreakPolicy.builder().countedKinds(null)).isInstanceOf(NullPointerException.class).hasMessage("countedKinds");
    assertThatThrownBy(() -> StreakPolicy.builder().countedKinds(Arrays.asList(MESSAGE, null)))
        .isInstanceOf(NullPointerException.class).hasMessage("countedKinds[1]");
    assertThatThrownBy(() -> StreakPolicy.builder().addCountedKinds((InteractionKind[]) null)).isInstanceOf(NullPointerException.class)
        .hasMessage("countedKinds");
    assertThatThrownBy(() -> StreakPolicy.builder().addCountedKinds(MESSAGE, null)).isInstanceOf(NullPointerException.class)
        .hasMessage("countedKinds[1]");
    assertThatThrownBy(() -> StreakPolicy.builder().dayBoundary(null)).isInstanceOf(NullPointerException.class).hasMessage("dayBoundary");
    assertThatThrownBy(() -> StreakPolicy.builder().restoreWindow(null)).isInstanceOf(NullPointerException.class).hasMessage("restoreWindow");
    assertThatThrownBy(() -> StreakPolicy.builder().restorePeriod(null)).isInstanceOf(NullPointerException.class).hasMessage("restorePeriod");
    assertThatThrownBy(() -> StreakPolicy.builder().milestones(Arrays.asList(1, null))).isInstanceOf(NullPointerException.class)
        .hasMessage("milestones[1]");
    assertThatThrownBy(() -> StreakPolicy.builder().addMilestones((int[]) null)).isInstanceOf(NullPointerException.class).hasMessage("milestones");
    assertThatThrownBy(() -> StreakPolicy.builder().petStages(null)).isInstanceOf(NullPointerException.class).hasMessage("petStages");
    assertThatThrownBy(() -> StreakPolicy.builder().addPetStages((int[]) null)).isInstanceOf(NullPointerException.class).hasMessage("petStages");
    assertThatThrownBy(() -> StreakPolicy.builder().putPetPoints(null, 1)).isInstanceOf(NullPointerException.class).hasMessage("kind");
    assertThatThrownBy(() -> StreakPolicy.builder().petPoints(null)).isInstanceOf(NullPointerException.class).hasMessage("petPoints");
    java.util.Map<InteractionKind, Integer> nullValue = new java.util.HashMap<>();
    nullValue.put(MESSAGE, null);
    assertThatThrownBy(() -> StreakPolicy.builder().petPoints(nullValue)).isInstanceOf(NullPointerException.class)
        .hasMessage("petPoints[MESSAGE]");
    java.util.Map<InteractionKind, Integer> nullKey = new java.util.HashMap<>();
    nullKey.put(null, 1);
    assertThatThrownBy(() -> DM.withPetPoints(nullKey)).isInstanceOf(NullPointerException.class).hasMessage("petPoints key");
    assertThatThrownBy(() -> StreakPolicy.builder().assumptions(Arrays.asList("a", null))).isInstanceOf(NullPointerException.class)
        .hasMessage("assumptions[1]");
    assertThatThrownBy(() -> StreakPolicy.builder().addAssumptions((String) null)).isInstanceOf(NullPointerException.class)
        .hasMessage("assumptions[0]");
    assertThatThrownBy(() -> StreakPolicy.builder().from(null)).isInstanceOf(NullPointerException.class).hasMessage("policy");
    assertThatThrownBy(() -> DM.withCountedKinds(null)).isInstanceOf(NullPointerException.class).hasMessage("countedKinds");
    assertThatThrownBy(() -> DM.withCountedKinds(Arrays.asList(null, MESSAGE))).isInstanceOf(NullPointerException.class)
        .hasMessage("countedKinds[0]");
    assertThatThrownBy(() -> DM.withMilestones(Arrays.asList(3, null))).isInstanceOf(NullPointerException.class).hasMessage("milestones[1]");
    assertThatThrownBy(() -> DM.withPetStages(Arrays.asList(null, 3))).isInstanceOf(NullPointerException.class).hasMessage("petStages[0]");
    assertThatThrownBy(() -> DM.withAssumptions(null)).isInstanceOf(NullPointerException.class).hasMessage("assumptions");
    assertThatThrownBy(() -> DM.withDayBoundary(null)).isInstanceOf(NullPointerException.class).hasMessage("dayBoundary");
    assertThatThrownBy(() -> DM.withRestoreWindow(null)).isInstanceOf(NullPointerException.class).hasMessage("restoreWindow");
    assertThatThrownBy(() -> DM.withRestorePeriod(null)).isInstanceOf(NullPointerException.class).hasMessage("restorePeriod");
    assertThatThrownBy(() -> StreakPolicy.builder().build()).isInstanceOf(IllegalStateException.class)
        .hasMessage("a streak policy needs [everyoneMustAct, dayBoundary, daysToStart, restoreWindow, restoresPerPeriod,"
            + " restorePeriod], which were not set");
    assertThatThrownBy(() -> StreakPolicy.builder().from(DM).restoreWindow(Duration.ZERO).countedKinds(List.of()).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("countedKinds must be a non-empty set of kinds, was []");
    assertThat(StreakPolicy.builder().from(DM).build()).isEqualTo(DM).hasSameHashCodeAs(DM).hasToString(DM.toString());
  }

  @Test
  void aPolicysNewFieldsAreCheckedAndNameTheBadValue() {
    assertThatThrownBy(() -> DM.withMinimumAge(-1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("minimumAge must be in [0, 150], was -1");
    assertThatThrownBy(() -> DM.withMinimumAge(Integer.MAX_VALUE)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("minimumAge must be in [0, 150], was 2147483647");
    assertThat(DM.withMinimumAge(150).minimumAge()).isEqualTo(150);
    assertThatThrownBy(() -> DM.withPetPoints(java.util.Map.of(MESSAGE, -1))).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("petPoints[MESSAGE] must be >= 0, was -1");
    assertThatThrownBy(() -> DM.withPetStages(List.of(3, 2))).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("petStages must be >= 1 and strictly ascending, was [3, 2]");
    assertThatThrownBy(() -> DM.withAssumptions(List.of(" "))).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("assumptions[0] must not be blank, was ' '");
    assertThat(DM.withPetPoints(java.util.Map.of()).petPoints()).isEmpty();
  }

  /**
   * Regression: a restore window of {@code Long.MAX_VALUE} seconds was accepted, and the analysis of
   * an ended streak then threw an undocumented {@code ArithmeticException: long overflow} adding it to
   * an instant. Windows and periods are now
   * at most 100 years, refused with a named argument.
   */
  @Test
  void extremeDurationsAreRefusedByThePolicyNotByTheAnalysis() {
    Duration forever = Duration.ofSeconds(Long.MAX_VALUE);
    assertThatThrownBy(() -> DM.withRestoreWindow(forever)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("restoreWindow must be in [PT0S, PT876600H], was PT2562047788015215H30M7S");
    assertThatThrownBy(() -> DM.withRestorePeriod(forever)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("restorePeriod must be positive and at most PT876600H, was PT2562047788015215H30M7S");
    StreakPolicy longest = DM.withRestoreWindow(StreakPolicy.LONGEST_PERIOD).withRestorePeriod(StreakPolicy.LONGEST_PERIOD);
    List<Interaction> in = new ArrayList<>();
    for (int d = 0; d < 3; d++) {
      in.add(Interaction.of("alice", "bob", MESSAGE, AT.plus(Duration.ofDays(d))));
      in.add(Interaction.of("bob", "alice", MESSAGE, AT.plus(Duration.ofDays(d))));
    }
    Instant late = Interaction.LATEST.minusSeconds(1);
    StreakReport r = Streaks.of(longest, io.github.monetik.testing.TestRules.PROVENANCE).analyze(in, late);
    GroupStreak g = r.between("alice", "bob").orElseThrow();
    assertThat(g.status()).isEqualTo(StreakStatus.RESTORABLE);
    assertThat(g.restorableUntil()).contains(Instant.parse("2024-06-05T00:00:00Z").plus(StreakPolicy.LONGEST_PERIOD));
    assertThat(r.restore(List.of("alice", "bob"), late).between("alice", "bob").orElseThrow().restoresUsed()).isEqualTo(1);
    assertThat(r.toString()).contains("alice+bob");
  }

  @Test
  void birthDatesNameTheBadEntry() {
    Streaks s = Streaks.of(DM, io.github.monetik.testing.TestRules.PROVENANCE);
    assertThatThrownBy(() -> s.withBirthDates(null)).isInstanceOf(NullPointerException.class).hasMessage("birthDates");
    java.util.Map<String, java.time.LocalDate> nulls = new java.util.HashMap<>();
    nulls.put("alice", null);
    assertThatThrownBy(() -> s.withBirthDates(nulls)).isInstanceOf(NullPointerException.class).hasMessage("birthDates['alice']");
    java.util.Map<String, java.time.LocalDate> nullKey = new java.util.HashMap<>();
    nullKey.put(null, java.time.LocalDate.of(2000, 1, 1));
    assertThatThrownBy(() -> s.withBirthDates(nullKey)).isInstanceOf(NullPointerException.class).hasMessage("birthDates key");
    assertThatThrownBy(() -> s.withBirthDates(java.util.Map.of(" ", java.time.LocalDate.of(2000, 1, 1))))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("birthDates key must be a non-blank id, was ' '");
    assertThatThrownBy(() -> s.withBirthDates(java.util.Map.of("alice", java.time.LocalDate.MAX)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("birthDates['alice'] must be in [1900-01-01, 2100-01-01), was +999999999-12-31");
    assertThatThrownBy(() -> s.withBirthDates(java.util.Map.of("alice", java.time.LocalDate.MIN)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("birthDates['alice'] must be in");
    assertThatThrownBy(() -> s.withBirthDates(java.util.Map.of("alice", java.time.LocalDate.of(1899, 12, 31))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageEndingWith("was 1899-12-31");
    assertThatThrownBy(() -> s.withBirthDates(java.util.Map.of("alice", java.time.LocalDate.of(2100, 1, 1))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageEndingWith("was 2100-01-01");
    // The extremes accepted give printable reports: an age limit from 1916 limits nothing, one from 2115 everything.
    Streaks edges = s.withBirthDates(java.util.Map.of("alice", java.time.LocalDate.of(1900, 1, 1), "bob",
        java.time.LocalDate.of(2099, 12, 31)));
    StreakReport r = edges.analyze(List.of(Interaction.of("alice", "bob", MESSAGE, AT), Interaction.of("bob", "alice", MESSAGE, AT)), AT);
    assertThat(r.between("alice", "bob").orElseThrow().countsFrom()).contains(java.time.LocalDate.of(2115, 12, 31));
    assertThat(r.toString()).contains("1 pairs/groups had a participant under 16 (alice+bob): 1 days");
    String huge = "x".repeat(1_000_000);
    assertThatThrownBy(() -> s.withBirthDates(java.util.Map.of(huge, java.time.LocalDate.MAX)))
        .isInstanceOf(IllegalArgumentException.class).satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(300));
  }

  @Test
  void messagesEchoAtMostABoundedPrefixOfHugeInput() {
    String huge = "y".repeat(10_000_000);
    assertThatThrownBy(() -> Interaction.of(huge, huge, MESSAGE, AT)).isInstanceOf(IllegalArgumentException.class)
        .satisfies(e -> assertThat(e.getMessage()).startsWith("to must not contain the sender 'yyy").hasSizeLessThan(400));
    assertThatThrownBy(() -> InteractionKind.parse(huge)).isInstanceOf(IllegalArgumentException.class)
        .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(300).endsWith("... (10000000 characters)'"));
    assertThatThrownBy(() -> Interaction.of(" ".repeat(1_000), "bob", MESSAGE, AT)).isInstanceOf(IllegalArgumentException.class)
        .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(300));
    StreakReport r = Streaks.of(DM, io.github.monetik.testing.TestRules.PROVENANCE)
        .analyze(List.of(Interaction.of("alice", "bob", MESSAGE, AT)), AT);
    assertThatThrownBy(() -> r.restore(List.of(huge, "bob"), AT)).isInstanceOf(RestoreRefusedException.class)
        .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(300).startsWith("restore of bob+yyy"));
    assertThatThrownBy(() -> r.restore(List.of(huge), AT)).isInstanceOf(IllegalArgumentException.class)
        .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(300));
  }

  @Test
  void dailyActivityIsAValueThatChecksItsParts() {
    java.util.SortedMap<java.time.LocalDate, Long> perDay = new java.util.TreeMap<>(java.util.Map.of(java.time.LocalDate.of(2024, 6, 1), 3L));
    java.util.SortedSet<java.time.LocalDate> days = new java.util.TreeSet<>(List.of(java.time.LocalDate.of(2024, 6, 1)));
    DailyActivity a = new DailyActivity(perDay, days);
    perDay.put(java.time.LocalDate.of(2024, 6, 2), 1L);   // copied: the value does not change
    assertThat(a.activeDays()).isEqualTo(1);
    assertThat(a).isEqualTo(new DailyActivity(new java.util.TreeMap<>(java.util.Map.of(java.time.LocalDate.of(2024, 6, 1), 3L)), days))
        .hasToString("3 interactions on 1 active days, 1 streak days");
    assertThatThrownBy(() -> new DailyActivity(null, days)).isInstanceOf(NullPointerException.class).hasMessage("interactionsPerDay");
    assertThatThrownBy(() -> new DailyActivity(perDay, null)).isInstanceOf(NullPointerException.class).hasMessage("streakDates");
    java.util.SortedMap<java.time.LocalDate, Long> nullCount = new java.util.TreeMap<>();
    nullCount.put(java.time.LocalDate.of(2024, 6, 1), null);
    assertThatThrownBy(() -> new DailyActivity(nullCount, days)).isInstanceOf(NullPointerException.class)
        .hasMessage("interactionsPerDay[2024-06-01]");
    assertThatThrownBy(() -> new DailyActivity(new java.util.TreeMap<>(java.util.Map.of(java.time.LocalDate.of(2024, 6, 1), 0L)), days))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("interactionsPerDay[2024-06-01] must be >= 1, was 0");
    assertThatThrownBy(() -> a.interactionsPerDay().clear()).isInstanceOf(UnsupportedOperationException.class);
  }
}
