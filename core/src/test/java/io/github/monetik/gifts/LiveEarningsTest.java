package io.github.monetik.gifts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.monetik.money.Coins;
import io.github.monetik.money.Diamonds;
import io.github.monetik.money.Money;
import io.github.monetik.money.Rate;
import io.github.monetik.rules.DiamondPresets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class LiveEarningsTest {
  private static final DiamondPolicy CLASSIC = DiamondPresets.classic();
  private static final Instant T = Instant.parse("2023-10-04T19:19:36.790Z");

  private static CountedGift gift(String sender, String host, long giftId, long count, long price, Instant at) {
    return CountedGift.builder().senderId(sender).hostId(host).giftId(giftId).combo(true).groupId(1).messageId(giftId).count(count)
        .coinsPerGift(price).timestamp(at).isOpen(false).build();
  }

  private final List<CountedGift> gifts = List.of(
      gift("alice", "host-a", 5655, 37, 1, T),
      gift("bob", "host-a", 5879, 2, 30, T.plusSeconds(30)),
      gift("alice", "host-b", 5879, 1, 30, T.plusSeconds(90)),
      gift("carol", "host-a", 7934, 1, 29_999, T.plusSeconds(200)));

  @Test
  void totalsPartsAndTheLeaderboard() {
    LiveEarnings e = Earnings.of(gifts, CLASSIC);
    assertThat(e.gifts()).isEqualTo(41);
    assertThat(e.coins()).isEqualTo(Coins.of(37 + 60 + 30 + 29_999));
    assertThat(e.grossValue()).isEqualTo(Money.of("301.26", "USD"));
    assertThat(e.diamonds()).isEqualTo(Diamonds.of(30_126));
    assertThat(e.creatorCash()).isEqualTo(Money.of("150.63", "USD"));
    assertThat(e.platformCut()).isEqualTo(Money.of("150.63", "USD"));
    assertThat(e.diamondPolicy()).isEqualTo(CLASSIC);
    assertThat(e.topSenders(2)).extracting(EarningsRow::label).containsExactly("carol", "alice");
    assertThat(e.topSenders(0)).isEmpty();
    assertThat(e.bySender().get("alice").gifts()).isEqualTo(38);
    assertThat(e.bySender().get("alice").coins()).isEqualTo(Coins.of(67));
    assertThat(e.byGift().keySet()).containsExactly(7934L, 5879L, 5655L);
    assertThat(e.byGift().get(5879L).gifts()).isEqualTo(3);
    assertThat(e.byHost().get("host-b").creatorCash()).isEqualTo(Money.of("0.15", "USD"));
    assertThat(e.byMinute().keySet()).containsExactly(Instant.parse("2023-10-04T19:19:00Z"),
        Instant.parse("2023-10-04T19:20:00Z"), Instant.parse("2023-10-04T19:21:00Z"), Instant.parse("2023-10-04T19:22:00Z"));
    assertThat(e.byMinute().get(Instant.parse("2023-10-04T19:20:00Z")).coins()).isEqualTo(Coins.of(60));
    assertThat(e.byMinute().get(Instant.parse("2023-10-04T19:20:00Z")).label()).isEqualTo("2023-10-04T19:20:00Z");
    EarningsRow carol = e.bySender().get("carol");
    assertThat(carol.gross()).isEqualTo(Money.of("299.99", "USD"));
    assertThat(carol.diamonds()).isEqualTo(Diamonds.of(29_999));
    assertThat(carol.platformCut()).isEqualTo(Money.of("149.995", "USD"));
    assertThat(carol).hasToString("carol: 1 gifts, 29,999 coins, 29,999 diamonds, creator USD 149.995, platform USD 149.995");
  }

  @Test
  void fractionalDiamondsAreSharedByLargestRemainderSoRowsAddUp() {
    // 53% share: 1.06 diamonds per coin. Three senders of 10 coins each: 10.6 each, 31.8 in all -> 31 whole.
    DiamondPolicy scaled = CLASSIC.withCreatorShare(Rate.percent(53));
    LiveEarnings e = Earnings.of(List.of(gift("a", "h", 1, 10, 1, T), gift("b", "h", 1, 10, 1, T),
        gift("c", "h", 1, 10, 1, T)), scaled);
    assertThat(e.diamonds()).isEqualTo(Diamonds.of(31));
    // Each row rounds 10.6 down to 10; the one leftover diamond goes to the first label among equal fractions.
    assertThat(e.bySender().values()).extracting(r -> r.diamonds().count()).containsExactly(11L, 10L, 10L);
    assertThat(e.bySender().keySet()).containsExactly("a", "b", "c");
    // Unequal fractions: 8 coins = 8.48, 9 coins = 9.54; total 18.02 -> 18, floors 8 + 9 = 17; the larger
    // fraction (9.54) gets the leftover although "x" sorts first.
    LiveEarnings f = Earnings.of(List.of(gift("x", "h", 1, 8, 1, T), gift("y", "h", 1, 9, 1, T)), scaled);
    assertThat(f.bySender().get("y").diamonds()).isEqualTo(Diamonds.of(10));
    assertThat(f.bySender().get("x").diamonds()).isEqualTo(Diamonds.of(8));
  }

  @Test
  void badArgumentsNameThemselves() {
    LiveEarnings e = Earnings.of(gifts, CLASSIC);
    assertThatThrownBy(() -> e.topSenders(-1)).isInstanceOf(IllegalArgumentException.class).hasMessage("n must be >= 0, was -1");
    assertThatThrownBy(() -> e.combine(Earnings.empty(CLASSIC.withCreatorShare(Rate.percent(53)))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("other must be earnings under the same diamond policy (1 coin = USD 0.01, creator share 50%, 1 diamond"
            + " = USD 0.005 (1 diamond(s) per coin)), was 1 coin = USD 0.01, creator share 53%, 1 diamond = USD 0.005 (1.06"
            + " diamond(s) per coin)");
    assertThatThrownBy(() -> e.plus(null)).isInstanceOf(NullPointerException.class).hasMessage("gift");
    assertThatThrownBy(() -> Earnings.empty(null)).isInstanceOf(NullPointerException.class).hasMessage("diamondPolicy");
    assertThatThrownBy(() -> gift("a", "h", 1, 0, 1, T)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("count must be >= 1, was 0");
    assertThatThrownBy(() -> gift("a", "h", 1, 1, -1, T)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("coinsPerGift must be >= 0, was -1");
    assertThatThrownBy(() -> CountedGift.builder().from(gift("a", "h", 1, 1, 1, T)).combo(false).isOpen(true).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("isOpen must be false for a non-repeatable gift, was true");
  }

  @Test
  void earningsAreValuesAndPrintATable() {
    LiveEarnings e = Earnings.of(gifts, CLASSIC);
    List<CountedGift> reversed = new java.util.ArrayList<>(gifts);
    java.util.Collections.reverse(reversed);
    assertThat(e).isEqualTo(Earnings.of(reversed, CLASSIC)).hasSameHashCodeAs(Earnings.of(reversed, CLASSIC));
    assertThat(e).isNotEqualTo(Earnings.of(gifts.subList(0, 3), CLASSIC))
        .isNotEqualTo(Earnings.of(gifts, CLASSIC.withCreatorShare(Rate.percent(53))));
    assertThat(e.toString()).startsWith("LiveEarnings: 41 gifts, 30,126 coins, viewers' spend USD 301.26")
        .contains("creator: 30,126 diamonds = USD 150.63; platform: USD 150.63")
        .containsPattern("  carol +1 +29,999 coins +USD 149.995")
        .containsPattern("  7934 +1 +29,999 coins +USD 149.995");
  }
}
