package io.github.monetik.benchmarks;

import io.github.monetik.Monetik;
import io.github.monetik.gifts.CountedGift;
import io.github.monetik.gifts.DiamondPolicy;
import io.github.monetik.gifts.GiftEvent;
import io.github.monetik.gifts.Gifts;
import io.github.monetik.gifts.LiveSnapshot;
import io.github.monetik.gifts.LiveTally;
import io.github.monetik.gifts.SettlementIssue;
import io.github.monetik.gifts.TallyListener;
import io.github.monetik.money.Coins;
import io.github.monetik.money.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
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
 * Settling and totalling generated LIVE gift traffic ({@link LiveTraffic}: 10 million messages, a
 * 28-hour stream), every contender in the same run:
 *
 * <ul>
 *   <li>baselines: a plain {@code long} loop over every message's coins (the practical limit; it
 *       double-counts combos), a per-message {@code BigDecimal} cash total (what a user writes by
 *       hand; it double-counts too), a {@code HashMap}-keyed settler (what a careful user writes:
 *       one map entry per combo, counted at its end), and today's settler (the engine before the
 *       live tally, {@link LiveSnapshot} aside, fed field by field);
 *   <li>Monetik: the bare settle ({@code gifts.toSnapshot()}: every message settled, totals and
 *       breakdowns at the end), the live tally with its running aggregates ({@code gifts.tally()},
 *       5 minutes retention), the tally with one listener, and the tally while two reader threads
 *       poll {@code snapshot()} without pause.
 * </ul>
 *
 * <p>Every Monetik contender and the two settler baselines give the same settled coins (checked in
 * {@link #setup()}). Run: {@code java -jar benchmarks/target/benchmarks.jar ComboSettlementBenchmark
 * -f 1 -wi 2 -w 5s -i 5 -r 5s}; the README gives the last measurement.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgs = {"-Xms6g", "-Xmx6g"})
public class ComboSettlementBenchmark {
  private static final long FORGET_EVERY = 1 << 16;
  private static final long FIVE_MINUTES = 5 * 60_000L;

  /** Messages; 10,000,000 is the reported size. */
  @Param({"10000000"})
  int events;

  /** Distinct senders: thousands in a big LIVE. */
  @Param({"5000"})
  int senders;

  LiveTraffic traffic;
  GiftEvent[] messages;
  Gifts gifts;
  DiamondPolicy policy;

  @Setup
  public void setup() {
    traffic = new LiveTraffic(events, senders, 42);
    messages = traffic.events();
    gifts = Monetik.defaults().gifts();
    policy = gifts.diamondPolicy();
    // Equal totals, or the race is void: the batch settle, today's settler, the careful user's map, and a
    // tally that keeps idle combos open (the default tally also counts the 1% of combos that never end).
    long settled = Arrays.stream(messages).collect(gifts.toSnapshot()).earnings().coins().count();
    LiveTally open = gifts.tally(io.github.monetik.gifts.TallyOptions.defaults().keepingIdleCombosOpen());
    for (GiftEvent e : messages) {
      open.accept(e);
    }
    long[] all = {settled, legacySettled(), baselineHashMapSettler(), open.snapshot().earnings().coins().count()};
    if (Arrays.stream(all).distinct().count() != 1) {
      throw new AssertionError("settled coins differ: settle, legacy, map, tally = " + Arrays.toString(all));
    }
  }

  /** The practical limit: a plain, exact {@code long} loop over every message's coins (double-counting combos). */
  @Benchmark
  public long baselineLongLoop() {
    long total = 0;
    for (long c : traffic.naiveCoins) {
      total = Math.addExact(total, c);
    }
    return total;
  }

  /** What a user writes by hand: a {@code BigDecimal} cash total, one multiply and add per message. */
  @Benchmark
  public BigDecimal baselineNaiveBigDecimal() {
    BigDecimal total = BigDecimal.ZERO;
    BigDecimal perCoin = new BigDecimal("0.01");
    for (GiftEvent e : messages) {
      total = total.add(perCoin.multiply(BigDecimal.valueOf(e.coinsPerGift() * e.repeatCount())));
    }
    return total;
  }

  /**
   * What a careful user writes: a {@code HashMap} from "sender|gift|group" to the combo's largest
   * count, counted once at its end; single gifts counted on arrival, deduplicated by message id.
   */
  @Benchmark
  public long baselineHashMapSettler() {
    Map<String, long[]> combos = new HashMap<>();
    Map<Long, Boolean> singles = new HashMap<>();
    long settled = 0;
    for (GiftEvent e : messages) {
      if (!e.repeatable()) {
        if (singles.putIfAbsent(e.messageId(), Boolean.TRUE) == null) {
          settled += e.coinsPerGift() * e.repeatCount();
        }
        continue;
      }
      long[] c = combos.computeIfAbsent(e.senderId() + '|' + e.giftId() + '|' + e.groupId(), k -> new long[3]);
      c[0] = Math.max(c[0], e.repeatCount());
      c[1] = e.coinsPerGift();
      if (e.repeatEnd() && c[2] == 0) {
        c[2] = 1;
        settled += c[0] * c[1];
      }
    }
    return settled;
  }

  /** Today's settler (before the live tally), fed field by field, forgetting settled combos older than 5 minutes. */
  @Benchmark
  public Money legacySettler(Blackhole open) {
    LegacySettler settler = legacy();
    open.consume(settler.openCoins());
    return policy.creatorCashFor(Coins.of(settler.settledCoins()));
  }

  private long legacySettled() {
    return legacy().settledCoins();
  }

  private LegacySettler legacy() {
    LegacySettler settler = new LegacySettler();
    LiveTraffic t = traffic;
    for (int i = 0; i < t.size(); i++) {
      byte f = t.flags[i];
      settler.accept(i, t.millis(i), t.senderNames[t.sender[i]], t.hostNames[t.host[i]], t.giftId[i], t.coinsPerGift[i],
          (f & 1) != 0, t.count[i], (f & 2) != 0, t.group[i]);
      if ((i & (FORGET_EVERY - 1)) == FORGET_EVERY - 1) {
        settler.forgetSettledBefore(Instant.ofEpochMilli(t.millis(i) - FIVE_MINUTES));
      }
    }
    return settler;
  }

  /** The bare settle: every message through the settlement engine, totals and breakdowns at the end. */
  @Benchmark
  public Money settle() {
    LiveSnapshot s = Arrays.stream(messages).collect(gifts.toSnapshot());
    return s.earnings().creatorCash();
  }

  /** The live tally: every message settled with the running aggregates (per sender, gift, host, minute) kept. */
  @Benchmark
  public Money tally() {
    LiveTally tally = gifts.tally();
    for (GiftEvent e : messages) {
      tally.accept(e);
    }
    return tally.snapshot().earnings().creatorCash();
  }

  /** The live tally with one listener that counts settled gifts and their cash. */
  @Benchmark
  public Money tallyWithListener(Blackhole heard) {
    LiveTally tally = gifts.tally();
    AtomicLong settled = new AtomicLong();
    tally.addListener(new TallyListener() {
      @Override
      public void onSettled(CountedGift gift, Money creatorCash, boolean revised) {
        settled.incrementAndGet();
        heard.consume(creatorCash);
      }
    });
    for (GiftEvent e : messages) {
      tally.accept(e);
    }
    heard.consume(settled.get());
    return tally.snapshot().earnings().creatorCash();
  }

  /**
   * The live tally with one listener that hears everything: each settled gift and its cash, each
   * combo that opens or grows (most messages of a LIVE), each issue. A listener that overrides only
   * {@code onSettled} ({@link #tallyWithListener}) spares the tally the counted gift of every growing combo.
   */
  @Benchmark
  public Money tallyWithFullListener(Blackhole heard) {
    LiveTally tally = gifts.tally();
    AtomicLong events = new AtomicLong();
    tally.addListener(new TallyListener() {
      @Override
      public void onSettled(CountedGift gift, Money creatorCash, boolean revised) {
        events.incrementAndGet();
        heard.consume(creatorCash);
      }

      @Override
      public void onCombo(CountedGift combo, boolean opened) {
        events.incrementAndGet();
        heard.consume(combo);
      }

      @Override
      public void onIssue(SettlementIssue issue) {
        events.incrementAndGet();
        heard.consume(issue);
      }
    });
    for (GiftEvent e : messages) {
      tally.accept(e);
    }
    heard.consume(events.get());
    return tally.snapshot().earnings().creatorCash();
  }

  /** The live tally while two reader threads take snapshots without pause. */
  @Benchmark
  public Money tallyWithTwoReaders(Blackhole seen) throws InterruptedException {
    LiveTally tally = gifts.tally();
    AtomicBoolean done = new AtomicBoolean();
    AtomicLong snapshots = new AtomicLong();
    Runnable reader = () -> {
      while (!done.get()) {
        seen.consume(tally.snapshot().earnings().coins());
        snapshots.incrementAndGet();
      }
    };
    Thread a = new Thread(reader);
    Thread b = new Thread(reader);
    a.start();
    b.start();
    for (GiftEvent e : messages) {
      tally.accept(e);
    }
    done.set(true);
    a.join();
    b.join();
    seen.consume(snapshots.get());
    return tally.snapshot().earnings().creatorCash();
  }
}
