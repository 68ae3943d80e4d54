package io.github.monetik.programs;

import io.github.monetik.internal.Checks;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * When a month's earnings are paid: on a fixed day of the next month, or a number of days after
 * the month ends.
 *
 * <pre>{@code
 * PayDay.dayOfNextMonth(15).payDate(YearMonth.of(2024, 5));      // 2024-06-15
 * PayDay.daysAfterMonthEnd(30).payDate(YearMonth.of(2021, 1));   // 2021-03-02
 * }</pre>
 */
public final class PayDay {
  private final boolean fixedDay;
  private final int days;

  private PayDay(boolean fixedDay, int days) {
    this.fixedDay = fixedDay;
    this.days = days;
  }

  /**
   * {@return the pay day}
   *
   * @param day the day of the next month, 1 to 28 (so that every month has it)
   * @throws IllegalArgumentException if {@code day} is outside 1 to 28
   */
  public static PayDay dayOfNextMonth(int day) {
    if (day < 1 || day > 28) {
      throw new IllegalArgumentException("day must be 1 to 28 (every month has it), was " + day);
    }
    return new PayDay(true, day);
  }

  /**
   * {@return the pay day}
   *
   * @param days days after the last day of the month, 0 to 366
   * @throws IllegalArgumentException if {@code days} is outside 0 to 366
   */
  public static PayDay daysAfterMonthEnd(int days) {
    if (days < 0 || days > 366) {
      throw new IllegalArgumentException("days must be 0 to 366, was " + days);
    }
    return new PayDay(false, days);
  }

  /**
   * {@return the day its earnings are paid}
   *
   * @param month the month earned
   * @throws IllegalArgumentException if the pay day would be after {@link LocalDate#MAX} (a month
   *     at the end of {@code java.time}'s range, such as {@code +999999999-12})
   * @throws NullPointerException if {@code month} is null
   */
  public LocalDate payDate(YearMonth month) {
    return payDate(Checks.notNull(month, "month"), "month");
  }

  /** The pay date, a month too late for one refused naming {@code argument}. */
  LocalDate payDate(YearMonth month, String argument) {
    try {
      return fixedDay ? month.plusMonths(1).atDay(days) : month.atEndOfMonth().plusDays(days);
    } catch (DateTimeException e) {
      throw Checks.invalid(argument, "a month whose pay day (" + this + ") is a date, up to " + LocalDate.MAX, month);
    }
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof PayDay p && p.fixedDay == fixedDay && p.days == days;
  }

  @Override
  public int hashCode() {
    return Objects.hash(fixedDay, days);
  }

  /** {@return for example {@code day 15 of the next month} or {@code 30 days after month end}} */
  @Override
  public String toString() {
    return fixedDay ? "day " + days + " of the next month" : days + " days after month end";
  }
}
