package io.github.monetik.rules;

import io.github.monetik.internal.Checks;
import io.github.monetik.streaks.DayBoundary;
import io.github.monetik.streaks.InteractionKind;
import io.github.monetik.streaks.StreakPolicy;
import java.time.Duration;
import java.time.LocalDate;

/**
 * Sourced presets for streaks, as collected in the project's {@code DOMAIN.md} §5 (confidence H =
 * official or several agreeing sources, M = reliable secondary, L = single blog). TikTok documents
 * little: where it is silent, the preset says so and names Monetik's own choice.
 */
public final class StreakPresets {
  private StreakPresets() {}

  /**
   * The streak policy on a day: {@link #dmStreaks()}, the only known version (before
   * {@link #DM_STREAKS_SINCE} TikTok had no streaks; the policy is given for any date, the reports
   * say so).
   *
   * @param date the day
   * @return the policy in force that day
   */
  public static StreakPolicy asOf(LocalDate date) {
    Checks.notNull(date, "date");
    return dmStreaks();
  }

  /**
   * The day DM streaks appeared: around 2024-05-29 (stealthoptional.com/apps/tiktok-streaks-what-is-it-how-to-start/).
   * Confidence M.
   */
  public static final LocalDate DM_STREAKS_SINCE = LocalDate.of(2024, 5, 29);

  /**
   * TikTok's direct-message streaks (DM Streaks, from about {@link #DM_STREAKS_SINCE}).
   *
   * <ul>
   *   <li>Counted kinds: messages and shared videos. Guides read the in-app text as "any message type
   *       counts, shared videos included" (DOMAIN.md §5). Confidence M.
   *   <li>Everyone must act: "Unlock a streak by sending messages to each other for three consecutive
   *       days" (in-app text via itp.live/news/social-media/tiktok-experiments-dm-streaks); guides read it
   *       as both users messaging daily. Confidence M.
   *   <li>3 days to start: same in-app text. Confidence M.
   *   <li>Restore window 48 hours after the end: dexerto.com/tiktok/how-to-restore-a-streak-on-tiktok-2971154/.
   *       Confidence M.
   *   <li>Restore quota: TikTok says restores are limited but publishes no number (Dexerto; DOMAIN.md open
   *       question 9). <b>Monetik's assumption, not a TikTok number:</b> 1 restore per pair or group per
   *       30 days. Override with {@code withRestoresPerPeriod} / {@code withRestorePeriod}.
   *   <li>Day boundary: undocumented; the in-app text speaks of "the last 24 hours" (open question 9).
   *       Monetik's choice: {@link DayBoundary#CALENDAR_DAY} in the analysis' zone (see there why);
   *       {@code withDayBoundary(DayBoundary.ROLLING_24_HOURS)} gives the literal reading.
   *   <li>Milestones: TikTok publishes none ("Streak Pets" from 2024-11, distractify.com; confidence M).
   *       <b>Monetik's convention, not a TikTok number:</b> 3 (the unlock), 7, 30, 100 and 365 days.
   * </ul>
   *
   * @return the DM streak policy
   */
  public static StreakPolicy dmStreaks() {
    return StreakPolicy.builder()
        .addCountedKinds(InteractionKind.MESSAGE, InteractionKind.SHARED_VIDEO)
        .everyoneMustAct(true)
        .dayBoundary(DayBoundary.CALENDAR_DAY)
        .daysToStart(3)
        .restoreWindow(Duration.ofHours(48))
        .restoresPerPeriod(1)
        .restorePeriod(Duration.ofDays(30))
        .addMilestones(3, 7, 30, 100, 365)
        .build();
  }
}
