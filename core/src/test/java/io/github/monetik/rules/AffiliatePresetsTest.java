package io.github.monetik.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.monetik.Monetik;
import io.github.monetik.affiliate.Affiliate;
import io.github.monetik.affiliate.CommissionPolicy;
import io.github.monetik.affiliate.CommissionPolicy.PlatformDiscount;
import io.github.monetik.affiliate.CommissionPolicy.RateSource;
import io.github.monetik.affiliate.CommissionPolicy.RefundRule;
import io.github.monetik.affiliate.CommissionPolicy.ReturnsAfterSettlement;
import io.github.monetik.affiliate.CommissionPolicy.Rounding;
import io.github.monetik.money.Rate;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AffiliatePresetsTest {
  private static final LocalDate DAY = LocalDate.of(2025, 10, 1);

  @Test
  void unitedStatesCarriesTheSourcedNumbers() {
    CommissionPolicy p = AffiliatePresets.unitedStates();
    assertThat(p.name()).isEqualTo("TikTok Shop");
    assertThat(p.rateSource()).isEqualTo(RateSource.SELLER);
    assertThat(p.minRate()).isEqualTo(Rate.percent(1));
    assertThat(p.maxRate()).isEqualTo(Rate.percent(80));
    assertThat(p.platformDiscount()).isEqualTo(PlatformDiscount.DEDUCTED);
    assertThat(p.settlementDays()).isEqualTo(15);
    assertThat(p.payDaysOfMonth()).isEmpty();
    assertThat(p.rateDecreaseLockDays()).isEqualTo(30);
    assertThat(p.refundRule()).isEqualTo(RefundRule.PRO_RATA);
    assertThat(p.returnWindowDays()).isEqualTo(30);
    assertThat(p.returnsAfterSettlement()).isEqualTo(ReturnsAfterSettlement.CLAWED_BACK);
    assertThat(p.rounding()).isEqualTo(Rounding.PER_LINE);
    assertThat(p.roundingMode()).isEqualTo(RoundingMode.HALF_UP);
    assertThat(p.categoryRates()).isEmpty();
    assertThat(p.notes()).isEmpty();
    assertThat(p).hasToString("TikTok Shop, rates 1%–80%, platform discount DEDUCTED, paid 15 days after delivery,"
        + " decreases locked 30 days, refunds pro rata, returns within 30 days, clawed back after settlement");
    CommissionPolicy us = AffiliatePresets.platformSubsidiesIncluded();
    assertThat(us.platformDiscount()).isEqualTo(PlatformDiscount.INCLUDED);
    assertThat(us.withPlatformDiscount(PlatformDiscount.DEDUCTED).withName("TikTok Shop")).isEqualTo(p).hasSameHashCodeAs(p);
    assertThat(p.withReturnsAfterSettlement(ReturnsAfterSettlement.KEPT).toString()).endsWith("kept after settlement");
  }

  @Test
  void indonesiaSubtractsRefundsFromTheBaseAndSettlesOnTheFifteenthDay() {
    CommissionPolicy id = AffiliatePresets.indonesia();
    assertThat(id.name()).isEqualTo("TikTok Shop Indonesia");
    assertThat(id.refundRule()).isEqualTo(RefundRule.SUBTRACTED_FROM_BASE);
    assertThat(id.settlementDays()).isEqualTo(15);
    assertThat(id.returnWindowDays()).isEqualTo(6);
    assertThat(id.minRate()).isEqualTo(Rate.percent(1));
    assertThat(id.rateDecreaseLockDays()).isEqualTo(30);
    assertThat(id.notes()).singleElement().asString().contains("3rd or the 15th day");
    assertThat(id.toString()).contains("refunds subtracted from the base, returns within 6 days");
    assertThat(AffiliatePresets.asOf(DAY, "ID")).isEqualTo(id);
  }

  @Test
  void vietnamIsComputedFourteenDaysAfterDeliveryAndPaidOnTheFirstOrSixteenth() {
    CommissionPolicy vn = AffiliatePresets.vietnam();
    assertThat(vn.name()).isEqualTo("TikTok Shop Vietnam");
    assertThat(vn.settlementDays()).isEqualTo(14);
    assertThat(vn.payDaysOfMonth()).containsExactly(1, 16);
    assertThat(vn.returnWindowDays()).isEqualTo(15);
    assertThat(vn.refundRule()).isEqualTo(RefundRule.PRO_RATA);
    assertThat(vn.platformDiscount()).isEqualTo(PlatformDiscount.DEDUCTED);
    assertThat(vn.rateDecreaseLockDays()).isEqualTo(30);
    assertThat(vn.notes()).singleElement().asString().contains("confidence L").contains("10% personal income tax");
    assertThat(vn.toString()).contains("computed 14 days after delivery, paid on the next day 1 or 16 of a month");
    assertThat(AffiliatePresets.asOf(DAY, "VN")).isEqualTo(vn);
  }

  @Test
  void otherCountriesGetTheUsTermsAndANoteThatTheirOwnAreUnknown() {
    assertThat(AffiliatePresets.asOf(DAY, null)).isEqualTo(AffiliatePresets.unitedStates());
    assertThat(AffiliatePresets.asOf(DAY, "US")).isEqualTo(AffiliatePresets.unitedStates());
    CommissionPolicy nl = AffiliatePresets.asOf(DAY, "NL");
    assertThat(nl.withNotes(java.util.List.of())).isEqualTo(AffiliatePresets.unitedStates());
    assertThat(nl.notes()).containsExactly("TikTok Shop's affiliate terms in 'NL' are not in the sources: the US terms are"
        + " assumed (settlement, return window, refunds).");
    assertThat(AffiliatePresets.asOf(DAY, "GB").notes()).singleElement().asString().contains("'GB'");
    assertThat(AffiliatePresets.asOf(LocalDate.of(2020, 6, 1), "GB").notes()).hasSize(2).first().asString()
        .contains("opened in the United Kingdom in 2021");
    assertThat(AffiliatePresets.asOf(LocalDate.of(2020, 6, 1), "ID").notes()).hasSize(2);
    assertThatThrownBy(() -> AffiliatePresets.asOf(null, "US")).isInstanceOf(NullPointerException.class).hasMessage("date");
    assertThatThrownBy(() -> AffiliatePresets.asOf(null)).isInstanceOf(NullPointerException.class).hasMessage("date");
  }

  @Test
  void beforeTheUsShopOpenedThePolicySaysSo() {
    assertThat(AffiliatePresets.asOf(AffiliatePresets.US_SHOP_OPENED)).isEqualTo(AffiliatePresets.unitedStates());
    CommissionPolicy early = AffiliatePresets.asOf(AffiliatePresets.US_SHOP_OPENED.minusDays(1));
    assertThat(early.notes()).containsExactly("TikTok Shop opened in the US on 2023-09-12, after 2023-09-11: these are its"
        + " later terms.");
    assertThat(early.withNotes(java.util.List.of())).isEqualTo(AffiliatePresets.unitedStates());
  }

  @Test
  void flatCategoryRatesAreCheckedAgainstOneToTenPercent() {
    CommissionPolicy amazon = AffiliatePresets.flatCategoryRates(Map.of("books", Rate.percent("4.5")), 60);
    assertThat(amazon.rateSource()).isEqualTo(RateSource.CATEGORY);
    assertThat(amazon.minRate()).isEqualTo(Rate.percent(1));
    assertThat(amazon.maxRate()).isEqualTo(Rate.percent(10));
    assertThat(amazon.settlementDays()).isEqualTo(60);
    assertThat(amazon.rateDecreaseLockDays()).isZero();
    assertThat(amazon.returnWindowDays()).isZero();
    assertThat(amazon.platformDiscount()).isEqualTo(PlatformDiscount.DEDUCTED);
    assertThat(amazon.rounding()).isEqualTo(Rounding.PER_LINE);
    assertThat(amazon.roundingMode()).isEqualTo(RoundingMode.HALF_UP);
    assertThat(amazon.toString()).contains("returns clawed back after settlement");
    assertThatThrownBy(() -> AffiliatePresets.flatCategoryRates(Map.of(), 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> AffiliatePresets.flatCategoryRates(Map.of("b", Rate.percent("0.5")), 0))
        .hasMessageContaining("was 0.5%");
    assertThatThrownBy(() -> AffiliatePresets.flatCategoryRates(null, 0)).hasMessage("categoryRates");
  }

  @Test
  void theBookHoldsTheAffiliatePolicyForItsDayAndCountryAndTheDoorUsesIt() {
    assertThat(Rules.latest().commissionPolicy()).isEqualTo(AffiliatePresets.unitedStates());
    assertThat(Rules.asOf(LocalDate.of(2021, 1, 1)).commissionPolicy()).isEqualTo(AffiliatePresets.asOf(LocalDate.of(2021, 1, 1)));
    assertThat(Rules.latest().forCountry("VN").commissionPolicy()).isEqualTo(AffiliatePresets.vietnam());
    assertThat(Rules.latest().forCountry("ID").commissionPolicy()).isEqualTo(AffiliatePresets.indonesia());
    assertThat(Monetik.defaults().forCountry("VN").affiliate().provenance().notes())
        .containsAll(AffiliatePresets.vietnam().notes());
    Rules mine = Rules.latest().withCommissionPolicy(AffiliatePresets.platformSubsidiesIncluded());
    assertThat(mine.provenance().id()).isEqualTo("latest +commissionPolicy");
    assertThat(mine.forCountry("VN").commissionPolicy()).isEqualTo(AffiliatePresets.platformSubsidiesIncluded());
    assertThat(mine).isNotEqualTo(Rules.latest());
    assertThat(mine.hashCode()).isNotEqualTo(Rules.latest().hashCode());
    assertThat(mine.diamondPolicy()).isEqualTo(Rules.latest().diamondPolicy());
    assertThat(mine.withDiamondPolicy(mine.diamondPolicy()).commissionPolicy()).isEqualTo(mine.commissionPolicy());
    assertThat(Monetik.of(mine).affiliate()).isEqualTo(Affiliate.of(mine.commissionPolicy(), mine.provenance()));
    assertThat(Monetik.defaults().affiliate().commissionPolicy()).isEqualTo(AffiliatePresets.unitedStates());
    assertThat(Rules.latest().toString()).contains("commissionPolicy: TikTok Shop, rates 1%–80%, platform discount DEDUCTED, "
        + "paid 15 days after delivery, decreases locked 30 days");
    assertThatThrownBy(() -> Rules.latest().withCommissionPolicy(null)).isInstanceOf(NullPointerException.class).hasMessage("commissionPolicy");
  }
}
