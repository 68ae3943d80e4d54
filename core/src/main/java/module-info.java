/**
 * Monetik: how money moves on TikTok, exact and explained.
 *
 * <p>Start at {@link io.github.monetik.Monetik}. The units live in {@code io.github.monetik.money},
 * the dated and sourced rules in {@code io.github.monetik.rules}. The module needs nothing beyond
 * {@code java.base} at run time; Immutables is a compile-time annotation processor only.
 */
module io.github.monetik {
  requires static org.immutables.value;
  requires static org.jspecify;

  exports io.github.monetik;
  exports io.github.monetik.money;
  exports io.github.monetik.report;
  exports io.github.monetik.rules;
  exports io.github.monetik.gifts;
  exports io.github.monetik.income;
  exports io.github.monetik.coins;
  exports io.github.monetik.streaks;
  exports io.github.monetik.programs;
  exports io.github.monetik.affiliate;
}
