package io.github.monetik.gifts;

import static io.github.monetik.testing.GiftGenerators.event;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.monetik.Monetik;
import io.github.monetik.money.Coins;
import io.github.monetik.money.Diamonds;
import io.github.monetik.money.Money;
import io.github.monetik.money.Rate;
import io.github.monetik.rules.DiamondPresets;
import io.github.monetik.rules.GiftCatalogPresets;
import io.github.monetik.rules.WithdrawalPresets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Results are values (equal and unequal as they should be), boundaries are where they say, the door works. */
class GiftValuesTest {
  private static final long[] ROSE = {5655, 1};
  private static final Instant T = Instant.parse("2023-10-04T19:19:36Z");
  private final Gifts gifts = Monetik.defaults().gifts();

  private static CountedGift counted(String sender, long giftId, long count) {
    return CountedGift.builder().senderId(sender).hostId("h").giftId(giftId).combo(true).groupId(1).count(count)
        .coinsPerGift(1).timestamp(T).isOpen(false).build();
  }

  @Test
  void resultsAreValues() {
    ComboSettlement a = gifts.settle(List.of(event(1, 0, "a", "h", ROSE, true, 1, true, 1)));
    ComboSettlement b = gifts.settle(List.of(event(1, 0, "a", "h", ROSE, true, 2, true, 1)));
    assertThat(a).isNotEqualTo(b);
    assertThat(a.hashCode()).isNotEqualTo(b.hashCode());
    LiveEarnings ea = gifts.earnings(a);
    LiveEarnings eb = gifts.earnings(b);
    assertThat(ea.hashCode()).isNotEqualTo(eb.hashCode());
    assertThat(ea.bySender().get("a")).isNotEqualTo(eb.bySender().get("a")).isEqualTo(gifts.earnings(a).bySender().get("a"))
        .hasSameHashCodeAs(gifts.earnings(a).bySender().get("a"));
    assertThat(gifts.giftCatalog().hashCode()).isNotEqualTo(GiftCatalog.empty().hashCode());
    SettlementIssue unknown = SettlementIssue.unknownGift(1, 2);
    assertThat(unknown).isEqualTo(SettlementIssue.unknownGift(1, 2)).hasSameHashCodeAs(SettlementIssue.unknownGift(1, 2))
        .isNotEqualTo(SettlementIssue.unknownGift(1, 3));
    assertThat(unknown.hashCode()).isNotEqualTo(SettlementIssue.unknownGift(1, 3).hashCode());
    WithdrawalPlan p = gifts.withdrawals().plan(Diamonds.of(50_000), LocalDate.of(2025, 1, 1));
    WithdrawalPlan q = gifts.withdrawals().plan(Diamonds.of(50_001), LocalDate.of(2025, 1, 1));
    assertThat(p).isEqualTo(gifts.withdrawals().plan(Diamonds.of(50_000), LocalDate.of(2025, 1, 1)))
        .hasSameHashCodeAs(gifts.withdrawals().plan(Diamonds.of(50_000), LocalDate.of(2025, 1, 1))).isNotEqualTo(q);
    assertThat(p.hashCode()).isNotEqualTo(q.hashCode());
    assertThat(p.withdrawals().get(0)).isNotEqualTo(q.withdrawals().get(0))
        .isEqualTo(gifts.withdrawals().plan(Diamonds.of(50_000), LocalDate.of(2025, 1, 1)).withdrawals().get(0));
    assertThat(p.withdrawals().get(0).hashCode()).isNotEqualTo(q.withdrawals().get(0).hashCode());
    assertThat(p.withdrawals().get(0)).isNotEqualTo(
        gifts.withdrawals().plan(Diamonds.of(50_000), LocalDate.of(2025, 1, 2)).withdrawals().get(0));
  }

  @Test
  void theDoorSettlesFeedsAndCollects() {
    GiftEvent e = event(1, T.toEpochMilli(), "a", "h", ROSE, true, 3, true, 1);
    ComboSettler settler = gifts.settler();
    assertThat(settler.accept(e).accept(e).messages()).isEqualTo(2);
    assertThat(settler.settlement(io.github.monetik.testing.TestRules.PROVENANCE).settledCoins()).isEqualTo(Coins.of(3));
    assertThat(settler.settlement(io.github.monetik.testing.TestRules.PROVENANCE).settled().stream().collect(gifts.earningsCollector()).coins()).isEqualTo(Coins.of(3));
    assertThat(gifts.earnings(settler.settlement(io.github.monetik.testing.TestRules.PROVENANCE).settled()).coins()).isEqualTo(Coins.of(3));
    assertThat(e.naiveCoins()).isEqualTo(Coins.of(3));
    assertThat(gifts.settler().accept(event(9, 0, "x", "h", new long[] {1, 1}, true, 1, false, 1)).settlement(io.github.monetik.testing.TestRules.PROVENANCE).issues())
        .extracting(SettlementIssue::kind).containsExactly(SettlementIssue.Kind.UNKNOWN_GIFT);
  }

  @Test
  void boundariesAreWhereTheySay() {
    assertThat(event(1, 0, "a", "h", new long[] {1, 0}, false, 1, false, 0).coinsPerGift()).isZero();
    assertThat(ComboSettler.batch(GiftCatalog.empty(), false).accept(1, 0, "a", "h", 1, 0, false, 1, false, 0).settledGifts()).isEqualTo(1);
    assertThat(CountedGift.builder().from(counted("a", 1, 1)).coinsPerGift(0).build().coins()).isEqualTo(Coins.ZERO);
    assertThat(Gift.builder().id(0).name("x").price(Coins.of(1)).repeatable(false).build().id().getAsLong()).isZero();
    assertThat(WithdrawalPresets.wallet().withProcessingDays(0).processingDays()).isZero();
    assertThat(WithdrawalPresets.wallet().withMinimum(Money.of("1000", "USD")).minimum()).isEqualTo(Money.of("1000", "USD"));
    // Cap equal to the minimum: every withdrawal is exactly the cap.
    Withdrawals equal = new Withdrawals(WithdrawalPresets.wallet().withMinimum(Money.of("1000", "USD")), DiamondPresets.classic());
    assertThat(equal.plan(Diamonds.of(450_000), LocalDate.of(2025, 1, 1)).withdrawals()).hasSize(2);
    assertThat(equal.plan(Diamonds.of(450_000), LocalDate.of(2025, 1, 1)).remaining()).isEqualTo(Diamonds.of(50_000));
    // At most 36,500 days.
    Withdrawals w = gifts.withdrawals();
    assertThat(w.plan(Diamonds.of(200_000L * Withdrawals.MAX_DAYS - 1), LocalDate.of(2025, 1, 1)).withdrawals())
        .hasSize(Withdrawals.MAX_DAYS);
    assertThatThrownBy(() -> w.plan(Diamonds.of(200_000L * Withdrawals.MAX_DAYS), LocalDate.of(2025, 1, 1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("balance must take at most 36500 days");
  }

  @Test
  void leftoverDiamondsGoToTheLargestFractionThenToTheFirstLabel() {
    DiamondPolicy scaled = DiamondPresets.scaledLiveRewards(Rate.percent(53));
    // 18 coins = 19.08, 16 coins = 16.96: total 34 coins = 36.04 -> 36; floors 19 + 16 = 35; the larger fraction is the smaller row.
    LiveEarnings e = Earnings.of(List.of(counted("big", 1, 18), counted("small", 1, 16)), scaled);
    assertThat(e.bySender().get("big").diamonds()).isEqualTo(Diamonds.of(19));
    assertThat(e.bySender().get("small").diamonds()).isEqualTo(Diamonds.of(17));
    // Gifts 9 and 10, 10 coins each (10.6 each, 21.2 -> 21): equal fractions, the leftover goes to label "10" before "9".
    LiveEarnings g = Earnings.of(List.of(counted("a", 9, 10), counted("a", 10, 10)), scaled);
    assertThat(g.byGift().get(10L).diamonds()).isEqualTo(Diamonds.of(11));
    assertThat(g.byGift().get(9L).diamonds()).isEqualTo(Diamonds.of(10));
    assertThat(g.byGift().get(9L).label()).isEqualTo("9");
  }
}
