package io.github.monetik.money;

import static io.github.monetik.testing.Generators.coins;
import static io.github.monetik.testing.Generators.currencies;
import static io.github.monetik.testing.Generators.diamonds;
import static io.github.monetik.testing.Generators.listsOf;
import static io.github.monetik.testing.Generators.money;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.monetik.testing.Chunks;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.stream.Collector;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** The summing collectors of the units: examples, then the laws over any split of the input. */
class SummingTest {
  private static final Currency USD = Currency.getInstance("USD");
  private static final Currency JPY = Currency.getInstance("JPY");

  @Test
  void sumsCountsAndAmounts() {
    assertThat(LongStream.of(1, 5, 99).mapToObj(Coins::of).collect(Coins.summing())).isEqualTo(Coins.of(105));
    assertThat(LongStream.of(50, 550).mapToObj(Diamonds::of).collect(Diamonds.summing())).isEqualTo(Diamonds.of(600));
    assertThat(List.of(Money.of("6.25", "USD"), Money.of("0.005", "USD"), Money.of("-1", "USD")).stream()
        .collect(Money.summing(USD))).isEqualTo(Money.of("5.255", "USD"));
  }

  @Test
  void anEmptyStreamSumsToZero() {
    assertThat(List.<Coins>of().stream().collect(Coins.summing())).isSameAs(Coins.ZERO);
    assertThat(List.<Diamonds>of().stream().collect(Diamonds.summing())).isSameAs(Diamonds.ZERO);
    Money zero = List.<Money>of().stream().collect(Money.summing(JPY));
    assertThat(zero).isEqualTo(Money.zero(JPY));
    assertThat(zero.currency()).isEqualTo(JPY);
  }

  @Test
  void theCombinerAddsBothSides() {
    assertThat(Chunks.collect(Coins.summing(), List.of(Coins.of(7), Coins.of(8), Coins.of(9)), 3)).isEqualTo(Coins.of(24));
    Collector<Money, Object, Money> usd = erase(Money.summing(USD));
    Object left = usd.supplier().get();
    usd.accumulator().accept(left, Money.of("1.10", "USD"));
    Object right = usd.supplier().get();
    usd.accumulator().accept(right, Money.of("2.05", "USD"));
    assertThat(usd.finisher().apply(usd.combiner().apply(left, right))).isEqualTo(Money.of("3.15", "USD"));
  }

  @Test
  void overflowNamesTheUnitWhetherAddingOrCombining() {
    List<Coins> two = List.of(Coins.of(Long.MAX_VALUE), Coins.of(1));
    assertThatThrownBy(() -> two.stream().collect(Coins.summing())).isInstanceOf(ArithmeticException.class)
        .hasMessage("coin overflow in plus: 9,223,372,036,854,775,807 coins + 1 coin exceeds " + Long.MAX_VALUE);
    Collector<Diamonds, Object, Diamonds> d = erase(Diamonds.summing());
    Object left = d.supplier().get();
    d.accumulator().accept(left, Diamonds.of(Long.MAX_VALUE));
    Object right = d.supplier().get();
    d.accumulator().accept(right, Diamonds.of(2));
    assertThatThrownBy(() -> d.combiner().apply(left, right)).isInstanceOf(ArithmeticException.class)
        .hasMessageStartingWith("diamond overflow in plus");
  }

  @Test
  void aNullElementOrAnotherCurrencyIsRejectedByName() {
    List<Coins> withNull = Arrays.asList(Coins.of(1), null);
    assertThatThrownBy(() -> withNull.stream().collect(Coins.summing())).isInstanceOf(NullPointerException.class)
        .hasMessage("coins element must not be null");
    List<Money> mixed = List.of(Money.of("1", "USD"), Money.of("1", "EUR"));
    assertThatThrownBy(() -> mixed.stream().collect(Money.summing(USD))).isInstanceOf(CurrencyMismatchException.class)
        .hasMessageStartingWith("currency mismatch in summing: expected USD, was EUR");
    List<Money> nullMoney = Arrays.asList(Money.of("1", "USD"), null);
    assertThatThrownBy(() -> nullMoney.stream().collect(Money.summing(USD))).isInstanceOf(NullPointerException.class)
        .hasMessage("money element must not be null");
    assertThatThrownBy(() -> Money.summing(null)).isInstanceOf(NullPointerException.class).hasMessage("currency must not be null");
  }

  @Test
  void countsSumExactlyOverAnySplitOrOverflowNamingTheUnit() {
    qt().forAll(listsOf(coins(), 0, 6), longs().all()).checkAssert((items, seed) -> {
      BigInteger exact = items.stream().map(c -> BigInteger.valueOf(c.count())).reduce(BigInteger.ZERO, BigInteger::add);
      if (exact.bitLength() < 64) {
        Coins sum = Coins.of(exact.longValueExact());
        assertThat(Chunks.collect(Coins.summing(), items, seed)).isEqualTo(sum);
        assertThat(items.parallelStream().collect(Coins.summing())).isEqualTo(sum);
      } else {
        assertThatThrownBy(() -> Chunks.collect(Coins.summing(), items, seed)).isInstanceOf(ArithmeticException.class)
            .hasMessageStartingWith("coin overflow in plus");
      }
    });
    qt().forAll(listsOf(diamonds(), 0, 6), longs().all()).checkAssert((items, seed) -> {
      BigInteger exact = items.stream().map(c -> BigInteger.valueOf(c.count())).reduce(BigInteger.ZERO, BigInteger::add);
      if (exact.bitLength() < 64) {
        assertThat(Chunks.collect(Diamonds.summing(), items, seed)).isEqualTo(Diamonds.of(exact.longValueExact()));
      } else {
        assertThatThrownBy(() -> Chunks.collect(Diamonds.summing(), items, seed)).isInstanceOf(ArithmeticException.class)
            .hasMessageStartingWith("diamond overflow in plus");
      }
    });
  }

  @Test
  void moneySumsExactlyOverAnySplitAndEqualsRepeatedPlus() {
    qt().forAll(currencies().flatMap(c -> listsOf(money(c), 0, 12).map(l -> new Case(c, l))), longs().all())
        .checkAssert((c, seed) -> {
          Money folded = Money.zero(c.currency);
          BigDecimal exact = BigDecimal.ZERO;
          for (Money m : c.items) {
            folded = folded.plus(m);
            exact = exact.add(m.amount());
          }
          Money chunked = Chunks.collect(Money.summing(c.currency), c.items, seed);
          assertThat(chunked).isEqualTo(folded);
          assertThat(chunked.amount()).isEqualByComparingTo(exact);
          assertThat(chunked.currency()).isEqualTo(c.currency);
          assertThat(new ArrayList<>(c.items).parallelStream().collect(Money.summing(c.currency))).isEqualTo(folded);
        });
  }

  private record Case(Currency currency, List<Money> items) {}

  @SuppressWarnings("unchecked")
  private static <T, R> Collector<T, Object, R> erase(Collector<T, ?, R> c) {
    return (Collector<T, Object, R>) c;
  }
}
