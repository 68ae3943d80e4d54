package io.github.monetik.income;

import static io.github.monetik.testing.IncomeGenerators.USD;
import static io.github.monetik.testing.IncomeGenerators.entryLists;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.monetik.Monetik;
import io.github.monetik.testing.Corruption;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The laws of {@link IncomeBatch}: round trip, merge in any grouping and order, corruption refused or harmless. */
class IncomeBatchPropertiesTest {
  private static final Income INCOME = Monetik.defaults().income();

  private static IncomeBatch batchOf(List<IncomeEntry> entries) {
    IncomeBatch b = INCOME.batch(USD);
    entries.forEach(b::add);
    return b;
  }

  /** The entries cut at random places, one batch per part, some shipped as bytes, combined in a random grouping and order. */
  static IncomeBatch combinedAnyHow(List<IncomeEntry> all, SplittableRandom r) {
    List<IncomeBatch> parts = new ArrayList<>();
    IncomeBatch current = INCOME.batch(USD);
    for (IncomeEntry e : all) {
      if (r.nextInt(4) == 0) {
        parts.add(r.nextBoolean() ? INCOME.batch(current.toBytes()) : current);
        current = INCOME.batch(USD);
      }
      current.add(e);
    }
    parts.add(current);
    while (parts.size() > 1) {
      int i = r.nextInt(parts.size());
      int j = r.nextInt(parts.size() - 1);
      j = j >= i ? j + 1 : j;
      parts.set(i, parts.get(i).combine(parts.get(j)));
      parts.remove(j);
    }
    return parts.get(0);
  }

  static void sameBehaviour(IncomeBatch a, IncomeBatch b) {
    IncomeReport ra = a.report();
    IncomeReport rb = b.report();
    assertThat(rb).isEqualTo(ra).hasSameHashCodeAs(ra);
    assertThat(rb.toString()).isEqualTo(ra.toString());
    assertThat(rb.rows()).isEqualTo(ra.rows());
    assertThat(rb.total()).isEqualTo(ra.total());
    assertThat(rb.diversification()).isEqualTo(ra.diversification());
    assertThat(b.entries()).isEqualTo(a.entries());
    assertThat(b.toBytes()).isEqualTo(a.toBytes());
  }

  @Test
  void aRestoredBatchBehavesExactlyLikeTheOriginalAlsoAfterMoreAddsAndCombines() {
    qt().forAll(entryLists(), entryLists(), entryLists()).checkAssert((entries, more, others) -> {
      IncomeBatch original = batchOf(entries);
      byte[] bytes = original.toBytes();
      IncomeBatch restored = INCOME.batch(bytes);
      assertThat(restored.toBytes()).isEqualTo(bytes);
      sameBehaviour(original, restored);
      assertThat(original.report()).isEqualTo(INCOME.report(USD, entries));
      more.forEach(original::add);
      more.forEach(restored::add);
      sameBehaviour(original, restored);
      original.combine(batchOf(others));
      restored.combine(INCOME.batch(batchOf(others).toBytes()));
      sameBehaviour(original, restored);
    });
  }

  @Test
  void partsCombinedInAnyGroupingAndOrderGiveTheOnePassReportAndBytes() {
    qt().forAll(entryLists(), longs().all()).checkAssert((entries, seed) -> {
      SplittableRandom r = new SplittableRandom(seed);
      IncomeBatch once = batchOf(entries);
      sameBehaviour(once, combinedAnyHow(entries, r));
      sameBehaviour(once, combinedAnyHow(entries, r));
      assertThat(once.report()).isEqualTo(INCOME.report(USD, entries))
          .isEqualTo(entries.parallelStream().collect(INCOME.toReport(USD)));
    });
  }

  /** {@return "added", or the documented refusal of sums beyond the bounds (the batch is then unchanged)} */
  private static String added(IncomeBatch b, IncomeEntry e) {
    try {
      b.add(e);
      return "added";
    } catch (ArithmeticException documented) {
      return documented.getMessage();
    }
  }

  @Test
  void aDamagedFormIsRefusedWithItsNameOrGivesABatchThatBehavesConsistently() {
    int[] outcomes = new int[2];
    qt().withExamples(300).forAll(entryLists(), entryLists(), longs().all()).checkAssert((entries, more, seed) -> {
      byte[] bad = Corruption.corrupt(batchOf(entries).toBytes(), new SplittableRandom(seed));
      outcomes[Corruption.refusedOrConsistent(bad, INCOME::batch, b -> {
        IncomeReport report = b.report();
        report.toString();
        assertThat((long) report.rows().size()).isLessThanOrEqualTo(b.entries());
        IncomeBatch again = INCOME.batch(b.toBytes());
        sameBehaviour(b, again);
        if (report.currency().equals(USD)) {
          for (IncomeEntry e : more) {
            String first = added(b, e);
            assertThat(added(again, e)).isEqualTo(first);
            sameBehaviour(b, again);
          }
        }
      }) ? 0 : 1]++;
    });
    assertThat(outcomes[0]).as("refused").isPositive();
    assertThat(outcomes[1]).as("restored").isPositive();
  }
}
