package io.github.monetik.streaks;

import static io.github.monetik.testing.StreakGenerators.END;
import static io.github.monetik.testing.StreakGenerators.birthDates;
import static io.github.monetik.testing.StreakGenerators.interactionLists;
import static io.github.monetik.testing.StreakGenerators.policies;
import static io.github.monetik.testing.StreakGenerators.zones;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.monetik.testing.Corruption;
import io.github.monetik.testing.TestRules;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The laws of {@link StreakBatch}: round trip, merge in any grouping and order, corruption refused or harmless. */
class StreakBatchPropertiesTest {
  private static Streaks door(StreakPolicy p, ZoneId z, Map<String, LocalDate> born) {
    return Streaks.of(p, TestRules.PROVENANCE).in(z).withBirthDates(born);
  }

  /** Doors of the generated policies, zones and birth dates. */
  private static Gen<Streaks> doors() {
    return policies().zip(zones(), birthDates(), StreakBatchPropertiesTest::door);
  }

  private static StreakBatch batchOf(Streaks door, List<Interaction> in) {
    StreakBatch b = door.batch(END);
    in.forEach(b::add);
    return b;
  }

  /** The input cut at random places, one batch per part, some shipped as bytes, combined in a random grouping and order. */
  static StreakBatch combinedAnyHow(Streaks door, List<Interaction> in, SplittableRandom r) {
    List<StreakBatch> parts = new ArrayList<>();
    StreakBatch current = door.batch(END);
    for (Interaction i : in) {
      if (r.nextInt(4) == 0) {
        parts.add(current);
        current = door.batch(END);
      }
      current.add(i);
    }
    parts.add(current);
    for (int k = 0; k < parts.size(); k++) {
      if (r.nextBoolean()) {
        parts.set(k, door.batch(parts.get(k).toBytes()));
      }
    }
    while (parts.size() > 1) {
      int i = r.nextInt(parts.size());
      int j = r.nextInt(parts.size() - 1);
      j = j >= i ? j + 1 : j;
      StreakBatch merged = parts.get(i).combine(parts.get(j));
      parts.set(i, merged);
      parts.remove(j);
    }
    return parts.get(0);
  }

  private static void sameBehaviour(StreakBatch a, StreakBatch b) {
    StreakReport ra = a.report();
    StreakReport rb = b.report();
    assertThat(rb).isEqualTo(ra).hasSameHashCodeAs(ra);
    assertThat(rb.toString()).isEqualTo(ra.toString());
    assertThat(rb.rows()).isEqualTo(ra.rows());
    assertThat(rb.dailyActivity()).isEqualTo(ra.dailyActivity());
    assertThat(b.interactions()).isEqualTo(a.interactions());
    assertThat(b.toBytes()).isEqualTo(a.toBytes());
  }

  @Test
  void aRestoredBatchBehavesExactlyLikeTheOriginalAlsoAfterMoreAddsAndCombines() {
    qt().withExamples(150).forAll(interactionLists(60), interactionLists(30), doors())
        .checkAssert((in, more, door) -> {
          StreakBatch original = batchOf(door, in);
          byte[] bytes = original.toBytes();
          StreakBatch restored = door.batch(bytes);
          assertThat(restored.toBytes()).isEqualTo(bytes);
          sameBehaviour(original, restored);
          assertThat(original.report()).isEqualTo(door.analyze(in, END));
          more.forEach(original::add);
          more.forEach(restored::add);
          sameBehaviour(original, restored);
          original.combine(batchOf(door, in));
          restored.combine(door.batch(batchOf(door, in).toBytes()));
          sameBehaviour(original, restored);
        });
  }

  @Test
  void partsCombinedInAnyGroupingAndOrderGiveTheOnePassReportAndBytes() {
    qt().withExamples(150).forAll(interactionLists(80), doors(), longs().all())
        .checkAssert((in, door, seed) -> {
          StreakBatch once = batchOf(door, in);
          StreakBatch any = combinedAnyHow(door, in, new SplittableRandom(seed));
          StreakBatch other = combinedAnyHow(door, in, new SplittableRandom(~seed));
          sameBehaviour(once, any);
          sameBehaviour(once, other);
          assertThat(any.report()).isEqualTo(door.analyze(in, END));
          assertThat(in.parallelStream().collect(door.toReport(END))).isEqualTo(once.report());
        });
  }

  @Test
  void aDamagedFormIsRefusedWithItsNameOrGivesABatchThatBehavesConsistently() {
    int[] outcomes = new int[2];
    qt().withExamples(300).forAll(interactionLists(40), policies(), zones(), longs().all()).checkAssert((in, p, z, seed) -> {
      Streaks door = door(p, z, Map.of());
      SplittableRandom r = new SplittableRandom(seed);
      byte[] bad = Corruption.corrupt(batchOf(door, in).toBytes(), r);
      outcomes[Corruption.refusedOrConsistent(bad, door::batch, b -> {
        StreakReport report = b.report();
        assertThat(report.groups()).hasSizeLessThanOrEqualTo((int) b.interactions());
        report.toString();
        report.rows();
        report.dailyActivity();
        StreakBatch again = door.batch(b.toBytes());
        sameBehaviour(b, again);
        if (!report.now().isBefore(END)) {
          in.forEach(b::add);
          in.forEach(again::add);
          sameBehaviour(b, again);
        }
      }) ? 0 : 1]++;
    });
    // both outcomes occur: the checks refuse, and some damage leaves a valid (other) batch
    assertThat(outcomes[0]).as("refused").isPositive();
    assertThat(outcomes[1]).as("restored").isPositive();
  }
}
