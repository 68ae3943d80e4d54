package io.github.monetik.testing;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.monetik.streaks.DayBoundary;
import io.github.monetik.streaks.Interaction;
import io.github.monetik.streaks.InteractionKind;
import io.github.monetik.streaks.StreakPolicy;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/**
 * Generators for streak properties: people, interactions around a daylight-saving change (of every
 * kind, in pairs and groups of three), zones, policies (with and without Streak Pets and a minimum
 * age), birth dates around the 16th birthday.
 */
public final class StreakGenerators {
  private StreakGenerators() {}

  /** A few people, so pairs repeat and streaks form. */
  public static final List<String> PEOPLE = List.of("ana", "ben", "cy", "dee");

  /** Zones with whole, half and three-quarter hour offsets, daylight saving north and south, and UTC. */
  public static final List<ZoneId> ZONES = List.of(ZoneId.of("UTC"), ZoneId.of("Europe/Berlin"),
      ZoneId.of("America/New_York"), ZoneId.of("Asia/Kolkata"), ZoneId.of("Pacific/Chatham"),
      ZoneId.of("Australia/Lord_Howe"), ZoneId.of("America/Sao_Paulo"), ZoneId.of("Pacific/Kiritimati"));

  /** The first instant generated: a week before Berlin's 2024 spring daylight-saving change. */
  public static final Instant START = Instant.parse("2024-03-24T00:00:00Z");

  /** The span of generated instants. */
  public static final Duration SPAN = Duration.ofDays(21);

  /** @return one of {@link #ZONES} */
  public static Gen<ZoneId> zones() {
    return Generate.pick(ZONES);
  }

  /** @return instants in [{@link #START}, {@link #START} + {@link #SPAN}), often near a local midnight */
  public static Gen<Instant> instants() {
    return Generate.frequency(
        Pair.of(3, longs().between(0, SPAN.getSeconds() - 1).map(START::plusSeconds)),
        Pair.of(1, integers().between(0, 20).zip(integers().between(-2, 1), (d, s) -> START.plus(Duration.ofDays(d))
            .plusSeconds(s < 0 ? 86_400L + s : s))));
  }

  /** @return an interaction between people of {@link #PEOPLE}: mostly pairs, sometimes a group of three */
  public static Gen<Interaction> interactions() {
    Gen<InteractionKind> kinds = Generate.frequency(Pair.of(6, Generate.constant(InteractionKind.MESSAGE)),
        Pair.of(2, Generate.enumValues(InteractionKind.class)));
    return integers().between(0, PEOPLE.size() - 1).zip(integers().between(1, PEOPLE.size() - 1),
        integers().between(0, 5), (from, offset, group) -> {
          String sender = PEOPLE.get(from);
          List<String> to = new ArrayList<>();
          to.add(PEOPLE.get((from + offset) % PEOPLE.size()));
          if (group == 0) {
            to.add(PEOPLE.get((from + offset % (PEOPLE.size() - 1) + 1) % PEOPLE.size()));
          }
          to.remove(sender);
          return List.of(sender, to);
        }).zip(kinds, instants(), (who, kind, at) -> {
          @SuppressWarnings("unchecked")
          List<String> to = (List<String>) who.get(1);
          return Interaction.inGroup((String) who.get(0), to, kind, at);
        });
  }

  /** @return lists of up to {@code max} interactions */
  public static Gen<List<Interaction>> interactionLists(int max) {
    return SourceDSL.lists().of(interactions()).ofSizeBetween(0, max);
  }

  /**
   * @param pair the two people
   * @return a pair's daily exchange over up to 21 days: each day each side messages with probability
   *     about 4/5, at a random time of day
   */
  public static Gen<List<Interaction>> dailyExchange(List<String> pair) {
    return SourceDSL.lists().of(integers().between(0, 9).zip(integers().between(0, 86_399), (p, s) -> new int[] {p, s}))
        .ofSize(42).map(cells -> {
          List<Interaction> out = new ArrayList<>();
          for (int i = 0; i < cells.size(); i++) {
            int[] c = cells.get(i);
            if (c[0] < 8) {
              String from = pair.get(i % 2);
              String to = pair.get(1 - i % 2);
              out.add(Interaction.of(from, to, InteractionKind.MESSAGE, START.plus(Duration.ofDays(i / 2)).plusSeconds(c[1])));
            }
          }
          return out;
        });
  }

  /**
   * @return policies: any combination of counted kinds, everyone or anyone, both day boundaries, 1-4
   *     days to start, minimum age 0 or 16, Streak Pets with 0-5 points per kind and stages at 2, 3
   *     and 5 days, or no pets
   */
  public static Gen<StreakPolicy> policies() {
    return integers().between(1, 31).zip(Generate.booleans(), Generate.enumValues(DayBoundary.class),
        integers().between(1, 4), (kinds, everyone, boundary, start) -> {
          StreakPolicy.Builder b = StreakPolicy.builder();
          for (InteractionKind k : InteractionKind.values()) {
            if ((kinds & (1 << k.ordinal())) != 0) {
              b.addCountedKinds(k);
            }
          }
          return b.everyoneMustAct(everyone).dayBoundary(boundary).daysToStart(start)
              .restoreWindow(Duration.ofHours(48)).restoresPerPeriod(1).restorePeriod(Duration.ofDays(30))
              .addMilestones(3, 7).build();
        }).zip(integers().between(0, 6 * 6 * 6 * 6 * 6 - 1), Generate.booleans(), (p, points, young) -> {
          if (points % 7 == 0) {
            return p.withMinimumAge(young ? 16 : 0);
          }
          Map<InteractionKind, Integer> table = new EnumMap<>(InteractionKind.class);
          int rest = points;
          for (InteractionKind k : InteractionKind.values()) {
            table.put(k, rest % 6);
            rest /= 6;
          }
          return p.withPetPoints(table).withPetStages(List.of(2, 3, 5)).withMinimumAge(young ? 16 : 0);
        });
  }

  /** The earliest birth date generated whose 16th birthday falls in the generated span (minus 5 days). */
  public static final LocalDate TURNS_16_FROM = LocalDate.ofInstant(START, ZoneOffset.UTC).minusYears(16).minusDays(5);

  /**
   * @return birth dates for some of {@link #PEOPLE}: left out, long adult (1990), or turning 16
   *     within a few days of the generated span
   */
  public static Gen<Map<String, LocalDate>> birthDates() {
    Gen<LocalDate> one = Generate.frequency(Pair.of(1, Generate.constant(LocalDate.of(1990, 5, 17))),
        Pair.of(3, integers().between(0, (int) SPAN.toDays() + 10).map(TURNS_16_FROM::plusDays)));
    return SourceDSL.lists().of(Generate.booleans().zip(one, (known, date) -> known ? date : null)).ofSize(PEOPLE.size())
        .map(dates -> {
          Map<String, LocalDate> out = new TreeMap<>();
          for (int i = 0; i < dates.size(); i++) {
            if (dates.get(i) != null) {
              out.put(PEOPLE.get(i), dates.get(i));
            }
          }
          return out;
        });
  }

  /** The instant every generated interaction is at or before. */
  public static final Instant END = START.plus(SPAN);
}
