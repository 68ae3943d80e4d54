package io.github.monetik.gifts;

import io.github.monetik.money.Diamonds;
import io.github.monetik.money.Money;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** One withdrawal of a {@link WithdrawalPlan}: the day it is requested, the diamonds, their cash, when it arrives at the latest. */
public final class Withdrawal {
  private final LocalDate date;
  private final Diamonds diamonds;
  private final Money cash;
  private final LocalDate arrivesBy;

  Withdrawal(LocalDate date, Diamonds diamonds, Money cash, LocalDate arrivesBy) {
    this.date = date;
    this.diamonds = diamonds;
    this.cash = cash;
    this.arrivesBy = arrivesBy;
  }

  /** {@return the calendar day the withdrawal is requested} */
  public LocalDate date() {
    return date;
  }

  /** {@return the diamonds withdrawn} */
  public Diamonds diamonds() {
    return diamonds;
  }

  /** {@return their cash value, exact} */
  public Money cash() {
    return cash;
  }

  /** {@return the last day of the processing window} */
  public LocalDate arrivesBy() {
    return arrivesBy;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Withdrawal w && w.date.equals(date) && w.diamonds.equals(diamonds) && w.cash.equals(cash)
        && w.arrivesBy.equals(arrivesBy);
  }

  @Override
  public int hashCode() {
    return Objects.hash(date, diamonds, cash, arrivesBy);
  }

  /** {@return one line: day, diamonds, cash, arrival} */
  @Override
  public String toString() {
    return date + ": " + diamonds + " = " + cash + ", arrives by " + arrivesBy;
  }
}
