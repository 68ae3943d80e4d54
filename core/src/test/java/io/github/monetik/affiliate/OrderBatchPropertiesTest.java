package io.github.monetik.affiliate;

import static io.github.monetik.testing.AffiliateGenerators.asOf;
import static io.github.monetik.testing.AffiliateGenerators.currency;
import static io.github.monetik.testing.AffiliateGenerators.seeds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.monetik.testing.AffiliateGenerators;
import io.github.monetik.testing.Corruption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The laws of {@link OrderBatch}: round trip, merge in any grouping and order, corruption refused or harmless. */
class OrderBatchPropertiesTest {
  private static OrderBatch batchOf(Affiliate door, LocalDate asOf, List<Order> orders) {
    OrderBatch b = door.batch(asOf);
    orders.forEach(b::add);
    return b;
  }

  /** The orders cut at random places, one batch per part, some shipped as bytes, combined in a random grouping and order. */
  static OrderBatch combinedAnyHow(Affiliate door, LocalDate asOf, List<Order> all, SplittableRandom r) {
    List<OrderBatch> parts = new ArrayList<>();
    for (List<Order> part : CommissionPropertiesTest.split(r, all)) {
      OrderBatch b = batchOf(door, asOf, part);
      parts.add(r.nextBoolean() ? door.batch(b.toBytes()) : b);
    }
    while (parts.size() > 1) {
      int i = r.nextInt(parts.size());
      int j = r.nextInt(parts.size() - 1);
      j = j >= i ? j + 1 : j;
      parts.set(i, parts.get(i).combine(parts.get(j)));
      parts.remove(j);
    }
    return parts.get(0);
  }

  static void sameBehaviour(OrderBatch a, OrderBatch b) {
    CommissionStatement sa = a.statement();
    CommissionStatement sb = b.statement();
    assertThat(sb).isEqualTo(sa).hasSameHashCodeAs(sa);
    assertThat(sb.toString()).isEqualTo(sa.toString());
    assertThat(sb.rows()).isEqualTo(sa.rows());
    assertThat(sb.monthRows()).isEqualTo(sa.monthRows());
    assertThat(sb.campaignRows()).isEqualTo(sa.campaignRows());
    assertThat(sb.orderIds()).containsExactlyElementsOf(sa.orderIds());
    assertThat(b.orders()).isEqualTo(a.orders());
    assertThat(b.toBytes()).isEqualTo(a.toBytes());
  }

  @Test
  void aRestoredBatchBehavesExactlyLikeTheOriginalAlsoAfterMoreAddsAndCombines() {
    qt().withExamples(150).forAll(seeds()).checkAssert(seed -> {
      SplittableRandom r = new SplittableRandom(seed);
      Affiliate door = CommissionPropertiesTest.anyPolicy(r);
      Currency c = currency(r);
      LocalDate asOf = asOf(r);
      List<Order> orders = AffiliateGenerators.anyOrders(r, c, r.nextInt(20));
      OrderBatch original = batchOf(door, asOf, orders);
      byte[] bytes = original.toBytes();
      OrderBatch restored = door.batch(bytes);
      assertThat(restored.toBytes()).isEqualTo(bytes);
      sameBehaviour(original, restored);
      assertThat(original.statement()).isEqualTo(door.statement(orders, asOf));
      List<Order> more = AffiliateGenerators.orders(r, c, r.nextInt(8), "more", true);
      more.forEach(original::add);
      more.forEach(restored::add);
      sameBehaviour(original, restored);
      List<Order> others = AffiliateGenerators.orders(r, c, r.nextInt(8), "other", true);
      original.combine(batchOf(door, asOf, others));
      restored.combine(door.batch(batchOf(door, asOf, others).toBytes()));
      sameBehaviour(original, restored);
    });
  }

  @Test
  void partsCombinedInAnyGroupingAndOrderGiveTheOnePassStatementAndBytes() {
    qt().withExamples(150).forAll(seeds()).checkAssert(seed -> {
      SplittableRandom r = new SplittableRandom(seed);
      Affiliate door = CommissionPropertiesTest.anyPolicy(r);
      LocalDate asOf = asOf(r);
      List<Order> all = AffiliateGenerators.anyOrders(r, currency(r), r.nextInt(25));
      OrderBatch once = batchOf(door, asOf, all);
      sameBehaviour(once, combinedAnyHow(door, asOf, all, r));
      sameBehaviour(once, combinedAnyHow(door, asOf, all, r));
      assertThat(once.statement()).isEqualTo(door.statement(all, asOf))
          .isEqualTo(all.parallelStream().collect(door.toStatement(asOf)));
    });
  }

  /** {@return the statement's text after checking that it adds up, or the documented overflow} */
  private static String outcome(OrderBatch b) {
    try {
      CommissionStatement s = b.statement();
      CommissionPropertiesTest.accounts(s.totals());
      s.byProduct().values().forEach(CommissionPropertiesTest::accounts);
      s.byMonth().values().forEach(CommissionPropertiesTest::accounts);
      s.byCampaign().values().forEach(CommissionPropertiesTest::accounts);
      assertThat(CommissionPropertiesTest.sum(s.byMonth(), CommissionTotals::earned, s.earned().minus(s.earned())))
          .isEqualTo(s.earned());
      assertThat(s.orders()).isEqualTo(b.orders());
      return s + " " + s.orderIds() + " " + s.rows();
    } catch (ArithmeticException documented) {
      return "overflow: " + documented.getMessage();
    }
  }

  /** {@return "added", or the documented refusal} */
  private static String added(OrderBatch b, Order o) {
    try {
      b.add(o);
      return "added";
    } catch (ArithmeticException | IllegalArgumentException documented) {
      return documented.getClass().getSimpleName() + ": " + documented.getMessage();
    }
  }

  @Test
  void aDamagedFormIsRefusedWithItsNameOrGivesABatchThatBehavesConsistently() {
    int[] outcomes = new int[2];
    qt().withExamples(300).forAll(seeds()).checkAssert(seed -> {
      SplittableRandom r = new SplittableRandom(seed);
      Affiliate door = CommissionPropertiesTest.anyPolicy(r);
      Currency c = currency(r);
      LocalDate asOf = asOf(r);
      byte[] bad = Corruption.corrupt(batchOf(door, asOf, AffiliateGenerators.anyOrders(r, c, r.nextInt(12))).toBytes(), r);
      List<Order> more = AffiliateGenerators.orders(r, c, 3, "more", true);
      outcomes[Corruption.refusedOrConsistent(bad, door::batch, b -> {
        OrderBatch again = door.batch(b.toBytes());
        assertThat(again.toBytes()).isEqualTo(b.toBytes());
        assertThat(outcome(again)).isEqualTo(outcome(b));
        for (Order o : more) {
          String first = added(b, o);
          assertThat(added(again, o)).isEqualTo(first);
          if (!first.equals("added")) {
            break;
          }
          assertThat(outcome(again)).isEqualTo(outcome(b));
        }
      }) ? 0 : 1]++;
    });
    assertThat(outcomes[0]).as("refused").isPositive();
    assertThat(outcomes[1]).as("restored").isPositive();
  }
}
