package io.github.monetik.examples.samples;

import java.util.Locale;
import io.github.monetik.gifts.GiftEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A generated LIVE, seeded, as a LIVE client would deliver it: viewers with display names send combos
 * of cheap repeatable gifts (a message per repeat every quarter second or so, then the end message
 * repeating the final count; about one combo in fifty never ends) and now and then a pricier single
 * gift; combos of several viewers interleave. Prices, names and combo flags are those of TikTok's gift
 * list of 2024-01-05 (the default rules' catalog). Integers only.
 */
public final class GeneratedLive {
  /** When every generated LIVE starts. */
  public static final Instant START = Instant.parse("2024-01-05T19:00:00Z");

  private static final String[] VIEWERS = {"Mia", "Noah", "Léa", "Yuki", "Amara", "Mateo", "Zoë", "Kwame", "Ingrid",
      "Ravi", "Sofía", "Oskar", "Hana", "Diego", "Aiyana", "Finn", "Nadia", "Tomás", "Emeka", "Lin", "Priya", "Jonas",
      "Chloé", "Omar"};
  private static final Gift ROSE = new Gift(5655, 1, "Rose");
  private static final Gift FINGER_HEART = new Gift(5487, 5, "Finger Heart");
  /** Repeatable gifts, cheap ones more often. */
  static final Gift[] COMBOS = {ROSE, ROSE, ROSE, new Gift(5269, 1, "TikTok"), new Gift(5827, 1, "Ice Cream Cone"),
      FINGER_HEART, FINGER_HEART, new Gift(5480, 10, "Heart"), new Gift(5658, 20, "Perfume"), new Gift(5879, 30, "Doughnut")};
  /** Non-repeatable gifts. */
  static final Gift[] SINGLES = {new Gift(5659, 99, "Paper Crane"), new Gift(5660, 100, "Hand Hearts"),
      new Gift(5585, 100, "Confetti"), new Gift(7168, 500, "Money Gun"), new Gift(5587, 1_000, "Gold Mine"),
      new Gift(6369, 29_999, "Lion")};

  private GeneratedLive() {}

  /**
   * {@return the messages of a generated LIVE, in time order}
   *
   * @param seed the seed: the same seed, the same LIVE
   * @param minutes how long it lasts
   * @param host the recipient
   */
  public static List<GiftEvent> events(long seed, int minutes, String host) {
    SplittableRandom r = new SplittableRandom(seed);
    List<Draft> drafts = new ArrayList<>();
    long start = START.toEpochMilli();
    for (long second = 0; second < minutes * 60L; second++) {
      if (r.nextInt(100) >= 45) {
        continue;
      }
      long t0 = start + second * 1_000 + r.nextInt(1_000);
      int viewer = Math.min(r.nextInt(VIEWERS.length), r.nextInt(VIEWERS.length)); // a few give most
      if (r.nextInt(5) > 0) {
        Gift g = COMBOS[r.nextInt(COMBOS.length)];
        int count = 1 + r.nextInt(r.nextInt(4) == 0 ? 50 : 8);
        long group = t0 * 100 + viewer;
        long t = t0;
        for (int k = 1; k <= count; k++) {
          drafts.add(new Draft(t, viewer, g, true, k, false, group));
          t += 150 + r.nextInt(200);
        }
        if (r.nextInt(50) != 0) {
          drafts.add(new Draft(t + 100, viewer, g, true, count, true, group));
        }
      } else {
        Gift g = SINGLES[r.nextInt(400) == 0 ? SINGLES.length - 1 : r.nextInt(SINGLES.length - 1)];
        drafts.add(new Draft(t0, viewer, g, false, r.nextInt(10) == 0 ? 2 + r.nextInt(4) : 1, false, 0));
      }
    }
    drafts.sort(Comparator.comparingLong(Draft::millis)); // stable: a combo's messages keep their order
    List<GiftEvent> out = new ArrayList<>(drafts.size());
    long id = 7_320_000_000_000_000_000L + seed % 1_000_000_000L * 1_000_000L;
    for (Draft d : drafts) {
      out.add(GiftEvent.builder().messageId(id++).timestamp(Instant.ofEpochMilli(d.millis))
          .senderId(String.format(Locale.ROOT, "viewer-%02d", d.viewer + 1)).senderName(VIEWERS[d.viewer]).hostId(host)
          .giftId(d.gift.id).coinsPerGift(d.gift.coins).giftName(d.gift.name).repeatable(d.repeatable)
          .repeatCount(d.count).repeatEnd(d.end).groupId(d.group).build());
    }
    return out;
  }

  /** A gift as the catalog of 2024-01-05 lists it. */
  record Gift(long id, long coins, String name) {}

  private record Draft(long millis, int viewer, Gift gift, boolean repeatable, int count, boolean end, long group) {}
}
