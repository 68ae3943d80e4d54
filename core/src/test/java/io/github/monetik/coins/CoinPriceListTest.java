package io.github.monetik.coins;

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
  void aListReadsAsItsLadder() {
    assertThat(CoinPresets.iosGbp()).hasToString("UK iOS in-app (undated): 65 = GBP 0.89 · 16500 = GBP 219.99");
    assertThat(list().customRate(usd(100, "1.10")).build()).hasToString("mine (2025): custom at 100 coins for USD 1.10");
    CoinPriceList web = CoinPresets.webUsd();
    assertThat(web.allowsCustomAmounts()).isTrue();
    assertThat(CoinPresets.iosUsd().allowsCustomAmounts()).isFalse();
    assertThat(web.withName("x").name()).isEqualTo("x");
    assertThat(CoinPresets.iosUsd().withCustomRate(usd(65, "0.90")).customRate()).contains(usd(65, "0.90"));
    assertThat(web.withPackages(List.of()).packages()).isEmpty();
    assertThat(web.source()).contains("the-sun.com/tech/4910045").contains("Confidence M");
    assertThat(web.period()).isEqualTo("2022-03-16");
  }

  @Test
  void marketsHoldOneListPerChannel() {
    CoinPrices us = CoinPresets.us();
    assertThat(us.ladder(Channel.WEB)).contains(CoinPresets.webUsd());
    assertThat(CoinPresets.uk().ladder(Channel.ANDROID)).isEmpty();
    CoinPrices mine = us.withLadder(Channel.ANDROID, CoinPresets.iosUsd());
    assertThat(mine.ladder(Channel.ANDROID)).contains(CoinPresets.iosUsd());
    assertThat(us.ladder(Channel.ANDROID)).contains(CoinPresets.androidUsd());
    assertThat(CoinPresets.uk().withLadder(Channel.WEB, CoinPresets.webUsd()).ladders()).containsOnlyKeys(Channel.IOS, Channel.WEB);
    assertThat(mine.withName("mine").name()).isEqualTo("mine");
    assertThat(CoinPresets.uk()).hasToString("UK (GBP)\n    IOS: UK iOS in-app (undated): 65 = GBP 0.89 · 16500 = GBP 219.99");
    assertThatThrownBy(() -> CoinPrices.builder().name("none").build()).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ladders must hold at least one channel, was {}");
    assertThatThrownBy(() -> us.ladder(null)).isInstanceOf(NullPointerException.class).hasMessage("channel");
    assertThatThrownBy(() -> us.withLadder(null, CoinPresets.iosUsd())).isInstanceOf(NullPointerException.class).hasMessage("channel");
    assertThatThrownBy(() -> us.withLadder(Channel.IOS, null)).isInstanceOf(NullPointerException.class).hasMessage("ladder");
  }

  @Test
  void theSolversThresholdsAreSmallForTheSourcedLadders() {
    // Below the threshold a quote runs a DP up to the request; above it, O(size of best package).
    assertThat(CoinPresets.legacyInAppUsd().solver().threshold()).isZero();
    assertThat(CoinPresets.webUsd().solver().threshold()).isZero();
    assertThat(CoinPresets.webUsd().solver().largeFrom()).isEqualTo(69);
    assertThat(CoinPresets.iosUsd().solver().threshold()).isBetween(1L, 50_000L);
    // Only 65 and 16,500: 3,299 x 65 reaches the last of the 3,300 reachable residues.
    assertThat(CoinPresets.iosGbp().solver().threshold()).isEqualTo(3_299L * 65);
  }
}
