package io.github.monetik.streaks;

import java.time.LocalDate;
import java.util.Collections;
import java.util.Objects;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Engagement for the income analysis: interactions per day (every kind, counted or not), the days
 * with any interaction, and the days that were part of a streak that showed (an unlocked run).
 * Days are calendar dates in the analysis' zone (with rolling 24-hour days: the date each period
 * starts on).
 */
public final class Engagement {
  private final SortedMap<LocalDate, Long> perDay;
  private final SortedSet<LocalDate> streakDays;

  Engagement(TreeMap<LocalDate, Long> perDay, TreeSet<LocalDate> streakDays) {
    this.perDay = Collections.unmodifiableSortedMap(perDay);
    this.streakDays = Collections.unmodifiableSortedSet(streakDays);
  }

  /** {@return interactions per date, only dates with at least one, ascending} */
  public SortedMap<LocalDate, Long> interactionsPerDay() {
    return perDay;
  }

  /** {@return all interactions counted} */
  public long interactions() {
    long total = 0;
    for (long n : perDay.values()) {
      total += n;
    }
    return total;
  }

  /** {@return how many dates had at least one interaction} */
  public int activeDays() {
    return perDay.size();
  }

  /** {@return the dates that were part of an unlocked streak run, ascending} */
  public SortedSet<LocalDate> streakDates() {
    return streakDays;
  }

  /** {@return how many dates were part of an unlocked streak run} */
  public int streakDays() {
    return streakDays.size();
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Engagement e && e.perDay.equals(perDay) && e.streakDays.equals(streakDays);
  }

  @Override
  public int hashCode() {
    return Objects.hash(perDay, streakDays);
  }

  /** {@return for example {@code 1,234 interactions on 40 active days, 31 streak days}} */
  @Override
  public String toString() {
    return String.format("%,d interactions on %,d active days, %,d streak days", interactions(), activeDays(),
        streakDays());
  }
}
