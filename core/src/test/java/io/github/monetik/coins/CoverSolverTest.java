package io.github.monetik.coins;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.monetik.money.Coins;
import io.github.monetik.money.Money;
import io.github.monetik.rules.CoinPresets;
import io.github.monetik.testing.TestRules;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The optimiser on hand-picked ladders, every request up to a bound, against the independent
 * reference, and far beyond it by the periodic law: deterministic examples that exercise each branch
 * (the residue formula, the dynamic programme, partial custom amounts with and alone, ties between
 * packages and with the custom rate, custom limits), so a wrong step fails here at once.
 */
class CoverSolverTest {
  private static CoinPackage usd(long coins, long cents) {
    return CoinPackage.of(coins, Money.ofMinor(cents, Money.currency("USD")));
  }

  private static CoinPriceList.Builder list(String name) {
    return CoinPriceList.builder().name(name).currency(Money.currency("USD")).period("test").source("hand-picked");
  }

  /**
   * Ladders chosen so that every branch of the solver decides some quote. Built per test, not once per
   * class: a list keeps its solver once built, and a mutation test must see the solver built anew.
   */
  private final List<CoinPriceList> ladders = List.of(
      // Equal price per coin: the residue search needs 10 coins (5 + 5) to reach 1 (mod 3).
      list("ties").addPackages(usd(3, 3), usd(5, 5)).build(),
      // A custom rate dearer per coin than the packages: partials of 1 to 4 coins top up covers.
      list("dear custom").addPackages(usd(7, 10), usd(11, 15)).customRate(usd(5, 8)).build(),
      // A custom rate cheapest per coin: it is the best item, packages fill residues.
      list("cheap custom").addPackages(usd(4, 5), usd(9, 12)).customRate(usd(3, 3)).build(),
      // A tie between a package and the custom rate goes to the custom rate.
      list("tie with custom").addPackages(usd(10, 10)).customRate(usd(10, 10)).build(),
      // Custom amounts only, limited to 4 rate units per purchase.
      list("limited").customRate(usd(5, 6)).customLimit(Coins.of(20)).build(),
      // Three packages with a long residue search and no custom rate.
      list("three").addPackages(usd(6, 7), usd(9, 10), usd(20, 21)).build(),
      // Packages and a limited custom rate between them per coin.
      list("mixed limited").addPackages(usd(8, 9), usd(13, 15)).customRate(usd(4, 5)).customLimit(Coins.of(12)).build(),
      // The same price for more coins: among equally cheap covers the one with the most coins.
      list("more for the same").addPackages(usd(10, 10), usd(12, 10), usd(25, 21)).build(),
      // A cheap package and a dear custom rate: custom amounts alone win small requests.
      list("custom alone").addPackages(usd(4, 4)).customRate(usd(20, 25)).build(),
      CoinPresets.unitedStatesIos(), CoinPresets.unitedKingdomIos(),
      CoinPresets.unitedStatesWeb(CoinPresets.WEB_CUSTOM_LIMIT_FROM));

  private static CoinQuote quote(CoinPriceList list, long n) {
    return CoinShop.of(CoinPrices.builder().name("m").putLadders(Channel.IOS, list).build(), TestRules.PROVENANCE)
        .quote(Coins.of(n), Channel.IOS);
  }

  /** The quote's purchases add up to its coins and price, and custom purchases respect the limit. */
  private static void assertConsistent(CoinPriceList list, CoinQuote q) {
    long coins = 0;
    long price = 0;
    for (Map.Entry<CoinPackage, Long> e : q.packages().entrySet()) {
      assertThat(list.packages()).contains(e.getKey());
      coins += e.getKey().coins().count() * e.getValue();
      price += e.getKey().price().toMinorUnits() * e.getValue();
    }
    long limit = list.customLimit().map(Coins::count).orElse(Long.MAX_VALUE);
    for (Map.Entry<CoinPackage, Long> e : q.customAmounts().entrySet()) {
      assertThat(e.getKey().coins().count()).isBetween(1L, limit);
      coins += e.getKey().coins().count() * e.getValue();
      price += e.getKey().price().toMinorUnits() * e.getValue();
    }
    assertThat(coins).as("coins of %s", q).isEqualTo(q.coins().count());
    assertThat(price).as("price of %s", q).isEqualTo(q.price().toMinorUnits());
  }

  @Test
  void everySmallRequestAndEveryRequestAroundTheSwitchEqualsTheReference() {
    for (CoinPriceList list : ladders) {
      long from = list.solver().largeFrom();
      java.util.SortedSet<Long> requests = new java.util.TreeSet<>();
      // The bundled ladders' packages are large, so each small request runs a large table: fewer of them.
      long top = list.packages().stream().anyMatch(p -> p.coins().count() > 1_000) ? 120 : 300;
      for (long n = 1; n <= top; n++) {
        requests.add(n);
      }
      // Near a large switch point the reference is slow: a few requests either side are enough there.
      long side = from > 1_000 ? 2 : 40;
      for (long n = Math.max(1, from - side); n <= from + side; n++) {
        requests.add(n);
      }
      for (long n : requests) {
        CoinQuote q = quote(list, n);
        long[] reference = ReferenceCover.dynamicProgramme(list, n);
        assertThat(new long[] {q.price().toMinorUnits(), q.coins().count()}).as("%s, %d coins", list.name(), n)
            .containsExactly(reference);
        assertConsistent(list, q);
      }
    }
  }

  @Test
  void hugeRequestsFollowThePeriodicLawExactly() {
    for (CoinPriceList list : ladders) {
      CoverSolver solver = list.solver();
      CoinPackage best = bestPerCoin(list);
      long m = best.coins().count();
      for (long n = solver.largeFrom() + 1; n <= solver.largeFrom() + 3 * m + 3; n++) {
        CoinQuote small = quote(list, n);
        long k = 1_000_000_000_000L / m;
        CoinQuote huge = quote(list, n + k * m);
        assertThat(huge.price().toMinorUnits()).as("%s, %d + %d x %d coins", list.name(), n, k, m)
            .isEqualTo(small.price().toMinorUnits() + k * best.price().toMinorUnits());
        assertThat(huge.coins().count()).isEqualTo(small.coins().count() + k * m);
        assertConsistent(list, huge);
      }
    }
  }

  @Test
  void thresholdsAndTheSwitchToTheFormula() {
    assertThat(ladders.get(0).solver().threshold()).isEqualTo(10);
    assertThat(ladders.get(0).solver().largeFrom()).isEqualTo(10);
    // Custom 3 for 3 is the best item; 4 (mod 3 = 1) and 4 + 4 (mod 3 = 2) fill the residues.
    assertThat(ladders.get(2).solver().threshold()).isEqualTo(8);
    assertThat(ladders.get(2).solver().largeFrom()).isEqualTo(10);
    assertThat(ladders.get(3).solver().threshold()).isZero();
    assertThat(ladders.get(3).solver().largeFrom()).isEqualTo(9);
    assertThat(ladders.get(4).solver().threshold()).isZero();
    assertThat(ladders.get(4).solver().largeFrom()).isEqualTo(4);
  }

  @Test
  void knownQuotesPieceByPiece() {
    // 13 coins, "dear custom": 7 + 5 custom + 1 custom = 13 exactly would be 10 + ceil(6 x 8 / 5) = 10 + 10;
    // 11 + 2 custom = 15 + ceil(16 / 5) = 15 + 4 = 19 is cheaper; 7 + 7 = 20 and 11 + 7 = 25 dearer.
    CoinQuote q = quote(ladders.get(1), 13);
    assertThat(q.packages()).containsExactly(Map.entry(usd(11, 15), 1L));
    assertThat(q.customAmounts()).containsExactly(Map.entry(usd(2, 4), 1L));
    assertThat(q.price().toMinorUnits()).isEqualTo(19);
    // 3 coins, "dear custom": a custom amount alone, ceil(3 x 8 / 5) = 5 cents, beats a 7-coin package.
    CoinQuote alone = quote(ladders.get(1), 3);
    assertThat(alone.packages()).isEmpty();
    assertThat(alone.customAmounts()).containsExactly(Map.entry(usd(3, 5), 1L));
    // 10 coins, "tie with custom": one custom purchase of 10, the tie going to the custom rate.
    assertThat(quote(ladders.get(3), 10).customAmounts()).containsExactly(Map.entry(usd(10, 10), 1L));
    assertThat(quote(ladders.get(3), 10).packages()).isEmpty();
    // 47 coins, "limited": two purchases of 20 (24 cents each) and one of 7 (ceil(42 / 5) = 9 cents).
    CoinQuote limited = quote(ladders.get(4), 47);
    assertThat(limited.customAmounts()).containsExactly(Map.entry(usd(20, 24), 2L), Map.entry(usd(7, 9), 1L));
    assertThat(limited.price().toMinorUnits()).isEqualTo(57);
    // 40 coins, "limited": exactly two purchases at the limit, nothing else.
    assertThat(quote(ladders.get(4), 40).customAmounts()).containsExactly(Map.entry(usd(20, 24), 2L));
    // 1,000,003 coins, "ties": 3 coins more than a multiple of 5 and of 3; every coin costs a cent.
    CoinQuote ties = quote(ladders.get(0), 1_000_003);
    assertThat(ties.price().toMinorUnits()).isEqualTo(1_000_003);
    assertThat(ties.coins().count()).isEqualTo(1_000_003);
    assertThat(ties.packages().keySet()).extracting(p -> p.coins().count()).contains(3L);
  }

  @Test
  void requestsNearTheTopOfLongStayExact() {
    // Prices and coins are compared relative to n / m copies of the best package, so that nothing
    // overflows before the result itself would: 4 x 10^18 coins at a cent each.
    long n = 4_000_000_000_000_000_001L;
    CoinQuote q = quote(ladders.get(0), n);
    assertThat(q.price().toMinorUnits()).isEqualTo(n);
    assertThat(q.coins().count()).isEqualTo(n);
    assertConsistent(ladders.get(0), q);
    CoinQuote limited = quote(ladders.get(4), n - 1);
    assertThat(limited.customAmounts()).containsExactly(Map.entry(usd(20, 24), (n - 1) / 20));
    assertThat(limited.price().toMinorUnits()).isEqualTo((n - 1) / 20 * 24);
  }

  private static CoinPackage bestPerCoin(CoinPriceList list) {
    CoinPackage best = null;
    for (CoinPackage p : list.packages()) {
      if (best == null || p.price().toMinorUnits() * best.coins().count() < best.price().toMinorUnits() * p.coins().count()) {
        best = p;
      }
    }
    CoinPackage rate = list.customRate().orElse(null);
    if (rate != null && (best == null
        || rate.price().toMinorUnits() * best.coins().count() <= best.price().toMinorUnits() * rate.coins().count())) {
      best = rate;
    }
    return best;
  }
}
