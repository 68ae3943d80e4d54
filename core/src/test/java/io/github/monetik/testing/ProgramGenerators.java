package io.github.monetik.testing;

import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.monetik.money.Money;
import io.github.monetik.programs.AccountType;
import io.github.monetik.programs.Activity;
import io.github.monetik.programs.CreatorProfile;
import io.github.monetik.programs.Program;
import io.github.monetik.programs.Standing;
import io.github.monetik.programs.Video;
import io.github.monetik.rules.Rules;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Currency;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Generators for the programs domain: profiles, videos, activity, dates, monthly earnings. */
public final class ProgramGenerators {
  private ProgramGenerators() {}

  private static final Currency USD = Currency.getInstance("USD");

  /**
   * Countries around the programs' lists: eligible ones, the UK alias, Shop and Subscription markets,
   * the referral terms' EG, and others.
   */
  public static final List<String> COUNTRIES = List.of("US", "GB", "UK", "DE", "FR", "JP", "KR", "BR", "MX", "NL", "IN",
      "VN", "ID", "CA", "ES", "IT", "EG", "SG");

  /** @return counts that cross the programs' thresholds (1,000, 5,000, 10,000, 50,000, 100,000, 1,000,000) often */
  public static Gen<Long> audience() {
    return Generate.frequency(
        Pair.of(3, longs().between(0, 200_000)),
        Pair.of(2, Generate.pick(List.of(0L, 999L, 1_000L, 4_999L, 5_000L, 9_999L, 10_000L, 49_999L, 50_000L, 99_999L,
            100_000L, 999_999L, 1_000_000L))),
        Pair.of(1, longs().between(0, Long.MAX_VALUE / 4)));
  }

  /** @return ages from 13, around 16, 18 and 19 often */
  public static Gen<Integer> ages() {
    return Generate.frequency(Pair.of(3, integers().between(13, 25)), Pair.of(1, integers().between(13, 150)));
  }

  /** @return valid profiles of every kind */
  public static Gen<CreatorProfile> profiles() {
    Gen<CreatorProfile> base = ages().zip(Generate.pick(COUNTRIES), audience(), (age, country, followers) ->
        CreatorProfile.builder().age(age).country(country).followers(followers).build());
    Gen<long[]> views = audience().zip(integers().between(0, 100), (v, pct) -> new long[] {v, v / 100 * pct});
    return base.zip(views, Generate.enumValues(AccountType.class), Generate.enumValues(Standing.class),
            (p, v, type, standing) -> CreatorProfile.builder().from(p).views30d(v[0]).qualifiedViews30d(v[1])
                .accountType(type).standing(standing).build())
        .zip(integers().between(-1, 6), (p, posts) -> posts < 0 ? p : p.withPosts30d(posts))
        .zip(Generate.frequency(Pair.of(1, Generate.constant(-1L)), Pair.of(2, audience())),
            (p, lastMonth) -> lastMonth < 0 ? p : p.withViewsLastMonth(lastMonth));
  }

  /** @return a program */
  public static Gen<Program> programs() {
    return Generate.enumValues(Program.class);
  }

  /** The days the program terms change on (each, and the day before, is an edge). */
  public static final List<LocalDate> CHANGES = List.of(LocalDate.of(2020, 8, 1), LocalDate.of(2021, 1, 1),
      LocalDate.of(2021, 3, 25), LocalDate.of(2021, 12, 1), LocalDate.of(2022, 1, 1), LocalDate.of(2022, 5, 1),
      LocalDate.of(2022, 10, 1), LocalDate.of(2022, 11, 23), LocalDate.of(2023, 2, 20), LocalDate.of(2023, 3, 1),
      LocalDate.of(2023, 6, 1), LocalDate.of(2023, 9, 12), LocalDate.of(2023, 12, 16), LocalDate.of(2024, 1, 1),
      LocalDate.of(2024, 3, 18), LocalDate.of(2024, 9, 23), LocalDate.of(2025, 1, 1), LocalDate.of(2025, 3, 1),
      LocalDate.of(2025, 4, 1), LocalDate.of(2025, 10, 1), LocalDate.of(2025, 11, 26), Rules.SOURCES_UP_TO.plusDays(1));

  /** @return days from TikTok's origin to a year after the sources end, the programs' dates often */
  public static Gen<LocalDate> dates() {
    List<LocalDate> edges = new java.util.ArrayList<>(CHANGES);
    CHANGES.forEach(d -> edges.add(d.minusDays(1)));
    long span = Rules.SOURCES_UP_TO.plusYears(1).toEpochDay() - Rules.EARLIEST.toEpochDay();
    return Generate.frequency(Pair.of(1, Generate.pick(edges)),
        Pair.of(2, longs().between(0, span).map(d -> Rules.EARLIEST.plusDays(d))));
  }

  /**
   * @return posts of 1 s to 20 min, sometimes not original, photo-mode or reposts, now and then
   *     without qualified views or with a posting day, views crossing 1,000
   */
  public static Gen<Video> videos() {
    Gen<Video> base = integers().between(1, 1_200).zip(longs().between(0, 5_000_000), integers().between(-10, 100),
        booleans().all(), (seconds, views, pct, original) -> {
          Video.Builder b = Video.builder().length(Duration.ofSeconds(seconds)).views(views)
              .original(original || seconds % 3 != 0);
          return (pct < 0 ? b : b.qualifiedViews(views / 100 * pct)).build();
        });
    return base.zip(Generate.frequency(Pair.of(8, Generate.constant(Video.Format.VIDEO)),
            Pair.of(1, Generate.enumValues(Video.Format.class))), integers().between(-30, 60),
        (v, format, day) -> {
          Video.Builder b = Video.builder().from(v).format(format);
          return (day < 0 ? b : b.postedOn(JOINED.plusDays(day - 30))).build();
        });
  }

  /** The joining day activities are given, when they are given one. */
  public static final LocalDate JOINED = LocalDate.of(2024, 5, 1);

  /** @return activity of 0 to 30 videos, sometimes with a joining day ({@link #JOINED}) */
  public static Gen<Activity> activities() {
    return lists().of(videos()).ofSizeBetween(0, 30).zip(booleans().all(),
        (List<Video> vs, Boolean joined) -> joined ? Activity.of(vs).withJoinedOn(JOINED) : Activity.of(vs));
  }

  /** @return 0 to 24 consecutive months of USD earnings, with sub-cent amounts and zero months */
  public static Gen<SortedMap<YearMonth, Money>> earnings() {
    return integers().between(0, 24).flatMap(n -> {
      Gen<SortedMap<YearMonth, Money>> acc = Generate.constant(new TreeMap<>());
      for (int i = 0; i < n; i++) {
        YearMonth month = YearMonth.of(2024, 1).plusMonths(i);
        acc = acc.zip(Generate.frequency(Pair.of(1, Generate.constant(0L)), Pair.of(4, longs().between(0, 20_000_000L))),
            (map, micros) -> {
              SortedMap<YearMonth, Money> copy = new TreeMap<>(map);
              copy.put(month, Money.of(BigDecimal.valueOf(micros, 5), USD));
              return copy;
            });
      }
      return acc;
    });
  }
}
