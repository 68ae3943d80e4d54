package io.github.monetik.streaks;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.Arrays;

/**
 * Turns instants into the analysis' day numbers and back. Calendar days: {@code d = localEpochDay -
 * CALENDAR_BASE}, found with {@link LocalDate} arithmetic (never 86,400-second assumptions: a day
 * with a daylight-saving change is 23 or 25 hours long). Rolling days: {@code d = floor((t - anchor)
 * / 24 h) + ROLLING_BIAS}, per group. Day numbers stay in [0, 2^17). Not thread-safe (it caches).
 */
final class Days {
  static final long CALENDAR_BASE = LocalDate.of(1999, 12, 30).toEpochDay();
  static final long ROLLING_BIAS = 40_000;
  private static final long SECONDS_PER_DAY = 86_400;
  private static final int VARIES = Integer.MIN_VALUE;
  private static final int CACHE = 1024;

  private final ZoneId zone;
  private final boolean rolling;
  private final ZoneRules rules;
  private final boolean fixed;
  private final int fixedOffset;
  private final long[] cachedUtcDay = new long[CACHE];
  private final int[] cachedOffset = new int[CACHE];

  Days(ZoneId zone, DayBoundary boundary) {
    this.zone = zone;
    this.rolling = boundary == DayBoundary.ROLLING_24_HOURS;
    this.rules = zone.getRules();
    this.fixed = rules.isFixedOffset();
    this.fixedOffset = rules.getOffset(Instant.EPOCH).getTotalSeconds();
    Arrays.fill(cachedUtcDay, Long.MIN_VALUE);
  }

  /** {@return whether both label days alike (same zone and boundary); {@link #start} and {@link #date} are thread-safe} */
  boolean sameLabels(Days other) {
    return other.rolling == rolling && other.zone.equals(zone);
  }

  boolean rolling() {
    return rolling;
  }

  /** {@return the day number of an instant, given the group's anchor (ignored for calendar days)} */
  long day(long epochSecond, long anchor) {
    if (rolling) {
      return Math.floorDiv(epochSecond - anchor, SECONDS_PER_DAY) + ROLLING_BIAS;
    }
    return localEpochDay(epochSecond) - CALENDAR_BASE;
  }

  /** {@return when day {@code d} starts} */
  Instant start(long d, long anchor) {
    if (rolling) {
      return Instant.ofEpochSecond(anchor + (d - ROLLING_BIAS) * SECONDS_PER_DAY);
    }
    return LocalDate.ofEpochDay(d + CALENDAR_BASE).atStartOfDay(zone).toInstant();
  }

  /** {@return the calendar date (in the zone) on which day {@code d} starts} */
  LocalDate date(long d, long anchor) {
    if (rolling) {
      return LocalDate.ofInstant(start(d, anchor), zone);
    }
    return LocalDate.ofEpochDay(d + CALENDAR_BASE);
  }

  /**
   * {@return the first day number whose label ({@link #date}) is on or after {@code date}: for
   *     calendar days that date's own day, for rolling days the first period starting on or after
   *     its local midnight}
   */
  long firstDayOn(LocalDate date, long anchor) {
    if (!rolling) {
      return date.toEpochDay() - CALENDAR_BASE;
    }
    Instant midnight = date.atStartOfDay(zone).toInstant();
    long d = day(midnight.getEpochSecond(), anchor);
    return start(d, anchor).isBefore(midnight) ? d + 1 : d;
  }

  private long localEpochDay(long epochSecond) {
    if (fixed) {
      return Math.floorDiv(epochSecond + fixedOffset, SECONDS_PER_DAY);
    }
    long utcDay = Math.floorDiv(epochSecond, SECONDS_PER_DAY);
    int slot = (int) (utcDay & (CACHE - 1));
    if (cachedUtcDay[slot] != utcDay) {
      cachedOffset[slot] = offsetThroughout(utcDay);
      cachedUtcDay[slot] = utcDay;
    }
    int offset = cachedOffset[slot];
    if (offset != VARIES) {
      return Math.floorDiv(epochSecond + offset, SECONDS_PER_DAY);
    }
    return LocalDate.ofInstant(Instant.ofEpochSecond(epochSecond), zone).toEpochDay();
  }

  /** {@return the zone's offset if it is the same for the whole UTC day, else {@link #VARIES}} */
  private int offsetThroughout(long utcDay) {
    Instant start = Instant.ofEpochSecond(utcDay * SECONDS_PER_DAY);
    ZoneOffsetTransition next = rules.nextTransition(start);
    if (next != null && next.toEpochSecond() < (utcDay + 1) * SECONDS_PER_DAY) {
      return VARIES;
    }
    return rules.getOffset(start).getTotalSeconds();
  }
}
