package io.github.monetik.gifts;

import io.github.monetik.money.Diamonds;
import io.github.monetik.money.Money;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Daily withdrawals that empty a diamond balance as far as the {@link WithdrawalPolicy} allows, and
 * what stays behind below the minimum. The withdrawn diamonds plus {@link #remaining()} always equal
 * the balance planned.
 */
public final class WithdrawalPlan {
  private final Diamonds balance;
  private final List<Withdrawal> withdrawals;
  private final Diamonds remaining;
  private final Money remainingCash;
  private final WithdrawalPolicy policy;

  WithdrawalPlan(Diamonds balance, List<Withdrawal> withdrawals, Diamonds remaining, Money remainingCash,
      WithdrawalPolicy policy) {
    this.balance = balance;
    this.withdrawals = List.copyOf(withdrawals);
    this.remaining = remaining;
    this.remainingCash = remainingCash;
    this.policy = policy;
  }

  /** {@return the balance that was planned} */
  public Diamonds balance() {
    return balance;
  }

  /** {@return one withdrawal per calendar day, in date order; empty if the balance is below the minimum} */
  public List<Withdrawal> withdrawals() {
    return withdrawals;
  }

  /** {@return diamonds that stay in the wallet: too few for one more withdrawal at the minimum} */
  public Diamonds remaining() {
    return remaining;
  }

  /** {@return the cash value of {@link #remaining()}} */
  public Money remainingCash() {
    return remainingCash;
  }

  /** {@return the diamonds withdrawn in all} */
  public Diamonds withdrawn() {
    return balance.minus(remaining);
  }

  /**
   * {@return the cash withdrawn in all, exact}
   */
  public Money withdrawnCash() {
    Money sum = Money.zero(remainingCash.currency());
    for (Withdrawal w : withdrawals) {
      sum = sum.plus(w.cash());
    }
    return sum;
  }

  /** {@return the day the last withdrawal arrives at the latest; empty if nothing is withdrawn} */
  public Optional<java.time.LocalDate> lastArrival() {
    return withdrawals.isEmpty() ? Optional.empty() : Optional.of(withdrawals.get(withdrawals.size() - 1).arrivesBy());
  }

  /** {@return the policy applied} */
  public WithdrawalPolicy policy() {
    return policy;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof WithdrawalPlan p && p.balance.equals(balance) && p.withdrawals.equals(withdrawals)
        && p.remaining.equals(remaining) && p.remainingCash.equals(remainingCash) && p.policy.equals(policy);
  }

  @Override
  public int hashCode() {
    return Objects.hash(balance, withdrawals, remaining, remainingCash, policy);
  }

  /** {@return a small table: one row per withdrawal, then what stays} */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder(String.format("WithdrawalPlan for %s (cap %s/day, minimum %s, %d days processing)%n",
        balance, policy.dailyCap(), policy.minimum(), policy.processingDays()));
    b.append(String.format("  %-12s %20s %16s %12s%n", "day", "diamonds", "cash", "arrives by"));
    for (Withdrawal w : withdrawals) {
      b.append(String.format("  %-12s %20s %16s %12s%n", w.date(), w.diamonds(), w.cash(), w.arrivesBy()));
    }
    b.append(String.format("  %-12s %20s %16s%n", "stays", remaining, remainingCash));
    return b.toString().stripTrailing();
  }
}
