package io.github.monetik.coins;

import static io.github.monetik.testing.CoinGenerators.WEB_2022;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.monetik.Monetik;
import io.github.monetik.money.Coins;
import io.github.monetik.money.Money;
import io.github.monetik.rules.CoinPresets;
import io.github.monetik.rules.Rules;
import io.github.monetik.testing.TestRules;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Quotes worked out by hand from the sourced ladders, and the shop's bad-input messages. */
class CoinShopTest {
  private final CoinShop us = Monetik.defaults().coins();
  private final CoinShop uk = CoinShop.of(CoinPresets.unitedKingdom(), TestRules.PROVENANCE);
  /** The US as of 2022-03-16: the web sells 70 coins for USD 0.74 and custom amounts at that rate. */
  private final CoinShop us2022 = Monetik.asOf(WEB_2022).coins();

  private static CoinPackage usd(long coins, String price) {
    return CoinPackage.of(coins, Money.of(price, "USD"));
  }

  private static CoinPackage gbp(long coins, String price) {
    return CoinPackage.of(coins, Money.of(price, "GBP"));
  }

  @Test
  void iosThousandCoinsAreSixteenSmallestPackages() {
    // 16 x 65 = 1,040 coins for 15.84 beats 3 x 330 + 65 = 1,055 for 15.96 and 2 x 660 = 19.98.
    CoinQuote q = us.quote(Coins.of(1_000), Channel.IOS);
    assertThat(q.packages()).containsExactly(Map.entry(usd(65, "0.99"), 16L));
    assertThat(q.price()).isEqualTo(Money.of("15.84", "USD"));
    assertThat(q.coins()).isEqualTo(Coins.of(1_040));
    assertThat(q.surplus()).isEqualTo(Coins.of(40));
    assertThat(q.pricePerCoin()).isEqualTo(Money.of("0.01523077", "USD"));
    assertThat(q.requested()).isEqualTo(Coins.of(1_000));
    assertThat(q.channel()).isEqualTo(Channel.IOS);
    assertThat(q.customAmounts()).isEmpty();
    assertThat(q.provenance()).isEqualTo(TestRules.PROVENANCE);
    // In-app packs start at 20 coins (singular.net, 2024-05-02), but that pack has no sourced price.
    assertThat(q.assumptions()).singleElement().asString().startsWith("In-app packs start at 20 coins")
        .endsWith("no price below 65 coins is sourced: those packs are left out.");
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
        "  total                          USD 186.76 for 12,345 coins (0 coins surplus), USD 0.01512839 per coin",
        "  assumes: In-app packs start at 20 coins (singular.net (2024-05-02), confidence M), but no price below 65"
            + " coins is sourced: those packs are left out."));
  }

  @Test
  void webSellsCustomAmountsAtTheLimitsRateRoundedUpToTheCent() {
    // 500,000 coins for USD 5,300 (singular.net, 2024-05-02) is 50 coins per USD 0.53:
    // 1,000 x 0.53 / 50 = USD 10.60 exactly, one custom purchase and no package.
    CoinQuote q = us.quote(Coins.of(1_000), Channel.WEB);
    assertThat(q.customAmounts()).containsExactly(Map.entry(usd(1_000, "10.60"), 1L));
    assertThat(q.packages()).isEmpty();
    assertThat(q.price()).isEqualTo(Money.of("10.60", "USD"));
    assertThat(q.coins()).isEqualTo(Coins.of(1_000));
    // 69 x 0.0106 = 0.7314 and 70 x 0.0106 = 0.742, rounded up: the 2022 price of 70 coins (0.74) is not carried on.
    assertThat(us.quote(Coins.of(69), Channel.WEB).price()).isEqualTo(Money.of("0.74", "USD"));
    assertThat(us.quote(Coins.of(70), Channel.WEB).price()).isEqualTo(Money.of("0.75", "USD"));
    assertThat(us.quote(Coins.of(1), Channel.WEB).price()).isEqualTo(Money.of("0.02", "USD"));
    assertThat(q.assumptions()).hasSize(2).anyMatch(a -> a.contains("rounded up to the cent"))
        .anyMatch(a -> a.contains("none is sold"));
    assertThat(q.priceList().customLimit()).contains(Coins.of(500_000));
    assertThat(q.toString()).contains("custom amount of 1,000 coins  USD 10.60")
        .contains("assumes: Custom amounts below 500,000 coins are priced pro rata at the limit's price");
  }

  @Test
  void aboveTheWebLimitTheShopSellsSeveralCustomPurchases() {
    // Exactly the limit: one purchase at the sourced price.
    assertThat(us.quote(Coins.of(500_000), Channel.WEB).customAmounts())
        .containsExactly(Map.entry(usd(500_000, "5300.00"), 1L));
    // Two at the limit: USD 10,600.
    CoinQuote million = us.quote(Coins.of(1_000_000), Channel.WEB);
    assertThat(million.customAmounts()).containsExactly(Map.entry(usd(500_000, "5300.00"), 2L));
    assertThat(million.price()).isEqualTo(Money.of("10600", "USD"));
    // One coin more: the rest is a purchase of its own, 1 x 0.0106 rounded up = 0.02.
    CoinQuote justOver = us.quote(Coins.of(500_001), Channel.WEB);
    assertThat(justOver.customAmounts()).containsExactly(Map.entry(usd(500_000, "5300.00"), 1L),
        Map.entry(usd(1, "0.02"), 1L));
    assertThat(justOver.price()).isEqualTo(Money.of("5300.02", "USD"));
    // 1,234,567 = 2 x 500,000 + 234,567: 10,600 + ceil(234,567 x 1.06 cents) = 10,600 + 2,486.42.
    CoinQuote q = us.quote(Coins.of(1_234_567), Channel.WEB);
    assertThat(q.customAmounts()).containsExactly(Map.entry(usd(500_000, "5300.00"), 2L),
        Map.entry(usd(234_567, "2486.42"), 1L));
    assertThat(q.price()).isEqualTo(Money.of("13086.42", "USD"));
    assertThat(q.coins()).isEqualTo(Coins.of(1_234_567));
    assertThat(q.toString()).contains("  2 x custom amount of 500,000 coins  USD 10600.00\n"
        + "  custom amount of 234,567 coins      USD 2486.42\n");
    // Far beyond it the purchases are counted, not listed one by one.
    CoinQuote huge = us.quote(Coins.of(1_000_000_000_000L), Channel.WEB);
    assertThat(huge.customAmounts()).containsExactly(Map.entry(usd(500_000, "5300.00"), 2_000_000L));
    assertThat(huge.price()).isEqualTo(Money.of("10600000000", "USD"));
  }

  @Test
  void theWebIn2022SoldSeventyCoinsForSeventyFourCentsAndCustomAmountsProRata() {
    CoinQuote q = us2022.quote(Coins.of(1_000), Channel.WEB);
    // 1,000 x 0.74 / 70 = 10.5714... -> USD 10.58, one custom purchase (no limit was known then).
    assertThat(q.customAmounts()).containsExactly(Map.entry(usd(1_000, "10.58"), 1L));
    assertThat(q.packages()).isEmpty();
    assertThat(q.price()).isEqualTo(Money.of("10.58", "USD"));
    assertThat(us2022.quote(Coins.of(69), Channel.WEB).price()).isEqualTo(Money.of("0.73", "USD"));
    assertThat(us2022.quote(Coins.of(70), Channel.WEB).price()).isEqualTo(Money.of("0.74", "USD"));
    assertThat(us2022.quote(Coins.of(1), Channel.WEB).price()).isEqualTo(Money.of("0.02", "USD"));
    assertThat(us2022.quote(Coins.of(1_000_000), Channel.WEB).customAmounts())
        .containsExactly(Map.entry(usd(1_000_000, "10571.43"), 1L));
    assertThat(q.assumptions()).hasSize(2).anyMatch(a -> a.contains("rounded up to the cent"))
        .anyMatch(a -> a.contains("left out"));
    assertThat(q.toString()).contains("custom amount of 1,000 coins  USD 10.58")
        .contains("assumes: Custom amounts are priced pro rata at 70 coins per USD 0.74");
    // The day the limit is reported, the web list changes; the in-app lists have no dated history.
    assertThat(Monetik.asOf(CoinPresets.WEB_CUSTOM_LIMIT_FROM.minusDays(1)).coins().priceList(Channel.WEB))
        .isEqualTo(us2022.priceList(Channel.WEB));
    assertThat(Monetik.asOf(CoinPresets.WEB_CUSTOM_LIMIT_FROM).coins().priceList(Channel.WEB))
        .isEqualTo(us.priceList(Channel.WEB));
    assertThat(us2022.priceList(Channel.IOS)).isEqualTo(us.priceList(Channel.IOS));
  }

  @Test
  void androidUsesTheLegacyLadderAndSaysItIsAnAssumption() {
    CoinQuote q = us.quote(Coins.of(1_000), Channel.ANDROID);
    assertThat(q.packages()).containsExactly(Map.entry(usd(70, "0.99"), 15L));
    assertThat(q.price()).isEqualTo(Money.of("14.85", "USD"));
    assertThat(q.priceList().name()).contains("assumed");
    assertThat(q.assumptions()).hasSize(2).first().asString().contains("No sourced Android price list");
    assertThat(q.assumptions().get(1)).startsWith("In-app packs start at 20 coins").contains("no price below 70 coins");
  }

  @Test
  void ukSellsItsEightSourcedPackagesOnIosOnly() {
    // 40 coins for GBP 0.49 is the cheapest per coin (1.225p): 500 of them make 20,000 exactly.
    CoinQuote q = uk.quote(Coins.of(20_000), Channel.IOS);
    assertThat(q.packages()).containsExactly(Map.entry(gbp(40, "0.49"), 500L));
    assertThat(q.price()).isEqualTo(Money.of("245.00", "GBP"));
    assertThat(q.coins()).isEqualTo(Coins.of(20_000));
    // 41 coins: one 65 pack (0.89) beats two 40 packs (0.98).
    assertThat(uk.quote(Coins.of(41), Channel.IOS).packages()).containsExactly(Map.entry(gbp(65, "0.89"), 1L));
    // 100 coins: 40 + 65 = 105 coins for 1.38 beats 3 x 40 (1.47) and 2 x 65 (1.78).
    assertThat(uk.quote(Coins.of(100), Channel.IOS).price()).isEqualTo(Money.of("1.38", "GBP"));
    assertThat(uk.quote(Coins.of(1), Channel.IOS).price()).isEqualTo(Money.of("0.49", "GBP"));
    assertThat(uk.packages(Channel.IOS)).extracting(p -> p.coins().count())
        .containsExactly(40L, 65L, 330L, 660L, 1_321L, 3_303L, 6_607L, 16_500L);
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
    // 5,000,000,000 = 125,000,000 x 40 exactly.
    assertThat(uk.quote(Coins.of(5_000_000_000L), Channel.IOS).price()).isEqualTo(Money.of("61250000.00", "GBP"));
  }

  @Test
  void requestsBeyondLongCoinsOrPricesAreRefusedNamingTheCoinsAndTheChannel() {
    assertThatThrownBy(() -> us.quote(Coins.of(Long.MAX_VALUE), Channel.ANDROID)).isInstanceOf(ArithmeticException.class)
        .hasMessageStartingWith("coins: 9,223,372,036,854,775,807 coins on ANDROID cost or hold more than");
    // Issue 18: a quote on IOS names IOS; a comparison says it compared, and which channel overflowed first.
    assertThatThrownBy(() -> us.quote(Coins.of(Long.MAX_VALUE), Channel.IOS)).isInstanceOf(ArithmeticException.class)
        .hasMessage("coins: 9,223,372,036,854,775,807 coins on IOS cost or hold more than 9223372036854775807"
            + " minor units or coins");
    assertThatThrownBy(() -> us.compare(Coins.of(Long.MAX_VALUE))).isInstanceOf(ArithmeticException.class)
        .hasMessage("coins: comparing every channel of 'US (USD)': 9,223,372,036,854,775,807 coins on WEB cost or"
            + " hold more than 9223372036854775807 minor units or coins");
  }

  @Test
  void badInputNamesTheArgument() {
    assertThatThrownBy(() -> us.quote(Coins.ZERO, Channel.IOS)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("coins must be >= 1 to quote, was 0 coins");
    assertThatThrownBy(() -> us.quote(null, Channel.IOS)).isInstanceOf(NullPointerException.class).hasMessage("coins");
    assertThatThrownBy(() -> us.quote(Coins.of(1), null)).isInstanceOf(NullPointerException.class).hasMessage("channel");
    assertThatThrownBy(() -> us.compare(null)).isInstanceOf(NullPointerException.class).hasMessage("coins");
    assertThatThrownBy(() -> CoinShop.of(null, TestRules.PROVENANCE)).isInstanceOf(NullPointerException.class).hasMessage("coinPrices");
    assertThatThrownBy(() -> Coins.of(-5)).isInstanceOf(IllegalArgumentException.class).hasMessage("count must be >= 0, was -5");
  }

  @Test
  void priceOfAPackageOnSaleIsItsListPriceAndAForeignPackageIsRefused() {
    assertThat(us.priceOf(usd(330, "4.99"))).isEqualTo(Money.of("4.99", "USD"));
    assertThat(us2022.priceOf(usd(70, "0.74"))).isEqualTo(Money.of("0.74", "USD"));
    assertThatThrownBy(() -> us.priceOf(usd(70, "0.74"))).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("coinPackage 70 coins for USD 0.74 is not sold on any channel of 'US (USD)'");
    assertThatThrownBy(() -> us.priceOf(usd(330, "3.99"))).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("coinPackage 330 coins for USD 3.99 is not sold on any channel of 'US (USD)'");
    assertThatThrownBy(() -> us.priceOf(null)).isInstanceOf(NullPointerException.class).hasMessage("coinPackage");
  }

  @Test
  void packagesAreListedSmallestFirst() {
    assertThat(us.packages(Channel.IOS)).extracting(p -> p.coins().count())
        .containsExactly(65L, 330L, 660L, 1_321L, 3_303L, 6_607L, 16_500L);
    assertThat(us.packages(Channel.WEB)).isEmpty();
    assertThat(us2022.packages(Channel.WEB)).containsExactly(usd(70, "0.74"));
    assertThat(us.priceList(Channel.WEB).customRate()).contains(usd(50, "0.53"));
    assertThat(us2022.priceList(Channel.WEB).customRate()).contains(usd(70, "0.74"));
    assertThat(us.channels()).containsExactly(Channel.WEB, Channel.IOS, Channel.ANDROID);
    CoinPriceList unsorted = CoinPresets.unitedStatesIos().withPackages(List.of(usd(330, "4.99"), usd(65, "0.99")));
    assertThat(CoinShop.of(CoinPresets.unitedStates().withLadder(Channel.IOS, unsorted), TestRules.PROVENANCE).packages(Channel.IOS))
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
    assertThat(c.provenance()).isEqualTo(TestRules.PROVENANCE);
    assertThat(c.toString()).isEqualTo(String.join("\n",
        "At least 1,000 coins, channel by channel (US (USD))",
        "  channel      price        coins   surplus        per coin  price list",
        "  WEB      USD 10.60  1,000 coins   0 coins      USD 0.0106  US web (custom amounts)",
        "  IOS      USD 15.84  1,040 coins  40 coins  USD 0.01523077  US iOS in-app (ladder B)",
        "  ANDROID  USD 14.85  1,050 coins  50 coins  USD 0.01414286  US Android in-app (assumed: ladder A)"));
    assertThat(uk.compare(Coins.of(1)).quote(Channel.WEB)).isEmpty();
    assertThatThrownBy(() -> c.quote(null)).isInstanceOf(NullPointerException.class).hasMessage("channel");
  }

  @Test
  void cheapestPrefersMoreCoinsOnATie() {
    CoinPriceList a = CoinPriceList.builder().name("a").currency(Money.currency("USD")).period("p").source("s")
        .addPackages(usd(10, "1.00")).build();
    CoinPrices prices = CoinPrices.builder().name("tie").putLadders(Channel.WEB, a)
        .putLadders(Channel.IOS, a.withPackages(List.of(usd(12, "1.00")))).build();
    CoinComparison c = CoinShop.of(prices, TestRules.PROVENANCE).compare(Coins.of(5));
    assertThat(c.cheapest().channel()).isEqualTo(Channel.IOS);
    assertThat(CoinShop.of(prices.withLadder(Channel.IOS, a.withPackages(List.of(usd(12, "1.01")))), TestRules.PROVENANCE)
        .compare(Coins.of(5)).cheapest().channel()).isEqualTo(Channel.WEB);
    // Equal price, fewer coins later: the first stays; equal in both: the first in Channel order.
    CoinShop fewer = CoinShop.of(prices.withLadder(Channel.IOS, a.withPackages(List.of(usd(8, "1.00")))), TestRules.PROVENANCE);
    assertThat(fewer.compare(Coins.of(5)).cheapest().channel()).isEqualTo(Channel.WEB);
    CoinShop same = CoinShop.of(prices.withLadder(Channel.IOS, a), TestRules.PROVENANCE);
    assertThat(same.compare(Coins.of(5)).cheapest().channel()).isEqualTo(Channel.WEB);
  }

  @Test
  void theDoorSellsByTheRulesAndOverridesReachIt() {
    assertThat(Monetik.defaults().coins()).isEqualTo(CoinShop.of(CoinPresets.unitedStates(), TestRules.PROVENANCE))
        .hasSameHashCodeAs(CoinShop.of(CoinPresets.unitedStates(), TestRules.PROVENANCE));
    Monetik british = Monetik.of(Rules.latest().withCoinPrices(CoinPresets.unitedKingdom()));
    assertThat(british.coins().coinPrices()).isEqualTo(CoinPresets.unitedKingdom());
    assertThat(british.rules().provenance().id()).isEqualTo("latest +coinPrices");
    assertThat(us).isNotEqualTo(uk).isNotEqualTo("shop");
    assertThat(us.provenance()).isEqualTo(TestRules.PROVENANCE);
    assertThat(Monetik.asOf(WEB_2022).coins().provenance()).isEqualTo(TestRules.asOf(WEB_2022));
    assertThat(us).isNotEqualTo(CoinShop.of(CoinPresets.unitedStates(), TestRules.asOf(WEB_2022)));
    assertThat(us.toString()).startsWith("CoinShop US (USD)\n    WEB: US web (custom amounts) (2024-05-02): custom at"
        + " 50 coins for USD 0.53 up to 500,000 coins\n    IOS: US iOS in-app (ladder B) (about 2022-2025): 65 = USD 0.99");
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
