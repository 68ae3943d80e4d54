package io.github.monetik.coins;

import java.util.List;

/**
 * Independent, slow answers to "the cheapest way to at least n coins, and among the cheapest the
 * most coins", to check {@link CoinShop#quote} against. Written from the problem statement only.
 */
final class ReferenceCover {
  private ReferenceCover() {}

  /** @return {price in minor units, coins} */
  static long[] bruteForce(CoinPriceList list, long n) {
    long[] best = {Long.MAX_VALUE, -1};
    List<CoinPackage> ps = list.packages();
    enumerate(list, ps, 0, n, 0, 0, best);
    return best;
  }

  private static void enumerate(CoinPriceList list, List<CoinPackage> ps, int i, long n, long coins, long price,
      long[] best) {
    if (i == ps.size()) {
      offer(list, n, coins, price, best);
      return;
    }
    long c = ps.get(i).coins().count();
    long p = ps.get(i).price().toMinorUnits();
    // More copies than ceil(n / c) never help: dropping one would still cover, for less.
    for (long k = 0; k <= (n + c - 1) / c; k++) {
      enumerate(list, ps, i + 1, n, coins + k * c, price + k * p, best);
      if (coins + k * c >= n) {
        break;
      }
    }
  }

  /** Completes a multiset of packages with the cheapest custom amount, keeping the best. */
  private static void offer(CoinPriceList list, long n, long coins, long price, long[] best) {
    offer(list.customRate().map(r -> r.coins().count()).orElse(0L),
        list.customRate().map(r -> r.price().toMinorUnits()).orElse(0L), n, coins, price, best);
  }

  /** The same, with the custom rate as cc coins for pc minor units (cc = 0: none). */
  private static void offer(long cc, long pc, long n, long coins, long price, long[] best) {
    long missing = Math.max(0, n - coins);
    long total;
    long got;
    if (missing == 0) {
      total = price;
      got = coins;
    } else if (cc > 0) {
      long customPrice = (missing * pc + cc - 1) / cc;
      total = price + customPrice;
      got = coins + customPrice * cc / pc; // the most custom coins that price buys
    } else {
      return;
    }
    if (total < best[0] || (total == best[0] && got > best[1])) {
      best[0] = total;
      best[1] = got;
    }
  }

  /** @return {price in minor units, coins}, by a plain dynamic programme over exact package sums */
  static long[] dynamicProgramme(CoinPriceList list, long n) {
    int size = list.packages().size();
    int[] c = new int[size];
    long[] p = new long[size];
    long cMax = list.customRate().map(r -> r.coins().count()).orElse(0L);
    for (int i = 0; i < size; i++) {
      c[i] = (int) list.packages().get(i).coins().count();
      p[i] = list.packages().get(i).price().toMinorUnits();
      cMax = Math.max(cMax, c[i]);
    }
    int limit = (int) (n + cMax);
    long[] dp = new long[limit + 1];
    java.util.Arrays.fill(dp, Long.MAX_VALUE);
    dp[0] = 0;
    for (int j = 1; j <= limit; j++) {
      for (int i = 0; i < size; i++) {
        if (c[i] <= j && dp[j - c[i]] != Long.MAX_VALUE) {
          dp[j] = Math.min(dp[j], dp[j - c[i]] + p[i]);
        }
      }
    }
    long cc = list.customRate().map(r -> r.coins().count()).orElse(0L);
    long pc = list.customRate().map(r -> r.price().toMinorUnits()).orElse(0L);
    long[] best = {Long.MAX_VALUE, -1};
    for (int j = 0; j <= limit; j++) {
      if (dp[j] != Long.MAX_VALUE) {
        offer(cc, pc, n, j, dp[j], best);
      }
    }
    return best;
  }
}
