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
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The gifts package's public entry points fed arbitrary, also invalid, values: a valid result or the
 * documented exception naming the argument. Entry points covered: 13 (GiftEvent builder, ComboSettler
 * accept (event and field by field), combine, forgetSettledBefore, Gift builder, GiftCatalog byId and byName,
 * CountedGift builder, LiveEarnings topSenders, WithdrawalPolicy builder, Withdrawals plan, Gifts settle).
 */
class GiftsHostileInputPropertiesTest {
  private static final Class<IllegalArgumentException> IAE = IllegalArgumentException.class;
  private static final Class<NullPointerException> NPE = NullPointerException.class;
  private static final Class<ArithmeticException> AE = ArithmeticException.class;
  private final Gifts gifts = Monetik.defaults().gifts();

  @Test
  void giftEventsAndTheSettlerFromAnyValues() {
    qt().withExamples(300).forAll(integers().all(), anyLong(), textOrNull(), textOrNull()).checkAssert((count, coins, sender, host) -> {
      check(() -> GiftEvent.builder().messageId(coins).timestamp(Instant.EPOCH).senderId(sender).hostId(host).giftId(coins)
              .coinsPerGift(coins).repeatable(count % 2 == 0).repeatCount(count).repeatEnd(count % 3 == 0).groupId(count).build(),
          e -> e.repeatCount() >= 1 && e.coinsPerGift() >= 0, "repeatCount|coinsPerGift|senderId|hostId", IAE, NPE);
      ComboSettler settler = ComboSettler.batch(gifts.giftCatalog(), true);
      check(() -> settler.accept(coins, coins, sender, host, coins, coins, count % 2 == 0, count, count % 3 == 0, count)
              .settledCoins(), total -> total >= 0 && settler.messages() == 1,
          "repeatCount|coinsPerGift|senderId|hostId|overflow", IAE, NPE, AE);
      check(() -> settler.settlement(io.github.monetik.testing.TestRules.PROVENANCE), s -> s.settledCoins().count() + s.openCoins().count() <= s.naiveCoins().count(), "", IAE);
      ComboSettler later = count % 5 == 0 ? settler : ComboSettler.create(count % 7 == 0 ? GiftCatalog.empty() : gifts.giftCatalog());
      long before = settler.settledCoins();
      check(() -> settler.combine(later.accept(coins, coins, "x", "y", coins, Math.abs(coins % 1_000), true, 1, true, 1))
              .settledCoins(), total -> total >= before, "later|overflow", IAE, AE);
    });
  }

  @Test
  void giftsAndCatalogLookupsFromAnyValues() {
    qt().withExamples(300).forAll(textOrNull(), anyLong()).checkAssert((name, id) -> {
      check(() -> Gift.builder().id(id).name(name).price(Coins.of(1)).repeatable(true).build(),
          g -> !g.name().isBlank() && g.id().getAsLong() >= 0, "name|id", IAE, NPE);
      check(() -> gifts.giftCatalog().byId(id), g -> g.isEmpty() || g.get().id().getAsLong() == id, "id", IAE);
      check(() -> gifts.giftCatalog().byName(name), l -> l.stream().allMatch(g -> g.name().equalsIgnoreCase(name.strip())), "name", NPE);
    });
  }

  @Test
  void countedGiftsAndLeaderboardsFromAnyValues() {
    qt().withExamples(300).forAll(anyLong(), anyLong(), integers().all()).checkAssert((count, coins, n) -> {
      check(() -> CountedGift.builder().senderId("a").hostId("h").giftId(1).combo(true).groupId(1).count(count)
          .coinsPerGift(coins).timestamp(Instant.EPOCH).isOpen(false).build(), g -> g.count() >= 1, "count|coinsPerGift", IAE);
      check(() -> io.github.monetik.testing.TestRules.uncheckedGifts().earnings(java.util.List.<CountedGift>of()), l -> l.isEmpty(), "n", IAE);
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
          check(() -> gifts.withdrawals().plan(Diamonds.of(Math.abs(balance % 1_000_000_000_000L)), start),
              p -> p.withdrawn().plus(p.remaining()).equals(p.balance()), "balance|withdrawal date", IAE, AE);
          check(() -> ComboSettler.batch(GiftCatalog.empty(), false).forgetSettledBefore(Instant.ofEpochMilli(balance)), n -> n == 0, "cutoff", NPE);
        });
  }
}
