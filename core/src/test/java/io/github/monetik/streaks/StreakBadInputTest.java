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
}
