package io.github.monetik.gifts;

import io.github.monetik.internal.Checks;
import io.github.monetik.money.Diamonds;
import io.github.monetik.money.Money;
import java.time.LocalDate;

/**
 * One withdrawal of a {@link WithdrawalPlan}: the day it is requested, the diamonds, their cash, when
 * it arrives at the latest.
 *
 * @param date the calendar day the withdrawal is requested
 * @param diamonds the diamonds withdrawn
 * @param cash their cash value, exact
 * @param arrivesBy the last day of the processing window
 */
public record Withdrawal(LocalDate date, Diamonds diamonds, Money cash, LocalDate arrivesBy) {
  /**
   * Checks the parts.
   *
   * @param date the calendar day the withdrawal is requested
   * @param diamonds the diamonds withdrawn
   * @param cash their cash value, exact
   * @param arrivesBy the last day of the processing window, not before {@code date}
   */
  public Withdrawal {
    Checks.notNull(date, "date");
    Checks.notNull(diamonds, "diamonds");
    Checks.notNull(cash, "cash");
    Checks.notNull(arrivesBy, "arrivesBy");
    if (arrivesBy.isBefore(date)) {
      throw Checks.invalid("arrivesBy", "on or after " + date, arrivesBy);
    }
  }

  /** {@return one line: day, diamonds, cash, arrival} */
  @Override
  public String toString() {
    return date + ": " + diamonds + " = " + cash + ", arrives by " + arrivesBy;
  }
}
