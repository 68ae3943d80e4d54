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
 * documented exception naming the argument. Entry points covered: 17 (the profile builder, the
 * video factory, the five requirement factories and {@code inCountry}, the two pay days,
 * {@code PayoutSchedule.of}, {@code Monetik.asOf(..).programs()} and its {@code check},
 * {@code checkAll}, {@code estimate}, {@code estimate} in another currency, {@code payouts}).
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
      check(() -> Video.of(Duration.ofSeconds(seconds), views, qualified), v -> v.qualifiedViews() <= v.views(),
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
      return PayoutSchedule.of(minimum, PayDay.dayOfNextMonth(15), earned);
    }, s -> s.totalPaid().plus(s.carried()).equals(s.totalEarned()), "minimumPayout|earned|currency mismatch", IAE,
        CurrencyMismatchException.class));
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
          r -> r.low().currency().equals(money.currency()) && !r.low().isNegative(), "rate|amount", IAE);
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
          check(() -> Monetik.asOf(day).programs().check(p, who), r -> r.rows().size() >= 2, "date|program|profile", IAE, NPE);
          check(() -> Monetik.asOf(day).programs().checkAll(who), t -> t.reports().size() == Program.values().length,
              "date|profile", IAE, NPE);
          check(() -> Monetik.asOf(day).programs().estimate(p, nulls == 3 ? null : Activity.of()),
              r -> r.high().isZero(), "date|program|activity", IAE, NPE, AE);
        });
  }
}
