package io.github.monetik.income;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.monetik.Monetik;
import io.github.monetik.money.Money;
import io.github.monetik.money.Rate;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class EngagementAndDealsTest {
  private final Income income = Monetik.defaults().income();
  private final Engagement video = Engagement.builder().likes(4_000).comments(300).shares(200).saves(500)
      .views(100_000).followers(50_000).build();

  @Test
  void bothConventionsNamed() {
    assertThat(video.rate(Engagement.Convention.BY_VIEWS).percent()).isEqualByComparingTo("4.5");
    assertThat(video.rate(Engagement.Convention.BY_VIEWS, true).percent()).isEqualByComparingTo("5");
    assertThat(video.rate(Engagement.Convention.BY_FOLLOWERS)).hasToString("9% by followers");
    assertThat(income.band(video.rate(Engagement.Convention.BY_VIEWS))).isEqualTo(EngagementBand.AVERAGE);
    assertThat(income.band(video.rate(Engagement.Convention.BY_FOLLOWERS))).isEqualTo(EngagementBand.HIGH);
    assertThat(income.band(EngagementRate.of(Engagement.Convention.BY_VIEWS, new BigDecimal("2.99")))).isEqualTo(EngagementBand.LOW);
    assertThat(income.band(EngagementRate.of(Engagement.Convention.BY_VIEWS, new BigDecimal("12")))).isEqualTo(EngagementBand.HIGH);
    assertThat(income.band(EngagementRate.of(Engagement.Convention.BY_VIEWS, new BigDecimal("12.01")))).isEqualTo(EngagementBand.VERY_HIGH);
    assertThat(income.band(EngagementRate.of(Engagement.Convention.BY_VIEWS, new BigDecimal("3")))).isEqualTo(EngagementBand.AVERAGE);
  }

  @Test
  void ratesAreValuesWithTheirConvention() {
    EngagementRate byViews = video.rate(Engagement.Convention.BY_VIEWS);
    assertThat(byViews.convention()).isEqualTo(Engagement.Convention.BY_VIEWS);
    assertThat(byViews.withSaves()).isFalse();
    assertThat(video.rate(Engagement.Convention.BY_VIEWS, true).withSaves()).isTrue();
    assertThat(video.rate(Engagement.Convention.BY_VIEWS, true)).hasToString("5% by views (with saves)");
    assertThat(byViews).isEqualTo(EngagementRate.of(Engagement.Convention.BY_VIEWS, new BigDecimal("4.50")))
        .hasSameHashCodeAs(EngagementRate.of(Engagement.Convention.BY_VIEWS, new BigDecimal("4.50")))
        .isNotEqualTo(EngagementRate.of(Engagement.Convention.BY_FOLLOWERS, new BigDecimal("4.5")))
        .isNotEqualTo(video.rate(Engagement.Convention.BY_VIEWS, true))
        .isNotEqualTo(EngagementRate.of(Engagement.Convention.BY_VIEWS, new BigDecimal("4.6")));
    assertThat(byViews.hashCode()).isNotEqualTo(EngagementRate.of(Engagement.Convention.BY_VIEWS, new BigDecimal("4.6")).hashCode());
    assertThat(byViews.compareTo(video.rate(Engagement.Convention.BY_FOLLOWERS))).isNegative();
    assertThat(EngagementRate.of(Engagement.Convention.BY_VIEWS, BigDecimal.ZERO).percent()).isZero();
    Engagement silent = Engagement.builder().likes(0).comments(0).shares(0).views(0).followers(0).build();
    assertThat(silent.rate(Engagement.Convention.BY_VIEWS).percent()).isZero();
    assertThat(income.incomePolicy()).isEqualTo(Monetik.defaults().rules().incomePolicy());
    assertThat(income.toString()).isEqualTo("Income[6% reference engagement]");
  }

  @Test
  void policiesRefuseIncoherentHeuristics() {
    IncomePolicy p = income.incomePolicy();
    assertThat(IncomePolicy.builder().from(p).averageEngagementFrom(BigDecimal.ZERO).build().averageEngagementFrom()).isZero();
    assertThat(IncomePolicy.builder().from(p).highEngagementFrom(new BigDecimal("3")).veryHighEngagementAbove(new BigDecimal("3")).build()
        .band(EngagementRate.of(Engagement.Convention.BY_VIEWS, new BigDecimal("3")))).isEqualTo(EngagementBand.HIGH);
    assertThatThrownBy(() -> IncomePolicy.builder().from(p).averageEngagementFrom(new BigDecimal("-0.01")).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("engagement bands must satisfy");
    assertThatThrownBy(() -> IncomePolicy.builder().from(p).highEngagementFrom(new BigDecimal("2.99")).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("engagement bands must satisfy");
    assertThatThrownBy(() -> IncomePolicy.builder().from(p).veryHighEngagementAbove(new BigDecimal("6.99")).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("engagement bands must satisfy");
    assertThatThrownBy(() -> p.withReferenceEngagement(BigDecimal.ZERO)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("referenceEngagement must be > 0, was 0");
    assertThat(IncomePolicy.builder().from(p).feePerThousandFollowersLow(Money.of("0", "USD"))
        .feePerThousandFollowersHigh(Money.of("0", "USD")).build().feePerThousandFollowersHigh().isZero()).isTrue();
    assertThatThrownBy(() -> IncomePolicy.builder().from(p).feePerThousandFollowersLow(Money.of("-1", "USD")).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("fees per 1,000 followers");
    assertThatThrownBy(() -> IncomePolicy.builder().from(p).feePerThousandFollowersHigh(Money.of("9.99", "USD")).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("fees per 1,000 followers");
    FollowerTier nano = p.tiers().get(0);
    FollowerTier micro = p.tiers().get(1);
    assertThatThrownBy(() -> p.withTiers(java.util.List.of(micro))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("tiers must start at 0 followers");
    assertThatThrownBy(() -> p.withTiers(java.util.List.of())).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("tiers must start at 0 followers");
    assertThatThrownBy(() -> p.withTiers(java.util.List.of(nano, nano))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("tiers must ascend");
    assertThat(p.tierOf(9_999)).isEqualTo(nano);
    assertThat(p.tierOf(10_000)).isEqualTo(micro);
    assertThat(micro).hasToString("micro (10,000+ followers: USD 25.00 to USD 125.00 per post)");
    assertThat(p.tiers().get(3)).hasToString("macro (500,000+ followers: USD 2000.00 or more per post)");
    assertThatThrownBy(() -> FollowerTier.of("x", -1, Money.of("1", "USD"), java.util.Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("minFollowers must be >= 0, was -1");
    assertThatThrownBy(() -> FollowerTier.of("x", 0, Money.of("-1", "USD"), java.util.Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("low must be >= 0, was USD -1.00");
    assertThatThrownBy(() -> FollowerTier.of("x", 0, Money.of("2", "USD"), java.util.Optional.of(Money.of("1", "USD"))))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("high must be >= low USD 2.00, was USD 1.00");
    assertThat(FollowerTier.of("x", 0, Money.of("2", "USD"), java.util.Optional.of(Money.of("2", "USD"))).high()).isPresent();
    assertThat(Monetik.defaults().rules().withIncomePolicy(p.withReferenceEngagement(BigDecimal.TEN)).incomePolicy().referenceEngagement())
        .isEqualByComparingTo("10");
  }

  @Test
  void badCountsNameTheField() {
    assertThatThrownBy(() -> Engagement.builder().from(video).likes(-1).build()).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("likes must be >= 0, was -1");
    assertThatThrownBy(() -> Engagement.builder().from(video).views(0).build()).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("views must be > 0 when there are interactions, was 0 with 5000 interactions");
    assertThatThrownBy(() -> Engagement.builder().from(video).likes(Long.MAX_VALUE).build()).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("likes + comments + shares + saves must not exceed 9223372036854775807, was 9223372036854775807 + 300 + 200 + 500");
    Engagement noFollowers = Engagement.builder().from(video).followers(0).build();
    assertThatThrownBy(() -> noFollowers.rate(Engagement.Convention.BY_FOLLOWERS)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("followers must be > 0");
    assertThatThrownBy(() -> EngagementRate.of(Engagement.Convention.BY_VIEWS, new BigDecimal("-1")))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("percent must be >= 0, was -1");
  }

  @Test
  void brandDealAtTheReferenceEngagementExpectsTheMidpoint() {
    BrandDealEstimate deal = income.brandDeal(50_000, EngagementRate.of(Engagement.Convention.BY_VIEWS, new BigDecimal("6")));
    // By hand: 50 x USD 10 = 500, 50 x USD 50 = 2,500, midpoint 1,500 x (6 / 6).
    assertThat(deal.perPost().low()).isEqualTo(Money.of("500", "USD"));
    assertThat(deal.perPost().high()).isEqualTo(Money.of("2500", "USD"));
    assertThat(deal.perPost().expected()).isEqualTo(Money.of("1500", "USD"));
    assertThat(deal.tier().name()).isEqualTo("mid-tier");
    assertThat(deal.isEstimate()).isTrue();
    assertThat(deal.toString()).startsWith("ESTIMATE");
    assertThat(deal.assumptions()).anyMatch(a -> a.contains("rule of thumb"));
    assertThat(deal.toString()).contains("   - fee per post = followers / 1,000 x USD 10.00 to USD 50.00").contains("tier: mid-tier");
  }

  @Test
  void brandDealExpectationStaysWithinItsRangeAndSaysSo() {
    BrandDealEstimate low = income.brandDeal(8_000, EngagementRate.of(Engagement.Convention.BY_VIEWS, new BigDecimal("1")));
    assertThat(low.perPost().expected()).isEqualTo(low.perPost().low()).isEqualTo(Money.of("80", "USD"));
    assertThat(low.assumptions()).anyMatch(a -> a.contains("held at the range's low end"));
    assertThat(low.tier().name()).isEqualTo("nano");
    BrandDealEstimate high = income.brandDeal(1_000_000, EngagementRate.of(Engagement.Convention.BY_VIEWS, new BigDecimal("30")));
    assertThat(high.perPost().expected()).isEqualTo(Money.of("50000", "USD"));
    assertThat(high.tier().high()).isEmpty();
    assertThat(high.engagementBand()).isEqualTo(EngagementBand.VERY_HIGH);
    assertThatThrownBy(() -> income.brandDeal(-1, EngagementRate.of(Engagement.Convention.BY_VIEWS, BigDecimal.ONE)))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("followers must be >= 0, was -1");
  }

  @Test
  void liveSessionMetrics() {
    Instant start = Instant.parse("2025-03-01T20:00:00Z");
    LiveSession s = LiveSession.builder().start(start).end(start.plus(Duration.ofMinutes(90))).peakViewers(120)
        .uniqueViewers(900).newFollowers(45).gifters(30).revenue(Money.of("149.995", "USD"))
        .topSendersRevenue(Money.of("100", "USD")).build();
    assertThat(s.duration()).isEqualTo(Duration.ofMinutes(90));
    // By hand: 149.995 / 90 = 1.66661 -> 1.67; / 900 = 0.16666 -> 0.17; / 30 = 4.99983 -> 5.00.
    assertThat(s.revenuePerMinute()).contains(Money.of("1.67", "USD"));
    assertThat(s.revenuePerViewer()).contains(Money.of("0.17", "USD"));
    assertThat(s.revenuePerGifter()).contains(Money.of("5.00", "USD"));
    assertThat(s.topSendersShare()).contains(Rate.of("0.666689"));
    assertThat(s.gifterConversion()).contains(Rate.of("0.033333"));
    LiveSession quiet = LiveSession.builder().from(s).end(start).uniqueViewers(0).peakViewers(0).gifters(0)
        .revenue(Money.of("0", "USD")).topSendersRevenue(Money.of("0", "USD")).build();
    assertThat(quiet.revenuePerMinute()).isEmpty();
    assertThat(quiet.revenuePerViewer()).isEmpty();
    assertThat(quiet.topSendersShare()).isEmpty();
    assertThat(quiet.gifterConversion()).isEmpty();
    assertThatThrownBy(() -> LiveSession.builder().from(s).end(start.minusSeconds(1)).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("end must not be before start");
    assertThatThrownBy(() -> LiveSession.builder().from(s).gifters(0).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("gifters must be > 0 when revenue is USD 149.995, was 0");
    assertThatThrownBy(() -> LiveSession.builder().from(s).topSendersRevenue(Money.of("200", "USD")).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("topSendersRevenue must be in [0, revenue");
    assertThatThrownBy(() -> LiveSession.builder().from(s).peakViewers(1_000).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("peakViewers must be <= uniqueViewers 900, was 1000");
  }
}
