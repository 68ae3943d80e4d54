package io.github.monetik.streaks;

import io.github.monetik.internal.Checks;
import io.github.monetik.internal.IdTable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The hot path. Each interaction becomes one {@code long}: group index, second since
 * {@link Interaction#EARLIEST}, sender's index in the group and kind, most significant first. One
 * {@link Arrays#sort(long[])} puts every group's interactions together in time order and makes
 * duplicates neighbours; one scan turns them into qualifying days, pet points and activity cells
 * ({@link GroupHistory}); {@link Runs} makes each group's streak. No object per interaction is
 * created. Pairs and groups get their dense indexes from the one {@link IdTable}.
 */
final class StreakEngine {
  static final int MAX_GROUPS = 1 << 22;
  private static final long EARLIEST_SECOND = Interaction.EARLIEST.getEpochSecond();
  private static final int GROUP_SHIFT = 41;
  private static final int SECOND_SHIFT = 9;
  private static final int MEMBER_SHIFT = 3;

  private StreakEngine() {}

  static StreakReport analyze(Collection<? extends Interaction> interactions, Instant now, Streaks analysis) {
    Checks.notNull(interactions, "interactions");
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
    return batch.report(analysis);
  }

  /**
   * Interactions encoded so far, one {@code long} each: the whole input of one analysis, or one
   * container of {@link Streaks#toReport(Instant)}. Batches merge by appending, the group indexes of
   * the other re-mapped to this one's; the report sorts and scans once at the end.
   */
  static final class Batch {
    private final Instant now;
    private final long nowSecond;
    private final IdTable<GroupKey> index = new IdTable<>();
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
    void add(@Nullable Interaction it, int position) {
      if (it == null) {
        throw new NullPointerException(position < 0 ? "interactions element" : "interactions[" + position + "]");
      }
      long second = it.epochSecond();
      if (second >= nowSecond && it.at().isAfter(now)) {
        throw new IllegalArgumentException((position < 0 ? "interaction" : "interactions[" + position + "]")
            + ".at must not be after now " + now + ", was " + it.at());
      }
      int g = group(index.index(it.group()));
      if (n == encoded.length) {
        encoded = Arrays.copyOf(encoded, n * 2);
      }
      encoded[n++] = (long) g << GROUP_SHIFT | (second - EARLIEST_SECOND) << SECOND_SHIFT
          | (long) it.senderIndex() << MEMBER_SHIFT | it.kind().ordinal();
    }

    private static int group(int g) {
      if (g >= MAX_GROUPS) {
        throw new IllegalArgumentException("interactions must span at most " + MAX_GROUPS
            + " pairs or groups per analysis, was more");
      }
      return g;
    }

    /**
     * {@return this batch, holding both}
     *
     * @param other interactions judged at the same instant (a collector's containers all are)
     */
    Batch merge(Batch other) {
      int[] group = index.indexesOf(other.index);
      for (int g : group) {
        group(g);
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

    StreakReport report(Streaks analysis) {
      StreakPolicy policy = analysis.streakPolicy();
      Arrays.sort(encoded, 0, n);
      Scratch scratch = new Scratch(policy);
      Days days = new Days(analysis.zone(), policy.dayBoundary());
      GroupHistory[] histories = new GroupHistory[index.size()];
      GroupStreak[] streaks = new GroupStreak[index.size()];
      int start = 0;
      while (start < n) {
        int g = (int) (encoded[start] >>> GROUP_SHIFT);
        int end = start + 1;
        while (end < n && (int) (encoded[end] >>> GROUP_SHIFT) == g) {
          end++;
        }
        GroupKey key = index.get(g);
        histories[g] = scanGroup(key, encoded, start, end, days, policy, eligibleFrom(key, analysis), scratch);
        streaks[g] = Runs.streakOf(histories[g], days, policy, now);
        start = end;
      }
      return new StreakReport(analysis, now, histories, streaks);
    }
  }

  /** {@return {@code now}, checked: not null, in [{@link Interaction#EARLIEST}, {@link Interaction#LATEST})} */
  static Instant requireNow(@Nullable Instant now) {
    Instant checked = Checks.notNull(now, "now");
    requirePlausible("now", checked);
    return checked;
  }

  static void requirePlausible(String field, Instant at) {
    if (at.isBefore(Interaction.EARLIEST) || !at.isBefore(Interaction.LATEST)) {
      throw Checks.invalid(field, "in [" + Interaction.EARLIEST + ", " + Interaction.LATEST + ")", at);
    }
  }

  /**
   * {@return the first date every participant whose birth date is known has the policy's minimum
   *     age, or null if no known age limits the group}
   */
  private static @Nullable LocalDate eligibleFrom(GroupKey key, Streaks analysis) {
    int age = analysis.streakPolicy().minimumAge();
    Map<String, LocalDate> born = analysis.birthDates();
    if (age == 0 || born.isEmpty()) {
      return null;
    }
    LocalDate latest = null;
    for (int i = 0; i < key.size(); i++) {
      LocalDate b = born.get(key.id(i));
      if (b != null && (latest == null || b.plusYears(age).isAfter(latest))) {
        latest = b.plusYears(age);
      }
    }
    return latest;
  }

  /** Buffers reused from group to group, and the policy's per-kind tables. */
  private static final class Scratch {
    int[] days = new int[64];
    long[] points = new long[64];
    long[] cells = new long[64];
    final int[] perMember = new int[Interaction.MAX_PARTICIPANTS];
    final boolean[] counted = new boolean[8];
    final long[] kindPoints = new long[8];

    Scratch(StreakPolicy policy) {
      for (InteractionKind k : policy.countedKinds()) {
        counted[k.ordinal()] = true;
      }
      for (InteractionKind k : InteractionKind.values()) {
        kindPoints[k.ordinal()] = policy.pointsFor(k);
      }
    }
  }

  private static long second(long code) {
    return ((code >>> SECOND_SHIFT) & 0xFFFF_FFFFL) + EARLIEST_SECOND;
  }

  private static GroupHistory scanGroup(GroupKey key, long[] encoded, int from, int to, Days days, StreakPolicy policy,
      @Nullable LocalDate eligible, Scratch s) {
    boolean[] counted = s.counted;
    long anchor = second(encoded[from]);
    if (days.rolling()) {
      for (int i = from; i < to; i++) {
        if (counted[(int) (encoded[i] & 7)]) {
          anchor = second(encoded[i]);
          break;
        }
      }
    }
    long firstDay = days.day(second(encoded[from]), anchor);
    long eligibleDay = eligible == null ? Long.MIN_VALUE : days.firstDayOn(eligible, anchor);
    long full = key.size() == 64 ? -1L : (1L << key.size()) - 1;
    boolean everyone = policy.everyoneMustAct();
    int qualifying = 0;
    int underAge = 0;
    int cells = 0;
    long day = Long.MIN_VALUE;
    long actedMask = 0;
    long touched = 0;
    long points = 0;
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
            if (day < eligibleDay) {
              underAge++;
            } else {
              if (qualifying == s.days.length) {
                s.days = Arrays.copyOf(s.days, qualifying * 2);
                s.points = Arrays.copyOf(s.points, qualifying * 2);
              }
              s.points[qualifying] = points;
              s.days[qualifying++] = (int) day;
            }
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
        points = 0;
      }
      if (i == to) {
        break;
      }
      previous = code;
      int member = (int) ((code >>> MEMBER_SHIFT) & 63);
      int kind = (int) (code & 7);
      touched |= 1L << member;
      s.perMember[member]++;
      points += s.kindPoints[kind];
      if (counted[kind]) {
        actedMask |= 1L << member;
      }
    }
    return new GroupHistory(key, Arrays.copyOf(s.days, qualifying), Arrays.copyOf(s.points, qualifying),
        Arrays.copyOf(s.cells, cells), new long[0], anchor, eligibleDay > firstDay ? eligible : null, underAge);
  }
}
