package io.github.monetik.streaks;

/**
 * What a "day" of a streak is. TikTok does not document it (its in-app text speaks of "the last 24
 * hours"; DOMAIN.md §5 and open question 9), so both readings are available.
 */
public enum DayBoundary {
  /**
   * Calendar days in the analysis' time zone ({@code Streaks.in(zone)}), from local midnight to the
   * next local midnight: 23 or 25 hours long on daylight-saving days. The default: the app counts
   * and shows days, "three consecutive days" reads as calendar days, and the result does not
   * depend on the minute of someone's first message.
   */
  CALENDAR_DAY,
  /**
   * Consecutive periods of exactly 24 hours, counted from the group's first counting interaction:
   * the literal reading of TikTok's "in the last 24 hours". The zone only labels the days.
   */
  ROLLING_24_HOURS
}
