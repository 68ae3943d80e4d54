package io.github.monetik.testing;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.monetik.income.Engagement;
import io.github.monetik.income.IncomeEntry;
import io.github.monetik.income.IncomeStream;
import io.github.monetik.money.Money;
import java.time.YearMonth;
import java.util.Currency;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Generators for the income domain. */
public final class IncomeGenerators {
  private IncomeGenerators() {}

  /** The currency income generators use. */
  public static final Currency USD = Currency.getInstance("USD");

  /** @return valid entries: mostly earnings, some estimates, refunds and adjustments, over 6 months */
  public static Gen<IncomeEntry> entries() {
    Gen<IncomeStream> paying = Generate.pick(Arrays.stream(IncomeStream.values()).filter(IncomeStream::paysDirectly).collect(Collectors.toList()));
    Gen<YearMonth> months = integers().between(0, 5).map(i -> YearMonth.of(2025, 1).plusMonths(i));
    Gen<Long> cents = longs().between(0, 5_000_000);
    Gen<IncomeEntry> earned = paying.zip(months, cents, (s, m, c) -> IncomeEntry.earned(s, m, Money.ofMinor(c, USD)));
    Gen<IncomeEntry> estimate = paying.zip(months, cents, (s, m, c) -> IncomeEntry.estimate(s, m, Money.ofMinor(c, USD)));
    Gen<IncomeEntry> refund = paying.zip(months, cents, (s, m, c) -> IncomeEntry.refund(s, m, Money.ofMinor(-c / 10, USD)));
    Gen<IncomeEntry> adjustment = paying.zip(months, longs().between(-10_000, 10_000),
        (s, m, c) -> IncomeEntry.of(s, m, Money.ofMinor(c, USD), IncomeEntry.EntryType.ADJUSTMENT));
    Gen<IncomeEntry> streak = months.map(m -> IncomeEntry.earned(IncomeStream.STREAKS, m, Money.zero(USD)));
    return Generate.frequency(Pair.of(10, earned), Pair.of(2, estimate), Pair.of(2, refund), Pair.of(1, adjustment), Pair.of(1, streak));
  }

  /** @return lists of up to 40 entries */
  public static Gen<List<IncomeEntry>> entryLists() {
    return Generators.listsOf(entries(), 0, 40);
  }

  /** @return valid engagement counts, views at least the interactions' order of magnitude */
  public static Gen<Engagement> engagement() {
    Gen<Long> small = longs().between(0, 100_000);
    return small.zip(small, small, small, (likes, comments, shares, saves) -> new long[] {likes, comments, shares, saves})
        .zip(longs().between(1, 10_000_000), longs().between(0, 10_000_000), (c, views, followers) ->
            Engagement.builder().likes(c[0]).comments(c[1]).shares(c[2]).saves(c[3]).views(views).followers(followers).build());
  }
}
