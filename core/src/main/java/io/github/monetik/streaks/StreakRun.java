package io.github.monetik.streaks;

import io.github.monetik.internal.Checks;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One run of consecutive kept days of a pair or group: from its first qualifying day to its last
 * kept day, with the days bridged by restores kept but not counted. A plain result.
 *
 * @param firstDay the date (in the analysis' zone) of the run's first qualifying day
 * @param lastDay the date of the run's last kept day (qualifying, or bridged by a restore), not
 *     before {@code firstDay}
 * @param start the instant the run's first day began
 * @param endsAt the instant the run ends if nobody acts, or ended: the end of the first wholly missed
 *     day after {@code lastDay}
 * @param length the qualifying days counted (bridged days are not counted), at least 1
 * @param restoresUsed how many restores joined this run together, {@code >= 0}
 * @param isUnlocked whether the run reached the policy's days needed to show
 */
public record StreakRun(LocalDate firstDay, LocalDate lastDay, Instant start, Instant endsAt, int length,
    int restoresUsed, boolean isUnlocked) {
  /**
   * A run, checked.
   *
   * @param firstDay the date (in the analysis' zone) of the run's first qualifying day
   * @param lastDay the date of the run's last kept day (qualifying, or bridged by a restore), not before {@code firstDay}
   * @param start the instant the run's first day began
   * @param endsAt the instant the run ends if nobody acts, or ended: the end of the first wholly missed day after {@code lastDay}
   * @param length the qualifying days counted (bridged days are not counted), at least 1
   * @param restoresUsed how many restores joined this run together, {@code >= 0}
   * @param isUnlocked whether the run reached the policy's days needed to show
   * @throws NullPointerException naming the day or instant that is null
   * @throws IllegalArgumentException naming {@code lastDay} if it is before {@code firstDay},
   *     {@code endsAt} if it is not after {@code start}, {@code length} if it is below 1,
   *     {@code restoresUsed} if it is negative
   */
  public StreakRun {
    if (Checks.notNull(lastDay, "lastDay").isBefore(Checks.notNull(firstDay, "firstDay"))) {
      throw Checks.invalid("lastDay", "on or after firstDay " + firstDay, lastDay);
    }
    if (!Checks.notNull(endsAt, "endsAt").isAfter(Checks.notNull(start, "start"))) {
      throw Checks.invalid("endsAt", "after start " + start, endsAt);
    }
    Checks.positive(length, "length");
    Checks.nonNegative(restoresUsed, "restoresUsed");
  }

  /** {@return for example {@code 12 days 2024-06-01..2024-06-12 (1 restore)}} */
  @Override
  public String toString() {
    return length + (length == 1 ? " day " : " days ") + firstDay + ".." + lastDay
        + (restoresUsed == 0 ? "" : " (" + restoresUsed + (restoresUsed == 1 ? " restore)" : " restores)"));
  }
}
