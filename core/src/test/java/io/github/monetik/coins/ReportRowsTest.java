package io.github.monetik.coins;

import static io.github.monetik.testing.CoinGenerators.requests;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.monetik.Monetik;
import io.github.monetik.money.Coins;
import io.github.monetik.report.Rows;
import io.github.monetik.rules.CoinPresets;
import io.github.monetik.testing.CoinGenerators;
import io.github.monetik.testing.TestRules;
import java.time.LocalDate;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Export rows of quotes and comparisons: stable columns, numbers that agree with the results; tables and notes. */
class ReportRowsTest {
  @Test
  void oneRowPerChannelWhoseCoinsArePriceAndSurplusAgree() {
    for (CoinShop shop : List.of(Monetik.defaults().coins(), CoinShop.of(CoinPresets.unitedKingdom(), TestRules.PROVENANCE))) {
      qt().withExamples(100).forAll(requests(50_000)).checkAssert(coins -> {
        CoinComparison c = shop.compare(coins);
        Rows rows = c.rows();
        assertThat(rows).hasSize(c.quotes().size());
        assertThat(rows.columns()).containsExactly("channel", "requested", "coins", "surplus", "price", "per_coin",
            "currency", "price_list");
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
        "requested", 1_000L, "coins", 1_000L, "surplus", 0L, "price", new BigDecimal("10.60"), "per_coin",
        new BigDecimal("0.0106"), "currency", "USD", "price_list", "US web (custom amounts)"));
    Rows rows = Monetik.defaults().coins().compare(Coins.of(1_000)).rows();
    assertThat(rows.kind("price")).isEqualTo(Rows.ColumnType.AMOUNT);
    assertThat(rows.kind("coins")).isEqualTo(Rows.ColumnType.COUNT);
    assertThat(rows.kind("channel")).isEqualTo(Rows.ColumnType.TEXT);
  }

  @Test
  void aQuotesRowsArePurchasesWhoseCoinsAndSubtotalsAddUpToTheQuote() {
    for (CoinShop shop : List.of(Monetik.defaults().coins(), Monetik.asOf(CoinGenerators.WEB_2022).coins(),
        CoinShop.of(CoinPresets.unitedKingdom(), TestRules.PROVENANCE))) {
      qt().withExamples(100).forAll(requests(3_000_000)).checkAssert(coins -> {
        for (Channel channel : shop.channels()) {
          CoinQuote q = shop.quote(coins, channel);
          Rows rows = q.rows();
          assertThat(rows.columns()).containsExactly("purchase", "coins", "quantity", "price", "subtotal", "currency");
          assertThat(rows).hasSize(q.packages().size() + q.customAmounts().size());
          long held = 0;
          BigDecimal paid = BigDecimal.ZERO;
          for (Map<String, Object> row : rows) {
            BigDecimal price = (BigDecimal) row.get("price");
            long quantity = (Long) row.get("quantity");
            assertThat((BigDecimal) row.get("subtotal")).isEqualByComparingTo(price.multiply(BigDecimal.valueOf(quantity)));
            held += (Long) row.get("coins") * quantity;
            paid = paid.add((BigDecimal) row.get("subtotal"));
            assertThat(row.get("currency")).isEqualTo(q.price().currency().getCurrencyCode());
          }
          assertThat(held).isEqualTo(q.coins().count());
          assertThat(paid).isEqualByComparingTo(q.price().amount());
        }
      });
    }
  }

  @Test
  void aQuoteOverTheWebLimitListsItsPurchases() {
    Rows rows = Monetik.defaults().coins().quote(Coins.of(1_234_567), Channel.WEB).rows();
    assertThat(rows).containsExactly(
        Map.of("purchase", "custom", "coins", 500_000L, "quantity", 2L, "price", new BigDecimal("5300.00"),
            "subtotal", new BigDecimal("10600.00"), "currency", "USD"),
        Map.of("purchase", "custom", "coins", 234_567L, "quantity", 1L, "price", new BigDecimal("2486.42"),
            "subtotal", new BigDecimal("2486.42"), "currency", "USD"));
    assertThat(Monetik.defaults().coins().quote(Coins.of(12_345), Channel.IOS).rows().column("coins"))
        .containsExactly(3_303L, 1_321L, 330L, 65L);
    assertThat(Monetik.defaults().coins().quote(Coins.of(12_345), Channel.IOS).rows().column("purchase"))
        .containsOnly("package");
  }

  @Test
  void quotesAndComparisonsCarryTheProvenanceAndEndWithItsNotes() {
    Monetik later = Monetik.asOf(LocalDate.of(2026, 12, 1));
    CoinQuote q = later.coins().quote(Coins.of(100), Channel.IOS);
    assertThat(q.provenance()).isEqualTo(later.rules().provenance());
    assertThat(q.provenance().notes()).isNotEmpty();
    assertThat(q.toString()).endsWith("\n  note: " + q.provenance().notes().get(0));
    CoinComparison c = later.coins().compare(Coins.of(100));
    assertThat(c.provenance()).isEqualTo(later.rules().provenance());
    assertThat(c.toString()).endsWith("\n  note: " + c.provenance().notes().get(0));
    // Same numbers, other rules: not equal.
    CoinQuote latest = Monetik.defaults().coins().quote(Coins.of(100), Channel.IOS);
    assertThat(latest.price()).isEqualTo(q.price());
    assertThat(latest).isNotEqualTo(q);
    assertThat(Monetik.defaults().coins().compare(Coins.of(100))).isNotEqualTo(c);
    assertThat(latest.toString()).doesNotContain("note:");
  }

  @Test
  void theTablesPrintTheSameUnderAGermanLocale() {
    java.util.Locale before = java.util.Locale.getDefault();
    String english;
    String german;
    try {
      java.util.Locale.setDefault(java.util.Locale.ENGLISH);
      english = Monetik.defaults().coins().compare(Coins.of(1_234_567)) + "\n"
          + Monetik.defaults().coins().quote(Coins.of(1_234_567), Channel.WEB);
      java.util.Locale.setDefault(java.util.Locale.GERMANY);
      german = Monetik.defaults().coins().compare(Coins.of(1_234_567)) + "\n"
          + Monetik.defaults().coins().quote(Coins.of(1_234_567), Channel.WEB);
    } finally {
      java.util.Locale.setDefault(before);
    }
    assertThat(german).isEqualTo(english).contains("1,234,567 coins");
  }
}
