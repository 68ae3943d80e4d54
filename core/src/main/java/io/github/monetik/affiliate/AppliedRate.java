package io.github.monetik.affiliate;

import io.github.monetik.money.Rate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The rate a sale earned and why: the open rate, an older higher rate kept by the decrease lock, a
 * campaign's rate, the Shop Ads rate, a tier of a tiered commission or a category's flat rate.
 */
public final class AppliedRate {
  /** Why this rate. */
  public enum Origin {
    /** The product's open rate on the day of the sale. */
    OPEN,
    /** An earlier, higher open rate: a decrease has not reached this creator yet. */
    LOCKED,
    /** A seller's campaign (Target Collaboration) overriding every other rate. */
    CAMPAIGN,
    /** The product's Shop Ads rate, for a sale driven by an ad that uses the creator's post. */
    SHOP_ADS,
    /** A tier of the product's {@link TieredCommission}. */
    TIERED,
    /** The programme's flat rate for the product's category. */
    CATEGORY
  }

  final Fraction fraction;
  private final Origin kind;
  private final String detail;
  /**
   * For a sale under a tiered commission, the rate it earns once the creator is past the first
   * tier (this rate being the first tier's, the estimate); null for every other sale.
   */
  final @Nullable AppliedRate upper;

  AppliedRate(Fraction fraction, Origin kind, String detail, @Nullable AppliedRate upper) {
    this.fraction = fraction;
    this.kind = kind;
    this.detail = detail;
    this.upper = upper;
  }

  AppliedRate(Fraction fraction, Origin kind, String detail) {
    this(fraction, kind, detail, null);
  }

  /** {@return the same rate, for a sale under a tiered commission whose second tier earns {@code upper}} */
  AppliedRate withUpper(AppliedRate upper) {
    return new AppliedRate(fraction, kind, detail, upper);
  }

  /** {@return the rate} */
  public Rate rate() {
    return fraction.rate;
  }

  /** {@return why it applies} */
  public Origin kind() {
    return kind;
  }

  /**
   * {@return the campaign's name, the locked rate change, the tier or the category; empty for
   *     {@link Origin#OPEN} and {@link Origin#SHOP_ADS}}
   */
  public String detail() {
    return detail;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof AppliedRate a && a.rate().equals(rate()) && a.kind == kind && a.detail.equals(detail);
  }

  @Override
  public int hashCode() {
    return Objects.hash(rate(), kind, detail);
  }

  /**
   * {@return for example {@code 15% open}, {@code 25% campaign spring-push}, {@code 15% locked (15% from
   *     2025-01-01)}, {@code 5% Shop Ads}, {@code 10% tiered (first 100 orders, then 15%)}}
   */
  @Override
  public String toString() {
    return switch (kind) {
      case OPEN -> rate() + " open";
      case LOCKED -> rate() + " locked (" + detail + ")";
      case CAMPAIGN -> rate() + " campaign " + detail;
      case SHOP_ADS -> rate() + " Shop Ads";
      case TIERED -> rate() + " tiered (" + detail + ")";
      case CATEGORY -> rate() + " category " + detail;
    };
  }
}
