package io.github.monetik.gifts;

import static io.github.monetik.testing.GiftGenerators.hostileStreamsWithoutSomeGroupIds;
import static io.github.monetik.testing.GiftGenerators.scenarios;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.monetik.Monetik;
import io.github.monetik.testing.LiveStreams;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The laws of the live tally: it is the batch seen as it goes, and retention never changes what it reports. */
class LiveTallyPropertiesTest {
  private static final Gifts GIFTS = Monetik.defaults().gifts();

  /** The tally reports what the batch settlement of the same messages reports. */
  static void sameAsTheBatch(LiveTally tally, List<GiftEvent> events) {
    ComboSettlement batch = GIFTS.settle(events);
    LiveSnapshot now = tally.snapshot();
    assertThat(tally.settlement()).isEqualTo(batch);
    assertThat(now.earnings()).isEqualTo(GIFTS.earnings(batch));
    assertThat(now.open()).containsExactlyInAnyOrderElementsOf(batch.open());
    assertThat(now.issues()).isEqualTo(batch.issues());
    assertThat(now.messages()).isEqualTo(batch.messages());
    assertThat(now.naiveCoins()).isEqualTo(batch.naiveCoins());
    assertThat(now.openCoins()).isEqualTo(batch.openCoins());
  }

  /** The same messages squeezed into less than a minute of stream time, so no combo idles for a minute. */
  private static List<GiftEvent> withinAMinute(List<GiftEvent> events) {
    long start = 1_697_113_848_000L;
    List<GiftEvent> out = new ArrayList<>();
    for (GiftEvent e : events) {
      long t = e.timestamp().toEpochMilli();
      out.add(GiftEvent.builder().from(e).timestamp(Instant.ofEpochMilli(start + Math.floorMod(t - start, 605_000L) / 12))
          .build());
    }
    return out;
  }

  @Test
  void aTallyThatKeepsEveryGiftIsTheBatchSettlementAtEveryStep() {
    qt().withExamples(150).forAll(hostileStreamsWithoutSomeGroupIds(), longs().all()).checkAssert((events, seed) -> {
      List<GiftEvent> shuffled = new ArrayList<>(events);
      Collections.shuffle(shuffled, new Random(seed));
      LiveTally open = GIFTS.tally(TallyOptions.keepingEveryGift().keepingIdleCombosOpen());
      LiveTally expiring = GIFTS.tally(TallyOptions.keepingEveryGift());
      List<GiftEvent> squeezed = withinAMinute(shuffled);
      for (int i = 0; i < shuffled.size(); i++) {
        open.accept(shuffled.get(i));
        expiring.accept(squeezed.get(i));
        if (i % 7 == 0) {
          sameAsTheBatch(open, shuffled.subList(0, i + 1));
        }
      }
      sameAsTheBatch(open, shuffled);
      // With the default idle expiry: the same, as long as no combo is silent for a minute.
      sameAsTheBatch(expiring, squeezed);
    });
    qt().withExamples(100).forAll(scenarios(), longs().all()).checkAssert((s, seed) -> {
      List<GiftEvent> events = s.withDuplicates(seed);
      sameAsTheBatch(GIFTS.tally(TallyOptions.keepingEveryGift().keepingIdleCombosOpen()).acceptAll(events), events);
    });
  }

  @Test
  void aLongLiveTalliedKeepingEveryGiftIsTheBatchSettlement() {
    qt().withExamples(5).forAll(longs().all()).checkAssert(seed -> {
      List<GiftEvent> events = new ArrayList<>();
      LiveStreams.live(seed, LiveStreams.Shape.typical(20_000)).forEach(events::add);
      sameAsTheBatch(GIFTS.tally(TallyOptions.keepingEveryGift().keepingIdleCombosOpen()).acceptAll(events), events);
    });
  }

  @Test
  void retentionNeverChangesTheReportOfAStreamWhoseDisorderStaysInsideTheWindow() {
    // Messages at most a window late, combos at most a window long: the tally that forgets settled
    // identities after the window reports what the tally that keeps them reports, at every moment.
    qt().withExamples(10).forAll(longs().all(), integers().between(1, 15), integers().between(1, 100), integers().between(2, 90))
        .checkAssert((seed, windowSeconds, latePercent, idleSeconds) -> {
          long window = windowSeconds * 1_000L;
          Duration idle = Duration.ofSeconds(idleSeconds);
          LiveStreams.Shape shape = LiveStreams.Shape.typical(20_000).within(window, window);
          shape = new LiveStreams.Shape(shape.messages(), 300, shape.meanGapMillis(), shape.maxComboMillis(),
              shape.maxLateMillis(), latePercent, shape.groupLessPercent(), 5, shape.neverEndPercent());
          LiveTally retaining = GIFTS.tally(TallyOptions.defaults().withRetention(Duration.ofMillis(window)).withIdleExpiry(idle));
          LiveTally keeping = GIFTS.tally(TallyOptions.keepingEveryGift().withIdleExpiry(idle));
          int fed = 0;
          for (GiftEvent e : LiveStreams.live(seed, shape)) {
            retaining.accept(e);
            keeping.accept(e);
            if (++fed % 1_000 == 0) {
              assertThat(retaining.snapshot()).as("after %d messages", fed).isEqualTo(keeping.snapshot());
            }
          }
          assertThat(retaining.snapshot()).isEqualTo(keeping.snapshot());
          assertThat(retaining.snapshot().issues()).noneMatch(i -> i.kind() == SettlementIssue.Kind.LATE_MESSAGE);
          // It did forget (the stream lasts about a minute): it holds fewer identities than the one that keeps them.
          assertThat(retaining.settler.comboCount() + retaining.settler.singles.size())
              .isLessThan(keeping.settler.comboCount() + keeping.settler.singles.size());
        });
  }

  @Test
  void whenTheStreamGoesQuietEveryComboThatNeverEndedExpiresAtItsLargestCount() {
    qt().withExamples(10).forAll(longs().all()).checkAssert(seed -> {
      LiveStreams.Shape typical = LiveStreams.Shape.typical(5_000);
      // Every sender gives group ids here: without them a batch may join a later combo to an open one.
      LiveStreams.Shape shape = new LiveStreams.Shape(typical.messages(), typical.senders(), typical.meanGapMillis(),
          typical.maxComboMillis(), typical.maxLateMillis(), typical.latePercent(), 0, typical.duplicatePercent(), 30);
      List<GiftEvent> events = new ArrayList<>();
      LiveStreams.live(seed, shape).forEach(events::add);
      long end = events.stream().mapToLong(e -> e.timestamp().toEpochMilli()).max().getAsLong();
      // A last gift two idle times later: every combo has been silent for longer than its idle time.
      GiftEvent last = GiftEvent.builder().from(events.get(0)).messageId(1).timestamp(Instant.ofEpochMilli(end + 120_000))
          .senderId("last").repeatable(false).repeatEnd(false).groupId(0).giftId(6369).coinsPerGift(29_999).repeatCount(1)
          .build();
      events.add(last);
      ComboSettlement batch = GIFTS.settle(events);
      LiveTally tally = GIFTS.tally(TallyOptions.keepingEveryGift()).acceptAll(events);
      LiveSnapshot now = tally.snapshot();
      assertThat(now.open()).isEmpty();
      assertThat(now.earnings()).isEqualTo(GIFTS.earnings(batch.includeOpen()));
      List<CountedGift> expired = tally.settlement().settled().stream().filter(CountedGift::isExpired).toList();
      assertThat(expired).hasSameSizeAs(batch.open());
      for (CountedGift g : batch.open()) {
        assertThat(expired).contains(CountedGift.builder().from(g).isOpen(false).isExpired(true).build());
      }
      assertThat(now.issues().stream().filter(i -> i.kind() == SettlementIssue.Kind.EXPIRED)
          .mapToLong(SettlementIssue::count).sum()).isEqualTo(batch.open().size());
      // Kept open, they stay what the batch lists as open.
      LiveTally open = GIFTS.tally(TallyOptions.keepingEveryGift().keepingIdleCombosOpen()).acceptAll(events);
      assertThat(open.snapshot().open()).containsExactlyInAnyOrderElementsOf(batch.open());
    });
  }
}
