package io.github.monetik.affiliate;

import io.github.monetik.internal.MonetikStyle;
import io.github.monetik.money.Rate;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How an affiliate programme turns a sale into a creator's commission.
 *
 * <ul>
 *   <li><b>Which rate</b> ({@link #rateSource()}): the rate the seller set on the product
 *       ({@link RateSource#SELLER}, TikTok Shop: a covering {@link Campaign} overrides the open rate,
 *       and a decrease reaches creators already promoting only after {@link #rateDecreaseLockDays()})
 *       or a flat rate per product category ({@link RateSource#CATEGORY}, like Amazon Associates).
 *       Every rate applied must lie in [{@link #minRate()}, {@link #maxRate()}].
 *   <li><b>The base</b> the rate applies to: {@code quantity x unitPrice} minus the seller's discount,
 *       never tax or shipping; the platform's discount is deducted too, or not, by
 *       {@link #platformDiscount()}.
 *   <li><b>Refunds</b>: a refund of a fraction {@code f} of what the customer paid leaves
 *       {@code (1 - f)} of the commission; cancelled, returned, fully refunded and fraudulent orders
 *       earn nothing.
 *   <li><b>Settlement</b>: the commission becomes payable {@link #settlementDays()} after delivery;
 *       a refund or fraud after that is a negative adjustment.
 *   <li><b>Rounding</b> ({@link #rounding()}, {@link #roundingMode()}): each line's commission, or the
 *       order's, rounded once to the currency's minor unit.
 * </ul>
 *
 * <p>Sourced presets live in {@code rules.AffiliatePresets}; build your own with {@link #builder()}.
 */
@Value.Immutable
@MonetikStyle
public abstract class CommissionPolicy {
  CommissionPolicy() {}

  /** Where the rate of a sale comes from. */
  public enum RateSource {
    /** The rate the seller set on the product: campaign, else the open rate with the decrease lock. */
    SELLER,
    /** A flat rate per product category, from {@link #categoryRates()}. */
    CATEGORY
  }

  /** Whether the platform's discount comes off the commission base. */
  public enum PlatformDiscount {
    /** Deducted: the base is what the customer actually paid for the goods (before tax). */
    DEDUCTED,
    /** Included: the base is the price after the seller's discount; the platform's subsidy still counts. */
    INCLUDED
  }

  /** Where the commission is rounded to the currency's minor unit. */
  public enum Rounding {
    /** Each line's commission is rounded; the order's is their sum. */
    PER_LINE,
    /** The order's exact commission is rounded once; lines get shares that add up to it. */
    PER_ORDER
  }

  /** {@return a builder; every field but the category rates is required} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CommissionPolicy}; {@code build()} checks the fields and names a bad one. */
  public static final class Builder extends ImmutableCommissionPolicy.Builder {
    Builder() {}
  }

  /** {@return a short name of the programme, shown in explanations} */
  public abstract String name();

  /** {@return where a sale's rate comes from} */
  public abstract RateSource rateSource();

  /** {@return the lowest rate the programme allows} */
  public abstract Rate minRate();

  /** {@return the highest rate the programme allows} */
  public abstract Rate maxRate();

  /** {@return the flat rate per product category, for {@link RateSource#CATEGORY}} */
  public abstract Map<String, Rate> categoryRates();

  /** {@return whether the platform's discount comes off the base} */
  public abstract PlatformDiscount platformDiscount();

  /** {@return days from delivery until the commission is payable} */
  public abstract int settlementDays();

  /** {@return days before a rate decrease reaches creators already promoting a product} */
  public abstract int rateDecreaseLockDays();

  /** {@return whether lines or orders are rounded} */
  public abstract Rounding rounding();

  /** {@return how amounts are rounded to the minor unit; never {@link RoundingMode#UNNECESSARY}} */
  public abstract RoundingMode roundingMode();

  /**
   * {@return a copy with that name}
   *
   * @param name the name
   */
  public abstract CommissionPolicy withName(String name);

  /**
   * {@return a copy with that bound}
   *
   * @param minRate the lowest rate allowed
   */
  public abstract CommissionPolicy withMinRate(Rate minRate);

  /**
   * {@return a copy with that bound}
   *
   * @param maxRate the highest rate allowed
   */
  public abstract CommissionPolicy withMaxRate(Rate maxRate);

  /**
   * {@return a copy with it}
   *
   * @param platformDiscount the platform-discount treatment
   */
  public abstract CommissionPolicy withPlatformDiscount(PlatformDiscount platformDiscount);

  /**
   * {@return a copy with them}
   *
   * @param settlementDays days from delivery to payment
   */
  public abstract CommissionPolicy withSettlementDays(int settlementDays);

  /**
   * {@return a copy with them}
   *
   * @param rateDecreaseLockDays days a decrease waits for creators already promoting
   */
  public abstract CommissionPolicy withRateDecreaseLockDays(int rateDecreaseLockDays);

  /**
   * {@return a copy with it}
   *
   * @param rounding per line or per order
   */
  public abstract CommissionPolicy withRounding(Rounding rounding);

  /**
   * {@return a copy with it}
   *
   * @param roundingMode how to round
   */
  public abstract CommissionPolicy withRoundingMode(RoundingMode roundingMode);

  @Value.Check
  void check() {
    if (name().isBlank()) {
      throw new IllegalArgumentException("name must not be blank, was '" + name() + "'");
    }
    if (minRate().compareTo(maxRate()) > 0) {
      throw new IllegalArgumentException("minRate must not exceed maxRate " + maxRate() + ", was " + minRate());
    }
    if (settlementDays() < 0) {
      throw new IllegalArgumentException("settlementDays must be >= 0, was " + settlementDays());
    }
    if (rateDecreaseLockDays() < 0) {
      throw new IllegalArgumentException("rateDecreaseLockDays must be >= 0, was " + rateDecreaseLockDays());
    }
    if (roundingMode() == RoundingMode.UNNECESSARY) {
      throw new IllegalArgumentException("roundingMode must round, was " + roundingMode());
    }
    if (rateSource() == RateSource.CATEGORY && categoryRates().isEmpty()) {
      throw new IllegalArgumentException("categoryRates must not be empty for rateSource CATEGORY, was {}");
    }
    categoryRates().forEach((category, rate) -> inRange("categoryRates[" + category + "]", rate));
  }

  private boolean inRange(Rate rate) {
    return rate.compareTo(minRate()) >= 0 && rate.compareTo(maxRate()) <= 0;
  }

  /** The bounds as fractions, for the hot path. */
  @Value.Derived
  @Value.Auxiliary
  Bounds bounds() {
    return new Bounds(new Fraction(minRate()), new Fraction(maxRate()));
  }

  /** The allowed range as fractions. */
  static final class Bounds {
    final Fraction min;
    final Fraction max;

    Bounds(Fraction min, Fraction max) {
      this.min = min;
      this.max = max;
    }
  }

  private static boolean inRange(Fraction rate, Bounds bounds) {
    return rate.compareTo(bounds.min) >= 0 && rate.compareTo(bounds.max) <= 0;
  }

  void inRange(String field, Rate rate) {
    if (!inRange(rate)) {
      throw outOfRange(field, rate);
    }
  }

  private IllegalArgumentException outOfRange(String field, Rate rate) {
    return new IllegalArgumentException(field + " must be within " + minRate() + "–" + maxRate() + " (" + name()
        + "), was " + rate);
  }

  /**
   * The rate a sale of {@code product} on {@code day} earns, and why.
   *
   * @param product the product sold
   * @param day the day the order was placed
   * @param promotingSince the day the creator started promoting the product; empty means since
   *     before every rate change
   * @return the rate applied, with its kind (open, locked, campaign, category)
   * @throws IllegalArgumentException if the product paid no commission on that day, has no category
   *     rate, or its rate lies outside [{@link #minRate()}, {@link #maxRate()}]
   */
  public AppliedRate rateFor(Product product, LocalDate day, Optional<LocalDate> promotingSince) {
    Objects.requireNonNull(product, "product");
    Objects.requireNonNull(day, "day");
    Objects.requireNonNull(promotingSince, "promotingSince");
    return applied(product, day.toEpochDay(), promotingSince.map(LocalDate::toEpochDay).orElse(Long.MIN_VALUE));
  }

  AppliedRate applied(Product product, long day, long promotingSince) {
    if (rateSource() == RateSource.CATEGORY) {
      String category = product.category().orElseThrow(() -> new IllegalArgumentException(
          "category of product '" + product.id() + "' is needed by " + name() + ", was empty"));
      Rate rate = categoryRates().get(category);
      if (rate == null) {
        throw new IllegalArgumentException("category of product '" + product.id() + "' has no rate in " + name()
            + ", was '" + category + "'");
      }
      return new AppliedRate(new Fraction(rate), AppliedRate.Kind.CATEGORY, category);
    }
    Bounds bounds = bounds();
    List<Campaign> campaigns = product.campaigns();
    for (int i = 0; i < campaigns.size(); i++) {
      Campaign.Cache c = campaigns.get(i).cache();
      if (c.startDay <= day && day <= c.endDay) {
        if (!inRange(c.applied.fraction, bounds)) {
          throw outOfRange("campaign '" + c.applied.detail() + "' rate of product '" + product.id() + "'", c.applied.rate());
        }
        return c.applied;
      }
    }
    int now = product.indexOn(day);
    int index = product.lockedIndex(day, promotingSince, rateDecreaseLockDays());
    RateChange change = product.rateHistory().get(index);
    if (!inRange(change.fraction(), bounds)) {
      throw outOfRange("rate of product '" + product.id() + "' (" + change + ")", change.rate());
    }
    return index == now ? change.open : change.locked;
  }

  /** {@return one line: the programme, its rate range, discount rule, settlement and rate lock} */
  @Override
  public String toString() {
    return name() + ", rates " + minRate() + "–" + maxRate() + ", platform discount " + platformDiscount()
        + ", paid " + settlementDays() + " days after delivery, decreases locked " + rateDecreaseLockDays() + " days";
  }
}
