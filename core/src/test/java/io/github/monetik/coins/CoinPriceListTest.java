package io.github.monetik.coins;

import static io.github.monetik.testing.CoinGenerators.WEB_2022;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.monetik.money.Coins;
import io.github.monetik.money.Money;
import io.github.monetik.rules.CoinPresets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Packages, price lists and markets: what they accept, what they refuse, how they read. */
class CoinPriceListTest {
  private static CoinPackage usd(long coins, String price) {
    return CoinPackage.of(coins, Money.of(price, "USD"));
  }

  private static CoinPriceList.Builder list() {
    return CoinPriceList.builder().name("mine").currency(Money.currency("USD")).period("2025").source("receipts");
  }

  @Test
  void aPackageKnowsItsPricePerCoin() {
    CoinPackage p = usd(330, "4.99");
    assertThat(p.coins()).isEqualTo(Coins.of(330));
    assertThat(p.price()).isEqualTo(Money.of("4.99", "USD"));
    assertThat(p.pricePerCoin()).isEqualTo(Money.of("0.01512121", "USD"));
    assertThat(usd(3, "0.02").pricePerCoin()).isEqualTo(Money.of("0.00666667", "USD"));
    assertThat(p).hasToString("330 coins for USD 4.99").isEqualTo(usd(330, "4.990")).hasSameHashCodeAs(usd(330, "4.99"))
        .isNotEqualTo(usd(330, "4.98")).isNotEqualTo(usd(331, "4.99")).isNotEqualTo("330");
    assertThat(CoinPackage.of(Coins.of(330), Money.of("4.99", "USD"))).isEqualTo(p);
    assertThat(p.hashCode()).isNotEqualTo(usd(331, "4.99").hashCode()).isNotEqualTo(usd(330, "4.98").hashCode());
  }

  @Test
  void packagesOrderByCoinsThenPriceThenCurrency() {
    assertThat(usd(65, "0.99")).isLessThan(usd(330, "0.50"));
    assertThat(usd(65, "0.89")).isLessThan(usd(65, "0.99"));
    assertThat(CoinPackage.of(65, Money.of("0.99", "GBP"))).isLessThan(usd(65, "0.99"));
    assertThat(usd(65, "0.99").compareTo(usd(65, "0.99"))).isZero();
    assertThat(usd(330, "0.99")).isGreaterThan(usd(65, "0.99"));
  }

  @Test
  void badPackagesNameTheField() {
    assertThatThrownBy(() -> CoinPackage.of(0, Money.of("1", "USD"))).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("coins must be >= 1, was 0");
    assertThatThrownBy(() -> CoinPackage.of(Coins.ZERO, Money.of("1", "USD")))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("coins must be >= 1, was 0 coins");
    assertThatThrownBy(() -> usd(1, "0")).isInstanceOf(IllegalArgumentException.class).hasMessage("price must be > 0, was USD 0.00");
    assertThatThrownBy(() -> usd(1, "-1")).isInstanceOf(IllegalArgumentException.class).hasMessage("price must be > 0, was USD -1.00");
    assertThatThrownBy(() -> usd(1, "0.005")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("price must be rounded to the currency's minor unit, was USD 0.005");
    assertThatThrownBy(() -> CoinPackage.of(null, Money.of("1", "USD"))).isInstanceOf(NullPointerException.class).hasMessage("coins");
    assertThatThrownBy(() -> CoinPackage.of(Coins.of(1), null)).isInstanceOf(NullPointerException.class).hasMessage("price");
  }

  @Test
  void badListsNameTheField() {
    assertThatThrownBy(() -> list().build()).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("packages must not be empty when there is no customRate, was []");
    assertThatThrownBy(() -> list().addPackages(usd(70, "0.99"), usd(70, "0.89")).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("packages must have distinct coin counts, was 70 coins twice");
    assertThatThrownBy(() -> list().addPackages(CoinPackage.of(70, Money.of("0.99", "EUR"))).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("packages must be priced in USD, was 70 coins for EUR 0.99");
    assertThatThrownBy(() -> list().customRate(CoinPackage.of(70, Money.of("0.99", "EUR"))).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("customRate must be priced in USD, was 70 coins for EUR 0.99");
    assertThatThrownBy(() -> list().addPackages(usd(100_001, "1")).build()).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("packages must hold at most 100000 coins, was 100,001 coins for USD 1.00");
    assertThatThrownBy(() -> list().customRate(usd(10, "1000000.01")).build()).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("customRate must cost at most 100000000 minor units, was 10 coins for USD 1000000.01");
    CoinPackage[] many = new CoinPackage[CoinPriceList.MAX_PACKAGES + 1];
    for (int i = 0; i < many.length; i++) {
      many[i] = usd(i + 1, "1");
    }
    assertThatThrownBy(() -> list().addPackages(many).build()).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("packages must be at most 64, was 65");
    // The limits themselves are allowed.
    assertThat(list().addPackages(usd(100_000, "1000000.00")).addPackages(java.util.Arrays.copyOf(many, 63)).build()
        .packages()).hasSize(64);
  }

  @Test
  void aCustomLimitIsAWholeNumberOfRateUnitsAndNeedsARate() {
    CoinPriceList.Builder custom = list().customRate(usd(50, "0.53"));
    assertThat(custom.customLimit(Coins.of(500_000)).build().customLimit()).contains(Coins.of(500_000));
    assertThat(list().customRate(usd(50, "0.53")).customLimit(Coins.of(50)).build().customLimit()).contains(Coins.of(50));
    assertThatThrownBy(() -> list().customRate(usd(50, "0.53")).customLimit(Coins.of(499_999)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("customLimit must be a whole number of customRate's 50 coins, from 1 to 1,000,000,000 coins,"
            + " was 499,999 coins");
    assertThatThrownBy(() -> list().customRate(usd(50, "0.53")).customLimit(Coins.ZERO).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageEndingWith("was 0 coins");
    assertThatThrownBy(() -> list().customRate(usd(1, "0.53")).customLimit(Coins.of(1_000_000_001)).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageEndingWith("was 1,000,000,001 coins");
    assertThat(list().customRate(usd(1, "0.53")).customLimit(Coins.of(1_000_000_000)).build().customLimit())
        .contains(Coins.of(1_000_000_000));
    assertThat(list().customRate(usd(1, "0.53")).customLimit(Coins.of(1)).build().customLimit()).contains(Coins.of(1));
    assertThatThrownBy(() -> list().addPackages(usd(50, "0.53")).customLimit(Coins.of(50)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("customLimit must be absent when the list sells no custom amounts (no customRate), was 50 coins");
    assertThatThrownBy(() -> CoinPresets.unitedStatesIos().withCustomLimit(Coins.of(65)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("customLimit must be absent");
  }

  @Test
  void everyNullIsNamedIncludingElementsByTheirPlace() {
    CoinPriceList ios = CoinPresets.unitedStatesIos();
    assertThatThrownBy(() -> ios.withPackages(null)).isInstanceOf(NullPointerException.class).hasMessage("packages");
    assertThatThrownBy(() -> ios.withPackages(java.util.Arrays.asList(usd(1, "1"), null)))
        .isInstanceOf(NullPointerException.class).hasMessage("packages[1]");
    assertThatThrownBy(() -> ios.withName(null)).isInstanceOf(NullPointerException.class).hasMessage("name");
    assertThatThrownBy(() -> ios.withCustomRate(null)).isInstanceOf(NullPointerException.class).hasMessage("customRate");
    assertThatThrownBy(() -> ios.withCustomLimit(null)).isInstanceOf(NullPointerException.class).hasMessage("customLimit");
    assertThatThrownBy(() -> list().addPackages((CoinPackage[]) null)).isInstanceOf(NullPointerException.class)
        .hasMessage("packages");
    assertThatThrownBy(() -> list().addPackages(usd(1, "1"), null)).isInstanceOf(NullPointerException.class)
        .hasMessage("packages[1]");
    assertThatThrownBy(() -> list().addAllPackages(java.util.Collections.singleton(null)))
        .isInstanceOf(NullPointerException.class).hasMessage("packages[0]");
    assertThatThrownBy(() -> list().packages(null)).isInstanceOf(NullPointerException.class).hasMessage("packages");
    assertThatThrownBy(() -> list().addAssumptions("a", null)).isInstanceOf(NullPointerException.class)
        .hasMessage("assumptions[1]");
    assertThatThrownBy(() -> list().addAssumptions((String[]) null)).isInstanceOf(NullPointerException.class)
        .hasMessage("assumptions");
    assertThatThrownBy(() -> list().assumptions(java.util.Arrays.asList((String) null)))
        .isInstanceOf(NullPointerException.class).hasMessage("assumptions[0]");
    assertThatThrownBy(() -> list().name(null)).isInstanceOf(NullPointerException.class).hasMessage("name");
    assertThatThrownBy(() -> list().currency(null)).isInstanceOf(NullPointerException.class).hasMessage("currency");
    assertThatThrownBy(() -> list().period(null)).isInstanceOf(NullPointerException.class).hasMessage("period");
    assertThatThrownBy(() -> list().source(null)).isInstanceOf(NullPointerException.class).hasMessage("source");
    assertThatThrownBy(() -> list().customRate(null)).isInstanceOf(NullPointerException.class).hasMessage("customRate");
    assertThatThrownBy(() -> list().customLimit(null)).isInstanceOf(NullPointerException.class).hasMessage("customLimit");
    assertThatThrownBy(() -> CoinPriceList.builder().addPackages(usd(1, "1")).build()).isInstanceOf(IllegalStateException.class)
        .hasMessage("CoinPriceList needs name, currency, period, source, not set");
    assertThatThrownBy(() -> CoinPriceList.builder().name("n").currency(Money.currency("USD")).period("p")
        .addPackages(usd(1, "1")).build()).isInstanceOf(IllegalStateException.class)
        .hasMessage("CoinPriceList needs source, not set");
    assertThat(list().addAllPackages(List.of(usd(1, "1"))).addAllPackages(List.of(usd(2, "1"))).build().packages())
        .containsExactly(usd(1, "1"), usd(2, "1"));
    // Replacing drops what was added before; assumptions too.
    assertThat(list().addPackages(usd(1, "1")).packages(List.of(usd(2, "1"))).addAssumptions("x")
        .assumptions(List.of("y")).build()).satisfies(l -> {
          assertThat(l.packages()).containsExactly(usd(2, "1"));
          assertThat(l.assumptions()).containsExactly("y");
        });
    assertThatThrownBy(() -> CoinPrices.builder().name(null)).isInstanceOf(NullPointerException.class).hasMessage("name");
    assertThatThrownBy(() -> CoinPrices.builder().putLadders(null, ios)).isInstanceOf(NullPointerException.class)
        .hasMessage("channel");
    assertThatThrownBy(() -> CoinPrices.builder().putLadders(Channel.IOS, null)).isInstanceOf(NullPointerException.class)
        .hasMessage("ladder");
    assertThatThrownBy(() -> CoinPrices.builder().ladders(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("ladders");
    java.util.Map<Channel, CoinPriceList> withNullList = new java.util.HashMap<>();
    withNullList.put(Channel.IOS, null);
    assertThatThrownBy(() -> CoinPrices.builder().ladders(withNullList)).isInstanceOf(NullPointerException.class)
        .hasMessage("ladders[IOS]");
    java.util.Map<Channel, CoinPriceList> withNullChannel = new java.util.HashMap<>();
    withNullChannel.put(null, ios);
    assertThatThrownBy(() -> CoinPrices.builder().ladders(withNullChannel)).isInstanceOf(NullPointerException.class)
        .hasMessage("ladders[null]");
    assertThatThrownBy(() -> CoinPrices.builder().putLadders(Channel.IOS, ios).build())
        .isInstanceOf(IllegalStateException.class).hasMessage("CoinPrices needs name, not set");
    assertThatThrownBy(() -> CoinPresets.unitedStates().withName(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("name");
    assertThat(CoinPrices.builder().name("m").putLadders(Channel.WEB, ios).ladders(java.util.Map.of(Channel.IOS, ios))
        .build().ladders()).containsOnlyKeys(Channel.IOS);
  }

  @Test
  void aListReadsAsItsLadder() {
    assertThat(CoinPresets.unitedKingdomIos()).hasToString("UK iOS in-app (undated): 40 = GBP 0.49 · 65 = GBP 0.89"
        + " · 330 = GBP 4.49 · 660 = GBP 8.99 · 1321 = GBP 17.99 · 3303 = GBP 44.99 · 6607 = GBP 89.99 · 16500 = GBP 219.99");
    assertThat(list().customRate(usd(50, "0.53")).customLimit(Coins.of(500_000)).build())
        .hasToString("mine (2025): custom at 50 coins for USD 0.53 up to 500,000 coins");
    assertThat(list().customRate(usd(100, "1.10")).build()).hasToString("mine (2025): custom at 100 coins for USD 1.10");
    CoinPriceList web = CoinPresets.unitedStatesWeb(WEB_2022);
    assertThat(web.allowsCustomAmounts()).isTrue();
    assertThat(CoinPresets.unitedStatesIos().allowsCustomAmounts()).isFalse();
    assertThat(web.withName("x").name()).isEqualTo("x");
    assertThat(CoinPresets.unitedStatesIos().withCustomRate(usd(65, "0.90")).customRate()).contains(usd(65, "0.90"));
    assertThat(web.withPackages(List.of()).packages()).isEmpty();
    assertThat(web.customLimit()).isEmpty();
    assertThat(web.withCustomLimit(Coins.of(700)).customLimit()).contains(Coins.of(700));
    assertThat(web.withCustomLimit(Coins.of(700))).isNotEqualTo(web).isEqualTo(web.withCustomLimit(Coins.of(700)))
        .hasSameHashCodeAs(web.withCustomLimit(Coins.of(700)));
    assertThat(web.source()).contains("the-sun.com/tech/4910045").contains("Confidence M");
    assertThat(web.period()).isEqualTo("2022-03-16");
  }

  @Test
  void marketsHoldOneListPerChannel() {
    CoinPrices us = CoinPresets.unitedStates();
    assertThat(us.ladder(Channel.WEB)).contains(CoinPresets.unitedStatesWeb(CoinPresets.WEB_CUSTOM_LIMIT_FROM));
    assertThat(CoinPresets.unitedKingdom().ladder(Channel.ANDROID)).isEmpty();
    CoinPrices mine = us.withLadder(Channel.ANDROID, CoinPresets.unitedStatesIos());
    assertThat(mine.ladder(Channel.ANDROID)).contains(CoinPresets.unitedStatesIos());
    assertThat(us.ladder(Channel.ANDROID)).contains(CoinPresets.unitedStatesAndroid());
    assertThat(CoinPresets.unitedKingdom().withLadder(Channel.WEB, CoinPresets.unitedStatesWeb(WEB_2022)).ladders()).containsOnlyKeys(Channel.IOS, Channel.WEB);
    assertThat(mine.withName("mine").name()).isEqualTo("mine");
    assertThat(CoinPresets.unitedKingdom().toString()).startsWith("UK (GBP)\n    IOS: UK iOS in-app (undated): 40 = GBP 0.49 · 65");
    assertThatThrownBy(() -> CoinPrices.builder().name("none").build()).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ladders must hold at least one channel, was {}");
    assertThatThrownBy(() -> us.ladder(null)).isInstanceOf(NullPointerException.class).hasMessage("channel");
    assertThatThrownBy(() -> us.withLadder(null, CoinPresets.unitedStatesIos())).isInstanceOf(NullPointerException.class).hasMessage("channel");
    assertThatThrownBy(() -> us.withLadder(Channel.IOS, null)).isInstanceOf(NullPointerException.class).hasMessage("ladder");
  }

  @Test
  void theSolversThresholdsAreSmallForTheSourcedLadders() {
    // Below the threshold a quote runs a DP up to the request; above it, O(size of best package).
    assertThat(CoinPresets.unitedStatesLegacyInApp().solver().threshold()).isZero();
    assertThat(CoinPresets.unitedStatesWeb(WEB_2022).solver().threshold()).isZero();
    assertThat(CoinPresets.unitedStatesWeb(WEB_2022).solver().largeFrom()).isEqualTo(69);
    assertThat(CoinPresets.unitedStatesIos().solver().threshold()).isBetween(1L, 50_000L);
    assertThat(CoinPresets.unitedKingdomIos().solver().threshold()).isBetween(1L, 50_000L);
    // Custom amounts only, 50 coins per USD 0.53: every request is in the formula's range.
    CoinPriceList web = CoinPresets.unitedStatesWeb(CoinPresets.WEB_CUSTOM_LIMIT_FROM);
    assertThat(web.solver().threshold()).isZero();
    assertThat(web.solver().largeFrom()).isEqualTo(49);
    // Two packages 3 and 5 coins for 3 and 5 cents: the residue search reaches 1 (mod 3) with 10 coins.
    CoinPriceList twoPackages = list().addPackages(usd(3, "0.03"), usd(5, "0.05")).build();
    assertThat(twoPackages.solver().threshold()).isEqualTo(10);
    assertThat(twoPackages.solver().largeFrom()).isEqualTo(10);
  }
}
