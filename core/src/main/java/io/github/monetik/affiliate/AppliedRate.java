package io.github.monetik.affiliate;

import io.github.monetik.money.Rate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The rate a sale earned and why: the open rate, an older higher rate kept by the decrease lock, a
 * campaign's rate or a category's flat rate.
 */
public final class AppliedRate {
  /** Why this rate. */
  public enum Kind {
    /** The product's open rate on the day of the sale. */
    OPEN,
    /** An earlier, higher open rate: a decrease has not reached this creator yet. */
    LOCKED,
    /** A seller's campaign overriding the open rate. */
    CAMPAIGN,
    /** The programme's flat rate for the product's category. */
    CATEGORY
  }

  final Fraction fraction;
  private final Kind kind;
  private final String detail;

  AppliedRate(Fraction fraction, Kind kind, String detail) {
    this.fraction = fraction;
    this.kind = kind;
    this.detail = detail;
  }

  /** {@return the rate} */
  public Rate rate() {
    return fraction.rate;
  }

  /** {@return why it applies} */
  public Kind kind() {
    return kind;
  }

  /** {@return the campaign's name, the locked rate change or the category; empty for {@link Kind#OPEN}} */
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

  /** {@return for example {@code 15% open}, {@code 25% campaign spring-push}, {@code 15% locked (15% from 2025-01-01)}} */
  @Override
  public String toString() {
    switch (kind) {
      case OPEN:
        return rate() + " open";
      case LOCKED:
        return rate() + " locked (" + detail + ")";
      case CAMPAIGN:
        return rate() + " campaign " + detail;
      default:
        return rate() + " category " + detail;
    }
  }
}
