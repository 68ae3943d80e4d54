package io.github.monetik.gifts;

import io.github.monetik.internal.Checks;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * How a {@link LiveTally} bounds its memory and closes stale combos, in stream time (the latest
 * message time it has seen). Immutable.
 *
 * <ul>
 *   <li><b>Retention</b> (default 5 minutes): how late a message may be. A settled combo or gift gives
 *       up its identity once the stream is more than twice the window past its latest message, and
 *       stays in every total; a message more than one window behind the stream whose identity is
 *       gone is not counted and is reported ({@link SettlementIssue.Kind#LATE_MESSAGE}). So memory
 *       follows the open combos, senders and minutes, never the messages; and for a stream whose
 *       messages are at most a window late and whose combos last at most a window, every total
 *       equals what {@link #keepingEveryGift()} gives. The default is an assumption: recorded LIVE
 *       traffic arrives seconds out of order, never minutes.
 *   <li><b>Idle combos</b> (default: expire after 1 minute): a combo with no message for that long is
 *       settled at its largest count and flagged ({@link SettlementIssue.Kind#EXPIRED},
 *       {@link CountedGift#isExpired()}); a later message can still raise it while its identity is
 *       kept. {@link #keepingIdleCombosOpen()} keeps them open instead (then they stay in memory until
 *       an end arrives). The default is an assumption too: TikTok's combo button times out after a
 *       few seconds; a minute of silence means the combo is over.
 * </ul>
 *
 * <pre>{@code
 * TallyOptions.defaults().withRetention(Duration.ofMinutes(10));
 * TallyOptions.defaults().keepingIdleCombosOpen();
 * TallyOptions.keepingEveryGift();          // exact per-gift list at the end (memory grows with gifts)
 * }</pre>
 */
public final class TallyOptions {
  /** The longest retention window or idle time: a year of stream time. */
  public static final Duration LONGEST = Duration.ofDays(365);

  private static final TallyOptions DEFAULTS = new TallyOptions(Duration.ofMinutes(5), Duration.ofMinutes(1));

  private final @Nullable Duration retention;
  private final @Nullable Duration idle;

  private TallyOptions(@Nullable Duration retention, @Nullable Duration idle) {
    this.retention = retention;
    this.idle = idle;
  }

  /** {@return retain 5 minutes, expire combos idle for 1 minute} */
  public static TallyOptions defaults() {
    return DEFAULTS;
  }

  /**
   * {@return options that keep every gift's identity for ever (idle combos still expire after 1
   *     minute): the tally then also gives the full {@link ComboSettlement}; memory grows with the gifts}
   */
  public static TallyOptions keepingEveryGift() {
    return DEFAULTS.withRetentionForever();
  }

  private TallyOptions withRetentionForever() {
    return new TallyOptions(null, idle);
  }

  /**
   * {@return these options with another retention window}
   *
   * @param window how late a message may be, from 1 second to {@link #LONGEST}
   * @throws IllegalArgumentException if the window is outside that range
   */
  public TallyOptions withRetention(Duration window) {
    return new TallyOptions(checked(window, "window"), idle);
  }

  /**
   * {@return these options, expiring combos silent for {@code idle}}
   *
   * @param idle from 1 second to {@link #LONGEST}
   * @throws IllegalArgumentException if {@code idle} is outside that range
   */
  public TallyOptions withIdleExpiry(Duration idle) {
    return new TallyOptions(retention, checked(idle, "idle"));
  }

  /** {@return these options, keeping idle combos open until their end arrives} */
  public TallyOptions keepingIdleCombosOpen() {
    return new TallyOptions(retention, null);
  }

  private static Duration checked(@Nullable Duration d, String name) {
    Duration checked = Checks.notNull(d, name);
    if (checked.compareTo(Duration.ofSeconds(1)) < 0 || checked.compareTo(LONGEST) > 0) {
      throw Checks.invalid(name, "from 1 second to " + LONGEST.toDays() + " days", checked);
    }
    return checked;
  }

  /** {@return the retention window, or empty when every identity is kept} */
  public Optional<Duration> retention() {
    return Optional.ofNullable(retention);
  }

  /** {@return the idle time after which a combo expires, or empty when idle combos stay open} */
  public Optional<Duration> idleExpiry() {
    return Optional.ofNullable(idle);
  }

  long retentionMillis() {
    return retention == null ? Long.MAX_VALUE : retention.toMillis();
  }

  long idleMillis() {
    return idle == null ? Long.MAX_VALUE : idle.toMillis();
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof TallyOptions t && Objects.equals(t.retention, retention) && Objects.equals(t.idle, idle);
  }

  @Override
  public int hashCode() {
    return Objects.hash(retention, idle);
  }

  /** {@return for example {@code retain PT5M, expire idle combos after PT1M}} */
  @Override
  public String toString() {
    return (retention == null ? "keep every gift" : "retain " + retention)
        + (idle == null ? ", keep idle combos open" : ", expire idle combos after " + idle);
  }
}
