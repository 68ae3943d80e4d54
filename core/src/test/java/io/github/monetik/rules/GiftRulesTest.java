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
    // Changed on purpose: the catalog is TikTok's newest official gift list (2024-01-05, 116 gifts).
    assertThat(latest.giftCatalog()).isEqualTo(GiftCatalogPresets.officialList(LocalDate.of(2024, 1, 5)))
        .isEqualTo(GiftCatalogPresets.asOf(LocalDate.of(2025, 12, 16)));
    assertThat(Rules.asOf(LocalDate.of(2023, 11, 30)).giftCatalog()).isEqualTo(GiftCatalogPresets.officialList(LocalDate.of(2023, 11, 10)));
    assertThat(latest.withdrawalPolicy()).isEqualTo(WithdrawalPresets.wallet());
    assertThat(latest.withdrawalPolicy().dailyCap()).isEqualTo(Money.of("1000", "USD"));
    assertThat(latest.withdrawalPolicy().minimum()).isEqualTo(Money.of("100", "USD"));
    assertThat(latest.withdrawalPolicy().processingDays()).isEqualTo(15);
    assertThat(Rules.asOf(LocalDate.of(2019, 6, 1)).withdrawalPolicy()).isEqualTo(WithdrawalPresets.wallet());
    assertThat(latest.toString()).contains("giftCatalog: GiftCatalog TikTok gift/list of 2024-01-05 (116 gifts)")
        .contains("withdrawalPolicy: at most USD 1000.00 a day, minimum USD 100.00, processed within 15 days");
  }

  @Test
  void overridingTheGiftPartsGivesANewBook() {
    Rules latest = Rules.latest();
    Gift fire = Gift.builder().id(5523).name("Fire").price(Coins.of(1)).repeatable(true).build();
    Rules mine = latest.withGiftCatalog(latest.giftCatalog().plus(fire))
        .withWithdrawalPolicy(latest.withdrawalPolicy().withMinimum(Money.of("10", "USD")));
    assertThat(mine.provenance().id()).isEqualTo("latest +giftCatalog +withdrawalPolicy");
    assertThat(mine.giftCatalog().byId(5523)).contains(fire);
    assertThat(mine).isNotEqualTo(latest);
    assertThat(mine.hashCode()).isNotEqualTo(latest.hashCode());
    assertThat(latest.withGiftCatalog(latest.giftCatalog().plus(fire))).isNotEqualTo(latest.withGiftCatalog(latest.giftCatalog()));
    assertThat(latest.withWithdrawalPolicy(mine.withdrawalPolicy())).isNotEqualTo(latest.withWithdrawalPolicy(latest.withdrawalPolicy()));
    Gifts gifts = Monetik.of(mine).gifts();
    assertThat(gifts.giftCatalog().byId(5523)).contains(fire);
    assertThat(gifts.planWithdrawals(Diamonds.of(2_000), LocalDate.of(2025, 1, 1)).withdrawals()).hasSize(1);
    assertThat(Monetik.defaults().gifts().planWithdrawals(Diamonds.of(2_000), LocalDate.of(2025, 1, 1)).withdrawals()).isEmpty();
    assertThat(gifts).hasToString("Gifts[117 gifts in catalog, creator share 50%, rules latest +giftCatalog +withdrawalPolicy]");
    assertThat(gifts.planWithdrawals(Diamonds.of(2_000), LocalDate.of(2025, 1, 1)).provenance()).isEqualTo(mine.provenance());
    assertThatThrownBy(() -> latest.withGiftCatalog(null)).isInstanceOf(NullPointerException.class).hasMessage("giftCatalog");
    assertThatThrownBy(() -> latest.withWithdrawalPolicy(null)).isInstanceOf(NullPointerException.class).hasMessage("withdrawalPolicy");
  }

  @Test
  void theUsScaledLiveRewardsShareIsSelectedByDate() {
    Rules before = Rules.asOf(LocalDate.of(2025, 2, 9)).forCountry("US");
    Rules from = Rules.asOf(LocalDate.of(2025, 2, 10)).forCountry("US");
    assertThat(before.diamondPolicy()).isEqualTo(DiamondPresets.classic());
    assertThat(from.diamondPolicy()).isEqualTo(DiamondPresets.scaledLiveRewards());
    assertThat(from.diamondPolicy().creatorShare()).isEqualTo(io.github.monetik.money.Rate.percent(53));
    assertThat(from.provenance().id()).isEqualTo("asOf:2025-02-10 US");
    assertThat(from.forCountry("US")).isEqualTo(from);
    assertThat(Rules.latest().forCountry("US").diamondPolicy().creatorShare()).isEqualTo(io.github.monetik.money.Rate.percent(53));
    // Most regions keep the classic share; the US book changes nothing else.
    assertThat(Rules.asOf(LocalDate.of(2025, 3, 1)).diamondPolicy()).isEqualTo(DiamondPresets.classic());
    assertThat(from.giftCatalog()).isEqualTo(Rules.latest().giftCatalog());
    assertThat(from.withdrawalPolicy()).isEqualTo(Rules.latest().withdrawalPolicy());
    // Every other part, custom or not, survives the switch (a regression: the copy once dropped one).
    Rules custom = Rules.latest().withCoinPrices(CoinPresets.unitedKingdom());
    assertThat(custom.forCountry("US").coinPrices()).isEqualTo(CoinPresets.unitedKingdom());
    assertThat(custom.forCountry("US").incomePolicy()).isEqualTo(custom.incomePolicy());
    // A Lion at the ceiling: USD 299.99 x 53% = USD 158.9947, at most.
    assertThat(Monetik.of(from).gifts().diamondPolicy().creatorCashFor(Coins.of(29_999))).isEqualTo(Money.of("158.9947", "USD"));
    assertThat(DiamondPresets.scaledLiveRewards(io.github.monetik.money.Rate.percent(20)).creatorShare())
        .isEqualTo(io.github.monetik.money.Rate.percent(20));
    assertThatThrownBy(() -> DiamondPresets.scaledLiveRewards(io.github.monetik.money.Rate.percent("53.1")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("share must be at most 53% (the scaled LIVE rewards ceiling), was 53.1%");
    assertThat(DiamondPresets.scaledLiveRewards(io.github.monetik.money.Rate.percent(53)))
        .isEqualTo(DiamondPresets.scaledLiveRewards());
  }
}
