package io.github.monetik.testing;

import io.github.monetik.gifts.GiftEvent;
import java.time.Instant;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.PriorityQueue;
import java.util.SplittableRandom;

/**
 * Long generated LIVEs, made lazily from a seed (a stream of millions of messages is never held in
 * memory, and the same seed gives the same stream again): combos whose repeats come a few hundred
 * milliseconds apart and span at most {@link Shape#maxComboMillis}, single gifts, combos that never
 * end, exact copies of messages, senders whose client gives no group ids, and delivery that is late
 * by at most {@link Shape#maxLateMillis} behind the latest message already delivered.
 *
 * <p>How lateness is bounded: each message's true time {@code t} gets an arrival {@code t + d} with
 * {@code 0 <= d <= maxLate}, and messages are delivered in arrival order. Every message delivered
 * before it arrived no later, so was made no later than {@code t + maxLate}: the stream's time (the
 * latest message time seen) is at most {@code maxLate} ahead of any message when it comes.
 */
public final class LiveStreams {
  private LiveStreams() {}

  /** The gifts of a generated LIVE: id, coins, combo (1) or not (0); all in TikTok's 2024-01-05 list. */
  private static final long[][] GIFTS = {{5655, 1, 1}, {5655, 1, 1}, {5655, 1, 1}, {5269, 1, 1}, {5487, 5, 1},
      {5879, 30, 1}, {6369, 29_999, 0}, {7934, 1, 0}, {5585, 100, 0}};

  /** The first message's time: 2023-10-04T19:00:00Z. */
  public static final long START = Instant.parse("2023-10-04T19:00:00Z").toEpochMilli();

  /**
   * The shape of a generated LIVE.
   *
   * @param messages how many messages to deliver
   * @param senders how many distinct senders
   * @param meanGapMillis the mean time between new combos or gifts (repeats come on their own clock)
   * @param maxComboMillis the longest a combo lasts, first repeat to end
   * @param maxLateMillis how late a message may be delivered behind the stream
   * @param latePercent how many messages are delayed at all (the rest come within 20 ms)
   * @param groupLessPercent how many senders' clients give no group id (their combos are delivered in order)
   * @param duplicatePercent how many messages are delivered twice (exact copies)
   * @param neverEndPercent how many combos never send their end
   */
  public record Shape(int messages, int senders, int meanGapMillis, long maxComboMillis, long maxLateMillis,
      int latePercent, int groupLessPercent, int duplicatePercent, int neverEndPercent) {
    /**
     * @param messages how many messages
     * @return a LIVE like the recorded ones: 2,000 senders, a new combo or gift every 20 ms on average,
     *     combos of at most 20 s, 10% of messages up to 30 s late, 10% of senders without group ids, 2%
     *     copies, 10% of combos never ending
     */
    public static Shape typical(int messages) {
      return new Shape(messages, 2_000, 20, 20_000, 30_000, 10, 10, 2, 10);
    }

    /**
     * @param maxLate the new bound on lateness
     * @param maxCombo the new bound on a combo's span
     * @return this shape with other bounds
     */
    public Shape within(long maxLate, long maxCombo) {
      return new Shape(messages, senders, meanGapMillis, maxCombo, maxLate, latePercent, groupLessPercent,
          duplicatePercent, neverEndPercent);
    }
  }

  /**
   * @param seed the seed
   * @param shape the shape
   * @return the LIVE's messages in delivery order; each iteration makes the same messages again
   */
  public static Iterable<GiftEvent> live(long seed, Shape shape) {
    return () -> new Live(seed, shape);
  }

  private record Pending(long arrival, long order, GiftEvent event) {}

  private static final class Combo {
    final String sender;
    final String name;
    final String host;
    final long[] gift;
    final long group;
    final int finalCount;
    final boolean ends;
    final boolean inOrder;
    final long gap;
    int count;
    long next;
    /** The last repeat was sent; the end comes next. */
    boolean endSent;

    Combo(String sender, String name, String host, long[] gift, long group, int finalCount, boolean ends, boolean inOrder,
        long gap, long next) {
      this.sender = sender;
      this.name = name;
      this.host = host;
      this.gift = gift;
      this.group = group;
      this.finalCount = finalCount;
      this.ends = ends;
      this.inOrder = inOrder;
      this.gap = gap;
      this.next = next;
    }
  }

  private static final class Live implements Iterator<GiftEvent> {
    private final SplittableRandom r;
    private final Shape shape;
    private final PriorityQueue<Pending> delivery =
        new PriorityQueue<>((a, b) -> a.arrival != b.arrival ? Long.compare(a.arrival, b.arrival) : Long.compare(a.order, b.order));
    private final PriorityQueue<Combo> combos = new PriorityQueue<>((a, b) -> Long.compare(a.next, b.next));
    private long now = START;
    private long nextItem = START;
    private long order;
    private long messageId = 7_286_000_000_000_000_000L;
    private long group = 1_696_447_000_000L;
    private int delivered;
    private final String[] senderIds;
    private final String[] senderNames;

    Live(long seed, Shape shape) {
      this.r = new SplittableRandom(seed);
      this.shape = shape;
      this.senderIds = new String[shape.senders()];
      this.senderNames = new String[shape.senders()];
      for (int s = 0; s < shape.senders(); s++) {
        senderIds[s] = "user-" + s;
        senderNames[s] = s % 3 == 0 ? null : "Viewer " + s;
      }
    }

    @Override
    public boolean hasNext() {
      return delivered < shape.messages();
    }

    @Override
    public GiftEvent next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      while (delivery.isEmpty() || delivery.peek().arrival > now) {
        step();
      }
      delivered++;
      return delivery.poll().event;
    }

    /** Makes the next message in true time: a combo's next repeat or end, or a new combo or gift. */
    private void step() {
      Combo c = combos.peek();
      if (c != null && c.next <= nextItem) {
        combos.poll();
        now = c.next;
        if (c.endSent) {
          emit(c.sender, c.name, c.host, c.gift, c.finalCount, true, c.group, c.inOrder);
          return;
        }
        emit(c.sender, c.name, c.host, c.gift, c.count, false, c.group, c.inOrder);
        if (c.count < c.finalCount) {
          c.count = Math.min(c.finalCount, c.count + 1 + (r.nextInt(8) == 0 ? r.nextInt(5) : 0));
        } else if (c.ends) {
          c.endSent = true; // the end comes next
        } else {
          return; // a combo that never ends stops after its last repeat
        }
        c.next = now + 1 + r.nextLong(c.gap);
        combos.add(c);
        return;
      }
      now = nextItem;
      nextItem = now + 1 + r.nextInt(2 * shape.meanGapMillis());
      int s = r.nextInt(shape.senders());
      String sender = senderIds[s];
      String name = senderNames[s];
      String host = r.nextInt(50) == 0 ? "host-b" : "host-a";
      long[] gift = GIFTS[r.nextInt(GIFTS.length)];
      if (gift[2] == 0) {
        emit(sender, name, host, gift, r.nextInt(10) == 0 ? 1 + r.nextInt(5) : 1, false, 0, false);
        return;
      }
      boolean groupLess = s % 100 < shape.groupLessPercent();
      int finalCount = 1 + (r.nextBoolean() ? r.nextInt(5) : r.nextInt(30));
      boolean ends = r.nextInt(100) >= shape.neverEndPercent();
      // Repeats at most maxCombo / 32 apart: at most 30 repeats and an end span less than maxCombo.
      long gap = Math.max(1, shape.maxComboMillis() / 32);
      Combo combo = new Combo(sender, name, host, gift, groupLess ? 0 : ++group, finalCount, ends, groupLess, gap, now);
      combo.count = 1;
      combos.add(combo);
    }

    private void emit(String sender, String name, String host, long[] gift, int count, boolean end, long groupId,
        boolean inOrder) {
      GiftEvent.Builder b = GiftEvent.builder().messageId(++messageId).timestamp(Instant.ofEpochMilli(now))
          .senderId(sender).hostId(host).giftId(gift[0]).coinsPerGift(gift[1]).repeatable(gift[2] == 1)
          .repeatCount(count).repeatEnd(end).groupId(groupId);
      if (name != null) {
        b.senderName(name);
      }
      GiftEvent e = b.build();
      delivery.add(new Pending(now + delay(inOrder), order++, e));
      if (!inOrder && r.nextInt(100) < shape.duplicatePercent()) {
        delivery.add(new Pending(now + delay(false), order++, e));
      }
    }

    private long delay(boolean inOrder) {
      if (inOrder) {
        return 0;
      }
      return r.nextInt(100) < shape.latePercent() ? r.nextLong(shape.maxLateMillis() + 1) : r.nextInt(21);
    }
  }
}
