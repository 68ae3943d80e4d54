package io.github.monetik.gifts;

import io.github.monetik.testing.TestRules;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The settlement rules of issue 14 written the obvious way, over the whole input at once (maps of
 * lists, no state machine), for messages that all carry their group id: what the engine must give
 * whatever the order. Checked against no catalog (a door with an empty catalog checks no ids).
 *
 * <ul>
 *   <li>A combo is every repeatable message of one (sender, gift id, group id): counted at its largest
 *       count, at the price of its largest-count message (the lowest if several), for the smallest
 *       host id, with the smallest message id among its largest-count messages; settled (at its latest
 *       end message's time) if any message ends it, else open (at its latest message's time).
 *   <li>A single gift is every non-repeatable message of one (sender, gift id, message id): the
 *       greatest version by (count, price, time, host) counts; every copy whose version differs from
 *       it is a conflicting duplicate.
 *   <li>A sender's name is the one of its latest message that has one (ties: the smaller); a gift's
 *       name the smallest its messages state.
 * </ul>
 */
final class ReferenceSettlement {
  private ReferenceSettlement() {}

  private record Version(long count, long price, long millis, String host) {}

  private static final Comparator<Version> GREATER = Comparator.comparingLong(Version::count)
      .thenComparingLong(Version::price).thenComparingLong(Version::millis).thenComparing(Version::host);

  static ComboSettlement of(List<GiftEvent> events) {
    for (GiftEvent e : events) {
      if (e.repeatable() && e.groupId() == 0) {
        throw new IllegalArgumentException("the reference needs group ids, was " + e);
      }
    }
    Map<String, Optional<String>> senderNames = new TreeMap<>();
    for (Map.Entry<String, List<GiftEvent>> s : events.stream()
        .collect(Collectors.groupingBy(GiftEvent::senderId)).entrySet()) {
      senderNames.put(s.getKey(), s.getValue().stream().filter(e -> e.senderName().isPresent())
          .max(Comparator.comparing(GiftEvent::timestamp).thenComparing(e -> e.senderName().get(),
              Comparator.reverseOrder()))
          .flatMap(GiftEvent::senderName));
    }
    Map<Long, Optional<String>> giftNames = new TreeMap<>();
    for (Map.Entry<Long, List<GiftEvent>> g : events.stream().collect(Collectors.groupingBy(GiftEvent::giftId)).entrySet()) {
      giftNames.put(g.getKey(), g.getValue().stream().flatMap(e -> e.giftName().stream()).min(Comparator.naturalOrder()));
    }
    List<CountedGift> settled = new ArrayList<>();
    List<CountedGift> open = new ArrayList<>();
    TreeMap<Long, long[]> issues = new TreeMap<>(); // gift id -> {price changed, end without start, conflicts}
    Map<List<Object>, List<GiftEvent>> combos = events.stream().filter(GiftEvent::repeatable)
        .collect(Collectors.groupingBy(e -> List.of(e.senderId(), e.giftId(), e.groupId())));
    for (List<GiftEvent> combo : combos.values()) {
      GiftEvent any = combo.get(0);
      long max = combo.stream().mapToLong(GiftEvent::repeatCount).max().getAsLong();
      long min = combo.stream().mapToLong(GiftEvent::repeatCount).min().getAsLong();
      List<GiftEvent> largest = combo.stream().filter(e -> e.repeatCount() == max).toList();
      long price = largest.stream().mapToLong(GiftEvent::coinsPerGift).min().getAsLong();
      boolean ended = combo.stream().anyMatch(GiftEvent::repeatEnd);
      Instant at = combo.stream().filter(e -> !ended || e.repeatEnd()).map(GiftEvent::timestamp)
          .max(Comparator.naturalOrder()).get();
      long[] issue = issues.computeIfAbsent(any.giftId(), k -> new long[3]);
      if (combo.stream().map(GiftEvent::coinsPerGift).distinct().count() > 1) {
        issue[0]++;
      }
      if (ended && min > 1) {
        issue[1]++;
      }
      CountedGift g = CountedGift.builder().senderId(any.senderId()).senderName(senderNames.get(any.senderId()))
          .hostId(combo.stream().map(GiftEvent::hostId).min(Comparator.naturalOrder()).get())
          .giftId(any.giftId()).giftName(giftNames.get(any.giftId())).combo(true).groupId(any.groupId())
          .messageId(largest.stream().mapToLong(GiftEvent::messageId).min().getAsLong()).count(max).coinsPerGift(price)
          .timestamp(at).isOpen(!ended).build();
      (ended ? settled : open).add(g);
    }
    Map<List<Object>, List<GiftEvent>> singles = events.stream().filter(e -> !e.repeatable())
        .collect(Collectors.groupingBy(e -> List.of(e.senderId(), e.giftId(), e.messageId())));
    for (List<GiftEvent> copies : singles.values()) {
      List<Version> versions = copies.stream()
          .map(e -> new Version(e.repeatCount(), e.coinsPerGift(), e.timestamp().toEpochMilli(), e.hostId())).toList();
      Version v = versions.stream().max(GREATER).get();
      GiftEvent any = copies.get(0);
      long conflicts = versions.stream().filter(x -> !x.equals(v)).count();
      if (conflicts > 0) {
        issues.computeIfAbsent(any.giftId(), k -> new long[3])[2] += conflicts;
      }
      settled.add(CountedGift.builder().senderId(any.senderId()).senderName(senderNames.get(any.senderId()))
          .hostId(v.host()).giftId(any.giftId()).giftName(giftNames.get(any.giftId())).combo(false).groupId(0)
          .messageId(any.messageId()).count(v.count()).coinsPerGift(v.price()).timestamp(Instant.ofEpochMilli(v.millis()))
          .isOpen(false).build());
    }
    List<SettlementIssue> report = new ArrayList<>();
    SettlementIssue.Kind[] kinds = {SettlementIssue.Kind.PRICE_CHANGED, SettlementIssue.Kind.END_WITHOUT_START,
        SettlementIssue.Kind.CONFLICTING_DUPLICATE};
    for (int k = 0; k < kinds.length; k++) {
      for (Map.Entry<Long, long[]> e : issues.entrySet()) {
        if (e.getValue()[k] > 0) {
          report.add(SettlementIssue.of(kinds[k], e.getKey(), e.getValue()[k], ""));
        }
      }
    }
    long naive = 0;
    for (GiftEvent e : events) {
      naive = Math.addExact(naive, Math.multiplyExact(e.coinsPerGift(), (long) e.repeatCount()));
    }
    return new ComboSettlement(settled, open, report, events.size(), naive, false, TestRules.PROVENANCE);
  }
}
