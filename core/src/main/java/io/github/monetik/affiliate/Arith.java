package io.github.monetik.affiliate;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Exact integer arithmetic on minor units, rounding where told; BigDecimal only when a long would overflow. */
final class Arith {
  private Arith() {}

  static final long[] POW10 = new long[19];

  static {
    POW10[0] = 1;
    for (int i = 1; i < POW10.length; i++) {
      POW10[i] = POW10[i - 1] * 10;
    }
  }

  /**
   * {@code a x b / d} rounded to a whole number, for {@code a, b >= 0} and {@code d > 0}.
   *
   * @throws ArithmeticException if the result does not fit a long
   */
  static long mulDiv(long a, long b, long d, RoundingMode mode) {
    long high = Math.multiplyHigh(a, b);
    long product = a * b;
    if (high != 0 || product < 0) {
      return BigDecimal.valueOf(a).multiply(BigDecimal.valueOf(b))
          .divide(BigDecimal.valueOf(d), 0, mode).longValueExact();
    }
    long q = product / d;
    long r = product % d;
    return r == 0 ? q : q + roundUp(q, r, d, mode);
  }

  /** 1 if a non-negative quotient {@code q} with remainder {@code 0 < r < d} rounds up, else 0. */
  static long roundUp(long q, long r, long d, RoundingMode mode) {
    long rest = d - r;
    switch (mode) {
      case UP:
      case CEILING:
        return 1;
      case DOWN:
      case FLOOR:
        return 0;
      case HALF_UP:
        return r >= rest ? 1 : 0;
      case HALF_DOWN:
        return r > rest ? 1 : 0;
      case HALF_EVEN:
        return r > rest || (r == rest && (q & 1) == 1) ? 1 : 0;
      default:
        throw new ArithmeticException("rounding necessary, mode " + mode);
    }
  }
}
