package io.github.monetik.testing;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import io.github.monetik.money.Money;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Currency;
import java.util.List;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Decimal numbers at and far beyond Monetik's bounds (magnitude below 10^100, at most 100 decimals),
 * for the properties that feed every money factory and operation hostile input.
 */
public final class MoneyBoundsGenerators {
  private MoneyBoundsGenerators() {}

  /** The largest magnitude within the bounds: 100 nines. */
  public static final BigDecimal LARGEST = BigDecimal.TEN.pow(Money.MAX_DIGITS).subtract(BigDecimal.ONE);
  /** The finest amount within the bounds: 10^-100. */
  public static final BigDecimal FINEST = BigDecimal.ONE.movePointLeft(Money.MAX_DIGITS);
  /** The widest number within the bounds: 100 nines, a point, 100 nines. */
  public static final BigDecimal WIDEST = LARGEST.add(BigDecimal.ONE.subtract(FINEST));

  /** Numbers at the edges of the bounds and beyond them, and the extremes a {@code BigDecimal} can hold. */
  public static final List<BigDecimal> EDGES = List.of(
      BigDecimal.ZERO, BigDecimal.ONE, LARGEST, LARGEST.negate(), WIDEST, WIDEST.negate(), FINEST, FINEST.negate(),
      LARGEST.add(BigDecimal.ONE), FINEST.movePointLeft(1), new BigDecimal("1E+99"), new BigDecimal("1E+100"),
      new BigDecimal("1E+1000000"), new BigDecimal("1E-1000000"), new BigDecimal("1E+999999999"),
      new BigDecimal("1E+200000000"), new BigDecimal("1E+2147483647"), new BigDecimal("1E-2147483647"),
      new BigDecimal("-1E+2147483647"), BigDecimal.valueOf(1, Integer.MIN_VALUE), BigDecimal.valueOf(Long.MAX_VALUE, Integer.MIN_VALUE),
      BigDecimal.valueOf(0, Integer.MIN_VALUE), BigDecimal.valueOf(0, Integer.MAX_VALUE),
      new BigDecimal(BigInteger.TEN.pow(1_000), 1_000), new BigDecimal(BigInteger.TEN.pow(1_000), 1_050));

  /**
   * {@return any {@code BigDecimal}: ordinary amounts, the {@link #EDGES}, extreme exponents of either
   * sign, long digit strings at any scale, zeros of any scale; negative ones too}
   */
  public static Gen<BigDecimal> hostileDecimals() {
    Gen<BigDecimal> ordinary = longs().all().zip(integers().between(-4, 8), BigDecimal::valueOf);
    Gen<BigDecimal> nearTheBounds = integers().between(-2, 2).zip(integers().between(-2, 2),
        Generate.pick(List.of(LARGEST, FINEST, WIDEST)), (shift, ulps, edge) -> edge.movePointRight(shift)
            .add(BigDecimal.valueOf(ulps, Money.MAX_DIGITS)));
    Gen<BigDecimal> extremeExponents = longs().between(-1_000, 1_000).zip(integers().all(), BigDecimal::valueOf);
    Gen<BigDecimal> longDigits = strings().betweenCodePoints('0', '9').ofLengthBetween(1, 2_000)
        .zip(integers().between(-3_000, 3_000), (digits, scale) -> new BigDecimal(new BigInteger(digits), scale));
    Gen<BigDecimal> zeros = integers().all().map(scale -> BigDecimal.valueOf(0, scale));
    Gen<BigDecimal> any = Generate.frequency(
        Pair.of(3, ordinary), Pair.of(2, Generate.pick(EDGES)), Pair.of(2, nearTheBounds),
        Pair.of(2, extremeExponents), Pair.of(2, longDigits), Pair.of(1, zeros));
    return any.zip(Generate.booleans(), (d, negative) -> negative ? d.negate() : d);
  }

  /** {@return numbers within the bounds, often at their edges: up to 100 digits and 100 decimals, either sign} */
  public static Gen<BigDecimal> boundedDecimals() {
    Gen<String> digits = strings().betweenCodePoints('0', '9').ofLengthBetween(0, Money.MAX_DIGITS);
    Gen<BigDecimal> wide = digits.zip(digits, (whole, decimals) -> new BigDecimal("0" + whole + "." + decimals + "0"));
    Gen<BigDecimal> any = Generate.frequency(
        Pair.of(3, longs().all().zip(integers().between(0, 6), BigDecimal::valueOf)),
        Pair.of(2, Generate.pick(List.of(BigDecimal.ZERO, BigDecimal.ONE, LARGEST, FINEST, WIDEST))),
        Pair.of(3, wide));
    return any.zip(Generate.booleans(), (d, negative) -> negative ? d.negate() : d);
  }

  /** {@return money within the bounds in any of the test currencies, often at the bounds' edges} */
  public static Gen<Money> boundedMoney() {
    return boundedDecimals().zip(Generators.currencies(), Money::of);
  }

  /**
   * {@return money within the bounds in {@code currency}}
   *
   * @param currency the currency
   */
  public static Gen<Money> boundedMoney(Currency currency) {
    return boundedDecimals().map(d -> Money.of(d, currency));
  }
}
