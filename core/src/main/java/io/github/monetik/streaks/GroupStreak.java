package io.github.monetik.streaks;

import io.github.monetik.internal.Checks;
import io.github.monetik.internal.TextTable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.IntConsumer;
import org.jspecify.annotations.Nullable;

/**
 * The streak of one pair or group as of the report's instant: the current streak (its length,
 * status and when it ends if nobody acts), the longest, every run, the restores used, the milestones
 * reached, its Streak Pet, and what a participant's age kept from counting. A plain result, made by
 * the analysis ({@link StreakReport#groups()}); immutable and safe to share between threads.
 */
public final class GroupStreak {
  private final GroupKey key;
  private final Days days;
  private final long anchor;
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
  private final int restoresUsed;
  private final long petPoints;
  private final int petStage;
  private final @Nullable LocalDate countsFrom;
  private final int underAgeDays;
  /** Built on first use (racy single-check: the list and its runs are immutable). */
  private @Nullable List<StreakRun> runs;

  GroupStreak(GroupKey key, Days days, long anchor, int daysToStart, Runs built, StreakStatus status, int length,
      int longest, @Nullable Instant restorableUntil, List<Integer> milestones, int restoresUsed, long petPoints,
      int petStage, @Nullable LocalDate countsFrom, int underAgeDays) {
    this.key = key;
    this.days = days;
    this.anchor = anchor;
    this.daysToStart = daysToStart;
    this.runFirst = Arrays.copyOf(built.first, built.size);
    this.runLast = Arrays.copyOf(built.last, built.size);
    this.runLength = Arrays.copyOf(built.length, built.size);
    this.runRestores = Arrays.copyOf(built.restores, built.size);
    this.status = status;
    this.length = length;
    this.longest = longest;
    this.restorableUntil = restorableUntil;
    this.milestones = milestones;
    this.restoresUsed = restoresUsed;
    this.petPoints = petPoints;
    this.petStage = petStage;
    this.countsFrom = countsFrom;
    this.underAgeDays = underAgeDays;
  }

  GroupKey key() {
    return key;
  }

  /**
   * Calls {@code out} with each qualifying day that lies in an unlocked run.
   *
   * @param qualifyingDays this pair's or group's qualifying days, sorted: each lies in exactly one run
   */
  void forEachStreakDay(int[] qualifyingDays, IntConsumer out) {
    int q = 0;
    for (int i = 0; i < runFirst.length; i++) {
      int end = q;
      while (end < qualifyingDays.length && qualifyingDays[end] <= runLast[i]) {
        end++;
      }
      if (runLength[i] >= daysToStart) {
        for (int j = q; j < end; j++) {
          out.accept(qualifyingDays[j]);
        }
      }
      q = end;
    }
  }

  /** {@return everyone in the pair or group, sorted} */
  public List<String> participants() {
    return key.toList();
  }

  /**
   * {@return whether that person is in this pair or group}
   *
   * @param participant an id
   * @throws NullPointerException if {@code participant} is null
   */
  public boolean includes(String participant) {
    return key.indexOf(Checks.notNull(participant, "participant")) >= 0;
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
    // A status other than ENDED means a latest run exists.
    return status != StreakStatus.ENDED && runLength[runLength.length - 1] >= daysToStart;
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
    return runFirst.length == 0 ? Optional.empty() : Optional.of(days.start(runLast[runLast.length - 1] + 2L, anchor));
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
    return restoresUsed;
  }

  /** {@return the policy's milestones the longest run reached, ascending} */
  public List<Integer> milestonesReached() {
    return milestones;
  }

  /**
   * {@return the Streak Pet's points: those every interaction on the current streak's counted days earned ({@link StreakPolicy#petPoints()}); 0 once the streak has ended or when the policy has no pets}
   */
  public long petPoints() {
    return petPoints;
  }

  /**
   * {@return the Streak Pet's stage: how many of the policy's {@link StreakPolicy#petStages()} the current streak's length reached (0 before the first, or once the streak has ended)}
   */
  public int petStage() {
    return petStage;
  }

  /**
   * {@return the first date on which every participant with a known birth date had reached the policy's {@link StreakPolicy#minimumAge()}, when that came after the pair's or group's first interaction: earlier days keep no streak; empty when no known age limits it}
   */
  public Optional<LocalDate> countsFrom() {
    return Optional.ofNullable(countsFrom);
  }

  /**
   * {@return the days before {@link #countsFrom()} that would have kept the streak had everyone been old enough (they are not counted anywhere else)}
   */
  public int underAgeDays() {
    return underAgeDays;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof GroupStreak g && g.key.equals(key) && g.status == status && g.length == length
        && g.longest == longest && g.anchor == anchor && g.daysToStart == daysToStart && g.restoresUsed == restoresUsed
        && g.petPoints == petPoints && g.petStage == petStage && g.underAgeDays == underAgeDays
        && Arrays.equals(g.runFirst, runFirst) && Arrays.equals(g.runLast, runLast) && Arrays.equals(g.runLength, runLength)
        && Arrays.equals(g.runRestores, runRestores) && g.days.sameLabels(days) && g.milestones.equals(milestones)
        && Objects.equals(g.restorableUntil, restorableUntil) && Objects.equals(g.countsFrom, countsFrom);
  }

  @Override
  public int hashCode() {
    return Objects.hash(key, status, length, longest, Arrays.hashCode(runLength), petPoints, underAgeDays);
  }

  /**
   * {@return for example {@code alice+bob: 12 days ACTIVE (longest 30, ends 2024-06-14T22:00:00Z, pet stage 2, 57 points)}}
   */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder().append(key).append(": ").append(length).append(length == 1 ? " day " : " days ")
        .append(status).append(" (longest ").append(longest);
    endsAt().ifPresent(e -> b.append(status == StreakStatus.ACTIVE || status == StreakStatus.AT_RISK ? ", ends " : ", ended ")
        .append(e));
    if (petStage > 0 || petPoints > 0) {
      b.append(", pet stage ").append(petStage).append(", ").append(TextTable.grouped(petPoints)).append(petPoints == 1 ? " point" : " points");
    }
    if (countsFrom != null) {
      b.append(", counts from ").append(countsFrom).append(" (").append(underAgeDays).append(" under-age days)");
    }
    return b.append(')').toString();
  }
}
