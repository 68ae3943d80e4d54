package io.github.monetik.gifts;

import static io.github.monetik.testing.Generators.anyLong;
import static io.github.monetik.testing.Generators.anyMoney;
import static io.github.monetik.testing.Hostile.check;
import static io.github.monetik.testing.Hostile.textOrNull;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.monetik.Monetik;
import io.github.monetik.money.Coins;
import io.github.monetik.money.Diamonds;
import io.github.monetik.rules.GiftCatalogPresets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The gifts package's public entry points (and its engine's) fed arbitrary, also invalid, values: a
 * valid result or the documented exception naming the argument. Entry points covered: 20 (GiftEvent
 * builder, ComboSettler accept (event and field by field) and combine, Gifts settle, LiveTally
 * accept, TallyOptions withRetention and withIdleExpiry, Gift builder and fromGiftList, GiftCatalog
 * byId, byName, plus and plusAll, GiftCatalogPresets asOf, CountedGift builder, LiveEarnings plus and
 * topSenders, WithdrawalPolicy builder, Gifts planWithdrawals).
 */
class GiftsHostileInputPropertiesTest {
  private static final Class<IllegalArgumentException> IAE = IllegalArgumentException.class;
  private static final Class<NullPointerException> NPE = NullPointerException.class;
  private static final Class<ArithmeticException> AE = ArithmeticException.class;
  private static final long T = Instant.parse("2023-10-04T19:19:36Z").toEpochMilli();
  private final Gifts gifts = Monetik.defaults().gifts();

  @Test
  void giftEventsTheSettlerAndTheTallyFromAnyValues() {
    qt().withExamples(300).forAll(integers().all(), anyLong(), textOrNull(), textOrNull()).checkAssert((count, coins, sender, host) -> {
      long millis = Math.floorMod(coins, 4_200_000_000_000L);
      check(() -> GiftEvent.builder().messageId(coins).timestamp(Instant.ofEpochMilli(millis)).senderId(sender).hostId(host)
              .giftId(coins).coinsPerGift(coins).repeatable(count % 2 == 0).repeatCount(count).repeatEnd(count % 3 == 0)
              .groupId(count).build(),
          e -> e.repeatCount() >= 1 && e.coinsPerGift() >= 0 && e.groupId() >= 0 && !e.timestamp().isBefore(GiftEvent.EARLIEST),
          "repeatCount|coinsPerGift|groupId|senderId|hostId|timestamp", IAE, NPE);
      ComboSettler settler = ComboSettler.batch(gifts.giftCatalog(), true);
      check(() -> {
        settler.accept(coins, T, sender, host, coins, coins, count % 2 == 0, count, count % 3 == 0, count);
        return settler.settledCoins();
      }, total -> total >= 0 && settler.messages() == 1, "repeatCount|coinsPerGift|senderId|hostId|coins overflow in settle",
          IAE, NPE, AE);
      check(() -> settler.settlement(io.github.monetik.testing.TestRules.PROVENANCE),
          s -> s.settledCoins().count() + s.openCoins().count() <= s.naiveCoins().count(), "", IAE);
      ComboSettler later = ComboSettler.batch(gifts.giftCatalog(), true);
      long before = settler.settledCoins();
      check(() -> {
        later.accept(coins, T, "x", "y", coins, Math.abs(coins % 1_000), true, 1, true, 1);
        settler.combine(later);
        return settler.settledCoins();
      }, total -> total >= before, "overflow", IAE, AE);
      LiveTally tally = gifts.tally();
      check(() -> tally.accept(GiftEvent.builder().messageId(coins).timestamp(Instant.ofEpochMilli(T)).senderId("a").hostId("h")
              .giftId(coins).coinsPerGift(Math.abs(coins % Long.MAX_VALUE)).repeatable(count % 2 == 0).repeatCount(Math.max(1, count))
              .repeatEnd(count % 3 == 0).groupId(Math.abs((long) count)).build()).accept(GiftEvent.builder().messageId(~coins)
              .timestamp(Instant.ofEpochMilli(T)).senderId("a").hostId("h").giftId(coins).coinsPerGift(Math.abs(coins % Long.MAX_VALUE))
              .repeatable(false).repeatCount(Math.max(1, count)).repeatEnd(false).groupId(0).build()).snapshot(),
          s -> s.earnings().coins().count() + s.openCoins().count() <= s.naiveCoins().count(), "coins overflow in settle", AE);
    });
  }

  @Test
  void tallyOptionsFromAnyDurations() {
    qt().withExamples(300).forAll(anyLong()).checkAssert(millis -> {
      Duration d = Duration.ofMillis(millis);
      check(() -> TallyOptions.defaults().withRetention(d), o -> o.retention().orElseThrow().equals(d)
          && d.compareTo(Duration.ofSeconds(1)) >= 0 && d.compareTo(TallyOptions.LONGEST) <= 0, "window", IAE);
      check(() -> TallyOptions.keepingEveryGift().withIdleExpiry(d), o -> o.idleExpiry().orElseThrow().equals(d)
          && o.retention().isEmpty() && d.compareTo(Duration.ofSeconds(1)) >= 0, "idle", IAE);
    });
  }

  @Test
  void giftsAndCatalogLookupsFromAnyValues() {
    qt().withExamples(300).forAll(textOrNull(), anyLong(), integers().all()).checkAssert((name, id, type) -> {
      check(() -> Gift.builder().id(id).name(name).price(Coins.of(1)).repeatable(true).build(),
          g -> !g.name().isBlank() && g.id().getAsLong() >= 0, "name|id", IAE, NPE);
      check(() -> Gift.fromGiftList(id, name, id, type), g -> g.id().getAsLong() >= 0
          && g.price().count() == id && g.repeatable() == (type == 1), "name|id|diamondCount", IAE, NPE);
      check(() -> gifts.giftCatalog().byId(id), g -> g.isEmpty() || g.get().id().getAsLong() == id, "id", IAE);
      check(() -> gifts.giftCatalog().byName(name), l -> l.stream().allMatch(g -> g.name().equalsIgnoreCase(name.strip())), "name", NPE);
      check(() -> gifts.giftCatalog().plus(Gift.fromGiftList(id, name, 1, type)),
          c -> c.byId(id).isPresent() && c.size() >= gifts.giftCatalog().size(), "name|id", IAE, NPE);
      check(() -> gifts.giftCatalog().plusAll(java.util.Arrays.asList(Gift.fromGiftList(0, "x", 1, 1), id % 3 == 0 ? null
          : Gift.fromGiftList(1, "y", 1, 1))), c -> c.contains(0) && c.contains(1), "more\\[1\\]", NPE);
      check(() -> GiftCatalogPresets.asOf(id % 2 == 0 ? null : LocalDate.ofEpochDay(Math.floorMod(id, 200_000L))),
          c -> c.size() >= 97 && GiftCatalogPresets.OFFICIAL_LISTS.stream().anyMatch(d -> c.source().endsWith(d.toString())),
          "date", NPE);
    });
  }

  @Test
  void countedGiftsAndLeaderboardsFromAnyValues() {
    LiveEarnings some = gifts.earnings(List.of(CountedGift.builder().senderId("a").hostId("h").giftId(1).combo(true).messageId(1)
        .groupId(1).count(Long.MAX_VALUE / 2).coinsPerGift(1).timestamp(Instant.EPOCH).isOpen(false).build()));
    qt().withExamples(300).forAll(anyLong(), anyLong(), integers().all()).checkAssert((count, coins, n) -> {
      check(() -> CountedGift.builder().senderId("a").hostId("h").giftId(1).combo(true).groupId(1).messageId(count).count(count)
          .coinsPerGift(coins).timestamp(Instant.EPOCH).isOpen(false).build(), g -> g.count() >= 1, "count|coinsPerGift", IAE);
      check(() -> some.topSenders(n), l -> l.size() == Math.min(n, 1), "n", IAE);
      check(() -> some.plus(CountedGift.builder().senderId("b").hostId("h").giftId(2).combo(false).groupId(0).messageId(2)
              .count(Math.max(1, Math.abs(count % Long.MAX_VALUE))).coinsPerGift(1).timestamp(Instant.EPOCH).isOpen(false)
              .build()), e -> e.coins().count() > some.coins().count() && e.bySender().size() == 2,
          "coins overflow in plus", AE);
    });
  }

  @Test
  void withdrawalsFromAnyValues() {
    qt().withExamples(300).forAll(anyMoney(), anyMoney(), integers().all()).checkAssert((cap, minimum, days) ->
        check(() -> WithdrawalPolicy.builder().dailyCap(cap).minimum(minimum).processingDays(days).build(),
            p -> p.dailyCap().isPositive() && !p.minimum().isGreaterThan(p.dailyCap()),
            "dailyCap|minimum|processingDays", IAE, io.github.monetik.money.CurrencyMismatchException.class));
    qt().withExamples(300).forAll(anyLong(), integers().between(-2_000_000, 2_000_000))
        .checkAssert((balance, offset) -> {
          LocalDate start = LocalDate.of(2025, 1, 1).plusDays(offset);
          check(() -> gifts.planWithdrawals(Diamonds.of(Math.abs(balance % 1_000_000_000_000L)), start),
              p -> p.withdrawn().plus(p.remaining()).equals(p.balance()), "balance|withdrawal date", IAE, AE);
          check(() -> gifts.planWithdrawals(balance % 2 == 0 ? null : Diamonds.of(1), balance % 3 == 0 ? null : start),
              p -> p.withdrawals().isEmpty(), "balance|startDate", NPE);
        });
  }
}
