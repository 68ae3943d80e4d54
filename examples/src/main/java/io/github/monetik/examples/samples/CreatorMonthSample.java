package io.github.monetik.examples.samples;

import io.github.monetik.gifts.GiftEvent;
import io.github.monetik.income.Engagement;
import io.github.monetik.programs.Activity;
import io.github.monetik.programs.Video;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The generated inputs of {@code creator-month}: a month of a fictional mid-size creator's LIVE gift
 * messages, posted videos and engagement, from a seed, so the same seed always gives the same month.
 *
 * <p>The shapes are invented for the demo, not measured. LIVEs on Tuesdays, Thursdays and Sundays at
 * 19:00 UTC for 60–120 minutes; 30–90 gifters per LIVE send 1–4 combos each of the four gifts whose
 * ids the bundled catalog knows (Rose, TikTok, Finger Heart, Doughnut), mostly short runs and now and
 * then a long one; each combo arrives as the LIVE clients deliver it, one message per repeat and one
 * more at its end, and about one in fifty never ends (the LIVE closed first). Videos: one every other
 * day, 40–180 s long, 5,000–250,000 views of which 55–85% qualified.
 */
public final class CreatorMonthSample {
  /** The creator's handle. */
  public static final String HOST = "maya.makes";
  /** The creator's followers: mid-tier. */
  public static final long FOLLOWERS = 120_000;
  /** The month shown. */
  public static final YearMonth MONTH = YearMonth.of(2025, 3);
  /** The seed of every generated part. */
  public static final long SEED = 202503L;

  /** Gift id and coins per gift, and how often (out of 20) a combo is of that gift. */
  private static final long[][] GIFTS = {{5655, 1, 10}, {5269, 1, 3}, {5487, 5, 5}, {5879, 30, 2}};

  private CreatorMonthSample() {}

  /** {@return every gift message of the month's LIVEs, in time order} */
  public static List<GiftEvent> liveEvents() {
    SplittableRandom r = new SplittableRandom(SEED);
    List<GiftEvent> events = new ArrayList<>();
    long messageId = 7_400_000_000_000_000_000L;
    long groupId = 1_740_000_000_000L;
    for (LocalDate day = MONTH.atDay(1); !day.isAfter(MONTH.atEndOfMonth()); day = day.plusDays(1)) {
      DayOfWeek dow = day.getDayOfWeek();
      if (dow != DayOfWeek.TUESDAY && dow != DayOfWeek.THURSDAY && dow != DayOfWeek.SUNDAY) {
        continue;
      }
      Instant start = day.atTime(19, 0).toInstant(ZoneOffset.UTC);
      long minutes = 60 + r.nextInt(61);
      int gifters = 30 + r.nextInt(61);
      for (int g = 0; g < gifters; g++) {
        String sender = "viewer-" + (1 + r.nextInt(400));
        int combos = 1 + r.nextInt(4);
        for (int c = 0; c < combos; c++) {
          long[] gift = pick(r);
          int count = r.nextInt(10) == 0 ? 20 + r.nextInt(80) : 1 + r.nextInt(12);
          boolean ends = r.nextInt(50) != 0;
          long at = start.toEpochMilli() + r.nextLong(minutes * 60_000L - 60_000L);
          groupId++;
          // one message per repeat, then the end message again at the final count
          for (int repeat = 1; repeat <= count; repeat++) {
            events.add(event(++messageId, at + repeat * 300L, sender, gift, repeat, false, groupId));
          }
          if (ends) {
            events.add(event(++messageId, at + (count + 1) * 300L, sender, gift, count, true, groupId));
          }
        }
      }
    }
    events.sort((a, b) -> a.timestamp().compareTo(b.timestamp()));
    return events;
  }

  private static long[] pick(SplittableRandom r) {
    int x = r.nextInt(20);
    for (long[] g : GIFTS) {
      x -= (int) g[2];
      if (x < 0) {
        return g;
      }
    }
    throw new AssertionError("gift weights must add up to 20");
  }

  private static GiftEvent event(long id, long millis, String sender, long[] gift, int count, boolean end, long group) {
    return GiftEvent.builder().messageId(id).timestamp(Instant.ofEpochMilli(millis)).senderId(sender).hostId(HOST)
        .giftId(gift[0]).coinsPerGift(gift[1]).repeatable(true).repeatCount(count).repeatEnd(end).groupId(group).build();
  }

  /** {@return the month's videos: one every other day} */
  public static Activity videos() {
    SplittableRandom r = new SplittableRandom(SEED + 1);
    List<Video> videos = new ArrayList<>();
    for (int day = 1; day <= MONTH.lengthOfMonth(); day += 2) {
      long views = 5_000 + r.nextInt(245_001);
      long qualified = views * (55 + r.nextInt(31)) / 100;
      videos.add(Video.of(Duration.ofSeconds(40 + r.nextInt(141)), views, qualified));
    }
    return Activity.of(videos);
  }

  /**
   * {@return the month's engagement over its videos: per 1,000 views 52 likes, 3 comments, 2 shares and 4 saves (invented, near the 3–6% average of DOMAIN.md §6)}
   */
  public static Engagement engagement() {
    long views = videos().videos().stream().mapToLong(Video::views).sum();
    return Engagement.builder().likes(views * 52 / 1_000).comments(views * 3 / 1_000).shares(views * 2 / 1_000)
        .saves(views * 4 / 1_000).views(views).followers(FOLLOWERS).build();
  }
}
