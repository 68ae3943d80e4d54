package io.github.monetik.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.monetik.Monetik;
import io.github.monetik.gifts.Gift;
import io.github.monetik.gifts.Gifts;
import io.github.monetik.money.Coins;
import io.github.monetik.money.Diamonds;
import io.github.monetik.money.Money;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The gifts' parts of the rules book: catalog and withdrawals, overridable, and the door on them. */
class GiftRulesTest {
  @Test
  void theBookCarriesTheCatalogAndTheWithdrawalPolicy() {
    Rules latest = Rules.latest();
    assertThat(latest.giftCatalog()).isEqualTo(LivePresets.giftCatalog());
    assertThat(latest.withdrawals()).isEqualTo(LivePresets.withdrawals());
    assertThat(latest.withdrawals().dailyCap()).isEqualTo(Money.of("1000", "USD"));
    assertThat(latest.withdrawals().minimum()).isEqualTo(Money.of("100", "USD"));
    assertThat(latest.withdrawals().processingDays()).isEqualTo(15);
    assertThat(Rules.asOf(LocalDate.of(2019, 6, 1)).withdrawals()).isEqualTo(LivePresets.withdrawals());
    assertThat(latest.toString()).contains("gifts: 22 in the catalog")
        .contains("withdrawals: at most USD 1000.00 a day, minimum USD 100.00, processed within 15 days");
  }

  @Test
  void overridingTheGiftPartsGivesANewBook() {
    Rules latest = Rules.latest();
    Gift fire = Gift.builder().id(5523).name("Fire").price(Coins.of(1)).repeatable(true).build();
    Rules mine = latest.withGiftCatalog(latest.giftCatalog().with(fire))
        .withWithdrawals(latest.withdrawals().withMinimum(Money.of("10", "USD")));
    assertThat(mine.id()).isEqualTo("latest+custom");
    assertThat(mine.giftCatalog().byId(5523)).contains(fire);
    assertThat(mine).isNotEqualTo(latest);
    assertThat(mine.hashCode()).isNotEqualTo(latest.hashCode());
    assertThat(latest.withGiftCatalog(latest.giftCatalog().with(fire))).isNotEqualTo(latest.withGiftCatalog(latest.giftCatalog()));
    assertThat(latest.withWithdrawals(mine.withdrawals())).isNotEqualTo(latest.withWithdrawals(latest.withdrawals()));
    Gifts gifts = Monetik.with(mine).gifts();
    assertThat(gifts.catalog().byId(5523)).contains(fire);
    assertThat(gifts.withdrawals().plan(Diamonds.of(2_000), LocalDate.of(2025, 1, 1)).withdrawals()).hasSize(1);
    assertThat(Monetik.defaults().gifts().withdrawals().plan(Diamonds.of(2_000), LocalDate.of(2025, 1, 1)).withdrawals()).isEmpty();
    assertThat(gifts).hasToString("Gifts[23 gifts in catalog, creator share 50%]");
    assertThatThrownBy(() -> latest.withGiftCatalog(null)).isInstanceOf(NullPointerException.class).hasMessage("giftCatalog");
    assertThatThrownBy(() -> latest.withWithdrawals(null)).isInstanceOf(NullPointerException.class).hasMessage("withdrawals");
  }

  @Test
  void theUsScaledLiveRewardsShareIsSelectedByDate() {
    Rules before = Rules.asOf(LocalDate.of(2025, 2, 9)).inUnitedStates();
    Rules from = Rules.asOf(LocalDate.of(2025, 2, 10)).inUnitedStates();
    assertThat(before.diamonds()).isEqualTo(LivePresets.classicDiamonds());
    assertThat(from.diamonds()).isEqualTo(LivePresets.scaledLiveRewardsDiamonds());
    assertThat(from.diamonds().creatorShare()).isEqualTo(io.github.monetik.money.Rate.percent(53));
    assertThat(from.id()).isEqualTo("asOf:2025-02-10+US");
    assertThat(from.inUnitedStates()).isEqualTo(from);
    assertThat(Rules.latest().inUnitedStates().diamonds().creatorShare()).isEqualTo(io.github.monetik.money.Rate.percent(53));
    // Most regions keep the classic share; the US book changes nothing else.
    assertThat(Rules.asOf(LocalDate.of(2025, 3, 1)).diamonds()).isEqualTo(LivePresets.classicDiamonds());
    assertThat(from.giftCatalog()).isEqualTo(Rules.latest().giftCatalog());
    assertThat(from.withdrawals()).isEqualTo(Rules.latest().withdrawals());
    // Every other part, custom or not, survives the switch (a regression: the copy once dropped one).
    Rules custom = Rules.latest().withCoinPrices(CoinPresets.uk());
    assertThat(custom.inUnitedStates().coinPrices()).isEqualTo(CoinPresets.uk());
    assertThat(custom.inUnitedStates().income()).isEqualTo(custom.income());
    // A Lion at the ceiling: USD 299.99 x 53% = USD 158.9947, at most.
    assertThat(Monetik.with(from).gifts().diamonds().creatorCashFor(Coins.of(29_999))).isEqualTo(Money.of("158.9947", "USD"));
    assertThat(LivePresets.scaledLiveRewardsDiamonds(io.github.monetik.money.Rate.percent(20)).creatorShare())
        .isEqualTo(io.github.monetik.money.Rate.percent(20));
    assertThatThrownBy(() -> LivePresets.scaledLiveRewardsDiamonds(io.github.monetik.money.Rate.percent("53.1")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("share must be at most 53% (the scaled LIVE rewards ceiling), was 53.1%");
    assertThat(LivePresets.scaledLiveRewardsDiamonds(io.github.monetik.money.Rate.percent(53)))
        .isEqualTo(LivePresets.scaledLiveRewardsDiamonds());
  }
}
