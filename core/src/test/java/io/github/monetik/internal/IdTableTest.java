package io.github.monetik.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.IntUnaryOperator;
import java.util.function.LongToIntFunction;
import org.junit.jupiter.api.Test;

/**
 * The engines' id tables ({@link IdTable}, {@link LongIndex}) by example: they behave as a map from
 * key to first-seen index, and their hash mixer spreads the key families Monetik sees (sender ids,
 * numeric ids, gift ids, epoch minutes) and keys that differ only in high bits; a mixer that does not
 * would still give right answers, only slowly, so only a law on the spread can tell.
 */
class IdTableTest {
  private static final int KEYS = 2048;
  private static final int SLOTS = 2 * KEYS; // the tables' fullest: half their slots

  /**
   * How many distinct home slots the keys get in a table of {@link #SLOTS}, over how many keys.
   * Random homes give 2(1 - e^-1/2) = 0.787; a mixer that ignores some of the key's bits gives far fewer.
   */
  private static double spread(List<Integer> hashes, IntUnaryOperator mixer) {
    Set<Integer> homes = new HashSet<>();
    for (int h : hashes) {
      homes.add(mixer.applyAsInt(h) & (SLOTS - 1));
    }
    return (double) homes.size() / hashes.size();
  }

  private static List<Integer> hashes(IntUnaryOperator key) {
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < KEYS; i++) {
      out.add(key.applyAsInt(i));
    }
    return out;
  }

  @Test
  void theMixerSpreadsIdsAndHashesThatDifferOnlyInHighBits() {
    SplittableRandom r = new SplittableRandom(1);
    Map<String, List<Integer>> families = Map.of(
        "sender ids user-<hex>", hashes(i -> String.format("user-%08x", r.nextInt()).hashCode()),
        "numeric ids as text", hashes(i -> Long.toString(6_800_000_000_000_000_000L + i * 1_000_003L).hashCode()),
        "hosts host-<n>", hashes(i -> ("host-" + i).hashCode()),
        "consecutive hash codes", hashes(i -> i),
        "hash codes that differ above bit 8", hashes(i -> i << 8));
    families.forEach((family, hashes) -> assertThat(spread(hashes, IdTable::spread)).as(family).isGreaterThan(0.7));
  }

  @Test
  void longKeysSpreadWhetherTheyDifferInLowOrHighBits() {
    SplittableRandom r = new SplittableRandom(2);
    LongToIntFunction mix = LongIndex::mix;
    Map<String, long[]> families = Map.of(
        "epoch minutes", longs(i -> 28_363_000L + i),
        "gift ids", r.longs(KEYS, 1, 1_000_000).distinct().toArray(),
        "keys that differ only above bit 32", longs(i -> (long) i << 32 | 7),
        "negative keys", longs(i -> -1L - i * 977L));
    families.forEach((family, keys) -> {
      List<Integer> homes = new ArrayList<>();
      for (long k : keys) {
        homes.add(mix.applyAsInt(k));
      }
      assertThat(spread(homes, h -> h)).as(family).isGreaterThan(0.7);
    });
  }

  private static long[] longs(java.util.function.IntToLongFunction key) {
    long[] out = new long[KEYS];
    for (int i = 0; i < KEYS; i++) {
      out[i] = key.applyAsLong(i);
    }
    return out;
  }

  /** Keys whose hash codes collide in pairs and crowd a few slots: probing, growth and equality all show. */
  private record Crowded(int id) {
    @Override
    public int hashCode() {
      return (id / 2) << 20; // pairs share a hash; hashes differ only in high bits
    }
  }

  @Test
  void anIdTableIndexesKeysInTheOrderFirstSeenAsAMapWould() {
    SplittableRandom r = new SplittableRandom(3);
    IdTable<Crowded> table = new IdTable<>();
    Map<Crowded, Integer> model = new HashMap<>();
    List<Crowded> order = new ArrayList<>();
    for (int step = 0; step < 20_000; step++) {
      Crowded k = new Crowded(r.nextInt(3_000));
      if (r.nextInt(3) == 0) {
        assertThat(table.find(k)).isEqualTo(model.getOrDefault(k, -1));
        continue;
      }
      Integer expected = model.computeIfAbsent(k, key -> {
        order.add(key);
        return order.size() - 1;
      });
      assertThat(table.index(k)).isEqualTo(expected);
    }
    assertThat(table.size()).isEqualTo(order.size());
    for (int i = 0; i < order.size(); i++) {
      assertThat(table.get(i)).isEqualTo(order.get(i));
      assertThat(table.find(order.get(i))).isEqualTo(i);
    }
    assertThat(table.find(new Crowded(-1))).isEqualTo(-1);
  }

  @Test
  void aCopyIsIndependentAndIndexesOfMapsAnotherTablesIndexesHere() {
    IdTable<String> a = new IdTable<>();
    a.index("x");
    a.index("y");
    IdTable<String> copy = a.copy();
    copy.index("z");
    assertThat(a.size()).isEqualTo(2);
    assertThat(a.find("z")).isEqualTo(-1);
    assertThat(copy.find("z")).isEqualTo(2);
    IdTable<String> b = new IdTable<>();
    b.index("z");
    b.index("x");
    assertThat(a.indexesOf(b)).containsExactly(2, 0);
    assertThat(a.get(2)).isEqualTo("z");
  }

  @Test
  void theAdmissionCheckRunsOncePerNewKeyAndARefusedKeyLeavesTheTableAsItWas() {
    List<String> admitted = new ArrayList<>();
    IdTable<String> table = new IdTable<>(k -> {
      if (k.isBlank()) {
        throw new IllegalArgumentException("senderId must not be blank, was '" + k + "'");
      }
      admitted.add(k);
    });
    assertThat(table.index("a")).isZero();
    assertThat(table.index("a")).isZero();
    assertThatThrownBy(() -> table.index(" ")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("senderId must not be blank, was ' '");
    assertThat(table.size()).isEqualTo(1);
    assertThat(table.find(" ")).isEqualTo(-1);
    assertThat(table.index("b")).isEqualTo(1);
    assertThat(admitted).containsExactly("a", "b");
  }

  /** A table is at most half full (what keeps probes short and ends them), and no larger than that needs. */
  @Test
  void aTableGrowsToTheLeastPowerOfTwoThatKeepsItAtMostHalfFull() {
    IdTable<Integer> ids = new IdTable<>();
    LongIndex longs = new LongIndex();
    for (int n = 1; n <= 5_000; n++) {
      ids.index(n);
      longs.index(n);
      assertThat(ids.capacity()).as("id table of %s", n).isEqualTo(Math.max(64, Integer.highestOneBit(2 * n - 1) << 1));
      assertThat(longs.capacity()).as("long index of %s", n).isEqualTo(Math.max(32, Integer.highestOneBit(2 * n - 1) << 1));
    }
  }

  @Test
  void aLongIndexIndexesKeysInTheOrderFirstSeenAsAMapWould() {
    SplittableRandom r = new SplittableRandom(4);
    LongIndex index = new LongIndex();
    Map<Long, Integer> model = new HashMap<>();
    List<Long> order = new ArrayList<>();
    for (int step = 0; step < 20_000; step++) {
      // Few distinct low halves, so keys collide after mixing, and the extremes of a long.
      long k = r.nextInt(10) == 0 ? (r.nextBoolean() ? Long.MIN_VALUE : Long.MAX_VALUE)
          : (long) r.nextInt(1_500) << 32 | r.nextInt(4);
      if (r.nextInt(3) == 0) {
        assertThat(index.find(k)).isEqualTo(model.getOrDefault(k, -1));
        continue;
      }
      Integer expected = model.computeIfAbsent(k, key -> {
        order.add(key);
        return order.size() - 1;
      });
      assertThat(index.index(k)).isEqualTo(expected);
    }
    assertThat(index.size()).isEqualTo(order.size());
    LongIndex copy = index.copy();
    copy.index(-42);
    for (int i = 0; i < order.size(); i++) {
      assertThat(index.get(i)).isEqualTo(order.get(i));
      assertThat(index.find(order.get(i))).isEqualTo(i);
    }
    assertThat(index.find(-42)).isEqualTo(-1);
    assertThat(copy.find(-42)).isEqualTo(order.size());
  }
}
