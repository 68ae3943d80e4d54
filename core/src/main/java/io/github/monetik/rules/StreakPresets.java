package io.github.monetik.rules;

import io.github.monetik.internal.Checks;
import io.github.monetik.streaks.DayBoundary;
import io.github.monetik.streaks.InteractionKind;
import io.github.monetik.streaks.StreakPolicy;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Sourced presets for streaks, as collected in the project's {@code DOMAIN.md} §5 and §8 (confidence
 * H = official or several agreeing sources, M = reliable secondary, L = single blog or press only).
 * TikTok documents little: where it is silent, the preset says so, names Monetik's own choice, and
 * carries that choice as one of the policy's {@link StreakPolicy#assumptions()}, which every report
 * repeats in its notes.
 */
public final class StreakPresets {
  private StreakPresets() {}

  /**
   * The day DM streaks appeared: around 2024-05-29 (stealthoptional.com/apps/tiktok-streaks-what-is-it-how-to-start/).
   * Confidence M.
   */
  public static final LocalDate DM_STREAKS_SINCE = LocalDate.of(2024, 5, 29);

  /**
   * The month Streak Pets appeared: 2024-11 (distractify.com; confidence M). The source gives the
   * month only: Monetik takes its first day.
   */
  public static final LocalDate STREAK_PETS_SINCE = LocalDate.of(2024, 11, 1);

  static final String RESTORES = "restores are limited per month but TikTok publishes no number: Monetik assumes 1 per"
      + " pair or group per rolling 30 days";
  static final String DAYS = "TikTok does not say what a day is (\"the last 24 hours\"): Monetik counts calendar days in"
      + " the analysis' zone";
  static final String MILESTONES = "TikTok publishes no milestones: 3, 7, 30, 100 and 365 days are Monetik's convention";
  static final String GROUPS = "group chats keep streaks too (press only, conf L-M): Monetik assumes every member must"
      + " message each day, as both must in a pair";
  static final String PETS = "Streak Pet points (text +1, photo or video +4, shared post +2) and stages (3, 10, 30 and"
      + " 100 days) are press reports (conf L-M): Monetik assumes a pet lives with the current streak and earns the"
      + " points of every interaction on its counted days, with no daily cap, a message of any type earning as text";
  static final String AGE = "DMs, and so streaks, are unavailable to 13-15-year-olds (press only, conf L-M): the minimum"
      + " age is 16";

  /**
   * The streak policy on a day: {@link #directMessages()}, without Streak Pets before
   * {@link #STREAK_PETS_SINCE}. Before {@link #DM_STREAKS_SINCE} TikTok had no streaks: the first
   * known policy is given, and one more assumption says so (so every report of that day does).
   *
   * @param date the day
   * @return the policy in force that day
   * @throws NullPointerException if {@code date} is null
   */
  public static StreakPolicy asOf(LocalDate date) {
    Checks.notNull(date, "date");
    StreakPolicy p = directMessages();
    if (date.isBefore(STREAK_PETS_SINCE)) {
      p = p.withPetPoints(Map.of()).withPetStages(List.of())
          .withAssumptions(p.assumptions().stream().filter(a -> !a.equals(PETS)).toList());
    }
    if (date.isBefore(DM_STREAKS_SINCE)) {
      List<String> more = new ArrayList<>(p.assumptions());
      more.add("DM streaks appeared around " + DM_STREAKS_SINCE + " (conf M): the streaks of " + date
          + " are judged by the first known rules");
      p = p.withAssumptions(more);
    }
    return p;
  }

  /**
   * TikTok's streaks in direct messages, pairs and group chats (DM Streaks, from about
   * {@link #DM_STREAKS_SINCE}), as known on {@link Rules#SOURCES_UP_TO}.
   *
   * <ul>
   *   <li>Counted kinds: messages, shared videos and one's own photos or videos. Guides read the
   *       in-app text as "any message type counts, shared videos included" (DOMAIN.md §5). Confidence M.
   *   <li>Everyone must act: "Unlock a streak by sending messages to each other for three consecutive
   *       days" (in-app text via itp.live/news/social-media/tiktok-experiments-dm-streaks); guides read it
   *       as both users messaging daily. Confidence M.
   *   <li>3 days to start: same in-app text. Confidence M.
   *   <li>Restore window 48 hours after the end: dexerto.com/tiktok/how-to-restore-a-streak-on-tiktok-2971154/.
   *       Confidence M.
   *   <li>Restore quota: restores are limited per month, but no number is published (Dexerto; press,
   *       metroecuador.com and publimetro.com.mx, 2025-04-11, DOMAIN.md §8; open question 9).
   *       <b>Monetik's assumption, not a TikTok number:</b> 1 restore per pair or group per rolling
   *       30 days. Override with {@code withRestoresPerPeriod} / {@code withRestorePeriod}.
   *   <li>Day boundary: undocumented; the in-app text speaks of "the last 24 hours" (open question 9).
   *       Monetik's choice: {@link DayBoundary#CALENDAR_DAY} in the analysis' zone (see there why);
   *       {@code withDayBoundary(DayBoundary.ROLLING_24_HOURS)} gives the literal reading.
   *   <li>Milestones: TikTok publishes none. <b>Monetik's convention, not a TikTok number:</b> 3 (the
   *       unlock), 7, 30, 100 and 365 days.
   *   <li>Group chats keep streaks too (press only, 2025-04-11, DOMAIN.md §8; confidence L–M).
   *       <b>Monetik's assumption:</b> a group's day counts when every member messaged, as a pair's
   *       does; whether group streaks existed from {@link #DM_STREAKS_SINCE} is unknown.
   *   <li>Streak Pets (from {@link #STREAK_PETS_SINCE}, distractify.com, confidence M): points text +1,
   *       photo or video +4, shared posts +2; stages at 3, 10, 30 and 100 days (press only, 2025-04-11,
   *       confidence L–M). <b>Monetik's assumptions:</b> a pet lives with the current streak (none once
   *       it has ended for good); it earns the points of every interaction on the streak's counted days,
   *       with no daily cap; a message of any type earns as text; comments and likes earn nothing.
   *   <li>Minimum age 16: DMs, and so streaks, are unavailable to 13–15-year-olds (press only,
   *       2025-04-11; confidence L–M). The analysis checks it against the birth dates it is given.
   * </ul>
   *
   * @return the DM streak policy
   */
  public static StreakPolicy directMessages() {
    return StreakPolicy.builder()
        .addCountedKinds(InteractionKind.MESSAGE, InteractionKind.SHARED_VIDEO, InteractionKind.PHOTO_OR_VIDEO)
        .everyoneMustAct(true)
        .dayBoundary(DayBoundary.CALENDAR_DAY)
        .daysToStart(3)
        .restoreWindow(Duration.ofHours(48))
        .restoresPerPeriod(1)
        .restorePeriod(Duration.ofDays(30))
        .addMilestones(3, 7, 30, 100, 365)
        .minimumAge(16)
        .putPetPoints(InteractionKind.MESSAGE, 1)
        .putPetPoints(InteractionKind.PHOTO_OR_VIDEO, 4)
        .putPetPoints(InteractionKind.SHARED_VIDEO, 2)
        .addPetStages(3, 10, 30, 100)
        .addAssumptions(RESTORES, DAYS, MILESTONES, GROUPS, PETS, AGE)
        .build();
  }
}
