package io.github.monetik.testing;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.monetik.gifts.CountedGift;
import io.github.monetik.gifts.GiftEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import org.quicktheories.core.Gen;

/**
 * Generators for LIVE gift traffic: scenarios of combos and single gifts whose true totals are known
 * from how they were built (the model), turned into messages in any order, with duplicates, late
 * repeats and combos cut off at either end.
 */
public final class GiftGenerators {
  private GiftGenerators() {}

  /** Gift ids and prices used by the scenarios: Rose, Finger Heart, Doughnut, an unknown id, Lion. */
  static final long[][] GIFTS = {{5655, 1}, {5487, 5}, {5879, 30}, {8239, 1}, {999_999, 29_999}};

  /** What a scenario really contains, and its messages in generation order. */
  public static final class Scenario {
    /** Messages, combo by combo, in generation order. */
    public final List<GiftEvent> events = new ArrayList<>();
    /** Coins of ended combos and single gifts: what settlement must report as settled. */
    public long settledCoins;
    /** Number of settled gifts. */
    public long settledGifts;
    /** Coins of combos that never end, at their largest count. */
    public long openCoins;
    /** Number of gifts in open combos. */
    public long openGifts;
    /** How many combos never end. */
    public int openCombos;
    final long seed;

    Scenario(long seed) {
      this.seed = seed;
    }

    /**
     * @param seed how to shuffle
     * @return the messages in another order (any interleaving of senders, repeats out of order)
     */
    public List<GiftEvent> shuffled(long seed) {
      List<GiftEvent> out = new ArrayList<>(events);
      Collections.shuffle(out, new Random(seed));
      return out;
    }

    /**
     * @param seed which messages to repeat
     * @return the messages with some of them delivered again (same message id), shuffled
     */
    public List<GiftEvent> withDuplicates(long seed) {
      SplittableRandom r = new SplittableRandom(seed);
      List<GiftEvent> out = new ArrayList<>(events);
      int extra = events.isEmpty() ? 0 : 1 + r.nextInt(events.size());
      for (int i = 0; i < extra; i++) {
        out.add(events.get(r.nextInt(events.size())));
      }
      Collections.shuffle(out, new Random(seed));
      return out;
    }

    @Override
    public String toString() {
      return "Scenario(seed " + seed + ", " + events.size() + " messages)";
    }
  }

  /** @return scenarios of up to 25 combos or single gifts, from up to 6 senders and 2 hosts */
  public static Gen<Scenario> scenarios() {
    return longs().all().zip(integers().between(0, 25), GiftGenerators::scenario);
  }

  /**
   * A scenario built from a seed: combos that end or not, that are seen from their start or not,
   * whose repeats skip counts, and non-repeatable gifts with quantities.
   *
   * @param seed the seed
   * @param items how many combos and single gifts
   * @return the scenario
   */
  public static Scenario scenario(long seed, int items) {
    SplittableRandom r = new SplittableRandom(seed);
    Scenario s = new Scenario(seed);
    long messageId = 7_000_000_000_000_000_000L + r.nextInt(1_000_000) * 1_000L;
    long group = 1_697_000_000_000L;
    long start = 1_697_113_848_000L;
    for (int i = 0; i < items; i++) {
      String sender = "user-" + r.nextInt(6);
      String host = "host-" + r.nextInt(2);
      long[] gift = GIFTS[r.nextInt(GIFTS.length)];
      long millis = start + r.nextInt(600_000);
      if (r.nextInt(10) < 8) {
        int finalCount = 1 + r.nextInt(30);
        boolean ends = r.nextInt(4) > 0;
        int first = r.nextInt(3) == 0 ? 1 + r.nextInt(finalCount) : 1;
        group += 1 + r.nextInt(1_000);
        int count = first;
        while (true) {
          boolean end = false;
          s.events.add(event(messageId++, millis, sender, host, gift, true, count, end, group));
          millis += r.nextInt(2_000);
          if (count >= finalCount) {
            break;
          }
          count = Math.min(finalCount, count + 1 + (r.nextInt(3) == 0 ? r.nextInt(4) : 0));
        }
        if (ends) {
          s.events.add(event(messageId++, millis, sender, host, gift, true, finalCount, true, group));
          s.settledCoins += finalCount * gift[1];
          s.settledGifts += finalCount;
        } else {
          s.openCoins += finalCount * gift[1];
          s.openGifts += finalCount;
          s.openCombos++;
        }
      } else {
        int quantity = r.nextInt(4) == 0 ? 1 + r.nextInt(9) : 1;
        s.events.add(event(messageId++, millis, sender, host, gift, false, quantity, false, 0));
        s.settledCoins += quantity * gift[1];
        s.settledGifts += quantity;
      }
    }
    return s;
  }

  /**
   * @param messageId message id
   * @param millis epoch milliseconds
   * @param sender sender id
   * @param host host id
   * @param gift {id, price}
   * @param repeatable combo gift or not
   * @param count repeat count
   * @param end repeat end
   * @param group group id
   * @return the message
   */
  public static GiftEvent event(long messageId, long millis, String sender, String host, long[] gift, boolean repeatable,
      int count, boolean end, long group) {
    return GiftEvent.builder().messageId(messageId).timestamp(Instant.ofEpochMilli(millis)).senderId(sender)
        .hostId(host).giftId(gift[0]).coinsPerGift(gift[1]).repeatable(repeatable).repeatCount(count)
        .repeatEnd(end).groupId(group).build();
  }

  /**
   * @return counted gifts: settled, expired and open combos and single gifts, from a few senders, hosts,
   *     gifts and minutes, with display names sometimes
   */
  public static Gen<CountedGift> countedGifts() {
    return longs().all().map(seed -> {
      SplittableRandom r = new SplittableRandom(seed);
      long[] gift = GIFTS[r.nextInt(GIFTS.length)];
      boolean combo = r.nextBoolean();
      boolean open = combo && r.nextInt(4) == 0;
      int sender = r.nextInt(8);
      return CountedGift.builder().senderId("user-" + sender)
          .senderName(r.nextBoolean() ? java.util.Optional.of("Name " + sender) : java.util.Optional.empty())
          .hostId("host-" + r.nextInt(3)).giftId(gift[0])
          .giftName(r.nextBoolean() ? java.util.Optional.of("Gift " + gift[0]) : java.util.Optional.empty())
          .combo(combo).groupId(combo ? r.nextLong(1L << 50) : 0).messageId(r.nextLong())
          .count(1 + r.nextInt(r.nextBoolean() ? 5 : 5_000))
          .coinsPerGift(gift[1]).timestamp(Instant.ofEpochSecond(1_697_113_800L + r.nextInt(3_600)))
          .isOpen(open).isExpired(combo && !open && r.nextInt(4) == 0).build();
    });
  }
}
