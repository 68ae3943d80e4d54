package io.github.monetik.benchmarks;

import io.github.monetik.gifts.GiftEvent;
import java.time.Instant;
import java.util.SplittableRandom;

/**
 * Generated LIVE gift traffic, seeded: 90% repeatable gifts in combos, 10% single gifts, 256 combos
 * in flight at once from a pool of senders, interleaved; 1% of combos never end; one message every
 * 10 ms, a busy LIVE's rate, so 10 million messages are a 28-hour stream. Kept as primitive arrays
 * (about 27 bytes a message) and, on request, as the {@link GiftEvent}s a LIVE client hands over.
 */
final class LiveTraffic {
  private static final long[][] GIFTS = {{5655, 1}, {5269, 1}, {5487, 5}, {5879, 30}, {5479, 1}, {5655, 1}};
  private static final long[][] SINGLE_GIFTS = {{5659, 99}, {5660, 100}, {7168, 500}, {5587, 1_000}, {6369, 29_999}};
  private static final int IN_FLIGHT = 256;
  static final long START = 1_700_000_000_000L;
  static final long STEP = 10;

  final String[] senderNames;
  final String[] hostNames = {"host-a", "host-b", "host-c", "host-d"};
  final int[] sender;
  final byte[] host;
  final long[] giftId;
  final long[] coinsPerGift;
  final int[] count;
  final byte[] flags; // 1 = repeatable, 2 = repeat end
  final long[] group;
  final long[] naiveCoins;

  LiveTraffic(int events, int senders, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    senderNames = new String[senders];
    for (int i = 0; i < senders; i++) {
      senderNames[i] = "user-" + Integer.toHexString(0x10000000 + i * 7919);
    }
    sender = new int[events];
    host = new byte[events];
    giftId = new long[events];
    coinsPerGift = new long[events];
    count = new int[events];
    flags = new byte[events];
    group = new long[events];
    naiveCoins = new long[events];
    int[] fSender = new int[IN_FLIGHT];
    int[] fGift = new int[IN_FLIGHT];
    long[] fGroup = new long[IN_FLIGHT];
    int[] fCount = new int[IN_FLIGHT];
    int[] fFinal = new int[IN_FLIGHT];
    byte[] fHost = new byte[IN_FLIGHT];
    long nextGroup = START;
    for (int k = 0; k < IN_FLIGHT; k++) {
      nextGroup = newCombo(r, senders, k, fSender, fGift, fGroup, fCount, fFinal, fHost, nextGroup);
    }
    for (int i = 0; i < events; i++) {
      if (r.nextInt(10) == 0) {
        long[] g = SINGLE_GIFTS[r.nextInt(SINGLE_GIFTS.length)];
        sender[i] = r.nextInt(senders);
        host[i] = (byte) r.nextInt(hostNames.length);
        giftId[i] = g[0];
        coinsPerGift[i] = g[1];
        count[i] = r.nextInt(8) == 0 ? 1 + r.nextInt(5) : 1;
      } else {
        int k = r.nextInt(IN_FLIGHT);
        long[] g = GIFTS[fGift[k]];
        sender[i] = fSender[k];
        host[i] = fHost[k];
        giftId[i] = g[0];
        coinsPerGift[i] = g[1];
        group[i] = fGroup[k];
        if (fCount[k] < fFinal[k]) {
          fCount[k]++;
          count[i] = fCount[k];
          flags[i] = 1;
        } else {
          count[i] = fFinal[k];
          flags[i] = (byte) (r.nextInt(100) != 0 ? 3 : 1); // 1% of combos never end
          nextGroup = newCombo(r, senders, k, fSender, fGift, fGroup, fCount, fFinal, fHost, nextGroup);
        }
      }
      naiveCoins[i] = coinsPerGift[i] * count[i];
    }
  }

  private static long newCombo(SplittableRandom r, int senders, int k, int[] fSender, int[] fGift, long[] fGroup,
      int[] fCount, int[] fFinal, byte[] fHost, long nextGroup) {
    fSender[k] = r.nextInt(senders);
    fGift[k] = r.nextInt(GIFTS.length);
    fGroup[k] = nextGroup + 1 + r.nextInt(1_000);
    fCount[k] = 0;
    fFinal[k] = 1 + (r.nextInt(4) == 0 ? r.nextInt(60) : r.nextInt(10));
    fHost[k] = (byte) r.nextInt(4);
    return fGroup[k];
  }

  int size() {
    return sender.length;
  }

  long millis(int i) {
    return START + i * STEP;
  }

  /** {@return message {@code i} as a LIVE client hands it over} */
  GiftEvent event(int i) {
    byte f = flags[i];
    return GiftEvent.builder().messageId(i).timestamp(Instant.ofEpochMilli(millis(i))).senderId(senderNames[sender[i]])
        .hostId(hostNames[host[i]]).giftId(giftId[i]).coinsPerGift(coinsPerGift[i]).repeatable((f & 1) != 0)
        .repeatCount(count[i]).repeatEnd((f & 2) != 0).groupId(group[i]).build();
  }

  /** {@return every message as an event, built once} */
  GiftEvent[] events() {
    GiftEvent[] out = new GiftEvent[size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = event(i);
    }
    return out;
  }
}
