package io.github.monetik.gifts;

import static io.github.monetik.testing.Generators.rates;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.monetik.money.Coins;
import io.github.monetik.money.Diamonds;
import io.github.monetik.money.Money;
import io.github.monetik.money.Rate;
import io.github.monetik.rules.DiamondPresets;
import io.github.monetik.rules.GiftCatalogPresets;
import io.github.monetik.rules.WithdrawalPresets;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class DiamondPolicyTest {
  private final DiamondPolicy classic = DiamondPresets.classic();

  @Test
  void oneCoinGiftedIsOneDiamondWorthHalfACent() {
    assertThat(classic.diamondsPerCoin()).isEqualByComparingTo(BigDecimal.ONE);
    assertThat(classic.diamondsFor(Coins.of(1))).isEqualTo(Diamonds.of(1));
    assertThat(classic.cashValueOf(Diamonds.of(1))).isEqualTo(Money.of("0.005", "USD"));
    assertThat(classic.creatorCashFor(Coins.of(29_999))).isEqualTo(Money.of("149.995", "USD"));
    assertThat(classic.platformCutFor(Coins.of(29_999))).isEqualTo(Money.of("149.995", "USD"));
  }

  @Test
  void twoCoinsPerDiamondDissentIsReachableAndRoundsDiamondsDown() {
    DiamondPolicy dissent = classic.withDiamondValue(Money.of("0.01", "USD"));
    assertThat(dissent.diamondsPerCoin()).isEqualByComparingTo("0.5");
    assertThat(dissent.diamondsFor(Coins.of(5))).isEqualTo(Diamonds.of(2));
    assertThat(dissent.creatorCashFor(Coins.of(5))).isEqualTo(Money.of("0.025", "USD"));
  }

  @Test
  void aNonTerminatingRatioKeeps34DigitsRoundedDown() {
    DiamondPolicy third = classic.withDiamondValue(Money.of("0.015", "USD"));
    assertThat(third.diamondsPerCoin()).isEqualByComparingTo("0.3333333333333333333333333333333333");
    assertThat(third.diamondsFor(Coins.of(3))).isEqualTo(Diamonds.of(0));
    assertThat(third.diamondsFor(Coins.of(30))).isEqualTo(Diamonds.of(9));
  }

  @Test
  void badPoliciesNameTheField() {
    assertThatThrownBy(() -> classic.withCoinValue(Money.of("0", "USD"))).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("coinValue must be > 0, was USD 0.00");
    // Found by HostileInputPropertiesTest: a zero diamond value once escaped as "Division undefined".
    assertThatThrownBy(() -> classic.withDiamondValue(Money.of("0", "USD"))).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("diamondValue must be > 0, was USD 0.00");
    assertThatThrownBy(() -> classic.withDiamondValue(Money.of("-1", "USD"))).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("diamondValue must be > 0, was USD -1.00");
    assertThatThrownBy(() -> classic.withDiamondValue(Money.of("0.005", "EUR"))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("diamondValue must be in the coinValue's currency USD, was EUR 0.005");
    assertThatThrownBy(() -> DiamondPolicy.builder().coinValue(Money.of("0.01", "USD")).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("creatorShare").hasMessageContaining("diamondValue");
  }

  @Test
  void grossIsCreatorPlusPlatformExactlyForAnyShare() {
    qt().forAll(longs().between(0, 1_000_000_000_000L), rates()).checkAssert((n, share) -> {
      DiamondPolicy p = classic.withCreatorShare(share);
      Coins coins = Coins.of(n);
      assertThat(p.creatorCashFor(coins).plus(p.platformCutFor(coins))).isEqualTo(p.grossValueOf(coins));
      assertThat(p.creatorCashFor(coins).isNegative()).isFalse();
      assertThat(p.platformCutFor(coins).isNegative()).isFalse();
    });
  }

  @Test
  void diamondsNeverExceedTheCreatorsExactValue() {
    qt().forAll(longs().between(0, 1_000_000_000_000L), rates()).checkAssert((n, share) -> {
      DiamondPolicy p = classic.withCreatorShare(share);
      Coins coins = Coins.of(n);
      Money diamondsCash = p.cashValueOf(p.diamondsFor(coins));
      Money exact = p.creatorCashFor(coins);
      assertThat(diamondsCash.isGreaterThan(exact)).isFalse();
      assertThat(exact.minus(diamondsCash).isLessThan(p.diamondValue())).isTrue();
    });
  }

  @Test
  void moreCoinsNeverGiveFewerDiamonds() {
    qt().forAll(longs().between(0, 1_000_000_000L), longs().between(0, 1_000_000L), rates()).checkAssert((n, more, share) -> {
      DiamondPolicy p = classic.withCreatorShare(share);
      assertThat(p.diamondsFor(Coins.of(n + more))).isGreaterThanOrEqualTo(p.diamondsFor(Coins.of(n)));
    });
  }

  @Test
  void policiesAreValues() {
    assertThat(classic).isEqualTo(DiamondPresets.classic()).hasSameHashCodeAs(DiamondPresets.classic());
    assertThat(classic.withCreatorShare(Rate.percent(53))).isNotEqualTo(classic);
  }
}
