package io.github.monetik.programs;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One requirement of a program applied to one creator: what is required, what the creator has, and
 * how far off they are. Made by {@link Programs#check}; one per line of an {@link EligibilityReport}.
 * Immutable.
 *
 * <pre>{@code
 * RequirementCheck c = report.unmet().get(0);
 * c.requirement();   // followers
 * c.required();      // 10,000+
 * c.actual();        // 8,200
 * c.distance();      // Optional[1,800 followers short]
 * }</pre>
 */
public final class RequirementCheck {
  private final String requirement;
  private final String required;
  private final String actual;
  private final long shortfall;
  private final String distance;

  RequirementCheck(String requirement, String required, String actual, long shortfall, String distance) {
    this.requirement = requirement;
    this.required = required;
    this.actual = actual;
    this.shortfall = shortfall;
    this.distance = distance;
  }

  /** {@return the requirement's short name ({@code open}, {@code age}, {@code followers}, ...)} */
  public String requirement() {
    return requirement;
  }

  /** {@return what is required, for example {@code 10,000+} or {@code US, GB, DE}} */
  public String required() {
    return required;
  }

  /** {@return what the creator has, for example {@code 8,200} or {@code NL}} */
  public String actual() {
    return actual;
  }

  /** {@return true if the creator meets the requirement} */
  public boolean isMet() {
    return shortfall == 0;
  }

  /**
   * {@return how far off the creator is: followers, views, posts or years short for a minimum, 1 for
   *     a value that is not accepted (a country, an account type, a closed program); 0 exactly when
   *     the requirement is met}
   */
  public long shortfall() {
    return shortfall;
  }

  /**
   * {@return what is missing, in words ({@code 1,800 followers short}, {@code must be 18, is 17},
   *     {@code closed on 2023-12-16}); empty exactly when the requirement is met}
   */
  public Optional<String> distance() {
    return distance.isEmpty() ? Optional.empty() : Optional.of(distance);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof RequirementCheck r && r.requirement.equals(requirement) && r.required.equals(required)
        && r.actual.equals(actual) && r.shortfall == shortfall && r.distance.equals(distance);
  }

  @Override
  public int hashCode() {
    return Objects.hash(requirement, required, actual, shortfall, distance);
  }

  /** {@return for example {@code followers: 1,800 followers short} or {@code age: met}} */
  @Override
  public String toString() {
    return requirement + ": " + (isMet() ? "met" : distance);
  }
}
