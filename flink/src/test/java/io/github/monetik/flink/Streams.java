package io.github.monetik.flink;

import io.github.monetik.Monetik;
import io.github.monetik.affiliate.Order;
import io.github.monetik.gifts.Gift;
import io.github.monetik.gifts.GiftEvent;
import io.github.monetik.income.IncomeEntry;
import io.github.monetik.income.IncomeStream;
import io.github.monetik.money.Money;
import io.github.monetik.streaks.Interaction;
import io.github.monetik.streaks.InteractionKind;
import io.github.monetik.testing.AffiliateGenerators;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.function.BinaryOperator;
import java.util.function.Function;

/**
 * The module's test support in one place: seeded inputs (gift messages with combos, copies and
 * unknown gifts; interactions; income entries; affiliate orders) and seeded splits and merge orders. The properties
 * draw a seed and a size from QuickTheories and build everything from them, so the generator library
 * could be swapped without touching the properties.
 */
final class Streams {
  static final Instant START = Instant.parse("2024-09-01T18:00:00Z");
  static final Instant NOW = Instant.parse("2024-09-20T00:00:00Z");
  static final Currency USD = Currency.getInstance("USD");
  private static final List<String> SENDERS = List.of("ann", "bob", "cy", "dee", "eve");
  private static final List<String> PEOPLE = List.of("ana", "ben", "cy", "dee");
  private static final List<String> HOSTS = List.of("room-a", "room-b");
  private static final List<Gift> GIFTS = Monetik.defaults().gifts().giftCatalog().gifts().stream()
      .filter(g -> g.id().isPresent()).limit(12).toList();

  private Streams() {}

  /**
   * {@return gift messages as a LIVE client sends them: combos as growing repeat counts (some ended,
   *     some open), single gifts, exact copies, an unknown gift, in time order}
   *
   * @param seed the seed
   * @param n about how many messages
   * @param groupIds whether every combo message has a group id (else they are all 0)
   */
  static List<GiftEvent> gifts(long seed, int n, boolean groupIds) {
    Random rnd = new Random(seed);
    List<GiftEvent> out = new ArrayList<>();
    Map<String, long[]> combos = new HashMap<>(); // sender|gift -> {group, count}
    long message = 1_000;
    long group = 1_700_000_000_000L;
    Instant t = START;
    for (int i = 0; i < n; i++) {
      t = t.plusMillis(rnd.nextInt(3_000));
      int r = rnd.nextInt(20);
      if (r < 2 && !out.isEmpty()) {
        out.add(out.get(rnd.nextInt(out.size()))); // an exact copy (the same message id)
        continue;
      }
      String sender = SENDERS.get(rnd.nextInt(SENDERS.size()));
      boolean unknown = r == 2;
      Gift gift = GIFTS.get(rnd.nextInt(GIFTS.size()));
      long giftId = unknown ? 999_999_001L : gift.id().getAsLong();
      long price = unknown ? 7 : gift.price().count();
      boolean repeatable = unknown ? rnd.nextBoolean() : gift.repeatable();
      GiftEvent.Builder b = GiftEvent.builder().messageId(message++).timestamp(t).senderId(sender)
          .hostId(HOSTS.get(rnd.nextInt(HOSTS.size()))).giftId(giftId).coinsPerGift(price).repeatable(repeatable);
      if (rnd.nextInt(3) > 0) {
        b.senderName(sender.toUpperCase(java.util.Locale.ROOT));
      }
      if (unknown || rnd.nextBoolean()) {
        b.giftName(unknown ? "Mystery" : gift.name());
      }
      if (!repeatable) {
        out.add(b.repeatCount(1 + rnd.nextInt(3)).repeatEnd(false).groupId(0).build());
        continue;
      }
      String key = sender + "|" + giftId;
      long[] combo = combos.get(key);
      if (combo == null || rnd.nextInt(5) == 0) {
        combo = new long[] {groupIds ? ++group : 0, 0};
        combos.put(key, combo);
      }
      combo[1] += 1 + rnd.nextInt(3);
      boolean end = rnd.nextInt(4) == 0;
      out.add(b.repeatCount((int) combo[1]).repeatEnd(end).groupId(combo[0]).build());
      if (end) {
        combos.remove(key);
      }
    }
    return out;
  }

  /** {@return interactions among a few people, pairs and groups of three, every one before {@link #NOW}} */
  static List<Interaction> interactions(long seed, int n) {
    Random rnd = new Random(seed);
    List<Interaction> out = new ArrayList<>();
    InteractionKind[] kinds = InteractionKind.values();
    for (int i = 0; i < n; i++) {
      int from = rnd.nextInt(PEOPLE.size());
      int to = (from + 1 + rnd.nextInt(PEOPLE.size() - 1)) % PEOPLE.size();
      Instant at = START.plusSeconds(rnd.nextInt(18 * 86_400));
      InteractionKind kind = rnd.nextInt(3) == 0 ? kinds[rnd.nextInt(kinds.length)] : InteractionKind.MESSAGE;
      if (rnd.nextInt(6) == 0) {
        List<String> others = new ArrayList<>(PEOPLE);
        others.remove(from);
        others.remove(rnd.nextInt(others.size()));
        out.add(Interaction.inGroup(PEOPLE.get(from), others, kind, at));
      } else {
        out.add(Interaction.of(PEOPLE.get(from), PEOPLE.get(to), kind, at));
      }
    }
    return out;
  }

  /** {@return income entries in USD of every paying stream and kind, over a few months, exact cents and beyond} */
  static List<IncomeEntry> income(long seed, int n) {
    Random rnd = new Random(seed);
    List<IncomeEntry> out = new ArrayList<>();
    List<IncomeStream> paying = java.util.Arrays.stream(IncomeStream.values()).filter(IncomeStream::paysDirectly).toList();
    for (int i = 0; i < n; i++) {
      IncomeStream stream = paying.get(rnd.nextInt(paying.size()));
      YearMonth month = YearMonth.of(2025, 1 + rnd.nextInt(4));
      BigDecimal amount = BigDecimal.valueOf(rnd.nextInt(1_000_000), rnd.nextInt(5));
      IncomeEntry.EntryType kind = IncomeEntry.EntryType.values()[rnd.nextInt(IncomeEntry.EntryType.values().length)];
      BigDecimal signed = switch (kind) {
        case EARNED, ESTIMATE -> amount;
        case REFUND -> amount.negate();
        case ADJUSTMENT -> rnd.nextBoolean() ? amount : amount.negate();
      };
      out.add(IncomeEntry.of(stream, month, Money.of(signed, USD), kind));
    }
    return out;
  }

  /** {@return the inputs dealt at random into {@code parts} lists (order kept within each)} */
  static <T> List<List<T>> deal(List<T> inputs, int parts, Random rnd) {
    List<List<T>> out = new ArrayList<>();
    for (int p = 0; p < parts; p++) {
      out.add(new ArrayList<>());
    }
    for (T t : inputs) {
      out.get(rnd.nextInt(parts)).add(t);
    }
    return out;
  }

  /** {@return the inputs cut into {@code parts} consecutive chunks at random places} */
  static <T> List<List<T>> cut(List<T> inputs, int parts, Random rnd) {
    List<Integer> cuts = new ArrayList<>();
    for (int p = 1; p < parts; p++) {
      cuts.add(inputs.isEmpty() ? 0 : rnd.nextInt(inputs.size() + 1));
    }
    Collections.sort(cuts);
    List<List<T>> out = new ArrayList<>();
    int from = 0;
    for (int c : cuts) {
      out.add(inputs.subList(from, c));
      from = c;
    }
    out.add(inputs.subList(from, inputs.size()));
    return out;
  }

  /**
   * {@return the accumulators folded into one, pairs picked at random and merged in a random order
   *     (either side first), each sometimes sent through {@code ship} (a serializer round trip) before}
   */
  static <A> A mergeAtRandom(List<A> accs, BinaryOperator<A> merge, Function<A, A> ship, Random rnd) {
    List<A> left = new ArrayList<>(accs);
    while (left.size() > 1) {
      A a = left.remove(rnd.nextInt(left.size()));
      A b = left.remove(rnd.nextInt(left.size()));
      if (rnd.nextBoolean()) {
        a = ship.apply(a);
      }
      left.add(rnd.nextInt(left.size() + 1), merge.apply(a, b));
    }
    return left.get(0);
  }

  /** {@return the accumulators folded in their order, left to right} */
  static <A> A mergeInOrder(List<A> accs, BinaryOperator<A> merge) {
    A acc = accs.get(0);
    for (int i = 1; i < accs.size(); i++) {
      acc = merge.apply(acc, accs.get(i));
    }
    return acc;
  }

  /** The first day generated products and orders start from. */
  static final LocalDate ORDERS_START = AffiliateGenerators.START;

  /**
   * {@return affiliate orders, core's {@link AffiliateGenerators#anyOrders}: one catalogue of 1-5
   *     products with rate histories, some with a campaign, a Shop Ads rate or a tiered commission;
   *     1-4 lines, ad-driven or promoted since a day; lifecycles of every shape (cancelled, in transit,
   *     delivered, partly or fully refunded, returned, fraud), their events in any order}
   *
   * @param seed the seed
   * @param n how many orders, ids {@code o0, o1, ...}
   */
  static List<Order> orders(long seed, int n) {
    return AffiliateGenerators.anyOrders(new SplittableRandom(seed), USD, n);
  }

  /** {@return a key of an order: its first line's product, a stand-in for the creator it belongs to} */
  static String orderKey(Order o) {
    return o.lines().get(0).product().id();
  }

  /** {@return an as-of day from before the first order to well after the last settlement} */
  static LocalDate asOf(Random r) {
    return ORDERS_START.plusDays(-5 + r.nextInt(220));
  }
}
