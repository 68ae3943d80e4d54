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
import io.github.monetik.rules.WithdrawalPresets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import io.github.monetik.testing.TestRules;
import org.junit.jupiter.api.Test;

/** Results are values (equal and unequal as they should be), boundaries are where they say, the door works. */
class GiftValuesTest {
  private static final long[] ROSE = {5655, 1};
  private static final Instant T = Instant.parse("2023-10-04T19:19:36Z");
  private final Gifts gifts = Monetik.defaults().gifts();

  private static CountedGift counted(String sender, long giftId, long count) {
    return CountedGift.builder().senderId(sender).hostId("h").giftId(giftId).combo(true).groupId(1).messageId(giftId).count(count)
        .coinsPerGift(1).timestamp(T).isOpen(false).build();
  }

  @Test
  void resultsAreValues() {
    long t = T.toEpochMilli();
    ComboSettlement a = gifts.settle(List.of(event(1, t, "a", "h", ROSE, true, 1, true, 1)));
    ComboSettlement b = gifts.settle(List.of(event(1, t, "a", "h", ROSE, true, 2, true, 1)));
    assertThat(a).isNotEqualTo(b);
    assertThat(a.hashCode()).isNotEqualTo(b.hashCode());
    LiveEarnings ea = gifts.earnings(a);
    LiveEarnings eb = gifts.earnings(b);
    assertThat(ea.hashCode()).isNotEqualTo(eb.hashCode());
    assertThat(ea.bySender().get("a")).isNotEqualTo(eb.bySender().get("a")).isEqualTo(gifts.earnings(a).bySender().get("a"))
        .hasSameHashCodeAs(gifts.earnings(a).bySender().get("a"));
    assertThat(gifts.giftCatalog().hashCode()).isNotEqualTo(GiftCatalog.empty().hashCode());
    SettlementIssue unknown = SettlementIssue.of(SettlementIssue.Kind.UNKNOWN_GIFT, 1, 2, "");
    assertThat(unknown).isEqualTo(SettlementIssue.of(SettlementIssue.Kind.UNKNOWN_GIFT, 1, 2, ""))
        .hasSameHashCodeAs(SettlementIssue.of(SettlementIssue.Kind.UNKNOWN_GIFT, 1, 2, ""))
        .isNotEqualTo(SettlementIssue.of(SettlementIssue.Kind.UNKNOWN_GIFT, 1, 3, ""))
        .isNotEqualTo(SettlementIssue.of(SettlementIssue.Kind.UNKNOWN_GIFT, 2, 2, ""))
        .isNotEqualTo(SettlementIssue.of(SettlementIssue.Kind.CATALOG_MISMATCH, 1, 2, ""));
    assertThat(unknown.hashCode()).isNotEqualTo(SettlementIssue.of(SettlementIssue.Kind.UNKNOWN_GIFT, 1, 3, "").hashCode());
    WithdrawalPlan p = gifts.planWithdrawals(Diamonds.of(50_000), LocalDate.of(2025, 1, 1));
    WithdrawalPlan q = gifts.planWithdrawals(Diamonds.of(50_001), LocalDate.of(2025, 1, 1));
    assertThat(p).isEqualTo(gifts.planWithdrawals(Diamonds.of(50_000), LocalDate.of(2025, 1, 1)))
        .hasSameHashCodeAs(gifts.planWithdrawals(Diamonds.of(50_000), LocalDate.of(2025, 1, 1))).isNotEqualTo(q);
    assertThat(p.hashCode()).isNotEqualTo(q.hashCode());
    assertThat(p.withdrawals().get(0)).isNotEqualTo(q.withdrawals().get(0))
        .isEqualTo(gifts.planWithdrawals(Diamonds.of(50_000), LocalDate.of(2025, 1, 1)).withdrawals().get(0));
    assertThat(p.withdrawals().get(0).hashCode()).isNotEqualTo(q.withdrawals().get(0).hashCode());
    assertThat(p.withdrawals().get(0)).isNotEqualTo(
        gifts.planWithdrawals(Diamonds.of(50_000), LocalDate.of(2025, 1, 2)).withdrawals().get(0));
    assertThat(TallyOptions.defaults()).isEqualTo(TallyOptions.defaults().withRetention(java.time.Duration.ofMinutes(5)))
        .hasSameHashCodeAs(TallyOptions.defaults().withIdleExpiry(java.time.Duration.ofMinutes(1)))
        .isNotEqualTo(TallyOptions.keepingEveryGift()).isNotEqualTo(TallyOptions.defaults().keepingIdleCombosOpen());
  }

  @Test
  void theDoorSettlesFeedsAndCollects() {
    GiftEvent e = event(1, T.toEpochMilli(), "a", "h", ROSE, true, 3, true, 1);
    // The door's live path (the settler it once handed out is package-private now).
    LiveTally tally = gifts.tally(TallyOptions.keepingEveryGift());
    assertThat(tally.accept(e).accept(e).messages()).isEqualTo(2);
    assertThat(tally.settlement().settledCoins()).isEqualTo(Coins.of(3));
    assertThat(tally.settlement().settled().stream().collect(gifts.toEarnings()).coins()).isEqualTo(Coins.of(3));
    assertThat(gifts.earnings(tally.settlement().settled()).coins()).isEqualTo(Coins.of(3));
    assertThat(Stream.of(e, e).collect(gifts.toSettlement())).isEqualTo(gifts.settle(List.of(e, e)))
        .isEqualTo(tally.settlement());
    assertThat(e.naiveCoins()).isEqualTo(Coins.of(3));
    assertThat(gifts.tally().accept(event(9, T.toEpochMilli(), "x", "h", new long[] {1, 1}, true, 1, false, 1)).snapshot()
        .issues()).extracting(SettlementIssue::kind).containsExactly(SettlementIssue.Kind.UNKNOWN_GIFT);
    assertThat(gifts.tally().options()).isEqualTo(TallyOptions.defaults());
    assertThat(gifts.tally().provenance()).isEqualTo(gifts.provenance());
    assertThat(gifts.toString()).isEqualTo("Gifts[116 gifts in catalog, creator share 50%, rules latest]");
  }

  @Test
  void boundariesAreWhereTheySay() {
    long t = T.toEpochMilli();
    assertThat(event(1, t, "a", "h", new long[] {1, 0}, false, 1, false, 0).coinsPerGift()).isZero();
    assertThat(fed(ComboSettler.batch(GiftCatalog.empty(), false), 1, 0).settledGifts()).isEqualTo(1);
    assertThat(CountedGift.builder().from(counted("a", 1, 1)).coinsPerGift(0).build().coins()).isEqualTo(Coins.ZERO);
    assertThat(Gift.builder().id(0).name("x").price(Coins.of(1)).repeatable(false).build().id().getAsLong()).isZero();
    assertThat(WithdrawalPresets.wallet().withProcessingDays(0).processingDays()).isZero();
    assertThat(WithdrawalPresets.wallet().withMinimum(Money.of("1000", "USD")).minimum()).isEqualTo(Money.of("1000", "USD"));
    // Message times: from 2000-01-01 (included) to 2100-01-01 (excluded).
    assertThat(event(1, GiftEvent.EARLIEST.toEpochMilli(), "a", "h", ROSE, false, 1, false, 0).timestamp())
        .isEqualTo(GiftEvent.EARLIEST);
    assertThat(event(1, GiftEvent.LATEST.toEpochMilli() - 1, "a", "h", ROSE, false, 1, false, 0).timestamp())
        .isEqualTo(GiftEvent.LATEST.minusMillis(1));
    assertThatThrownBy(() -> event(1, GiftEvent.LATEST.toEpochMilli(), "a", "h", ROSE, false, 1, false, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("timestamp must be in [");
    // Cap equal to the minimum: every withdrawal is exactly the cap.
    Gifts equal = Gifts.of(DiamondPresets.classic(), GiftCatalog.empty(),
        WithdrawalPresets.wallet().withMinimum(Money.of("1000", "USD")), TestRules.PROVENANCE);
    assertThat(equal.planWithdrawals(Diamonds.of(450_000), LocalDate.of(2025, 1, 1)).withdrawals()).hasSize(2);
    assertThat(equal.planWithdrawals(Diamonds.of(450_000), LocalDate.of(2025, 1, 1)).remaining()).isEqualTo(Diamonds.of(50_000));
    // At most 36,500 days.
    assertThat(gifts.planWithdrawals(Diamonds.of(200_000L * WithdrawalPlanner.MAX_DAYS - 1), LocalDate.of(2025, 1, 1))
        .withdrawals()).hasSize(WithdrawalPlanner.MAX_DAYS);
    assertThatThrownBy(() -> gifts.planWithdrawals(Diamonds.of(200_000L * WithdrawalPlanner.MAX_DAYS), LocalDate.of(2025, 1, 1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("balance must take at most 36500 days");
    // Tally windows: from 1 second to a year.
    assertThat(TallyOptions.defaults().withRetention(java.time.Duration.ofSeconds(1)).retention())
        .contains(java.time.Duration.ofSeconds(1));
    assertThat(TallyOptions.defaults().withIdleExpiry(TallyOptions.LONGEST).idleExpiry()).contains(TallyOptions.LONGEST);
    assertThatThrownBy(() -> TallyOptions.defaults().withRetention(java.time.Duration.ofMillis(999)))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("window must be from 1 second to 365 days, was PT0.999S");
    assertThatThrownBy(() -> TallyOptions.defaults().withIdleExpiry(TallyOptions.LONGEST.plusMillis(1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("idle must be from 1 second to 365 days, was");
    assertThatThrownBy(() -> TallyOptions.defaults().withRetention(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("window");
    assertThat(TallyOptions.keepingEveryGift().retention()).isEmpty();
    assertThat(TallyOptions.keepingEveryGift().idleExpiry()).contains(java.time.Duration.ofMinutes(1));
    assertThat(TallyOptions.defaults().keepingIdleCombosOpen().idleExpiry()).isEmpty();
    assertThat(TallyOptions.defaults()).hasToString("retain PT5M, expire idle combos after PT1M");
    assertThat(TallyOptions.keepingEveryGift().keepingIdleCombosOpen()).hasToString("keep every gift, keep idle combos open");
  }

  private static ComboSettler fed(ComboSettler s, long messageId, long coins) {
    s.accept(messageId, T.toEpochMilli(), "a", "h", 1, coins, false, 1, false, 0);
    return s;
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
