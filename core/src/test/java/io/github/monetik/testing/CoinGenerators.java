package io.github.monetik.testing;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.monetik.coins.CoinPackage;
import io.github.monetik.coins.CoinPriceList;
import io.github.monetik.money.Coins;
import io.github.monetik.money.Money;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Generators for the coins domain: price lists, requests and wallet operations. */
public final class CoinGenerators {
  private CoinGenerators() {}

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
