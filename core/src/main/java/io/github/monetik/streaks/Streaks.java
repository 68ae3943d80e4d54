package io.github.monetik.streaks;

import io.github.monetik.internal.Checks;
import io.github.monetik.internal.Door;
import io.github.monetik.internal.RulesText;
import io.github.monetik.report.Provenance;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collector;

/**
 * The streak analysis: a policy, a time zone, and what it knows of the participants' ages.
 * Immutable and safe to share between threads.
 *
 * <pre>{@code
 * StreakReport report = Monetik.defaults().streaks().in(ZoneId.of("Europe/Berlin"))
 *     .analyze(interactions, Instant.now());
 * report.between("alice", "bob").map(GroupStreak::length);
 * }</pre>
 *
 * <p><b>Ages.</b> TikTok's DMs, and so streaks, are unavailable below the policy's
 * {@link StreakPolicy#minimumAge()}. The analysis learns ages from birth dates
 * ({@link #withBirthDates(Map)}): a pair or group keeps no streak on a day before each of its
 * participants with a known birth date had that age, and the report says which pairs and groups that
 * touched and how many days did not count ({@link StreakReport#ageLimited()}, its notes and rows).
 * A participant without a birth date is taken to be old enough; the report's notes say how many.
 */
public final class Streaks extends Door {
  /** The earliest birth date accepted. */
  public static final LocalDate EARLIEST_BIRTH_DATE = LocalDate.of(1900, 1, 1);

  /** The first birth date no longer accepted: the day of {@link Interaction#LATEST}. */
  public static final LocalDate LATEST_BIRTH_DATE = LocalDate.of(2100, 1, 1);

  private final StreakPolicy policy;
  private final ZoneId zone;
  private final Provenance provenance;
  private final SortedMap<String, LocalDate> birthDates;

  private Streaks(StreakPolicy policy, ZoneId zone, Provenance provenance, SortedMap<String, LocalDate> birthDates) {
    super(policy, zone, provenance, birthDates);
    this.policy = policy;
    this.zone = zone;
    this.provenance = provenance;
    this.birthDates = birthDates;
  }

  /**
   * {@return an analysis with that policy, in UTC until {@link #in(ZoneId)} says otherwise, knowing no birth dates}
   *
   * @param streakPolicy the streak policy to apply
   * @param provenance where it comes from, carried into every report
   * @throws NullPointerException if an argument is null
   */
  public static Streaks of(StreakPolicy streakPolicy, Provenance provenance) {
    return new Streaks(Checks.notNull(streakPolicy, "streakPolicy"), ZoneOffset.UTC, Checks.notNull(provenance, "provenance"),
        Collections.emptySortedMap());
  }

  /**
   * {@return a copy in that zone}
   *
   * @param zone the zone whose calendar days are the streak days (and that labels rolling days)
   * @throws NullPointerException if {@code zone} is null
   */
  public Streaks in(ZoneId zone) {
    return new Streaks(policy, Checks.notNull(zone, "zone"), provenance, birthDates);
  }

  /**
   * {@return a copy that knows those birth dates (and no others): the ages the policy's minimum age is checked against}
   *
   * @param birthDates participant id to birth date; an id not listed is taken to be old enough
   * @throws NullPointerException naming {@code birthDates}, a null key ({@code birthDates key}) or a
   *     null date ({@code birthDates['alice']})
   * @throws IllegalArgumentException naming the entry if an id is blank or a date lies outside
   *     [{@link #EARLIEST_BIRTH_DATE}, {@link #LATEST_BIRTH_DATE})
   */
  public Streaks withBirthDates(Map<String, LocalDate> birthDates) {
    Checks.notNull(birthDates, "birthDates");
    TreeMap<String, LocalDate> copy = new TreeMap<>();
    for (Map.Entry<String, LocalDate> e : birthDates.entrySet()) {
      String id = Checks.notNull(e.getKey(), "birthDates key");
      if (id.isBlank()) {
        throw Checks.invalid("birthDates key", "a non-blank id", id);
      }
      String name = "birthDates[" + Checks.echo(id) + "]";
      LocalDate born = Checks.notNull(e.getValue(), name);
      if (born.isBefore(EARLIEST_BIRTH_DATE) || !born.isBefore(LATEST_BIRTH_DATE)) {
        throw Checks.invalid(name, "in [" + EARLIEST_BIRTH_DATE + ", " + LATEST_BIRTH_DATE + ")", born);
      }
      copy.put(id, born);
    }
    return new Streaks(policy, zone, provenance, Collections.unmodifiableSortedMap(copy));
  }

  /** {@return the policy applied} */
  public StreakPolicy streakPolicy() {
    return policy;
  }

  /** {@return where this door's rules come from} */
  public Provenance provenance() {
    return provenance;
  }

  /** {@return the zone of the streak days} */
  public ZoneId zone() {
    return zone;
  }

  /** {@return the birth dates known, by participant id (sorted); empty unless {@link #withBirthDates(Map)} gave some} */
  public SortedMap<String, LocalDate> birthDates() {
    return birthDates;
  }

  /**
   * Analyses interactions as of an instant. The order of the interactions does not matter and an
   * interaction given twice counts once (equal by {@link Interaction#equals(Object)}); interactions
   * of kinds the policy does not count appear only in the daily activity. Runs in
   * {@code O(n log n)} on primitives; besides the result (proportional to pairs and days) it holds
   * one {@code long} per interaction while it runs.
   *
   * @param interactions the interactions, each at or before {@code now}
   * @param now the instant the statuses are judged at
   * @return the report
   * @throws NullPointerException naming {@code interactions}, {@code now} or a null element ({@code interactions[3]})
   * @throws IllegalArgumentException naming the field and value if {@code now} is outside
   *     [{@link Interaction#EARLIEST}, {@link Interaction#LATEST}) or an interaction is after it
   */
  public StreakReport analyze(Collection<? extends Interaction> interactions, Instant now) {
    return StreakEngine.analyze(interactions, now, this);
  }

  /**
   * A collector that analyses interactions as of an instant:
   * {@code interactions.parallelStream().collect(streaks.toReport(now))} gives what
   * {@link #analyze(Collection, Instant)} gives, for a stream of any size, order or split. A container
   * keeps one {@code long} per interaction, not the interaction; the one sort runs when the stream ends.
   *
   * @param now the instant the statuses are judged at
   * @return a collector of interactions into their report
   * @throws NullPointerException naming {@code now}, or (when collecting) on a null element
   *     ({@code interactions element}: a stream has no places)
   * @throws IllegalArgumentException naming the field and value if {@code now} is outside
   *     [{@link Interaction#EARLIEST}, {@link Interaction#LATEST}), or (when collecting) if an
   *     interaction is after it
   */
  public Collector<Interaction, ?, StreakReport> toReport(Instant now) {
    StreakEngine.requireNow(now); // before any element arrives
    return Collector.of(() -> StreakBatch.of(this, now), StreakBatch::accept, StreakBatch::merge, StreakBatch::finish,
        Collector.Characteristics.UNORDERED);
  }

  /**
   * {@return an empty batch of interactions judged at {@code now}: the collector
   *     {@link #toReport(Instant)} as a builder that an engine feeds, combines and ships as bytes}
   *
   * @param now the instant the statuses are judged at
   * @throws NullPointerException naming {@code now} if it is null
   * @throws IllegalArgumentException naming {@code now} and its value if it is outside
   *     [{@link Interaction#EARLIEST}, {@link Interaction#LATEST})
   */
  public StreakBatch batch(Instant now) {
    return StreakBatch.of(this, StreakEngine.requireNow(now));
  }

  /**
   * {@return the batch a form holds ({@link StreakBatch#toBytes()}), under this door's rules}
   *
   * @param form the bytes of a streak batch written under a door with the same policy, zone and birth dates
   * @throws NullPointerException naming {@code form} if it is null
   * @throws IllegalArgumentException naming {@code form}, the field and the byte offset if the bytes
   *     are not such a form: truncated, another header, kind or version, written under other rules,
   *     a value out of range, a state no interactions give (a pair or group without interactions,
   *     an interaction after {@code now}, ...) or bytes left over
   */
  public StreakBatch batch(byte[] form) {
    return StreakBatch.read(this, form);
  }

  /** {@return the digest of this door's rules as a batch's form records them: every field of the policy, the zone, the birth dates} */
  long rulesDigest() {
    RulesText t = new RulesText("streaks");
    StringBuilder kinds = new StringBuilder();
    for (InteractionKind k : InteractionKind.values()) {
      if (policy.countedKinds().contains(k)) {
        kinds.append(k.name()).append(' ');
      }
    }
    t.value("countedKinds", kinds).value("everyoneMustAct", policy.everyoneMustAct())
        .value("dayBoundary", policy.dayBoundary().name()).value("daysToStart", policy.daysToStart())
        .value("restoreWindow", policy.restoreWindow()).value("restoresPerPeriod", policy.restoresPerPeriod())
        .value("restorePeriod", policy.restorePeriod()).value("milestones", policy.milestones())
        .value("minimumAge", policy.minimumAge());
    for (InteractionKind k : InteractionKind.values()) {
      t.value("petPoints." + k.name(), policy.pointsFor(k));
    }
    t.value("petStages", policy.petStages()).texts("assumptions", policy.assumptions()).text("zone", zone.getId())
        .value("birthDates", birthDates.size());
    birthDates.forEach((id, date) -> t.text("birthDates.id", id).value("birthDates.date", date));
    return t.digest();
  }


  /** {@return for example {@code Streaks[Europe/Berlin, CALENDAR_DAY]}, with the number of birth dates known if any} */
  @Override
  public String toString() {
    return "Streaks[" + zone + ", " + policy.dayBoundary() + (birthDates.isEmpty() ? "" : ", " + birthDates.size()
        + " birth dates") + "]";
  }
}
