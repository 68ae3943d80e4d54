package io.github.monetik.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The largest-remainder method, once: a whole number of units shared among parts so that the parts
 * add up to it exactly. Used wherever a report's rows must add up to a rounded total (whole
 * diamonds per sender, income shares to a fixed number of decimals).
 */
public final class Apportion {
  private Apportion() {}

  /**
   * Shares {@code total} units among parts whose exact sizes are {@code numerators[i] / denominator}
   * units: each part gets its size rounded down, and the units still missing go one each to the
   * parts with the largest remainders, ties broken by {@code ties}.
   *
   * @param numerators each part's exact size times {@code denominator}, each {@code >= 0}
   * @param denominator the common denominator, {@code > 0}
   * @param total the units to share: at least the sum of the rounded-down sizes, and at most that
   *     sum plus the number of parts
   * @param ties the order among parts with equal remainders (by part index)
   * @return the units of each part, adding up to {@code total}
   * @throws IllegalArgumentException if {@code total} is outside that range
   */
  public static long[] largestRemainder(BigDecimal[] numerators, BigDecimal denominator, long total,
      Comparator<Integer> ties) {
    int n = numerators.length;
    long[] units = new long[n];
    BigDecimal[] remainder = new BigDecimal[n];
    long floors = 0;
    for (int i = 0; i < n; i++) {
      BigDecimal[] qr = numerators[i].divideAndRemainder(denominator);
      BigInteger whole = qr[0].toBigIntegerExact();
      units[i] = whole.longValueExact();
      remainder[i] = qr[1];
      floors = Math.addExact(floors, units[i]);
    }
    long missing = total - floors;
    if (missing < 0 || missing > n) {
      throw new IllegalArgumentException("total must be between " + floors + " and " + (floors + n) + ", was " + total);
    }
    if (missing > 0) {
      List<Integer> order = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        order.add(i);
      }
      order.sort(Comparator.<Integer, BigDecimal>comparing(i -> remainder[i]).reversed().thenComparing(ties));
      for (int j = 0; j < missing; j++) {
        units[order.get(j)]++;
      }
    }
    return units;
  }
}
