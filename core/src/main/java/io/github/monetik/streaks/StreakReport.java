package io.github.monetik.streaks;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Every pair's and group's streak as of one instant, in one zone, under one policy; a view across
 * everyone (the longest streaks, how many are at risk, the distribution of run lengths); a person's
 * view; and the engagement view. Immutable: {@link #restore(Collection, Instant)} returns a new report.
 *
 * <pre>{@code
 * StreakReport r = tiktok.streaks().in(zone).analyze(interactions, now);
 * r.between("alice", "bob").map(GroupStreak::status);   // Optional[ACTIVE]
 * r.of("alice");                                         // all of alice's streaks
 * r.longest(10); r.atRisk(); r.engagement("alice").streakDays();
 * }</pre>
 */
public final class StreakReport {
  /** The groups in the order the analysis met them; {@link #groups()} sorts them once, on first use. */
  private final GroupStreak[] unsorted;
  private final Instant now;
  private final ZoneId zone;
  private final StreakPolicy policy;
  /** Built on first use (racy single-check: the list is immutable and every thread builds the same). */
  private @Nullable List<GroupStreak> sorted;

  StreakReport(GroupStreak[] groups, Instant now, ZoneId zone, StreakPolicy policy) {
    this.unsorted = groups;
    this.now = now;
    this.zone = zone;
    this.policy = policy;
  }

  /**
   * The analysis is complete when the report is returned; putting the groups in order (a sort of
   * their ids, for a stable listing and lookups) happens here, once, on first use.
   *
   * @return every pair and group with at least one interaction, sorted by participants
   */
  public List<GroupStreak> groups() {
    List<GroupStreak> view = sorted;
    if (view == null) {
      GroupStreak[] copy = unsorted.clone();
      Arrays.sort(copy, Comparator.comparing(GroupStreak::key));
      view = List.of(copy);
      sorted = view;
    }
    return view;
  }

  /** {@return the instant the statuses were judged at} */
  public Instant now() {
    return now;
  }

  /** {@return the zone of the streak days} */
  public ZoneId zone() {
    return zone;
  }

  /** {@return the policy applied} */
  public StreakPolicy policy() {
    return policy;
  }

  /**
   * {@return the streak of exactly that pair or group, if they ever interacted}
   *
   * @param first one participant
   * @param others the others (for a pair, one id)
   * @throws NullPointerException naming a null argument
   */
  public Optional<GroupStreak> between(String first, String... others) {
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(others, "others");
    List<String> all = new ArrayList<>(others.length + 1);
    all.add(first);
    for (int i = 0; i < others.length; i++) {
      all.add(Objects.requireNonNull(others[i], "others[" + i + "]"));
    }
    return find(all);
  }

  private Optional<GroupStreak> find(Collection<String> participants) {
    String[] ids = new TreeSet<>(participants).toArray(new String[0]);
    List<GroupStreak> groups = groups();
    int i = Collections.binarySearch(groups.stream().map(GroupStreak::key).toList(), new GroupKey(ids));
    return i >= 0 ? Optional.of(groups.get(i)) : Optional.empty();
  }

  /**
   * {@return every pair and group that person is in, sorted by participants}
   *
   * @param person a participant's id
   * @throws NullPointerException if {@code person} is null
   */
  public List<GroupStreak> of(String person) {
    Objects.requireNonNull(person, "person");
    return groups().stream().filter(g -> g.includes(person)).toList();
  }

  /**
   * {@return the pairs and groups with the longest runs, longest first (ties by participants)}
   *
   * @param limit how many to return at most
   * @throws IllegalArgumentException naming {@code limit} if it is negative
   */
  public List<GroupStreak> longest(int limit) {
    if (limit < 0) {
      throw new IllegalArgumentException("limit must be >= 0, was " + limit);
    }
    return groups().stream().sorted(Comparator.comparingInt(GroupStreak::longest).reversed()).limit(limit).toList();
  }

  /** {@return how many pairs and groups are {@link StreakStatus#AT_RISK} now} */
  public long atRisk() {
    return count(StreakStatus.AT_RISK);
  }

  /**
   * {@return how many pairs and groups have that status now}
   *
   * @param status a status
   */
  public long count(StreakStatus status) {
    Objects.requireNonNull(status, "status");
    long n = 0;
    for (GroupStreak g : unsorted) {
      if (g.status() == status) {
        n++;
      }
    }
    return n;
  }

  /** {@return how many pairs and groups have each status now (every status present, maybe with 0)} */
  public Map<StreakStatus, Long> statusCounts() {
    EnumMap<StreakStatus, Long> counts = new EnumMap<>(StreakStatus.class);
    for (StreakStatus s : StreakStatus.values()) {
      counts.put(s, count(s));
    }
    return Collections.unmodifiableMap(counts);
  }

  /** {@return for each run length, how many runs (of every pair and group, past and current) had it} */
  public SortedMap<Integer, Long> runLengths() {
    TreeMap<Integer, Long> histogram = new TreeMap<>();
    for (GroupStreak g : unsorted) {
      for (int i = 0; i < g.runCount(); i++) {
        histogram.merge(g.runLength(i), 1L, Long::sum);
      }
    }
    return Collections.unmodifiableSortedMap(histogram);
  }

  /**
   * Every pair and group as an export row (CSV, JSON, a data frame), sorted by participants. The
   * columns, in this order: {@code participants} (text, ids joined by {@code +}), {@code size},
   * {@code current} (the current streak's length, {@link GroupStreak#length()}), {@code longest},
   * {@code runs}, {@code restores_used} ({@code Long}s), {@code status} (text) and {@code ends_at}
   * (text, ISO-8601 UTC; empty if no day ever qualified). Rows per status add up to
   * {@link #statusCounts()}, and the {@code runs} column to the runs of {@link #runLengths()}.
   *
   * @return one row per pair or group
   */
  public List<Map<String, Object>> rows() {
    List<Map<String, Object>> out = new ArrayList<>(unsorted.length);
    for (GroupStreak g : groups()) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("participants", String.join("+", g.participants()));
      row.put("size", (long) g.participants().size());
      row.put("current", (long) g.length());
      row.put("longest", (long) g.longest());
      row.put("runs", (long) g.runCount());
      row.put("restores_used", (long) g.restoresUsed());
      row.put("status", g.status().name());
      row.put("ends_at", g.endsAt().map(Instant::toString).orElse(""));
      out.add(Collections.unmodifiableMap(row));
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * {@link #runLengths()} as export rows, shortest first: {@code length} (counted days) and
   * {@code runs} (how many runs had it), both {@code Long}s.
   *
   * @return one row per run length that occurred
   */
  public List<Map<String, Object>> runLengthRows() {
    List<Map<String, Object>> out = new ArrayList<>();
    runLengths().forEach((length, runs) -> {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("length", (long) length);
      row.put("runs", runs);
      out.add(Collections.unmodifiableMap(row));
    });
    return Collections.unmodifiableList(out);
  }

  /** {@return everyone's engagement: all interactions per day, active days, streak days} */
  public Engagement engagement() {
    return engagementOf(null);
  }

  /**
   * {@return that person's engagement: the interactions they sent per day, the days they sent any, and the days one of their streaks that showed was kept}
   *
   * @param person a participant's id
   * @throws NullPointerException if {@code person} is null
   */
  public Engagement engagement(String person) {
    return engagementOf(Objects.requireNonNull(person, "person"));
  }

  private Engagement engagementOf(@Nullable String person) {
    Days days = new Days(zone, policy.dayBoundary());
    TreeMap<LocalDate, Long> perDay = new TreeMap<>();
    TreeSet<LocalDate> streakDays = new TreeSet<>();
    for (GroupStreak g : unsorted) {
      int member = person == null ? -1 : g.key().indexOf(person);
      if (person != null && member < 0) {
        continue;
      }
      for (long cell : g.cells()) {
        if (member < 0 || (int) ((cell >>> 32) & 63) == member) {
          perDay.merge(days.date(cell >>> 38, g.anchor()), cell & 0xFFFF_FFFFL, Long::sum);
        }
      }
      for (int d : g.qualifyingDays()) {
        if (g.inUnlockedRun(d)) {
          streakDays.add(days.date(d, g.anchor()));
        }
      }
    }
    return new Engagement(perDay, streakDays);
  }

  /**
   * Applies a restore: the pair's or group's ended streak gets its count back (see
   * {@link StreakPolicy} for the exact rule).
   *
   * @param participants everyone in the pair or group
   * @param at when the restore is used; at or before {@link #now()}
   * @return a new report with the restore applied
   * @throws NullPointerException naming a null argument or element
   * @throws IllegalArgumentException naming the field and value if {@code at} is after {@link #now()}
   *     or outside [{@link Interaction#EARLIEST}, {@link Interaction#LATEST})
   * @throws RestoreRefusedException if the policy does not allow it, with the reason
   */
  public StreakReport restore(Collection<String> participants, Instant at) {
    Objects.requireNonNull(participants, "participants");
    Objects.requireNonNull(at, "at");
    int i = 0;
    for (String p : participants) {
      Objects.requireNonNull(p, "participants[" + i++ + "]");
    }
    StreakEngine.requirePlausible("at", at);
    if (at.isAfter(now)) {
      throw new IllegalArgumentException("at must not be after now " + now + ", was " + at);
    }
    Optional<GroupStreak> found = find(participants);
    if (found.isEmpty()) {
      throw new RestoreRefusedException(RestoreRefusedException.Reason.NOTHING_TO_RESTORE, "restore of "
          + String.join("+", new TreeSet<>(participants)) + " at " + at + " refused: they never interacted");
    }
    GroupStreak old = found.get();
    long[] restores = Arrays.copyOf(old.restores(), old.restores().length + 1);
    restores[restores.length - 1] = at.getEpochSecond();
    Arrays.sort(restores);
    GroupStreak restored = GroupStreak.compute(old.key(), old.qualifyingDays(), old.cells(), restores, old.anchor(),
        new Days(zone, policy.dayBoundary()), policy, now);
    GroupStreak[] copy = groups().toArray(new GroupStreak[0]);
    copy[groups().indexOf(old)] = restored;
    return new StreakReport(copy, now, zone, policy);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof StreakReport r && r.now.equals(now) && r.zone.equals(zone) && r.policy.equals(policy)
        && r.groups().equals(groups());
  }

  @Override
  public int hashCode() {
    return Objects.hash(groups(), now, zone, policy);
  }

  /** {@return a summary line and a table of the (at most 20) pairs and groups with the longest current streaks} */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder(String.format("Streaks at %s in %s: %,d pairs/groups, %,d active, %,d at risk,"
        + " %,d restorable, %,d ended%n", now, zone, unsorted.length, count(StreakStatus.ACTIVE), atRisk(),
        count(StreakStatus.RESTORABLE), count(StreakStatus.ENDED)));
    b.append(String.format("  %-32s %7s %-10s %7s  %s%n", "participants", "current", "status", "longest", "ends at"));
    List<GroupStreak> top = groups().stream()
        .sorted(Comparator.comparingInt(GroupStreak::length).thenComparingInt(GroupStreak::longest).reversed())
        .limit(20).toList();
    for (GroupStreak g : top) {
      b.append(String.format("  %-32s %7d %-10s %7d  %s%n", String.join("+", g.participants()), g.length(), g.status(),
          g.longest(), g.endsAt().map(Instant::toString).orElse("-")));
    }
    if (unsorted.length > top.size()) {
      b.append(String.format("  ... and %,d more%n", unsorted.length - top.size()));
    }
    return b.toString();
  }
}
