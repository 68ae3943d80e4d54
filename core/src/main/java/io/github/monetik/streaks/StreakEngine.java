package io.github.monetik.streaks;

import io.github.monetik.internal.Checks;
import io.github.monetik.internal.Form;
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
  /** The most interactions one batch holds: the longest array a JVM allocates. */
  static final int MAX_INTERACTIONS = Integer.MAX_VALUE - 8;
  private static final long EARLIEST_SECOND = Interaction.EARLIEST.getEpochSecond();
  private static final int GROUP_SHIFT = 41;
  private static final int SECOND_SHIFT = 9;
  private static final int MEMBER_SHIFT = 3;
  private static final int KINDS = InteractionKind.values().length;

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
      GroupKey key = it.group();
      if (index.size() >= MAX_GROUPS && index.find(key) < 0) {
        throw tooManyGroups(); // before the key gets an index: a refused interaction leaves no trace
      }
      if (n == encoded.length) {
        grow(1);
      }
      int g = index.index(key);
      encoded[n++] = (long) g << GROUP_SHIFT | (second - EARLIEST_SECOND) << SECOND_SHIFT
          | (long) it.senderIndex() << MEMBER_SHIFT | it.kind().ordinal();
    }

    private static IllegalArgumentException tooManyGroups() {
      return new IllegalArgumentException("interactions must span at most " + MAX_GROUPS
          + " pairs or groups per analysis, was more");
    }

    /** Room for {@code more} codes beyond {@code n}, or the refusal of a batch past the largest array. */
    private void grow(int more) {
      long needed = (long) n + more;
      if (needed > MAX_INTERACTIONS) {
        throw new IllegalArgumentException("interactions must be at most " + MAX_INTERACTIONS
            + " per analysis (one array holds them), was " + needed);
      }
      if (needed > encoded.length) {
        encoded = Arrays.copyOf(encoded, (int) Math.min(MAX_INTERACTIONS, Math.max(needed, 2L * encoded.length)));
      }
    }

    /**
     * {@return this batch, holding both}
     *
     * @param other interactions judged at the same instant (a collector's containers all are)
     */
    Batch merge(Batch other) {
      if ((long) index.size() + other.index.size() > MAX_GROUPS) {
        int added = 0;
        for (int i = 0; i < other.index.size(); i++) {
          added += index.find(other.index.get(i)) < 0 ? 1 : 0;
        }
        if ((long) index.size() + added > MAX_GROUPS) {
          throw tooManyGroups(); // before anything changes
        }
      }
      grow(other.n);
      int[] group = index.indexesOf(other.index);
      long low = (1L << GROUP_SHIFT) - 1;
      for (int i = 0; i < other.n; i++) {
        long code = other.encoded[i];
        encoded[n++] = (long) group[(int) (code >>> GROUP_SHIFT)] << GROUP_SHIFT | (code & low);
      }
      return this;
    }

    Instant now() {
      return now;
    }

    /**
     * Writes the interactions in a canonical form, the same whatever order they came in: the pairs and
     * groups sorted by participants, each as its size and its sorted ids; then the interactions as
     * their codes (group by that order, second, sender, kind), sorted, each as its difference from the
     * one before. Does not change the batch.
     */
    void write(Form.Writer w) {
      int groups = index.size();
      GroupKey[] keys = new GroupKey[groups];
      for (int g = 0; g < groups; g++) {
        keys[g] = index.get(g);
      }
      Arrays.sort(keys);
      int[] rank = new int[groups];
      w.putLong(groups);
      for (int r = 0; r < groups; r++) {
        GroupKey key = keys[r];
        rank[index.find(key)] = r;
        w.putLong(key.size());
        for (int i = 0; i < key.size(); i++) {
          w.putString(key.id(i));
        }
      }
      long[] codes = new long[n];
      long low = (1L << GROUP_SHIFT) - 1;
      for (int i = 0; i < n; i++) {
        codes[i] = (long) rank[(int) (encoded[i] >>> GROUP_SHIFT)] << GROUP_SHIFT | (encoded[i] & low);
      }
      Arrays.sort(codes);
      w.putLong(n);
      long previous = 0;
      for (long code : codes) {
        w.putLong(code - previous);
        previous = code;
      }
    }

    /**
     * Reads what {@link #write} wrote, checking each pair or group as {@link Interaction} checks its
     * participants, and each interaction's fields as {@link #add} would meet them (a known group, a
     * sender in it, a kind, a second in range and not after {@code now}); every group must have an
     * interaction, and the form must be canonical (groups strictly ascending, codes non-decreasing).
     */
    static Batch read(Form.Reader r, Instant now) {
      Batch batch = new Batch(now, 0);
      // a group takes at least 5 bytes: its size and two ids of one byte each
      int groups = r.getCount("groups", 5);
      if (groups > MAX_GROUPS) {
        throw r.invalid("groups", "at most " + MAX_GROUPS, groups);
      }
      GroupKey previous = null;
      for (int g = 0; g < groups; g++) {
        String name = "groups[" + g + "]";
        int size = r.getInt(name + ".size", 2, Interaction.MAX_PARTICIPANTS);
        String[] ids = new String[size];
        for (int i = 0; i < size; i++) {
          String id = r.getString(name + "[" + i + "]");
          if (id == null || id.isBlank()) {
            throw r.invalid(name + "[" + i + "]", "a non-blank id", id);
          }
          if (i > 0 && ids[i - 1].compareTo(id) >= 0) {
            throw r.invalid(name + "[" + i + "]", "after " + Checks.echo(ids[i - 1]) + " (ids sorted, each once)", id);
          }
          ids[i] = id;
        }
        GroupKey key = new GroupKey(ids);
        if (previous != null && previous.compareTo(key) >= 0) {
          throw r.invalid(name, "after " + previous + " (groups sorted, each once)", key.toString());
        }
        batch.index.index(key);
        previous = key;
      }
      int count = r.getCount("interactions", 1);
      if (count > MAX_INTERACTIONS) {
        throw r.invalid("interactions", "at most " + MAX_INTERACTIONS, count);
      }
      batch.encoded = new long[Math.max(count, 16)];
      long latest = Interaction.LATEST.getEpochSecond() - 1 - EARLIEST_SECOND;
      long last = Math.min(latest, batch.nowSecond - EARLIEST_SECOND);
      boolean[] used = new boolean[groups];
      long code = 0;
      for (int i = 0; i < count; i++) {
        String name = "interactions[" + i + "]";
        long delta = r.getLong(name);
        if (delta < 0 || code + delta < 0) {
          throw r.invalid(name, "a step >= 0 from the code before (codes sorted, within 63 bits)", delta);
        }
        code += delta;
        int g = (int) (code >>> GROUP_SHIFT);
        if (g >= groups) {
          throw r.invalid(name, "of one of the " + groups + " groups", "group " + g);
        }
        long second = (code >>> SECOND_SHIFT) & 0xFFFF_FFFFL;
        if (second > last) {
          throw r.invalid(name, "at most " + last + " seconds after " + Interaction.EARLIEST
              + " (not after now, before " + Interaction.LATEST + ")", second);
        }
        int member = (int) ((code >>> MEMBER_SHIFT) & 63);
        if (member >= batch.index.get(g).size()) {
          throw r.invalid(name, "sent by one of the group's " + batch.index.get(g).size() + " participants",
              "participant " + member);
        }
        int kind = (int) (code & 7);
        if (kind >= KINDS) {
          throw r.invalid(name, "of one of the " + KINDS + " kinds", "kind " + kind);
        }
        used[g] = true;
        batch.encoded[batch.n++] = code;
      }
      for (int g = 0; g < groups; g++) {
        if (!used[g]) {
          throw r.invalid("groups[" + g + "]", "a group with at least one interaction", batch.index.get(g).toString());
        }
      }
      return batch;
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
