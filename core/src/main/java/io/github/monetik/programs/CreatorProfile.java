package io.github.monetik.programs;

import io.github.monetik.internal.Checks;
import io.github.monetik.internal.MonetikStyle;
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * A creator as the programs see them: age, country, followers, account, standing, the last 30
 * days of activity and, where a program asks for it, the past calendar month's views.
 *
 * <p>Built with {@link #builder()}; {@code age}, {@code country} and {@code followers} are
 * required, the rest have defaults (a personal account in good standing, no views, posts and last
 * month's views not given). The country is an ISO 3166 alpha-2 code in any case; {@code UK} is
 * accepted and stored as {@code GB}, the ISO code of the United Kingdom.
 *
 * <p>The country decides which rules apply where TikTok's differ by country: a program's countries
 * or markets (TikTok Shop opened market by market), the local minimum ages (19 in South Korea) and
 * the Subscription revenue share (US and Canada apart from 2025-10). A country whose own terms the
 * sources do not give gets the documented default, and the report notes it.
 *
 * <pre>{@code
 * CreatorProfile p = CreatorProfile.builder()
 *     .age(17).country("US").followers(8_200).views30d(120_000).build();
 * }</pre>
 *
 * <p>Not modelled: the creator's LIVE history. Subscription's LIVE route asks only what hosting a
 * LIVE asks (18+, 1,000 followers), so no requirement in the sourced terms depends on it.
 */
@Value.Immutable
@MonetikStyle
public abstract class CreatorProfile {
  /** The youngest age TikTok allows an account (13). */
  public static final int MINIMUM_AGE = 13;

  /** The oldest age accepted (150): anything above is a data error, not a creator. */
  public static final int MAXIMUM_AGE = 150;

  CreatorProfile() {}

  /** {@return a builder; {@code age}, {@code country} and {@code followers} are required} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link CreatorProfile}; {@code build()} checks the fields and throws
   * {@link IllegalArgumentException} naming a bad one, or {@link IllegalStateException} if a
   * required one is missing.
   */
  public static final class Builder extends ImmutableCreatorProfile.Builder {
    Builder() {}
  }

  /** {@return the creator's age in whole years, {@value #MINIMUM_AGE} to {@value #MAXIMUM_AGE}} */
  public abstract int age();

  /** {@return the ISO 3166 alpha-2 country code, upper case ({@code GB} for the United Kingdom)} */
  public abstract String country();

  /** {@return followers, never negative} */
  public abstract long followers();

  /** {@return the kind of account; {@link AccountType#PERSONAL} unless given} */
  @Value.Default
  public AccountType accountType() {
    return AccountType.PERSONAL;
  }

  /** {@return the account's standing; {@link Standing#GOOD} unless given} */
  @Value.Default
  public Standing standing() {
    return Standing.GOOD;
  }

  /** {@return video views in the last 30 days; 0 unless given} */
  @Value.Default
  public long views30d() {
    return 0;
  }

  /**
   * {@return qualified views in the last 30 days (For You feed, watched 5+ seconds, not paid or fake); never more than {@link #views30d()}; 0 unless given}
   */
  @Value.Default
  public long qualifiedViews30d() {
    return 0;
  }

  /**
   * {@return posts in the last 30 days, if known; a requirement on posts is unmet while they are not given}
   */
  public abstract OptionalLong posts30d();

  /**
   * {@return video views in the past calendar month, if known (Subscription's video route and bonus
   *     ask for them); a requirement on them is unmet while they are not given}
   */
  public abstract OptionalLong viewsLastMonth();

  /**
   * {@return a copy with that age}
   *
   * @param age the age in years
   */
  public abstract CreatorProfile withAge(int age);

  /**
   * {@return a copy in that country}
   *
   * @param country an ISO 3166 alpha-2 code
   */
  public abstract CreatorProfile withCountry(String country);

  /**
   * {@return a copy with that many followers}
   *
   * @param followers the followers
   */
  public abstract CreatorProfile withFollowers(long followers);

  /**
   * {@return a copy with those views}
   *
   * @param views30d views in the last 30 days
   */
  public abstract CreatorProfile withViews30d(long views30d);

  /**
   * {@return a copy with that account type}
   *
   * @param accountType the kind of account
   */
  public abstract CreatorProfile withAccountType(AccountType accountType);

  /**
   * {@return a copy with that standing}
   *
   * @param standing the account's standing
   */
  public abstract CreatorProfile withStanding(Standing standing);

  /**
   * {@return a copy with that many posts}
   *
   * @param posts30d posts in the last 30 days
   */
  public abstract CreatorProfile withPosts30d(long posts30d);

  /**
   * {@return a copy with those views}
   *
   * @param viewsLastMonth video views in the past calendar month
   */
  public abstract CreatorProfile withViewsLastMonth(long viewsLastMonth);

  @Value.Check
  CreatorProfile check() {
    if (age() < MINIMUM_AGE || age() > MAXIMUM_AGE) {
      throw new IllegalArgumentException(
          "age must be " + MINIMUM_AGE + " to " + MAXIMUM_AGE + " (TikTok's minimum age is 13), was " + age());
    }
    requireCount(followers(), "followers");
    requireCount(views30d(), "views30d");
    requireCount(qualifiedViews30d(), "qualifiedViews30d");
    if (posts30d().isPresent()) {
      requireCount(posts30d().getAsLong(), "posts30d");
    }
    if (viewsLastMonth().isPresent()) {
      requireCount(viewsLastMonth().getAsLong(), "viewsLastMonth");
    }
    if (qualifiedViews30d() > views30d()) {
      throw new IllegalArgumentException("qualifiedViews30d must be <= views30d (" + views30d()
          + "): qualified views are a subset of views, was " + qualifiedViews30d());
    }
    String iso = Countries.normalize(country(), "country");
    return iso.equals(country()) ? this : withCountry(iso);
  }

  static void requireCount(long count, String field) {
    Checks.nonNegative(count, field);
  }
}
