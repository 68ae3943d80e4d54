package io.github.monetik.coins;

import io.github.monetik.internal.Checks;
import io.github.monetik.internal.TextTable;
import io.github.monetik.money.Coins;
import io.github.monetik.money.Money;
import io.github.monetik.report.Provenance;
import io.github.monetik.report.Rows;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The cheapest way to get at least a number of coins on one channel: which packages, how many of
 * each, the custom amounts if the channel sells them, what it all costs, and what one coin costs.
 * From {@link CoinShop#quote(Coins, Channel)}; credit it to a {@link CoinWallet}.
 *
 * <p>Exact: no cheaper combination of the list's packages and custom amounts holds at least
 * {@link #requested()} coins; among equally cheap ones the quote holds the most coins. The price is
 * a sum of list prices, so it is exact in the currency's minor unit. The quote carries its price
 * list, so every number can be traced to a source and to the {@link #assumptions()} made, and the
 * {@link #provenance()} of the rules it was computed on. Immutable and safe to share between threads.
 *
 * <pre>{@code
 * CoinQuote q = Monetik.defaults().coins().quote(Coins.of(1_000), Channel.IOS);
 * q.price();         // USD 15.84
 * q.packages();      // {65 coins for USD 0.99=16}
 * q.surplus();       // 40 coins
 * q.rows();          // one row per purchase: purchase, coins, quantity, price, subtotal, currency
 * }</pre>
 */
public final class CoinQuote {
  private final Coins requested;
  private final Channel channel;
  private final CoinPriceList priceList;
  private final Map<CoinPackage, Long> packages;
  private final Map<CoinPackage, Long> customAmounts;
  private final Coins coins;
  private final Money price;
  private final Provenance provenance;

  CoinQuote(Coins requested, Channel channel, CoinPriceList priceList, Map<CoinPackage, Long> packages,
      Map<CoinPackage, Long> customAmounts, Coins coins, Money price, Provenance provenance) {
    this.requested = requested;
    this.channel = channel;
    this.priceList = priceList;
    this.packages = Collections.unmodifiableMap(new LinkedHashMap<>(packages));
    this.customAmounts = Collections.unmodifiableMap(new LinkedHashMap<>(customAmounts));
    this.coins = coins;
    this.price = price;
    this.provenance = provenance;
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

  /** {@return where the rules of this quote come from (the shop's provenance)} */
  public Provenance provenance() {
    return provenance;
  }

  /** {@return each package to buy and how many of it, largest package first; never a zero count} */
  public Map<CoinPackage, Long> packages() {
    return packages;
  }

  /**
   * {@return the custom amounts to buy, each as its coins at their price (rounded up to the minor
   *     unit as the price list states), and how many of it, largest first; empty when none. At most
   *     two entries: purchases at the list's {@link CoinPriceList#customLimit() custom limit}, as
   *     many as needed, and one for the rest; without a limit, at most one purchase}
   */
  public Map<CoinPackage, Long> customAmounts() {
    return customAmounts;
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

  /**
   * The purchases as export rows (CSV, JSON, a data frame): packages first, largest first, then
   * custom amounts, largest first. The columns, in this order: {@code purchase} (text:
   * {@code package} or {@code custom}), {@code coins} (count: the coins of one purchase),
   * {@code quantity} (count: how many such purchases), {@code price} (amount: one purchase's price),
   * {@code subtotal} (amount: quantity x price) and {@code currency} (text). The coins times the
   * quantities add up to {@link #coins()}, the subtotals to {@link #price()}.
   *
   * @return one row per kind of purchase
   */
  public Rows rows() {
    Rows.Builder b = Rows.builder().text("purchase").count("coins").count("quantity").amount("price")
        .amount("subtotal").text("currency");
    String currency = price.currency().getCurrencyCode();
    packages.forEach((p, n) -> b.row("package", p.coins().count(), n, p.price().amount(),
        p.price().multipliedBy(n).amount(), currency));
    customAmounts.forEach((p, n) -> b.row("custom", p.coins().count(), n, p.price().amount(),
        p.price().multipliedBy(n).amount(), currency));
    return b.build();
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof CoinQuote q && q.requested.equals(requested) && q.channel == channel
        && q.priceList.equals(priceList) && q.packages.equals(packages) && q.customAmounts.equals(customAmounts)
        && q.coins.equals(coins) && q.price.equals(price) && q.provenance.equals(provenance);
  }

  @Override
  public int hashCode() {
    return Objects.hash(requested, channel, priceList, packages, customAmounts, coins, price, provenance);
  }

  /**
   * {@return a small table: one line per purchase, the total, the per-coin price, then the
   *     assumptions and the provenance's notes}
   */
  @Override
  public String toString() {
    TextTable t = TextTable.of("", "").leftAligned(1);
    packages.forEach((p, n) -> t.row(n + " x " + p, p.price().multipliedBy(n)));
    customAmounts.forEach((p, n) -> t.row((n == 1 ? "" : n + " x ") + "custom amount of " + p.coins(),
        p.price().multipliedBy(n)));
    t.row("total", price + " for " + coins + " (" + surplus() + " surplus), " + pricePerCoin() + " per coin");
    StringBuilder b = new StringBuilder("Quote: at least ").append(requested).append(" on ").append(channel)
        .append(" (").append(priceList.name()).append(", ").append(priceList.period()).append(")\n")
        .append(t.render("  "));
    for (String a : assumptions()) {
      b.append("\n  assumes: ").append(a);
    }
    return notes(b, provenance).toString();
  }

  /** Appends the provenance's notes, one line each, as every coins result ends. */
  static StringBuilder notes(StringBuilder b, Provenance provenance) {
    for (String n : Checks.notNull(provenance, "provenance").notes()) {
      b.append("\n  note: ").append(n);
    }
    return b;
  }
}
