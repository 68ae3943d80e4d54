package io.github.monetik.streaks;

import io.github.monetik.streaks.RestoreRefusedException.Reason;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The streak of one pair or group as of the analysis' instant: the current streak (its length,
 * status and when it ends if nobody acts), the longest, every run, the restores used and the
 * milestones reached.
 */
public final class GroupStreak {
  private final GroupKey key;
  /** Sorted qualifying day numbers. */
  private final int[] qualifyingDays;
  /** Engagement cells, sorted: {@code day << 38 | member << 32 | interactions}. */
  private final long[] cells;
  /** Accepted restores, epoch seconds, sorted. */
  private final long[] restores;
  private final long anchor;
  private final Days days;
  private final int daysToStart;
  /** The runs, oldest first: first and last kept day numbers, counted days, restores joined. */
  private final int[] runFirst;
  private final int[] runLast;
  private final int[] runLength;
  private final int[] runRestores;
  private final StreakStatus status;
  private final int length;
  private final int longest;
  private final @Nullable Instant restorableUntil;
  private final List<Integer> milestones;
  /** Built on first use (racy single-check: the list and its runs are immutable). */
  private @Nullable List<StreakRun> runs;

  private GroupStreak(GroupKey key, int[] qualifyingDays, long[] cells, long[] restores, long anchor, Days days,
      int daysToStart, Runs runs, StreakStatus status, int length, int longest, @Nullable Instant restorableUntil,
      List<Integer> milestones) {
    this.key = key;
    this.qualifyingDays = qualifyingDays;
    this.cells = cells;
    this.restores = restores;
    this.anchor = anchor;
    this.days = days;
    this.daysToStart = daysToStart;
    this.runFirst = Arrays.copyOf(runs.first, runs.size);
    this.runLast = Arrays.copyOf(runs.last, runs.size);
    this.runLength = Arrays.copyOf(runs.length, runs.size);
    this.runRestores = Arrays.copyOf(runs.restores, runs.size);
    this.status = status;
    this.length = length;
    this.longest = longest;
    this.restorableUntil = restorableUntil;
    this.milestones = milestones;
  }

  /** The runs while they are being built, in parallel primitive arrays. */
  private static final class Runs {
    int size;
    int[] first = new int[8];
    int[] last = new int[8];
    int[] length = new int[8];
    int[] restores = new int[8];

    void add(int day) {
      if (size == first.length) {
        first = Arrays.copyOf(first, size * 2);
        last = Arrays.copyOf(last, size * 2);
        length = Arrays.copyOf(length, size * 2);
        restores = Arrays.copyOf(restores, size * 2);
      }
      first[size] = day;
      last[size] = day;
      length[size] = 1;
      restores[size] = 0;
      size++;
    }

    void remove(int i) {
      int tail = size - i - 1;
      System.arraycopy(first, i + 1, first, i, tail);
      System.arraycopy(last, i + 1, last, i, tail);
      System.arraycopy(length, i + 1, length, i, tail);
      System.arraycopy(restores, i + 1, restores, i, tail);
      size--;
    }

    Instant end(int i, Days days, long anchor) {
      return days.start(last[i] + 2L, anchor);
    }
  }

  /**
   * Computes a group's streaks from its qualifying days and restores.
   *
   * @throws RestoreRefusedException if one of {@code restores} breaks the policy
   */
  static GroupStreak compute(GroupKey key, int[] qualifyingDays, long[] cells, long[] restores, long anchor,
      Days days, StreakPolicy policy, Instant now) {
    Runs built = new Runs();
    int qi = 0;
    int ri = 0;
    while (qi < qualifyingDays.length || ri < restores.length) {
      long restoreDay = ri < restores.length ? days.day(restores[ri], anchor) : Long.MAX_VALUE;
      if (qi < qualifyingDays.length && qualifyingDays[qi] < restoreDay) {
        int q = qualifyingDays[qi++];
        int current = built.size - 1;
        if (current >= 0 && q <= built.last[current] + 1) {
          built.length[current]++;
          built.last[current] = Math.max(built.last[current], q);
        } else {
          built.add(q);
        }
      } else {
        applyRestore(key, built, restores, ri, (int) restoreDay, anchor, days, policy);
        ri++;
      }
    }

    long today = days.day(now.getEpochSecond(), anchor);
    StreakStatus status = StreakStatus.ENDED;
    int length = 0;
    Instant restorableUntil = null;
    int latest = built.size - 1;
    if (latest >= 0) {
      if (built.last[latest] >= today) {
        status = StreakStatus.ACTIVE;
      } else if (built.last[latest] == today - 1) {
        status = StreakStatus.AT_RISK;
      } else if (built.length[latest] >= policy.daysToStart()
          && restoresWithin(restores, restores.length, now.getEpochSecond(), policy) < policy.restoresPerPeriod()) {
        Instant until = built.end(latest, days, anchor).plus(policy.restoreWindow());
        if (now.isBefore(until)) {
          status = StreakStatus.RESTORABLE;
          restorableUntil = until;
        }
      }
      if (status != StreakStatus.ENDED) {
        length = built.length[latest];
      }
    }
    int longest = 0;
    for (int i = 0; i < built.size; i++) {
      longest = Math.max(longest, built.length[i]);
    }
    List<Integer> reached = new ArrayList<>();
    for (int m : policy.milestones()) {
      if (m <= longest) {
        reached.add(m);
      }
    }
    return new GroupStreak(key, qualifyingDays, cells, restores, anchor, days, policy.daysToStart(), built, status,
        length, longest, restorableUntil, List.copyOf(reached));
  }

  private static void applyRestore(GroupKey key, Runs built, long[] restores, int index, int restoreDay,
      long anchor, Days days, StreakPolicy policy) {
    long at = restores[index];
    Instant instant = Instant.ofEpochSecond(at);
    int target = built.size - 1;
    while (target >= 0 && built.end(target, days, anchor).getEpochSecond() > at) {
      target--;
    }
    if (target < 0) {
      throw built.size == 0
          ? new RestoreRefusedException(Reason.NOTHING_TO_RESTORE, "restore of " + key + " at " + instant
              + " refused: there is no streak to restore")
          : new RestoreRefusedException(Reason.NOT_ENDED, "restore of " + key + " at " + instant
              + " refused: the streak has not ended (it ends at " + built.end(built.size - 1, days, anchor) + ")");
    }
    Instant ended = built.end(target, days, anchor);
    Instant until = ended.plus(policy.restoreWindow());
    if (!instant.isBefore(until)) {
      throw new RestoreRefusedException(Reason.WINDOW_PASSED, "restore of " + key + " at " + instant
          + " refused: the streak ended at " + ended + " and could be restored until " + until
          + " (window " + policy.restoreWindow() + ")");
    }
    if (built.length[target] < policy.daysToStart()) {
      throw new RestoreRefusedException(Reason.NOT_UNLOCKED, "restore of " + key + " at " + instant
          + " refused: the run that ended had " + built.length[target] + " day(s), fewer than the "
          + policy.daysToStart() + " needed to show");
    }
    int used = restoresWithin(restores, index, at, policy);
    if (used >= policy.restoresPerPeriod()) {
      throw new RestoreRefusedException(Reason.QUOTA_USED, "restore of " + key + " at " + instant
          + " refused: " + used + " restore(s) already used in the " + policy.restorePeriod()
          + " before it, the policy allows " + policy.restoresPerPeriod());
    }
    built.last[target] = Math.max(built.last[target], restoreDay);
    built.restores[target]++;
    while (built.size > target + 1 && built.first[target + 1] <= built.last[target] + 1) {
      built.length[target] += built.length[target + 1];
      built.last[target] = Math.max(built.last[target], built.last[target + 1]);
      built.restores[target] += built.restores[target + 1];
      built.remove(target + 1);
    }
  }

  /** {@return how many of the first {@code count} restores fall in {@code (at - period, at]}} */
  private static int restoresWithin(long[] restores, int count, long at, StreakPolicy policy) {
    long from = at - policy.restorePeriod().getSeconds();
    int n = 0;
    for (int i = 0; i < count; i++) {
      if (restores[i] > from && restores[i] <= at) {
        n++;
      }
    }
    return n;
  }

  GroupKey key() {
    return key;
  }

  int[] qualifyingDays() {
    return qualifyingDays;
  }

  long[] cells() {
    return cells;
  }

  long[] restores() {
    return restores;
  }

  long anchor() {
    return anchor;
  }

  /** {@return whether day {@code d} belongs to an unlocked run} */
  boolean inUnlockedRun(int d) {
    for (int i = 0; i < runFirst.length; i++) {
      if (d >= runFirst[i] && d <= runLast[i]) {
        return runLength[i] >= daysToStart;
      }
    }
    return false;
  }

  /** {@return everyone in the pair or group, sorted} */
  public List<String> participants() {
    return key.toList();
  }

  /**
   * {@return whether that person is in this pair or group}
   *
   * @param participant an id
   */
  public boolean includes(String participant) {
    return key.indexOf(Objects.requireNonNull(participant, "participant")) >= 0;
  }

  /** {@return where the latest streak stands} */
  public StreakStatus status() {
    return status;
  }

  /**
   * {@return the current streak's length in counted days: the latest run's length while it is active, at risk or restorable, 0 once it has ended for good}
   */
  public int length() {
    return length;
  }

  /**
   * {@return whether the current streak shows in the app: not ended, and at least the policy's days needed to show}
   */
  public boolean isShown() {
    return status != StreakStatus.ENDED && runLength.length > 0 && runLength[runLength.length - 1] >= daysToStart;
  }

  /** {@return the latest run, whatever its status; empty if no day ever qualified} */
  public Optional<StreakRun> latestRun() {
    List<StreakRun> all = runs();
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
  }

  /**
   * {@return when the latest run ends if nobody acts (for {@link StreakStatus#ACTIVE} and {@link StreakStatus#AT_RISK}), or ended (otherwise); empty if no day ever qualified}
   */
  public Optional<Instant> endsAt() {
    return latestRun().map(StreakRun::endsAt);
  }

  /** {@return until when a restore is accepted, if the status is {@link StreakStatus#RESTORABLE}} */
  public Optional<Instant> restorableUntil() {
    return Optional.ofNullable(restorableUntil);
  }

  /** {@return the longest run ever, in counted days (0 if no day ever qualified)} */
  public int longest() {
    return longest;
  }

  /** {@return every run, oldest first (the last one is the latest)} */
  public List<StreakRun> runs() {
    List<StreakRun> view = runs;
    if (view == null) {
      List<StreakRun> built = new ArrayList<>(runFirst.length);
      for (int i = 0; i < runFirst.length; i++) {
        built.add(new StreakRun(days.date(runFirst[i], anchor), days.date(runLast[i], anchor),
            days.start(runFirst[i], anchor), days.start(runLast[i] + 2L, anchor), runLength[i], runRestores[i],
            runLength[i] >= daysToStart));
      }
      view = List.copyOf(built);
      runs = view;
    }
    return view;
  }

  /** {@return how many runs there are (without building them)} */
  int runCount() {
    return runFirst.length;
  }

  /** {@return the counted days of run {@code i}, oldest first (without building the runs)} */
  int runLength(int i) {
    return runLength[i];
  }

  /** {@return how many restores this pair or group used} */
  public int restoresUsed() {
    return restores.length;
  }

  /** {@return the policy's milestones the longest run reached, ascending} */
  public List<Integer> milestonesReached() {
    return milestones;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof GroupStreak g && g.key.equals(key) && g.status == status && g.length == length
        && g.anchor == anchor && Arrays.equals(g.qualifyingDays, qualifyingDays) && Arrays.equals(g.cells, cells)
        && Arrays.equals(g.restores, restores) && Arrays.equals(g.runFirst, runFirst) && Arrays.equals(g.runLast, runLast)
        && Arrays.equals(g.runLength, runLength) && Arrays.equals(g.runRestores, runRestores) && g.longest == longest
        && g.daysToStart == daysToStart && g.days.sameLabels(days) && Objects.equals(g.restorableUntil, restorableUntil);
  }

  @Override
  public int hashCode() {
    return Objects.hash(key, status, length, longest, Arrays.hashCode(runLength));
  }

  /** {@return for example {@code alice+bob: 12 days ACTIVE (longest 30, ends 2024-06-14T22:00:00Z)}} */
  @Override
  public String toString() {
    return key + ": " + length + (length == 1 ? " day " : " days ") + status + " (longest " + longest
        + endsAt().map(e -> (status == StreakStatus.ACTIVE || status == StreakStatus.AT_RISK ? ", ends " : ", ended ") + e)
            .orElse("")
        + ")";
  }
}
