package io.github.monetik.gifts;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.monetik.Monetik;
import io.github.monetik.testing.GiftGenerators;
import io.github.monetik.testing.LiveStreams;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The live tally's laws of {@link LiveTallyPropertiesTest} on fixed, smaller inputs, deterministic, so
 * the mutation run (which leaves the properties to surefire, where their seeds are fresh) judges the
 * tally's retention, forgetting and idle expiry by them: a tally that keeps every gift is the batch at
 * every step; retention never changes the report of a stream whose disorder stays inside the window;
 * a quiet stream expires every combo that never ended at its largest count.
 */
class LiveTallyLawsTest {
  private static final Gifts GIFTS = Monetik.defaults().gifts();

  @Test
  void aTallyThatKeepsEveryGiftIsTheBatchAtEveryStep() {
    for (long seed = 1; seed <= 25; seed++) {
      List<GiftEvent> events = new ArrayList<>(GiftGenerators.hostileStream(seed, 30, true, true));
      Collections.shuffle(events, new Random(seed));
      LiveTally tally = GIFTS.tally(TallyOptions.keepingEveryGift().keepingIdleCombosOpen());
      for (int i = 0; i < events.size(); i++) {
        tally.accept(events.get(i));
        if (i % 5 == 0) {
          LiveTallyPropertiesTest.sameAsTheBatch(tally, events.subList(0, i + 1));
        }
      }
      LiveTallyPropertiesTest.sameAsTheBatch(tally, events);
    }
  }

  @Test
  void retentionNeverChangesTheReportOfAStreamWhoseDisorderStaysInsideTheWindow() {
    // seed, window in seconds, percent of late messages, idle expiry in seconds
    long[][] cases = {{1, 1, 30, 2}, {2, 2, 100, 5}, {3, 1, 5, 60}, {4, 3, 50, 3}};
    for (long[] c : cases) {
      long window = c[1] * 1_000L;
      Duration idle = Duration.ofSeconds(c[3]);
      LiveStreams.Shape shape = LiveStreams.Shape.typical(4_000).within(window, window);
      shape = new LiveStreams.Shape(shape.messages(), 200, shape.meanGapMillis(), shape.maxComboMillis(),
          shape.maxLateMillis(), (int) c[2], shape.groupLessPercent(), 5, shape.neverEndPercent());
      LiveTally retaining = GIFTS.tally(TallyOptions.defaults().withRetention(Duration.ofMillis(window)).withIdleExpiry(idle));
      LiveTally keeping = GIFTS.tally(TallyOptions.keepingEveryGift().withIdleExpiry(idle));
      int fed = 0;
      for (GiftEvent e : LiveStreams.live(c[0], shape)) {
        retaining.accept(e);
        keeping.accept(e);
        if (++fed % 500 == 0) {
          assertThat(retaining.snapshot()).as("case %s after %d messages", c[0], fed).isEqualTo(keeping.snapshot());
        }
      }
      assertThat(retaining.snapshot()).as("case %s", c[0]).isEqualTo(keeping.snapshot());
      assertThat(retaining.snapshot().issues()).noneMatch(i -> i.kind() == SettlementIssue.Kind.LATE_MESSAGE);
      assertThat(retaining.settler.comboCount() + retaining.settler.singles.size()).as("case %s forgot", c[0])
          .isLessThan(keeping.settler.comboCount() + keeping.settler.singles.size());
    }
  }

  @Test
  void whenTheStreamGoesQuietEveryComboThatNeverEndedExpiresAtItsLargestCount() {
    for (long seed = 1; seed <= 3; seed++) {
      LiveStreams.Shape typical = LiveStreams.Shape.typical(1_500);
      LiveStreams.Shape shape = new LiveStreams.Shape(typical.messages(), typical.senders(), typical.meanGapMillis(),
          typical.maxComboMillis(), typical.maxLateMillis(), typical.latePercent(), 0, typical.duplicatePercent(), 30);
      List<GiftEvent> events = new ArrayList<>();
      LiveStreams.live(seed, shape).forEach(events::add);
      long end = events.stream().mapToLong(e -> e.timestamp().toEpochMilli()).max().getAsLong();
      events.add(GiftEvent.builder().from(events.get(0)).messageId(1).timestamp(Instant.ofEpochMilli(end + 120_000))
          .senderId("last").repeatable(false).repeatEnd(false).groupId(0).giftId(6369).coinsPerGift(29_999).repeatCount(1)
          .build());
      ComboSettlement batch = GIFTS.settle(events);
      assertThat(batch.open()).as("seed %s has combos that never end", seed).isNotEmpty();
      LiveTally tally = GIFTS.tally(TallyOptions.keepingEveryGift()).acceptAll(events);
      assertThat(tally.snapshot().open()).isEmpty();
      assertThat(tally.snapshot().earnings()).isEqualTo(GIFTS.earnings(batch.includeOpen()));
      List<CountedGift> expired = tally.settlement().settled().stream().filter(CountedGift::isExpired).toList();
      assertThat(expired).hasSameSizeAs(batch.open());
      for (CountedGift g : batch.open()) {
        assertThat(expired).contains(CountedGift.builder().from(g).isOpen(false).isExpired(true).build());
      }
    }
  }
}
