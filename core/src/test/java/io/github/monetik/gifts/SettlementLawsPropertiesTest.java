package io.github.monetik.gifts;

import static io.github.monetik.testing.GiftGenerators.groupLessScenarios;
import static io.github.monetik.testing.GiftGenerators.hostileStreams;
import static io.github.monetik.testing.GiftGenerators.hostileStreamsWithUniqueMessagesWithoutGroupIds;
import static io.github.monetik.testing.GiftGenerators.hostileStreamsWithoutSomeGroupIds;
import static io.github.monetik.testing.TestRules.PROVENANCE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.monetik.money.Coins;
import io.github.monetik.testing.Chunks;
import io.github.monetik.testing.GiftGenerators;
import io.github.monetik.testing.TestRules;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The settlement laws of issue 14 over adversarial streams (prices that change inside a combo,
 * hosts that differ, conflicting copies of one message id, exact copies, ends repeated or missing,
 * messages without group ids): what holds for any input, and what the reference model
 * ({@link ReferenceSettlement}, the rules written over the whole input at once) says the answer is.
 */
class SettlementLawsPropertiesTest {
  private static final Gifts GIFTS = TestRules.uncheckedGifts();

  private static List<GiftEvent> shuffled(List<GiftEvent> events, long seed) {
    List<GiftEvent> out = new ArrayList<>(events);
    Collections.shuffle(out, new Random(seed));
    return out;
  }

  @Test
  void settledCoinsNeverExceedNaiveCoinsWhateverTheInput() {
    qt().withExamples(500).forAll(hostileStreamsWithoutSomeGroupIds(), longs().all())
        .checkAssert((events, seed) -> {
          ComboSettlement s = GIFTS.settle(shuffled(events, seed));
          assertThat(s.settledCoins()).isLessThanOrEqualTo(s.naiveCoins());
          assertThat(s.settledCoins().plus(s.openCoins())).isLessThanOrEqualTo(s.naiveCoins());
          // Each counted gift is worth at most what the messages of its key stated, summed.
          for (CountedGift g : s.settled()) {
            long naiveOfKey = events.stream().filter(e -> e.senderId().equals(g.senderId()) && e.giftId() == g.giftId())
                .mapToLong(e -> e.coinsPerGift() * e.repeatCount()).sum();
            assertThat(g.coins().count()).isLessThanOrEqualTo(naiveOfKey);
          }
        });
  }

  @Test
  void withGroupIdsTheSettlementIsTheReferencesInAnyOrder() {
    // Price of the largest-count message, smallest host, conflicting copies resolved by content and
    // reported, names: all as the reference says, whatever the arrival order.
    qt().withExamples(500).forAll(hostileStreams(), longs().all()).checkAssert((events, seed) -> {
      ComboSettlement expected = ReferenceSettlement.of(events);
      assertThat(GIFTS.settle(events)).isEqualTo(expected);
      assertThat(GIFTS.settle(shuffled(events, seed))).isEqualTo(expected);
      List<GiftEvent> reversed = new ArrayList<>(events);
      Collections.reverse(reversed);
      assertThat(GIFTS.settle(reversed)).isEqualTo(expected);
    });
  }

  @Test
  void aCombosHostDoesNotDependOnArrivalOrder() {
    qt().withExamples(300).forAll(hostileStreams(), longs().all()).checkAssert((events, seed) -> {
      ComboSettlement s = GIFTS.settle(shuffled(events, seed));
      for (CountedGift g : s.settled()) {
        if (g.combo()) {
          assertThat(g.hostId()).isEqualTo(events.stream().filter(e -> e.repeatable() && e.senderId().equals(g.senderId())
              && e.giftId() == g.giftId() && e.groupId() == g.groupId()).map(GiftEvent::hostId).sorted().findFirst().get());
        }
      }
    });
  }

  @Test
  void conflictingCopiesOfOneMessageSettleTheSameInEitherOrderAndAreReported() {
    qt().withExamples(300).forAll(longs().all(), integers().between(1, 9), integers().between(1, 9))
        .checkAssert((seed, a, b) -> {
          GiftEvent first = GiftGenerators.event(7, 1_697_113_848_000L, "ann", "host", new long[] {6369, 29_999}, false, a,
              false, 0);
          GiftEvent second = GiftEvent.builder().from(first).repeatCount(b).build();
          ComboSettlement ab = GIFTS.settle(List.of(first, second, first));
          assertThat(GIFTS.settle(List.of(second, first, first))).isEqualTo(ab);
          assertThat(GIFTS.settle(List.of(first, first, second))).isEqualTo(ab);
          assertThat(ab.settledGifts()).isEqualTo(Math.max(a, b));
          long conflicts = a == b ? 0 : a > b ? 1 : 2; // the copies that differ from the one counted
          assertThat(ab.issues()).filteredOn(i -> i.kind() == SettlementIssue.Kind.CONFLICTING_DUPLICATE)
              .extracting(SettlementIssue::count).containsExactlyElementsOf(conflicts == 0 ? List.of() : List.of(conflicts));
        });
  }

  @Test
  void aMessageWithoutGroupIdNeverMergesTwoCombos() {
    qt().withExamples(400).forAll(groupLessScenarios()).checkAssert(s -> {
      ComboSettlement r = GIFTS.settle(s.events);
      assertThat(r.settledGifts()).isEqualTo(s.settledGifts);
      assertThat(r.settledCoins()).isEqualTo(Coins.of(s.settledCoins));
      assertThat(r.openGifts()).isEqualTo(s.openGifts);
      assertThat(r.openCoins()).isEqualTo(Coins.of(s.openCoins));
      assertThat(r.open()).hasSize(s.openCombos).allSatisfy(g -> assertThat(g.groupId()).isZero());
      assertThat(r.issues()).extracting(SettlementIssue::kind).allMatch(k -> k == SettlementIssue.Kind.MISSING_GROUP_ID);
      assertThat(r.issues().stream().mapToLong(SettlementIssue::count).sum()).isEqualTo(s.events.size());
    });
  }

  @Test
  void theCollectorOverAnySplitEqualsOnePassMessagesWithoutGroupIdsIncluded() {
    // Chunks keep the stream's order, so combos without group ids are placed as one pass places them
    // (copies of such messages across a split are the exception: see ComboSettlementTest).
    qt().withExamples(500).forAll(hostileStreamsWithUniqueMessagesWithoutGroupIds(), longs().all())
        .checkAssert((events, seed) -> {
          ComboSettlement onePass = GIFTS.settle(events);
          assertThat(Chunks.collect(GIFTS.toSettlement(), events, seed)).isEqualTo(onePass);
          assertThat(Chunks.collect(GIFTS.toSettlement(), events, ~seed)).isEqualTo(onePass);
        });
    qt().withExamples(300).forAll(groupLessScenarios(), longs().all()).checkAssert((s, seed) ->
        assertThat(Chunks.collect(GIFTS.toSettlement(), s.events, seed)).isEqualTo(GIFTS.settle(s.events)));
  }

  @Test
  void anOverflowLeavesTheSettlementAsItWasAndNamesTheOperation() {
    qt().withExamples(300).forAll(hostileStreamsWithoutSomeGroupIds(), longs().all())
        .checkAssert((events, seed) -> {
          ComboSettler settler = ComboSettler.batch(GiftCatalog.empty(), false);
          events.forEach(settler::accept);
          ComboSettlement before = settler.settlement(PROVENANCE);
          GiftEvent like = events.isEmpty() ? GiftGenerators.event(1, 1_697_113_848_000L, "new", "host",
              new long[] {1, 1}, true, 1, false, 0) : events.get(new Random(seed).nextInt(events.size()));
          GiftEvent bad = GiftGenerators.overflowing(like, before.naiveCoins().count());
          assertThatThrownBy(() -> settler.accept(bad)).isInstanceOf(ArithmeticException.class)
              .hasMessageStartingWith("coins overflow in settle: ");
          assertThat(settler.settlement(PROVENANCE)).isEqualTo(before);
          // And it goes on as if the message had never come.
          events.forEach(settler::accept);
          List<GiftEvent> twice = new ArrayList<>(events);
          twice.addAll(events);
          assertThat(settler.settlement(PROVENANCE)).isEqualTo(GIFTS.settle(twice));
        });
  }
}
