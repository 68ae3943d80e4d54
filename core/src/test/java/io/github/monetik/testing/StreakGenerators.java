package io.github.monetik.testing;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.monetik.streaks.DayBoundary;
import io.github.monetik.streaks.Interaction;
import io.github.monetik.streaks.InteractionKind;
import io.github.monetik.streaks.StreakPolicy;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/** Generators for streak properties: people, interactions around a daylight-saving change, zones, policies. */
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

  /** @return policies: any combination of counted kinds, everyone or anyone, both day boundaries, 1-4 days to start */
  public static Gen<StreakPolicy> policies() {
    return integers().between(1, 15).zip(Generate.booleans(), Generate.enumValues(DayBoundary.class),
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
        });
  }

  /** The instant every generated interaction is at or before. */
  public static final Instant END = START.plus(SPAN);
}
