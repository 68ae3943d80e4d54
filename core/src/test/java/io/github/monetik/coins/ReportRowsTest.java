package io.github.monetik.coins;

import static io.github.monetik.testing.CoinGenerators.requests;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.monetik.Monetik;
import io.github.monetik.money.Coins;
import io.github.monetik.rules.CoinPresets;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Export rows of a coin comparison: one per channel, stable columns, numbers that agree with the quotes. */
class ReportRowsTest {
  @Test
  void oneRowPerChannelWhoseCoinsArePriceAndSurplusAgree() {
    for (CoinShop shop : List.of(Monetik.defaults().coins(), CoinShop.of(CoinPresets.uk(), io.github.monetik.testing.TestRules.PROVENANCE))) {
      qt().withExamples(100).forAll(requests(50_000)).checkAssert(coins -> {
        CoinComparison c = shop.compare(coins);
        List<Map<String, Object>> rows = c.rows();
        assertThat(rows).hasSize(c.quotes().size());
        for (int i = 0; i < rows.size(); i++) {
          Map<String, Object> row = rows.get(i);
          CoinQuote q = c.quotes().get(i);
          assertThat(row.keySet()).containsExactly("channel", "requested", "coins", "surplus", "price", "per_coin",
              "currency", "price_list");
          assertThat(row.get("channel")).isEqualTo(q.channel().name());
          assertThat((Long) row.get("coins")).isEqualTo((Long) row.get("requested") + (Long) row.get("surplus"))
              .isEqualTo(q.coins().count());
          assertThat(row.get("requested")).isEqualTo(coins.count());
          BigDecimal price = (BigDecimal) row.get("price");
          assertThat(price).isEqualTo(q.price().amount());
          assertThat((BigDecimal) row.get("per_coin")).isEqualByComparingTo(price.divide(BigDecimal.valueOf((Long) row.get("coins")),
              CoinPackage.PER_COIN_DECIMALS, RoundingMode.HALF_EVEN));
        }
        // The cheapest row is the one cheapest() names.
        BigDecimal lowest = rows.stream().map(r -> (BigDecimal) r.get("price")).min(BigDecimal::compareTo).orElseThrow();
        assertThat(c.cheapest().price().amount()).isEqualByComparingTo(lowest);
      });
    }
  }

  @Test
  void aThousandCoinsInTheUs() {
    assertThat(Monetik.defaults().coins().compare(Coins.of(1_000)).rows().get(0)).isEqualTo(Map.of("channel", "WEB",
        "requested", 1_000L, "coins", 1_000L, "surplus", 0L, "price", new BigDecimal("10.58"), "per_coin",
        new BigDecimal("0.01058"), "currency", "USD", "price_list", "US web (ladder C)"));
  }
}
