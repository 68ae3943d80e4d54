package io.github.monetik.rules;

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
    assertThat(ladder(CoinPresets.legacyInAppUsd()))
        .isEqualTo("70=0.99 350=4.99 700=9.99 1400=19.99 3500=49.99 7000=99.99 17500=249.99");
    assertThat(ladder(CoinPresets.iosUsd()))
        .isEqualTo("65=0.99 330=4.99 660=9.99 1321=19.99 3303=49.99 6607=99.99 16500=249.99");
    assertThat(ladder(CoinPresets.webUsd())).isEqualTo("70=0.74");
    assertThat(ladder(CoinPresets.iosGbp())).isEqualTo("65=0.89 16500=219.99");
    assertThat(ladder(CoinPresets.androidUsd())).isEqualTo(ladder(CoinPresets.legacyInAppUsd()));
    assertThat(CoinPresets.webUsd().customRate().map(CoinPackage::toString)).contains("70 coins for USD 0.74");
    for (CoinPriceList l : List.of(CoinPresets.legacyInAppUsd(), CoinPresets.iosUsd(), CoinPresets.webUsd(),
        CoinPresets.iosGbp(), CoinPresets.androidUsd())) {
      assertThat(l.source()).as(l.name()).contains("Confidence");
      assertThat(l.period()).as(l.name()).isNotBlank();
    }
    assertThat(CoinPresets.legacyInAppUsd().assumptions()).isEmpty();
    assertThat(CoinPresets.iosUsd().assumptions()).isEmpty();
  }

  @Test
  void theMarkets() {
    assertThat(CoinPresets.us().ladders()).containsOnlyKeys(Channel.WEB, Channel.IOS, Channel.ANDROID);
    assertThat(CoinPresets.us().ladder(Channel.IOS)).contains(CoinPresets.iosUsd());
    assertThat(CoinPresets.uk().ladders()).containsOnlyKeys(Channel.IOS);
    assertThat(CoinPresets.uk().name()).isEqualTo("UK (GBP)");
  }

  @Test
  void everyBookSellsByTheUsPricesAndTheyCanBeOverridden() {
    assertThat(Rules.latest().coinPrices()).isEqualTo(CoinPresets.us());
    assertThat(Rules.asOf(LocalDate.of(2019, 1, 1)).coinPrices()).isEqualTo(CoinPresets.us());
    Rules uk = Rules.latest().withCoinPrices(CoinPresets.uk());
    assertThat(uk.coinPrices()).isEqualTo(CoinPresets.uk());
    assertThat(uk.provenance().id()).isEqualTo("latest +coinPrices");
    assertThat(uk).isNotEqualTo(Rules.latest().withDiamondPolicy(Rules.latest().diamondPolicy()));
    assertThat(uk.hashCode()).isNotEqualTo(Rules.latest().withDiamondPolicy(Rules.latest().diamondPolicy()).hashCode());
    assertThat(uk.withDiamondPolicy(uk.diamondPolicy()).coinPrices()).isEqualTo(CoinPresets.uk());
    assertThat(Rules.latest().toString()).contains("\n  coinPrices: US (USD)\n");
    assertThatThrownBy(() -> Rules.latest().withCoinPrices(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("coinPrices");
  }
}
