package io.github.monetik.gifts;

import static io.github.monetik.gifts.GiftSettlerFormTest.assertSameBehaviour;
import static io.github.monetik.testing.GiftGenerators.groupLessScenarios;
import static io.github.monetik.testing.GiftGenerators.hostileStreams;
import static io.github.monetik.testing.GiftGenerators.hostileStreamsWithUniqueMessagesWithoutGroupIds;
import static io.github.monetik.testing.GiftGenerators.hostileStreamsWithoutSomeGroupIds;
import static io.github.monetik.testing.GiftGenerators.scenarios;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.monetik.Monetik;
import io.github.monetik.testing.Deadline;
import io.github.monetik.testing.TestRules;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The laws of the gift settler's byte form and of its merge (issue 16), over adversarial streams
 * (prices that change inside a combo, hosts that differ, conflicting and exact copies, ends repeated
 * or missing, messages without group ids), under a door that checks gift ids against the catalog and
 * one that does not:
 *
 * <ul>
 *   <li>a settler restored from its bytes behaves as the original, at any cut of the stream, after
 *       more messages and after combines on either side, and writes the same bytes;
 *   <li>combine is associative: consecutive chunks, combined in any grouping that keeps their order,
 *       shipped as bytes or not, give the one-pass result;
 *   <li>with a group id on every repeatable message, combine also commutes: partials of any subsets,
 *       merged in any order and grouping, give the one-pass result;
 *   <li>a corrupted form is refused with an {@code IllegalArgumentException} naming {@code form}, or
 *       restores a settler whose numbers agree with each other and that goes on working.
 * </ul>
 */
class GiftSettlerPropertiesTest {
  private static final Gifts UNCHECKED = TestRules.uncheckedGifts();
  private static final Gifts CHECKED = Monetik.defaults().gifts();

  private static Gifts door(SplittableRandom r) {
    return r.nextBoolean() ? UNCHECKED : CHECKED;
  }

  private static GiftSettler fed(Gifts gifts, List<GiftEvent> events) {
    GiftSettler s = gifts.settler();
    events.forEach(s::accept);
    return s;
  }

  @Test
  void aRestoredSettlerBehavesAsTheOriginalAtAnyCutAndAfterMoreMessagesOrCombines() {
    qt().withExamples(400).forAll(hostileStreamsWithoutSomeGroupIds(), longs().all()).checkAssert((events, seed) -> {
      SplittableRandom r = new SplittableRandom(seed);
      Gifts gifts = door(r);
      int cut = r.nextInt(events.size() + 1);
      int more = cut + r.nextInt(events.size() - cut + 1);
      GiftSettler original = fed(gifts, events.subList(0, cut));
      byte[] form = original.toBytes();
      GiftSettler restored = gifts.settler(form);
      assertSameBehaviour(restored, original);
      assertThat(restored.toBytes()).isEqualTo(form);
      // More messages, fed to both.
      events.subList(cut, more).forEach(original::accept);
      events.subList(cut, more).forEach(restored::accept);
      assertSameBehaviour(restored, original);
      assertThat(restored.toBytes()).isEqualTo(original.toBytes());
      // A later partial combined into both, then both combined into an earlier partial.
      List<GiftEvent> rest = events.subList(more, events.size());
      original.combine(fed(gifts, rest));
      restored.combine(gifts.settler(fed(gifts, rest).toBytes()));
      assertSameBehaviour(restored, original);
      List<GiftEvent> earlier = events.subList(0, r.nextInt(events.size() + 1));
      GiftSettler left = fed(gifts, earlier).combine(original);
      GiftSettler leftToo = gifts.settler(fed(gifts, earlier).toBytes()).combine(gifts.settler(restored.toBytes()));
      assertSameBehaviour(leftToo, left);
      assertThat(gifts.settler(leftToo.toBytes()).toBytes()).isEqualTo(leftToo.toBytes());
    });
  }

  @Test
  void aRestoredSettlerOfCombosWithoutGroupIdsGoesOnAsTheOriginal() {
    qt().withExamples(300).forAll(groupLessScenarios(), longs().all()).checkAssert((s, seed) -> {
      SplittableRandom r = new SplittableRandom(seed);
      int cut = r.nextInt(s.events.size() + 1);
      GiftSettler original = fed(UNCHECKED, s.events.subList(0, cut));
      GiftSettler restored = UNCHECKED.settler(original.toBytes());
      s.events.subList(cut, s.events.size()).forEach(original::accept);
      s.events.subList(cut, s.events.size()).forEach(restored::accept);
      assertSameBehaviour(restored, original);
      assertThat(restored.settlement()).isEqualTo(UNCHECKED.settle(s.events));
    });
  }

  /**
   * Cuts the stream into consecutive chunks, settles each (shipped as bytes or not), and combines
   * them in a random grouping that keeps their order.
   */
  private static GiftSettler chunked(Gifts gifts, List<GiftEvent> events, SplittableRandom r) {
    List<GiftSettler> parts = new ArrayList<>();
    int from = 0;
    while (from < events.size() || parts.isEmpty()) {
      int to = Math.min(events.size(), from + r.nextInt(1, 8));
      GiftSettler part = fed(gifts, events.subList(from, to));
      parts.add(r.nextBoolean() ? gifts.settler(part.toBytes()) : part);
      from = to;
    }
    while (parts.size() > 1) {
      int i = r.nextInt(parts.size() - 1);
      GiftSettler merged = parts.get(i).combine(parts.remove(i + 1));
      parts.set(i, r.nextInt(4) == 0 ? gifts.settler(merged.toBytes()) : merged);
    }
    return parts.get(0);
  }

  @Test
  void combineIsAssociativeOverChunksInStreamOrderShippedOrNot() {
    qt().withExamples(400).forAll(hostileStreamsWithUniqueMessagesWithoutGroupIds(), longs().all())
        .checkAssert((events, seed) -> {
          SplittableRandom r = new SplittableRandom(seed);
          Gifts gifts = door(r);
          GiftSettler onePass = fed(gifts, events);
          assertSameBehaviour(chunked(gifts, events, r), onePass);
          // (a + b) + c and a + (b + c), explicitly.
          int i = r.nextInt(events.size() + 1);
          int j = i + r.nextInt(events.size() - i + 1);
          List<GiftEvent> a = events.subList(0, i);
          List<GiftEvent> b = events.subList(i, j);
          List<GiftEvent> c = events.subList(j, events.size());
          GiftSettler leftFirst = fed(gifts, a).combine(fed(gifts, b)).combine(fed(gifts, c));
          GiftSettler rightFirst = fed(gifts, a).combine(fed(gifts, b).combine(fed(gifts, c)));
          assertSameBehaviour(leftFirst, onePass);
          assertSameBehaviour(rightFirst, onePass);
          // A new settler is the identity, on either side.
          assertSameBehaviour(gifts.settler().combine(fed(gifts, events)), onePass);
          assertSameBehaviour(fed(gifts, events).combine(gifts.settler()), onePass);
        });
    qt().withExamples(200).forAll(groupLessScenarios(), longs().all()).checkAssert((s, seed) ->
        assertSameBehaviour(chunked(UNCHECKED, s.events, new SplittableRandom(seed)), fed(UNCHECKED, s.events)));
  }

  @Test
  void withGroupIdsPartialsOfAnySubsetsMergedInAnyOrderGiveTheOnePassResult() {
    qt().withExamples(400).forAll(hostileStreams(), longs().all()).checkAssert((events, seed) -> {
      SplittableRandom r = new SplittableRandom(seed);
      Gifts gifts = door(r);
      GiftSettler onePass = fed(gifts, events);
      // combine(a, b) against combine(b, a), for a random subset and the rest.
      List<GiftEvent> a = new ArrayList<>();
      List<GiftEvent> b = new ArrayList<>();
      for (GiftEvent e : events) {
        (r.nextBoolean() ? a : b).add(e);
      }
      GiftSettler ab = fed(gifts, a).combine(fed(gifts, b));
      GiftSettler ba = fed(gifts, b).combine(fed(gifts, a));
      assertSameBehaviour(ba, ab);
      assertSameBehaviour(ab, onePass);
      // Messages dealt to up to 5 partials, shipped or not, merged pairwise in a random order.
      List<List<GiftEvent>> dealt = new ArrayList<>();
      int k = r.nextInt(1, 6);
      for (int i = 0; i < k; i++) {
        dealt.add(new ArrayList<>());
      }
      for (GiftEvent e : events) {
        dealt.get(r.nextInt(k)).add(e);
      }
      List<GiftSettler> parts = new ArrayList<>();
      for (List<GiftEvent> d : dealt) {
        GiftSettler p = fed(gifts, d);
        parts.add(r.nextBoolean() ? gifts.settler(p.toBytes()) : p);
      }
      while (parts.size() > 1) {
        GiftSettler x = parts.remove(r.nextInt(parts.size()));
        GiftSettler y = parts.remove(r.nextInt(parts.size()));
        parts.add(x.combine(y));
      }
      assertSameBehaviour(parts.get(0), onePass);
    });
    // Scenarios of the catalog's gifts (unknown ids and prices the catalog knows, quantities, open combos).
    qt().withExamples(200).forAll(scenarios(), longs().all()).checkAssert((s, seed) -> {
      List<GiftEvent> shuffled = s.shuffled(seed);
      int cut = new SplittableRandom(seed).nextInt(shuffled.size() + 1);
      List<GiftEvent> a = shuffled.subList(0, cut);
      List<GiftEvent> b = shuffled.subList(cut, shuffled.size());
      assertSameBehaviour(fed(CHECKED, b).combine(fed(CHECKED, a)), fed(CHECKED, s.events));
      assertSameBehaviour(fed(CHECKED, a).combine(fed(CHECKED, b)), fed(CHECKED, s.events));
    });
  }

  /** One of: bytes overwritten, a byte inserted or dropped, the form cut short; mostly past the header. */
  private static byte[] corrupt(byte[] form, SplittableRandom r) {
    int from = r.nextInt(8) == 0 ? 0 : 14;
    int at = from + r.nextInt(form.length - from);
    switch (r.nextInt(6)) {
      case 0 -> {
        return Arrays.copyOf(form, at);
      }
      case 1 -> {
        byte[] out = new byte[form.length + 1];
        System.arraycopy(form, 0, out, 0, at);
        out[at] = (byte) r.nextInt(256);
        System.arraycopy(form, at, out, at + 1, form.length - at);
        return out;
      }
      case 2 -> {
        byte[] out = new byte[form.length - 1];
        System.arraycopy(form, 0, out, 0, at);
        System.arraycopy(form, at + 1, out, at, form.length - at - 1);
        return out;
      }
      default -> {
        byte[] out = form.clone();
        for (int n = 1 + r.nextInt(3), i = 0; i < n; i++) {
          int k = from + r.nextInt(form.length - from);
          out[k] = (byte) (r.nextInt(3) == 0 ? out[k] ^ (1 << r.nextInt(8)) : r.nextInt(256));
        }
        return out;
      }
    }
  }

  @Test
  void aCorruptedFormIsRefusedOrRestoresASettlerWhoseNumbersAgree() {
    qt().withExamples(2_000).forAll(hostileStreamsWithoutSomeGroupIds(), longs().all()).checkAssert((events, seed) -> {
      SplittableRandom r = new SplittableRandom(seed);
      Gifts gifts = door(r);
      byte[] form = fed(gifts, events).toBytes();
      byte[] bad = corrupt(form, r);
      GiftSettler restored;
      try {
        restored = Deadline.within(() -> gifts.settler(bad)).get();
      } catch (IllegalArgumentException refused) {
        assertThat(refused.getMessage()).startsWith("form ");
        return;
      }
      assertConsistent(restored);
      // It writes its own form, which restores to the same settler.
      GiftSettler again = gifts.settler(restored.toBytes());
      assertSameBehaviour(again, restored);
      assertThat(again.toBytes()).isEqualTo(restored.toBytes());
      // And both go on alike: more messages, a combine on either side.
      List<GiftEvent> more = events.subList(0, r.nextInt(events.size() + 1));
      if (!fedBoth(restored, again, more)) {
        return; // a crafted total too near a long's end: the documented overflow, the settlers unchanged
      }
      assertSameBehaviour(again, restored);
      assertConsistent(restored);
      try {
        GiftSettler left = fed(gifts, more).combine(restored);
        assertConsistent(left);
      } catch (ArithmeticException overflow) {
        assertThat(overflow.getMessage()).startsWith("coins overflow");
      }
    });
  }

  private static boolean fedBoth(GiftSettler a, GiftSettler b, List<GiftEvent> events) {
    for (GiftEvent e : events) {
      try {
        a.accept(e);
      } catch (ArithmeticException overflow) {
        assertThat(overflow.getMessage()).startsWith("coins overflow");
        return false;
      }
      b.accept(e);
    }
    return true;
  }

  /** The settler's numbers agree with each other, however it was made. */
  private static void assertConsistent(GiftSettler s) {
    ComboSettlement settlement = s.settlement();
    LiveSnapshot snapshot = s.snapshot();
    assertThat(settlement.messages()).isEqualTo(s.messages()).isEqualTo(snapshot.messages());
    assertThat(settlement.naiveCoins()).isEqualTo(s.naiveCoins()).isEqualTo(snapshot.naiveCoins());
    assertThat(settlement.settledCoins()).isEqualTo(s.settledCoins()).isEqualTo(snapshot.earnings().coins());
    assertThat(settlement.openCoins()).isEqualTo(s.openCoins()).isEqualTo(snapshot.openCoins());
    assertThat(settlement.settledGifts()).isEqualTo(snapshot.earnings().gifts());
    assertThat(settlement.open()).isEqualTo(snapshot.open());
    assertThat(settlement.issues()).isEqualTo(snapshot.issues());
    assertThat(s.settledCoins().count() + s.openCoins().count()).isBetween(0L, s.naiveCoins().count());
    assertThat(settlement.settled().stream().mapToLong(g -> g.coins().count()).sum()).isEqualTo(s.settledCoins().count());
  }

  /**
   * A snapshot, which adds the settler's records straight into the aggregates, says what the earnings
   * of its settlement's gifts say, breakdown by breakdown (senders, gifts, hosts, minutes), on streams
   * of many senders mixing single gifts and combos.
   */
  @Test
  void aSnapshotsEarningsAreTheEarningsOfItsSettlement() {
    qt().withExamples(300).forAll(hostileStreams(), longs().all()).checkAssert((events, seed) -> {
      Gifts gifts = door(new SplittableRandom(seed));
      GiftSettler settler = fed(gifts, events);
      LiveEarnings expected = gifts.earnings(settler.settlement());
      assertThat(settler.snapshot().earnings()).isEqualTo(expected);
      assertThat(settler.snapshot().earnings().topSenders(Integer.MAX_VALUE)).isEqualTo(expected.topSenders(Integer.MAX_VALUE));
      assertThat(settler.snapshot().earnings().byMinute()).isEqualTo(expected.byMinute());
      assertThat(settler.snapshot().earnings()).hasToString(expected.toString());
    });
  }
}
