package io.github.monetik.streaks;

import io.github.monetik.internal.MonetikStyle;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;

/**
 * What keeps a streak alive: which interaction kinds count, whether everyone or anyone must act
 * each day, what a day is, how many days a streak needs before it shows, the restore rule and the
 * milestones. TikTok publishes little of this; the presets in {@code Rules} cite what is known.
 *
 * <pre>{@code
 * StreakPolicy p = StreakPolicy.builder()
 *     .addCountedKinds(InteractionKind.MESSAGE, InteractionKind.SHARED_VIDEO)
 *     .everyoneMustAct(true).dayBoundary(DayBoundary.CALENDAR_DAY).daysToStart(3)
 *     .restoreWindow(Duration.ofHours(48)).restoresPerPeriod(1).restorePeriod(Duration.ofDays(30))
 *     .addMilestones(3, 7, 30, 100, 365).build();
 * }</pre>
 *
 * <p><b>Restores, precisely.</b> A streak ends at the end of its first wholly missed day ({@code E}).
 * A restore at instant {@code r} is accepted when {@code E <= r < E + restoreWindow}, the streak had
 * reached {@link #daysToStart()} days, and fewer than {@link #restoresPerPeriod()} restores of the
 * same pair or group fall in {@code (r - restorePeriod, r]}. It brings the old count back: the
 * missed days up to and including the restore's day are bridged (kept, but not counted), so the
 * streak continues with the next qualifying day.
 */
@Value.Immutable
@MonetikStyle
public abstract class StreakPolicy {
  StreakPolicy() {}

  /** {@return a builder; every field is required} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link StreakPolicy}; {@code build()} checks the fields and names a bad one. */
  public static final class Builder extends ImmutableStreakPolicy.Builder {
    Builder() {}
  }

  /** {@return the kinds of interaction that keep a streak alive (others count only as engagement)} */
  public abstract Set<InteractionKind> countedKinds();

  /**
   * {@return {@code true} if every participant must act on a day for it to count (official DM streaks: both), {@code false} if any one of them is enough}
   */
  public abstract boolean everyoneMustAct();

  /** {@return what a day is: calendar days in the analysis' zone, or rolling 24-hour periods} */
  public abstract DayBoundary dayBoundary();

  /** {@return consecutive qualifying days before a streak shows (is unlocked); at least 1} */
  public abstract int daysToStart();

  /** {@return how long after a streak ended a restore is still accepted; not negative} */
  public abstract Duration restoreWindow();

  /** {@return how many restores one pair or group may use per {@link #restorePeriod()}; 0 disables restores} */
  public abstract int restoresPerPeriod();

  /** {@return the rolling period the restore quota counts over; positive} */
  public abstract Duration restorePeriod();

  /** {@return the streak lengths worth celebrating, ascending, each at least 1} */
  public abstract List<Integer> milestones();

  /**
   * {@return a copy counting those kinds}
   *
   * @param countedKinds the kinds that count
   */
  public abstract StreakPolicy withCountedKinds(Iterable<InteractionKind> countedKinds);

  /**
   * {@return a copy with that rule}
   *
   * @param everyoneMustAct whether every participant must act each day
   */
  public abstract StreakPolicy withEveryoneMustAct(boolean everyoneMustAct);

  /**
   * {@return a copy with that day boundary}
   *
   * @param dayBoundary what a day is
   */
  public abstract StreakPolicy withDayBoundary(DayBoundary dayBoundary);

  /**
   * {@return a copy with that number}
   *
   * @param daysToStart consecutive days before a streak shows
   */
  public abstract StreakPolicy withDaysToStart(int daysToStart);

  /**
   * {@return a copy with that window}
   *
   * @param restoreWindow how long after the end a restore is accepted
   */
  public abstract StreakPolicy withRestoreWindow(Duration restoreWindow);

  /**
   * {@return a copy with that quota}
   *
   * @param restoresPerPeriod restores allowed per period
   */
  public abstract StreakPolicy withRestoresPerPeriod(int restoresPerPeriod);

  /**
   * {@return a copy with that period}
   *
   * @param restorePeriod the period the quota counts over
   */
  public abstract StreakPolicy withRestorePeriod(Duration restorePeriod);

  /**
   * {@return a copy with those milestones}
   *
   * @param milestones the streak lengths worth celebrating, ascending
   */
  public abstract StreakPolicy withMilestones(Iterable<Integer> milestones);

  @Value.Check
  void check() {
    if (countedKinds().isEmpty()) {
      throw new IllegalArgumentException("countedKinds must name at least one kind, was []");
    }
    if (daysToStart() < 1) {
      throw new IllegalArgumentException("daysToStart must be >= 1, was " + daysToStart());
    }
    if (restoreWindow().isNegative()) {
      throw new IllegalArgumentException("restoreWindow must not be negative, was " + restoreWindow());
    }
    if (restoresPerPeriod() < 0) {
      throw new IllegalArgumentException("restoresPerPeriod must be >= 0, was " + restoresPerPeriod());
    }
    if (restorePeriod().isNegative() || restorePeriod().isZero()) {
      throw new IllegalArgumentException("restorePeriod must be positive, was " + restorePeriod());
    }
    int previous = 0;
    for (int m : milestones()) {
      if (m <= previous) {
        throw new IllegalArgumentException("milestones must be >= 1 and strictly ascending, was " + milestones());
      }
      previous = m;
    }
  }

  /** {@return one line: what counts, by whom, per which day, unlock and restores} */
  @Override
  public String toString() {
    return countedKinds() + (everyoneMustAct() ? " by everyone" : " by anyone") + " per " + dayBoundary()
        + ", shows after " + daysToStart() + " days, restore within " + restoreWindow().toHours() + " h ("
        + restoresPerPeriod() + " per " + restorePeriod().toDays() + " days)";
  }
}
