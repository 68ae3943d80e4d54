package io.github.monetik.spark;

import io.github.monetik.gifts.GiftEvent;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/** Gift messages for the tests: seeded rooms of combos (every combo with its group id) and single gifts. */
final class Messages {
  private Messages() {}

  /** {@return the messages of a few rooms, a room's own messages in order, rooms interleaved} */
  static List<GiftEvent> rooms(long seed, int rooms, int combos) {
    SplittableRandom r = new SplittableRandom(seed);
    List<GiftEvent> out = new ArrayList<>();
    long id = 1_000;
    long t = 1_700_000_000_000L;
    for (int k = 0; k < combos * rooms; k++) {
      String host = "host-" + r.nextInt(rooms);
      String sender = "user-" + r.nextInt(12);
      t += r.nextInt(2_000);
      if (r.nextInt(4) == 0) { // a single gift, sometimes copied
        GiftEvent e = event(id++, t, host, sender, 5585 + r.nextInt(3), 100, false, 1 + r.nextInt(3), false, 0);
        out.add(e);
        if (r.nextInt(5) == 0) {
          out.add(e);
        }
        continue;
      }
      long gift = 5655 + r.nextInt(2);
      long group = t * 10 + r.nextInt(10);
      int count = 1 + r.nextInt(20);
      for (int c = 1; c <= count; c += 1 + r.nextInt(4)) {
        out.add(event(id++, t + c * 10L, host, sender, gift, 1, true, c, false, group));
      }
      if (r.nextInt(8) > 0) {
        out.add(event(id++, t + count * 10L + 5, host, sender, gift, 1, true, count, true, group));
      }
    }
    return out;
  }

  static GiftEvent event(long id, long millis, String host, String sender, long gift, long coins, boolean repeatable,
      int count, boolean end, long group) {
    return GiftEvent.builder().messageId(id).timestamp(java.time.Instant.ofEpochMilli(millis)).hostId(host)
        .senderId(sender).senderName("Name of " + sender).giftId(gift).coinsPerGift(coins).repeatable(repeatable)
        .repeatCount(count).repeatEnd(end).groupId(group).build();
  }

  /** {@return a message as a row of the recorded gift CSV's columns, in their order} */
  static Row row(GiftEvent e) {
    return RowFactory.create(Timestamp.from(e.timestamp()), e.hostId(), e.messageId(), e.senderId(),
        e.senderName().orElse(null), e.giftId(), e.giftName().orElse(null), e.coinsPerGift(), e.repeatable() ? 1 : 2,
        e.repeatCount(), e.repeatEnd() ? 1 : 0, e.groupId());
  }
}
