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
   * @return adversarial streams of up to 40 messages from 3 senders to 3 hosts: combo messages whose
   *     prices change inside a combo, whose hosts differ, that end more than once or never, repeats of
   *     one message id with other contents (conflicting copies) and exact copies, display names that
   *     change; every combo message has a group id
   */
  public static Gen<List<GiftEvent>> hostileStreams() {
    return longs().all().zip(integers().between(0, 40), (seed, n) -> hostileStream(seed, n, false, false));
  }

  /**
   * @return {@link #hostileStreams()} where some combo messages also come without a group id (0), and
   *     are copied like the others
   */
  public static Gen<List<GiftEvent>> hostileStreamsWithoutSomeGroupIds() {
    return longs().all().zip(integers().between(0, 40), (seed, n) -> hostileStream(seed, n, true, true));
  }

  /**
   * @return {@link #hostileStreamsWithoutSomeGroupIds()}, but each message without group id has a
   *     message id of its own and is never copied (only the order can place it, and it is never a copy)
   */
  public static Gen<List<GiftEvent>> hostileStreamsWithUniqueMessagesWithoutGroupIds() {
    return longs().all().zip(integers().between(0, 40), (seed, n) -> hostileStream(seed, n, true, false));
  }

  /**
   * An adversarial stream built from a seed, as {@link #hostileStreams()}.
   *
   * @param seed the seed
   * @param n how many messages (before copies)
   * @param groupLess whether some combo messages have group id 0
   * @param copyGroupLess whether those may be copied (and share message ids with others) too
   * @return the messages, in generation order
   */
  public static List<GiftEvent> hostileStream(long seed, int n, boolean groupLess, boolean copyGroupLess) {
    SplittableRandom r = new SplittableRandom(seed);
    List<GiftEvent> out = new ArrayList<>();
    long start = 1_697_113_848_000L;
    long[] giftIds = {5655, 5879, 8239};
    long[] prices = {1, 2, 30, 100};
    for (int i = 0; i < n; i++) {
      if (!out.isEmpty() && r.nextInt(6) == 0) {
        GiftEvent copy = out.get(r.nextInt(out.size()));
        if (!copyGroupLess && copy.repeatable() && copy.groupId() == 0) {
          continue;
        }
        if (r.nextBoolean()) {
          out.add(copy); // an exact copy
        } else {
          // The same message id with other contents: a count, price, time or host of its own.
          GiftEvent.Builder b = GiftEvent.builder().from(copy);
          switch (r.nextInt(4)) {
            case 0 -> b.repeatCount(1 + r.nextInt(8));
            case 1 -> b.coinsPerGift(prices[r.nextInt(prices.length)]);
            case 2 -> b.timestamp(copy.timestamp().plusMillis(1 + r.nextInt(5_000)));
            default -> b.hostId("host-" + r.nextInt(3));
          }
          out.add(b.build());
        }
        continue;
      }
      int sender = r.nextInt(3);
      boolean repeatable = r.nextInt(5) > 0;
      GiftEvent.Builder b = GiftEvent.builder().messageId(1 + r.nextInt(Math.max(1, n)))
          .timestamp(Instant.ofEpochMilli(start + r.nextInt(600_000))).senderId("user-" + sender)
          .hostId("host-" + r.nextInt(3)).giftId(giftIds[r.nextInt(giftIds.length)])
          .coinsPerGift(prices[r.nextInt(prices.length)]).repeatable(repeatable).repeatCount(1 + r.nextInt(8))
          .repeatEnd(repeatable && r.nextInt(3) == 0)
          .groupId(!repeatable ? 0 : groupLess && r.nextInt(3) == 0 ? 0 : 1 + r.nextInt(3));
      if (r.nextInt(3) > 0) {
        b.senderName("Name " + sender + (r.nextBoolean() ? "" : " (renamed)"));
      }
      if (r.nextInt(3) == 0) {
        b.giftName(r.nextBoolean() ? "Rose" : "Rosa");
      }
      GiftEvent e = b.build();
      if (!copyGroupLess && e.repeatable() && e.groupId() == 0) {
        e = GiftEvent.builder().from(e).messageId(1_000_000 + i).build();
      }
      out.add(e);
    }
    return out;
  }

  /**
   * @return scenarios of combos without group ids (as TikTokLiveJava's events give them), each
   *     sender's combos of one gift one after the other, their repeats in order; senders interleave
   *     freely. The model knows what settlement must find: a combo that never ends reaches 2 at least,
   *     so the next combo's first repeat (1) is a count that falls.
   */
  public static Gen<Scenario> groupLessScenarios() {
    return longs().all().zip(integers().between(0, 20), GiftGenerators::groupLessScenario);
  }

  /**
   * A scenario of combos without group ids, as {@link #groupLessScenarios()}.
   *
   * @param seed the seed
   * @param combos how many combos
   * @return the scenario; its messages interleave senders but keep each sender's order
   */
  public static Scenario groupLessScenario(long seed, int combos) {
    SplittableRandom r = new SplittableRandom(seed);
    Scenario s = new Scenario(seed);
    List<List<GiftEvent>> runs = new ArrayList<>();
    java.util.Map<String, List<GiftEvent>> byKey = new java.util.LinkedHashMap<>();
    long messageId = 1;
    long millis = 1_697_113_848_000L;
    for (int i = 0; i < combos; i++) {
      String sender = "user-" + r.nextInt(3);
      long[] gift = GIFTS[r.nextInt(3)];
      List<GiftEvent> run = byKey.computeIfAbsent(sender + "/" + gift[0], k -> {
        List<GiftEvent> l = new ArrayList<>();
        runs.add(l);
        return l;
      });
      boolean ends = r.nextBoolean();
      int finalCount = (ends ? 1 : 2) + r.nextInt(10);
      for (int count = 1; ; count = Math.min(finalCount, count + 1 + r.nextInt(3))) {
        run.add(event(messageId++, millis += 1 + r.nextInt(500), sender, "host", gift, true, count, false, 0));
        if (count == finalCount) {
          break;
        }
      }
      if (ends) {
        run.add(event(messageId++, millis += 1 + r.nextInt(500), sender, "host", gift, true, finalCount, true, 0));
        s.settledGifts += finalCount;
        s.settledCoins += finalCount * gift[1];
      } else {
        s.openGifts += finalCount;
        s.openCoins += finalCount * gift[1];
        s.openCombos++;
      }
    }
    // Interleave the runs at random, each in its own order.
    int[] next = new int[runs.size()];
    int left = runs.stream().mapToInt(List::size).sum();
    while (left > 0) {
      int k = r.nextInt(runs.size());
      if (next[k] < runs.get(k).size()) {
        s.events.add(runs.get(k).get(next[k]++));
        left--;
      }
    }
    return s;
  }

  /**
   * A message whose coins ({@code coinsPerGift x repeatCount}) added to {@code naiveSoFar} leave the
   * range of a {@code long}, and that is otherwise a copy of {@code like} (a new message id).
   *
   * @param like the message to copy
   * @param naiveSoFar the naive coins fed so far, {@code >= 0}
   * @return the message
   */
  public static GiftEvent overflowing(GiftEvent like, long naiveSoFar) {
    return GiftEvent.builder().from(like).messageId(like.messageId() ^ 0x5DEECE66DL)
        .coinsPerGift(Long.MAX_VALUE - naiveSoFar + 1 > 0 ? Long.MAX_VALUE - naiveSoFar + 1 : Long.MAX_VALUE)
        .repeatCount(naiveSoFar == 0 ? 2 : 1).build();
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
