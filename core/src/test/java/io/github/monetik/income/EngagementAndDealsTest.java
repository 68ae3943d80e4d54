package io.github.monetik.income;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.monetik.Monetik;
import io.github.monetik.money.Money;
import io.github.monetik.money.Rate;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
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
    assertThatThrownBy(() -> FollowerTier.of("x", -1, Money.of("1", "USD")))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("minFollowers must be >= 0, was -1");
    assertThatThrownBy(() -> FollowerTier.of("x", 0, Money.of("-1", "USD")))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("low must be >= 0, was USD -1.00");
    assertThatThrownBy(() -> FollowerTier.of("x", 0, Money.of("2", "USD"), Money.of("1", "USD")))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("high must be >= low USD 2.00, was USD 1.00");
    assertThat(FollowerTier.of("x", 0, Money.of("2", "USD"), Money.of("2", "USD")).high()).contains(Money.of("2", "USD"));
    assertThat(FollowerTier.of("x", 0, Money.of("2", "USD")).high()).isEmpty();
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
    assertThat(deal.toString()).contains("   - fee per post = followers / 1,000 x USD 10.00 to USD 50.00").contains("  tier:        mid-tier (50,000+ followers");
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

  @Test
  void anyMagnitudeIsRefusedQuicklyBeyondMonetiksBoundsSoEveryRateAndPolicyPrints() {
    // Issue 18: these used to be accepted, then toString ran out of memory or hung.
    for (String hostile : List.of("1E+999999999", "1E+2147483647", "1E-999999999", "1E+100")) {
      assertThatThrownBy(() -> EngagementRate.of(Engagement.Convention.BY_VIEWS, new BigDecimal(hostile)))
          .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("percent must be below 10^100")
          .hasMessageEndingWith("was " + new BigDecimal(hostile));
      assertThatThrownBy(() -> income.incomePolicy().withReferenceEngagement(new BigDecimal(hostile)))
          .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("referenceEngagement must be below 10^100");
    }
    IncomePolicy p = income.incomePolicy();
    assertThatThrownBy(() -> IncomePolicy.builder().from(p).averageEngagementFrom(new BigDecimal("1E+1000000")).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("averageEngagementFrom must be below 10^100");
    assertThatThrownBy(() -> IncomePolicy.builder().from(p).highEngagementFrom(new BigDecimal("1E-1000000")).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("highEngagementFrom must be below 10^100");
    assertThatThrownBy(() -> IncomePolicy.builder().from(p).veryHighEngagementAbove(new BigDecimal("1E+200000000")).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("veryHighEngagementAbove must be below 10^100");
    // The largest and finest numbers within the bounds are fine, and print in a few hundred characters.
    BigDecimal largest = BigDecimal.TEN.pow(100).subtract(BigDecimal.ONE);
    BigDecimal finest = BigDecimal.ONE.movePointLeft(100);
    EngagementRate viral = EngagementRate.of(Engagement.Convention.BY_FOLLOWERS, largest);
    assertThat(viral.toString()).hasSize(100 + "% by followers".length());
    IncomePolicy odd = p.withReferenceEngagement(finest);
    assertThat(odd.toString()).hasSizeLessThan(400);
    assertThat(odd.referenceEngagement()).isEqualTo(finest);
    // Issue 18: brand deals divided by the reference without bounds. Now the scale is at most
    // 10^200 and a scale above 2 lands at the range's high end without multiplying by it.
    Income skewed = Income.of(odd, income.provenance());
    BrandDealEstimate deal = skewed.brandDeal(50_000, viral);
    assertThat(deal.perPost().expected()).isEqualTo(deal.perPost().high()).isEqualTo(Money.of("2500", "USD"));
    assertThat(deal.assumptions()).anyMatch(a -> a.contains("held at the range's high end"));
    assertThat(deal.toString()).hasSizeLessThan(2_000);
    BrandDealEstimate justAbove = income.brandDeal(50_000, EngagementRate.of(Engagement.Convention.BY_VIEWS, new BigDecimal("12.000006")));
    // scale 2.000001: midpoint 1,500 x 2.000001 = 3,000.0015, above the high end 2,500.
    assertThat(justAbove.perPost().expected()).isEqualTo(Money.of("2500", "USD"));
    BrandDealEstimate twice = income.brandDeal(50_000, EngagementRate.of(Engagement.Convention.BY_VIEWS, new BigDecimal("12")));
    assertThat(twice.perPost().expected()).isEqualTo(Money.of("2500", "USD"));
    assertThat(twice.assumptions()).anyMatch(a -> a.contains("(scale 2.000000)"));
    // Free deals stay free, however high the engagement: nothing is held, nothing to say.
    IncomePolicy free = IncomePolicy.builder().from(p).feePerThousandFollowersLow(Money.of("0", "USD"))
        .feePerThousandFollowersHigh(Money.of("0", "USD")).build();
    BrandDealEstimate gratis = Income.of(free, income.provenance()).brandDeal(50_000, viral);
    assertThat(gratis.perPost().expected().isZero()).isTrue();
    assertThat(gratis.assumptions()).noneMatch(a -> a.contains("held at"));
  }

  @Test
  void policiesAndTiersNameEveryNull() {
    IncomePolicy p = income.incomePolicy();
    assertThatThrownBy(() -> p.withTiers(null)).isInstanceOf(NullPointerException.class).hasMessage("tiers");
    assertThatThrownBy(() -> p.withTiers(java.util.Arrays.asList(p.tiers().get(0), null)))
        .isInstanceOf(NullPointerException.class).hasMessage("tiers[1]");
    assertThatThrownBy(() -> p.withReferenceEngagement(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("referenceEngagement");
    assertThatThrownBy(() -> IncomePolicy.builder().addTiers((FollowerTier[]) null)).isInstanceOf(NullPointerException.class)
        .hasMessage("tiers");
    assertThatThrownBy(() -> IncomePolicy.builder().addTiers(p.tiers().get(0), null)).isInstanceOf(NullPointerException.class)
        .hasMessage("tiers[1]");
    assertThatThrownBy(() -> IncomePolicy.builder().from(null)).isInstanceOf(NullPointerException.class).hasMessage("policy");
    assertThatThrownBy(() -> IncomePolicy.builder().averageEngagementFrom(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("averageEngagementFrom");
    assertThatThrownBy(() -> IncomePolicy.builder().highEngagementFrom(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("highEngagementFrom");
    assertThatThrownBy(() -> IncomePolicy.builder().veryHighEngagementAbove(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("veryHighEngagementAbove");
    assertThatThrownBy(() -> IncomePolicy.builder().referenceEngagement(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("referenceEngagement");
    assertThatThrownBy(() -> IncomePolicy.builder().feePerThousandFollowersLow(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("feePerThousandFollowersLow");
    assertThatThrownBy(() -> IncomePolicy.builder().feePerThousandFollowersHigh(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("feePerThousandFollowersHigh");
    assertThatThrownBy(() -> IncomePolicy.builder().build()).isInstanceOf(IllegalStateException.class)
        .hasMessage("IncomePolicy needs averageEngagementFrom, highEngagementFrom, veryHighEngagementAbove,"
            + " referenceEngagement, feePerThousandFollowersLow, feePerThousandFollowersHigh, not set");
    assertThatThrownBy(() -> IncomePolicy.builder().from(p).tiers(java.util.List.of()).addTiers(p.tiers().get(1)).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("tiers must start at 0 followers, was [micro");
    assertThat(IncomePolicy.builder().from(p).tiers(java.util.List.of()).addTiers(p.tiers().get(0), p.tiers().get(1)).build()
        .tiers()).containsExactly(p.tiers().get(0), p.tiers().get(1));
    assertThatThrownBy(() -> p.band(null)).isInstanceOf(NullPointerException.class).hasMessage("rate");
    assertThatThrownBy(() -> FollowerTier.of("x", 0, Money.of("1", "USD"), null)).isInstanceOf(NullPointerException.class)
        .hasMessage("high");
    assertThatThrownBy(() -> FollowerTier.of(null, 0, Money.of("1", "USD"))).isInstanceOf(NullPointerException.class)
        .hasMessage("name");
    assertThatThrownBy(() -> FollowerTier.of("x", 0, null)).isInstanceOf(NullPointerException.class).hasMessage("low");
    assertThatThrownBy(() -> EngagementRate.of(null, BigDecimal.ONE)).isInstanceOf(NullPointerException.class)
        .hasMessage("convention");
    assertThatThrownBy(() -> EngagementRate.of(Engagement.Convention.BY_VIEWS, null)).isInstanceOf(NullPointerException.class)
        .hasMessage("percent");
    assertThatThrownBy(() -> video.rate(Engagement.Convention.BY_VIEWS).compareTo(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("other");
  }

  @Test
  void aDiversificationNamesEveryNullAndKeepsItsShape() {
    // Issue 18: the record's constructor threw a NullPointerException without a message.
    Map<IncomeStream, BigDecimal> one = Map.of(IncomeStream.LIVE_GIFTS, BigDecimal.ONE);
    assertThatThrownBy(() -> new Diversification(null, BigDecimal.ONE, BigDecimal.ONE, 1))
        .isInstanceOf(NullPointerException.class).hasMessage("shares");
    assertThatThrownBy(() -> new Diversification(one, null, BigDecimal.ONE, 1))
        .isInstanceOf(NullPointerException.class).hasMessage("herfindahl");
    assertThatThrownBy(() -> new Diversification(one, BigDecimal.ONE, null, 1))
        .isInstanceOf(NullPointerException.class).hasMessage("effectiveStreams");
    Map<IncomeStream, BigDecimal> nullShare = new java.util.HashMap<>();
    nullShare.put(IncomeStream.AFFILIATE, null);
    assertThatThrownBy(() -> new Diversification(nullShare, BigDecimal.ONE, BigDecimal.ONE, 1))
        .isInstanceOf(NullPointerException.class).hasMessage("shares[AFFILIATE]");
    Map<IncomeStream, BigDecimal> nullStream = new java.util.HashMap<>();
    nullStream.put(null, BigDecimal.ONE);
    assertThatThrownBy(() -> new Diversification(nullStream, BigDecimal.ONE, BigDecimal.ONE, 1))
        .isInstanceOf(NullPointerException.class).hasMessage("shares[null]");
    assertThatThrownBy(() -> new Diversification(one, BigDecimal.ONE, BigDecimal.ONE, 2))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("streams must be the number of shares, 1, was 2");
    assertThatThrownBy(() -> new Diversification(one, new BigDecimal("1E+999999999"), BigDecimal.ONE, 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("herfindahl must be below 10^100");
    Diversification d = new Diversification(one, BigDecimal.ONE, BigDecimal.ONE, 1);
    assertThat(d.shares()).containsExactly(Map.entry(IncomeStream.LIVE_GIFTS, BigDecimal.ONE));
    assertThatThrownBy(() -> d.shares().put(IncomeStream.SERIES, BigDecimal.ONE)).isInstanceOf(UnsupportedOperationException.class);
  }
}
