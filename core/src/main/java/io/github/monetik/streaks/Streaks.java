package io.github.monetik.streaks;

import io.github.monetik.internal.Checks;
import io.github.monetik.report.Provenance;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Objects;
import java.util.stream.Collector;
import org.jspecify.annotations.Nullable;

/**
 * The streak analysis: a policy and a time zone. Immutable and safe to share between threads.
 *
 * <pre>{@code
 * StreakReport report = Monetik.defaults().streaks().in(ZoneId.of("Europe/Berlin"))
 *     .analyze(interactions, Instant.now());
 * report.between("alice", "bob").map(GroupStreak::length);
 * }</pre>
 */
public final class Streaks {
  private final StreakPolicy policy;
  private final ZoneId zone;
  private final Provenance provenance;

  private Streaks(StreakPolicy policy, ZoneId zone, Provenance provenance) {
    this.policy = policy;
    this.zone = zone;
    this.provenance = provenance;
  }

  /**
   * {@return an analysis with that policy, in UTC until {@link #in(ZoneId)} says otherwise}
   *
   * @param streakPolicy the streak policy to apply
   * @param provenance where it comes from, carried into every report
   * @throws NullPointerException if an argument is null
   */
  public static Streaks of(StreakPolicy streakPolicy, Provenance provenance) {
    return new Streaks(Checks.notNull(streakPolicy, "streakPolicy"), ZoneOffset.UTC, Checks.notNull(provenance, "provenance"));
  }

  /**
   * {@return a copy in that zone}
   *
   * @param zone the zone whose calendar days are the streak days (and that labels rolling days)
   */
  public Streaks in(ZoneId zone) {
    return new Streaks(policy, Checks.notNull(zone, "zone"), provenance);
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

  /**
   * Analyses interactions as of an instant. The order of the interactions does not matter and an
   * interaction given twice counts once (equal by {@link Interaction#equals(Object)}); interactions
   * of kinds the policy does not count appear only in the engagement view. Runs in
   * {@code O(n log n)} on primitives; besides the result (proportional to pairs and days) it holds
   * one {@code long} per interaction while it runs.
   *
   * @param interactions the interactions, each at or before {@code now}
   * @param now the instant the statuses are judged at
   * @return the report
   * @throws NullPointerException naming {@code interactions}, {@code now} or a null element
   * @throws IllegalArgumentException naming the field and value if {@code now} is outside
   *     [{@link Interaction#EARLIEST}, {@link Interaction#LATEST}) or an interaction is after it
   */
  public StreakReport analyze(Collection<? extends Interaction> interactions, Instant now) {
    return StreakEngine.analyze(interactions, now, policy, zone);
  }

  /**
   * A collector that analyses interactions as of an instant:
   * {@code interactions.parallelStream().collect(streaks.collector(now))} gives what
   * {@link #analyze(Collection, Instant)} gives, for a stream of any size, order or split. A container
   * keeps one {@code long} per interaction, not the interaction; the one sort runs when the stream ends.
   *
   * @param now the instant the statuses are judged at
   * @return a collector of interactions into their report
   * @throws NullPointerException naming {@code now}, or (when collecting) on a null element
   * @throws IllegalArgumentException naming the field and value if {@code now} is outside
   *     [{@link Interaction#EARLIEST}, {@link Interaction#LATEST}), or (when collecting) if an
   *     interaction is after it
   */
  public Collector<Interaction, ?, StreakReport> collector(Instant now) {
    StreakEngine.requireNow(now); // before any element arrives
    return Collector.of(() -> new StreakEngine.Batch(now, 0), (batch, it) -> batch.add(it, -1),
        StreakEngine.Batch::merge, batch -> batch.report(policy, zone), Collector.Characteristics.UNORDERED);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Streaks s && s.policy.equals(policy) && s.zone.equals(zone) && s.provenance.equals(provenance);
  }

  @Override
  public int hashCode() {
    return Objects.hash(policy, zone, provenance);
  }

  @Override
  public String toString() {
    return "Streaks[" + zone + ", " + policy.dayBoundary() + "]";
  }
}
