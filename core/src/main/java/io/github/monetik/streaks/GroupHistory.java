package io.github.monetik.streaks;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What the analysis keeps of one pair or group: the input its {@link GroupStreak} is computed from
 * ({@link Runs}), and what a restore or the activity view needs again. Immutable (the arrays are never
 * changed once built).
 */
final class GroupHistory {
  final GroupKey key;
  /** Sorted day numbers that qualified (counted kinds by everyone or anyone, old enough). */
  final int[] qualifyingDays;
  /** The Streak Pet points earned on each qualifying day, in the same order. */
  final long[] dayPoints;
  /** Activity cells, sorted: {@code day << 38 | member << 32 | interactions}. */
  final long[] cells;
  /** Accepted restores, epoch seconds, sorted. */
  final long[] restores;
  /** The group's anchor for rolling days (its first counting second); ignored for calendar days. */
  final long anchor;
  /** The first date every participant with a known birth date had the policy's minimum age, when it came after the group's first day. */
  final @Nullable LocalDate countsFrom;
  /** Days before {@link #countsFrom} that would have qualified. */
  final int underAgeDays;

  GroupHistory(GroupKey key, int[] qualifyingDays, long[] dayPoints, long[] cells, long[] restores, long anchor,
      @Nullable LocalDate countsFrom, int underAgeDays) {
    this.key = key;
    this.qualifyingDays = qualifyingDays;
    this.dayPoints = dayPoints;
    this.cells = cells;
    this.restores = restores;
    this.anchor = anchor;
    this.countsFrom = countsFrom;
    this.underAgeDays = underAgeDays;
  }

  /** {@return this history with one more restore, at that second} */
  GroupHistory withRestore(long epochSecond) {
    long[] more = Arrays.copyOf(restores, restores.length + 1);
    more[restores.length] = epochSecond;
    Arrays.sort(more);
    return new GroupHistory(key, qualifyingDays, dayPoints, cells, more, anchor, countsFrom, underAgeDays);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof GroupHistory h && h.key.equals(key) && h.anchor == anchor && h.underAgeDays == underAgeDays
        && Arrays.equals(h.qualifyingDays, qualifyingDays) && Arrays.equals(h.dayPoints, dayPoints)
        && Arrays.equals(h.cells, cells) && Arrays.equals(h.restores, restores) && Objects.equals(h.countsFrom, countsFrom);
  }

  @Override
  public int hashCode() {
    return Objects.hash(key, anchor, Arrays.hashCode(qualifyingDays), Arrays.hashCode(cells), Arrays.hashCode(restores));
  }
}
