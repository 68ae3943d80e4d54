package io.github.monetik.gifts;

import static io.github.monetik.testing.GiftGenerators.scenarios;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.monetik.money.Coins;
import io.github.monetik.testing.Chunks;
import io.github.monetik.testing.GiftGenerators.Scenario;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The laws of combo settlement, over generated LIVE traffic whose true totals are known. */
class ComboSettlementPropertiesTest {
  private static ComboSettlement settle(List<GiftEvent> events) {
    return io.github.monetik.testing.TestRules.uncheckedGifts().settle(events);
  }

  @Test
  void eachComboCountsExactlyOnceUnderAnyInterleavingAndOrder() {
    qt().withExamples(300).forAll(scenarios(), longs().all()).checkAssert((s, seed) -> {
      ComboSettlement shuffled = settle(s.shuffled(seed));
      assertThat(shuffled.settledCoins()).isEqualTo(Coins.of(s.settledCoins));
      assertThat(shuffled.settledGifts()).isEqualTo(s.settledGifts);
      assertThat(shuffled.openCoins()).isEqualTo(Coins.of(s.openCoins));
      assertThat(shuffled.openGifts()).isEqualTo(s.openGifts);
      assertThat(shuffled.open()).hasSize(s.openCombos);
      assertThat(shuffled).isEqualTo(settle(s.events));
    });
  }

  @Test
  void aDuplicateMessageChangesNothing() {
    qt().withExamples(300).forAll(scenarios(), longs().all()).checkAssert((s, seed) -> {
      ComboSettlement once = settle(s.events);
      ComboSettlement twice = settle(s.withDuplicates(seed));
      assertThat(twice.settled()).isEqualTo(once.settled());
      assertThat(twice.open()).isEqualTo(once.open());
      assertThat(twice.issues()).isEqualTo(once.issues());
    });
  }

  @Test
  void settledPlusOpenNeverExceedsTheNaiveSum() {
    qt().withExamples(300).forAll(scenarios(), longs().all()).checkAssert((s, seed) -> {
      ComboSettlement r = settle(s.withDuplicates(seed));
      assertThat(r.settledCoins().plus(r.openCoins())).isLessThanOrEqualTo(r.naiveCoins());
      assertThat(r.includeOpen().settledCoins()).isEqualTo(r.settledCoins().plus(r.openCoins()));
      assertThat(r.includeOpen().open()).isEmpty();
    });
  }

  @Test
  void feedingOneByOneGivesTheBatchResultAtEveryStepsEnd() {
    qt().withExamples(100).forAll(scenarios(), longs().all()).checkAssert((s, seed) -> {
      List<GiftEvent> events = s.shuffled(seed);
      ComboSettler settler = ComboSettler.batch(GiftCatalog.empty(), false);
      List<GiftEvent> fed = new ArrayList<>();
      for (GiftEvent e : events) {
        settler.accept(e);
        fed.add(e);
        ComboSettlement snapshot = settler.settlement(io.github.monetik.testing.TestRules.PROVENANCE);
        assertThat(settler.settledCoins()).isEqualTo(snapshot.settledCoins().count());
        assertThat(settler.openCoins()).isEqualTo(snapshot.openCoins().count());
        assertThat(settler.openCombos()).isEqualTo(snapshot.open().size());
      }
      assertThat(settler.settlement(io.github.monetik.testing.TestRules.PROVENANCE)).isEqualTo(settle(fed));
    });
  }

  @Test
  void settlingWholeCombosInChunksAndCombiningEarningsEqualsOnePass() {
    // A chunk boundary may not cut a combo, so chunks are split by sender.
    qt().withExamples(200).forAll(scenarios(), integers().between(1, 4)).checkAssert((s, chunks) -> {
      Gifts gifts = io.github.monetik.Monetik.defaults().gifts();
      LiveEarnings whole = gifts.earnings(settle(s.events));
      LiveEarnings combined = io.github.monetik.testing.TestRules.uncheckedGifts().earnings(java.util.List.<CountedGift>of());
      for (int c = 0; c < chunks; c++) {
        int chunk = c;
        List<GiftEvent> part = s.events.stream().filter(e -> Math.floorMod(e.senderId().hashCode(), chunks) == chunk).toList();
        combined = combined.combine(gifts.earnings(settle(part)));
      }
      assertThat(combined).isEqualTo(whole);
      assertThat(combined.byHost()).isEqualTo(whole.byHost());
    });
  }

  @Test
  void theCollectorOverAnySplitOfTheStreamGivesTheOnePassSettlement() {
    // Chunk boundaries fall anywhere, inside combos too; duplicates may land on either side.
    qt().withExamples(300).forAll(scenarios(), longs().all()).checkAssert((s, seed) -> {
      List<GiftEvent> events = s.withDuplicates(seed);
      ComboSettlement onePass = settle(events);
      assertThat(Chunks.collect(io.github.monetik.testing.TestRules.uncheckedGifts().toSettlement(), events, seed)).isEqualTo(onePass);
      assertThat(Chunks.collect(io.github.monetik.testing.TestRules.uncheckedGifts().toSettlement(), events, ~seed)).isEqualTo(onePass);
      assertThat(events.parallelStream().collect(io.github.monetik.testing.TestRules.uncheckedGifts().toSettlement())).isEqualTo(onePass);
    });
  }

  @Test
  void combiningSettlersAddsTheirRunningTotals() {
    qt().withExamples(150).forAll(scenarios(), longs().all(), integers().between(0, 25)).checkAssert((s, seed, cut) -> {
      List<GiftEvent> events = s.shuffled(seed);
      int at = Math.min(cut, events.size());
      ComboSettler left = ComboSettler.batch(GiftCatalog.empty(), false);
      events.subList(0, at).forEach(left::accept);
      ComboSettler right = ComboSettler.batch(GiftCatalog.empty(), false);
      events.subList(at, events.size()).forEach(right::accept);
      long naive = left.naiveCoins() + right.naiveCoins();
      long messages = left.messages() + right.messages();
      ComboSettler whole = ComboSettler.batch(GiftCatalog.empty(), false);
      events.forEach(whole::accept);
      left.combine(right);
      assertThat(left.naiveCoins()).isEqualTo(naive);
      assertThat(left.messages()).isEqualTo(messages);
      assertThat(left.settledCoins()).isEqualTo(whole.settledCoins()).isEqualTo(s.settledCoins);
      assertThat(left.settledGifts()).isEqualTo(whole.settledGifts());
      assertThat(left.openCoins()).isEqualTo(whole.openCoins());
      assertThat(left.openCombos()).isEqualTo(whole.openCombos());
      assertThat(left.settlement(io.github.monetik.testing.TestRules.PROVENANCE)).isEqualTo(whole.settlement(io.github.monetik.testing.TestRules.PROVENANCE));
    });
  }
}
