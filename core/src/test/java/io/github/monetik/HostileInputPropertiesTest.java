package io.github.monetik;

import static io.github.monetik.testing.Generators.anyLong;
import static io.github.monetik.testing.Generators.anyMoney;
import static io.github.monetik.testing.Hostile.check;
import static io.github.monetik.testing.Hostile.textOrNull;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.monetik.gifts.DiamondPolicy;
import io.github.monetik.money.Coins;
import io.github.monetik.money.CurrencyMismatchException;
import io.github.monetik.money.Diamonds;
import io.github.monetik.money.Money;
import io.github.monetik.money.MoneyRange;
import io.github.monetik.money.Rate;
import io.github.monetik.rules.Rules;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Every public factory and entry point of the foundation, fed arbitrary and invalid values: a valid
 * result or the documented exception naming the argument. Entry points covered: 22.
 */
class HostileInputPropertiesTest {
  private static final Class<IllegalArgumentException> IAE = IllegalArgumentException.class;
  private static final Class<NullPointerException> NPE = NullPointerException.class;
  private static final Class<ArithmeticException> AE = ArithmeticException.class;

  @Test
  void countFactories() {
    qt().forAll(anyLong()).checkAssert(n -> {
      check(() -> Coins.of(n), c -> c.count() == n, "count", IAE);
      check(() -> Diamonds.of(n), d -> d.count() == n, "count", IAE);
      check(() -> Coins.of(Math.abs(n % 1_000_000)).multipliedBy(n), c -> c.count() >= 0, "multipliedBy|factor", IAE, AE);
      long big = Math.abs(n % Long.MAX_VALUE);
      check(() -> java.util.stream.LongStream.of(big, big / 3, n & 0xFFFF).mapToObj(Coins::of).collect(Coins.summing()),
          c -> c.count() >= big, "coin overflow in plus", AE);
      check(() -> java.util.stream.LongStream.of(big, n & 0xFFFF).mapToObj(Diamonds::of).parallel().collect(Diamonds.summing()),
          d -> d.count() >= big, "diamond overflow in plus", AE);
    });
  }

  @Test
  void countParsers() {
    qt().forAll(textOrNull()).checkAssert(s -> {
      check(() -> Coins.parse(s), c -> Coins.parse(c.toString()).equals(c), "text", IAE, NPE);
      check(() -> Diamonds.parse(s), d -> Diamonds.parse(d.toString()).equals(d), "text", IAE, NPE);
    });
  }

  @Test
  void moneyFactoriesAndParser() {
    qt().forAll(textOrNull(), textOrNull()).checkAssert((amount, code) -> {
      check(() -> Money.of(amount, code), m -> m.amount().compareTo(new BigDecimal(amount.strip())) == 0,
          "amount|currencyCode", IAE, NPE);
      check(() -> Money.parse(code == null ? null : code + " " + amount), m -> Money.parse(m.toString()).equals(m),
          "text|amount|currencyCode", IAE, NPE);
      check(() -> Money.currency(code), c -> c.getCurrencyCode().equals(code), "currencyCode", IAE, NPE);
    });
  }

  @Test
  void moneyArithmeticAcrossCurrenciesAndScales() {
    qt().forAll(anyMoney(), anyMoney(), anyLong()).checkAssert((a, b, n) -> {
      check(() -> a.plus(b), m -> m.currency().equals(a.currency()), "currency mismatch", CurrencyMismatchException.class);
      check(() -> a.minus(b), m -> m.currency().equals(a.currency()), "currency mismatch", CurrencyMismatchException.class);
      check(() -> java.util.stream.Stream.of(a, b, a).collect(Money.summing(a.currency())),
          m -> m.equals(a.plus(b).plus(a)), "currency mismatch", CurrencyMismatchException.class);
      check(() -> a.dividedBy(n, RoundingMode.HALF_EVEN), Money::isRounded, "divisor", IAE);
      check(() -> Money.ofMinor(n, a.currency()), m -> m.toMinorUnits() == n, "currency", IAE);
      check(() -> a.toMinorUnits(), minor -> Money.ofMinor(minor, a.currency()).equals(a), "decimals", AE);
      check(() -> MoneyRange.of(a, b, b), r -> !r.low().isGreaterThan(r.expected()), "", IAE, CurrencyMismatchException.class);
      check(() -> MoneyRange.between(a, b), r -> r.contains(r.expected()), "", IAE, CurrencyMismatchException.class);
    });
  }

  @Test
  void rateFactoriesAndParser() {
    qt().forAll(textOrNull()).checkAssert(s -> {
      check(() -> Rate.of(s), r -> r.value().compareTo(new BigDecimal(s.strip())) == 0, "fraction", IAE, NPE);
      check(() -> Rate.percent(s), r -> r.toPercent().compareTo(new BigDecimal(s.strip())) == 0, "percent", IAE, NPE);
      check(() -> Rate.parse(s), r -> Rate.parse(r.toString()).equals(r), s == null || !s.strip().endsWith("%") ? "text" : "text|percent", IAE, NPE);
    });
    qt().forAll(anyLong()).checkAssert(n -> check(() -> Rate.percent(n), r -> r.toPercent().longValueExact() == n, "percent", IAE));
  }

  @Test
  void rulesBooksForAnyDay() {
    qt().forAll(integers().between(-200_000, 200_000)).checkAssert(days -> {
      LocalDate day = LocalDate.of(2020, 1, 1).plusDays(days);
      check(() -> Rules.asOf(day), r -> r.date().equals(day), "date", IAE);
      check(() -> Monetik.asOf(day), m -> m.rules().date().equals(day), "date", IAE);
    });
  }

  @Test
  void diamondPoliciesFromAnyValues() {
    qt().forAll(anyMoney(), anyMoney()).checkAssert((coin, diamond) -> check(
        () -> DiamondPolicy.builder().coinValue(coin).creatorShare(Rate.percent(50)).diamondValue(diamond).build(),
        p -> p.diamondsPerCoin().signum() > 0, "Value", IAE));
  }
}
