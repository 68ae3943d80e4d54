package io.github.monetik.gifts;

import io.github.monetik.report.Provenance;
import io.github.monetik.money.Diamonds;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Plans withdrawals of a diamond balance under a {@link WithdrawalPolicy}, valuing diamonds with a
 * {@link DiamondPolicy}. Immutable.
 *
 * <p>The plan withdraws whole diamonds, as much as the daily cap allows each calendar day from the
 * start date, so the balance leaves in the fewest days. When the last day would fall below the
 * minimum, the day before gives up just enough for the last one to reach it (if it can and still
 * meet the minimum itself); otherwise that last part stays in the wallet and the plan says so.
 *
 * <pre>{@code
 * WithdrawalPlan p = tiktok.gifts().planWithdrawals(Diamonds.of(450_000), LocalDate.of(2025, 3, 1));
 * p.withdrawals();   // 200,000 + 200,000 + 50,000 diamonds on three days, each arriving within 15 days
 * p.remaining();     // 0 diamonds
 * }</pre>
 */
final class WithdrawalPlanner {
  /** The longest plan made: 100 years of daily withdrawals. */
  static final int MAX_DAYS = 36_500;

  private final WithdrawalPolicy policy;
  private final DiamondPolicy diamonds;

  /**
   * @param policy the cap, minimum and processing window
   * @param diamonds what one diamond is worth in cash
   * @throws IllegalArgumentException if the two policies use different currencies
   */
  WithdrawalPlanner(WithdrawalPolicy policy, DiamondPolicy diamonds) {
    this.policy = Objects.requireNonNull(policy, "policy");
    this.diamonds = Objects.requireNonNull(diamonds, "diamonds");
    if (!policy.dailyCap().currency().equals(diamonds.diamondValue().currency())) {
      throw new IllegalArgumentException("policy must be in the diamond value's currency "
          + diamonds.diamondValue().currency() + ", was " + policy.dailyCap().currency());
    }
  }


  /**
   * {@return the plan: daily withdrawals, their arrival, what stays below the minimum}
   *
   * @param balance the diamonds to withdraw
   * @param startDate the first calendar day to withdraw on
   * @throws IllegalArgumentException if the plan would take more than {@value #MAX_DAYS} days
   * @throws ArithmeticException if a withdrawal date goes beyond {@link LocalDate#MAX}
   */
  WithdrawalPlan plan(Diamonds balance, LocalDate startDate, Provenance provenance) {
    Objects.requireNonNull(balance, "balance");
    Objects.requireNonNull(startDate, "startDate");
    BigDecimal value = diamonds.diamondValue().amount();
    long cap = policy.dailyCap().amount().divide(value, 0, RoundingMode.DOWN).min(BigDecimal.valueOf(Long.MAX_VALUE))
        .longValueExact();
    long min = Math.max(1, policy.minimum().amount().divide(value, 0, RoundingMode.UP)
        .min(BigDecimal.valueOf(Long.MAX_VALUE)).longValueExact());
    long left = balance.count();
    if (cap >= min && left / cap >= MAX_DAYS) {
      throw new IllegalArgumentException("balance must take at most " + MAX_DAYS + " days at " + policy.dailyCap()
          + " a day, was " + balance);
    }
    List<Long> amounts = new ArrayList<>();
    if (cap >= min) {
      while (left >= min) {
        long take = Math.min(cap, left);
        amounts.add(take);
        left -= take;
      }
      int last = amounts.size() - 1;
      if (left > 0 && last >= 0 && amounts.get(last) - (min - left) >= min) {
        // Move just enough from the last full day so that the rest reaches the minimum.
        amounts.set(last, amounts.get(last) - (min - left));
        amounts.add(min);
        left = 0;
      }
    }
    List<Withdrawal> out = new ArrayList<>();
    for (int i = 0; i < amounts.size(); i++) {
      LocalDate day = plusDays(startDate, i);
      Diamonds d = Diamonds.of(amounts.get(i));
      out.add(new Withdrawal(day, d, diamonds.cashValueOf(d), plusDays(day, policy.processingDays())));
    }
    Diamonds remaining = Diamonds.of(left);
    return new WithdrawalPlan(balance, out, remaining, diamonds.cashValueOf(remaining), policy, provenance);
  }

  private static LocalDate plusDays(LocalDate day, long days) {
    try {
      return day.plusDays(days);
    } catch (java.time.DateTimeException e) {
      throw new ArithmeticException("withdrawal date overflow: " + day + " + " + days + " days is beyond " + LocalDate.MAX);
    }
  }
}
