package io.github.monetik.gifts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.monetik.Monetik;
import io.github.monetik.money.Diamonds;
import io.github.monetik.money.Money;
import io.github.monetik.rules.DiamondPresets;
import io.github.monetik.testing.TestRules;
import io.github.monetik.rules.WithdrawalPresets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class WithdrawalsTest {
  private static final LocalDate DAY = LocalDate.of(2025, 3, 1);
  private final Gifts current = Monetik.defaults().gifts();

  /** The door of the latest book with another withdrawal policy (the planner itself is package-private). */
  private static Gifts door(WithdrawalPolicy policy) {
    return Gifts.of(DiamondPresets.classic(), GiftCatalog.empty(), policy, TestRules.PROVENANCE);
  }

  private static List<Long> amounts(WithdrawalPlan p) {
    return p.withdrawals().stream().map(w -> w.diamonds().count()).toList();
  }

  @Test
  void aBalanceLeavesAtTheDailyCapOnConsecutiveDaysEachArrivingWithin15Days() {
    // Classic policy: USD 0.005 per diamond, so the USD 1,000 cap is 200,000 diamonds a day.
    WithdrawalPlan p = current.planWithdrawals(Diamonds.of(450_000), DAY);
    assertThat(amounts(p)).containsExactly(200_000L, 200_000L, 50_000L);
    assertThat(p.withdrawals()).extracting(Withdrawal::date).containsExactly(DAY, DAY.plusDays(1), DAY.plusDays(2));
    assertThat(p.withdrawals().get(0).arrivesBy()).isEqualTo(LocalDate.of(2025, 3, 16));
    assertThat(p.withdrawals().get(0).cash()).isEqualTo(Money.of("1000", "USD"));
    assertThat(p.withdrawnCash()).isEqualTo(Money.of("2250", "USD"));
    assertThat(p.remaining()).isEqualTo(Diamonds.ZERO);
    assertThat(p.lastArrival()).contains(LocalDate.of(2025, 3, 18));
    assertThat(p.withdrawn()).isEqualTo(Diamonds.of(450_000));
    assertThat(p.balance()).isEqualTo(Diamonds.of(450_000));
    assertThat(p.withdrawalPolicy()).isEqualTo(WithdrawalPresets.wallet());
    assertThat(p.toString()).contains("WithdrawalPlan for 450,000 diamonds (cap USD 1000.00/day, minimum USD 100.00, 15 days processing)")
        .contains("2025-03-03").contains("50,000 diamonds").contains("USD 250.00").contains("2025-03-18");
    assertThat(p.withdrawals().get(2)).hasToString("2025-03-03: 50,000 diamonds = USD 250.00, arrives by 2025-03-18");
  }

  @Test
  void aLastDayBelowTheMinimumTakesFromTheDayBefore() {
    // 210,000 = 200,000 + 10,000 (USD 50, below USD 100): the first day gives 10,000 to the second.
    assertThat(amounts(current.planWithdrawals(Diamonds.of(210_000), DAY))).containsExactly(190_000L, 20_000L);
    assertThat(amounts(current.planWithdrawals(Diamonds.of(220_000), DAY))).containsExactly(200_000L, 20_000L);
    assertThat(amounts(current.planWithdrawals(Diamonds.of(200_001), DAY))).containsExactly(180_001L, 20_000L);
  }

  @Test
  void whatCannotReachTheMinimumStaysAndThePlanSaysSo() {
    WithdrawalPlan below = current.planWithdrawals(Diamonds.of(19_999), DAY);
    assertThat(below.withdrawals()).isEmpty();
    assertThat(below.remaining()).isEqualTo(Diamonds.of(19_999));
    assertThat(below.remainingCash()).isEqualTo(Money.of("99.995", "USD"));
    assertThat(below.lastArrival()).isEmpty();
    assertThat(below.withdrawnCash()).isEqualTo(Money.of("0", "USD"));
    assertThat(amounts(current.planWithdrawals(Diamonds.of(20_000), DAY))).containsExactly(20_000L);
    // A cap of USD 150 (30,000 diamonds): 35,000 = 30,000 + 5,000 cannot be rebalanced (15,000 < 20,000).
    Gifts tight = door(WithdrawalPresets.wallet().withDailyCap(Money.of("150", "USD")));
    WithdrawalPlan p = tight.planWithdrawals(Diamonds.of(35_000), DAY);
    assertThat(amounts(p)).containsExactly(30_000L);
    assertThat(p.remaining()).isEqualTo(Diamonds.of(5_000));
    assertThat(amounts(tight.planWithdrawals(Diamonds.of(40_000), DAY))).containsExactly(20_000L, 20_000L);
    assertThat(amounts(tight.planWithdrawals(Diamonds.of(45_000), DAY))).containsExactly(25_000L, 20_000L);
  }

  @Test
  void noMinimumWithdrawsEveryDiamond() {
    Gifts none = door(WithdrawalPresets.wallet().withMinimum(Money.of("0", "USD")));
    assertThat(amounts(none.planWithdrawals(Diamonds.of(1), DAY))).containsExactly(1L);
    assertThat(none.planWithdrawals(Diamonds.ZERO, DAY).withdrawals()).isEmpty();
    assertThat(none.planWithdrawals(Diamonds.of(1), DAY).withdrawalPolicy().minimum()).isEqualTo(Money.of("0", "USD"));
  }

  @Test
  void badPoliciesAndPlansNameTheArgument() {
    WithdrawalPolicy p = WithdrawalPresets.wallet();
    assertThatThrownBy(() -> p.withDailyCap(Money.of("0", "USD"))).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("dailyCap must be > 0, was USD 0.00");
    assertThatThrownBy(() -> p.withMinimum(Money.of("-1", "USD"))).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("minimum must be >= 0, was USD -1.00");
    assertThatThrownBy(() -> p.withMinimum(Money.of("1", "EUR"))).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("minimum must be in the dailyCap's currency USD, was EUR 1.00");
    assertThatThrownBy(() -> p.withMinimum(Money.of("1000.01", "USD"))).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("minimum must be <= dailyCap USD 1000.00, was USD 1000.01");
    assertThatThrownBy(() -> p.withProcessingDays(-1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("processingDays must be >= 0, was -1");
    assertThatThrownBy(() -> door(WithdrawalPolicy.builder().dailyCap(Money.of("1000", "EUR"))
        .minimum(Money.of("1", "EUR")).processingDays(15).build()).planWithdrawals(Diamonds.of(1), DAY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("policy must be in the diamond value's currency USD, was EUR");
    assertThatThrownBy(() -> current.planWithdrawals(Diamonds.of(Long.MAX_VALUE), DAY)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("balance must take at most 36500 days");
    assertThat(amounts(current.planWithdrawals(Diamonds.of(200_000L * 36_499), DAY))).hasSize(36_499);
    assertThatThrownBy(() -> current.planWithdrawals(Diamonds.of(400_000), LocalDate.MAX)).isInstanceOf(ArithmeticException.class)
        .hasMessageContaining("withdrawal date overflow");
    assertThatThrownBy(() -> current.planWithdrawals(null, DAY)).isInstanceOf(NullPointerException.class).hasMessage("balance");
  }

  @Test
  void everyDiamondIsWithdrawnOrStaysAndEveryWithdrawalKeepsTheRules() {
    qt().withExamples(300).forAll(longs().between(0, 5_000_000), integers().between(0, 200), integers().between(1, 400))
        .checkAssert((balance, minimum, cap) -> {
          int capDollars = Math.max(cap, minimum);
          Gifts w = door(WithdrawalPolicy.builder().dailyCap(Money.of(Integer.toString(capDollars), "USD"))
              .minimum(Money.of(Integer.toString(minimum), "USD")).processingDays(15).build());
          WithdrawalPlan p = w.planWithdrawals(Diamonds.of(balance), DAY);
          long capD = capDollars * 200L;
          long minD = Math.max(1, minimum * 200L);
          assertThat(p.withdrawn().plus(p.remaining())).isEqualTo(Diamonds.of(balance));
          assertThat(p.withdrawals().stream().mapToLong(x -> x.diamonds().count()).sum()).isEqualTo(p.withdrawn().count());
          assertThat(p.remaining().count()).isLessThan(minD);
          for (int i = 0; i < p.withdrawals().size(); i++) {
            Withdrawal x = p.withdrawals().get(i);
            assertThat(x.diamonds().count()).isBetween(minD, capD);
            assertThat(x.date()).isEqualTo(DAY.plusDays(i));
            assertThat(x.arrivesBy()).isEqualTo(x.date().plusDays(15));
          }
          // The fewest days: no plan could withdraw as much in fewer days.
          assertThat((long) p.withdrawals().size()).isEqualTo((p.withdrawn().count() + capD - 1) / capD);
        });
  }
}
