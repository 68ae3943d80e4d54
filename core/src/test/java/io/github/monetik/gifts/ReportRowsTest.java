package io.github.monetik.gifts;

import static io.github.monetik.testing.GiftGenerators.countedGifts;
import static io.github.monetik.testing.GiftGenerators.scenarios;
import static io.github.monetik.testing.Generators.rates;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.monetik.rules.DiamondPresets;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Export rows of LIVE earnings and settlements: stable columns, exact types, parts that add up to the totals. */
class ReportRowsTest {
  private static final List<String> EARNINGS_COLUMNS =
      List.of("gifts", "coins", "diamonds", "gross", "creator_cash", "platform_cut", "currency");

  static long sumLong(List<Map<String, Object>> rows, String column) {
    return rows.stream().mapToLong(r -> (Long) r.get(column)).sum();
  }

  static BigDecimal sumDecimal(List<Map<String, Object>> rows, String column) {
    return rows.stream().map(r -> (BigDecimal) r.get(column)).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  private static void addsUpTo(LiveEarnings e, List<Map<String, Object>> rows, String key, int expectedRows) {
    addsUpTo(e, rows, key, false, expectedRows);
  }

  /** Sender and gift rows have a {@code name} column after the key (empty when the input had none). */
  private static void addsUpTo(LiveEarnings e, List<Map<String, Object>> rows, String key, boolean named, int expectedRows) {
    assertThat(rows).hasSize(expectedRows);
    int first = named ? 2 : 1;
    for (Map<String, Object> row : rows) {
      assertThat(row.keySet()).first().isEqualTo(key);
      if (named) {
        assertThat(List.copyOf(row.keySet()).get(1)).isEqualTo("name");
      }
      assertThat(List.copyOf(row.keySet()).subList(first, row.size())).isEqualTo(EARNINGS_COLUMNS);
      assertThat(row.values()).allMatch(v -> v instanceof String || v instanceof Long || v instanceof BigDecimal);
      assertThat(row.get("currency")).isEqualTo(e.diamondPolicy().coinValue().currency().getCurrencyCode());
    }
    assertThat(sumLong(rows, "gifts")).isEqualTo(e.gifts());
    assertThat(sumLong(rows, "coins")).isEqualTo(e.coins().count());
    assertThat(sumLong(rows, "diamonds")).isEqualTo(e.diamonds().count());
    assertThat(sumDecimal(rows, "gross")).isEqualByComparingTo(e.grossValue().amount());
    assertThat(sumDecimal(rows, "creator_cash")).isEqualByComparingTo(e.creatorCash().amount());
    assertThat(sumDecimal(rows, "platform_cut")).isEqualByComparingTo(e.platformCut().amount());
  }

  @Test
  void everyEarningsViewHasItsColumnsAndAddsUpToTheTotals() {
    qt().withExamples(150).forAll(lists().of(countedGifts()).ofSizeBetween(0, 40), rates()).checkAssert((gifts, share) -> {
      // Any share, so diamonds per coin are often fractional and the rows share the rounding.
      LiveEarnings e = Earnings.of(gifts, DiamondPresets.classic().withCreatorShare(share));
      long minutes = gifts.stream().map(g -> g.timestamp().getEpochSecond() / 60).distinct().count();
      addsUpTo(e, e.rows(), "minute", (int) minutes);
      addsUpTo(e, e.senderRows(), "sender", true, (int) gifts.stream().map(CountedGift::senderId).distinct().count());
      addsUpTo(e, e.giftRows(), "gift_id", true, (int) gifts.stream().map(CountedGift::giftId).distinct().count());
      // A sender's name is the one its gifts carry (the generator names user-3 "Name 3"), empty if none does.
      assertThat(e.senderRows()).allSatisfy(r -> assertThat(r.get("name")).isEqualTo(gifts.stream()
          .filter(g -> g.senderId().equals(r.get("sender"))).flatMap(g -> g.senderName().stream()).findAny().orElse("")));
      assertThat(e.giftRows()).allSatisfy(r -> assertThat(r.get("name")).isEqualTo(gifts.stream()
          .filter(g -> Long.toString(g.giftId()).equals(r.get("gift_id"))).flatMap(g -> g.giftName().stream()).findAny()
          .orElse("")));
      addsUpTo(e, e.hostRows(), "host", (int) gifts.stream().map(CountedGift::hostId).distinct().count());
      List<String> labels = e.rows().stream().map(r -> (String) r.get("minute")).toList();
      assertThat(labels).isSorted();
      assertThat(e.senderRows().stream().map(r -> (Long) r.get("coins")).toList())
          .isSortedAccordingTo((a, b) -> Long.compare(b, a));
    });
  }

  @Test
  void aMinuteRowReadsLikeTheBreakdown() {
    CountedGift rose = CountedGift.builder().senderId("ann").hostId("host").giftId(5655).combo(true).groupId(7).messageId(1).count(3)
        .coinsPerGift(1).timestamp(java.time.Instant.parse("2023-10-04T19:19:36Z")).isOpen(false).build();
    CountedGift lion = CountedGift.builder().senderId("bob").hostId("host").giftId(6369).combo(false).groupId(0).messageId(2).count(1)
        .coinsPerGift(29_999).timestamp(java.time.Instant.parse("2023-10-04T19:20:01Z")).isOpen(false).build();
    LiveEarnings e = Earnings.of(List.of(rose, lion), DiamondPresets.classic());
    assertThat(e.rows()).containsExactly(
        Map.of("minute", "2023-10-04T19:19:00Z", "gifts", 3L, "coins", 3L, "diamonds", 3L, "gross", new BigDecimal("0.03"),
            "creator_cash", new BigDecimal("0.015"), "platform_cut", new BigDecimal("0.015"), "currency", "USD"),
        Map.of("minute", "2023-10-04T19:20:00Z", "gifts", 1L, "coins", 29_999L, "diamonds", 29_999L,
            "gross", new BigDecimal("299.99"), "creator_cash", new BigDecimal("149.995"),
            "platform_cut", new BigDecimal("149.995"), "currency", "USD"));
  }

  @Test
  void settlementRowsAddUpToTheScenariosTrueTotals() {
    qt().withExamples(150).forAll(scenarios()).checkAssert(s -> {
      ComboSettlement settlement = io.github.monetik.testing.TestRules.uncheckedGifts().settle(s.events);
      List<Map<String, Object>> rows = settlement.rows();
      assertThat(rows).hasSize(settlement.settled().size() + settlement.open().size());
      assertThat(rows).allSatisfy(r -> assertThat(r.keySet()).containsExactly("timestamp", "host", "sender", "sender_name",
          "gift_id", "gift_name", "group_id", "message_id", "kind", "count", "coins_per_gift", "coins", "status"));
      assertThat(rows).allSatisfy(r -> assertThat((Long) r.get("coins")).isEqualTo((Long) r.get("count") * (Long) r.get("coins_per_gift")));
      List<Map<String, Object>> settled = rows.stream().filter(r -> r.get("status").equals("settled")).toList();
      List<Map<String, Object>> open = rows.stream().filter(r -> r.get("status").equals("open")).toList();
      assertThat(settled.size() + open.size()).isEqualTo(rows.size());
      // The generator knows the true totals independently of settlement.
      assertThat(sumLong(settled, "coins")).isEqualTo(s.settledCoins);
      assertThat(sumLong(settled, "count")).isEqualTo(s.settledGifts);
      assertThat(sumLong(open, "coins")).isEqualTo(s.openCoins);
      assertThat(sumLong(open, "count")).isEqualTo(s.openGifts);
      assertThat(open).hasSize(s.openCombos).allMatch(r -> r.get("kind").equals("combo"));

      List<Map<String, Object>> included = settlement.includeOpen().rows();
      assertThat(included).hasSize(rows.size()).noneMatch(r -> r.get("status").equals("open"));
      assertThat(included.stream().filter(r -> r.get("status").equals("open-counted")).count()).isEqualTo(s.openCombos);
      assertThat(sumLong(included, "coins")).isEqualTo(s.settledCoins + s.openCoins);
    });
  }
}
