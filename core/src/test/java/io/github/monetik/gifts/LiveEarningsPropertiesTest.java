package io.github.monetik.gifts;

import static io.github.monetik.testing.GiftGenerators.countedGifts;
import static io.github.monetik.testing.Generators.rates;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.monetik.money.Coins;
import io.github.monetik.money.Diamonds;
import io.github.monetik.money.Money;
import io.github.monetik.rules.DiamondPresets;
import java.util.Collection;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The monoid laws and the conservation laws of LIVE earnings. */
class LiveEarningsPropertiesTest {
  private static final DiamondPolicy CLASSIC = DiamondPresets.classic();

  @Test
  void anySplitCombinedInAnyGroupingEqualsOnePass() {
    qt().withExamples(200).forAll(lists().of(countedGifts()).ofSizeBetween(0, 40), integers().between(0, 40),
        integers().between(0, 40)).checkAssert((gifts, a, b) -> {
          int i = Math.min(a, gifts.size());
          int j = Math.max(i, Math.min(b, gifts.size()));
          LiveEarnings x = Earnings.of(gifts.subList(0, i), CLASSIC);
          LiveEarnings y = Earnings.of(gifts.subList(i, j), CLASSIC);
          LiveEarnings z = Earnings.of(gifts.subList(j, gifts.size()), CLASSIC);
          LiveEarnings whole = Earnings.of(gifts, CLASSIC);
          assertThat(x.combine(y).combine(z)).isEqualTo(whole);
          assertThat(x.combine(y.combine(z))).isEqualTo(whole);
          assertThat(Earnings.empty(CLASSIC).combine(whole)).isEqualTo(whole);
          assertThat(whole.combine(Earnings.empty(CLASSIC))).isEqualTo(whole);
          LiveEarnings oneByOne = Earnings.empty(CLASSIC);
          for (CountedGift g : gifts) {
            oneByOne = oneByOne.plus(g);
          }
          assertThat(oneByOne).isEqualTo(whole);
          assertThat(gifts.parallelStream().collect(Earnings.collector(CLASSIC))).isEqualTo(whole);
          assertThat(whole.bySender()).isEqualTo(x.combine(y).combine(z).bySender());
        });
  }

  @Test
  void grossIsCreatorPlusPlatformAndPartsAddUpExactlyForAnyShare() {
    qt().withExamples(200).forAll(lists().of(countedGifts()).ofSizeBetween(0, 30), rates()).checkAssert((gifts, share) -> {
      DiamondPolicy policy = CLASSIC.withCreatorShare(share);
      LiveEarnings e = Earnings.of(gifts, policy);
      assertThat(e.creatorCash().plus(e.platformCut())).isEqualTo(e.grossValue());
      long coins = gifts.stream().mapToLong(g -> g.count() * g.coinsPerGift()).sum();
      assertThat(e.coins()).isEqualTo(Coins.of(coins));
      for (Collection<EarningsRow> rows : List.of(e.byGift().values(), e.bySender().values(), e.byHost().values(),
          e.byMinute().values())) {
        assertAddsUp(rows, e);
      }
    });
  }

  private static void assertAddsUp(Collection<EarningsRow> rows, LiveEarnings e) {
    Money zero = Money.zero(e.grossValue().currency());
    assertThat(rows.stream().mapToLong(EarningsRow::gifts).sum()).isEqualTo(e.gifts());
    assertThat(rows.stream().map(EarningsRow::coins).reduce(Coins.ZERO, Coins::plus)).isEqualTo(e.coins());
    assertThat(rows.stream().map(EarningsRow::diamonds).reduce(Diamonds.ZERO, Diamonds::plus)).isEqualTo(e.diamonds());
    assertThat(rows.stream().map(EarningsRow::gross).reduce(zero, Money::plus)).isEqualTo(e.grossValue());
    assertThat(rows.stream().map(EarningsRow::creatorCash).reduce(zero, Money::plus)).isEqualTo(e.creatorCash());
    assertThat(rows.stream().map(EarningsRow::platformCut).reduce(zero, Money::plus)).isEqualTo(e.platformCut());
    for (EarningsRow r : rows) {
      assertThat(r.creatorCash().plus(r.platformCut())).isEqualTo(r.gross());
      // A row's whole diamonds are its exact diamonds rounded down, or one more (its share of the total's leftover).
      long floor = e.diamondPolicy().diamondsFor(r.coins()).count();
      assertThat(r.diamonds().count()).isBetween(floor, floor + 1);
    }
  }

  @Test
  void topSendersAreTheSendersWithTheMostCoinsInOrder() {
    qt().withExamples(100).forAll(lists().of(countedGifts()).ofSizeBetween(0, 30), integers().between(0, 10))
        .checkAssert((gifts, n) -> {
          LiveEarnings e = Earnings.of(gifts, CLASSIC);
          List<EarningsRow> top = e.topSenders(n);
          assertThat(top).hasSize(Math.min(n, e.bySender().size()));
          for (int k = 1; k < top.size(); k++) {
            assertThat(top.get(k - 1).coins()).isGreaterThanOrEqualTo(top.get(k).coins());
          }
          long maxCoins = e.bySender().values().stream().mapToLong(r -> r.coins().count()).max().orElse(0);
          if (!top.isEmpty()) {
            assertThat(top.get(0).coins().count()).isEqualTo(maxCoins);
          }
        });
  }
}
