package io.github.monetik.gifts;

import static io.github.monetik.testing.GiftGenerators.event;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.monetik.Monetik;
import io.github.monetik.money.Coins;
import io.github.monetik.money.Money;
import io.github.monetik.testing.LiveStreams;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The live tally by example: retention, late messages, idle combos, listeners, memory. */
class LiveTallyTest {
  private static final long T = 1_697_113_848_000L;
  private static final long[] ROSE = {5655, 1};
  private static final long[] LION = {6369, 29_999};
  private static final Gifts GIFTS = Monetik.defaults().gifts();
  private static final long S = 1_000;

  @Test
  void aTallyThatKeepsEveryGiftSettlesAsTheBatchDoes() {
    List<GiftEvent> events = List.of(event(1, T, "ann", "host", ROSE, true, 1, false, 7),
        event(2, T + 10, "ann", "host", ROSE, true, 3, true, 7), event(3, T + 20, "bob", "host", LION, false, 1, false, 0),
        event(4, T + 30, "cy", "host", ROSE, true, 2, false, 8));
    LiveTally tally = GIFTS.tally(TallyOptions.keepingEveryGift()).acceptAll(events);
    ComboSettlement batch = GIFTS.settle(events);
    assertThat(tally.settlement()).isEqualTo(batch);
    LiveSnapshot now = tally.snapshot();
    assertThat(now.earnings()).isEqualTo(GIFTS.earnings(batch));
    assertThat(now.earningsIncludingOpen()).isEqualTo(GIFTS.earnings(batch.includeOpen()));
    assertThat(now.open()).isEqualTo(batch.open());
    assertThat(now.issues()).isEqualTo(batch.issues());
    assertThat(now.messages()).isEqualTo(4);
    assertThat(now.naiveCoins()).isEqualTo(batch.naiveCoins());
    assertThat(now.streamTime()).contains(Instant.ofEpochMilli(T + 30));
    assertThat(now.openGifts()).isEqualTo(2);
    assertThat(now.openCoins()).isEqualTo(Coins.of(2));
    assertThat(now.earnings().coins()).isEqualTo(Coins.of(3 + 29_999));
    assertThat(now.earnings().creatorCash()).isEqualTo(Money.of("150.01", "USD"));
    assertThat(tally.settledCoins()).isEqualTo(Coins.of(3 + 29_999));
    assertThat(tally.openCoins()).isEqualTo(Coins.of(2));
    assertThat(tally.messages()).isEqualTo(4);
    assertThat(now.rows()).singleElement().satisfies(r -> {
      assertThat(r.get("stream_time")).isEqualTo(Instant.ofEpochMilli(T + 30).toString());
      assertThat(r.get("settled_coins")).isEqualTo(30_002L);
      assertThat(r.get("open_combos")).isEqualTo(1L);
      assertThat(r.get("open_coins")).isEqualTo(2L);
      assertThat(r.get("naive_coins")).isEqualTo(1L + 3 + 29_999 + 2);
      assertThat(r.get("currency")).isEqualTo("USD");
    });
    assertThat(now.toString()).startsWith("LiveSnapshot at " + Instant.ofEpochMilli(T + 30) + " (4 messages)")
        .contains("in the air (1 open combos)");
    assertThat(tally.toString()).isEqualTo("LiveTally[4 messages, keep every gift, expire idle combos after PT1M, rules latest]");
    LiveSnapshot empty = GIFTS.tally().snapshot();
    assertThat(empty.streamTime()).isEmpty();
    assertThat(empty.rows().get(0).get("stream_time")).isEqualTo("");
    assertThat(empty.earnings()).isEqualTo(GIFTS.earnings(List.<CountedGift>of()));
  }

  @Test
  void retentionDropsASettledCombosIdentityNeverItsContribution() {
    // Was ComboSettler.forgetSettledBefore: retention now lives in the tally, in stream time.
    LiveTally tally = GIFTS.tally(TallyOptions.defaults().withRetention(Duration.ofSeconds(1)).keepingIdleCombosOpen());
    tally.accept(event(1, T + 1, "ivy", "host", ROSE, true, 3, true, 1));
    tally.accept(event(2, T + 2, "ivy", "host", ROSE, true, 1, false, 2));
    tally.accept(event(3, T + 500_000, "ivy", "host", ROSE, true, 4, true, 3));
    assertThat(tally.settler.comboCount()).as("the first combo is forgotten").isEqualTo(2);
    LiveSnapshot now = tally.snapshot();
    assertThat(now.earnings().coins()).isEqualTo(Coins.of(3 + 4));
    assertThat(now.earnings().gifts()).isEqualTo(7);
    assertThat(now.earnings().byMinute()).hasSize(2);
    assertThat(now.open()).singleElement().satisfies(g -> assertThat(g.count()).isEqualTo(1));
    // A late repeat of a remembered combo is still recognized, even beyond the window.
    tally.accept(event(4, T + 500_001, "ivy", "host", ROSE, true, 4, true, 3));
    tally.accept(event(5, T + 498_000, "ivy", "host", ROSE, true, 2, false, 3));
    assertThat(tally.snapshot().earnings().coins()).isEqualTo(Coins.of(7));
    assertThat(tally.snapshot().issues()).filteredOn(i -> i.kind() == SettlementIssue.Kind.LATE_MESSAGE).isEmpty();
    assertThatThrownBy(tally::settlement).isInstanceOf(IllegalStateException.class)
        .hasMessage("settlement needs a tally that keeps every gift (TallyOptions.keepingEveryGift()), this one retains PT1S;"
            + " read snapshot() instead");
  }

  @Test
  void aMessageLaterThanTheWindowWhoseIdentityIsGoneIsReportedNotCounted() {
    LiveTally tally = GIFTS.tally(TallyOptions.defaults().withRetention(Duration.ofSeconds(10)));
    GiftEvent lion = event(1, T, "ann", "host", LION, false, 1, false, 0);
    tally.accept(lion);
    tally.accept(event(2, T, "bob", "host", ROSE, true, 5, true, 7));
    tally.accept(event(3, T + 30 * S, "cy", "host", ROSE, false, 1, false, 0)); // 30 s on: both identities gone
    assertThat(tally.settler.singles.size() + tally.settler.comboCount()).isEqualTo(1);
    // A copy of the lion, and a repeat of bob's combo: were they counted already? The tally cannot know.
    tally.accept(lion);
    tally.accept(event(4, T + 1, "bob", "host", ROSE, true, 6, true, 7));
    // A message 9 s late is in the window: a new gift, counted.
    tally.accept(event(5, T + 21 * S, "dee", "host", LION, false, 1, false, 0));
    LiveSnapshot now = tally.snapshot();
    assertThat(now.messages()).isEqualTo(6);
    assertThat(now.earnings().coins()).isEqualTo(Coins.of(29_999 + 5 + 1 + 29_999));
    assertThat(now.issues()).filteredOn(i -> i.kind() == SettlementIssue.Kind.LATE_MESSAGE)
        .extracting(SettlementIssue::giftId, SettlementIssue::count, SettlementIssue::detail)
        .containsExactly(tuple(5655L, 1L, "gift id 5655: 1 message(s) older than the 10s retention window: not counted (6 coins)"),
            tuple(6369L, 1L, "gift id 6369: 1 message(s) older than the 10s retention window: not counted (29999 coins)"));
    // Without retention the same stream counts the combo's late repeat (6, not 5) and knows the copy.
    LiveTally all = GIFTS.tally(TallyOptions.keepingEveryGift());
    for (GiftEvent e : List.of(lion, event(2, T, "bob", "host", ROSE, true, 5, true, 7),
        event(3, T + 30 * S, "cy", "host", ROSE, false, 1, false, 0), lion, event(4, T + 1, "bob", "host", ROSE, true, 6, true, 7),
        event(5, T + 21 * S, "dee", "host", LION, false, 1, false, 0))) {
      all.accept(e);
    }
    assertThat(all.snapshot().earnings().coins()).isEqualTo(Coins.of(29_999 + 6 + 1 + 29_999));
    assertThat(all.snapshot().issues()).noneMatch(i -> i.kind() == SettlementIssue.Kind.LATE_MESSAGE);
  }

  @Test
  void anIdleComboExpiresAtItsLargestCountAndALaterMessageCanStillRaiseIt() {
    List<GiftEvent> events = new ArrayList<>(List.of(event(1, T, "ann", "host", ROSE, true, 1, false, 7),
        event(2, T + S, "ann", "host", ROSE, true, 3, false, 7), event(3, T + 2 * S, "ann", "host", ROSE, true, 2, false, 7),
        event(4, T + 63 * S, "bob", "host", LION, false, 1, false, 0)));
    LiveTally tally = GIFTS.tally(TallyOptions.keepingEveryGift()).acceptAll(events);
    LiveSnapshot now = tally.snapshot();
    assertThat(now.open()).isEmpty();
    assertThat(now.earnings().coins()).isEqualTo(Coins.of(3 + 29_999));
    assertThat(now.issues()).extracting(SettlementIssue::kind, SettlementIssue::giftId, SettlementIssue::count)
        .containsExactly(tuple(SettlementIssue.Kind.EXPIRED, 5655L, 1L));
    assertThat(now.issues().get(0).detail()).isEqualTo("gift id 5655: 1 combo(s) saw no message for 1m: settled at their"
        + " largest count");
    assertThat(tally.settlement().settled()).filteredOn(CountedGift::combo).singleElement().satisfies(g -> {
      assertThat(g.isExpired()).isTrue();
      assertThat(g.isOpen()).isFalse();
      assertThat(g.count()).isEqualTo(3);
      assertThat(g.timestamp()).as("its latest message").isEqualTo(Instant.ofEpochMilli(T + 2 * S));
      assertThat(g.toString()).contains("(expired combo 7)");
    });
    assertThat(tally.settlement().rows()).extracting(r -> r.get("status")).containsExactlyInAnyOrder("expired", "settled");
    // A later repeat raises it (still expired), its end settles it normally.
    tally.accept(event(5, T + 64 * S, "ann", "host", ROSE, true, 5, false, 7));
    assertThat(tally.snapshot().earnings().coins()).isEqualTo(Coins.of(5 + 29_999));
    assertThat(tally.settlement().settled()).filteredOn(CountedGift::combo).singleElement()
        .satisfies(g -> assertThat(g.isExpired()).isTrue());
    tally.accept(event(6, T + 65 * S, "ann", "host", ROSE, true, 5, true, 7));
    assertThat(tally.settlement().settled()).filteredOn(CountedGift::combo).singleElement()
        .satisfies(g -> assertThat(g.isExpired()).isFalse());
    assertThat(tally.snapshot().issues()).noneMatch(i -> i.kind() == SettlementIssue.Kind.EXPIRED);
    assertThat(tally.snapshot().earnings().coins()).isEqualTo(Coins.of(5 + 29_999));
    // Or the combo stays open, if the user says so.
    LiveTally open = GIFTS.tally(TallyOptions.keepingEveryGift().keepingIdleCombosOpen()).acceptAll(events);
    assertThat(open.snapshot().open()).singleElement().satisfies(g -> assertThat(g.count()).isEqualTo(3));
    assertThat(open.snapshot().earnings().coins()).isEqualTo(Coins.of(29_999));
    assertThat(open.settlement()).isEqualTo(GIFTS.settle(events));
    // A shorter idle time: 10 s of silence.
    LiveTally quick = GIFTS.tally(TallyOptions.keepingEveryGift().withIdleExpiry(Duration.ofSeconds(10)))
        .acceptAll(events.subList(0, 3)).accept(event(9, T + 13 * S, "bob", "host", LION, false, 1, false, 0));
    assertThat(quick.snapshot().open()).isEmpty();
  }

  /** Records what a listener hears, one line per call. */
  private static final class Recorder implements TallyListener {
    final List<String> heard = new ArrayList<>();

    @Override
    public void onSettled(CountedGift gift, Money creatorCash, boolean revised) {
      heard.add("settled " + gift.senderId() + " " + gift.giftId() + " x" + gift.count() + " " + creatorCash
          + (revised ? " revised" : ""));
    }

    @Override
    public void onCombo(CountedGift combo, boolean opened) {
      heard.add((opened ? "opened " : "grew ") + combo.senderId() + " " + combo.giftId() + " x" + combo.count()
          + (combo.isOpen() ? "" : " NOT OPEN"));
    }

    @Override
    public void onIssue(SettlementIssue issue) {
      heard.add("issue " + issue.kind() + " " + issue.giftId() + " " + issue.count());
    }
  }

  @Test
  void listenersHearSettledGiftsCombosAndIssuesInOrder() {
    Recorder r = new Recorder();
    LiveTally tally = GIFTS.tally(TallyOptions.keepingEveryGift()).addListener(r);
    GiftEvent lion = event(4, T + 3, "bob", "host", LION, false, 1, false, 0);
    tally.acceptAll(List.of(event(1, T, "ann", "host", ROSE, true, 1, false, 7),
        event(2, T + 1, "ann", "host", ROSE, true, 2, false, 7), event(2, T + 1, "ann", "host", ROSE, true, 2, false, 7),
        event(3, T + 2, "ann", "host", ROSE, true, 2, true, 7), lion, GiftEvent.builder().from(lion).repeatCount(2).build(),
        event(5, T + 4, "cy", "host", ROSE, true, 1, false, 0), event(6, T + 5, "dee", "host", new long[] {5523, 1}, true, 1,
            true, 8)));
    assertThat(r.heard).containsExactly(
        "opened ann 5655 x1",
        "grew ann 5655 x2",
        // the copy of message 2 changes nothing: nothing heard
        "settled ann 5655 x2 USD 0.01",
        "settled bob 6369 x1 USD 149.995",
        "settled bob 6369 x2 USD 299.99 revised",
        "issue CONFLICTING_DUPLICATE 6369 1",
        "opened cy 5655 x1",
        "issue MISSING_GROUP_ID 5655 1",
        "settled dee 5523 x1 USD 0.005",
        "issue UNKNOWN_GIFT 5523 1");
    // The creator cash a listener hears adds up to the snapshot's.
    assertThat(tally.snapshot().earnings().creatorCash()).isEqualTo(Money.of("0.01", "USD").plus(Money.of("299.99", "USD"))
        .plus(Money.of("0.005", "USD")));
    assertThat(tally.removeListener(r)).isTrue();
    assertThat(tally.removeListener(r)).isFalse();
    tally.accept(event(7, T + 6, "eve", "host", LION, false, 1, false, 0));
    assertThat(r.heard).hasSize(10);
  }

  /** Overrides {@code onSettled} only, through an abstract class of the user's own. */
  private abstract static class SettledOnly implements TallyListener {
    final List<String> heard = new ArrayList<>();

    @Override
    public void onSettled(CountedGift gift, Money creatorCash, boolean revised) {
      heard.add("settled " + gift.senderId() + " " + gift.giftId() + " x" + gift.count() + " " + creatorCash);
    }
  }

  @Test
  void aListenerHearsWhatItOverridesWhateverElseOthersHearAndAddingOrRemovingOne() {
    List<GiftEvent> stream = new ArrayList<>();
    LiveStreams.live(3, LiveStreams.Shape.typical(500)).forEach(stream::add);
    Recorder all = new Recorder();
    GIFTS.tally().addListener(all).acceptAll(stream);
    List<String> settled = all.heard.stream().filter(h -> h.startsWith("settled")).map(h -> h.replace(" revised", ""))
        .toList();
    assertThat(settled).hasSizeGreaterThan(50);
    assertThat(all.heard).anyMatch(h -> h.startsWith("grew")).anyMatch(h -> h.startsWith("issue"));

    // Alone, with a listener of everything beside it, and after that one leaves: the same settled gifts.
    SettledOnly alone = new SettledOnly() {};
    GIFTS.tally().addListener(alone).acceptAll(stream);
    SettledOnly beside = new SettledOnly() {};
    Recorder other = new Recorder();
    GIFTS.tally().addListener(beside).addListener(other).acceptAll(stream);
    SettledOnly left = new SettledOnly() {};
    Recorder leaving = new Recorder();
    LiveTally tally = GIFTS.tally().addListener(leaving).addListener(left);
    tally.acceptAll(stream.subList(0, 200));
    assertThat(tally.removeListener(leaving)).isTrue();
    tally.acceptAll(stream.subList(200, stream.size()));
    assertThat(alone.heard).isEqualTo(settled);
    assertThat(beside.heard).isEqualTo(settled);
    assertThat(other.heard).isEqualTo(all.heard);
    assertThat(left.heard).isEqualTo(settled);

    // A listener of combos only hears every combo that opens or grows, and nothing else.
    List<String> combos = new ArrayList<>();
    GIFTS.tally().addListener(new TallyListener() {
      @Override
      public void onCombo(CountedGift combo, boolean opened) {
        combos.add((opened ? "opened " : "grew ") + combo.senderId() + " " + combo.giftId() + " x" + combo.count());
      }
    }).acceptAll(stream);
    assertThat(combos).isEqualTo(all.heard.stream().filter(h -> h.startsWith("opened") || h.startsWith("grew")).toList());
  }

  @Test
  void readersShareOneSnapshotUntilTheStateChanges() {
    LiveTally tally = GIFTS.tally();
    LiveSnapshot empty = tally.snapshot();
    assertThat(tally.snapshot()).isSameAs(empty);
    tally.accept(event(1, T, "ann", "host", LION, false, 1, false, 0));
    LiveSnapshot one = tally.snapshot();
    assertThat(one).isNotSameAs(empty);
    assertThat(one.messages()).isEqualTo(1);
    assertThat(tally.snapshot()).isSameAs(one);
    // A copy changes nothing counted, but it is a message: the next snapshot says so.
    tally.accept(event(1, T, "ann", "host", LION, false, 1, false, 0));
    assertThat(tally.snapshot().messages()).isEqualTo(2);
    assertThat(tally.snapshot().earnings()).isEqualTo(one.earnings());
    // A listener's failure is a change of state too (its issue is listed).
    tally.addListener(new TallyListener() {
      @Override
      public void onSettled(CountedGift gift, Money creatorCash, boolean revised) {
        throw new IllegalStateException("boom");
      }
    });
    LiveSnapshot before = tally.snapshot();
    tally.accept(event(2, T + 1, "bob", "host", LION, false, 1, false, 0));
    assertThat(tally.snapshot()).isNotSameAs(before);
    assertThat(tally.snapshot().issues()).extracting(SettlementIssue::kind).contains(SettlementIssue.Kind.LISTENER_FAILED);
  }

  @Test
  void anExpiredComboIsHeardAsSettledAndItsIssueRaised() {
    Recorder r = new Recorder();
    GIFTS.tally().addListener(r).acceptAll(List.of(event(1, T, "ann", "host", ROSE, true, 3, false, 7),
        event(2, T + 70 * S, "bob", "host", LION, false, 1, false, 0)));
    assertThat(r.heard).containsExactly("opened ann 5655 x3", "settled bob 6369 x1 USD 149.995", "settled ann 5655 x3 USD 0.015",
        "issue EXPIRED 5655 1");
  }

  @Test
  void aThrowingListenerChangesNothingAndIsReported() {
    List<GiftEvent> events = new ArrayList<>();
    LiveStreams.live(14, LiveStreams.Shape.typical(2_000)).forEach(events::add);
    Recorder quiet = new Recorder();
    Recorder heard = new Recorder();
    TallyListener thrower = new TallyListener() {
      @Override
      public void onSettled(CountedGift gift, Money creatorCash, boolean revised) {
        throw new IllegalStateException("boom on " + gift.senderId());
      }

      @Override
      public void onIssue(SettlementIssue issue) {
        throw new AssertionError("not an exception, an error");
      }
    };
    LiveTally plain = GIFTS.tally().addListener(quiet).acceptAll(events);
    LiveTally failing = GIFTS.tally().addListener(thrower).addListener(heard).acceptAll(events);
    assertThat(heard.heard).as("the other listener heard everything").isEqualTo(quiet.heard);
    long settled = quiet.heard.stream().filter(h -> h.startsWith("settled")).count();
    long issues = quiet.heard.stream().filter(h -> h.startsWith("issue")).count();
    assertThat(settled).isGreaterThan(100);
    LiveSnapshot a = plain.snapshot();
    LiveSnapshot b = failing.snapshot();
    assertThat(b.earnings()).isEqualTo(a.earnings());
    assertThat(b.open()).isEqualTo(a.open());
    assertThat(b.messages()).isEqualTo(a.messages());
    assertThat(b.issues()).hasSize(a.issues().size() + 1).containsAll(a.issues());
    assertThat(b.issues()).last().satisfies(i -> {
      assertThat(i.kind()).isEqualTo(SettlementIssue.Kind.LISTENER_FAILED);
      assertThat(i.giftId()).isZero();
      assertThat(i.count()).isEqualTo(settled + issues);
      assertThat(i.detail()).startsWith("a listener threw " + (settled + issues) + " time(s), the last: ")
          .endsWith(" (the tally is unchanged)");
    });
  }

  @Test
  void aListenerMayReadTheTallyItListensTo() {
    LiveTally tally = GIFTS.tally();
    List<Coins> seen = new ArrayList<>();
    tally.addListener(new TallyListener() {
      @Override
      public void onSettled(CountedGift gift, Money creatorCash, boolean revised) {
        seen.add(tally.snapshot().earnings().coins());
      }
    });
    tally.acceptAll(List.of(event(1, T, "ann", "host", LION, false, 1, false, 0), event(2, T, "bob", "host", ROSE, true, 4,
        true, 3)));
    assertThat(seen).containsExactly(Coins.of(29_999), Coins.of(30_003));
  }

  @Test
  void badArgumentsNameThemselves() {
    LiveTally tally = GIFTS.tally();
    assertThatThrownBy(() -> tally.accept(null)).isInstanceOf(NullPointerException.class).hasMessage("event");
    assertThatThrownBy(() -> tally.acceptAll(null)).isInstanceOf(NullPointerException.class).hasMessage("events");
    assertThatThrownBy(() -> tally.acceptAll(java.util.Arrays.asList(event(1, T, "a", "h", ROSE, false, 1, false, 0), null)))
        .isInstanceOf(NullPointerException.class).hasMessage("events[1]");
    assertThat(tally.messages()).as("the messages before the null one count").isEqualTo(1);
    assertThatThrownBy(() -> tally.addListener(null)).isInstanceOf(NullPointerException.class).hasMessage("listener");
    assertThatThrownBy(() -> tally.removeListener(null)).isInstanceOf(NullPointerException.class).hasMessage("listener");
    assertThatThrownBy(() -> GIFTS.tally(null)).isInstanceOf(NullPointerException.class).hasMessage("options");
  }

  @Test
  void memoryFollowsTheWindowNotTheMessages() {
    // A 2-hour LIVE (about 700,000 messages), 30 s retention: the engine's tables hold what the last
    // minute or so made, at the start as at the end; without retention they grow with the gifts.
    LiveTally tally = GIFTS.tally(TallyOptions.defaults().withRetention(Duration.ofSeconds(30)));
    LiveTally everything = GIFTS.tally(TallyOptions.keepingEveryGift());
    int fed = 0;
    int firstHalfPeak = 0;
    int secondHalfPeak = 0;
    LiveStreams.Shape shape = LiveStreams.Shape.typical(200_000).within(20_000, 20_000);
    for (GiftEvent e : LiveStreams.live(2_026, shape)) {
      tally.accept(e);
      everything.accept(e);
      if (++fed % 1_000 == 0) {
        int held = tally.settler.comboCount() + tally.settler.singles.size() + tally.settler.current.size()
            + tally.settler.open.size();
        if (fed <= shape.messages() / 2) {
          firstHalfPeak = Math.max(firstHalfPeak, held);
        } else {
          secondHalfPeak = Math.max(secondHalfPeak, held);
        }
      }
    }
    int all = everything.settler.comboCount() + everything.settler.singles.size();
    assertThat(all).as("every gift kept").isGreaterThan(20_000);
    assertThat(firstHalfPeak).as("retained").isLessThan(all / 5);
    assertThat(secondHalfPeak).as("no growth").isLessThan(firstHalfPeak * 3 / 2);
    // A table grows when half full and never shrinks: its capacity follows the peak, not the messages.
    assertThat(tally.settler.comboCapacity() + tally.settler.singles.capacity())
        .isLessThanOrEqualTo(8 * Math.max(16, Math.max(firstHalfPeak, secondHalfPeak)));
    assertThat(tally.settler.open.size()).isEqualTo(tally.snapshot().open().size()).isPositive();
    // And the totals are the same.
    assertThat(tally.snapshot().earnings()).isEqualTo(everything.snapshot().earnings());
    assertThat(tally.snapshot().open()).isEqualTo(everything.snapshot().open());
  }
}
