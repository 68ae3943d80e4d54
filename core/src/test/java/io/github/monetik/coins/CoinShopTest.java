package io.github.monetik.coins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.monetik.Monetik;
import io.github.monetik.money.Coins;
import io.github.monetik.money.Money;
import io.github.monetik.rules.CoinPresets;
import io.github.monetik.rules.Rules;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Quotes worked out by hand from the sourced ladders, and the shop's bad-input messages. */
class CoinShopTest {
  private final CoinShop us = Monetik.defaults().coins();
  private final CoinShop uk = CoinShop.of(CoinPresets.uk(), io.github.monetik.testing.TestRules.PROVENANCE);

  private static CoinPackage usd(long coins, String price) {
    return CoinPackage.of(coins, Money.of(price, "USD"));
  }

  @Test
  void iosThousandCoinsAreSixteenSmallestPackages() {
    // 16 x 65 = 1,040 coins for 15.84 beats 3 x 330 + 65 = 1,055 for 15.96 and 2 x 660 = 19.98.
    CoinQuote q = us.quote(Coins.of(1_000), Channel.IOS);
    assertThat(q.packages()).containsExactly(Map.entry(usd(65, "0.99"), 16L));
    assertThat(q.customAmount()).isEmpty();
    assertThat(q.price()).isEqualTo(Money.of("15.84", "USD"));
    assertThat(q.coins()).isEqualTo(Coins.of(1_040));
    assertThat(q.surplus()).isEqualTo(Coins.of(40));
    assertThat(q.pricePerCoin()).isEqualTo(Money.of("0.01523077", "USD"));
    assertThat(q.requested()).isEqualTo(Coins.of(1_000));
    assertThat(q.channel()).isEqualTo(Channel.IOS);
    assertThat(q.assumptions()).isEmpty();
  }

  @Test
  void iosMixesPackagesWhenThatIsCheapest() {
    // 12,345 = 3,303 + 2 x 1,321 + 19 x 330 + 2 x 65 exactly: 49.99 + 39.98 + 94.81 + 1.98.
    CoinQuote q = us.quote(Coins.of(12_345), Channel.IOS);
    assertThat(q.price()).isEqualTo(Money.of("186.76", "USD"));
    assertThat(q.coins()).isEqualTo(Coins.of(12_345));
    assertThat(q.packages().keySet()).extracting(p -> p.coins().count()).containsExactly(3_303L, 1_321L, 330L, 65L);
    assertThat(q.toString()).isEqualTo(String.join("\n",
        "Quote: at least 12,345 coins on IOS (US iOS in-app (ladder B), about 2022-2025)",
        "  1 x 3,303 coins for USD 49.99  USD 49.99",
        "  2 x 1,321 coins for USD 19.99  USD 39.98",
        "  19 x 330 coins for USD 4.99    USD 94.81",
        "  2 x 65 coins for USD 0.99      USD 1.98",
        "  total                          USD 186.76 for 12,345 coins (0 coins surplus), USD 0.01512839 per coin"));
  }

  @Test
  void webSellsCustomAmountsProRataRoundedUpToTheCent() {
    CoinQuote q = us.quote(Coins.of(1_000), Channel.WEB);
    // 1,000 x 0.74 / 70 = 10.5714... -> USD 10.58, one custom purchase.
    assertThat(q.customAmount()).contains(usd(1_000, "10.58"));
    assertThat(q.packages()).isEmpty();
    assertThat(q.price()).isEqualTo(Money.of("10.58", "USD"));
    assertThat(q.coins()).isEqualTo(Coins.of(1_000));
    assertThat(us.quote(Coins.of(69), Channel.WEB).price()).isEqualTo(Money.of("0.73", "USD"));
    assertThat(us.quote(Coins.of(70), Channel.WEB).price()).isEqualTo(Money.of("0.74", "USD"));
    assertThat(us.quote(Coins.of(1), Channel.WEB).price()).isEqualTo(Money.of("0.02", "USD"));
    assertThat(q.assumptions()).hasSize(2).anyMatch(a -> a.contains("rounded up to the cent"))
        .anyMatch(a -> a.contains("left out"));
    assertThat(q.toString()).contains("custom amount of 1,000 coins  USD 10.58")
        .contains("assumes: Custom amounts are priced pro rata at 70 coins per USD 0.74");
  }

  @Test
  void androidUsesTheLegacyLadderAndSaysItIsAnAssumption() {
    CoinQuote q = us.quote(Coins.of(1_000), Channel.ANDROID);
    assertThat(q.packages()).containsExactly(Map.entry(usd(70, "0.99"), 15L));
    assertThat(q.price()).isEqualTo(Money.of("14.85", "USD"));
    assertThat(q.priceList().name()).contains("assumed");
    assertThat(q.assumptions()).singleElement().asString().contains("No sourced Android price list");
  }

  @Test
  void ukKnowsOnlyTwoPackagesAndOnlyIos() {
    // 20,000 = 16,500 + 54 x 65 (20,010 coins): 219.99 + 48.06; 308 x 65 would cost 274.12.
    CoinQuote q = uk.quote(Coins.of(20_000), Channel.IOS);
    assertThat(q.price()).isEqualTo(Money.of("268.05", "GBP"));
    assertThat(q.coins()).isEqualTo(Coins.of(20_010));
    assertThat(uk.channels()).containsExactly(Channel.IOS);
    assertThatThrownBy(() -> uk.quote(Coins.of(10), Channel.WEB)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("channel WEB has no coin price list in 'UK (GBP)' (it has [IOS])");
  }

  @Test
  void millionsAndTrillionsOfCoinsAreExactWithoutPerCoinArrays() {
    // 1,000,000 = 3,024 x 330 + 32 x 65 exactly: the cheapest-per-coin package for the bulk.
    CoinQuote million = us.quote(Coins.of(1_000_000), Channel.IOS);
    assertThat(million.packages()).containsExactly(Map.entry(usd(330, "4.99"), 3_024L), Map.entry(usd(65, "0.99"), 32L));
    assertThat(million.price()).isEqualTo(Money.of("15121.44", "USD"));
    // A per-coin array this size could not even be allocated.
    CoinQuote huge = us.quote(Coins.of(900_000_000_000_000_000L), Channel.IOS);
    assertThat(huge.coins().count()).isBetween(900_000_000_000_000_000L, 900_000_000_000_000_000L + 16_500);
    assertThat(huge.pricePerCoin()).isEqualTo(Money.of("0.01512121", "USD"));
    assertThat(uk.quote(Coins.of(5_000_000_000L), Channel.IOS).price()).isEqualTo(Money.of("66663638.23", "GBP"));
  }

  @Test
  void requestsBeyondLongCoinsOrPricesAreRefusedNamingTheCoins() {
    assertThatThrownBy(() -> us.quote(Coins.of(Long.MAX_VALUE), Channel.ANDROID)).isInstanceOf(ArithmeticException.class)
        .hasMessageStartingWith("coins: 9,223,372,036,854,775,807 coins on ANDROID cost or hold more than");
  }

  @Test
  void badInputNamesTheArgument() {
    assertThatThrownBy(() -> us.quote(Coins.ZERO, Channel.IOS)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("coins must be >= 1 to quote, was 0 coins");
    assertThatThrownBy(() -> us.quote(null, Channel.IOS)).isInstanceOf(NullPointerException.class).hasMessage("coins");
    assertThatThrownBy(() -> us.quote(Coins.of(1), null)).isInstanceOf(NullPointerException.class).hasMessage("channel");
    assertThatThrownBy(() -> us.compare(null)).isInstanceOf(NullPointerException.class).hasMessage("coins");
    assertThatThrownBy(() -> CoinShop.of(null, io.github.monetik.testing.TestRules.PROVENANCE)).isInstanceOf(NullPointerException.class).hasMessage("coinPrices");
    assertThatThrownBy(() -> Coins.of(-5)).isInstanceOf(IllegalArgumentException.class).hasMessage("count must be >= 0, was -5");
  }

  @Test
  void priceOfAPackageOnSaleIsItsListPriceAndAForeignPackageIsRefused() {
    assertThat(us.priceOf(usd(330, "4.99"))).isEqualTo(Money.of("4.99", "USD"));
    assertThat(us.priceOf(usd(70, "0.74"))).isEqualTo(Money.of("0.74", "USD"));
    assertThatThrownBy(() -> us.priceOf(usd(330, "3.99"))).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("coinPackage 330 coins for USD 3.99 is not sold on any channel of 'US (USD)'");
    assertThatThrownBy(() -> us.priceOf(null)).isInstanceOf(NullPointerException.class).hasMessage("coinPackage");
  }

  @Test
  void packagesAreListedSmallestFirst() {
    assertThat(us.packages(Channel.IOS)).extracting(p -> p.coins().count())
        .containsExactly(65L, 330L, 660L, 1_321L, 3_303L, 6_607L, 16_500L);
    assertThat(us.packages(Channel.WEB)).containsExactly(usd(70, "0.74"));
    assertThat(us.priceList(Channel.WEB).customRate()).contains(usd(70, "0.74"));
    assertThat(us.channels()).containsExactly(Channel.WEB, Channel.IOS, Channel.ANDROID);
    CoinPriceList unsorted = CoinPresets.iosUsd().withPackages(List.of(usd(330, "4.99"), usd(65, "0.99")));
    assertThat(CoinShop.of(CoinPresets.us().withLadder(Channel.IOS, unsorted), io.github.monetik.testing.TestRules.PROVENANCE).packages(Channel.IOS))
        .containsExactly(usd(65, "0.99"), usd(330, "4.99"));
    assertThat(unsorted.toString()).contains(": 65 = USD 0.99 · 330 = USD 4.99");
  }

  @Test
  void compareQuotesEveryChannelSideBySide() {
    CoinComparison c = us.compare(Coins.of(1_000));
    assertThat(c.quotes()).extracting(CoinQuote::channel).containsExactly(Channel.WEB, Channel.IOS, Channel.ANDROID);
    assertThat(c.cheapest().channel()).isEqualTo(Channel.WEB);
    assertThat(c.quote(Channel.IOS)).contains(us.quote(Coins.of(1_000), Channel.IOS));
    assertThat(c.requested()).isEqualTo(Coins.of(1_000));
    assertThat(c.market()).isEqualTo("US (USD)");
    assertThat(c.toString()).isEqualTo(String.join("\n",
        "At least 1,000 coins, channel by channel (US (USD))",
        "  channel     price       coins  surplus       per coin price list",
        "  WEB     USD 10.58 1,000 coins  0 coins    USD 0.01058 US web (ladder C)",
        "  IOS     USD 15.84 1,040 coins 40 coins USD 0.01523077 US iOS in-app (ladder B)",
        "  ANDROID USD 14.85 1,050 coins 50 coins USD 0.01414286 US Android in-app (assumed: ladder A)"));
    assertThat(uk.compare(Coins.of(1)).quote(Channel.WEB)).isEmpty();
    assertThatThrownBy(() -> c.quote(null)).isInstanceOf(NullPointerException.class).hasMessage("channel");
  }

  @Test
  void cheapestPrefersMoreCoinsOnATie() {
    CoinPriceList a = CoinPriceList.builder().name("a").currency(Money.currency("USD")).period("p").source("s")
        .addPackages(usd(10, "1.00")).build();
    CoinPrices prices = CoinPrices.builder().name("tie").putLadders(Channel.WEB, a)
        .putLadders(Channel.IOS, a.withPackages(List.of(usd(12, "1.00")))).build();
    CoinComparison c = CoinShop.of(prices, io.github.monetik.testing.TestRules.PROVENANCE).compare(Coins.of(5));
    assertThat(c.cheapest().channel()).isEqualTo(Channel.IOS);
    assertThat(CoinShop.of(prices.withLadder(Channel.IOS, a.withPackages(List.of(usd(12, "1.01")))), io.github.monetik.testing.TestRules.PROVENANCE)
        .compare(Coins.of(5)).cheapest().channel()).isEqualTo(Channel.WEB);
    // Equal price, fewer coins later: the first stays; equal in both: the first in Channel order.
    CoinShop fewer = CoinShop.of(prices.withLadder(Channel.IOS, a.withPackages(List.of(usd(8, "1.00")))), io.github.monetik.testing.TestRules.PROVENANCE);
    assertThat(fewer.compare(Coins.of(5)).cheapest().channel()).isEqualTo(Channel.WEB);
    CoinShop same = CoinShop.of(prices.withLadder(Channel.IOS, a), io.github.monetik.testing.TestRules.PROVENANCE);
    assertThat(same.compare(Coins.of(5)).cheapest().channel()).isEqualTo(Channel.WEB);
  }

  @Test
  void theDoorSellsByTheRulesAndOverridesReachIt() {
    assertThat(Monetik.defaults().coins()).isEqualTo(CoinShop.of(CoinPresets.us(), io.github.monetik.testing.TestRules.PROVENANCE))
        .hasSameHashCodeAs(CoinShop.of(CoinPresets.us(), io.github.monetik.testing.TestRules.PROVENANCE));
    Monetik british = Monetik.of(Rules.latest().withCoinPrices(CoinPresets.uk()));
    assertThat(british.coins().coinPrices()).isEqualTo(CoinPresets.uk());
    assertThat(british.rules().provenance().id()).isEqualTo("latest +coinPrices");
    assertThat(us).isNotEqualTo(uk).isNotEqualTo("shop");
    assertThat(us.toString()).startsWith("CoinShop US (USD)\n    WEB: US web (ladder C) (2022-03-16): 70 = USD 0.74");
  }

  @Test
  void quotesAreValues() {
    CoinQuote q = us.quote(Coins.of(500), Channel.IOS);
    assertThat(q).isEqualTo(us.quote(Coins.of(500), Channel.IOS)).hasSameHashCodeAs(us.quote(Coins.of(500), Channel.IOS))
        .isNotEqualTo(us.quote(Coins.of(501), Channel.IOS)).isNotEqualTo(us.quote(Coins.of(500), Channel.ANDROID))
        .isNotEqualTo("quote");
    assertThat(us.compare(Coins.of(5))).isEqualTo(us.compare(Coins.of(5))).hasSameHashCodeAs(us.compare(Coins.of(5)))
        .isNotEqualTo(us.compare(Coins.of(6))).isNotEqualTo(uk.compare(Coins.of(5)));
    assertThat(q.hashCode()).isNotEqualTo(us.quote(Coins.of(501), Channel.IOS).hashCode());
    assertThat(us.compare(Coins.of(5)).hashCode()).isNotEqualTo(us.compare(Coins.of(6)).hashCode());
    assertThat(us.hashCode()).isNotEqualTo(uk.hashCode());
  }
}
