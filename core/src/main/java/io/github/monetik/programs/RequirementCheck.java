package io.github.monetik.programs;

import io.github.monetik.internal.Checks;
import java.util.Optional;

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
 *
 * @param requirement the requirement's short name ({@code open}, {@code age}, {@code followers}, ...)
 * @param required what is required, for example {@code 10,000+} or {@code US, GB, DE}
 * @param actual what the creator has, for example {@code 8,200} or {@code NL}
 * @param shortfall how far off the creator is: followers, views, posts or years short for a minimum, 1
 *     for a value that is not accepted (a country, an account type, a closed program); 0 exactly when
 *     the requirement is met
 * @param distance what is missing, in words ({@code 1,800 followers short}, {@code must be 18, is 17},
 *     {@code closed on 2023-12-16}); empty exactly when the requirement is met
 */
public record RequirementCheck(String requirement, String required, String actual, long shortfall,
    Optional<String> distance) {
  /**
   * A check, its parts agreeing.
   *
   * @param requirement the requirement's short name ({@code open}, {@code age}, {@code followers}, ...)
   * @param required what is required, for example {@code 10,000+} or {@code US, GB, DE}
   * @param actual what the creator has, for example {@code 8,200} or {@code NL}
   * @param shortfall how far off the creator is: followers, views, posts or years short for a minimum, 1 for a value that is not accepted (a country, an account type, a closed program); 0 exactly when the requirement is met
   * @param distance what is missing, in words ({@code 1,800 followers short}, {@code must be 18, is 17}, {@code closed on 2023-12-16}); empty exactly when the requirement is met
   * @throws NullPointerException naming the part that is null
   * @throws IllegalArgumentException naming {@code shortfall} if it is negative, or {@code distance}
   *     if it is empty while the shortfall is not 0, or the other way round
   */
  public RequirementCheck {
    Checks.notNull(requirement, "requirement");
    Checks.notNull(required, "required");
    Checks.notNull(actual, "actual");
    if (Checks.notNull(distance, "distance").isPresent() == (Checks.nonNegative(shortfall, "shortfall") == 0)) {
      throw Checks.invalid("distance", shortfall == 0 ? "empty when the requirement is met" : "given when it is not",
          distance.orElse(""));
    }
  }

  /** The check with its distance in words, {@code ""} when met. */
  static RequirementCheck of(String requirement, String required, String actual, long shortfall, String distance) {
    return new RequirementCheck(requirement, required, actual, shortfall,
        distance.isEmpty() ? Optional.empty() : Optional.of(distance));
  }

  /** {@return true if the creator meets the requirement} */
  public boolean isMet() {
    return shortfall == 0;
  }

  /** {@return for example {@code followers: 1,800 followers short} or {@code age: met}} */
  @Override
  public String toString() {
    return requirement + ": " + (isMet() ? "met" : distance.orElse(""));
  }
}
