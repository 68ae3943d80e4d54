package io.github.monetik.affiliate;

import io.github.monetik.money.Rate;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One entry of a product's rate history: the open commission rate a seller set, from a day on.
 *
 * <p>When the new rate is lower than the one before, creators already promoting the product keep
 * the higher rate for the lock period of the {@link CommissionPolicy}; a higher rate applies at once.
 *
 * <pre>{@code
 * RateChange.of(LocalDate.of(2025, 3, 1), Rate.percent(12));   // 12% from 2025-03-01
 * }</pre>
 */
public final class RateChange {
  private final LocalDate from;
  private final Rate rate;
  private final Fraction fraction;
  final long fromDay;
  final AppliedRate open;
  final AppliedRate locked;

  private RateChange(LocalDate from, Rate rate) {
    this.from = from;
    this.rate = rate;
    this.fraction = new Fraction(rate);
    this.fromDay = from.toEpochDay();
    this.open = new AppliedRate(fraction, AppliedRate.Kind.OPEN, "");
    this.locked = new AppliedRate(fraction, AppliedRate.Kind.LOCKED, rate + " from " + from);
  }

  /**
   * {@return the change}
   *
   * @param from the day the seller set the rate (announced and in force for new promoters)
   * @param rate the open commission rate
   * @throws NullPointerException if an argument is null
   */
  public static RateChange of(LocalDate from, Rate rate) {
    return new RateChange(Objects.requireNonNull(from, "from"), Objects.requireNonNull(rate, "rate"));
  }

  /** {@return the day the seller set the rate} */
  public LocalDate from() {
    return from;
  }

  /** {@return the open commission rate from that day} */
  public Rate rate() {
    return rate;
  }

  Fraction fraction() {
    return fraction;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof RateChange r && r.from.equals(from) && r.rate.equals(rate);
  }

  @Override
  public int hashCode() {
    return Objects.hash(from, rate);
  }

  /** {@return for example {@code 12% from 2025-03-01}} */
  @Override
  public String toString() {
    return rate + " from " + from;
  }
}
