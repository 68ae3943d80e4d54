package io.github.monetik.rules;

import org.jspecify.annotations.Nullable;
import io.github.monetik.internal.Checks;
import java.time.LocalDate;
import io.github.monetik.coins.Channel;
import io.github.monetik.coins.CoinPackage;
import io.github.monetik.coins.CoinPriceList;
import io.github.monetik.coins.CoinPrices;
import io.github.monetik.money.Money;

/**
 * Sourced coin price lists: what viewers pay for coins, channel by channel. Every number names its
 * source, period and confidence (H = official or several agreeing sources, M = reliable secondary,
 * L = single blog), as collected in the project's {@code DOMAIN.md} §1. TikTok publishes no dated
 * official price list; three US ladders conflict (DOMAIN.md, open question 1), so each is kept as
 * its own list and none is invented where the sources are silent.
 */
public final class CoinPresets {
  private CoinPresets() {}

  /**
   * The coin prices on a day: the US market ({@link #us()}) on every date, as the sources give no
   * dated history of coin prices.
   *
   * @param date the day
   * @return the policy in force that day
   */
  public static CoinPrices asOf(LocalDate date) {
    Checks.notNull(date, "date");
    return us();
  }

  /**
   * The coin prices a buyer in a country sees on a day: the United Kingdom's ({@link #uk()}) for
   * {@code GB}, the US market's ({@link #us()}) for every other country, as the sources give no
   * other market's prices.
   *
   * @param date the day
   * @param country an ISO 3166-1 alpha-2 code, or null for no country
   * @return the coin prices there that day
   */
  public static CoinPrices asOf(LocalDate date, @Nullable String country) {
    Checks.notNull(date, "date");
    return "GB".equals(country) ? uk() : us();
  }

  private static final String WEB_SOURCE = "the-sun.com/tech/4910045 (2022-03-16), tiktok.com/coin: from 70 coins"
      + " = USD 0.74, packages 70-17,500 plus a custom amount. Confidence M. Web vs in-app: appsnaptik.com;"
      + " tiktokcalculator.net/guides/tiktok-coins/ (web 25-30% cheaper). Confidence M.";

  /**
   * Ladder A, the older US in-app prices, about 1.43 US cents a coin: 70 = USD 0.99 · 350 = 4.99 ·
   * 700 = 9.99 · 1,400 = 19.99 · 3,500 = 49.99 · 7,000 = 99.99 · 17,500 = 249.99.
   *
   * <p>Sources: backtofrontshow.com/how-much-are-tiktok-gifts-worth/; collectivadvertising.com.
   * Undated ("older in-app"). Confidence M.
   *
   * @return the legacy US in-app ladder
   */
  public static CoinPriceList legacyInAppUsd() {
    return ladderA("US in-app (legacy, ladder A)").build();
  }

  private static CoinPriceList.Builder ladderA(String name) {
    return CoinPriceList.builder().name(name).currency(Money.currency("USD")).period("older in-app, undated")
        .source("backtofrontshow.com/how-much-are-tiktok-gifts-worth/; collectivadvertising.com. Confidence M.")
        .addPackages(usd(70, "0.99"), usd(350, "4.99"), usd(700, "9.99"), usd(1_400, "19.99"),
        usd(3_500, "49.99"), usd(7_000, "99.99"), usd(17_500, "249.99"));
  }

  /**
   * The Android channel's list in the US: ladder A ({@link #legacyInAppUsd()}) under another name,
   * as an assumption. No sourced Android ladder exists; DOMAIN.md §1 says Android "usually sits
   * between web and iOS" (appsnaptik.com; tiktokcalculator.net, confidence M), and ladder A, about
   * 1.41 cents a coin at its cheapest, is the one sourced ladder between the web (about 1.06 cents)
   * and iOS (about 1.51 cents).
   *
   * @return the assumed US Android ladder
   */
  public static CoinPriceList androidUsd() {
    return ladderA("US Android in-app (assumed: ladder A)")
        .addAssumptions("No sourced Android price list: Android is given the older in-app ladder A, which sits"
            + " between web and iOS as the sources say Android usually does.")
        .build();
  }

  /**
   * Ladder B, the US iOS in-app prices (the app store's cut included), about 1.52 US cents a coin:
   * 65 = USD 0.99 · 330 = 4.99 · 660 = 9.99 · 1,321 = 19.99 · 3,303 = 49.99 · 6,607 = 99.99 ·
   * 16,500 = 249.99. The library's suggested default for in-app (DOMAIN.md), about 2022-2025.
   *
   * <p>Sources: sportskeeda.com (Lion article); bloc4you.com/?p=8857. Confidence M.
   *
   * @return the US iOS ladder
   */
  public static CoinPriceList iosUsd() {
    return CoinPriceList.builder().name("US iOS in-app (ladder B)").currency(Money.currency("USD"))
        .period("about 2022-2025").source("sportskeeda.com (Lion article); bloc4you.com/?p=8857. Confidence M.")
        .addPackages(usd(65, "0.99"), usd(330, "4.99"), usd(660, "9.99"), usd(1_321, "19.99"),
        usd(3_303, "49.99"), usd(6_607, "99.99"), usd(16_500, "249.99")).build();
  }

  /**
   * Ladder C, the US website (tiktok.com/coin), with custom amounts. Only one price is sourced:
   * 70 coins = USD 0.74 (the-sun.com/tech/4910045, 2022-03-16, confidence M), about 25% below
   * in-app, as the sources say the web is (appsnaptik.com; tiktokcalculator.net, confidence M).
   *
   * <p>Modelled honestly from that one point: the list sells the 70-coin package, and custom amounts
   * of any size at the same rate, 70 coins per USD 0.74 (USD 0.0105714… a coin), each rounded up to
   * the cent. Assumptions, carried in every quote: the other web packages (70 to 17,500 coins) exist
   * but their prices are not sourced, so they are left out rather than invented; the custom rate and
   * its rounding up are assumed; custom-amount limits were not found and are not modelled.
   *
   * @return the US web ladder
   */
  public static CoinPriceList webUsd() {
    CoinPackage sourced = CoinPackage.of(70, Money.of("0.74", "USD"));
    return CoinPriceList.builder().name("US web (ladder C)").currency(Money.currency("USD")).period("2022-03-16")
        .source(WEB_SOURCE)
        .addPackages(sourced)
        .customRate(sourced)
        .addAssumptions(
            "Only 70 coins = USD 0.74 is sourced; the other web packages (70-17,500 coins) have no sourced price"
                + " and are left out.",
            "Custom amounts are priced pro rata at 70 coins per USD 0.74 (about 25% below in-app), rounded up to"
                + " the cent; custom-amount limits are unknown and not modelled.")
        .build();
  }

  /**
   * The UK iOS in-app prices. Only the two ends of the ladder are sourced: 65 = GBP 0.89 and
   * 16,500 = GBP 219.99 (apps.uk, undated; DOMAIN.md §1, read with ladder B, confidence M). The
   * packages between them are not sourced and are left out, so UK quotes use those two only.
   *
   * @return the UK iOS ladder (two packages)
   */
  public static CoinPriceList iosGbp() {
    return CoinPriceList.builder().name("UK iOS in-app").currency(Money.currency("GBP")).period("undated")
        .source("apps.uk (with ladder B's sources). Confidence M.")
        .addPackages(CoinPackage.of(65, Money.of("0.89", "GBP")), CoinPackage.of(16_500, Money.of("219.99", "GBP")))
        .addAssumptions("Only the smallest and largest UK packages are sourced; the packages between are left out.")
        .build();
  }

  /**
   * The US market: {@link Channel#WEB} by {@link #webUsd()}, {@link Channel#IOS} by {@link #iosUsd()}
   * and {@link Channel#ANDROID} by {@link #androidUsd()} (an assumption). The rules book's default;
   * no history is known, so it is the list for every date.
   *
   * @return the US coin prices
   */
  public static CoinPrices us() {
    return CoinPrices.builder().name("US (USD)")
        .putLadders(Channel.WEB, webUsd())
        .putLadders(Channel.IOS, iosUsd())
        .putLadders(Channel.ANDROID, androidUsd())
        .build();
  }

  /**
   * The UK market: only {@link Channel#IOS} is sourced ({@link #iosGbp()}); asking for another
   * channel is an error naming it.
   *
   * @return the UK coin prices
   */
  public static CoinPrices uk() {
    return CoinPrices.builder().name("UK (GBP)").putLadders(Channel.IOS, iosGbp()).build();
  }

  private static CoinPackage usd(long coins, String price) {
    return CoinPackage.of(coins, Money.of(price, "USD"));
  }
}
