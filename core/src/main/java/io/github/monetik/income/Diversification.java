package io.github.monetik.income;

import java.math.BigDecimal;
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
   * Keeps the shares unmodifiable.
   *
   * @param shares each stream's share of the total
   * @param herfindahl the Herfindahl–Hirschman index
   * @param effectiveStreams 1 / HHI
   * @param streams the number of streams with a positive total
   */
  public Diversification {
    shares = Map.copyOf(shares);
  }
}
