package io.github.monetik.streaks;

import io.github.monetik.internal.Checks;
import io.github.monetik.internal.MonetikStyle;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * What keeps a streak alive: which interaction kinds count, whether everyone or anyone must act
 * each day, what a day is, how many days a streak needs before it shows, the restore rule, the
 * milestones, the Streak Pets, the minimum age, and the assumptions made where TikTok is silent.
 * TikTok publishes little of this; the presets in {@code Rules} cite what is known and carry their
 * {@link #assumptions()} into every report's notes.
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
 * streak continues with the next qualifying day. The quota is a rolling period, not a calendar month.
 *
 * <p><b>Groups.</b> A group chat (three to {@link Interaction#MAX_PARTICIPANTS} participants) keeps
 * its own streak by the same rules as a pair: with {@link #everyoneMustAct()} a day counts when every
 * member acted, otherwise when any one did; its restores, quota, milestones and pet are its own.
 *
 * <p><b>Streak Pets.</b> A pet belongs to the current streak of a pair or group (while its
 * {@link GroupStreak#length()} is above 0): it earns {@link #petPoints()} for each interaction on the
 * streak's counted days and reaches a stage at each of {@link #petStages()} days. With no stages the
 * policy has no pets.
 *
 * <p><b>Age.</b> With a {@link #minimumAge()} above 0, a day counts for a pair or group only when
 * each participant whose birth date the analysis knows ({@link Streaks#withBirthDates}) had reached
 * that age on it; the days that would have counted otherwise are reported, never dropped silently
 * ({@link GroupStreak#underAgeDays()}). A participant without a birth date is taken to be old enough,
 * and the report's notes say so.
 */
@Value.Immutable(copy = false, builder = false)
@MonetikStyle
public abstract class StreakPolicy {
  /** The longest restore window and restore period accepted: 100 years, beyond any analysis' span. */
  public static final Duration LONGEST_PERIOD = Duration.ofDays(36_525);

  /** The highest minimum age accepted. */
  public static final int OLDEST_MINIMUM_AGE = 150;

  StreakPolicy() {}

  /** {@return a builder; the kinds, who must act, the day boundary, days to start and the restore rule are required} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the kinds of interaction that keep a streak alive (others count only as activity)} */
  @Value.Parameter
  public abstract Set<InteractionKind> countedKinds();

  /**
   * {@return {@code true} if every participant must act on a day for it to count (official DM streaks: both), {@code false} if any one of them is enough}
   */
  @Value.Parameter
  public abstract boolean everyoneMustAct();

  /** {@return what a day is: calendar days in the analysis' zone, or rolling 24-hour periods} */
  @Value.Parameter
  public abstract DayBoundary dayBoundary();

  /** {@return consecutive qualifying days before a streak shows (is unlocked); at least 1} */
  @Value.Parameter
  public abstract int daysToStart();

  /** {@return how long after a streak ended a restore is still accepted; 0 to {@link #LONGEST_PERIOD}} */
  @Value.Parameter
  public abstract Duration restoreWindow();

  /** {@return how many restores one pair or group may use per {@link #restorePeriod()}; 0 disables restores} */
  @Value.Parameter
  public abstract int restoresPerPeriod();

  /** {@return the rolling period the restore quota counts over; positive, at most {@link #LONGEST_PERIOD}} */
  @Value.Parameter
  public abstract Duration restorePeriod();

  /** {@return the streak lengths worth celebrating, ascending, each at least 1} */
  @Value.Parameter
  public abstract List<Integer> milestones();

  /**
   * {@return the age a participant must have reached on a day for the day to count (DMs are unavailable to younger people); 0, the default, for no limit}
   */
  @Value.Parameter
  public abstract int minimumAge();

  /** {@return the Streak Pet points each interaction of a kind earns (a kind not listed earns none); empty, the default, for no points} */
  @Value.Parameter
  public abstract Map<InteractionKind, Integer> petPoints();

  /** {@return the streak lengths at which a Streak Pet reaches its next stage, ascending, each at least 1; empty, the default, for no pets} */
  @Value.Parameter
  public abstract List<Integer> petStages();

  /** {@return what the policy assumes where its sources are silent, one sentence each; every report lists them in its notes} */
  @Value.Parameter
  public abstract List<String> assumptions();

  private StreakPolicy copy(UnaryOperator<Builder> change) {
    return change.apply(builder().from(this)).build();
  }

  /**
   * {@return a copy counting those kinds}
   *
   * @param countedKinds the kinds that count, at least one
   * @throws NullPointerException naming {@code countedKinds} or a null element ({@code countedKinds[1]})
   * @throws IllegalArgumentException if there is no kind
   */
  public StreakPolicy withCountedKinds(Iterable<InteractionKind> countedKinds) {
    List<InteractionKind> kinds = Checks.elements(countedKinds, "countedKinds");
    return copy(b -> b.countedKinds(kinds));
  }

  /**
   * {@return a copy with that rule}
   *
   * @param everyoneMustAct whether every participant must act each day
   */
  public StreakPolicy withEveryoneMustAct(boolean everyoneMustAct) {
    return copy(b -> b.everyoneMustAct(everyoneMustAct));
  }

  /**
   * {@return a copy with that day boundary}
   *
   * @param dayBoundary what a day is
   * @throws NullPointerException naming {@code dayBoundary}
   */
  public StreakPolicy withDayBoundary(DayBoundary dayBoundary) {
    Checks.notNull(dayBoundary, "dayBoundary");
    return copy(b -> b.dayBoundary(dayBoundary));
  }

  /**
   * {@return a copy with that number}
   *
   * @param daysToStart consecutive days before a streak shows
   * @throws IllegalArgumentException if it is below 1
   */
  public StreakPolicy withDaysToStart(int daysToStart) {
    return copy(b -> b.daysToStart(daysToStart));
  }

  /**
   * {@return a copy with that window}
   *
   * @param restoreWindow how long after the end a restore is accepted
   * @throws NullPointerException naming {@code restoreWindow}
   * @throws IllegalArgumentException if it is negative or longer than {@link #LONGEST_PERIOD}
   */
  public StreakPolicy withRestoreWindow(Duration restoreWindow) {
    Checks.notNull(restoreWindow, "restoreWindow");
    return copy(b -> b.restoreWindow(restoreWindow));
  }

  /**
   * {@return a copy with that quota}
   *
   * @param restoresPerPeriod restores allowed per period
   * @throws IllegalArgumentException if it is negative
   */
  public StreakPolicy withRestoresPerPeriod(int restoresPerPeriod) {
    return copy(b -> b.restoresPerPeriod(restoresPerPeriod));
  }

  /**
   * {@return a copy with that period}
   *
   * @param restorePeriod the period the quota counts over
   * @throws NullPointerException naming {@code restorePeriod}
   * @throws IllegalArgumentException if it is not positive or longer than {@link #LONGEST_PERIOD}
   */
  public StreakPolicy withRestorePeriod(Duration restorePeriod) {
    Checks.notNull(restorePeriod, "restorePeriod");
    return copy(b -> b.restorePeriod(restorePeriod));
  }

  /**
   * {@return a copy with those milestones}
   *
   * @param milestones the streak lengths worth celebrating, ascending
   * @throws NullPointerException naming {@code milestones} or a null element ({@code milestones[2]})
   * @throws IllegalArgumentException if they are not strictly ascending from at least 1
   */
  public StreakPolicy withMilestones(Iterable<Integer> milestones) {
    List<Integer> days = Checks.elements(milestones, "milestones");
    return copy(b -> b.milestones(days));
  }

  /**
   * {@return a copy with that minimum age}
   *
   * @param minimumAge the age a participant must have reached for a day to count; 0 for no limit
   * @throws IllegalArgumentException if it is negative or above {@link #OLDEST_MINIMUM_AGE}
   */
  public StreakPolicy withMinimumAge(int minimumAge) {
    return copy(b -> b.minimumAge(minimumAge));
  }

  /**
   * {@return a copy with those Streak Pet points}
   *
   * @param petPoints points per interaction of each kind
   * @throws NullPointerException naming {@code petPoints}, a null key ({@code petPoints key}) or value ({@code petPoints[MESSAGE]})
   * @throws IllegalArgumentException if a value is negative
   */
  public StreakPolicy withPetPoints(Map<InteractionKind, Integer> petPoints) {
    Map<InteractionKind, Integer> points = checkedPoints(petPoints);
    return copy(b -> b.petPoints(points));
  }

  /**
   * {@return a copy with those Streak Pet stages}
   *
   * @param petStages the streak lengths of the pet's stages, ascending; empty for no pets
   * @throws NullPointerException naming {@code petStages} or a null element ({@code petStages[0]})
   * @throws IllegalArgumentException if they are not strictly ascending from at least 1
   */
  public StreakPolicy withPetStages(Iterable<Integer> petStages) {
    List<Integer> days = Checks.elements(petStages, "petStages");
    return copy(b -> b.petStages(days));
  }

  /**
   * {@return a copy with those assumptions}
   *
   * @param assumptions what the policy assumes, one sentence each
   * @throws NullPointerException naming {@code assumptions} or a null element ({@code assumptions[0]})
   * @throws IllegalArgumentException if one is blank
   */
  public StreakPolicy withAssumptions(Iterable<String> assumptions) {
    List<String> all = Checks.elements(assumptions, "assumptions");
    return copy(b -> b.assumptions(all));
  }

  private static Map<InteractionKind, Integer> checkedPoints(Map<InteractionKind, Integer> petPoints) {
    Checks.notNull(petPoints, "petPoints");
    for (Map.Entry<InteractionKind, Integer> e : petPoints.entrySet()) {
      InteractionKind kind = Checks.notNull(e.getKey(), "petPoints key");
      Checks.notNull(e.getValue(), "petPoints[" + kind + "]");
    }
    return petPoints;
  }

  @Value.Check
  void check() {
    if (countedKinds().isEmpty()) {
      throw Checks.invalid("countedKinds", "a non-empty set of kinds", countedKinds());
    }
    Checks.positive(daysToStart(), "daysToStart");
    if (restoreWindow().isNegative() || restoreWindow().compareTo(LONGEST_PERIOD) > 0) {
      throw Checks.invalid("restoreWindow", "in [PT0S, " + LONGEST_PERIOD + "]", restoreWindow());
    }
    Checks.nonNegative(restoresPerPeriod(), "restoresPerPeriod");
    if (restorePeriod().isNegative() || restorePeriod().isZero() || restorePeriod().compareTo(LONGEST_PERIOD) > 0) {
      throw Checks.invalid("restorePeriod", "positive and at most " + LONGEST_PERIOD, restorePeriod());
    }
    ascending("milestones", milestones());
    if (minimumAge() < 0 || minimumAge() > OLDEST_MINIMUM_AGE) {
      throw Checks.invalid("minimumAge", "in [0, " + OLDEST_MINIMUM_AGE + "]", minimumAge());
    }
    petPoints().forEach((kind, points) -> Checks.nonNegative(points, "petPoints[" + kind + "]"));
    ascending("petStages", petStages());
    for (int i = 0; i < assumptions().size(); i++) {
      Checks.notBlank(assumptions().get(i), "assumptions[" + i + "]");
    }
  }

  private static void ascending(String name, List<Integer> days) {
    int previous = 0;
    for (int d : days) {
      if (d <= previous) {
        throw Checks.invalid(name, ">= 1 and strictly ascending", days);
      }
      previous = d;
    }
  }

  /**
   * {@return the points an interaction of that kind earns a Streak Pet (0 if the kind earns none)}
   *
   * @param kind a kind
   */
  int pointsFor(InteractionKind kind) {
    return petPoints().getOrDefault(kind, 0);
  }

  /**
   * {@return the policy: a first line saying what counts, by whom, per which day, unlock and restores; then milestones, minimum age, Streak Pets and assumptions, one per line}
   */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder().append(countedKinds()).append(everyoneMustAct() ? " by everyone" : " by anyone")
        .append(" per ").append(dayBoundary()).append(", shows after ").append(daysToStart()).append(" days, restore within ")
        .append(restoreWindow().toHours()).append(" h (").append(restoresPerPeriod()).append(" per ")
        .append(restorePeriod().toDays()).append(" days)");
    if (!milestones().isEmpty()) {
      b.append("\n  milestones: ").append(joined(milestones())).append(" days");
    }
    if (minimumAge() > 0) {
      b.append("\n  minimum age: ").append(minimumAge());
    }
    if (!petStages().isEmpty()) {
      b.append("\n  streak pets: stages at ").append(joined(petStages())).append(" days; points");
      for (InteractionKind k : InteractionKind.values()) {
        if (pointsFor(k) > 0) {
          b.append(' ').append(k.code()).append(" +").append(pointsFor(k));
        }
      }
    }
    for (String a : assumptions()) {
      b.append("\n  assumption: ").append(a);
    }
    return b.toString();
  }

  private static String joined(List<Integer> days) {
    StringBuilder b = new StringBuilder();
    for (int d : days) {
      b.append(b.length() == 0 ? "" : ", ").append(d);
    }
    return b.toString();
  }

  /**
   * Builds a {@link StreakPolicy}; {@link #build()} checks the fields and names a bad one. Each
   * method names a null argument or element in its {@code NullPointerException}. Not thread-safe.
   */
  public static final class Builder {
    private final EnumSet<InteractionKind> countedKinds = EnumSet.noneOf(InteractionKind.class);
    private @Nullable Boolean everyoneMustAct;
    private @Nullable DayBoundary dayBoundary;
    private @Nullable Integer daysToStart;
    private @Nullable Duration restoreWindow;
    private @Nullable Integer restoresPerPeriod;
    private @Nullable Duration restorePeriod;
    private final List<Integer> milestones = new ArrayList<>();
    private int minimumAge;
    private final EnumMap<InteractionKind, Integer> petPoints = new EnumMap<>(InteractionKind.class);
    private final List<Integer> petStages = new ArrayList<>();
    private final List<String> assumptions = new ArrayList<>();

    Builder() {}

    /**
     * {@return this builder, holding every field of {@code policy}}
     *
     * @param policy a policy to start from
     */
    public Builder from(StreakPolicy policy) {
      Checks.notNull(policy, "policy");
      countedKinds(policy.countedKinds()).everyoneMustAct(policy.everyoneMustAct()).dayBoundary(policy.dayBoundary())
          .daysToStart(policy.daysToStart()).restoreWindow(policy.restoreWindow())
          .restoresPerPeriod(policy.restoresPerPeriod()).restorePeriod(policy.restorePeriod())
          .milestones(policy.milestones()).minimumAge(policy.minimumAge()).petPoints(policy.petPoints())
          .petStages(policy.petStages()).assumptions(policy.assumptions());
      return this;
    }

    /**
     * {@return this builder, counting exactly those kinds}
     *
     * @param countedKinds the kinds that keep a streak alive
     */
    public Builder countedKinds(Iterable<InteractionKind> countedKinds) {
      List<InteractionKind> kinds = Checks.elements(countedKinds, "countedKinds");
      this.countedKinds.clear();
      this.countedKinds.addAll(kinds);
      return this;
    }

    /**
     * {@return this builder, counting those kinds too}
     *
     * @param countedKinds more kinds that keep a streak alive
     */
    public Builder addCountedKinds(InteractionKind... countedKinds) {
      this.countedKinds.addAll(Checks.elements(Arrays.asList(Checks.notNull(countedKinds, "countedKinds")), "countedKinds"));
      return this;
    }

    /**
     * {@return this builder, with that rule}
     *
     * @param everyoneMustAct whether every participant must act each day
     */
    public Builder everyoneMustAct(boolean everyoneMustAct) {
      this.everyoneMustAct = everyoneMustAct;
      return this;
    }

    /**
     * {@return this builder, with that day boundary}
     *
     * @param dayBoundary what a day is
     */
    public Builder dayBoundary(DayBoundary dayBoundary) {
      this.dayBoundary = Checks.notNull(dayBoundary, "dayBoundary");
      return this;
    }

    /**
     * {@return this builder, with that number}
     *
     * @param daysToStart consecutive days before a streak shows
     */
    public Builder daysToStart(int daysToStart) {
      this.daysToStart = daysToStart;
      return this;
    }

    /**
     * {@return this builder, with that window}
     *
     * @param restoreWindow how long after the end a restore is accepted
     */
    public Builder restoreWindow(Duration restoreWindow) {
      this.restoreWindow = Checks.notNull(restoreWindow, "restoreWindow");
      return this;
    }

    /**
     * {@return this builder, with that quota}
     *
     * @param restoresPerPeriod restores allowed per period
     */
    public Builder restoresPerPeriod(int restoresPerPeriod) {
      this.restoresPerPeriod = restoresPerPeriod;
      return this;
    }

    /**
     * {@return this builder, with that period}
     *
     * @param restorePeriod the period the quota counts over
     */
    public Builder restorePeriod(Duration restorePeriod) {
      this.restorePeriod = Checks.notNull(restorePeriod, "restorePeriod");
      return this;
    }

    /**
     * {@return this builder, with exactly those milestones}
     *
     * @param milestones the streak lengths worth celebrating, ascending
     */
    public Builder milestones(Iterable<Integer> milestones) {
      List<Integer> days = Checks.elements(milestones, "milestones");
      this.milestones.clear();
      this.milestones.addAll(days);
      return this;
    }

    /**
     * {@return this builder, with those milestones too}
     *
     * @param milestones more streak lengths worth celebrating, ascending after the others
     */
    public Builder addMilestones(int... milestones) {
      for (int m : Checks.notNull(milestones, "milestones")) {
        this.milestones.add(m);
      }
      return this;
    }

    /**
     * {@return this builder, with that minimum age (0, the default, for no limit)}
     *
     * @param minimumAge the age a participant must have reached for a day to count
     */
    public Builder minimumAge(int minimumAge) {
      this.minimumAge = minimumAge;
      return this;
    }

    /**
     * {@return this builder, with exactly those Streak Pet points}
     *
     * @param petPoints points per interaction of each kind
     */
    public Builder petPoints(Map<InteractionKind, Integer> petPoints) {
      Map<InteractionKind, Integer> points = checkedPoints(petPoints);
      this.petPoints.clear();
      this.petPoints.putAll(points);
      return this;
    }

    /**
     * {@return this builder, with the Streak Pet points of one kind}
     *
     * @param kind the kind
     * @param points the points each interaction of that kind earns
     */
    public Builder putPetPoints(InteractionKind kind, int points) {
      this.petPoints.put(Checks.notNull(kind, "kind"), points);
      return this;
    }

    /**
     * {@return this builder, with exactly those Streak Pet stages}
     *
     * @param petStages the streak lengths of the pet's stages, ascending
     */
    public Builder petStages(Iterable<Integer> petStages) {
      List<Integer> days = Checks.elements(petStages, "petStages");
      this.petStages.clear();
      this.petStages.addAll(days);
      return this;
    }

    /**
     * {@return this builder, with those Streak Pet stages too}
     *
     * @param petStages more stage lengths, ascending after the others
     */
    public Builder addPetStages(int... petStages) {
      for (int d : Checks.notNull(petStages, "petStages")) {
        this.petStages.add(d);
      }
      return this;
    }

    /**
     * {@return this builder, with exactly those assumptions}
     *
     * @param assumptions what the policy assumes, one sentence each
     */
    public Builder assumptions(Iterable<String> assumptions) {
      List<String> all = Checks.elements(assumptions, "assumptions");
      this.assumptions.clear();
      this.assumptions.addAll(all);
      return this;
    }

    /**
     * {@return this builder, with those assumptions too}
     *
     * @param assumptions more sentences
     */
    public Builder addAssumptions(String... assumptions) {
      this.assumptions.addAll(Checks.elements(Arrays.asList(Checks.notNull(assumptions, "assumptions")), "assumptions"));
      return this;
    }

    /**
     * {@return the policy}
     *
     * @throws IllegalStateException naming the required fields not set
     * @throws IllegalArgumentException naming the field and value that break a rule of the policy
     */
    public StreakPolicy build() {
      Boolean everyone = everyoneMustAct;
      DayBoundary boundary = dayBoundary;
      Integer start = daysToStart;
      Duration window = restoreWindow;
      Integer quota = restoresPerPeriod;
      Duration period = restorePeriod;
      if (everyone == null || boundary == null || start == null || window == null || quota == null || period == null) {
        List<String> missing = new ArrayList<>();
        String[] names = {"everyoneMustAct", "dayBoundary", "daysToStart", "restoreWindow", "restoresPerPeriod", "restorePeriod"};
        Object[] values = {everyone, boundary, start, window, quota, period};
        for (int i = 0; i < names.length; i++) {
          if (values[i] == null) {
            missing.add(names[i]);
          }
        }
        throw new IllegalStateException("a streak policy needs " + missing + ", which were not set");
      }
      return ImmutableStreakPolicy.of(countedKinds, everyone, boundary, start, window, quota, period, milestones,
          minimumAge, petPoints, petStages, assumptions);
    }
  }
}
