package io.github.monetik.coins;

import java.util.Arrays;
import java.util.PriorityQueue;

/**
 * The exact optimiser behind {@link CoinShop#quote}: the cheapest multiset of packages (and at most
 * one custom amount) holding at least {@code n} coins; among equally cheap ones, the one holding the
 * most coins. All in minor units and {@code long}s; no per-coin array for large requests.
 *
 * <h2>Method</h2>
 * Let {@code b} be the package with the lowest price per coin ({@code m = coins(b)}, {@code pb =
 * price(b)}). A custom rate of {@code cc} coins for {@code pc} is a package {@code V = (cc, pc)}
 * plus at most one <em>partial</em> of {@code t < cc} coins costing {@code ceil(t pc / cc)}: since
 * {@code ceil((q cc + t) pc / cc) = q pc + ceil(t pc / cc)}, this is exactly a custom amount.
 *
 * <p>Any cover is a multiset {@code S} of packages other than {@code b} plus {@code j} copies of
 * {@code b}; the best {@code j} is {@code max(0, ceil((n - s) / m))} where {@code s} is S's coins.
 * Give S the weight {@code w(S) = m cost(S) - pb s >= 0} (every package costs at least {@code pb/m}
 * a coin). For S with residue {@code r = s mod m} and {@code s <= n}, the cover costs
 * {@code (w(S) + pb r) / m + pb ceil((n - r) / m)}: it depends on S only through {@code w(S)}; one
 * with {@code s > n} costs at least that. A shortest-path search over the {@code m} residues (edge
 * weights {@code m p_i - pb c_i >= 0}, ties broken by fewer coins) gives, per residue, the least
 * weight and the fewest coins {@code sMin[r]} reaching it. Once {@code n >= T = max sMin[r]}, the
 * optimum is the best residue's formula: O(m) per quote (O(m cc) with a custom rate), whatever
 * {@code n}. Below {@code T} (plus the partial's range), a plain dynamic programme over coin counts
 * up to {@code n + cMax} solves it exactly (an optimal cover never holds {@code cMax} coins more than asked: dropping a
 * package would be cheaper). The tests check both against brute force.
 *
 * <h2>Every loop is bounded by a number fixed before it starts</h2>
 * Each loop counts an {@code int} index through an array whose length is its bound (the partial
 * prices {@code partial[t]} for {@code t < cc}, the residues, the DP table, the shortest-path tree's
 * {@code depth} and {@code parent} links), or, for the residue search, through the proven bound of
 * {@code m x items + 1} queue polls. So a wrong step or condition (a bug, or a mutation test's
 * mutant) runs off an array or past the bound within that many steps, and fails fast instead of
 * hanging; none of it changes a result or the cost of a quote.
 */
final class CoverSolver {
  private static final long INF = Long.MAX_VALUE;

  /** The items: the list's packages, then the custom rate's package V if there is one. */
  private final long[] coins;
  private final long[] prices;
  private final int packageCount;
  private final long customCoins;
  private final long customPrice;
  /** partial[t] = ceil(t pc / cc) for t in [0, cc): every partial custom amount's price; {0} without a custom rate. */
  private final long[] partial;
  private final long maxCoins;

  private final int best;
  private final int m;
  private final long pb;
  /** Per residue: the least weight, the fewest coins at that weight, their cost, the last item. */
  private final long[] weight;
  private final long[] sMin;
  private final long[] cost;
  private final int[] lastItem;
  /** Per residue: the residue before it on its shortest path (-1 for 0 and unreached), and how many items the path holds. */
  private final int[] parent;
  private final int[] depth;
  private final long threshold;

  /** The cheapest way found for one request. */
  static final class Solution {
    /** Copies of each package of the list, in the list's order. */
    final long[] counts;
    /** Coins and price (minor units) of all custom amounts together; 0 when none. */
    final long customCoins;
    final long customPrice;
    final long coins;
    final long price;

    Solution(long[] counts, long customCoins, long customPrice, long coins, long price) {
      this.counts = counts;
      this.customCoins = customCoins;
      this.customPrice = customPrice;
      this.coins = coins;
      this.price = price;
    }
  }

  /**
   * @param packageCoins coins of each package, each in [1, 100,000]
   * @param packagePrices price of each package in minor units, each in [1, 10^8]
   * @param customCoins coins of the custom rate, in [1, 100,000]; 0 when custom amounts are not sold
   * @param customPrice price of the custom rate in minor units
   */
  CoverSolver(long[] packageCoins, long[] packagePrices, long customCoins, long customPrice) {
    this.packageCount = packageCoins.length;
    this.customCoins = customCoins;
    this.customPrice = customPrice;
    int items = packageCount + (customCoins > 0 ? 1 : 0);
    this.coins = Arrays.copyOf(packageCoins, items);
    this.prices = Arrays.copyOf(packagePrices, items);
    if (customCoins > 0) {
      coins[packageCount] = customCoins;
      prices[packageCount] = customPrice;
    }
    this.partial = new long[(int) Math.max(1, customCoins)];
    for (int t = 1; t < partial.length; t++) {
      partial[t] = ceilDiv(t * customPrice, customCoins);
    }
    long max = 0;
    int b = -1;
    for (int i = 0; i < items; i++) {
      max = Math.max(max, coins[i]);
      // Lowest price per coin; a tie goes to the custom rate (a bulk of custom coins is one purchase).
      if (b < 0 || prices[i] * coins[b] < prices[b] * coins[i]
          || (prices[i] * coins[b] == prices[b] * coins[i] && i == packageCount)) {
        b = i;
      }
    }
    this.maxCoins = max;
    this.best = b;
    this.m = (int) coins[b];
    this.pb = prices[b];
    this.weight = new long[m];
    this.sMin = new long[m];
    this.cost = new long[m];
    this.lastItem = new int[m];
    this.parent = new int[m];
    this.depth = new int[m];
    this.threshold = searchResidues();
  }

  /** Dijkstra over residues mod m, lexicographic on (weight, coins); returns the threshold T. */
  private long searchResidues() {
    // An unreached residue has an infinite weight (its other fields are never read). Residue 0 is the
    // root: no parent, no last item, so a walk that went past it would fail at once.
    Arrays.fill(weight, INF);
    weight[0] = 0;
    parent[0] = -1;
    lastItem[0] = -1;
    PriorityQueue<long[]> queue = new PriorityQueue<>((x, y) -> x[0] != y[0] ? Long.compare(x[0], y[0]) : Long.compare(x[1], y[1]));
    queue.add(new long[] {0, 0, 0});
    long t = 0;
    // A residue is pushed only when strictly improved, and each settled residue relaxes each item
    // once (edges are non-negative and coins grow, so a settled residue never improves): at most
    // m x items pushes after the first, so at most that many polls plus one find the queue empty.
    int polls = m * coins.length + 1;
    for (int k = 0; k <= polls; k++) {
      long[] node = queue.poll();
      if (node == null) {
        return t;
      }
      int r = (int) node[2];
      if (node[0] != weight[r] || node[1] != sMin[r]) {
        continue;
      }
      t = Math.max(t, sMin[r]);
      for (int i = 0; i < coins.length; i++) {
        if (i == best) {
          continue;
        }
        int next = (int) ((r + coins[i]) % m);
        long edge = prices[i] * m - pb * coins[i];
        long w = weight[r] + edge;
        long s = sMin[r] + coins[i];
        if (w < weight[next] || (w == weight[next] && s < sMin[next])) {
          weight[next] = w;
          sMin[next] = s;
          cost[next] = cost[r] + prices[i];
          lastItem[next] = i;
          parent[next] = r;
          depth[next] = depth[r] + 1;
          queue.add(new long[] {w, s, next});
        }
      }
    }
    throw new IllegalStateException("residue search did not settle in " + polls + " polls");
  }

  /** {@return the request size from which a quote takes O(m) time and no per-coin memory} */
  long threshold() {
    return threshold;
  }

  /** {@return the largest request the dynamic programme handles (below it, memory grows with n)} */
  long largeFrom() {
    return threshold + Math.max(0, customCoins - 1);
  }

  private static long ceilDiv(long a, long b) {
    return -Math.floorDiv(-a, b);
  }

  /**
   * {@return the cheapest cover; among equally cheap ones, the one with the most coins}
   *
   * @param n coins wanted, {@code >= 1}
   * @throws ArithmeticException if the coins or the price exceed {@code Long.MAX_VALUE}
   */
  Solution solve(long n) {
    // A partial custom amount of t < cc coins goes with a cover of the other n - t >= 1 coins, or
    // covers the request alone (n <= t < cc). Prices and coins are compared relative to `ref`
    // copies of the best package, so that they stay small whatever n is.
    int tTop = partial.length - 1;
    int tLim = (int) Math.min(tTop, n - 1);
    boolean large = n - tLim >= threshold;
    long ref = large ? n / m : 0;
    long[] choice = {-1, -1}; // t, then the residue (large) or the exact sum (small); -1: partial alone
    long[] bestPriceAndCoins = {INF, Long.MIN_VALUE};
    int[] last = new int[0];
    if (large) {
      for (int t = 0; t <= tLim; t++) {
        long pt = partial[t];
        for (int r = 0; r < m; r++) {
          if (weight[r] != INF) {
            long copies = ceilDiv(n - t - r, m) - (sMin[r] - r) / m;
            consider(bestPriceAndCoins, choice, pt + cost[r] + pb * (copies - ref),
                sMin[r] + (copies - ref) * m + t, t, r);
          }
        }
      }
    } else {
      int limit = Math.toIntExact(n + maxCoins - 1);
      long[] dp = new long[limit + 1];
      last = new int[limit + 1];
      fill(dp, last);
      int[] sufArg = suffixArgMin(dp);
      for (int t = 0; t <= tLim; t++) {
        int j = sufArg[(int) (n - t)];
        if (j >= 0) {
          consider(bestPriceAndCoins, choice, dp[j] + partial[t], j + t, t, j);
        }
      }
    }
    for (int t = n > tTop ? partial.length : (int) n; t <= tTop; t++) {
      consider(bestPriceAndCoins, choice, partial[t] - pb * ref, t - ref * m, t, -1);
    }
    int t = (int) choice[0];
    long[] items = new long[coins.length];
    if (choice[1] >= 0 && large) {
      int r = (int) choice[1];
      // Walk the shortest-path tree back to residue 0 (the empty multiset), then add copies of b.
      int at = r;
      for (int k = 0; k < depth[r]; k++) {
        items[lastItem[at]]++;
        at = parent[at];
      }
      items[best] += ceilDiv(n - t - r, m) - (sMin[r] - r) / m;
    } else if (choice[1] >= 0) {
      for (int j = (int) choice[1]; j > 0; j -= (int) coins[last[j]]) {
        items[last[j]]++;
      }
    }
    return build(items, t);
  }

  private static void consider(long[] best, long[] choice, long price, long coins, long t, long at) {
    if (price < best[0] || (price == best[0] && coins > best[1])) {
      best[0] = price;
      best[1] = coins;
      choice[0] = t;
      choice[1] = at;
    }
  }

  /** dp[j]: the least price of packages (and V) summing to exactly j coins; last[j]: the last item. */
  private void fill(long[] dp, int[] last) {
    Arrays.fill(dp, INF);
    dp[0] = 0;
    for (int j = 1; j < dp.length; j++) {
      for (int i = 0; i < coins.length; i++) {
        if (coins[i] <= j && dp[j - (int) coins[i]] != INF) {
          long c = dp[j - (int) coins[i]] + prices[i];
          if (c < dp[j]) {
            dp[j] = c;
            last[j] = i;
          }
        }
      }
    }
  }

  /** {@return for each j, the cheapest exact sum in [j, end], the largest among ties; -1 if none} */
  private static int[] suffixArgMin(long[] dp) {
    int[] arg = new int[dp.length + 1];
    arg[dp.length] = -1;
    for (int j = dp.length - 1; j >= 0; j--) {
      int prev = arg[j + 1];
      arg[j] = dp[j] != INF && (prev < 0 || dp[j] < dp[prev]) ? j : prev;
    }
    return arg;
  }

  private Solution build(long[] items, int t) {
    long[] counts = Arrays.copyOf(items, packageCount);
    long custom = 0;
    long customCost = 0;
    if (customCoins > 0) {
      custom = Math.addExact(Math.multiplyExact(items[packageCount], customCoins), t);
      customCost = Math.addExact(Math.multiplyExact(items[packageCount], customPrice), partial[t]);
    }
    long total = custom;
    long price = customCost;
    for (int i = 0; i < packageCount; i++) {
      total = Math.addExact(total, Math.multiplyExact(counts[i], coins[i]));
      price = Math.addExact(price, Math.multiplyExact(counts[i], prices[i]));
    }
    return new Solution(counts, custom, customCost, total, price);
  }
}
