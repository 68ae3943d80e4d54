package io.github.monetik.benchmarks;

import io.github.monetik.Monetik;
import io.github.monetik.gifts.Gifts;
import io.github.monetik.gifts.LiveTally;
import io.github.monetik.gifts.TallyOptions;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/**
 * The heap a live tally holds over a simulated 24-hour LIVE ({@link LiveTraffic}: a message every
 * 10 ms, 8.64 million messages, 1% of combos never ending), sampled after a full GC every two hours
 * of stream time, with the default retention (5 minutes, idle combos expire after 1 minute) beside a
 * tally that keeps every gift. Run: {@code java -cp benchmarks/target/benchmarks.jar
 * io.github.monetik.benchmarks.LiveHeap}.
 */
public final class LiveHeap {
  private LiveHeap() {}

  /**
   * Prints one row per two hours: stream hours, heap with retention, heap keeping every gift.
   *
   * @param args optional: the number of hours (default 24)
   */
  public static void main(String[] args) {
    int hours = args.length > 0 ? Integer.parseInt(args[0]) : 24;
    int perHour = (int) (3_600_000 / LiveTraffic.STEP);
    LiveTraffic traffic = new LiveTraffic(hours * perHour, 5_000, 7);
    Gifts gifts = Monetik.defaults().gifts();
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    long[][] mb = new long[2][hours / 2];
    String[] coins = new String[2];
    for (int kind = 0; kind < 2; kind++) {
      long base = used(memory);
      LiveTally tally = kind == 0 ? gifts.tally() : gifts.tally(TallyOptions.keepingEveryGift());
      for (int h = 0; h < hours; h++) {
        for (int i = h * perHour; i < (h + 1) * perHour; i++) {
          tally.accept(traffic.event(i));
        }
        if ((h + 1) % 2 == 0) {
          mb[kind][h / 2] = (used(memory) - base) / 1_000_000;
        }
      }
      coins[kind] = tally.snapshot().earnings().coins().toString();
    }
    System.out.printf("%6s %22s %22s%n", "hours", "retention 5 min (MB)", "every gift kept (MB)");
    for (int k = 0; k < hours / 2; k++) {
      System.out.printf("%6d %22d %22d%n", 2 * (k + 1), mb[0][k], mb[1][k]);
    }
    System.out.println("settled coins, retention: " + coins[0] + "; every gift kept: " + coins[1]);
  }

  private static long used(MemoryMXBean memory) {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return memory.getHeapMemoryUsage().getUsed();
  }
}
