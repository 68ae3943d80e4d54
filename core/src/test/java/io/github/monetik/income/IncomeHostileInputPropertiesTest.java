package io.github.monetik.income;

import static io.github.monetik.testing.Generators.anyLong;
import static io.github.monetik.testing.Generators.anyMoney;
import static io.github.monetik.testing.Deadline.within;
import static io.github.monetik.testing.Generators.listsOf;
import static io.github.monetik.testing.Hostile.check;
import static io.github.monetik.testing.MoneyBoundsGenerators.boundedDecimals;
import static io.github.monetik.testing.MoneyBoundsGenerators.boundedMoney;
import static io.github.monetik.testing.MoneyBoundsGenerators.hostileDecimals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.monetik.Monetik;
import io.github.monetik.money.CurrencyMismatchException;
import io.github.monetik.money.MoneyRange;
import io.github.monetik.testing.IncomeGenerators;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

/**
 * The income entry points fed arbitrary values, the newer ones within a per-call time limit: rates
 * and policies of any magnitude (issue 18), brand deals under bounded extremes, nulls inside
 * iterables, reports at the bounds. Entry points covered: 17.
 */
class IncomeHostileInputPropertiesTest {
  private static final Class<IllegalArgumentException> IAE = IllegalArgumentException.class;
  private static final Class<NullPointerException> NPE = NullPointerException.class;
  private static final Class<ArithmeticException> AE = ArithmeticException.class;
  private final Income income = Monetik.defaults().income();

  @Test
  void engagementFromAnyCounts() {
    qt().forAll(anyLong(), anyLong(), anyLong(), anyLong()).checkAssert((likes, views, followers, saves) -> check(
        () -> Engagement.builder().likes(likes).comments(0).shares(0).saves(saves).views(views).followers(followers).build(),
        e -> e.rate(Engagement.Convention.BY_VIEWS).percent().signum() >= 0, "likes|views|followers|saves", IAE));
  }

  @Test
  void entriesFromAnyAmountStreamAndKind() {
    qt().forAll(anyMoney(), Generate.enumValues(IncomeStream.class), Generate.enumValues(IncomeEntry.EntryType.class), integers().between(-50_000, 50_000))
        .checkAssert((amount, stream, kind, months) -> check(() -> IncomeEntry.of(stream, YearMonth.of(2025, 1).plusMonths(months), amount, kind),
            e -> e.amount().equals(amount), "amount", IAE));
  }

  @Test
  void reportsRefuseMixedCurrencies() {
    qt().forAll(IncomeGenerators.entryLists(), anyMoney()).checkAssert((entries, other) -> check(
        () -> income.report(IncomeGenerators.USD, entries).plus(IncomeEntry.earned(IncomeStream.SERIES, YearMonth.of(2025, 1), other.abs())),
        r -> r.currency().equals(IncomeGenerators.USD), "currency mismatch", CurrencyMismatchException.class));
  }

  @Test
  void brandDealsForAnyFollowersAndRate() {
    qt().forAll(anyLong(), longs().between(-1_000, 100_000)).checkAssert((followers, hundredths) -> check(
        () -> income.brandDeal(followers, EngagementRate.of(Engagement.Convention.BY_VIEWS, BigDecimal.valueOf(hundredths, 2))),
        d -> d.perPost().contains(d.perPost().expected()), "followers|percent", IAE));
  }

  @Test
  void programEstimatesOfAnyAmount() {
    qt().forAll(anyMoney()).checkAssert(amount -> check(
        () -> income.creatorPrograms(YearMonth.of(2025, 3), MoneyRange.exactly(amount)),
        e -> e.amount().equals(amount) && e.kind() == IncomeEntry.EntryType.ESTIMATE, "amount must be >= 0 for ESTIMATE", IAE));
  }

  @Test
  void liveSessionsFromAnyCounts() {
    qt().forAll(anyLong(), anyLong(), anyLong(), longs().between(-100_000, 100_000)).checkAssert((peak, unique, gifters, seconds) -> check(
        () -> LiveSession.builder().start(Instant.EPOCH).end(Instant.EPOCH.plusSeconds(seconds)).peakViewers(peak).uniqueViewers(unique)
            .newFollowers(0).gifters(gifters).revenue(io.github.monetik.money.Money.of("10", "USD"))
            .topSendersRevenue(io.github.monetik.money.Money.of("1", "USD")).build(),
        s -> s.revenuePerGifter().isPresent(), "peakViewers|uniqueViewers|gifters|end", IAE));
  }

  @Test
  void ratesOfAnySign() {
    qt().forAll(longs().between(-1_000_000, 1_000_000)).checkAssert(n -> check(
        () -> EngagementRate.of(Engagement.Convention.BY_FOLLOWERS, BigDecimal.valueOf(n, 3)),
        r -> r.percent().signum() >= 0, "percent", IAE));
    check(() -> List.of(income.band(EngagementRate.of(Engagement.Convention.BY_VIEWS, BigDecimal.TEN))), l -> !l.isEmpty(), "", IAE);
  }

  @Test
  void ratesAndPoliciesOfAnyMagnitudePrintOrAreRefusedInTime() {
    qt().withExamples(300).forAll(hostileDecimals(), hostileDecimals()).checkAssert((percent, reference) -> {
      check(within(() -> EngagementRate.of(Engagement.Convention.BY_VIEWS, percent)),
          r -> r.percent().compareTo(percent) == 0 && r.toString().length() < 260, "percent", IAE);
      check(within(() -> income.incomePolicy().withReferenceEngagement(reference)),
          p -> p.referenceEngagement().compareTo(reference) == 0 && p.toString().length() < 800, "referenceEngagement", IAE);
      check(within(() -> IncomePolicy.builder().from(income.incomePolicy()).averageEngagementFrom(percent.abs())
          .highEngagementFrom(percent.abs()).veryHighEngagementAbove(percent.abs()).build()),
          p -> p.band(EngagementRate.of(Engagement.Convention.BY_VIEWS, percent.abs())) == EngagementBand.HIGH,
          "averageEngagementFrom|highEngagementFrom|veryHighEngagementAbove|engagement bands", IAE);
    });
  }

  @Test
  void brandDealsUnderAnyBoundedPolicyAndRate() {
    qt().withExamples(300).forAll(boundedDecimals(), boundedDecimals(), anyLong()).checkAssert((percent, reference, followers) ->
        check(within(() -> Income.of(income.incomePolicy().withReferenceEngagement(reference.abs()), income.provenance())
            .brandDeal(followers, EngagementRate.of(Engagement.Convention.BY_FOLLOWERS, percent.abs()))),
            d -> d.perPost().contains(d.perPost().expected()) && d.toString().length() < 4_000,
            "followers|referenceEngagement", IAE));
  }

  @Test
  void tiersAndReportsWithNullsInside() {
    FollowerTier nano = income.incomePolicy().tiers().get(0);
    qt().forAll(listsOf(Generate.pick(Arrays.asList(null, nano, income.incomePolicy().tiers().get(1))), 0, 4),
        listsOf(Generate.pick(Arrays.asList(null, IncomeEntry.earned(IncomeStream.SERIES, YearMonth.of(2025, 1),
            io.github.monetik.money.Money.of("1", "USD")))), 0, 4)).checkAssert((tiers, entries) -> {
              check(within(() -> income.incomePolicy().withTiers(tiers)), p -> p.tiers().equals(tiers), "tiers", NPE, IAE);
              check(within(() -> income.report(IncomeGenerators.USD, entries)), r -> r.entries() == entries.size(),
                  "entries", NPE);
              check(within(() -> entries.stream().collect(income.toReport(IncomeGenerators.USD))),
                  r -> r.entries() == entries.size(), "entry", NPE);
            });
  }

  @Test
  void reportsOfAmountsAtTheBoundsPrintOrAreRefusedNamingTheOperation() {
    qt().withExamples(200).forAll(listsOf(boundedMoney(IncomeGenerators.USD), 0, 12)).checkAssert(amounts -> {
      List<IncomeEntry> entries = amounts.stream().map(a -> IncomeEntry.of(IncomeStream.AFFILIATE, YearMonth.of(2025, 1), a,
          IncomeEntry.EntryType.ADJUSTMENT)).toList();
      check(within(() -> income.report(IncomeGenerators.USD, entries).toString()), t -> t.startsWith("Income report"),
          "IncomeReport overflow in plus", AE);
    });
  }
}
