package io.github.monetik.streaks;

import io.github.monetik.internal.Checks;
import io.github.monetik.internal.TextTable;
import io.github.monetik.report.Provenance;
import io.github.monetik.report.Rows;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Every pair's and group's streak as of one instant, in one zone, under one policy; a view across
 * everyone (the longest streaks, how many are at risk, the distribution of run lengths); a person's
 * view; the daily activity; and the notes a reader should see (the rules' provenance, the policy's
 * assumptions, what ages kept from counting). Made by {@link Streaks#analyze} and
 * {@link Streaks#toReport}; immutable and safe to share between threads:
 * {@link #restore(Collection, Instant)} returns a new report.
 *
 * <pre>{@code
 * StreakReport r = tiktok.streaks().in(zone).analyze(interactions, now);
 * r.between("alice", "bob").map(GroupStreak::status);   // Optional[ACTIVE]
 * r.of("alice");                                         // all of alice's streaks
 * r.longest(10); r.atRisk(); r.dailyActivity("alice").streakDays();
 * r.notes();                                             // provenance notes, the policy's assumptions, ages
 * }</pre>
 *
 * <p>Not a monoid: the analysis counts an interaction given twice once and judges every status at
 * one instant, so two reports cannot be added up; the collector's containers are combined instead
 * ({@link Streaks#toReport(Instant)}: any split of the input gives the same report).
 */
public final class StreakReport {
  private final Streaks analysis;
  private final Instant now;
  /** In the order the analysis met the groups; {@link #groups()} sorts them once, on first use. */
  private final GroupHistory[] histories;
  private final GroupStreak[] streaks;
  /** Built on first use (racy single-check: every thread builds the same immutable values). */
  private @Nullable Sorted sorted;
  private @Nullable List<String> notes;

  /** The groups sorted by participants, and where each sits in the analysis' order. */
  private static final class Sorted {
    final List<GroupStreak> groups;
    final List<GroupKey> keys;
    final int[] original;

    Sorted(List<GroupStreak> groups, List<GroupKey> keys, int[] original) {
      this.groups = groups;
      this.keys = keys;
      this.original = original;
    }
  }

  StreakReport(Streaks analysis, Instant now, GroupHistory[] histories, GroupStreak[] streaks) {
    this.analysis = analysis;
    this.now = now;
    this.histories = histories;
    this.streaks = streaks;
  }

  private Sorted sorted() {
    Sorted view = sorted;
    if (view == null) {
      Integer[] order = new Integer[streaks.length];
      for (int i = 0; i < order.length; i++) {
        order[i] = i;
      }
      Arrays.sort(order, Comparator.comparing(i -> histories[i].key));
      GroupStreak[] groups = new GroupStreak[order.length];
      GroupKey[] keys = new GroupKey[order.length];
      int[] original = new int[order.length];
      for (int j = 0; j < order.length; j++) {
        original[j] = order[j];
        groups[j] = streaks[order[j]];
        keys[j] = histories[order[j]].key;
      }
      view = new Sorted(List.of(groups), List.of(keys), original);
      sorted = view;
    }
    return view;
  }

  /**
   * The analysis is complete when the report is returned; putting the groups in order (a sort of
   * their ids, for a stable listing and lookups) happens here, once, on first use.
   *
   * @return every pair and group with at least one interaction, sorted by participants
   */
  public List<GroupStreak> groups() {
    return sorted().groups;
  }

  /** {@return the instant the statuses were judged at} */
  public Instant now() {
    return now;
  }

  /** {@return the zone of the streak days} */
  public ZoneId zone() {
    return analysis.zone();
  }

  /** {@return the policy applied} */
  public StreakPolicy streakPolicy() {
    return analysis.streakPolicy();
  }

  /** {@return where the rules of this report come from (the door's provenance)} */
  public Provenance provenance() {
    return analysis.provenance();
  }

  /**
   * {@return what a reader of this report should know, in this order: the provenance's notes, the policy's {@link StreakPolicy#assumptions()}, then what the participants' ages did (or that they were not known)}
   */
  public List<String> notes() {
    List<String> view = notes;
    if (view == null) {
      List<String> all = new ArrayList<>(provenance().notes());
      all.addAll(streakPolicy().assumptions());
      ageNotes(all);
      view = List.copyOf(all);
      notes = view;
    }
    return view;
  }

  private void ageNotes(List<String> out) {
    int age = streakPolicy().minimumAge();
    if (age == 0) {
      return;
    }
    Map<String, LocalDate> born = analysis.birthDates();
    if (born.isEmpty()) {
      out.add("no birth dates were given: every participant is taken to be at least " + age
          + ", the policy's minimum age");
      return;
    }
    Set<String> everyone = new HashSet<>();
    for (GroupHistory h : histories) {
      everyone.addAll(h.key.toList());
    }
    long unknown = everyone.stream().filter(p -> !born.containsKey(p)).count();
    if (unknown > 0) {
      out.add(TextTable.grouped(unknown) + " of " + TextTable.grouped(everyone.size())
          + " participants have no birth date: taken to be at least " + age);
    }
    List<GroupStreak> limited = ageLimited();
    if (!limited.isEmpty()) {
      long days = limited.stream().mapToLong(GroupStreak::underAgeDays).sum();
      StringBuilder names = new StringBuilder();
      for (int i = 0; i < Math.min(limited.size(), 5); i++) {
        names.append(i == 0 ? "" : ", ").append(Checks.echo(limited.get(i).key()));
      }
      out.add(TextTable.grouped(limited.size()) + " pairs/groups had a participant under " + age + " (" + names
          + (limited.size() > 5 ? ", ..." : "") + "): " + TextTable.grouped(days)
          + " days they would have kept do not count (countsFrom, underAgeDays)");
    }
  }

  /**
   * {@return the streak of exactly that pair or group, if they ever interacted}
   *
   * @param first one participant
   * @param others the others (for a pair, one id)
   * @throws NullPointerException naming a null argument or element ({@code others[1]})
   */
  public Optional<GroupStreak> between(String first, String... others) {
    Checks.notNull(first, "first");
    List<String> all = new ArrayList<>(Checks.elements(Arrays.asList(Checks.notNull(others, "others")), "others"));
    all.add(first);
    int j = find(all);
    return j >= 0 ? Optional.of(sorted().groups.get(j)) : Optional.empty();
  }

  /** {@return the sorted place of exactly that pair or group, or a negative number} */
  private int find(Collection<String> participants) {
    String[] ids = new TreeSet<>(participants).toArray(new String[0]);
    return ids.length < 2 ? -1 : Collections.binarySearch(sorted().keys, new GroupKey(ids));
  }

  /**
   * {@return every pair and group that person is in, sorted by participants}
   *
   * @param person a participant's id
   * @throws NullPointerException if {@code person} is null
   */
  public List<GroupStreak> of(String person) {
    Checks.notNull(person, "person");
    return groups().stream().filter(g -> g.includes(person)).toList();
  }

  /**
   * {@return the pairs and groups with the longest runs, longest first (ties by participants)}
   *
   * @param limit how many to return at most
   * @throws IllegalArgumentException naming {@code limit} if it is negative
   */
  public List<GroupStreak> longest(int limit) {
    Checks.nonNegative(limit, "limit");
    return groups().stream().sorted(Comparator.comparingInt(GroupStreak::longest).reversed()).limit(limit).toList();
  }

  /**
   * {@return the pairs and groups a participant's age kept from counting some days ({@link GroupStreak#countsFrom()} present), sorted by participants}
   */
  public List<GroupStreak> ageLimited() {
    return groups().stream().filter(g -> g.countsFrom().isPresent()).toList();
  }

  /** {@return how many pairs and groups are {@link StreakStatus#AT_RISK} now} */
  public long atRisk() {
    return count(StreakStatus.AT_RISK);
  }

  /**
   * {@return how many pairs and groups have that status now}
   *
   * @param status a status
   * @throws NullPointerException if {@code status} is null
   */
  public long count(StreakStatus status) {
    Checks.notNull(status, "status");
    long n = 0;
    for (GroupStreak g : streaks) {
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
    for (GroupStreak g : streaks) {
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
   * {@code runs}, {@code restores_used} (counts), {@code status} (text), {@code ends_at} (text,
   * ISO-8601 UTC; empty if no day ever qualified), {@code pet_points}, {@code pet_stage} (counts),
   * {@code counts_from} (text, an ISO-8601 date; empty when no known age limits the pair or group)
   * and {@code under_age_days} (a count). Rows per status add up to {@link #statusCounts()}, and the
   * {@code runs} column to the runs of {@link #runLengthRows()}.
   *
   * @return one row per pair or group
   */
  public Rows rows() {
    Rows.Builder b = Rows.builder().text("participants").count("size").count("current").count("longest").count("runs")
        .count("restores_used").text("status").text("ends_at").count("pet_points").count("pet_stage").text("counts_from")
        .count("under_age_days");
    for (GroupStreak g : groups()) {
      b.row(String.join("+", g.participants()), g.participants().size(), g.length(), g.longest(), g.runCount(),
          g.restoresUsed(), g.status().name(), g.endsAt().map(Instant::toString).orElse(""), g.petPoints(), g.petStage(),
          g.countsFrom().map(LocalDate::toString).orElse(""), g.underAgeDays());
    }
    return b.build();
  }

  /**
   * {@link #runLengths()} as export rows, shortest first: {@code length} (counted days) and
   * {@code runs} (how many runs had it), both counts.
   *
   * @return one row per run length that occurred
   */
  public Rows runLengthRows() {
    Rows.Builder b = Rows.builder().count("length").count("runs");
    runLengths().forEach((length, runs) -> b.row(length, runs));
    return b.build();
  }

  /** {@return everyone's daily activity: all interactions per day, active days, streak days} */
  public DailyActivity dailyActivity() {
    return activityOf(null);
  }

  /**
   * {@return that person's daily activity: the interactions they sent per day, the days they sent any, and the days one of their streaks that showed was kept}
   *
   * @param person a participant's id
   * @throws NullPointerException if {@code person} is null
   */
  public DailyActivity dailyActivity(String person) {
    return activityOf(Checks.notNull(person, "person"));
  }

  private DailyActivity activityOf(@Nullable String person) {
    Days days = new Days(zone(), streakPolicy().dayBoundary());
    TreeMap<LocalDate, Long> perDay = new TreeMap<>();
    TreeSet<LocalDate> streakDays = new TreeSet<>();
    for (int i = 0; i < histories.length; i++) {
      GroupHistory h = histories[i];
      int member = person == null ? -1 : h.key.indexOf(person);
      if (person != null && member < 0) {
        continue;
      }
      for (long cell : h.cells) {
        if (member < 0 || (int) ((cell >>> 32) & 63) == member) {
          perDay.merge(days.date(cell >>> 38, h.anchor), cell & 0xFFFF_FFFFL, Long::sum);
        }
      }
      streaks[i].forEachStreakDay(h.qualifyingDays, d -> streakDays.add(days.date(d, h.anchor)));
    }
    return new DailyActivity(perDay, streakDays);
  }

  /**
   * Applies a restore: the pair's or group's ended streak gets its count back (see
   * {@link StreakPolicy} for the exact rule).
   *
   * @param participants everyone in the pair or group (at least two different ids; order and
   *     repeats do not matter)
   * @param at when the restore is used; at or before {@link #now()}
   * @return a new report with the restore applied
   * @throws NullPointerException naming a null argument or element ({@code participants[1]})
   * @throws IllegalArgumentException naming the argument and value if {@code participants} names
   *     fewer than two different people, {@code at} is after {@link #now()} or outside
   *     [{@link Interaction#EARLIEST}, {@link Interaction#LATEST})
   * @throws RestoreRefusedException if the policy does not allow it, with the reason
   */
  public StreakReport restore(Collection<String> participants, Instant at) {
    Checks.notNull(participants, "participants");
    Checks.notNull(at, "at");
    List<String> ids = Checks.elements(participants, "participants");
    TreeSet<String> distinct = new TreeSet<>(ids);
    if (distinct.size() < 2) {
      throw Checks.invalid("participants", "at least two different people (a pair or group)", ids);
    }
    StreakEngine.requirePlausible("at", at);
    if (at.isAfter(now)) {
      throw new IllegalArgumentException("at must not be after now " + now + ", was " + at);
    }
    int j = find(distinct);
    if (j < 0) {
      throw new RestoreRefusedException(RestoreRefusedException.Refusal.NOTHING_TO_RESTORE, "restore of "
          + Checks.echo(new GroupKey(distinct.toArray(new String[0]))) + " at " + at + " refused: they never interacted");
    }
    int i = sorted().original[j];
    GroupHistory restored = histories[i].withRestore(at.getEpochSecond());
    GroupStreak streak = Runs.streakOf(restored, new Days(zone(), streakPolicy().dayBoundary()), streakPolicy(), now);
    GroupHistory[] h = histories.clone();
    GroupStreak[] s = streaks.clone();
    h[i] = restored;
    s[i] = streak;
    return new StreakReport(analysis, now, h, s);
  }

  /** {@return whether both are the same analysis (door, instant) of the same pairs' and groups' histories} */
  @Override
  public boolean equals(@Nullable Object o) {
    if (!(o instanceof StreakReport r && r.now.equals(now) && r.analysis.equals(analysis)
        && r.histories.length == histories.length)) {
      return false;
    }
    int[] mine = sorted().original;
    int[] theirs = r.sorted().original;
    for (int j = 0; j < mine.length; j++) {
      if (!histories[mine[j]].equals(r.histories[theirs[j]])) {
        return false;
      }
    }
    return true;
  }

  @Override
  public int hashCode() {
    int hash = Objects.hash(now, analysis);
    for (int i : sorted().original) {
      hash = 31 * hash + histories[i].hashCode();
    }
    return hash;
  }

  /**
   * {@return a summary line, a table of the (at most 20) pairs and groups with the longest current streaks, then the {@link #notes()}, one per line}
   */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder("Streaks at ").append(now).append(" in ").append(zone()).append(": ")
        .append(TextTable.grouped(streaks.length)).append(" pairs/groups, ").append(TextTable.grouped(count(StreakStatus.ACTIVE)))
        .append(" active, ").append(TextTable.grouped(atRisk())).append(" at risk, ")
        .append(TextTable.grouped(count(StreakStatus.RESTORABLE))).append(" restorable, ")
        .append(TextTable.grouped(count(StreakStatus.ENDED))).append(" ended\n");
    boolean pets = !streakPolicy().petStages().isEmpty();
    TextTable table = pets ? TextTable.of("participants", "current", "status", "longest", "ends at", "pet stage", "pet points")
        : TextTable.of("participants", "current", "status", "longest", "ends at");
    table.leftAligned(2, 4);
    List<GroupStreak> top = groups().stream()
        .sorted(Comparator.comparingInt(GroupStreak::length).thenComparingInt(GroupStreak::longest).reversed())
        .limit(20).toList();
    for (GroupStreak g : top) {
      String ends = g.endsAt().map(Instant::toString).orElse("-");
      if (pets) {
        table.row(String.join("+", g.participants()), g.length(), g.status(), g.longest(), ends, g.petStage(), g.petPoints());
      } else {
        table.row(String.join("+", g.participants()), g.length(), g.status(), g.longest(), ends);
      }
    }
    b.append(table.render("  ")).append('\n');
    if (streaks.length > top.size()) {
      b.append("  ... and ").append(TextTable.grouped(streaks.length - top.size())).append(" more\n");
    }
    for (String note : notes()) {
      b.append("note: ").append(note).append('\n');
    }
    return b.toString();
  }
}
