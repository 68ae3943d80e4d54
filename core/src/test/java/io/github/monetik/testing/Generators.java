package io.github.monetik.testing;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.monetik.money.Coins;
import io.github.monetik.money.Diamonds;
import io.github.monetik.money.Money;
import io.github.monetik.money.Rate;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The domain's generators, shared by every property test. Properties depend on these and not on
 * the property library's own generators, so the library underneath could be swapped.
 */
public final class Generators {
  private Generators() {}

  /** Currencies with 0, 2 and 3 minor digits. */
  public static final List<Currency> CURRENCIES =
      List.of(Currency.getInstance("USD"), Currency.getInstance("EUR"), Currency.getInstance("JPY"),
          Currency.getInstance("GBP"), Currency.getInstance("KWD"));

  /** @return coin counts of every size, small ones often */
  public static Gen<Coins> coins() {
    return counts().map(Coins::of);
  }

  /** @return diamond counts of every size, small ones often */
  public static Gen<Diamonds> diamonds() {
    return counts().map(Diamonds::of);
  }

  /** @return non-negative longs, a third of them small, a third near the top of the range */
  public static Gen<Long> counts() {
    return Generate.frequency(
        Pair.of(1, longs().between(0, 1_000)),
        Pair.of(1, longs().between(0, Long.MAX_VALUE)),
        Pair.of(1, longs().between(Long.MAX_VALUE - 1_000, Long.MAX_VALUE)));
  }

  /** @return a currency from {@link #CURRENCIES} */
  public static Gen<Currency> currencies() {
    return Generate.pick(CURRENCIES);
  }

  /** @return money in {@code currency}: any sign, up to 6 decimals beyond the unit, up to 10^15 */
  public static Gen<Money> money(Currency currency) {
    return longs().between(-1_000_000_000_000_000L, 1_000_000_000_000_000L)
        .zip(integers().between(0, 6), (unscaled, scale) -> Money.of(BigDecimal.valueOf(unscaled, scale), currency));
  }

  /** @return money already rounded to its currency's minor unit */
  public static Gen<Money> roundedMoney(Currency currency) {
    return longs().between(-1_000_000_000_000L, 1_000_000_000_000L).map(minor -> Money.ofMinor(minor, currency));
  }

  /** @return money of any of the test currencies */
  public static Gen<Money> anyMoney() {
    return currencies().flatMap(Generators::money);
  }

  /** @return rates in [0, 1] with up to 6 decimals, with 0 and 1 included */
  public static Gen<Rate> rates() {
    return Generate.frequency(
        Pair.of(8, integers().between(0, 1_000_000).map(n -> Rate.of(BigDecimal.valueOf(n, 6)))),
        Pair.of(1, Generate.pick(List.of(Rate.ZERO, Rate.ONE))));
  }

  /**
   * @param element the elements' generator
   * @param min the least size
   * @param max the largest size
   * @param <T> the element type
   * @return lists of {@code element}s with a size in [min, max]
   */
  public static <T> Gen<List<T>> listsOf(Gen<T> element, int min, int max) {
    return org.quicktheories.generators.SourceDSL.lists().of(element).ofSizeBetween(min, max);
  }

  /** @return any long, including negative ones (for hostile-input properties) */
  public static Gen<Long> anyLong() {
    return longs().all();
  }

}
