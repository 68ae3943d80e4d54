package io.github.monetik.income;

import static io.github.monetik.testing.Generators.anyLong;
import static io.github.monetik.testing.Generators.anyMoney;
import static io.github.monetik.testing.Hostile.check;
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
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

/** The income entry points fed arbitrary values. Entry points covered: 9. */
class IncomeHostileInputPropertiesTest {
  private static final Class<IllegalArgumentException> IAE = IllegalArgumentException.class;
  private final Income income = Monetik.defaults().income();

  @Test
  void engagementFromAnyCounts() {
    qt().forAll(anyLong(), anyLong(), anyLong(), anyLong()).checkAssert((likes, views, followers, saves) -> check(
        () -> Engagement.builder().likes(likes).comments(0).shares(0).saves(saves).views(views).followers(followers).build(),
        e -> e.rate(Engagement.Convention.BY_VIEWS).percent().signum() >= 0, "likes|views|followers|saves", IAE));
  }

  @Test
  void entriesFromAnyAmountStreamAndKind() {
    qt().forAll(anyMoney(), Generate.enumValues(IncomeStream.class), Generate.enumValues(IncomeEntry.Kind.class), integers().between(-50_000, 50_000))
        .checkAssert((amount, stream, kind, months) -> check(() -> IncomeEntry.of(stream, YearMonth.of(2025, 1).plusMonths(months), amount, kind),
            e -> e.amount().equals(amount), "amount", IAE));
  }

  @Test
  void reportsRefuseMixedCurrencies() {
    qt().forAll(IncomeGenerators.entryLists(), anyMoney()).checkAssert((entries, other) -> check(
        () -> IncomeReport.of(IncomeGenerators.USD, entries).plus(IncomeEntry.earned(IncomeStream.SERIES, YearMonth.of(2025, 1), other.abs())),
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
        e -> e.amount().equals(amount) && e.kind() == IncomeEntry.Kind.ESTIMATE, "amount must be >= 0 for ESTIMATE", IAE));
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
}
