package io.github.monetik.gifts;

import io.github.monetik.internal.TextTable;
import io.github.monetik.report.Rows;
import io.github.monetik.report.Provenance;
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
  private final Provenance provenance;

  WithdrawalPlan(Diamonds balance, List<Withdrawal> withdrawals, Diamonds remaining, Money remainingCash,
      WithdrawalPolicy policy, Provenance provenance) {
    this.provenance = provenance;
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
  public WithdrawalPolicy withdrawalPolicy() {
    return policy;
  }

  /** {@return where the policy comes from} */
  public Provenance provenance() {
    return provenance;
  }

  /**
   * The plan as export rows, one per withdrawal and a last one for what stays. The columns, in this
   * order: {@code date} (text, ISO day; {@code stays} on the last row), {@code diamonds} (count),
   * {@code cash} (amount, exact), {@code arrives_by} (text, empty on the last row) and
   * {@code currency}. The diamonds add up to {@link #balance()}, the cash to
   * {@link #withdrawnCash()} plus {@link #remainingCash()}.
   *
   * @return the rows
   */
  public Rows rows() {
    Rows.Builder b = Rows.builder().text("date").count("diamonds").amount("cash").text("arrives_by").text("currency");
    String currency = remainingCash.currency().getCurrencyCode();
    for (Withdrawal w : withdrawals) {
      b.row(w.date().toString(), w.diamonds().count(), w.cash().amount(), w.arrivesBy().toString(), currency);
    }
    return b.row("stays", remaining.count(), remainingCash.amount(), "", currency).build();
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof WithdrawalPlan p && p.balance.equals(balance) && p.withdrawals.equals(withdrawals)
        && p.remaining.equals(remaining) && p.remainingCash.equals(remainingCash) && p.policy.equals(policy)
        && p.provenance.equals(provenance);
  }

  @Override
  public int hashCode() {
    return Objects.hash(balance, withdrawals, remaining, remainingCash, policy, provenance);
  }

  /** {@return a small table: one row per withdrawal, then what stays} */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder("WithdrawalPlan for ").append(balance).append(" (cap ").append(policy.dailyCap())
        .append("/day, minimum ").append(policy.minimum()).append(", ").append(policy.processingDays())
        .append(" days processing)\n");
    TextTable t = TextTable.of("day", "diamonds", "cash", "arrives by");
    for (Withdrawal w : withdrawals) {
      t.row(w.date(), w.diamonds(), w.cash(), w.arrivesBy());
    }
    t.row("stays", remaining, remainingCash);
    b.append(t.render("  "));
    return TextTable.withNotes(b.toString(), provenance.notes());
  }
}
