package io.github.monetik.examples.samples;

import io.github.monetik.examples.Export;
import java.io.IOException;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes the streak sample ({@code examples/data/streaks-sample.csv}): made-up but realistic direct
 * messages between 36 people, July and August 2024, in Berlin time. Seeded, so the same seed always
 * writes the same file; {@code StreakSampleTest} checks the shipped file against it.
 *
 * <p>Regenerate: {@code java -cp examples/target/monetik-examples.jar
 * io.github.monetik.examples.samples.StreakSample 2024 examples/data/streaks-sample.csv}
 *
 * <p>Each pair or group has a habit: devoted (both write almost every day), regular, fading (keen
 * in July, patchy in August), one-sided (one writes daily, the other seldom), weekend-only, late
 * starters (from mid-August), on-and-off; and four group chats. An active person writes 1-3 times
 * a day, mostly in the evening: messages (70%), shared videos (18%), comments (7%), likes (5%).
 */
public final class StreakSample {
  /** The seed of the shipped sample. */
  public static final long SEED = 2024;

  static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
  static final LocalDate FIRST = LocalDate.of(2024, 7, 1);
  static final LocalDate LAST = LocalDate.of(2024, 8, 31);
  private static final String[] PEOPLE = {"ada", "ben", "cleo", "dev", "emil", "fay", "gus", "hana", "ivo", "jade",
      "kai", "lena", "milo", "nia", "omar", "pia", "quinn", "rosa", "sam", "tess", "uma", "vik", "wren", "xena",
      "yuri", "zoe", "aron", "bea", "cato", "dina", "eli", "frida", "gio", "hugo", "iris", "joel"};
  private static final String[] HABITS = {"devoted", "devoted", "devoted", "regular", "regular", "regular", "regular",
      "fading", "fading", "one-sided", "one-sided", "weekend", "late", "on-off", "on-off"};

  private StreakSample() {}

  /**
   * @param args the seed and the output file
   * @throws IOException if the file cannot be written
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: StreakSample SEED FILE");
      System.exit(2);
    }
    String csv = generate(Long.parseLong(args[0]));
    Export.write(Path.of(args[1]), w -> w.write(csv));
  }

  /**
   * {@return the CSV text: a header {@code timestamp,from,to,kind} and one row per interaction, in time order}
   *
   * @param seed the random seed
   */
  public static String generate(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<String[]> rows = new ArrayList<>();
    for (int p = 0; p + 1 < 30; p += 2) {
      String habit = HABITS[random.nextInt(HABITS.length)];
      pair(random, PEOPLE[p], PEOPLE[p + 1], habit, rows);
      // Some people also keep a second streak with someone else.
      if (random.nextInt(3) == 0) {
        pair(random, PEOPLE[p], PEOPLE[(p + 7) % 30], HABITS[random.nextInt(HABITS.length)], rows);
      }
    }
    group(random, List.of(PEOPLE[30], PEOPLE[31], PEOPLE[32]), 900, rows);
    group(random, List.of(PEOPLE[33], PEOPLE[34], PEOPLE[35]), 700, rows);
    group(random, List.of(PEOPLE[30], PEOPLE[33], PEOPLE[0], PEOPLE[5]), 550, rows);
    group(random, List.of(PEOPLE[31], PEOPLE[35], PEOPLE[2]), 950, rows);
    rows.sort((a, b) -> a[0].compareTo(b[0]) != 0 ? a[0].compareTo(b[0]) : String.join(",", a).compareTo(String.join(",", b)));
    StringBuilder csv = new StringBuilder("timestamp,from,to,kind\n");
    for (String[] r : rows) {
      csv.append(String.join(",", r)).append('\n');
    }
    return csv.toString();
  }

  private static void pair(SplittableRandom random, String a, String b, String habit, List<String[]> rows) {
    boolean on = true;
    for (LocalDate day = FIRST; !day.isAfter(LAST); day = day.plusDays(1)) {
      boolean august = day.getMonthValue() == 8;
      boolean weekend = day.getDayOfWeek().compareTo(DayOfWeek.FRIDAY) >= 0;
      if (habit.equals("on-off") && random.nextInt(6) == 0) {
        on = !on;
      }
      int pa; // chance to write that day, per mille
      int pb;
      switch (habit) {
        case "devoted" -> pa = pb = 995;
        case "regular" -> pa = pb = 900;
        case "fading" -> pa = pb = august ? 550 : 970;
        case "one-sided" -> {
          pa = 950;
          pb = 350;
        }
        case "weekend" -> pa = pb = weekend ? 900 : 100;
        case "late" -> pa = pb = day.isBefore(LocalDate.of(2024, 8, 15)) ? 30 : 980;
        default -> pa = pb = on ? 950 : 200;
      }
      act(random, day, a, List.of(b), pa, rows);
      act(random, day, b, List.of(a), pb, rows);
    }
  }

  private static void group(SplittableRandom random, List<String> members, int perMille, List<String[]> rows) {
    for (LocalDate day = FIRST; !day.isAfter(LAST); day = day.plusDays(1)) {
      for (String m : members) {
        List<String> others = new ArrayList<>(members);
        others.remove(m);
        act(random, day, m, others, perMille, rows);
      }
    }
  }

  private static void act(SplittableRandom random, LocalDate day, String from, List<String> to, int perMille,
      List<String[]> rows) {
    if (random.nextInt(1000) >= perMille) {
      return;
    }
    int times = 1 + random.nextInt(3);
    for (int i = 0; i < times; i++) {
      // Mostly evenings: half the messages between 18:00 and midnight, the rest from 07:00.
      int second = random.nextBoolean() ? 18 * 3600 + random.nextInt(6 * 3600) : 7 * 3600 + random.nextInt(17 * 3600);
      Instant at = day.atStartOfDay(ZONE).plusSeconds(second).toInstant();
      int k = random.nextInt(100);
      String kind = k < 70 ? "message" : k < 88 ? "shared_video" : k < 95 ? "comment" : "like";
      rows.add(new String[] {at.toString(), from, String.join("+", to), kind});
    }
  }
}
