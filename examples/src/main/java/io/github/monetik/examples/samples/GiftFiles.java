package io.github.monetik.examples.samples;

import io.github.monetik.examples.Export;
import io.github.monetik.examples.RoomLog;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.SplittableRandom;

/**
 * Writes the big gift files of {@code parallel-totals}, seeded, so the same seed always writes the
 * same file: settled gifts ({@link #HEADER}: a gift's instant (ISO-8601 UTC), sender, host, gift id,
 * how many and the price of one in coins) or the same gifts as the raw LIVE messages that carry them
 * ({@link #MESSAGES_HEADER}, the columns of the recorded files). Streamed line by line: no list of all
 * gifts is ever held.
 */
public final class GiftFiles {
  /** The header of a settled-gifts file. */
  public static final String HEADER = "timestamp,sender,host,gift_id,count,coins_per_gift";
  /** The header of a messages file: the recorded LIVE gift CSV's columns. */
  public static final String MESSAGES_HEADER = RoomLog.HEADER;
  /** {id, coins}: the ids TikTok's recorded LIVE data shows, then made-up ids (9xxxxx) for dearer gifts. */
  private static final long[][] GIFTS = {{5655, 1}, {5269, 1}, {5487, 5}, {5879, 30}, {900_099, 99}, {900_500, 500},
      {901_000, 1_000}, {929_999, 29_999}};
  /** Per mille of gifts of each kind above: mostly roses and hearts, rarely a lion. */
  private static final int[] WEIGHTS = {560, 120, 180, 90, 30, 15, 4, 1};

  private GiftFiles() {}

  /**
   * Writes {@code lines} gifts of a four-hour evening across 8 hosts and 50,000 senders (a few give
   * most), in time order, to a temporary file that is then moved into place, so an interrupted run
   * never leaves a partial file behind.
   *
   * @param file where to write
   * @param lines how many gifts
   * @param seed the random seed
   * @throws IOException if the file cannot be written
   */
  public static void generate(Path file, long lines, long seed) throws IOException {
    StringBuilder b = new StringBuilder(64);
    write(file, HEADER, w -> draw(lines, seed, (second, sender, host, gift, count) -> {
      b.setLength(0);
      b.append(Instant.ofEpochSecond(second)).append(",user-").append(sender).append(",host-0").append(host).append(',')
          .append(GIFTS[gift][0]).append(',').append(count).append(',').append(GIFTS[gift][1]).append('\n');
      w.append(b);
    }));
  }

  /**
   * Writes the gifts {@link #generate} would write with the same seed, as the LIVE messages that carry
   * them: a gift under 100 coins is a combo, sent as two or three repeats growing from 1 to its count
   * (one if the count is 1) and, a few lines later, its end (one combo in fifty never ends); a dearer gift is one message with its quantity.
   *
   * @param file where to write
   * @param gifts how many gifts
   * @param seed the random seed
   * @throws IOException if the file cannot be written
   */
  public static void generateMessages(Path file, long gifts, long seed) throws IOException {
    SplittableRandom random = new SplittableRandom(~seed);
    long[] messageId = {7_300_000_000_000_000_000L};
    ArrayDeque<String> pendingEnds = new ArrayDeque<>();
    write(file, MESSAGES_HEADER, w -> {
      draw(gifts, seed, (second, sender, host, gift, count) -> {
        long id = messageId[0]++;
        long millis = second * 1_000 + random.nextInt(1_000);
        boolean repeatable = GIFTS[gift][1] < 100;
        String common = ",host-0" + host + ",";
        String who = ",user-" + sender + ",user-" + sender + "," + GIFTS[gift][0] + ",gift-" + GIFTS[gift][0] + ","
            + GIFTS[gift][1] + "," + (repeatable ? 1 : 2) + ",";
        if (!repeatable) {
          w.append(Instant.ofEpochMilli(millis) + common + id + who + count + ",0,0\n");
          return;
        }
        long group = id; // TikTok uses the combo's start time; any id unique per sender and gift will do
        // Repeats from 1 up to the count (clients see only some of the steps between), then the end.
        long repeats = count == 1 ? 1 : 2 + random.nextInt(2);
        for (long k = 1; k <= repeats; k++) {
          long shown = k == 1 ? 1 : 1 + (count - 1) * (k - 1) / (repeats - 1);
          w.append(Instant.ofEpochMilli(millis) + common + messageId[0]++ + who + shown + ",0," + group + "\n");
        }
        if (random.nextInt(50) > 0) {
          pendingEnds.addLast(Instant.ofEpochMilli(millis + 1) + common + messageId[0]++ + who + count + ",1," + group + "\n");
        }
        while (pendingEnds.size() > random.nextInt(8)) {
          w.append(pendingEnds.removeFirst());
        }
      });
      while (!pendingEnds.isEmpty()) {
        w.append(pendingEnds.removeFirst());
      }
    });
  }

  /** Receives one drawn gift. */
  private interface GiftSink {
    void gift(long second, long sender, int host, int gift, long count) throws IOException;
  }

  /** Draws the gifts of a four-hour evening across 8 hosts and 50,000 senders, in time order. */
  private static void draw(long lines, long seed, GiftSink sink) throws IOException {
    SplittableRandom random = new SplittableRandom(seed);
    long start = Instant.parse("2025-03-01T18:00:00Z").getEpochSecond();
    long span = 4 * 3600;
    for (long i = 0; i < lines; i++) {
      long second = start + Math.multiplyExact(i, span) / lines;
      // A cubed uniform draw: small sender numbers (the big gifters) come up far more often.
      long u = random.nextLong(1_000_000);
      long sender = u * u / 1_000_000 * u / 1_000_000 / 20;
      int k = random.nextInt(1_000);
      int gift = 0;
      while (k >= WEIGHTS[gift]) {
        k -= WEIGHTS[gift];
        gift++;
      }
      long count = random.nextInt(10) < 7 ? 1 : 1 + random.nextInt(99);
      int host = 1 + random.nextInt(8);
      sink.gift(second, sender, host, gift, count);
    }
  }

  /** Writes a body of lines under a header, through the export kernel. */
  private interface Body {
    void write(Writer w) throws IOException;
  }

  private static void write(Path file, String header, Body body) throws IOException {
    Export.write(file, w -> {
      w.write(header);
      w.write('\n');
      body.write(w);
    });
  }
}
