package io.github.monetik.streaks;

import io.github.monetik.internal.Checks;
import io.github.monetik.streaks.RestoreRefusedException.Refusal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The engine's second half: a pair's or group's runs, restores, status, milestones and pet, from its
 * {@link GroupHistory}, as {@link StreakPolicy} says (its javadoc states the restore rule exactly).
 * The runs are built in parallel primitive arrays, oldest first: first and last kept day numbers,
 * counted days, restores joined.
 */
final class Runs {
  int size;
  int[] first = new int[8];
  int[] last = new int[8];
  int[] length = new int[8];
  int[] restores = new int[8];

  private Runs() {}

  private void add(int day) {
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

  /** {@return when run {@code i} ends if nobody acts: the end of the first wholly missed day after it} */
  private Instant end(int i, Days days, long anchor) {
    return days.start(last[i] + 2L, anchor);
  }

  /**
   * Computes a pair's or group's streak from its history as of {@code now}.
   *
   * @throws RestoreRefusedException if one of the history's restores breaks the policy
   */
  static GroupStreak streakOf(GroupHistory h, Days days, StreakPolicy policy, Instant now) {
    Runs built = new Runs();
    int[] qualifying = h.qualifyingDays;
    long[] restores = h.restores;
    int qi = 0;
    int ri = 0;
    while (qi < qualifying.length || ri < restores.length) {
      long restoreDay = ri < restores.length ? days.day(restores[ri], h.anchor) : Long.MAX_VALUE;
      if (qi < qualifying.length && qualifying[qi] < restoreDay) {
        int q = qualifying[qi++];
        int current = built.size - 1;
        if (current >= 0 && q <= built.last[current] + 1) {
          built.length[current]++;
          built.last[current] = Math.max(built.last[current], q);
        } else {
          built.add(q);
        }
      } else {
        built.restore(h, ri, (int) restoreDay, days, policy);
        ri++;
      }
    }

    long today = days.day(now.getEpochSecond(), h.anchor);
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
        Instant until = built.end(latest, days, h.anchor).plus(policy.restoreWindow());
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
    // The pet lives with the current streak: the points of the latest run's counted days.
    long petPoints = 0;
    if (length > 0) {
      for (int i = qualifying.length - 1; i >= 0 && qualifying[i] >= built.first[latest]; i--) {
        petPoints += h.dayPoints[i];
      }
    }
    return new GroupStreak(h.key, days, h.anchor, policy.daysToStart(), built, status, length, longest, restorableUntil,
        reached(policy.milestones(), longest), restores.length, petPoints, stage(policy.petStages(), length),
        h.countsFrom, h.underAgeDays);
  }

  private static List<Integer> reached(List<Integer> marks, int days) {
    List<Integer> reached = new ArrayList<>();
    for (int m : marks) {
      if (m <= days) {
        reached.add(m);
      }
    }
    return List.copyOf(reached);
  }

  private static int stage(List<Integer> stages, int days) {
    int n = 0;
    while (n < stages.size() && stages.get(n) <= days) {
      n++;
    }
    return n;
  }

  private void restore(GroupHistory h, int index, int restoreDay, Days days, StreakPolicy policy) {
    long at = h.restores[index];
    Instant instant = Instant.ofEpochSecond(at);
    String what = "restore of " + Checks.echo(h.key) + " at " + instant + " refused: ";
    int target = size - 1;
    while (target >= 0 && end(target, days, h.anchor).getEpochSecond() > at) {
      target--;
    }
    if (target < 0) {
      throw size == 0
          ? new RestoreRefusedException(Refusal.NOTHING_TO_RESTORE, what + "there is no streak to restore")
          : new RestoreRefusedException(Refusal.NOT_ENDED, what + "the streak has not ended (it ends at "
              + end(size - 1, days, h.anchor) + ")");
    }
    Instant ended = end(target, days, h.anchor);
    Instant until = ended.plus(policy.restoreWindow());
    if (!instant.isBefore(until)) {
      throw new RestoreRefusedException(Refusal.WINDOW_PASSED, what + "the streak ended at " + ended
          + " and could be restored until " + until + " (window " + policy.restoreWindow() + ")");
    }
    if (length[target] < policy.daysToStart()) {
      throw new RestoreRefusedException(Refusal.NOT_UNLOCKED, what + "the run that ended had " + length[target]
          + " day(s), fewer than the " + policy.daysToStart() + " needed to show");
    }
    int used = restoresWithin(h.restores, index, at, policy);
    if (used >= policy.restoresPerPeriod()) {
      throw new RestoreRefusedException(Refusal.QUOTA_USED, what + used + " restore(s) already used in the "
          + policy.restorePeriod() + " before it, the policy allows " + policy.restoresPerPeriod());
    }
    last[target] = Math.max(last[target], restoreDay);
    restores[target]++;
    // At most one run follows the target: one that has not ended by the restore started no later than
    // the restore's day (later days are not read yet), so the bridge reaches it, and it is the last.
    if (size > target + 1) {
      length[target] += length[target + 1];
      last[target] = Math.max(last[target], last[target + 1]);
      restores[target] += restores[target + 1];
      size--;
    }
  }

  /** {@return how many of the first {@code count} restores fall in {@code (at - period, at]}} */
  private static int restoresWithin(long[] restores, int count, long at, StreakPolicy policy) {
    long from = at - policy.restorePeriod().toSeconds();
    int n = 0;
    for (int i = 0; i < count; i++) {
      if (restores[i] > from && restores[i] <= at) {
        n++;
      }
    }
    return n;
  }
}
