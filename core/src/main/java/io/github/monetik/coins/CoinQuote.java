package io.github.monetik.coins;

import io.github.monetik.money.Coins;
import io.github.monetik.money.Money;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The cheapest way to get at least a number of coins on one channel: which packages, how many of
 * each, the custom amount if the channel sells one, what it all costs, and what one coin costs.
 * From {@link CoinShop#quote(Coins, Channel)}; credit it to a {@link CoinWallet}.
 *
 * <p>Exact: no cheaper combination of the list's packages (and one custom amount) holds at least
 * {@link #requested()} coins; among equally cheap ones the quote holds the most coins. The price is
 * a sum of list prices, so it is exact in the currency's minor unit. The quote carries its price
 * list, so every number can be traced to a source and to the {@link #assumptions()} made.
 *
 * <pre>{@code
 * CoinQuote q = Monetik.defaults().coins().quote(Coins.of(1_000), Channel.IOS);
 * q.price();         // USD 15.84
 * q.packages();      // {65 coins for USD 0.99=16}
 * q.surplus();       // 40 coins
 * }</pre>
 */
public final class CoinQuote {
  private final Coins requested;
  private final Channel channel;
  private final CoinPriceList priceList;
  private final Map<CoinPackage, Long> packages;
  private final @Nullable CoinPackage custom;
  private final Coins coins;
  private final Money price;

  CoinQuote(Coins requested, Channel channel, CoinPriceList priceList, Map<CoinPackage, Long> packages,
      @Nullable CoinPackage custom, Coins coins, Money price) {
    this.requested = requested;
    this.channel = channel;
    this.priceList = priceList;
    this.packages = Collections.unmodifiableMap(new LinkedHashMap<>(packages));
    this.custom = custom;
    this.coins = coins;
    this.price = price;
  }

  /** {@return the coins asked for} */
  public Coins requested() {
    return requested;
  }

  /** {@return the channel quoted} */
  public Channel channel() {
    return channel;
  }

  /** {@return the price list the quote was computed from (its source, period and assumptions)} */
  public CoinPriceList priceList() {
    return priceList;
  }

  /** {@return each package to buy and how many of it, largest package first; never a zero count} */
  public Map<CoinPackage, Long> packages() {
    return packages;
  }

  /**
   * {@return the custom amount to buy (its coins at their price, rounded up to the minor unit as the price list states), or empty if none}
   */
  public Optional<CoinPackage> customAmount() {
    return Optional.ofNullable(custom);
  }

  /** {@return the coins bought: at least {@link #requested()}} */
  public Coins coins() {
    return coins;
  }

  /** {@return coins bought beyond the request} */
  public Coins surplus() {
    return coins.minus(requested);
  }

  /** {@return the total price, exact} */
  public Money price() {
    return price;
  }

  /**
   * {@return the price of one coin bought ({@link #price()} / {@link #coins()}), to {@value CoinPackage#PER_COIN_DECIMALS} decimals, rounded half-even}
   */
  public Money pricePerCoin() {
    return CoinPackage.perCoin(price, coins);
  }

  /** {@return what the price list assumes where the sources are silent (empty when nothing)} */
  public List<String> assumptions() {
    return priceList.assumptions();
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof CoinQuote q && q.requested.equals(requested) && q.channel == channel
        && q.priceList.equals(priceList) && q.packages.equals(packages) && Objects.equals(q.custom, custom)
        && q.coins.equals(coins) && q.price.equals(price);
  }

  @Override
  public int hashCode() {
    return Objects.hash(requested, channel, priceList, packages, custom, coins, price);
  }

  /** {@return a small table: one line per purchase, the total, the per-coin price and the assumptions} */
  @Override
  public String toString() {
    List<String[]> rows = new ArrayList<>();
    packages.forEach((p, n) -> rows.add(new String[] {n + " x " + p, p.price().multipliedBy(n).toString()}));
    if (custom != null) {
      rows.add(new String[] {"custom amount of " + custom.coins(), custom.price().toString()});
    }
    int width = "total".length();
    for (String[] row : rows) {
      width = Math.max(width, row[0].length());
    }
    StringBuilder b = new StringBuilder("Quote: at least ").append(requested).append(" on ").append(channel)
        .append(" (").append(priceList.name()).append(", ").append(priceList.period()).append(")\n");
    for (String[] row : rows) {
      b.append(String.format("  %-" + width + "s  %s%n", row[0], row[1]));
    }
    b.append(String.format("  %-" + width + "s  %s for %s (%s surplus), %s per coin", "total", price, coins,
        surplus(), pricePerCoin()));
    for (String a : assumptions()) {
      b.append("\n  assumes: ").append(a);
    }
    return b.toString();
  }
}
