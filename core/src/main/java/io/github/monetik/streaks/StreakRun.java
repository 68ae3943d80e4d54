package io.github.monetik.streaks;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One run of consecutive kept days of a pair or group: from its first qualifying day to its last
 * kept day, with the days bridged by restores kept but not counted.
 */
public final class StreakRun {
  private final LocalDate firstDay;
  private final LocalDate lastDay;
  private final Instant start;
  private final Instant endsAt;
  private final int length;
  private final int restoresUsed;
  private final boolean unlocked;

  StreakRun(LocalDate firstDay, LocalDate lastDay, Instant start, Instant endsAt, int length, int restoresUsed,
      boolean unlocked) {
    this.firstDay = firstDay;
    this.lastDay = lastDay;
    this.start = start;
    this.endsAt = endsAt;
    this.length = length;
    this.restoresUsed = restoresUsed;
    this.unlocked = unlocked;
  }

  /** {@return the date (in the analysis' zone) of the run's first qualifying day} */
  public LocalDate firstDay() {
    return firstDay;
  }

  /** {@return the date of the run's last kept day (qualifying, or bridged by a restore)} */
  public LocalDate lastDay() {
    return lastDay;
  }

  /** {@return the instant the run's first day began} */
  public Instant start() {
    return start;
  }

  /**
   * {@return the instant the run ends if nobody acts, or ended: the end of the first wholly missed day after {@link #lastDay()}}
   */
  public Instant endsAt() {
    return endsAt;
  }

  /** {@return the qualifying days counted (bridged days are not counted)} */
  public int length() {
    return length;
  }

  /** {@return how many restores joined this run together} */
  public int restoresUsed() {
    return restoresUsed;
  }

  /** {@return whether the run reached the policy's days needed to show} */
  public boolean isUnlocked() {
    return unlocked;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof StreakRun r && r.length == length && r.restoresUsed == restoresUsed && r.unlocked == unlocked
        && r.firstDay.equals(firstDay) && r.lastDay.equals(lastDay) && r.start.equals(start) && r.endsAt.equals(endsAt);
  }

  @Override
  public int hashCode() {
    return Objects.hash(firstDay, lastDay, start, endsAt, length, restoresUsed, unlocked);
  }

  /** {@return for example {@code 12 days 2024-06-01..2024-06-12 (1 restore)}} */
  @Override
  public String toString() {
    return length + (length == 1 ? " day " : " days ") + firstDay + ".." + lastDay
        + (restoresUsed == 0 ? "" : " (" + restoresUsed + (restoresUsed == 1 ? " restore)" : " restores)"));
  }
}
