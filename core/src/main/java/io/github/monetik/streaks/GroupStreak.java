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
  private final List<StreakRun> runs;
  private final int[] runFirst;
  private final int[] runLast;
  private final StreakStatus status;
  private final int length;
  private final int longest;
  private final @Nullable Instant restorableUntil;
  private final List<Integer> milestones;

  private GroupStreak(GroupKey key, int[] qualifyingDays, long[] cells, long[] restores, long anchor,
      List<StreakRun> runs, int[] runFirst, int[] runLast, StreakStatus status, int length, int longest,
      @Nullable Instant restorableUntil, List<Integer> milestones) {
    this.key = key;
    this.qualifyingDays = qualifyingDays;
    this.cells = cells;
    this.restores = restores;
    this.anchor = anchor;
    this.runs = runs;
    this.runFirst = runFirst;
    this.runLast = runLast;
    this.status = status;
    this.length = length;
    this.longest = longest;
    this.restorableUntil = restorableUntil;
    this.milestones = milestones;
  }

  /** A run while it is being built. */
  private static final class Run {
    long first;
    long last;
    int length;
    int restores;

    Run(long first) {
      this.first = first;
      this.last = first;
      this.length = 1;
    }

    Instant end(Days days, long anchor) {
      return days.start(last + 2, anchor);
    }
  }

  /**
   * Computes a group's streaks from its qualifying days and restores.
   *
   * @throws RestoreRefusedException if one of {@code restores} breaks the policy
   */
  static GroupStreak compute(GroupKey key, int[] qualifyingDays, long[] cells, long[] restores, long anchor,
      Days days, StreakPolicy policy, Instant now) {
    List<Run> built = new ArrayList<>();
    int qi = 0;
    int ri = 0;
    while (qi < qualifyingDays.length || ri < restores.length) {
      long restoreDay = ri < restores.length ? days.day(restores[ri], anchor) : Long.MAX_VALUE;
      if (qi < qualifyingDays.length && qualifyingDays[qi] < restoreDay) {
        long q = qualifyingDays[qi++];
        Run current = built.isEmpty() ? null : built.get(built.size() - 1);
        if (current != null && q <= current.last + 1) {
          current.length++;
          current.last = Math.max(current.last, q);
        } else {
          built.add(new Run(q));
        }
      } else {
        applyRestore(key, built, restores, ri, restoreDay, anchor, days, policy);
        ri++;
      }
    }

    long today = days.day(now.getEpochSecond(), anchor);
    StreakStatus status = StreakStatus.ENDED;
    int length = 0;
    Instant restorableUntil = null;
    if (!built.isEmpty()) {
      Run latest = built.get(built.size() - 1);
      if (latest.last >= today) {
        status = StreakStatus.ACTIVE;
      } else if (latest.last == today - 1) {
        status = StreakStatus.AT_RISK;
      } else {
        Instant until = latest.end(days, anchor).plus(policy.restoreWindow());
        if (now.isBefore(until) && latest.length >= policy.daysToStart()
            && restoresWithin(restores, restores.length, now.getEpochSecond(), policy) < policy.restoresPerPeriod()) {
          status = StreakStatus.RESTORABLE;
          restorableUntil = until;
        }
      }
      if (status != StreakStatus.ENDED) {
        length = latest.length;
      }
    }

    List<StreakRun> runs = new ArrayList<>(built.size());
    int[] runFirst = new int[built.size()];
    int[] runLast = new int[built.size()];
    int longest = 0;
    for (int i = 0; i < built.size(); i++) {
      Run r = built.get(i);
      runs.add(new StreakRun(days.date(r.first, anchor), days.date(r.last, anchor), days.start(r.first, anchor),
          r.end(days, anchor), r.length, r.restores, r.length >= policy.daysToStart()));
      runFirst[i] = (int) r.first;
      runLast[i] = (int) r.last;
      longest = Math.max(longest, r.length);
    }
    List<Integer> reached = new ArrayList<>();
    for (int m : policy.milestones()) {
      if (m <= longest) {
        reached.add(m);
      }
    }
    return new GroupStreak(key, qualifyingDays, cells, restores, anchor, List.copyOf(runs), runFirst, runLast,
        status, length, longest, restorableUntil, List.copyOf(reached));
  }

  private static void applyRestore(GroupKey key, List<Run> built, long[] restores, int index, long restoreDay,
      long anchor, Days days, StreakPolicy policy) {
    long at = restores[index];
    Instant instant = Instant.ofEpochSecond(at);
    int target = built.size() - 1;
    while (target >= 0 && built.get(target).end(days, anchor).getEpochSecond() > at) {
      target--;
    }
    if (target < 0) {
      throw built.isEmpty()
          ? new RestoreRefusedException(Reason.NOTHING_TO_RESTORE, "restore of " + key + " at " + instant
              + " refused: there is no streak to restore")
          : new RestoreRefusedException(Reason.NOT_ENDED, "restore of " + key + " at " + instant
              + " refused: the streak has not ended (it ends at " + built.get(built.size() - 1).end(days, anchor) + ")");
    }
    Run run = built.get(target);
    Instant ended = run.end(days, anchor);
    Instant until = ended.plus(policy.restoreWindow());
    if (!instant.isBefore(until)) {
      throw new RestoreRefusedException(Reason.WINDOW_PASSED, "restore of " + key + " at " + instant
          + " refused: the streak ended at " + ended + " and could be restored until " + until
          + " (window " + policy.restoreWindow() + ")");
    }
    if (run.length < policy.daysToStart()) {
      throw new RestoreRefusedException(Reason.NOT_UNLOCKED, "restore of " + key + " at " + instant
          + " refused: the run that ended had " + run.length + " day(s), fewer than the " + policy.daysToStart()
          + " needed to show");
    }
    int used = restoresWithin(restores, index, at, policy);
    if (used >= policy.restoresPerPeriod()) {
      throw new RestoreRefusedException(Reason.QUOTA_USED, "restore of " + key + " at " + instant
          + " refused: " + used + " restore(s) already used in the " + policy.restorePeriod()
          + " before it, the policy allows " + policy.restoresPerPeriod());
    }
    run.last = Math.max(run.last, restoreDay);
    run.restores++;
    while (built.size() > target + 1 && built.get(target + 1).first <= run.last + 1) {
      Run next = built.remove(target + 1);
      run.length += next.length;
      run.last = Math.max(run.last, next.last);
      run.restores += next.restores;
    }
  }

  /** @return how many of the first {@code count} restores fall in {@code (at - period, at]} */
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

  /** @return whether day {@code d} belongs to an unlocked run */
  boolean inUnlockedRun(int d) {
    for (int i = 0; i < runFirst.length; i++) {
      if (d >= runFirst[i] && d <= runLast[i]) {
        return runs.get(i).isUnlocked();
      }
    }
    return false;
  }

  /** @return everyone in the pair or group, sorted */
  public List<String> participants() {
    return key.toList();
  }

  /**
   * @param participant an id
   * @return whether that person is in this pair or group
   */
  public boolean includes(String participant) {
    return key.indexOf(Objects.requireNonNull(participant, "participant")) >= 0;
  }

  /** @return where the latest streak stands */
  public StreakStatus status() {
    return status;
  }

  /**
   * @return the current streak's length in counted days: the latest run's length while it is active,
   *     at risk or restorable, 0 once it has ended for good
   */
  public int length() {
    return length;
  }

  /**
   * @return whether the current streak shows in the app: not ended, and at least the policy's days
   *     needed to show
   */
  public boolean isShown() {
    return status != StreakStatus.ENDED && !runs.isEmpty() && runs.get(runs.size() - 1).isUnlocked();
  }

  /** @return the latest run, whatever its status; empty if no day ever qualified */
  public Optional<StreakRun> latestRun() {
    return runs.isEmpty() ? Optional.empty() : Optional.of(runs.get(runs.size() - 1));
  }

  /**
   * @return when the latest run ends if nobody acts (for {@link StreakStatus#ACTIVE} and
   *     {@link StreakStatus#AT_RISK}), or ended (otherwise); empty if no day ever qualified
   */
  public Optional<Instant> endsAt() {
    return latestRun().map(StreakRun::endsAt);
  }

  /** @return until when a restore is accepted, if the status is {@link StreakStatus#RESTORABLE} */
  public Optional<Instant> restorableUntil() {
    return Optional.ofNullable(restorableUntil);
  }

  /** @return the longest run ever, in counted days (0 if no day ever qualified) */
  public int longest() {
    return longest;
  }

  /** @return every run, oldest first (the last one is the latest) */
  public List<StreakRun> runs() {
    return runs;
  }

  /** @return how many restores this pair or group used */
  public int restoresUsed() {
    return restores.length;
  }

  /** @return the policy's milestones the longest run reached, ascending */
  public List<Integer> milestonesReached() {
    return milestones;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof GroupStreak g && g.key.equals(key) && g.status == status && g.length == length
        && g.anchor == anchor && Arrays.equals(g.qualifyingDays, qualifyingDays) && Arrays.equals(g.cells, cells)
        && Arrays.equals(g.restores, restores) && g.runs.equals(runs) && Objects.equals(g.restorableUntil, restorableUntil);
  }

  @Override
  public int hashCode() {
    return Objects.hash(key, status, length, runs);
  }

  /** @return for example {@code alice+bob: 12 days ACTIVE (longest 30, ends 2024-06-14T22:00:00Z)} */
  @Override
  public String toString() {
    return key + ": " + length + (length == 1 ? " day " : " days ") + status + " (longest " + longest
        + endsAt().map(e -> (status == StreakStatus.ACTIVE || status == StreakStatus.AT_RISK ? ", ends " : ", ended ") + e)
            .orElse("")
        + ")";
  }
}
