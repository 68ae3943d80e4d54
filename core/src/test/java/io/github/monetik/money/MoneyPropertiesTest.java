package io.github.monetik.money;

import static io.github.monetik.testing.Generators.anyMoney;
import static io.github.monetik.testing.Generators.currencies;
import static io.github.monetik.testing.Generators.money;
import static io.github.monetik.testing.Generators.rates;
import static io.github.monetik.testing.Generators.roundedMoney;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

class MoneyPropertiesTest {
  private static final Currency USD = Currency.getInstance("USD");

  @Test
  void plusIsAssociativeAndCommutative() {
    qt().forAll(currencies().flatMap(c -> money(c).zip(money(c), money(c), List::of)))
        .checkAssert(abc -> {
          Money a = abc.get(0);
          Money b = abc.get(1);
          Money c = abc.get(2);
          assertThat(a.plus(b)).isEqualTo(b.plus(a));
          assertThat(a.plus(b).plus(c)).isEqualTo(a.plus(b.plus(c)));
        });
  }

  @Test
  void minusUndoesPlus() {
    qt().forAll(money(USD), money(USD)).checkAssert((a, b) -> assertThat(a.plus(b).minus(b)).isEqualTo(a));
  }

  @Test
  void roundingMovesAValueByAtMostHalfAMinorUnit() {
    List<RoundingMode> halfModes = List.of(RoundingMode.HALF_UP, RoundingMode.HALF_DOWN, RoundingMode.HALF_EVEN);
    qt().forAll(anyMoney(), Generate.pick(halfModes)).checkAssert((m, mode) -> {
      Money r = m.rounded(mode);
      BigDecimal halfUnit = BigDecimal.ONE.movePointLeft(m.currency().getDefaultFractionDigits()).divide(BigDecimal.valueOf(2));
      assertThat(r.minus(m).amount().abs()).isLessThanOrEqualTo(halfUnit);
      assertThat(r.isRounded()).isTrue();
      assertThat(r.rounded(mode)).isEqualTo(r);
    });
  }

  @Test
  void shareAndItsComplementAddUpExactly() {
    qt().forAll(money(USD), rates()).checkAssert((m, r) ->
        assertThat(m.multipliedBy(r).plus(m.multipliedBy(r.complement()))).isEqualTo(m));
  }

  @Test
  void parseReadsToString() {
    qt().forAll(anyMoney()).checkAssert(m -> {
      Money back = Money.parse(m.toString());
      assertThat(back).isEqualTo(m);
      assertThat(back.amount()).isEqualTo(m.amount());
    });
  }

  @Test
  void minorUnitsRoundTrip() {
    qt().forAll(currencies().flatMap(c -> roundedMoney(c))).checkAssert(m ->
        assertThat(Money.ofMinor(m.toMinorUnits(), m.currency())).isEqualTo(m));
  }

  @Test
  void rateParseReadsToString() {
    qt().forAll(rates()).checkAssert(r -> {
      assertThat(Rate.parse(r.toString())).isEqualTo(r);
      assertThat(r.complement().complement()).isEqualTo(r);
    });
  }
}
