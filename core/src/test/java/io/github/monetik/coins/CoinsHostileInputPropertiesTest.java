package io.github.monetik.coins;

import static io.github.monetik.testing.Generators.anyLong;
import static io.github.monetik.testing.Generators.anyMoney;
import static io.github.monetik.testing.CoinGenerators.WEB_2022;
import static io.github.monetik.testing.Deadline.within;
import static io.github.monetik.testing.Generators.counts;
import static io.github.monetik.testing.Generators.listsOf;
import static io.github.monetik.testing.Hostile.check;
import static org.quicktheories.QuickTheory.qt;

import io.github.monetik.Monetik;
import io.github.monetik.money.Coins;
import io.github.monetik.money.CurrencyMismatchException;
import io.github.monetik.money.Money;
import io.github.monetik.rules.CoinPresets;
import io.github.monetik.testing.Hostile;
import io.github.monetik.testing.TestRules;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The coins package's public entry points fed arbitrary, also invalid, values: a valid result or the
 * documented exception naming the argument, within a per-call time limit. Entry points covered: 20
 * ({@code CoinPackage.of} x2, the price-list builder with nulls inside its arrays and iterables and
 * custom limits of any size, {@code withPackages}, {@code withName}, {@code CoinPrices.withLadder},
 * {@code CoinShop.of}, {@code quote} (the limited web too), {@code compare} and its table,
 * {@code priceOf}, {@code packages}, {@code CoinWallet.credit} x2, {@code spend}, {@code canSpend},
 * {@code CoinWallet.replay}).
 */
class CoinsHostileInputPropertiesTest {
  private static final Class<IllegalArgumentException> IAE = IllegalArgumentException.class;
  private static final Class<NullPointerException> NPE = NullPointerException.class;
  private static final Class<ArithmeticException> AE = ArithmeticException.class;
  private static final List<CoinShop> SHOPS = List.of(CoinShop.of(CoinPresets.unitedStates(), TestRules.PROVENANCE), CoinShop.of(CoinPresets.unitedKingdom(), TestRules.PROVENANCE));

  private static Gen<@Nullable Channel> channels() {
    List<@Nullable Channel> all = new ArrayList<>(Arrays.asList(Channel.values()));
    all.add(null);
    return Generate.pick(all);
  }

  @Test
  void packagesFromAnyCountAndMoney() {
    qt().forAll(anyLong(), anyMoney()).checkAssert((n, price) -> {
      check(() -> CoinPackage.of(n, price), p -> p.coins().count() == n && p.price().equals(price), "coins|price", IAE);
      check(() -> CoinPackage.of(Coins.of(Math.abs(n % 1_000)), price), p -> p.pricePerCoin().isPositive(),
          "coins|price", IAE);
    });
  }

  @Test
  void priceListsFromAnyPackages() {
    qt().forAll(anyLong(), anyMoney(), anyLong(), anyMoney()).checkAssert((c1, p1, c2, p2) -> check(() -> {
      CoinPriceList list = CoinPriceList.builder().name("h").currency(p1.currency()).period("p").source("s")
          .addPackages(CoinPackage.of(Math.max(1, Math.abs(c1 % 200_000)), p1.abs().rounded(java.math.RoundingMode.UP)))
          .customRate(CoinPackage.of(Math.max(1, Math.abs(c2 % 200_000)), p2.abs().rounded(java.math.RoundingMode.UP)))
          .build();
      return CoinShop.of(CoinPrices.builder().name("h").putLadders(Channel.WEB, list).build(), TestRules.PROVENANCE)
          .quote(Coins.of(1 + Math.abs(c1 % 1_000_000)), Channel.WEB);
    }, q -> q.coins().count() > Math.abs(c1 % 1_000_000), "coins|price|packages|customRate|Rate", IAE));
  }

  @Test
  void quotesAndComparisonsForAnyCountAndChannel() {
    qt().withExamples(300).forAll(counts(), channels(), Generate.pick(SHOPS)).checkAssert((n, channel, shop) -> {
      check(() -> shop.quote(Coins.of(n), channel), q -> q.coins().count() >= n && q.price().isPositive(),
          "coins|channel", IAE, NPE, AE);
      check(() -> shop.compare(Coins.of(n)), c -> !c.quotes().isEmpty() && c.cheapest().coins().count() >= n,
          "coins", IAE, AE);
      check(() -> shop.packages(channel), ps -> ps.size() == shop.priceList(channel).packages().size(), "channel", IAE, NPE);
      check(() -> CoinWallet.empty().credit(Coins.of(n)).credit(shop.quote(Coins.of(Math.max(1, n / 3)), channel)),
          w -> w.balance().count() > n, "coins|channel", IAE, NPE, AE);
    });
  }

  @Test
  void priceOfAnyPackageAndMarketsWithAnyLadder() {
    qt().forAll(anyLong(), anyMoney(), channels()).checkAssert((n, price, channel) -> {
      CoinShop shop = SHOPS.get(0);
      check(() -> shop.priceOf(CoinPackage.of(Math.max(1, Math.abs(n % 400)), price)), Money::isPositive,
          "coinPackage|price", IAE, CurrencyMismatchException.class);
      check(() -> CoinShop.of(CoinPresets.unitedKingdom().withLadder(channel, CoinPresets.unitedStatesWeb(WEB_2022)),
          TestRules.PROVENANCE), s -> s.channels().contains(channel), "channel", NPE);
    });
  }

  @Test
  void customLimitsOfAnySizeAndBuildersWithNullsInside() {
    qt().forAll(counts(), listsOf(Generate.pick(Arrays.asList(null, CoinPackage.of(7, Money.of("0.10", "USD")),
        CoinPackage.of(11, Money.of("0.15", "USD")))), 0, 4), Hostile.textOrNull()).checkAssert((limit, packages, text) -> {
      CoinPriceList.Builder b = CoinPriceList.builder().name("h").currency(Money.currency("USD")).period("p").source("s")
          .customRate(CoinPackage.of(50, Money.of("0.53", "USD")));
      check(within(() -> b.customLimit(Coins.of(limit)).build()), l -> l.customLimit().orElseThrow().count() == limit,
          "customLimit", IAE);
      check(within(() -> CoinPresets.unitedStatesIos().withPackages(packages)), l -> l.packages().equals(packages),
          "packages", NPE, IAE);
      check(within(() -> CoinPriceList.builder().name("h").currency(Money.currency("USD")).period("p").source("s")
          .addAllPackages(packages).addPackages(packages.toArray(new CoinPackage[0])).build()),
          l -> l.packages().size() == 2 * packages.size(), "packages", NPE, IAE);
      check(within(() -> CoinPresets.unitedStatesIos().withName(text)), l -> l.name().equals(text), "name", NPE);
      check(within(() -> CoinPriceList.builder().name("h").currency(Money.currency("USD")).period("p").source("s")
          .addPackages(CoinPackage.of(7, Money.of("0.10", "USD"))).addAssumptions(text).build()),
          l -> l.assumptions().contains(text), "assumptions", NPE);
    });
  }

  @Test
  void quotesOnTheLimitedWebForAnyCount() {
    CoinShop us = Monetik.defaults().coins();
    qt().withExamples(300).forAll(counts()).checkAssert(n -> {
      check(within(() -> us.quote(Coins.of(n), Channel.WEB)), q -> q.coins().count() >= n
          && q.customAmounts().keySet().stream().allMatch(p -> p.coins().count() <= 500_000), "coins|WEB", IAE, AE);
      check(within(() -> us.compare(Coins.of(n)).toString()), t -> t.startsWith("At least"), "coins|comparing", IAE, AE);
    });
  }

  @Test
  void walletsUnderAnyCountsIncludingOverdraftsAndOverflow() {
    qt().forAll(counts(), counts()).checkAssert((a, b) -> {
      CoinWallet w = a == 0 ? CoinWallet.empty() : CoinWallet.empty().credit(Coins.of(a));
      check(() -> w.credit(Coins.of(b)), x -> x.balance().count() == a + b, "coins", IAE, AE);
      check(() -> w.spend(Coins.of(b)), x -> x.balance().count() == a - b, "coins", IAE, InsufficientCoinsException.class);
      check(() -> w.canSpend(Coins.of(b)) == (b <= a), ok -> ok, "coins");
      check(() -> CoinWallet.replay(w.history()), x -> x.equals(w), "history");
    });
  }
}
