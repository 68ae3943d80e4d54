package io.github.monetik.rules;

import io.github.monetik.coins.Channel;
import io.github.monetik.coins.CoinPackage;
import io.github.monetik.coins.CoinPriceList;
import io.github.monetik.coins.CoinPrices;
import io.github.monetik.internal.Checks;
import io.github.monetik.money.Coins;
import io.github.monetik.money.Money;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Sourced coin price lists: what viewers pay for coins, channel by channel. Every number names its
 * source, period and confidence (H = official or several agreeing sources, M = reliable secondary,
 * L = single blog), as collected in the project's {@code DOMAIN.md} §1 and §8. TikTok publishes no
 * dated official price list; three US ladders conflict (DOMAIN.md, open question 1), so each is
 * kept as its own list and none is invented where the sources are silent.
 *
 * <p>Names follow one pattern: a market is named by its country ({@link #unitedStates()},
 * {@link #unitedKingdom()}), a price list by its country and channel ({@link #unitedStatesIos()},
 * {@link #unitedKingdomIos()}, {@link #unitedStatesWeb(LocalDate)}), and {@link #asOf(LocalDate)}
 * gives the book's default market on a day.
 */
public final class CoinPresets {
  /**
   * The day the US web's custom-amount limit is reported: custom amounts up to 500,000 coins for
   * USD 5,300 (singular.net, 2024-05-02; DOMAIN.md §8, confidence M). From that day
   * {@link #unitedStatesWeb(LocalDate)} is the list with the limit; before it, the 2022 list.
   */
  public static final LocalDate WEB_CUSTOM_LIMIT_FROM = LocalDate.of(2024, 5, 2);

  /**
   * The smallest in-app pack: in-app packs start at 20 coins (singular.net, 2024-05-02; DOMAIN.md
   * §8, confidence M). The source gives no price for it, so no bundled ladder sells it; each in-app
   * list says so in its assumptions rather than inventing a price.
   */
  public static final Coins IN_APP_SMALLEST_PACK = Coins.of(20);

  /** The US web's custom-amount limit (singular.net, 2024-05-02; confidence M). */
  private static final Coins WEB_CUSTOM_LIMIT = Coins.of(500_000);

  private CoinPresets() {}

  /**
   * The coin prices on a day: the US market ({@link #unitedStates()}), with the web list in force
   * that day ({@link #unitedStatesWeb(LocalDate)}: the 2022 list before
   * {@link #WEB_CUSTOM_LIMIT_FROM}, the one with the custom limit from then). The in-app lists have
   * no dated history and are the same on every date.
   *
   * @param date the day
   * @return the coin prices in force that day
   * @throws NullPointerException if {@code date} is null
   */
  public static CoinPrices asOf(LocalDate date) {
    return unitedStates(unitedStatesWeb(date));
  }

  /**
   * The coin prices a buyer in a country sees on a day: the United Kingdom's
   * ({@link #unitedKingdom()}) for {@code GB}, the US market's on that day ({@link #asOf(LocalDate)})
   * for every other country, as the sources give no other market's prices.
   *
   * @param date the day
   * @param country an ISO 3166-1 alpha-2 code, or null for no country
   * @return the coin prices there that day
   * @throws NullPointerException if {@code date} is null
   */
  public static CoinPrices asOf(LocalDate date, @Nullable String country) {
    Checks.notNull(date, "date");
    return "GB".equals(country) ? unitedKingdom() : asOf(date);
  }

  /**
   * The US market as the newest sources give it: {@link Channel#WEB} by the web list with its
   * custom limit ({@link #unitedStatesWeb(LocalDate)} from {@link #WEB_CUSTOM_LIMIT_FROM}),
   * {@link Channel#IOS} by {@link #unitedStatesIos()} and {@link Channel#ANDROID} by
   * {@link #unitedStatesAndroid()} (an assumption). The rules book's default; {@link #asOf(LocalDate)}
   * gives it for a day.
   *
   * @return the US coin prices
   */
  public static CoinPrices unitedStates() {
    return unitedStates(unitedStatesWeb(WEB_CUSTOM_LIMIT_FROM));
  }

  private static CoinPrices unitedStates(CoinPriceList web) {
    return CoinPrices.builder().name("US (USD)")
        .putLadders(Channel.WEB, web)
        .putLadders(Channel.IOS, unitedStatesIos())
        .putLadders(Channel.ANDROID, unitedStatesAndroid())
        .build();
  }

  /**
   * The UK market: only {@link Channel#IOS} is sourced ({@link #unitedKingdomIos()}); asking for
   * another channel is an error naming it.
   *
   * @return the UK coin prices
   */
  public static CoinPrices unitedKingdom() {
    return CoinPrices.builder().name("UK (GBP)").putLadders(Channel.IOS, unitedKingdomIos()).build();
  }

  /**
   * Ladder A, the older US in-app prices, about 1.43 US cents a coin: 70 = USD 0.99 · 350 = 4.99 ·
   * 700 = 9.99 · 1,400 = 19.99 · 3,500 = 49.99 · 7,000 = 99.99 · 17,500 = 249.99.
   *
   * <p>Sources: backtofrontshow.com/how-much-are-tiktok-gifts-worth/; collectivadvertising.com.
   * Undated ("older in-app"). Confidence M.
   *
   * @return the legacy US in-app ladder
   */
  public static CoinPriceList unitedStatesLegacyInApp() {
    return ladderA("US in-app (legacy, ladder A)").build();
  }

  private static CoinPriceList.Builder ladderA(String name) {
    return CoinPriceList.builder().name(name).currency(Money.currency("USD")).period("older in-app, undated")
        .source("backtofrontshow.com/how-much-are-tiktok-gifts-worth/; collectivadvertising.com. Confidence M.")
        .addPackages(usd(70, "0.99"), usd(350, "4.99"), usd(700, "9.99"), usd(1_400, "19.99"),
        usd(3_500, "49.99"), usd(7_000, "99.99"), usd(17_500, "249.99"));
  }

  /**
   * The Android channel's list in the US: ladder A ({@link #unitedStatesLegacyInApp()}) under
   * another name, as an assumption. No sourced Android ladder exists; DOMAIN.md §1 says Android
   * "usually sits between web and iOS" (appsnaptik.com; tiktokcalculator.net, confidence M), and
   * ladder A, about 1.41 cents a coin at its cheapest, is the one sourced ladder between the web
   * (about 1.06 cents) and iOS (about 1.51 cents). In-app, so no custom amounts (singular.net,
   * 2024-05-02, confidence M); the 20-coin pack ({@link #IN_APP_SMALLEST_PACK}) has no sourced price.
   *
   * @return the assumed US Android ladder
   */
  public static CoinPriceList unitedStatesAndroid() {
    return ladderA("US Android in-app (assumed: ladder A)")
        .addAssumptions("No sourced Android price list: Android is given the older in-app ladder A, which sits"
            + " between web and iOS as the sources say Android usually does.", smallestPackLeftOut(70))
        .build();
  }

  /**
   * Ladder B, the US iOS in-app prices (the app store's cut included), about 1.52 US cents a coin:
   * 65 = USD 0.99 · 330 = 4.99 · 660 = 9.99 · 1,321 = 19.99 · 3,303 = 49.99 · 6,607 = 99.99 ·
   * 16,500 = 249.99. The library's suggested default for in-app (DOMAIN.md), about 2022-2025.
   *
   * <p>Sources: sportskeeda.com (Lion article); bloc4you.com/?p=8857. Confidence M. In-app packs
   * start at 20 coins and there is no custom amount in-app (singular.net, 2024-05-02, confidence M):
   * the list sells no custom amounts, and leaves the 20-coin pack ({@link #IN_APP_SMALLEST_PACK})
   * out, as no source gives its price.
   *
   * @return the US iOS ladder
   */
  public static CoinPriceList unitedStatesIos() {
    return CoinPriceList.builder().name("US iOS in-app (ladder B)").currency(Money.currency("USD"))
        .period("about 2022-2025").source("sportskeeda.com (Lion article); bloc4you.com/?p=8857. Confidence M."
            + " In-app packs from 20 coins, no custom amount in-app: " + SINGULAR)
        .addPackages(usd(65, "0.99"), usd(330, "4.99"), usd(660, "9.99"), usd(1_321, "19.99"),
        usd(3_303, "49.99"), usd(6_607, "99.99"), usd(16_500, "249.99"))
        .addAssumptions(smallestPackLeftOut(65))
        .build();
  }

  private static final String SINGULAR = "singular.net (2024-05-02). Confidence M.";

  private static final String WEB_2022_SOURCE = "the-sun.com/tech/4910045 (2022-03-16), tiktok.com/coin: from 70"
      + " coins = USD 0.74, packages 70-17,500 plus a custom amount. Confidence M. Web vs in-app: appsnaptik.com;"
      + " tiktokcalculator.net/guides/tiktok-coins/ (web 25-30% cheaper). Confidence M.";

  /**
   * The US website's list (tiktok.com/coin) in force on a day, with custom amounts.
   *
   * <ul>
   *   <li><b>Before {@link #WEB_CUSTOM_LIMIT_FROM}</b>: ladder C as of 2022-03-16. Only one price is
   *       sourced: 70 coins = USD 0.74 (the-sun.com/tech/4910045, confidence M), about 25% below
   *       in-app, as the sources say the web is (appsnaptik.com; tiktokcalculator.net, confidence
   *       M). The list sells the 70-coin package, and custom amounts of any size at the same rate,
   *       70 coins per USD 0.74 (USD 0.0105714… a coin), each rounded up to the cent. The other web
   *       packages (70 to 17,500 coins) exist but their prices are not sourced, so they are left out;
   *       the custom rate and its rounding are assumed; no limit was known then.
   *   <li><b>From {@link #WEB_CUSTOM_LIMIT_FROM}</b>: custom amounts of at most 500,000 coins, and
   *       500,000 coins cost USD 5,300 (singular.net, 2024-05-02, confidence M). The rate is that
   *       limit's price, 500,000 coins per USD 5,300 = 50 coins per USD 0.53 (USD 0.0106 a coin,
   *       written in lowest terms so the optimiser works in steps of 50 coins); smaller amounts are
   *       assumed pro rata, rounded up to the cent (1,000 coins: USD 10.60). A request above the
   *       limit is bought as TikTok's shop sells it, several custom purchases (two of 500,000 for
   *       1,000,000 coins: USD 10,600). No web package has a price sourced for 2024, so none is
   *       sold (the 2022 price of 70 coins is not carried forward).
   * </ul>
   *
   * <p>The assumptions are carried in every quote.
   *
   * @param date the day
   * @return the US web list in force that day
   * @throws NullPointerException if {@code date} is null
   */
  public static CoinPriceList unitedStatesWeb(LocalDate date) {
    if (Checks.notNull(date, "date").isBefore(WEB_CUSTOM_LIMIT_FROM)) {
      CoinPackage sourced = CoinPackage.of(70, Money.of("0.74", "USD"));
      return CoinPriceList.builder().name("US web (ladder C)").currency(Money.currency("USD")).period("2022-03-16")
          .source(WEB_2022_SOURCE)
          .addPackages(sourced)
          .customRate(sourced)
          .addAssumptions(
              "Only 70 coins = USD 0.74 is sourced; the other web packages (70-17,500 coins) have no sourced price"
                  + " and are left out.",
              "Custom amounts are priced pro rata at 70 coins per USD 0.74 (about 25% below in-app), rounded up to"
                  + " the cent; custom-amount limits are unknown and not modelled.")
          .build();
    }
    return CoinPriceList.builder().name("US web (custom amounts)").currency(Money.currency("USD"))
        .period(WEB_CUSTOM_LIMIT_FROM.toString())
        .source("singular.net (2024-05-02): web custom amounts up to 500,000 coins for USD 5,300. Confidence M.")
        .customRate(CoinPackage.of(50, Money.of("0.53", "USD")))
        .customLimit(WEB_CUSTOM_LIMIT)
        .addAssumptions(
            "Custom amounts below 500,000 coins are priced pro rata at the limit's price (500,000 coins per"
                + " USD 5,300, that is 50 coins per USD 0.53), rounded up to the cent.",
            "No web package (70-17,500 coins) has a price sourced for 2024: none is sold here.")
        .build();
  }

  /**
   * The UK iOS in-app prices: 40 = GBP 0.49 · 65 = 0.89 · 330 = 4.49 · 660 = 8.99 · 1,321 = 17.99 ·
   * 3,303 = 44.99 · 6,607 = 89.99 · 16,500 = 219.99 (apps.uk, undated; DOMAIN.md §8, confidence
   * L–M). In-app, so no custom amounts (singular.net, 2024-05-02, confidence M); a pack below 40
   * coins ({@link #IN_APP_SMALLEST_PACK}) has no sourced UK price and is left out.
   *
   * @return the UK iOS ladder
   */
  public static CoinPriceList unitedKingdomIos() {
    return CoinPriceList.builder().name("UK iOS in-app").currency(Money.currency("GBP")).period("undated")
        .source("apps.uk (DOMAIN.md section 8). Confidence L-M. No custom amount in-app: " + SINGULAR)
        .addPackages(gbp(40, "0.49"), gbp(65, "0.89"), gbp(330, "4.49"), gbp(660, "8.99"), gbp(1_321, "17.99"),
            gbp(3_303, "44.99"), gbp(6_607, "89.99"), gbp(16_500, "219.99"))
        .addAssumptions(smallestPackLeftOut(40))
        .build();
  }

  private static String smallestPackLeftOut(long smallestPriced) {
    return "In-app packs start at " + IN_APP_SMALLEST_PACK + " (" + SINGULAR.replace(". Confidence M.", ", confidence M")
        + "), but no price below " + smallestPriced + " coins is sourced: those packs are left out.";
  }

  private static CoinPackage usd(long coins, String price) {
    return CoinPackage.of(coins, Money.of(price, "USD"));
  }

  private static CoinPackage gbp(long coins, String price) {
    return CoinPackage.of(coins, Money.of(price, "GBP"));
  }
}
