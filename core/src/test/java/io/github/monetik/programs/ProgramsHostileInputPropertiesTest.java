package io.github.monetik.programs;

import static io.github.monetik.testing.Generators.anyLong;
import static io.github.monetik.testing.Generators.anyMoney;
import static io.github.monetik.testing.Hostile.check;
import static io.github.monetik.testing.Hostile.textOrNull;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.monetik.Monetik;
import io.github.monetik.money.CurrencyMismatchException;
import io.github.monetik.money.Money;
import io.github.monetik.rules.Rules;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

/**
 * The programs' public entry points fed arbitrary, also invalid, values: a valid result or the
 * documented exception naming the argument. Entry points covered: 20 (the profile builder, the
 * video factory, the six requirement factories and {@code inCountry}, the two pay days and
 * {@code payDate}, {@code Monetik.asOf(..).programs()} and its {@code check}, {@code checkAll},
 * {@code estimate}, {@code estimate} in another currency, {@code payouts},
 * {@code withAdditionalReward}), with extreme decimals, extreme months and nulls.
 */
class ProgramsHostileInputPropertiesTest {
  private static final Class<IllegalArgumentException> IAE = IllegalArgumentException.class;
  private static final Class<NullPointerException> NPE = NullPointerException.class;
  private static final Class<IllegalStateException> ISE = IllegalStateException.class;
  private static final Class<ArithmeticException> AE = ArithmeticException.class;

  @Test
  void profilesFromAnyValues() {
    qt().forAll(integers().all(), textOrNull(), anyLong(), anyLong().zip(anyLong(), (v, q) -> new long[] {v, q}))
        .checkAssert((age, country, followers, vq) -> check(() -> {
          long views = vq[0];
          long qualified = vq[1];
          CreatorProfile.Builder b = CreatorProfile.builder().age(age).followers(followers).views30d(views).qualifiedViews30d(qualified);
          if (country != null) {
            b.country(country);
          }
          return b.build();
        }, p -> p.age() >= 13 && p.followers() >= 0 && p.qualifiedViews30d() <= p.views30d() && p.country().length() == 2,
            "age|country|followers|views30d|qualifiedViews30d", IAE, ISE));
  }

  @Test
  void countryCodesFromAnyText() {
    qt().forAll(textOrNull()).checkAssert(code -> {
      check(() -> CreatorProfile.builder().age(20).followers(0).country(code).build(), p -> p.country().matches("[A-Z]{2}"),
          "country", IAE, NPE);
      check(() -> Requirement.countries(code), r -> r.accepted().size() == 1, "codes", IAE, NPE);
      check(() -> Requirement.minimumAge(18).inCountry(code, 19), r -> r.countryMinimums().size() == 1, "country", IAE, NPE);
    });
  }

  @Test
  void videosAndRequirementsFromAnyNumbers() {
    qt().forAll(anyLong(), anyLong(), anyLong()).checkAssert((seconds, views, qualified) -> {
      check(() -> Video.of(Duration.ofSeconds(seconds), views, qualified), v -> v.qualifiedViews().getAsLong() <= v.views(),
          "length|views|qualifiedViews", IAE);
      check(() -> Requirement.minimumFollowers(views), r -> r.minimumIn("US") == views, "followers", IAE);
      check(() -> Requirement.minimumViews30d(views), r -> r.minimumIn("US") == views, "views", IAE);
      check(() -> Requirement.minimumPosts30d(views), r -> r.minimumIn("US") == views, "posts", IAE);
      int years = (int) seconds.longValue();
      check(() -> Requirement.minimumAge(years), r -> r.minimumIn("US") == years, "years", IAE);
    });
  }

  @Test
  void payDaysFromAnyNumbers() {
    qt().forAll(integers().all()).checkAssert(n -> {
      check(() -> PayDay.dayOfNextMonth(n), d -> d.payDate(YearMonth.of(2024, 1)).getDayOfMonth() == n, "day", IAE);
      check(() -> PayDay.daysAfterMonthEnd(n), d -> !d.payDate(YearMonth.of(2024, 1)).isBefore(LocalDate.of(2024, 1, 31)),
          "days", IAE);
    });
  }

  @Test
  void schedulesFromAnyMoney() {
    qt().forAll(anyMoney(), anyMoney(), anyMoney()).checkAssert((minimum, a, b) -> check(() -> {
      SortedMap<YearMonth, Money> earned = new TreeMap<>();
      earned.put(YearMonth.of(2024, 1), a);
      earned.put(YearMonth.of(2024, 2), b);
      return PayoutSchedule.of(io.github.monetik.testing.TestRules.PROVENANCE, minimum.abs(), PayDay.dayOfNextMonth(15),
          earned);
    }, s -> s.totalPaid().plus(s.carried()).equals(s.totalEarned()), "minimumPayout|earned|currency mismatch", IAE,
        CurrencyMismatchException.class));
  }

  @Test
  void payDaysAndSchedulesForAnyMonth() {
    qt().forAll(integers().between(-999_999_999, 999_999_999), integers().between(1, 12), integers().between(0, 366),
        anyMoney()).checkAssert((year, month, days, money) -> {
          YearMonth ym = YearMonth.of(year, month);
          check(() -> PayDay.daysAfterMonthEnd(days).payDate(ym), d -> d.isAfter(ym.atDay(1)), "month", IAE);
          check(() -> PayDay.dayOfNextMonth(1 + days % 28).payDate(ym), d -> d.isAfter(ym.atEndOfMonth()), "month", IAE);
          SortedMap<YearMonth, Money> earned = new TreeMap<>();
          earned.put(ym, money);
          check(() -> Monetik.defaults().programs().payouts(Program.CREATOR_REWARDS, earned),
              s -> s.totalPaid().plus(s.carried()).equals(money), "earned|currency mismatch", IAE,
              CurrencyMismatchException.class);
        });
    for (YearMonth edge : java.util.List.of(YearMonth.of(999_999_999, 12), YearMonth.of(999_999_999, 11),
        YearMonth.of(-999_999_999, 1))) {
      check(() -> PayDay.dayOfNextMonth(15).payDate(edge), d -> true, "month", IAE);
      check(() -> PayDay.daysAfterMonthEnd(366).payDate(edge), d -> true, "month", IAE);
    }
  }

  @Test
  void payoutsAndConversionsFromAnyMoneyAndRates() {
    Programs programs = Monetik.defaults().programs();
    Activity month = Activity.of(Video.of(Duration.ofSeconds(90), 50_000, 40_000));
    qt().forAll(anyMoney(), anyLong(), integers().between(0, 12)).checkAssert((money, unscaled, scale) -> {
      SortedMap<YearMonth, Money> earned = new TreeMap<>();
      earned.put(YearMonth.of(2025, 1), money);
      check(() -> programs.payouts(Program.CREATOR_REWARDS, earned), s -> s.totalPaid().plus(s.carried()).equals(money),
          "earned|currency mismatch", IAE, CurrencyMismatchException.class);
      BigDecimal rate = BigDecimal.valueOf(unscaled, scale);
      check(() -> programs.estimate(Program.CREATOR_REWARDS, month, money.currency(), (from, to, day) -> Optional.of(rate)),
          r -> r.standard().low().currency().equals(money.currency()) && !r.standard().low().isNegative(), "rate|amount",
          IAE);
    });
  }

  @Test
  void conversionsAndAdditionalRewardsFromExtremeDecimals() {
    Programs programs = Monetik.defaults().programs();
    Activity month = Activity.of(Video.of(Duration.ofSeconds(90), 50_000, 40_000));
    java.util.Currency eur = java.util.Currency.getInstance("EUR");
    qt().forAll(io.github.monetik.testing.MoneyBoundsGenerators.hostileDecimals(), anyMoney(), anyMoney())
        .checkAssert((rate, low, high) -> {
          check(() -> programs.estimate(Program.CREATOR_REWARDS, month, eur, (from, to, day) -> Optional.of(rate)),
              r -> r.standard().low().currency().equals(eur) && r.toString().length() < 10_000, "rate|Money", IAE, AE);
          check(() -> programs.payouts(Program.CREATOR_REWARDS, new TreeMap<>(java.util.Map.of(YearMonth.of(2025, 1),
              Money.of("60", "USD")))).paymentsIn(eur, (from, to, day) -> Optional.of(rate)),
              m -> m.values().stream().allMatch(x -> x.currency().equals(eur)), "rate|Money", IAE, AE);
          check(() -> programs.estimate(Program.CREATOR_REWARDS, month)
              .withAdditionalReward(low.isGreaterThan(high) ? io.github.monetik.money.MoneyRange.between(high, low)
                  : io.github.monetik.money.MoneyRange.between(low, high)),
              e -> !e.total().low().isLessThan(e.standard().low()) && e.toString().length() < 10_000,
              "additionalReward|Money|currency|low", IAE, AE, CurrencyMismatchException.class);
        });
  }

  @Test
  void theDoorOnAnyDayWithAnyProfileOrNull() {
    CreatorProfile someone = CreatorProfile.builder().age(20).country("US").followers(20_000).views30d(200_000).build();
    qt().withExamples(200).forAll(integers().between(-100_000, 100_000), Generate.enumValues(Program.class), integers().between(0, 3))
        .checkAssert((days, program, nulls) -> {
          LocalDate day = Rules.EARLIEST.plusDays(days);
          Program p = nulls == 1 ? null : program;
          CreatorProfile who = nulls == 2 ? null : someone;
          check(() -> Monetik.asOf(day).programs().check(p, who), r -> r.requirements().size() >= 1
              && r.toString().contains(p.name()), "date|program|profile", IAE, NPE);
          check(() -> Monetik.asOf(day).programs().checkAll(who), t -> t.reports().size() == Program.values().length,
              "date|profile", IAE, NPE);
          check(() -> Monetik.asOf(day).programs().estimate(p, nulls == 3 ? null : Activity.of()),
              r -> r.standard().high().isZero(), "date|program|activity", IAE, NPE, AE);
        });
  }
}
