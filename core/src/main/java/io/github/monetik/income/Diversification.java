package io.github.monetik.income;

import io.github.monetik.internal.Bounds;
import io.github.monetik.internal.Checks;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * How concentrated income is across streams, over the streams with a positive net total.
 *
 * @param shares each stream's share of the total, rounded to {@value IncomeReport#SHARE_SCALE}
 *     decimals by the largest-remainder method so that they add up to exactly 1
 * @param herfindahl the Herfindahl–Hirschman index, the sum of squared exact shares, in [1/n, 1];
 *     1 means one stream; rounded half-even to {@value IncomeReport#INDEX_SCALE} decimals
 * @param effectiveStreams 1 / HHI, between 1 and n: "as diversified as this many equal streams";
 *     rounded half-even to {@value IncomeReport#INDEX_SCALE} decimals
 * @param streams n, the number of streams with a positive total
 */
public record Diversification(
    Map<IncomeStream, BigDecimal> shares, BigDecimal herfindahl, BigDecimal effectiveStreams, int streams) {
  /**
   * Checks the parts and keeps the shares unmodifiable. Reports compute these; a hand-made one is
   * checked for shape only (not that the numbers agree).
   *
   * @param shares each stream's share of the total
   * @param herfindahl the Herfindahl–Hirschman index
   * @param effectiveStreams 1 / HHI
   * @param streams the number of streams with a positive total: the number of shares
   * @throws NullPointerException naming the part, or a share by its stream ({@code shares[LIVE_GIFTS]}), if null
   * @throws IllegalArgumentException if {@code streams} is not the number of shares, or a number is
   *     outside Monetik's bounds
   */
  public Diversification {
    Map<IncomeStream, BigDecimal> copy = new EnumMap<>(IncomeStream.class);
    for (Map.Entry<IncomeStream, BigDecimal> e : Checks.notNull(shares, "shares").entrySet()) {
      IncomeStream s = Checks.notNull(e.getKey(), "shares[null]");
      copy.put(s, Bounds.amount(e.getValue(), "shares[" + s + "]"));
    }
    shares = Collections.unmodifiableMap(copy);
    herfindahl = Bounds.amount(herfindahl, "herfindahl");
    effectiveStreams = Bounds.amount(effectiveStreams, "effectiveStreams");
    if (streams != shares.size()) {
      throw Checks.invalid("streams", "the number of shares, " + shares.size(), streams);
    }
  }
}
