package io.github.monetik.rules;

import static io.github.monetik.testing.CoinGenerators.WEB_2022;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.monetik.coins.Channel;
import io.github.monetik.coins.CoinPackage;
import io.github.monetik.coins.CoinPriceList;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The coin presets say exactly what DOMAIN.md §1 says, and the rules book carries them. */
class CoinPresetsTest {
  private static String ladder(CoinPriceList list) {
    return list.packages().stream().map(p -> p.coins().count() + "=" + p.price().amount().toPlainString())
        .collect(Collectors.joining(" "));
  }

  @Test
  void theSourcedLadders() {
    assertThat(ladder(CoinPresets.unitedStatesLegacyInApp()))
        .isEqualTo("70=0.99 350=4.99 700=9.99 1400=19.99 3500=49.99 7000=99.99 17500=249.99");
    assertThat(ladder(CoinPresets.unitedStatesIos()))
        .isEqualTo("65=0.99 330=4.99 660=9.99 1321=19.99 3303=49.99 6607=99.99 16500=249.99");
    assertThat(ladder(CoinPresets.unitedStatesWeb(WEB_2022))).isEqualTo("70=0.74");
    assertThat(ladder(CoinPresets.unitedKingdomIos()))
        .isEqualTo("40=0.49 65=0.89 330=4.49 660=8.99 1321=17.99 3303=44.99 6607=89.99 16500=219.99");
    CoinPriceList web = CoinPresets.unitedStatesWeb(LocalDate.of(2024, 5, 2));
    assertThat(ladder(web)).isEmpty();
    assertThat(web.customRate()).contains(CoinPackage.of(50, io.github.monetik.money.Money.of("0.53", "USD")));
    assertThat(web.customLimit()).contains(io.github.monetik.money.Coins.of(500_000));
    assertThat(web.source()).contains("singular.net (2024-05-02)").contains("500,000 coins for USD 5,300");
    assertThat(web.period()).isEqualTo("2024-05-02");
    assertThat(CoinPresets.WEB_CUSTOM_LIMIT_FROM).isEqualTo(LocalDate.of(2024, 5, 2));
    assertThat(CoinPresets.unitedStatesWeb(LocalDate.of(2024, 5, 1))).isEqualTo(CoinPresets.unitedStatesWeb(WEB_2022));
    assertThat(CoinPresets.unitedStatesWeb(LocalDate.of(2100, 1, 1))).isEqualTo(web);
    assertThat(ladder(CoinPresets.unitedStatesAndroid())).isEqualTo(ladder(CoinPresets.unitedStatesLegacyInApp()));
    assertThat(CoinPresets.unitedStatesWeb(WEB_2022).customRate().map(CoinPackage::toString)).contains("70 coins for USD 0.74");
    for (CoinPriceList l : io.github.monetik.testing.CoinGenerators.PRESET_LADDERS) {
      assertThat(l.source()).as(l.name()).contains("Confidence");
      assertThat(l.period()).as(l.name()).isNotBlank();
    }
    assertThat(CoinPresets.unitedStatesLegacyInApp().assumptions()).isEmpty();
  }

  @Test
  void inAppPacksStartAtTwentyCoinsWithoutASourcedPriceAndNoInAppListSellsCustomAmounts() {
    assertThat(CoinPresets.IN_APP_SMALLEST_PACK).isEqualTo(io.github.monetik.money.Coins.of(20));
    for (CoinPriceList inApp : List.of(CoinPresets.unitedStatesIos(), CoinPresets.unitedStatesAndroid(),
        CoinPresets.unitedKingdomIos())) {
      assertThat(inApp.allowsCustomAmounts()).as(inApp.name()).isFalse();
      assertThat(inApp.assumptions()).as(inApp.name()).anyMatch(a -> a.startsWith("In-app packs start at 20 coins"));
      // No price is invented for it: the smallest pack sold is a sourced one.
      assertThat(inApp.packages()).as(inApp.name()).noneMatch(p -> p.coins().count() < 40);
    }
    assertThat(CoinPresets.unitedStatesIos().source()).contains("singular.net (2024-05-02)");
    assertThat(CoinPresets.unitedKingdomIos().source()).contains("apps.uk").contains("Confidence L-M");
  }

  @Test
  void theMarkets() {
    assertThat(CoinPresets.unitedStates().ladders()).containsOnlyKeys(Channel.WEB, Channel.IOS, Channel.ANDROID);
    assertThat(CoinPresets.unitedStates().ladder(Channel.IOS)).contains(CoinPresets.unitedStatesIos());
    assertThat(CoinPresets.unitedKingdom().ladders()).containsOnlyKeys(Channel.IOS);
    assertThat(CoinPresets.unitedKingdom().name()).isEqualTo("UK (GBP)");
    assertThat(CoinPresets.unitedStates().ladder(Channel.WEB)).contains(CoinPresets.unitedStatesWeb(CoinPresets.WEB_CUSTOM_LIMIT_FROM));
    assertThat(CoinPresets.asOf(WEB_2022).ladder(Channel.WEB)).contains(CoinPresets.unitedStatesWeb(WEB_2022));
    assertThat(CoinPresets.asOf(LocalDate.of(2025, 1, 1))).isEqualTo(CoinPresets.unitedStates());
    assertThat(CoinPresets.asOf(LocalDate.of(2025, 1, 1), "GB")).isEqualTo(CoinPresets.unitedKingdom());
    assertThat(CoinPresets.asOf(WEB_2022, "DE")).isEqualTo(CoinPresets.asOf(WEB_2022));
    assertThat(CoinPresets.asOf(WEB_2022, null)).isEqualTo(CoinPresets.asOf(WEB_2022));
    assertThatThrownBy(() -> CoinPresets.asOf(null)).isInstanceOf(NullPointerException.class).hasMessage("date");
    assertThatThrownBy(() -> CoinPresets.asOf(null, "GB")).isInstanceOf(NullPointerException.class).hasMessage("date");
    assertThatThrownBy(() -> CoinPresets.unitedStatesWeb(null)).isInstanceOf(NullPointerException.class).hasMessage("date");
  }

  @Test
  void everyBookSellsByTheUsPricesOfItsDayAndTheyCanBeOverridden() {
    assertThat(Rules.latest().coinPrices()).isEqualTo(CoinPresets.unitedStates());
    assertThat(Rules.asOf(LocalDate.of(2019, 1, 1)).coinPrices()).isEqualTo(CoinPresets.asOf(WEB_2022));
    assertThat(Rules.asOf(LocalDate.of(2025, 1, 1)).forCountry("GB").coinPrices()).isEqualTo(CoinPresets.unitedKingdom());
    Rules uk = Rules.latest().withCoinPrices(CoinPresets.unitedKingdom());
    assertThat(uk.coinPrices()).isEqualTo(CoinPresets.unitedKingdom());
    assertThat(uk.provenance().id()).isEqualTo("latest +coinPrices");
    assertThat(uk).isNotEqualTo(Rules.latest().withDiamondPolicy(Rules.latest().diamondPolicy()));
    assertThat(uk.hashCode()).isNotEqualTo(Rules.latest().withDiamondPolicy(Rules.latest().diamondPolicy()).hashCode());
    assertThat(uk.withDiamondPolicy(uk.diamondPolicy()).coinPrices()).isEqualTo(CoinPresets.unitedKingdom());
    assertThat(Rules.latest().toString()).contains("\n  coinPrices: US (USD)\n");
    assertThatThrownBy(() -> Rules.latest().withCoinPrices(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("coinPrices");
  }
}
