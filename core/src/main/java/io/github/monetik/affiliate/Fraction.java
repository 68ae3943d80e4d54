package io.github.monetik.affiliate;

import io.github.monetik.money.Rate;
import java.math.BigDecimal;

/** A rate as {@code unscaled / 10^scale} in longs, when it fits; the fast path's view of a {@link Rate}. */
final class Fraction {
  final Rate rate;
  final long unscaled;
  final long denominator;
  final boolean fits;

  Fraction(Rate rate) {
    this.rate = rate;
    BigDecimal v = rate.value();
    boolean ok = v.scale() >= 0 && v.scale() < Arith.POW10.length && v.precision() <= 18;
    this.fits = ok;
    this.unscaled = ok ? v.unscaledValue().longValueExact() : 0;
    this.denominator = ok ? Arith.POW10[v.scale()] : 1;
  }

  /** Compares with another fraction, in longs when both fit with small denominators. */
  int compareTo(Fraction other) {
    if (fits && other.fits && denominator <= 1_000_000_000L && other.denominator <= 1_000_000_000L) {
      return Long.compare(unscaled * other.denominator, other.unscaled * denominator);
    }
    return rate.compareTo(other.rate);
  }
}
