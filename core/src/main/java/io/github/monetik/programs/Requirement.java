package io.github.monetik.programs;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * One condition a creator must meet for a program: a minimum (age, followers, views or posts in
 * 30 days, possibly higher in some countries) or a list of accepted values (countries, account
 * types, standings). Immutable rule data; {@code ProgramPresets} in the rules package holds the
 * sourced ones.
 *
 * <pre>{@code
 * Requirement age = Requirement.minimumAge(18).inCountry("KR", 19);
 * Requirement where = Requirement.countries("US", "GB", "DE");
 * }</pre>
 */
public final class Requirement {
  /** What a requirement is about; its {@link #id()} names it in reports and CSV output. */
  public enum Kind {
    /** Minimum age in years. */
    AGE("age", "years"),
    /** Minimum followers. */
    FOLLOWERS("followers", "followers"),
    /** Minimum video views in the last 30 days. */
    VIEWS_30D("views_30d", "views"),
    /** Minimum posts in the last 30 days. */
    POSTS_30D("posts_30d", "posts"),
    /** Accepted countries. */
    COUNTRY("country", ""),
    /** Accepted account types. */
    ACCOUNT_TYPE("account_type", ""),
    /** Accepted standings. */
    STANDING("standing", "");

    private final String id;
    private final String unit;

    Kind(String id, String unit) {
      this.id = id;
      this.unit = unit;
    }

    /** {@return the short name used in reports and CSV, for example {@code followers}, {@code views_30d}} */
    public String id() {
      return id;
    }

    boolean isMinimum() {
      return !unit.isEmpty();
    }
  }

  private final Kind kind;
  private final long minimum;
  private final Map<String, Long> byCountry;
  private final List<String> accepted;

  private Requirement(Kind kind, long minimum, Map<String, Long> byCountry, List<String> accepted) {
    this.kind = kind;
    this.minimum = minimum;
    this.byCountry = byCountry;
    this.accepted = accepted;
  }

  private static Requirement minimum(Kind kind, long minimum, String argument) {
    CreatorProfile.requireCount(minimum, argument);
    return new Requirement(kind, minimum, Map.of(), List.of());
  }

  /**
   * {@return the requirement}
   *
   * @param years the minimum age
   * @throws IllegalArgumentException if {@code years < 0}
   */
  public static Requirement minimumAge(int years) {
    return minimum(Kind.AGE, years, "years");
  }

  /**
   * {@return the requirement}
   *
   * @param followers the minimum followers
   * @throws IllegalArgumentException if {@code followers < 0}
   */
  public static Requirement minimumFollowers(long followers) {
    return minimum(Kind.FOLLOWERS, followers, "followers");
  }

  /**
   * {@return the requirement}
   *
   * @param views the minimum views in the last 30 days
   * @throws IllegalArgumentException if {@code views < 0}
   */
  public static Requirement minimumViews30d(long views) {
    return minimum(Kind.VIEWS_30D, views, "views");
  }

  /**
   * {@return the requirement}
   *
   * @param posts the minimum posts in the last 30 days
   * @throws IllegalArgumentException if {@code posts < 0}
   */
  public static Requirement minimumPosts30d(long posts) {
    return minimum(Kind.POSTS_30D, posts, "posts");
  }

  /**
   * {@return the requirement that the creator is in one of them}
   *
   * @param codes ISO 3166 alpha-2 codes ({@code UK} is taken as {@code GB}), at least one
   * @throws IllegalArgumentException if a code is unknown or none is given
   */
  public static Requirement countries(String... codes) {
    Objects.requireNonNull(codes, "codes");
    List<String> iso = new ArrayList<>();
    for (String code : codes) {
      String c = Countries.normalize(code, "codes");
      if (!iso.contains(c)) {
        iso.add(c);
      }
    }
    return accepting(Kind.COUNTRY, iso, "codes");
  }

  /**
   * {@return the requirement}
   *
   * @param types the accepted account types, at least one
   * @throws IllegalArgumentException if none is given
   */
  public static Requirement accountTypes(AccountType... types) {
    return accepting(Kind.ACCOUNT_TYPE, names(types, "types"), "types");
  }

  /**
   * {@return the requirement}
   *
   * @param standings the accepted standings, at least one
   * @throws IllegalArgumentException if none is given
   */
  public static Requirement standings(Standing... standings) {
    return accepting(Kind.STANDING, names(standings, "standings"), "standings");
  }

  private static List<String> names(Enum<?>[] values, String argument) {
    Objects.requireNonNull(values, argument);
    return Arrays.stream(values).map(v -> Objects.requireNonNull(v, argument).name()).distinct().collect(Collectors.toList());
  }

  private static Requirement accepting(Kind kind, List<String> accepted, String argument) {
    if (accepted.isEmpty()) {
      throw new IllegalArgumentException(argument + " must name at least one accepted value, was none");
    }
    return new Requirement(kind, 0, Map.of(), List.copyOf(accepted));
  }

  /**
   * A different minimum in one country (TikTok asks 19+ in South Korea, for example).
   *
   * @param country an ISO 3166 alpha-2 code
   * @param minimum the minimum there
   * @return a copy with that country's minimum
   * @throws IllegalArgumentException if this is not a minimum, the code is unknown or {@code minimum < 0}
   */
  public Requirement inCountry(String country, long minimum) {
    String iso = Countries.normalize(country, "country");
    if (!kind.isMinimum()) {
      throw new IllegalArgumentException("inCountry applies to a minimum, this requirement is " + kind);
    }
    CreatorProfile.requireCount(minimum, "minimum");
    Map<String, Long> copy = new TreeMap<>(byCountry);
    copy.put(iso, minimum);
    return new Requirement(kind, this.minimum, Collections.unmodifiableMap(copy), accepted);
  }

  /** {@return what the requirement is about} */
  public Kind kind() {
    return kind;
  }

  /** {@return the short name used in reports and CSV ({@link Kind#id()})} */
  public String id() {
    return kind.id();
  }

  /**
   * {@return the minimum that applies in that country (0 for a list requirement)}
   *
   * @param country an ISO 3166 alpha-2 code
   */
  public long minimumIn(String country) {
    return byCountry.getOrDefault(Objects.requireNonNull(country, "country"), minimum);
  }

  /** {@return the minimums that differ by country, by ISO code} */
  public Map<String, Long> countryMinimums() {
    return byCountry;
  }

  /** {@return the accepted values (ISO codes or enum names), empty for a minimum} */
  public List<String> accepted() {
    return accepted;
  }

  /** Applies the requirement to a profile. */
  EligibilityReport.Row check(CreatorProfile p) {
    switch (kind) {
      case AGE:
        return minimumRow(p.age(), p.country(), Long.toString(p.age()));
      case FOLLOWERS:
        return minimumRow(p.followers(), p.country(), grouped(p.followers()));
      case VIEWS_30D:
        return minimumRow(p.views30d(), p.country(), grouped(p.views30d()));
      case POSTS_30D:
        if (p.posts30d().isEmpty()) {
          long need = minimumIn(p.country());
          return need == 0 ? new EligibilityReport.Row(id(), "0+", "not given", 0, "")
              : new EligibilityReport.Row(id(), grouped(need) + "+", "not given", need,
                  "posts in 30 days not given (need " + grouped(need) + ")");
        }
        return minimumRow(p.posts30d().getAsLong(), p.country(), grouped(p.posts30d().getAsLong()));
      case COUNTRY:
        return listRow(p.country(), "country ");
      case ACCOUNT_TYPE:
        return listRow(p.accountType().name(), "account type ");
      default:
        return listRow(p.standing().name(), "standing ");
    }
  }

  private EligibilityReport.Row minimumRow(long actual, String country, String shown) {
    long need = minimumIn(country);
    long shortBy = Math.max(0, need - actual); // both are >= 0: no overflow
    String required = grouped(need) + "+" + (byCountry.containsKey(country) ? " in " + country : "");
    String distance;
    if (shortBy == 0) {
      distance = "";
    } else if (kind == Kind.AGE) {
      distance = "must be " + need + ", is " + actual;
    } else {
      String unit = shortBy == 1 ? kind.unit.substring(0, kind.unit.length() - 1) : kind.unit;
      distance = grouped(shortBy) + " " + unit + " short";
    }
    return new EligibilityReport.Row(id(), required, shown, shortBy, distance);
  }

  private EligibilityReport.Row listRow(String actual, String label) {
    String list = String.join(", ", accepted);
    if (accepted.contains(actual)) {
      return new EligibilityReport.Row(id(), list, actual, 0, "");
    }
    return new EligibilityReport.Row(id(), list, actual, 1, label + actual + " not eligible — eligible: " + list);
  }

  static String grouped(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Requirement r && r.kind == kind && r.minimum == minimum && r.byCountry.equals(byCountry)
        && r.accepted.equals(accepted);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, minimum, byCountry, accepted);
  }

  /** {@return for example {@code age 18+ (KR 19)} or {@code country US, GB}} */
  @Override
  public String toString() {
    if (!kind.isMinimum()) {
      return id() + " " + String.join(", ", accepted);
    }
    String extra = byCountry.isEmpty() ? "" : byCountry.entrySet().stream()
        .map(e -> e.getKey() + " " + grouped(e.getValue())).collect(Collectors.joining(", ", " (", ")"));
    return id() + " " + grouped(minimum) + "+" + extra;
  }
}
