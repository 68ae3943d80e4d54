package io.github.monetik.benchmarks;

import io.github.monetik.Monetik;
import io.github.monetik.gifts.ComboSettlement;
import io.github.monetik.gifts.Gifts;
import io.github.monetik.gifts.LiveSnapshot;
import io.github.monetik.gifts.LiveTally;
import io.github.monetik.gifts.TallyOptions;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What a reader pays for the live numbers of a LIVE that has settled many gifts: a
 * {@link LiveTally#snapshot()} taken after a message (the first after a change builds it; readers
 * share it until the next), beside the per-gift {@code settlement()} a reader needed before the live
 * tally. A message alone costs about 0.1 µs ({@link ComboSettlementBenchmark}). A snapshot costs O(senders + gifts + hosts + minutes + open combos),
 * not O(settled gifts): the {@code settled} parameter grows the LIVE, the {@code senders} parameter
 * the breakdown a snapshot copies. Run: {@code java -jar benchmarks/target/benchmarks.jar
 * LiveSnapshotBenchmark -f 1 -wi 3 -i 5}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class LiveSnapshotBenchmark {
  /** Settled gifts the LIVE holds before the measurement. */
  @Param({"10000", "100000", "400000", "1000000"})
  int settled;

  /** Distinct senders: thousands in a big LIVE. */
  @Param({"5000"})
  int senders;

  private LiveTraffic traffic;
  private LiveTally tally;
  private LiveTally keepingEveryGift;
  private int next;
  private int first;

  /** Feeds both tallies the same traffic until the tally has settled {@code settled} gifts. */
  @Setup(Level.Trial)
  public void setup() {
    Gifts gifts = Monetik.defaults().gifts();
    traffic = new LiveTraffic(3 * settled + 2_000_000, senders, 11);
    tally = gifts.tally();
    keepingEveryGift = gifts.tally(TallyOptions.keepingEveryGift());
    while (next < traffic.sender.length - 1_000_000 && (next % 10_000 != 0 || tally.snapshot().earnings().gifts() < settled)) {
      tally.accept(traffic.event(next));
      keepingEveryGift.accept(traffic.event(next));
      next++;
    }
    first = next;
    if (tally.snapshot().earnings().gifts() < settled) {
      throw new AssertionError("the traffic settled " + tally.snapshot().earnings().gifts() + " gifts, not " + settled);
    }
  }

  /** One more message, then the snapshot a reader takes: what an overlay refreshing per gift pays. */
  @Benchmark
  public LiveSnapshot snapshotAfterAMessage() {
    tally.accept(traffic.event(following()));
    return tally.snapshot();
  }

  /** Before the live tally: every counted gift listed again to read the totals, O(settled gifts). */
  @Benchmark
  public ComboSettlement settlementOfEveryGift() {
    keepingEveryGift.accept(traffic.event(following()));
    return keepingEveryGift.settlement();
  }

  /** {@return the next message's index, among the million after the setup's (a copy past them)} */
  private int following() {
    return first + (next++ - first) % 1_000_000;
  }
}
