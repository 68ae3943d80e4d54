package io.github.monetik.coins;

import io.github.monetik.internal.Checks;
import io.github.monetik.internal.Door;
import io.github.monetik.report.Provenance;
import io.github.monetik.money.Coins;
import io.github.monetik.money.Money;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where coins are bought: quotes on a market's price lists. Immutable, thread-safe, cheap to make;
 * {@code Monetik.coins()} gives the one for its rules.
 *
 * <pre>{@code
 * CoinShop shop = Monetik.defaults().coins();
 * shop.quote(Coins.of(1_000), Channel.IOS).price();   // USD 15.84 (16 x 65 coins)
 * shop.quote(Coins.of(1_000), Channel.WEB).price();   // USD 10.60 (custom amount, at the 500,000-coin limit's rate)
 * shop.quote(Coins.of(1_000_000), Channel.WEB);        // two custom purchases of 500,000 coins, USD 10,600
 * System.out.println(shop.compare(Coins.of(1_000)));  // every channel side by side
 * }</pre>
 *
 * <p>Quotes are exact and fast. Above a threshold that depends only on the price list (0 coins for
 * the web and the older in-app ladder, 23,384 for US iOS, 5,079 for UK iOS), a quote's time and
 * memory depend on the list, not on the request: millions or trillions of coins cost a few
 * microseconds. Below it, a dynamic programme runs over at most the request plus the largest
 * package's coins.
 */
public final class CoinShop extends Door {
  private final CoinPrices prices;
  private final Provenance provenance;

  private CoinShop(CoinPrices prices, Provenance provenance) {
    super(prices, provenance);
    this.prices = prices;
    this.provenance = provenance;
  }

  /**
   * {@return a shop selling by these price lists}
   *
   * @param coinPrices the market's price lists
   * @param provenance where they come from, carried into every result
   * @throws NullPointerException if an argument is null
   */
  public static CoinShop of(CoinPrices coinPrices, Provenance provenance) {
    return new CoinShop(Checks.notNull(coinPrices, "coinPrices"), Checks.notNull(provenance, "provenance"));
  }

  /** {@return the price lists this shop sells by} */
  public CoinPrices coinPrices() {
    return prices;
  }

  /** {@return where this shop's rules come from} */
  public Provenance provenance() {
    return provenance;
  }

  /** {@return the channels this market sells coins on} */
  public Set<Channel> channels() {
    Set<Channel> all = EnumSet.noneOf(Channel.class);
    all.addAll(prices.ladders().keySet());
    return all;
  }

  /**
   * {@return its price list}
   *
   * @param channel a channel
   * @throws IllegalArgumentException if this market has no price list for {@code channel}
   * @throws NullPointerException if {@code channel} is null
   */
  public CoinPriceList priceList(Channel channel) {
    return prices.ladder(channel).orElseThrow(() -> new IllegalArgumentException("channel " + channel
        + " has no coin price list in '" + prices.name() + "' (it has " + channels() + ")"));
  }

  /**
   * {@return the packages it sells, smallest first}
   *
   * @param channel a channel
   * @throws IllegalArgumentException if this market has no price list for {@code channel}
   * @throws NullPointerException if {@code channel} is null
   */
  public List<CoinPackage> packages(Channel channel) {
    List<CoinPackage> sorted = new ArrayList<>(priceList(channel).packages());
    sorted.sort(null);
    return List.copyOf(sorted);
  }

  /**
   * The list price of a package this shop sells. A package from another market or an older list is
   * refused rather than priced silently: use {@link #quote} to price coins whatever they come in.
   *
   * @param coinPackage a package of one of this shop's price lists
   * @return its price
   * @throws IllegalArgumentException if no channel of this shop sells exactly that package
   * @throws NullPointerException if {@code coinPackage} is null
   */
  public Money priceOf(CoinPackage coinPackage) {
    Checks.notNull(coinPackage, "coinPackage");
    for (CoinPriceList list : prices.ladders().values()) {
      if (list.packages().contains(coinPackage)) {
        return coinPackage.price();
      }
    }
    throw new IllegalArgumentException("coinPackage " + coinPackage + " is not sold on any channel of '"
        + prices.name() + "'");
  }

  /**
   * The cheapest way to buy at least {@code coins} on {@code channel}: packages, and custom amounts
   * where the channel sells them (several purchases where a request exceeds the list's
   * {@link CoinPriceList#customLimit() custom limit}). Exact (an unbounded cover problem, solved by
   * a shortest-path search over the residues of the cheapest-per-coin package plus, for small
   * requests, dynamic programming; see the package's tests against brute force). Among equally
   * cheap ways, the one with the most coins.
   *
   * @param coins how many coins are wanted, at least 1
   * @param channel where they are bought
   * @return the quote, carrying this shop's provenance
   * @throws IllegalArgumentException if {@code coins} is zero or the market has no price list for
   *     {@code channel}
   * @throws NullPointerException if an argument is null
   * @throws ArithmeticException naming the coins and the channel if the coins bought or the price in
   *     minor units would exceed {@link Long#MAX_VALUE} (requests near {@code Long.MAX_VALUE} coins)
   */
  public CoinQuote quote(Coins coins, Channel channel) {
    return quote(coins, channel, "");
  }

  /** A quote whose overflow message starts with {@code context} (what the caller was doing). */
  private CoinQuote quote(Coins coins, Channel channel, String context) {
    Checks.notNull(coins, "coins");
    Checks.notNull(channel, "channel");
    if (coins.isZero()) {
      throw new IllegalArgumentException("coins must be >= 1 to quote, was " + coins);
    }
    CoinPriceList list = priceList(channel);
    CoverSolver.Solution s;
    try {
      s = list.solver().solve(coins.count());
    } catch (ArithmeticException e) {
      throw new ArithmeticException("coins: " + context + coins + " on " + channel
          + " cost or hold more than " + Long.MAX_VALUE + " minor units or coins");
    }
    Map<CoinPackage, Long> chosen = new LinkedHashMap<>();
    List<CoinPackage> order = new ArrayList<>(list.packages());
    order.sort(Comparator.reverseOrder());
    for (CoinPackage p : order) {
      long n = s.counts[list.packages().indexOf(p)];
      if (n > 0) {
        chosen.put(p, n);
      }
    }
    return new CoinQuote(coins, channel, list, chosen, customPurchases(list, s.customCoins, s.customPrice),
        Coins.of(s.coins), Money.ofMinor(s.price, list.currency()), provenance);
  }

  /**
   * The custom coins of a solution as purchases: as many at the list's limit as fit, then one for the
   * rest. The limit is a whole number of the rate's coins, so a purchase at the limit costs exactly
   * limit / rate.coins x rate.price, and the rest costs what remains of the solution's price.
   */
  private static Map<CoinPackage, Long> customPurchases(CoinPriceList list, long coins, long price) {
    Map<CoinPackage, Long> out = new LinkedHashMap<>();
    Optional<Coins> limit = list.customLimit();
    if (coins > 0 && limit.isEmpty()) {
      out.put(CoinPackage.of(coins, Money.ofMinor(price, list.currency())), 1L);
    } else if (coins > 0) {
      CoinPackage rate = list.customRate().orElseThrow();
      long most = limit.get().count();
      long atLimit = most / rate.coins().count() * rate.price().toMinorUnits();
      long full = coins / most;
      if (full > 0) {
        out.put(CoinPackage.of(most, Money.ofMinor(atLimit, list.currency())), full);
      }
      if (coins % most > 0) {
        out.put(CoinPackage.of(coins % most, Money.ofMinor(price - full * atLimit, list.currency())), 1L);
      }
    }
    return out;
  }

  /**
   * The same request quoted on every channel of the market, side by side.
   *
   * @param coins how many coins are wanted, at least 1
   * @return one quote per channel, carrying this shop's provenance
   * @throws IllegalArgumentException if {@code coins} is zero
   * @throws NullPointerException if {@code coins} is null
   * @throws ArithmeticException if a channel's quote would exceed {@link Long#MAX_VALUE} coins or
   *     minor units; the message says it arose comparing every channel and names the first channel
   *     that overflowed ({@code coins: comparing every channel of 'US (USD)': ... on WEB cost or hold
   *     more than ...}): quote one channel alone to hear about that one
   */
  public CoinComparison compare(Coins coins) {
    Checks.notNull(coins, "coins");
    List<CoinQuote> quotes = new ArrayList<>();
    for (Channel c : Channel.values()) {
      if (prices.ladders().containsKey(c)) {
        quotes.add(quote(coins, c, "comparing every channel of '" + prices.name() + "': "));
      }
    }
    return new CoinComparison(coins, prices.name(), quotes, provenance);
  }


  /** {@return the market and its price lists} */
  @Override
  public String toString() {
    return "CoinShop " + prices;
  }
}
