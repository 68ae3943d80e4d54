package io.github.monetik.streaks;

import static io.github.monetik.streaks.InteractionKind.MESSAGE;
import static io.github.monetik.streaks.InteractionKind.SHARED_VIDEO;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.monetik.Monetik;
import io.github.monetik.internal.Form;
import io.github.monetik.rules.StreakPresets;
import io.github.monetik.testing.TestRules;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link StreakBatch} by example: the empty batch, every refusal and its message, crafted forms. */
class StreakBatchTest {
  private static final Instant NOW = Instant.parse("2024-06-10T12:00:00.5Z");
  private static final StreakPolicy DM = StreakPresets.directMessages();
  private static final Streaks DOOR = Streaks.of(DM, TestRules.PROVENANCE).in(ZoneId.of("Europe/Berlin"));
  private static final long EARLIEST = Interaction.EARLIEST.getEpochSecond();

  private static List<Interaction> week() {
    return List.of(Interaction.of("alice", "bob", MESSAGE, NOW.minusSeconds(86_400 * 3)),
        Interaction.of("bob", "alice", MESSAGE, NOW.minusSeconds(86_400 * 3 - 60)),
        Interaction.of("alice", "bob", MESSAGE, NOW.minusSeconds(86_400 * 2)),
        Interaction.of("bob", "alice", SHARED_VIDEO, NOW.minusSeconds(86_400 * 2 - 60)),
        Interaction.inGroup("cy", List.of("alice", "bob"), MESSAGE, NOW.minusSeconds(3_600)),
        Interaction.of("alice", "bob", MESSAGE, NOW.minusSeconds(86_400 * 2)));
  }

  /** The code of one interaction in a form: group, second since 2000, sender, kind. */
  private static long code(int group, long second, int member, int kind) {
    return (long) group << 41 | (second - EARLIEST) << 9 | (long) member << 3 | kind;
  }

  /** A form written by hand: {@code now}, the groups as given, the codes as given (each as its step from the one before). */
  private static byte[] form(Instant now, List<List<String>> groups, long... codes) {
    Form.Writer w = Form.write('S', 1, DOOR.rulesDigest()).putLong(now.getEpochSecond()).putLong(now.getNano())
        .putLong(groups.size());
    for (List<String> g : groups) {
      w.putLong(g.size());
      g.forEach(w::putString);
    }
    w.putLong(codes.length);
    long previous = 0;
    for (long c : codes) {
      w.putLong(c - previous);
      previous = c;
    }
    return w.toBytes();
  }

  private static final long AN_HOUR_AGO = NOW.getEpochSecond() - 3_600;

  @Test
  void anEmptyBatchRoundTripsToTheReportOfNothing() {
    StreakBatch empty = DOOR.batch(NOW);
    byte[] bytes = empty.toBytes();
    assertThat(bytes).isEqualTo(form(NOW, List.of()));
    StreakBatch restored = DOOR.batch(bytes);
    assertThat(restored.interactions()).isZero();
    assertThat(restored.report()).isEqualTo(DOOR.analyze(List.of(), NOW)).isEqualTo(empty.report());
    assertThat(restored.report().groups()).isEmpty();
    assertThat(restored.toBytes()).isEqualTo(bytes);
    assertThat(restored).hasToString("StreakBatch[0 interactions as of 2024-06-10T12:00:00.500Z]");
  }

  @Test
  void aBatchIsTheCollectorAsABuilderAndItsFormIsCanonical() {
    StreakBatch b = DOOR.batch(NOW);
    week().forEach(b::add);
    assertThat(b.interactions()).isEqualTo(6);
    assertThat(b.report()).isEqualTo(DOOR.analyze(week(), NOW)).isEqualTo(week().stream().collect(DOOR.toReport(NOW)));
    List<Interaction> reversed = new java.util.ArrayList<>(week());
    java.util.Collections.reverse(reversed);
    StreakBatch other = DOOR.batch(NOW);
    reversed.forEach(other::add);
    assertThat(other.toBytes()).isEqualTo(b.toBytes());
    // the report leaves the batch usable
    b.add(Interaction.of("dee", "eve", MESSAGE, NOW));
    assertThat(b.report().groups()).hasSize(3);
    assertThat(DOOR.batch(b.toBytes()).report()).isEqualTo(b.report());
  }

  @Test
  void idsOfEveryKindComeBackTheUnpairedSurrogateToo() {
    StreakBatch b = DOOR.batch(NOW);
    b.add(Interaction.of("a\uD800", "b\uDC00", MESSAGE, NOW));
    b.add(Interaction.of("日本", "😀", MESSAGE, NOW));
    StreakBatch restored = DOOR.batch(b.toBytes());
    assertThat(restored.report()).isEqualTo(b.report());
    assertThat(restored.report().between("a\uD800", "b\uDC00")).isPresent();
  }

  @Test
  void theDoorChecksNowAsTheCollectorDoes() {
    assertThatThrownBy(() -> DOOR.batch((Instant) null)).isInstanceOf(NullPointerException.class).hasMessage("now");
    assertThatThrownBy(() -> DOOR.batch(Instant.EPOCH)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("now must be in [2000-01-01T00:00:00Z, 2100-01-01T00:00:00Z), was 1970-01-01T00:00:00Z");
    assertThatThrownBy(() -> DOOR.batch(Interaction.LATEST)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("now must be in");
  }

  @Test
  void aRefusedInteractionLeavesTheBatchAsItWas() {
    StreakBatch b = DOOR.batch(NOW);
    b.add(week().get(0));
    assertThatThrownBy(() -> b.add(null)).isInstanceOf(NullPointerException.class).hasMessage("interaction");
    Instant later = NOW.plusNanos(1);
    assertThatThrownBy(() -> b.add(Interaction.of("alice", "bob", MESSAGE, later))).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("interaction.at must not be after now " + NOW + ", was " + later);
    assertThat(b.interactions()).isEqualTo(1);
    assertThat(b.report()).isEqualTo(DOOR.analyze(week().subList(0, 1), NOW));
  }

  @Test
  void combineRefusesItselfAnotherInstantAnotherDoorAndASpentBatch() {
    StreakBatch b = DOOR.batch(NOW).add(week().get(0));
    assertThatThrownBy(() -> b.combine(null)).isInstanceOf(NullPointerException.class).hasMessage("other");
    assertThatThrownBy(() -> b.combine(b)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("other must be another batch, was 'this one'");
    Instant earlier = NOW.minusSeconds(1);
    assertThatThrownBy(() -> b.combine(DOOR.batch(earlier))).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("other must be a batch as of 2024-06-10T12:00:00.500Z, was 'one as of 2024-06-10T11:59:59.500Z'");
    Streaks utc = Streaks.of(DM, TestRules.PROVENANCE);
    assertThatThrownBy(() -> b.combine(utc.batch(NOW))).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("other must be a batch of this batch's door (equal policy, zone, birth dates and provenance), "
            + "was 'one of another door, Streaks[Z, CALENDAR_DAY]'");
    assertThat(b.interactions()).isEqualTo(1);
    StreakBatch other = DOOR.batch(NOW).add(week().get(1));
    b.combine(other);
    assertThat(b.interactions()).isEqualTo(2);
    assertThatThrownBy(other::interactions).isInstanceOf(IllegalStateException.class)
        .hasMessage("this streak batch must not be used any more: it was combined into another batch");
    assertThatThrownBy(() -> b.combine(other)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> other.add(week().get(2))).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(other::toBytes).isInstanceOf(IllegalStateException.class);
    assertThat(other).hasToString("StreakBatch[1 interactions as of 2024-06-10T12:00:00.500Z, spent]");
    // an equal door, not the same object, is fine
    b.combine(Streaks.of(DM, TestRules.PROVENANCE).in(ZoneId.of("Europe/Berlin")).batch(NOW).add(week().get(2)));
    assertThat(b.report()).isEqualTo(DOOR.analyze(week().subList(0, 3), NOW));
  }

  @Test
  void aFormOfAnotherKindVersionOrLengthIsRefusedNamingForm() {
    byte[] good = DOOR.batch(NOW).add(week().get(0)).toBytes();
    assertThatThrownBy(() -> DOOR.batch((byte[]) null)).isInstanceOf(NullPointerException.class).hasMessage("form");
    byte[] orders = Monetik.defaults().affiliate().batch(LocalDate.of(2025, 3, 31)).toBytes();
    assertThatThrownBy(() -> DOOR.batch(orders)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("form must be the streak batch form (kind 'S'), was kind 'A'");
    byte[] v2 = good.clone();
    v2[5] = 2;
    assertThatThrownBy(() -> DOOR.batch(v2)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("form must be version 1 of the streak batch form, was version 2");
    for (int cut = 0; cut < good.length; cut++) {
      byte[] shorter = Arrays.copyOf(good, cut);
      assertThatThrownBy(() -> DOOR.batch(shorter)).as("cut at %d", cut).isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("form");
    }
    byte[] longer = Arrays.copyOf(good, good.length + 1);
    assertThatThrownBy(() -> DOOR.batch(longer)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("form (streak batch) field (end) at byte " + good.length + " must be the form's end, was '1 more bytes'");
  }

  @Test
  void aFormRestoredUnderAnotherDoorIsRefusedUnlessOnlyTheProvenanceDiffers() {
    byte[] bytes = DOOR.batch(NOW).add(week().get(0)).toBytes();
    List<Streaks> others = List.of(DOOR.in(ZoneId.of("UTC")), Streaks.of(DM.withDaysToStart(1), TestRules.PROVENANCE)
        .in(ZoneId.of("Europe/Berlin")), DOOR.withBirthDates(Map.of("alice", LocalDate.of(2010, 1, 1))),
        Streaks.of(DM.withAssumptions(List.of("another assumption")), TestRules.PROVENANCE).in(ZoneId.of("Europe/Berlin")));
    for (Streaks other : others) {
      assertThatThrownBy(() -> other.batch(bytes)).as(other.toString()).isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("form must be restored under the rules it was written under (digest ");
    }
    Streaks elsewhere = Streaks.of(DM, TestRules.asOf(LocalDate.of(2024, 1, 1))).in(ZoneId.of("Europe/Berlin"));
    assertThat(elsewhere.batch(bytes).report().provenance()).isEqualTo(elsewhere.provenance());
  }

  @Test
  void aCraftedFormMeetsEveryCheckACallerMeets() {
    List<String> pair = List.of("alice", "bob");
    long ok = code(0, AN_HOUR_AGO, 1, 0);
    assertThat(DOOR.batch(form(NOW, List.of(pair), ok)).report().between("alice", "bob")).isPresent();
    refused(form(Interaction.LATEST, List.of()), "now.second", "must be in [946684800, 4102444799], was 4102444800");
    refused(form(NOW, List.of(List.of("alice"))), "groups[0].size", "must be in [2, 64], was 1");
    refused(form(NOW, List.of(List.of("bob", "alice"))), "groups[0][1]", "must be after 'bob' (ids sorted, each once), was 'alice'");
    refused(form(NOW, List.of(List.of("alice", "alice"))), "groups[0][1]", "must be after 'alice' (ids sorted, each once), was 'alice'");
    refused(form(NOW, List.of(List.of("alice", " "))), "groups[0][1]", "must be a non-blank id, was ' '");
    refused(form(NOW, List.of(pair, pair), ok), "groups[1]", "must be after alice+bob (groups sorted, each once), was 'alice+bob'");
    refused(form(NOW, List.of(pair)), "groups[0]", "must be a group with at least one interaction, was 'alice+bob'");
    refused(form(NOW, List.of(pair), ok, code(1, AN_HOUR_AGO, 0, 0)), "interactions[1]",
        "must be of one of the 1 groups, was 'group 1'");
    refused(form(NOW, List.of(pair), code(0, NOW.getEpochSecond() + 1, 0, 0)), "interactions[0]",
        "must be at most 771336000 seconds after 2000-01-01T00:00:00Z (not after now, before 2100-01-01T00:00:00Z), was 771336001");
    refused(form(NOW, List.of(pair), code(0, AN_HOUR_AGO, 2, 0)), "interactions[0]",
        "must be sent by one of the group's 2 participants, was 'participant 2'");
    refused(form(NOW, List.of(pair), code(0, AN_HOUR_AGO, 0, 7)), "interactions[0]", "must be of one of the 5 kinds, was 'kind 7'");
    refused(form(NOW, List.of(pair), ok, ok - 1), "interactions[1]",
        "must be a step >= 0 from the code before (codes sorted, within 63 bits), was -1");
    // the second of now itself is allowed (an interaction at its start is not after it); duplicates too
    long atNow = code(0, NOW.getEpochSecond(), 0, 0);
    StreakBatch edge = DOOR.batch(form(NOW, List.of(pair), atNow, atNow));
    assertThat(edge.interactions()).isEqualTo(2);
    assertThat(edge.report().dailyActivity().interactions()).isEqualTo(1);
  }

  private static void refused(byte[] form, String field, String rest) {
    assertThatThrownBy(() -> DOOR.batch(form)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("form (streak batch) field " + field + " at byte ").hasMessageEndingWith(rest);
  }
}
