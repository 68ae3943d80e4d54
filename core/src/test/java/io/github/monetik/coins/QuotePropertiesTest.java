package io.github.monetik.coins;

import static io.github.monetik.testing.CoinGenerators.presetLadders;
import static io.github.monetik.testing.CoinGenerators.requests;
import static io.github.monetik.testing.CoinGenerators.smallLaddersWithCustomLimits;
import static io.github.monetik.testing.CoinGenerators.smallLadders;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.monetik.money.Coins;
import io.github.monetik.money.Money;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The laws of {@link CoinShop#quote}: exact against brute force and an independent dynamic
 * programme, covering, never beaten by one package type, monotone, and periodic at scale.
 */
class QuotePropertiesTest {
  private static Gen<CoinPriceList> presets() {
    return presetLadders();
  }

  private static CoinQuote quote(CoinPriceList list, long n) {
    return CoinShop.of(CoinPrices.builder().name("test").putLadders(Channel.IOS, list).build(), io.github.monetik.testing.TestRules.PROVENANCE)
        .quote(Coins.of(n), Channel.IOS);
  }

  private static void assertSame(CoinQuote q, long[] reference) {
    assertThat(q.price().toMinorUnits()).as("price of %s", q).isEqualTo(reference[0]);
    assertThat(q.coins().count()).as("coins of %s", q).isEqualTo(reference[1]);
  }

  @Test
  void presetQuotesEqualBruteForce() {
    qt().withExamples(300).forAll(presets(), requests(1_500))
        .checkAssert((list, n) -> assertSame(quote(list, n.count()), ReferenceCover.bruteForce(list, n.count())));
  }

  @Test
  void randomLadderQuotesEqualAnIndependentDynamicProgramme() {
    qt().withExamples(400).forAll(smallLadders(), requests(3_000)).checkAssert((list, n) ->
        assertSame(quote(list, n.count()), ReferenceCover.dynamicProgramme(list, n.count())));
  }

  @Test
  void randomLadderQuotesEqualBruteForceOnSmallRequests() {
    qt().withExamples(300).forAll(smallLadders(), requests(120)).checkAssert((list, n) ->
        assertSame(quote(list, n.count()), ReferenceCover.bruteForce(list, n.count())));
  }

  @Test
  void presetQuotesAroundTheSolversThresholdEqualTheDynamicProgramme() {
    // Both sides of the switch from the DP to the residue formula (thresholds: 0 to 214,435 coins).
    qt().withExamples(40).forAll(presets(), integers().between(-20_000, 20_000)).checkAssert((list, d) -> {
      long n = Math.max(1, list.solver().largeFrom() + d);
      assertSame(quote(list, n), ReferenceCover.dynamicProgramme(list, n));
    });
  }

  @Test
  void aQuoteCoversTheRequestAndItsLinesAddUp() {
    qt().forAll(presets(), requests(1_000_000_000_000L)).checkAssert((list, n) -> {
      CoinQuote q = quote(list, n.count());
      assertThat(q.coins()).isGreaterThanOrEqualTo(n);
      assertThat(q.surplus()).isEqualTo(q.coins().minus(n));
      Coins coins = Coins.ZERO;
      Money price = Money.zero(list.currency());
      for (Map.Entry<CoinPackage, Long> e : q.packages().entrySet()) {
        assertThat(list.packages()).contains(e.getKey());
        assertThat(e.getValue()).isPositive();
        coins = coins.plus(e.getKey().coins().multipliedBy(e.getValue()));
        price = price.plus(e.getKey().price().multipliedBy(e.getValue()));
      }
      for (Map.Entry<CoinPackage, Long> e : q.customAmounts().entrySet()) {
        coins = coins.plus(e.getKey().coins().multipliedBy(e.getValue()));
        price = price.plus(e.getKey().price().multipliedBy(e.getValue()));
      }
      assertThat(coins).isEqualTo(q.coins());
      assertThat(price).isEqualTo(q.price());
      if (!list.allowsCustomAmounts()) {
        assertThat(q.customAmounts()).isEmpty();
      }
      assertCustomPurchasesWithinTheLimit(list, q);
      assertThat(q.priceList()).isEqualTo(list);
      assertThat(q.assumptions()).isEqualTo(list.assumptions());
    });
  }

  @Test
  void aCustomLimitNeverChangesThePriceOnlyHowTheCustomCoinsAreSplit() {
    // Splitting custom coins into purchases at a limit that is a whole number of rate units costs
    // exactly what one unlimited custom amount would: the reference knows no limit.
    qt().withExamples(300).forAll(smallLaddersWithCustomLimits(), requests(2_000)).checkAssert((list, n) -> {
      CoinQuote q = quote(list, n.count());
      assertSame(q, ReferenceCover.dynamicProgramme(list, n.count()));
      assertCustomPurchasesWithinTheLimit(list, q);
    });
  }

  /** Every custom purchase holds at most the limit, and all but one hold exactly the limit. */
  private static void assertCustomPurchasesWithinTheLimit(CoinPriceList list, CoinQuote q) {
    long limit = list.customLimit().map(Coins::count).orElse(Long.MAX_VALUE);
    long belowLimit = 0;
    for (Map.Entry<CoinPackage, Long> e : q.customAmounts().entrySet()) {
      assertThat(e.getKey().coins().count()).as("custom purchase of %s", q).isBetween(1L, limit);
      assertThat(e.getValue()).isPositive();
      if (e.getKey().coins().count() < limit) {
        belowLimit += e.getValue();
      }
    }
    assertThat(belowLimit).as("purchases below the limit in %s", q).isLessThanOrEqualTo(1);
  }

  @Test
  void noSinglePackageTypeNorTheCustomAmountAloneIsCheaper() {
    qt().forAll(presets(), requests(100_000_000L)).checkAssert((list, n) -> {
      CoinQuote q = quote(list, n.count());
      for (CoinPackage p : list.packages()) {
        long copies = (n.count() + p.coins().count() - 1) / p.coins().count();
        assertThat(p.price().multipliedBy(copies)).isGreaterThanOrEqualTo(q.price());
      }
      list.customRate().ifPresent(r -> {
        long cents = -Math.floorDiv(-n.count() * r.price().toMinorUnits(), r.coins().count());
        assertThat(Money.ofMinor(cents, list.currency())).isGreaterThanOrEqualTo(q.price());
      });
    });
  }

  @Test
  void moreCoinsNeverCostLess() {
    qt().forAll(presets(), requests(10_000_000_000L), longs().between(0, 100_000)).checkAssert((list, n, more) ->
        assertThat(quote(list, n.count() + more).price()).isGreaterThanOrEqualTo(quote(list, n.count()).price()));
  }

  @Test
  void atScaleEachMoreBestPackageCostsExactlyItsPrice() {
    // Beyond the threshold the optimum is periodic in the cheapest-per-coin package: the law that
    // lets huge requests be quoted without per-coin arrays (checked against the DP below it).
    qt().forAll(presets(), longs().between(0, 1_000_000_000_000L), integers().between(0, 1_000_000)).checkAssert(
        (list, offset, k) -> {
          CoinPackage best = cheapestPerCoin(list);
          long n = list.solver().largeFrom() + 1 + offset;
          CoinQuote q = quote(list, n);
          CoinQuote more = quote(list, n + k * best.coins().count());
          assertThat(more.price()).isEqualTo(q.price().plus(best.price().multipliedBy(k)));
          assertThat(more.coins()).isEqualTo(q.coins().plus(best.coins().multipliedBy(k)));
        });
  }

  private static CoinPackage cheapestPerCoin(CoinPriceList list) {
    CoinPackage best = list.customRate().orElseGet(() -> list.packages().get(0));
    for (CoinPackage p : list.packages()) {
      if (p.price().amount().multiply(java.math.BigDecimal.valueOf(best.coins().count()))
          .compareTo(best.price().amount().multiply(java.math.BigDecimal.valueOf(p.coins().count()))) < 0) {
        best = p;
      }
    }
    return best;
  }
}
