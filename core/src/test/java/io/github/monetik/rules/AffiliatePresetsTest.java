package io.github.monetik.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.monetik.Monetik;
import io.github.monetik.affiliate.Affiliate;
import io.github.monetik.affiliate.CommissionPolicy;
import io.github.monetik.affiliate.CommissionPolicy.PlatformDiscount;
import io.github.monetik.affiliate.CommissionPolicy.RateSource;
import io.github.monetik.affiliate.CommissionPolicy.Rounding;
import io.github.monetik.money.Rate;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AffiliatePresetsTest {
  @Test
  void tiktokShopCarriesTheSourcedNumbers() {
    CommissionPolicy p = AffiliatePresets.tiktokShop();
    assertThat(p.name()).isEqualTo("TikTok Shop");
    assertThat(p.rateSource()).isEqualTo(RateSource.SELLER);
    assertThat(p.minRate()).isEqualTo(Rate.percent(1));
    assertThat(p.maxRate()).isEqualTo(Rate.percent(80));
    assertThat(p.platformDiscount()).isEqualTo(PlatformDiscount.DEDUCTED);
    assertThat(p.settlementDays()).isEqualTo(15);
    assertThat(p.rateDecreaseLockDays()).isEqualTo(30);
    assertThat(p.rounding()).isEqualTo(Rounding.PER_LINE);
    assertThat(p.roundingMode()).isEqualTo(RoundingMode.HALF_UP);
    assertThat(p.categoryRates()).isEmpty();
    CommissionPolicy us = AffiliatePresets.tiktokShopPlatformSubsidiesIncluded();
    assertThat(us.platformDiscount()).isEqualTo(PlatformDiscount.INCLUDED);
    assertThat(us.withPlatformDiscount(PlatformDiscount.DEDUCTED).withName("TikTok Shop")).isEqualTo(p);
  }

  @Test
  void flatCategoryRatesAreCheckedAgainstOneToTenPercent() {
    CommissionPolicy amazon = AffiliatePresets.flatCategoryRates(Map.of("books", Rate.percent("4.5")), 60);
    assertThat(amazon.rateSource()).isEqualTo(RateSource.CATEGORY);
    assertThat(amazon.minRate()).isEqualTo(Rate.percent(1));
    assertThat(amazon.maxRate()).isEqualTo(Rate.percent(10));
    assertThat(amazon.settlementDays()).isEqualTo(60);
    assertThat(amazon.rateDecreaseLockDays()).isZero();
    assertThat(amazon.platformDiscount()).isEqualTo(PlatformDiscount.DEDUCTED);
    assertThat(amazon.rounding()).isEqualTo(Rounding.PER_LINE);
    assertThat(amazon.roundingMode()).isEqualTo(RoundingMode.HALF_UP);
    assertThatThrownBy(() -> AffiliatePresets.flatCategoryRates(Map.of(), 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> AffiliatePresets.flatCategoryRates(Map.of("b", Rate.percent("0.5")), 0))
        .hasMessageContaining("was 0.5%");
    assertThatThrownBy(() -> AffiliatePresets.flatCategoryRates(null, 0)).hasMessage("categoryRates");
  }

  @Test
  void theBookHoldsTheAffiliatePolicyOnEveryDayAndTheDoorUsesIt() {
    assertThat(Rules.latest().commissionPolicy()).isEqualTo(AffiliatePresets.tiktokShop());
    assertThat(Rules.asOf(LocalDate.of(2021, 1, 1)).commissionPolicy()).isEqualTo(AffiliatePresets.tiktokShop());
    Rules mine = Rules.latest().withCommissionPolicy(AffiliatePresets.tiktokShopPlatformSubsidiesIncluded());
    assertThat(mine.provenance().id()).isEqualTo("latest +commissionPolicy");
    assertThat(mine).isNotEqualTo(Rules.latest());
    assertThat(mine.hashCode()).isNotEqualTo(Rules.latest().hashCode());
    assertThat(mine.diamondPolicy()).isEqualTo(Rules.latest().diamondPolicy());
    assertThat(mine.withDiamondPolicy(mine.diamondPolicy()).commissionPolicy()).isEqualTo(mine.commissionPolicy());
    assertThat(Monetik.of(mine).affiliate()).isEqualTo(Affiliate.of(mine.commissionPolicy(), mine.provenance()));
    assertThat(Monetik.defaults().affiliate().commissionPolicy()).isEqualTo(AffiliatePresets.tiktokShop());
    assertThat(Rules.latest().toString()).contains("commissionPolicy: TikTok Shop, rates 1%–80%, platform discount DEDUCTED, "
        + "paid 15 days after delivery, decreases locked 30 days");
    assertThatThrownBy(() -> Rules.latest().withCommissionPolicy(null)).isInstanceOf(NullPointerException.class).hasMessage("commissionPolicy");
  }
}
