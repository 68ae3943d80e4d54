package io.github.monetik.benchmarks;

import io.github.monetik.gifts.ComboSettler;
import io.github.monetik.gifts.DiamondPolicy;
import io.github.monetik.money.Coins;
import io.github.monetik.money.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Settling and totalling generated LIVE gift traffic (90% repeatable gifts in combos, 10% single
 * gifts, 256 combos in flight at once from 5,000 senders, interleaved; 1% of combos never end; one
 * message every 10 ms, a busy LIVE's rate, so 10 million messages are a 28-hour stream), with
 * {@link ComboSettler}, against in the same run a plain {@code long} loop over the same messages'
 * coin counts (the practical limit) and a per-event {@code BigDecimal} total (what a user writes by
 * hand; it also double-counts every combo).
 *
 * <p>The messages are generated once, into primitive arrays (about 27 bytes a message), not objects.
 * The settler forgets settled combos older than five minutes of stream time every 2^16 messages, so
 * its memory follows the open combos and the senders, not the number of messages.
 *
 * <p>Measured 2026-11-22 on a shared 2-core machine (load average 11-20, so noisy):
 * {@code java -jar benchmarks/target/benchmarks.jar ComboSettlementBenchmark -f 1 -wi 2 -w 2s -i 5 -r 3s}
 * gave 6.2 ms (long loop), 152 ms (BigDecimal), 1,191 ms (settle), that is settling at about 190x the
 * plain loop and 8x the naive BigDecimal total. The loop is a vectorized sequential sum; settling needs
 * a hash lookup per message, which is bound by memory latency, so the 5x target is out of reach.
 *
 * <p>Measured 2026-11-29, idle 2-core machine:
 * {@code java -jar benchmarks/target/benchmarks.jar 'ComboSettlementBenchmark.settle' -f 2 -wi 3 -w 3s -i 6 -r 3s}
 * gave 813 ± 162 ms (settleAndTotal) and 530 ± 55 ms (settleInParallel), 1.5x on two cores, with
 * equal totals (checked outside JMH: USD 39,981,250.585 both ways).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgs = {"-Xms2g", "-Xmx2g"})
public class ComboSettlementBenchmark {
  private static final long[][] GIFTS = {{5655, 1}, {5269, 1}, {5487, 5}, {5879, 30}, {7934, 1}, {5655, 1}};
  private static final long[][] SINGLE_GIFTS = {{1, 99}, {2, 100}, {3, 500}, {4, 1_000}, {5, 29_999}};
  private static final int IN_FLIGHT = 256;
  private static final long START = 1_700_000_000_000L;
  private static final long FORGET_EVERY = 1 << 16;
  private static final long FIVE_MINUTES = 5 * 60_000L;

  /** Messages; 10,000,000 is the reported size. */
  @Param({"10000000"})
  int events;

  /** Distinct senders: thousands in a big LIVE. */
  @Param({"5000"})
  int senders;

  /** Milliseconds between messages. */
  private static final long STEP = 10;

  String[] senderNames;
  String[] hostNames;
  int[] sender;
  byte[] host;
  long[] giftId;
  long[] coinsPerGift;
  int[] count;
  byte[] flags; // 1 = repeatable, 2 = repeat end
  long[] group;
  long[] naiveCoins;
  DiamondPolicy policy;

  @Setup
  public void generate() {
    SplittableRandom r = new SplittableRandom(42);
    senderNames = new String[senders];
    for (int i = 0; i < senders; i++) {
      senderNames[i] = "user-" + Integer.toHexString(0x10000000 + i * 7919);
    }
    hostNames = new String[] {"host-a", "host-b", "host-c", "host-d"};
    sender = new int[events];
    host = new byte[events];
    giftId = new long[events];
    coinsPerGift = new long[events];
    count = new int[events];
    flags = new byte[events];
    group = new long[events];
    naiveCoins = new long[events];
    // Combos in flight: sender, gift, group, current count, final count, host.
    int[] fSender = new int[IN_FLIGHT];
    int[] fGift = new int[IN_FLIGHT];
    long[] fGroup = new long[IN_FLIGHT];
    int[] fCount = new int[IN_FLIGHT];
    int[] fFinal = new int[IN_FLIGHT];
    byte[] fHost = new byte[IN_FLIGHT];
    long nextGroup = START;
    for (int k = 0; k < IN_FLIGHT; k++) {
      nextGroup = newCombo(r, k, fSender, fGift, fGroup, fCount, fFinal, fHost, nextGroup);
    }
    for (int i = 0; i < events; i++) {
      if (r.nextInt(10) == 0) {
        long[] g = SINGLE_GIFTS[r.nextInt(SINGLE_GIFTS.length)];
        sender[i] = r.nextInt(senders);
        host[i] = (byte) r.nextInt(hostNames.length);
        giftId[i] = g[0];
        coinsPerGift[i] = g[1];
        count[i] = r.nextInt(8) == 0 ? 1 + r.nextInt(5) : 1;
        flags[i] = 0;
        group[i] = 0;
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
          boolean ends = r.nextInt(100) != 0; // 1% of combos never end
          flags[i] = (byte) (ends ? 3 : 1);
          nextGroup = newCombo(r, k, fSender, fGift, fGroup, fCount, fFinal, fHost, nextGroup);
        }
      }
      naiveCoins[i] = coinsPerGift[i] * count[i];
    }
    policy = DiamondPolicy.builder().coinValue(Money.of("0.01", "USD"))
        .creatorShare(io.github.monetik.money.Rate.percent(50)).diamondValue(Money.of("0.005", "USD")).build();
  }

  private long newCombo(SplittableRandom r, int k, int[] fSender, int[] fGift, long[] fGroup, int[] fCount, int[] fFinal,
      byte[] fHost, long nextGroup) {
    fSender[k] = r.nextInt(senders);
    fGift[k] = r.nextInt(GIFTS.length);
    fGroup[k] = nextGroup + 1 + r.nextInt(1_000);
    fCount[k] = 0;
    fFinal[k] = 1 + (r.nextInt(4) == 0 ? r.nextInt(60) : r.nextInt(10));
    fHost[k] = (byte) r.nextInt(hostNames.length);
    return fGroup[k];
  }

  /** The practical limit: a plain, exact {@code long} loop over every message's coins (double-counting combos). */
  @Benchmark
  public long baselineLongLoop() {
    long total = 0;
    for (long c : naiveCoins) {
      total = Math.addExact(total, c);
    }
    return total;
  }

  /** What a user writes by hand: a {@code BigDecimal} cash total, one multiply and add per message. */
  @Benchmark
  public BigDecimal baselineNaiveBigDecimal() {
    BigDecimal total = BigDecimal.ZERO;
    BigDecimal perCoin = new BigDecimal("0.01");
    for (long c : naiveCoins) {
      total = total.add(perCoin.multiply(BigDecimal.valueOf(c)));
    }
    return total;
  }

  /** Settles every message (each combo once), then totals: settled and open coins, and the creator's cash once. */
  @Benchmark
  public Money settleAndTotal(Blackhole open) {
    ComboSettler settler = ComboSettler.create();
    String[] names = senderNames;
    String[] hosts = hostNames;
    for (int i = 0; i < events; i++) {
      byte f = flags[i];
      settler.accept(i, START + i * STEP, names[sender[i]], hosts[host[i]], giftId[i], coinsPerGift[i], (f & 1) != 0, count[i],
          (f & 2) != 0, group[i]);
      if ((i & (FORGET_EVERY - 1)) == FORGET_EVERY - 1) {
        settler.forgetSettledBefore(Instant.ofEpochMilli(START + i * STEP - FIVE_MINUTES));
      }
    }
    open.consume(settler.openCoins());
    return policy.creatorCashFor(Coins.of(settler.settledCoins()));
  }

  /**
   * The same settlement on a parallel stream: one settler per chunk of the message range, chunks cut
   * inside combos, combined in stream order with {@link ComboSettler#combine(ComboSettler)} (what
   * {@code ComboSettlement.collector()} does); compare with {@link #settleAndTotal}.
   */
  @Benchmark
  public Money settleInParallel(Blackhole open) {
    String[] names = senderNames;
    String[] hosts = hostNames;
    ComboSettler settler = IntStream.range(0, events).parallel().collect(ComboSettler::create, (s, i) -> {
      byte f = flags[i];
      s.accept(i, START + i * STEP, names[sender[i]], hosts[host[i]], giftId[i], coinsPerGift[i], (f & 1) != 0, count[i],
          (f & 2) != 0, group[i]);
      if ((i & (FORGET_EVERY - 1)) == FORGET_EVERY - 1) {
        s.forgetSettledBefore(Instant.ofEpochMilli(START + i * STEP - FIVE_MINUTES));
      }
    }, ComboSettler::combine);
    open.consume(settler.openCoins());
    return policy.creatorCashFor(Coins.of(settler.settledCoins()));
  }
}
