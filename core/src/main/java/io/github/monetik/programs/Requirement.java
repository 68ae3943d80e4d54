package io.github.monetik.programs;

import io.github.monetik.internal.Checks;
import io.github.monetik.internal.TextTable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * One condition a creator must meet for a program: a minimum (age, followers, views or posts,
 * possibly different in some countries: a per-country table) or a list of accepted values
 * (countries, markets with their launch days, account types, standings). Immutable rule data;
 * {@code ProgramPresets} in the rules package holds the sourced ones.
 *
 * <pre>{@code
 * Requirement age = Requirement.minimumAge(18).inCountry("KR", 19);
 * Requirement where = Requirement.countries("US", "GB", "DE");
 * Requirement shop = Requirement.markets(Map.of("US", LocalDate.of(2023, 9, 12)));
 * }</pre>
 */
public final class Requirement {
  /** What a requirement is about; its {@link #id()} names it in reports and CSV output. */
  public enum Criterion {
    /** Minimum age in years. */
    AGE("age", "years", "years"),
    /** Minimum followers. */
    FOLLOWERS("followers", "followers", "followers"),
    /** Minimum video views in the last 30 days. */
    VIEWS_30D("views_30d", "views", "views in 30 days"),
    /** Minimum posts in the last 30 days. */
    POSTS_30D("posts_30d", "posts", "posts in 30 days"),
    /** Minimum video views in the past calendar month. */
    VIEWS_LAST_MONTH("views_last_month", "views", "views in the last calendar month"),
    /** Accepted countries. */
    COUNTRY("country", "", "country"),
    /** Accepted markets, each from the day it launched. */
    MARKET("market", "", "market"),
    /** Accepted account types. */
    ACCOUNT_TYPE("account_type", "", "account type"),
    /** Accepted standings. */
    STANDING("standing", "", "standing");

    private final String id;
    private final String unit;
    private final String noun;

    Criterion(String id, String unit, String noun) {
      this.id = id;
      this.unit = unit;
      this.noun = noun;
    }

    /** {@return the short name used in reports and CSV, for example {@code followers}, {@code views_30d}} */
    public String id() {
      return id;
    }

    boolean isMinimum() {
      return !unit.isEmpty();
    }
  }

  private final Criterion kind;
  private final long minimum;
  private final Map<String, Long> byCountry;
  private final List<String> accepted;
  private final Map<String, LocalDate> launches;

  private Requirement(Criterion kind, long minimum, Map<String, Long> byCountry, List<String> accepted,
      Map<String, LocalDate> launches) {
    this.kind = kind;
    this.minimum = minimum;
    this.byCountry = byCountry;
    this.accepted = accepted;
    this.launches = launches;
  }

  private static Requirement minimum(Criterion kind, long minimum, String argument) {
    Checks.nonNegative(minimum, argument);
    return new Requirement(kind, minimum, Map.of(), List.of(), Map.of());
  }

  /**
   * {@return the requirement}
   *
   * @param years the minimum age
   * @throws IllegalArgumentException if {@code years < 0}
   */
  public static Requirement minimumAge(int years) {
    return minimum(Criterion.AGE, years, "years");
  }

  /**
   * {@return the requirement}
   *
   * @param followers the minimum followers
   * @throws IllegalArgumentException if {@code followers < 0}
   */
  public static Requirement minimumFollowers(long followers) {
    return minimum(Criterion.FOLLOWERS, followers, "followers");
  }

  /**
   * {@return the requirement}
   *
   * @param views the minimum views in the last 30 days
   * @throws IllegalArgumentException if {@code views < 0}
   */
  public static Requirement minimumViews30d(long views) {
    return minimum(Criterion.VIEWS_30D, views, "views");
  }

  /**
   * {@return the requirement}
   *
   * @param posts the minimum posts in the last 30 days
   * @throws IllegalArgumentException if {@code posts < 0}
   */
  public static Requirement minimumPosts30d(long posts) {
    return minimum(Criterion.POSTS_30D, posts, "posts");
  }

  /**
   * {@return the requirement; unmet while the profile does not give {@link CreatorProfile#viewsLastMonth()}}
   *
   * @param views the minimum video views in the past calendar month
   * @throws IllegalArgumentException if {@code views < 0}
   */
  public static Requirement minimumViewsLastMonth(long views) {
    return minimum(Criterion.VIEWS_LAST_MONTH, views, "views");
  }

  /**
   * {@return the requirement that the creator is in one of them}
   *
   * @param codes ISO 3166 alpha-2 codes ({@code UK} is taken as {@code GB}), at least one
   * @throws IllegalArgumentException if a code is unknown or none is given
   * @throws NullPointerException naming {@code codes} or the null element ({@code codes[1]})
   */
  public static Requirement countries(String... codes) {
    Checks.notNull(codes, "codes");
    List<String> iso = new ArrayList<>();
    for (int i = 0; i < codes.length; i++) {
      String c = Countries.normalize(Checks.notNull(codes[i], "codes[" + i + "]"), "codes");
      if (!iso.contains(c)) {
        iso.add(c);
      }
    }
    return accepting(Criterion.COUNTRY, iso, Map.of(), "codes");
  }

  /**
   * {@return the requirement that the creator is in one of these markets on or after the day it
   *     launched there (before a market's launch nobody there qualifies)}
   *
   * @param launches the first day of each market, by ISO 3166 alpha-2 code ({@code UK} is taken as
   *     {@code GB}), at least one
   * @throws IllegalArgumentException if a code is unknown, given twice (as {@code UK} and {@code GB}),
   *     or none is given
   * @throws NullPointerException naming {@code launches} or the null key or day
   */
  public static Requirement markets(Map<String, LocalDate> launches) {
    Checks.notNull(launches, "launches");
    Map<String, LocalDate> iso = new TreeMap<>();
    for (Map.Entry<String, LocalDate> e : launches.entrySet()) {
      String c = Countries.normalize(Checks.notNull(e.getKey(), "launches key"), "launches");
      LocalDate day = Checks.notNull(e.getValue(), "launches[" + c + "]");
      if (iso.put(c, day) != null) {
        throw Checks.invalid("launches", "one day per market", c + " twice");
      }
    }
    // By launch day; the sort is stable, so markets of one day stay in code order.
    List<String> order = iso.keySet().stream().sorted(Comparator.comparing(iso::get)).collect(Collectors.toList());
    Map<String, LocalDate> ordered = new LinkedHashMap<>();
    order.forEach(c -> ordered.put(c, iso.get(c)));
    return accepting(Criterion.MARKET, order, Collections.unmodifiableMap(ordered), "launches");
  }

  /**
   * {@return the requirement}
   *
   * @param types the accepted account types, at least one
   * @throws IllegalArgumentException if none is given
   * @throws NullPointerException naming {@code types} or the null element ({@code types[0]})
   */
  public static Requirement accountTypes(AccountType... types) {
    return accepting(Criterion.ACCOUNT_TYPE, names(types, "types"), Map.of(), "types");
  }

  /**
   * {@return the requirement}
   *
   * @param standings the accepted standings, at least one
   * @throws IllegalArgumentException if none is given
   * @throws NullPointerException naming {@code standings} or the null element ({@code standings[0]})
   */
  public static Requirement standings(Standing... standings) {
    return accepting(Criterion.STANDING, names(standings, "standings"), Map.of(), "standings");
  }

  private static List<String> names(Enum<?>[] values, String argument) {
    Checks.notNull(values, argument);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < values.length; i++) {
      String name = Checks.notNull(values[i], argument + "[" + i + "]").name();
      if (!out.contains(name)) {
        out.add(name);
      }
    }
    return out;
  }

  private static Requirement accepting(Criterion kind, List<String> accepted, Map<String, LocalDate> launches,
      String argument) {
    if (accepted.isEmpty()) {
      throw new IllegalArgumentException(argument + " must name at least one accepted value, was none");
    }
    return new Requirement(kind, 0, Map.of(), List.copyOf(accepted), launches);
  }

  /**
   * A different minimum in one country: one entry of the requirement's per-country table (TikTok
   * asks 19+ in South Korea, for example).
   *
   * @param country an ISO 3166 alpha-2 code
   * @param minimum the minimum there
   * @return a copy with that country's minimum
   * @throws IllegalArgumentException if this is not a minimum, the code is unknown or {@code minimum < 0}
   * @throws NullPointerException if {@code country} is null
   */
  public Requirement inCountry(String country, long minimum) {
    String iso = Countries.normalize(Checks.notNull(country, "country"), "country");
    if (!kind.isMinimum()) {
      throw new IllegalArgumentException("inCountry applies to a minimum, this requirement is " + kind);
    }
    Checks.nonNegative(minimum, "minimum");
    Map<String, Long> copy = new TreeMap<>(byCountry);
    copy.put(iso, minimum);
    return new Requirement(kind, this.minimum, Collections.unmodifiableMap(copy), accepted, launches);
  }

  /** {@return what the requirement is about} */
  public Criterion kind() {
    return kind;
  }

  /** {@return the short name used in reports and CSV ({@link Criterion#id()})} */
  public String id() {
    return kind.id();
  }

  /**
   * {@return the minimum that applies in that country (0 for a list requirement)}
   *
   * @param country an ISO 3166 alpha-2 code
   * @throws NullPointerException if {@code country} is null
   */
  public long minimumIn(String country) {
    return byCountry.getOrDefault(Checks.notNull(country, "country"), minimum);
  }

  /** {@return the minimums that differ by country, by ISO code: the per-country table} */
  public Map<String, Long> countryMinimums() {
    return byCountry;
  }

  /** {@return the accepted values (ISO codes or enum names), empty for a minimum; markets in launch order} */
  public List<String> accepted() {
    return accepted;
  }

  /** {@return each market's first day, in launch order; empty unless {@link #kind()} is {@link Criterion#MARKET}} */
  public Map<String, LocalDate> launches() {
    return launches;
  }

  /** Applies the requirement to a profile on a day (the day matters to markets only). */
  RequirementCheck check(CreatorProfile p, LocalDate day) {
    switch (kind) {
      case AGE:
        return minimumCheck(p.age(), p.country(), Long.toString(p.age()));
      case FOLLOWERS:
        return minimumCheck(p.followers(), p.country(), TextTable.grouped(p.followers()));
      case VIEWS_30D:
        return minimumCheck(p.views30d(), p.country(), TextTable.grouped(p.views30d()));
      case POSTS_30D:
        return optionalMinimumCheck(p.posts30d(), p.country());
      case VIEWS_LAST_MONTH:
        return optionalMinimumCheck(p.viewsLastMonth(), p.country());
      case COUNTRY:
        return listCheck(p.country(), "country ");
      case MARKET:
        return marketCheck(p.country(), day);
      case ACCOUNT_TYPE:
        return listCheck(p.accountType().name(), "account type ");
      default:
        return listCheck(p.standing().name(), "standing ");
    }
  }

  private RequirementCheck optionalMinimumCheck(OptionalLong actual, String country) {
    if (actual.isPresent()) {
      return minimumCheck(actual.getAsLong(), country, TextTable.grouped(actual.getAsLong()));
    }
    long need = minimumIn(country);
    String required = required(need, country);
    return need == 0 ? RequirementCheck.of(id(), required, "not given", 0, "")
        : RequirementCheck.of(id(), required, "not given", need,
            kind.noun + " not given (need " + TextTable.grouped(need) + ")");
  }

  private String required(long need, String country) {
    return TextTable.grouped(need) + "+" + (byCountry.containsKey(country) ? " in " + country : "");
  }

  private RequirementCheck minimumCheck(long actual, String country, String shown) {
    long need = minimumIn(country);
    long shortBy = Math.max(0, need - actual); // both are >= 0: no overflow
    String distance;
    if (shortBy == 0) {
      distance = "";
    } else if (kind == Criterion.AGE) {
      distance = "must be " + need + ", is " + actual;
    } else {
      String unit = shortBy == 1 ? kind.unit.substring(0, kind.unit.length() - 1) : kind.unit;
      distance = TextTable.grouped(shortBy) + " " + unit + " short";
    }
    return RequirementCheck.of(id(), required(need, country), shown, shortBy, distance);
  }

  private RequirementCheck listCheck(String actual, String label) {
    String list = String.join(", ", accepted);
    if (accepted.contains(actual)) {
      return RequirementCheck.of(id(), list, actual, 0, "");
    }
    return RequirementCheck.of(id(), list, actual, 1, label + actual + " not eligible — eligible: " + list);
  }

  private RequirementCheck marketCheck(String country, LocalDate day) {
    List<String> open = accepted.stream().filter(c -> !day.isBefore(launches.get(c))).collect(Collectors.toList());
    String required = open.isEmpty() ? "none open yet" : String.join(", ", open);
    if (open.contains(country)) {
      return RequirementCheck.of(id(), required, country, 0, "");
    }
    LocalDate launch = launches.get(country);
    String distance = launch != null ? "market " + country + " opens on " + launch
        : "country " + country + " not a market — markets: " + String.join(", ", accepted);
    return RequirementCheck.of(id(), required, country, 1, distance);
  }

  /** What an eligible creator who does not meet this requirement lacks, for a limited tier's text. */
  String lack(CreatorProfile p, RequirementCheck check) {
    if (kind.isMinimum()) {
      return check.actual().equals("not given") ? kind.noun + " not given"
          : "under " + TextTable.grouped(minimumIn(p.country())) + " " + kind.noun;
    }
    return kind.noun + " " + check.actual() + " not in " + String.join(", ", accepted);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Requirement r && r.kind == kind && r.minimum == minimum && r.byCountry.equals(byCountry)
        && r.accepted.equals(accepted) && r.launches.equals(launches);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, minimum, byCountry, accepted, launches);
  }

  /** {@return for example {@code age 18+ (KR 19)}, {@code country US, GB} or {@code market GB from 2021-01-01, US from 2023-09-12}} */
  @Override
  public String toString() {
    if (kind == Criterion.MARKET) {
      return id() + " " + launches.entrySet().stream().map(e -> e.getKey() + " from " + e.getValue())
          .collect(Collectors.joining(", "));
    }
    if (!kind.isMinimum()) {
      return id() + " " + String.join(", ", accepted);
    }
    String extra = byCountry.isEmpty() ? "" : byCountry.entrySet().stream()
        .map(e -> e.getKey() + " " + TextTable.grouped(e.getValue())).collect(Collectors.joining(", ", " (", ")"));
    return id() + " " + TextTable.grouped(minimum) + "+" + extra;
  }
}
