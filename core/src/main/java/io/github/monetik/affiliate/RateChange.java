package io.github.monetik.affiliate;

import io.github.monetik.internal.Checks;
import io.github.monetik.money.Rate;
import java.time.LocalDate;

/**
 * One entry of a product's rate history: the open commission rate a seller set, from a day on.
 *
 * <p>When the new rate is lower than the one before, creators already promoting the product keep
 * the higher rate for the lock period of the {@link CommissionPolicy}; a higher rate applies at once.
 * A value anyone may make: whether its rate is allowed is the policy's to check, and whether its day
 * fits a history the product's.
 *
 * <pre>{@code
 * RateChange.of(LocalDate.of(2025, 3, 1), Rate.percent(12));   // 12% from 2025-03-01
 * }</pre>
 *
 * @param from the day the seller set the rate (announced and in force for new promoters)
 * @param rate the open commission rate from that day
 */
public record RateChange(LocalDate from, Rate rate) {
  /**
   * The change.
   *
   * @param from the day the seller set the rate
   * @param rate the open commission rate
   * @throws NullPointerException if an argument is null
   */
  public RateChange {
    Checks.notNull(from, "from");
    Checks.notNull(rate, "rate");
  }

  /**
   * {@return the change}
   *
   * @param from the day the seller set the rate (announced and in force for new promoters)
   * @param rate the open commission rate
   * @throws NullPointerException if an argument is null
   */
  public static RateChange of(LocalDate from, Rate rate) {
    return new RateChange(from, rate);
  }

  /** {@return for example {@code 12% from 2025-03-01}} */
  @Override
  public String toString() {
    return rate + " from " + from;
  }
}
