package io.github.monetik.streaks;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Collection;
import java.util.Objects;

/**
 * The hot path. Each interaction becomes one {@code long}: group index, second since
 * {@link Interaction#EARLIEST}, sender's index in the group and kind, most significant first. One
 * {@link Arrays#sort(long[])} puts every group's interactions together in time order and makes
 * duplicates neighbours; one scan turns them into qualifying days and engagement cells. No object
 * per interaction is created.
 */
final class StreakEngine {
  static final int MAX_GROUPS = 1 << 22;
  private static final long EARLIEST_SECOND = Interaction.EARLIEST.getEpochSecond();
  private static final int GROUP_SHIFT = 41;
  private static final int SECOND_SHIFT = 9;
  private static final int MEMBER_SHIFT = 3;

  private StreakEngine() {}

  static StreakReport analyze(Collection<? extends Interaction> interactions, Instant now, StreakPolicy policy,
      ZoneId zone) {
    Objects.requireNonNull(interactions, "interactions");
    int expected = interactions.size();
    Batch batch = new Batch(now, expected);
    for (Interaction it : interactions) {
      if (batch.size() == expected) {
        throw new IllegalArgumentException("interactions changed size while being read: " + expected + " then more");
      }
      batch.add(it, batch.size());
    }
    if (batch.size() != expected) {
      throw new IllegalArgumentException("interactions changed size while being read: " + expected + " then "
          + batch.size());
    }
    return batch.report(policy, zone);
  }

  /**
   * Interactions encoded so far, one {@code long} each: the whole input of one analysis, or one
   * container of {@link Streaks#collector(Instant)}. Batches merge by appending, the group indexes of
   * the other re-mapped to this one's; the report sorts and scans once at the end.
   */
  static final class Batch {
    private final Instant now;
    private final long nowSecond;
    private final GroupIndex index = new GroupIndex();
    private long[] encoded;
    private int n;

    Batch(Instant now, int capacity) {
      this.now = requireNow(now);
      this.nowSecond = now.getEpochSecond();
      this.encoded = new long[Math.max(capacity, 16)];
    }

    int size() {
      return n;
    }

    /**
     * @param it the interaction
     * @param position its place in the caller's collection, or -1 in a stream (for messages only)
     */
    void add(Interaction it, int position) {
      if (it == null) {
        throw new NullPointerException(position < 0 ? "interactions element" : "interactions[" + position + "]");
      }
      long second = it.epochSecond();
      if (second >= nowSecond && it.at().isAfter(now)) {
        throw new IllegalArgumentException((position < 0 ? "interaction" : "interactions[" + position + "]")
            + ".at must not be after now " + now + ", was " + it.at());
      }
      int g = index.indexOf(it.group());
      if (n == encoded.length) {
        encoded = Arrays.copyOf(encoded, n * 2);
      }
      encoded[n++] = (long) g << GROUP_SHIFT | (second - EARLIEST_SECOND) << SECOND_SHIFT
          | (long) it.senderIndex() << MEMBER_SHIFT | it.kind().ordinal();
    }

    /**
     * {@return this batch, holding both}
     *
     * @param other interactions judged at the same instant (a collector's containers all are)
     */
    Batch merge(Batch other) {
      int[] group = new int[other.index.size()];
      for (int g = 0; g < group.length; g++) {
        group[g] = index.indexOf(other.index.key(g));
      }
      if (encoded.length - n < other.n) {
        encoded = Arrays.copyOf(encoded, Math.max(n + other.n, encoded.length * 2));
      }
      long low = (1L << GROUP_SHIFT) - 1;
      for (int i = 0; i < other.n; i++) {
        long code = other.encoded[i];
        encoded[n++] = (long) group[(int) (code >>> GROUP_SHIFT)] << GROUP_SHIFT | (code & low);
      }
      return this;
    }

    StreakReport report(StreakPolicy policy, ZoneId zone) {
      Arrays.sort(encoded, 0, n);
      boolean[] counted = new boolean[8];
      for (InteractionKind k : policy.countedKinds()) {
        counted[k.ordinal()] = true;
      }
      Days days = new Days(zone, policy.dayBoundary());
      GroupStreak[] groups = new GroupStreak[index.size()];
      Scratch scratch = new Scratch();
      int start = 0;
      while (start < n) {
        int g = (int) (encoded[start] >>> GROUP_SHIFT);
        int end = start + 1;
        while (end < n && (int) (encoded[end] >>> GROUP_SHIFT) == g) {
          end++;
        }
        groups[g] = scanGroup(index.key(g), encoded, start, end, counted, days, policy, now, scratch);
        start = end;
      }
      return new StreakReport(groups, now, zone, policy);
    }
  }

  /** {@return {@code now}, checked: not null, in [{@link Interaction#EARLIEST}, {@link Interaction#LATEST})} */
  static Instant requireNow(Instant now) {
    Objects.requireNonNull(now, "now");
    requirePlausible("now", now);
    return now;
  }

  static void requirePlausible(String field, Instant at) {
    if (at.isBefore(Interaction.EARLIEST) || !at.isBefore(Interaction.LATEST)) {
      throw new IllegalArgumentException(field + " must be in [" + Interaction.EARLIEST + ", " + Interaction.LATEST
          + "), was " + at);
    }
  }

  /**
   * Pairs and groups to dense indexes. One {@code long} per slot holds a key's hash, size and index,
   * and each group's first two ids sit side by side in one array: a lookup of a pair reads two cache
   * lines and compares references, and reads no key object.
   */
  private static final class GroupIndex {
    private long[] table = new long[1 << 10];
    private String[] firstTwo = new String[1 << 10];
    private GroupKey[] byIndex = new GroupKey[1 << 9];
    private int size;

    int size() {
      return size;
    }

    GroupKey key(int g) {
      return byIndex[g];
    }

    int indexOf(GroupKey key) {
      int mask = table.length - 1;
      int hash = key.hash();
      long tag = (long) hash << 32 | (long) key.size() << 24;
      int i = mix(hash) & mask;
      while (true) {
        long e = table[i];
        if (e == 0) {
          return add(key, i, tag);
        }
        if ((e & 0xFFFF_FFFF_FF00_0000L) == tag) {
          int g = (int) (e & 0xFF_FFFF) - 1;
          String f = firstTwo[2 * g];
          String s = firstTwo[2 * g + 1];
          if ((f == key.first() || f.equals(key.first())) && (s == key.second() || s.equals(key.second()))
              && (key.size() == 2 || byIndex[g].equals(key))) {
            return g;
          }
        }
        i = (i + 1) & mask;
      }
    }

    private int add(GroupKey key, int slot, long tag) {
      if (size == MAX_GROUPS) {
        throw new IllegalArgumentException("interactions must span at most " + MAX_GROUPS
            + " pairs or groups per analysis, was more");
      }
      table[slot] = tag | (size + 1);
      if (size == byIndex.length) {
        byIndex = Arrays.copyOf(byIndex, size * 2);
        firstTwo = Arrays.copyOf(firstTwo, size * 4);
      }
      byIndex[size] = key;
      firstTwo[2 * size] = key.first();
      firstTwo[2 * size + 1] = key.second();
      size++;
      if (size * 2 > table.length) {
        rehash();
      }
      return size - 1;
    }

    private void rehash() {
      long[] old = table;
      table = new long[old.length * 2];
      int mask = table.length - 1;
      for (long e : old) {
        if (e != 0) {
          int i = mix((int) (e >>> 32)) & mask;
          while (table[i] != 0) {
            i = (i + 1) & mask;
          }
          table[i] = e;
        }
      }
    }

    private static int mix(int h) {
      int x = h * 0x9E3779B9;
      return x ^ (x >>> 16);
    }
  }

  /** Buffers reused from group to group. */
  private static final class Scratch {
    int[] days = new int[64];
    long[] cells = new long[64];
    final int[] perMember = new int[Interaction.MAX_PARTICIPANTS];
  }

  private static long second(long code) {
    return ((code >>> SECOND_SHIFT) & 0xFFFF_FFFFL) + EARLIEST_SECOND;
  }

  private static GroupStreak scanGroup(GroupKey key, long[] encoded, int from, int to, boolean[] counted, Days days,
      StreakPolicy policy, Instant now, Scratch s) {
    long anchor = second(encoded[from]);
    if (days.rolling()) {
      for (int i = from; i < to; i++) {
        if (counted[(int) (encoded[i] & 7)]) {
          anchor = second(encoded[i]);
          break;
        }
      }
    }
    long full = key.size() == 64 ? -1L : (1L << key.size()) - 1;
    boolean everyone = policy.everyoneMustAct();
    int qualifying = 0;
    int cells = 0;
    long day = Long.MIN_VALUE;
    long actedMask = 0;
    long touched = 0;
    long previous = -1;
    for (int i = from; i <= to; i++) {
      long code = i < to ? encoded[i] : -1;
      if (i < to && code == previous) {
        continue;
      }
      long d = i < to ? days.day(second(code), anchor) : Long.MAX_VALUE;
      if (d != day) {
        if (touched != 0) {
          if (everyone ? actedMask == full : actedMask != 0) {
            if (qualifying == s.days.length) {
              s.days = Arrays.copyOf(s.days, qualifying * 2);
            }
            s.days[qualifying++] = (int) day;
          }
          for (long m = touched; m != 0; m &= m - 1) {
            int member = Long.numberOfTrailingZeros(m);
            if (cells == s.cells.length) {
              s.cells = Arrays.copyOf(s.cells, cells * 2);
            }
            s.cells[cells++] = day << 38 | (long) member << 32 | s.perMember[member];
            s.perMember[member] = 0;
          }
        }
        day = d;
        actedMask = 0;
        touched = 0;
      }
      if (i == to) {
        break;
      }
      previous = code;
      int member = (int) ((code >>> MEMBER_SHIFT) & 63);
      touched |= 1L << member;
      s.perMember[member]++;
      if (counted[(int) (code & 7)]) {
        actedMask |= 1L << member;
      }
    }
    return GroupStreak.compute(key, Arrays.copyOf(s.days, qualifying), Arrays.copyOf(s.cells, cells), new long[0],
        anchor, days, policy, now);
  }
}
