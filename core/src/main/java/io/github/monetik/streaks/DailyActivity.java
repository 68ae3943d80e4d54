package io.github.monetik.streaks;

import io.github.monetik.internal.Checks;
import io.github.monetik.internal.TextTable;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Who was active on which days: interactions per day (every kind, counted by the policy or not), the
 * days with any interaction, and the days that were part of a streak that showed (an unlocked run).
 * Days are calendar dates in the analysis' zone (with rolling 24-hour days: the date each period
 * starts on). Made by {@link StreakReport#dailyActivity()}; a value (the dates are copied).
 *
 * @param interactionsPerDay interactions per date, only dates with at least one, ascending
 * @param streakDates the dates that were part of an unlocked streak run, ascending
 */
public record DailyActivity(SortedMap<LocalDate, Long> interactionsPerDay, SortedSet<LocalDate> streakDates) {
  /**
   * Checks and copies the dates.
   *
   * @param interactionsPerDay interactions per date, each at least 1
   * @param streakDates the dates that were part of an unlocked streak run
   * @throws NullPointerException naming a null argument, key ({@code interactionsPerDay key}), value
   *     ({@code interactionsPerDay[2024-06-01]}) or element ({@code streakDates[0]})
   * @throws IllegalArgumentException naming the date whose count is below 1
   */
  public DailyActivity {
    Checks.notNull(interactionsPerDay, "interactionsPerDay");
    TreeMap<LocalDate, Long> perDay = new TreeMap<>();
    for (Map.Entry<LocalDate, Long> e : interactionsPerDay.entrySet()) {
      LocalDate day = Checks.notNull(e.getKey(), "interactionsPerDay key");
      long n = Checks.notNull(e.getValue(), "interactionsPerDay[" + day + "]");
      Checks.positive(n, "interactionsPerDay[" + day + "]");
      perDay.put(day, n);
    }
    interactionsPerDay = Collections.unmodifiableSortedMap(perDay);
    streakDates = Collections.unmodifiableSortedSet(new TreeSet<>(Checks.elements(streakDates, "streakDates")));
  }

  /** {@return all interactions counted} */
  public long interactions() {
    long total = 0;
    for (long n : interactionsPerDay.values()) {
      total += n;
    }
    return total;
  }

  /** {@return how many dates had at least one interaction} */
  public int activeDays() {
    return interactionsPerDay.size();
  }

  /** {@return how many dates were part of an unlocked streak run} */
  public int streakDays() {
    return streakDates.size();
  }

  /** {@return for example {@code 1,234 interactions on 40 active days, 31 streak days}} */
  @Override
  public String toString() {
    return TextTable.grouped(interactions()) + " interactions on " + TextTable.grouped(activeDays()) + " active days, "
        + TextTable.grouped(streakDays()) + " streak days";
  }
}
