package io.github.monetik.gifts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.monetik.Monetik;
import io.github.monetik.money.Coins;
import io.github.monetik.money.Money;
import io.github.monetik.testing.LiveStreams;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * One writer, several readers: a LIVE client's thread feeds a generated LIVE of a million messages
 * while two UI threads poll {@link LiveTally#snapshot()} as fast as they can. Nothing throws,
 * nothing hangs, every snapshot is consistent in itself, and the end is what one thread alone gets.
 */
class LiveTallyStressTest {
  private static final int MESSAGES = 1_000_000;
  private static final int READERS = 2;
  private static final long SEED = 20_260_114L;
  private static final Gifts GIFTS = Monetik.defaults().gifts();

  /** Counts what a listener hears, and reads the tally from inside a call now and then. */
  private static final class Counting implements TallyListener {
    final LiveTally tally;
    long settled;
    long combos;
    long issues;
    long reads;

    Counting(LiveTally tally) {
      this.tally = tally;
    }

    @Override
    public void onSettled(CountedGift gift, Money creatorCash, boolean revised) {
      if (++settled % 50_000 == 0) {
        assertThat(tally.snapshot().earnings().coins()).isGreaterThanOrEqualTo(gift.coins());
        reads++;
      }
    }

    @Override
    public void onCombo(CountedGift combo, boolean opened) {
      combos++;
    }

    @Override
    public void onIssue(SettlementIssue issue) {
      issues++;
    }
  }

  private static void consistent(LiveSnapshot s) {
    LiveEarnings e = s.earnings();
    for (Collection<EarningsRow> rows : List.of(e.bySender().values(), e.byGift().values(), e.byHost().values(),
        e.byMinute().values())) {
      assertThat(rows.stream().mapToLong(EarningsRow::gifts).sum()).isEqualTo(e.gifts());
      assertThat(rows.stream().mapToLong(r -> r.coins().count()).sum()).isEqualTo(e.coins().count());
    }
    assertThat(e.coins()).isLessThanOrEqualTo(s.naiveCoins());
    assertThat(e.coins().plus(s.openCoins())).isLessThanOrEqualTo(s.naiveCoins());
    assertThat(e.gifts()).isLessThanOrEqualTo(e.coins().count()); // every gift here costs a coin at least
    assertThat(s.open()).allSatisfy(g -> assertThat(g.isOpen()).isTrue());
  }

  @Test
  void oneWriterAndTwoReadersSeeConsistentSnapshotsAndTheSingleThreadedEnd() {
    // Made once (about 100 MB), so both runs spend their time in the tally, not in the generator.
    List<GiftEvent> live = new ArrayList<>(MESSAGES);
    LiveStreams.live(SEED, LiveStreams.Shape.typical(MESSAGES)).forEach(live::add);
    assertTimeoutPreemptively(Duration.ofSeconds(120), () -> {
      LiveTally tally = GIFTS.tally();
      Counting heard = new Counting(tally);
      tally.addListener(heard);
      AtomicBoolean done = new AtomicBoolean();
      AtomicReference<Throwable> failure = new AtomicReference<>();
      AtomicLong snapshots = new AtomicLong();
      CountDownLatch start = new CountDownLatch(1);
      List<Thread> readers = new ArrayList<>();
      for (int k = 0; k < READERS; k++) {
        Thread reader = new Thread(() -> {
          try {
            start.await();
            long messages = 0;
            Coins naive = Coins.ZERO;
            while (!done.get()) {
              LiveSnapshot s = tally.snapshot();
              assertThat(s.messages()).isGreaterThanOrEqualTo(messages);
              assertThat(s.naiveCoins()).isGreaterThanOrEqualTo(naive);
              messages = s.messages();
              naive = s.naiveCoins();
              consistent(s);
              snapshots.incrementAndGet();
            }
          } catch (Throwable t) {
            failure.compareAndSet(null, t);
          }
        }, "reader-" + k);
        reader.setDaemon(true);
        reader.start();
        readers.add(reader);
      }
      Thread writer = new Thread(() -> {
        try {
          start.await();
          for (GiftEvent e : live) {
            tally.accept(e);
          }
        } catch (Throwable t) {
          failure.compareAndSet(null, t);
        } finally {
          done.set(true);
        }
      }, "writer");
      writer.setDaemon(true);
      writer.start();
      start.countDown();
      writer.join();
      for (Thread reader : readers) {
        reader.join();
      }
      assertThat(failure.get()).as("no thread failed").isNull();
      assertThat(snapshots.get()).as("the readers read while the writer wrote").isGreaterThan(READERS);

      LiveTally alone = GIFTS.tally();
      Counting aloneHeard = new Counting(alone);
      alone.addListener(aloneHeard);
      alone.acceptAll(live);
      LiveSnapshot end = tally.snapshot();
      assertThat(end.messages()).isEqualTo(MESSAGES);
      assertThat(end).isEqualTo(alone.snapshot());
      consistent(end);
      assertThat(heard.settled).isEqualTo(aloneHeard.settled).isPositive();
      assertThat(heard.combos).isEqualTo(aloneHeard.combos);
      assertThat(heard.issues).isEqualTo(aloneHeard.issues);
      assertThat(heard.reads).isPositive();
    });
  }
}
