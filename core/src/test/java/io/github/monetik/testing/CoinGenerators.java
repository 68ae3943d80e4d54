package io.github.monetik.testing;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.monetik.coins.CoinPackage;
import io.github.monetik.coins.CoinPriceList;
import io.github.monetik.money.Coins;
import io.github.monetik.rules.CoinPresets;
import java.time.LocalDate;
import io.github.monetik.money.Money;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Generators for the coins domain: price lists, requests and wallet operations. */
public final class CoinGenerators {
  /** A day the 2022 US web list (70 coins = USD 0.74, custom amounts without a known limit) is in force. */
  public static final LocalDate WEB_2022 = LocalDate.of(2022, 3, 16);

  /** Every bundled price list: both US web lists, US iOS, Android and legacy in-app, UK iOS. */
  public static final List<CoinPriceList> PRESET_LADDERS = List.of(CoinPresets.unitedStatesWeb(WEB_2022),
      CoinPresets.unitedStatesWeb(CoinPresets.WEB_CUSTOM_LIMIT_FROM), CoinPresets.unitedStatesIos(),
      CoinPresets.unitedStatesAndroid(), CoinPresets.unitedStatesLegacyInApp(), CoinPresets.unitedKingdomIos());

  private CoinGenerators() {}

  /** @return one of the bundled price lists */
  public static Gen<CoinPriceList> presetLadders() {
    return Generate.pick(PRESET_LADDERS);
  }

  /**
   * @return small random USD price lists with a custom rate and a custom limit of 1 to 6 rate units
   *     (so that requests a little above it take several custom purchases), packages half of the time
   */
  public static Gen<CoinPriceList> smallLaddersWithCustomLimits() {
    Gen<List<CoinPackage>> packages = lists().of(packages(60, 300)).ofSizeBetween(0, 3);
    return packages.zip(packages(30, 200), integers().between(1, 6), (ps, rate, units) -> {
      TreeMap<Long, CoinPackage> distinct = new TreeMap<>();
      ps.forEach(p -> distinct.putIfAbsent(p.coins().count(), p));
      return CoinPriceList.builder().name("random, limited").currency(Money.currency("USD")).period("test")
          .source("generated").addAllPackages(distinct.values()).customRate(rate)
          .customLimit(rate.coins().multipliedBy(units)).build();
    });
  }

  /** @return a package of {@code 1..maxCoins} coins for {@code 1..maxCents} US cents */
  public static Gen<CoinPackage> packages(int maxCoins, int maxCents) {
    return integers().between(1, maxCoins).zip(integers().between(1, maxCents),
        (c, p) -> CoinPackage.of(c, Money.ofMinor(p, Money.currency("USD"))));
  }

  /**
   * @return small random USD price lists: 1 to 4 packages with distinct coin counts (up to 60 coins,
   *     up to USD 3.00), with a custom rate half of the time (up to 50 coins, up to USD 2.00)
   */
  public static Gen<CoinPriceList> smallLadders() {
    Gen<List<CoinPackage>> packages = lists().of(packages(60, 300)).ofSizeBetween(1, 4);
    Gen<Optional<CoinPackage>> custom = Generate.frequency(
        Pair.of(1, Generate.constant(Optional.<CoinPackage>empty())),
        Pair.of(1, packages(50, 200).map(Optional::of)));
    return packages.zip(custom, (ps, c) -> {
      TreeMap<Long, CoinPackage> distinct = new TreeMap<>();
      ps.forEach(p -> distinct.putIfAbsent(p.coins().count(), p));
      CoinPriceList.Builder b = CoinPriceList.builder().name("random").currency(Money.currency("USD"))
          .period("test").source("generated").addAllPackages(distinct.values());
      c.ifPresent(b::customRate);
      return b.build();
    });
  }

  /** @return requests from 1 to {@code max} coins */
  public static Gen<Coins> requests(long max) {
    return longs().between(1, max).map(Coins::of);
  }

  /**
   * @return wallet operations: a positive number is a credit of that many coins, a negative one a
   *     spend of its absolute value; spends often exceed what a wallet holds
   */
  public static Gen<List<Long>> walletOperations() {
    Gen<Long> op = Generate.frequency(
        Pair.of(3, longs().between(1, 10_000)),
        Pair.of(3, longs().between(-10_000, -1)),
        Pair.of(1, longs().between(-1_000_000, -10_001)));
    return lists().of(op).ofSizeBetween(0, 40);
  }
}
