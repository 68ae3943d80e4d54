package io.github.monetik.gifts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/**
 * The settler's record table by example: it behaves as a map from a key of three longs to its
 * record through inserts, removals (backward shift) and bulk drops, and its hash spreads the keys a
 * settler makes (senders, gifts, group ids as milliseconds, message ids) and keys that differ only in
 * high bits. A hash that does not would still settle right, only slowly: only a law on the spread
 * (and the kept byte forms, which list records in slot order) can tell.
 */
class SlotTableTest {
  private static final int KEYS = 2048;
  private static final int SLOTS = 2 * KEYS; // a table's fullest: half its slots

  /** Distinct home slots over keys, in a table of {@link #SLOTS}; random homes give 0.787. */
  private static double spread(IntFunction<long[]> key) {
    Set<Integer> homes = new HashSet<>();
    for (int i = 0; i < KEYS; i++) {
      long[] k = key.apply(i);
      homes.add(SlotTable.hash(k[0], k[1], k[2]) & (SLOTS - 1));
    }
    return (double) homes.size() / KEYS;
  }

  @Test
  void theHashSpreadsTheKeysASettlerMakes() {
    SplittableRandom r = new SplittableRandom(5);
    long[] gifts = r.longs(KEYS * 2L, 1, 20_000).distinct().limit(KEYS).toArray();
    Map<String, IntFunction<long[]>> families = new LinkedHashMap<>();
    families.put("senders of one gift", i -> new long[] {i + 1, 5655, 0});
    families.put("groups (combo starts in milliseconds)", i -> new long[] {1, 5655, 1_701_791_794_436L + 7L * i});
    families.put("gift ids", i -> new long[] {1, gifts[i], 0});
    families.put("message ids", i -> new long[] {3, 5655, 7_309_139_779_504_769_825L + ((long) i << 22)});
    families.put("group ids that differ only above bit 32", i -> new long[] {1, 5655, (long) i << 32});
    families.put("senders that differ only above bit 32", i -> new long[] {(long) i << 32 | 1, 5655, 0});
    families.forEach((family, key) -> assertThat(spread(key)).as(family).isGreaterThan(0.7));
  }

  private record Key(long k0, long k1, long k2) {}

  @Test
  void insertsRemovalsAndDropsBehaveAsAMap() {
    SplittableRandom r = new SplittableRandom(6);
    SlotTable table = new SlotTable(4);
    Map<Key, Long> model = new LinkedHashMap<>();
    for (int step = 0; step < 30_000; step++) {
      // A small key space: runs of probes form, wrap round the table's end, and are shifted back.
      Key k = new Key(1 + r.nextInt(40), 5655 + r.nextInt(3), r.nextInt(30));
      int at = table.find(k.k0, k.k1, k.k2);
      assertThat(at >= 0).as("%s present", k).isEqualTo(model.containsKey(k));
      if (at >= 0) {
        assertThat(table.data[at + 3]).isEqualTo(model.get(k));
        if (r.nextInt(3) == 0) {
          table.remove(at);
          model.remove(k);
        }
      } else {
        int in = table.insert(k.k0, k.k1, k.k2);
        assertThat(table.data[in + 3]).isZero();
        table.data[in + 3] = step;
        model.put(k, (long) step);
      }
      if (step % 5_000 == 4_999) {
        int dropped = table.removeIf(o -> table.data[o + 2] % 3 == 0);
        int before = model.size();
        model.keySet().removeIf(key -> key.k2 % 3 == 0);
        assertThat(dropped).isEqualTo(before - model.size());
      }
      assertThat(table.size()).isEqualTo(model.size());
    }
    model.forEach((k, v) -> assertThat(table.data[table.find(k.k0, k.k1, k.k2) + 3]).isEqualTo(v));
    assertThat(table.removeIf(o -> false)).isZero();
    assertThat(table.size()).isEqualTo(model.size());
  }

  @Test
  void aTableHoldsAtMostHalfItsSlotsAndGrowsFromSixteen() {
    SlotTable table = new SlotTable(3);
    assertThat(table.capacity()).isEqualTo(16);
    for (int i = 1; i <= 8; i++) {
      table.insert(i, 0, 0);
    }
    assertThat(table.capacity()).isEqualTo(16);
    table.insert(9, 0, 0);
    assertThat(table.capacity()).isEqualTo(32);
    assertThat(SlotTable.capacityFor(0)).isEqualTo(16);
    assertThat(SlotTable.capacityFor(8)).isEqualTo(16);
    assertThat(SlotTable.capacityFor(9)).isEqualTo(32);
    assertThat(SlotTable.capacityFor(1 << 20)).isEqualTo(1 << 21);
    assertThat(SlotTable.capacityFor(Integer.MAX_VALUE)).isEqualTo(1 << 30);
  }

  /**
   * Keys held in the slots themselves, by the textbook algorithm (linear probing, grow at half full,
   * backward-shift deletion): where a key must land for the kept byte forms to be written again.
   */
  private static final class KeysInSlots {
    long[][] slots = new long[16][];
    int size;

    void insert(long[] k) {
      if (2 * (size + 1) > slots.length) {
        long[][] old = slots;
        slots = new long[old.length * 2][];
        for (long[] o : old) {
          if (o != null) {
            place(o);
          }
        }
      }
      place(k);
      size++;
    }

    private void place(long[] k) {
      int i = home(k);
      while (slots[i] != null) {
        i = (i + 1) % slots.length;
      }
      slots[i] = k;
    }

    private int home(long[] k) {
      return SlotTable.hash(k[0], k[1], k[2]) & (slots.length - 1);
    }

    void remove(long[] k) {
      int hole = 0;
      while (slots[hole] == null || !Arrays.equals(slots[hole], k)) {
        hole++;
      }
      for (int j = (hole + 1) % slots.length; slots[j] != null; j = (j + 1) % slots.length) {
        int home = home(slots[j]);
        boolean stays = hole <= j ? home > hole && home <= j : home > hole || home <= j;
        if (!stays) {
          slots[hole] = slots[j];
          hole = j;
        }
      }
      slots[hole] = null;
      size--;
    }
  }

  @Test
  void keysLandInTheSlotsTheyWouldTakeInATableOfKeysAndTheRecordsStayDense() {
    SplittableRandom r = new SplittableRandom(8);
    SlotTable table = new SlotTable(4);
    KeysInSlots reference = new KeysInSlots();
    for (int step = 0; step < 6_000; step++) {
      long[] k = {1 + r.nextInt(60), 5655, r.nextInt(40)};
      int at = table.find(k[0], k[1], k[2]);
      if (at >= 0 && r.nextBoolean()) {
        table.remove(at);
        reference.remove(k);
      } else if (at < 0) {
        int in = table.insert(k[0], k[1], k[2]);
        table.data[in + 3] = k[0] * 1000 + k[2];
        reference.insert(k);
      }
      if (step % 1_500 == 1_499) {
        table.removeIf(o -> table.data[o] % 4 == 0);
        for (long[] o : reference.slots.clone()) {
          if (o != null && o[0] % 4 == 0) {
            reference.remove(o);
          }
        }
      }
      assertThat(table.capacity()).isEqualTo(reference.slots.length);
      boolean[] used = new boolean[table.size()];
      for (int i = 0; i < table.capacity(); i++) {
        int o = table.offsetIfUsed(i);
        long[] expected = reference.slots[i];
        assertThat(o >= 0).as("step %d, slot %d used", step, i).isEqualTo(expected != null);
        if (o >= 0) {
          assertThat(Arrays.copyOfRange(table.data, o, o + 3)).as("step %d, slot %d", step, i).isEqualTo(expected);
          assertThat(table.data[o + 3]).isEqualTo(expected[0] * 1000 + expected[2]);
          assertThat(o % 4).isZero();
          assertThat(used[o / 4]).as("record %d listed once", o / 4).isFalse();
          used[o / 4] = true;
        }
      }
      for (int o = table.size() * 4; o < table.data.length; o++) {
        assertThat(table.data[o]).as("step %d, past the records, at %d", step, o).isZero();
      }
    }
  }

  @Test
  void recordsListedFromAnEmptySlotAndInsertedAgainLandWhereTheyWere() {
    SplittableRandom r = new SplittableRandom(7);
    SlotTable table = new SlotTable(3);
    for (int i = 0; i < 300; i++) {
      table.insert(1 + r.nextInt(1_000_000), r.nextLong(), r.nextLong());
    }
    List<long[]> listed = new ArrayList<>();
    int from = table.emptySlot();
    assertThat(table.offsetIfUsed(from)).isEqualTo(-1);
    for (int n = 1; n <= table.capacity(); n++) {
      int at = table.offsetIfUsed((from + n) % table.capacity());
      if (at >= 0) {
        listed.add(new long[] {table.data[at], table.data[at + 1], table.data[at + 2]});
      }
    }
    SlotTable again = new SlotTable(3);
    again.reset(SlotTable.capacityFor(listed.size()));
    listed.forEach(k -> again.insert(k[0], k[1], k[2]));
    assertThat(again.capacity()).isEqualTo(table.capacity());
    for (int i = 0; i < table.capacity(); i++) {
      int at = table.offsetIfUsed(i);
      int there = again.offsetIfUsed(i);
      assertThat(there < 0).as("slot %d empty in both", i).isEqualTo(at < 0);
      if (at >= 0) {
        assertThat(Arrays.copyOfRange(again.data, there, there + 3)).as("slot %d", i)
            .isEqualTo(Arrays.copyOfRange(table.data, at, at + 3));
      }
    }
    assertThatThrownBy(() -> again.reset(24)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("capacity must be a power of two >= 16, was 24");
    assertThatThrownBy(() -> again.reset(8)).isInstanceOf(IllegalArgumentException.class);
  }
}
