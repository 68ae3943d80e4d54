package io.github.monetik.coins;

import io.github.monetik.internal.Checks;
import io.github.monetik.internal.TextTable;
import io.github.monetik.money.Coins;
import io.github.monetik.report.Provenance;
import io.github.monetik.report.Rows;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One request quoted on every channel of a market, side by side, from {@link CoinShop#compare}.
 * Immutable and safe to share between threads.
 *
 * <pre>{@code
 * CoinComparison c = Monetik.defaults().coins().compare(Coins.of(1_000));
 * c.cheapest().channel();   // WEB
 * System.out.println(c);    // a small table, one row per channel
 * }</pre>
 */
public final class CoinComparison {
  private final Coins requested;
  private final String market;
  private final List<CoinQuote> quotes;
  private final Provenance provenance;

  CoinComparison(Coins requested, String market, List<CoinQuote> quotes, Provenance provenance) {
    this.requested = requested;
    this.market = market;
    this.quotes = List.copyOf(quotes);
    this.provenance = provenance;
  }

  /** {@return the coins asked for} */
  public Coins requested() {
    return requested;
  }

  /** {@return the market's name ({@link CoinPrices#name()})} */
  public String market() {
    return market;
  }

  /** {@return where the rules of this comparison come from (the shop's provenance)} */
  public Provenance provenance() {
    return provenance;
  }

  /** {@return one quote per channel the market sells on, in {@link Channel} order; never empty} */
  public List<CoinQuote> quotes() {
    return quotes;
  }

  /**
   * {@return its quote, or empty if the market does not sell on it}
   *
   * @param channel a channel
   * @throws NullPointerException if {@code channel} is null
   */
  public Optional<CoinQuote> quote(Channel channel) {
    Checks.notNull(channel, "channel");
    return quotes.stream().filter(q -> q.channel() == channel).findFirst();
  }

  /**
   * {@return the quote with the lowest price; on a tie, the one with more coins, then the first in {@link Channel} order}
   *
   * @throws io.github.monetik.money.CurrencyMismatchException if the market's channels price in
   *     different currencies (no bundled market does)
   */
  public CoinQuote cheapest() {
    CoinQuote best = quotes.get(0);
    for (CoinQuote q : quotes) {
      int byPrice = q.price().compareTo(best.price());
      if (byPrice < 0 || (byPrice == 0 && q.coins().compareTo(best.coins()) > 0)) {
        best = q;
      }
    }
    return best;
  }

  /**
   * The quotes as export rows (CSV, JSON, a data frame), in {@link Channel} order. The columns, in
   * this order: {@code channel} (text), {@code requested}, {@code coins}, {@code surplus} (counts;
   * coins = requested + surplus), {@code price}, {@code per_coin} (amounts, exact), {@code currency}
   * and {@code price_list} (text).
   *
   * @return one row per channel
   */
  public Rows rows() {
    Rows.Builder b = Rows.builder().text("channel").count("requested").count("coins").count("surplus")
        .amount("price").amount("per_coin").text("currency").text("price_list");
    for (CoinQuote q : quotes) {
      b.row(q.channel().name(), q.requested().count(), q.coins().count(), q.surplus().count(), q.price().amount(),
          q.pricePerCoin().amount(), q.price().currency().getCurrencyCode(), q.priceList().name());
    }
    return b.build();
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof CoinComparison c && c.requested.equals(requested) && c.market.equals(market)
        && c.quotes.equals(quotes) && c.provenance.equals(provenance);
  }

  @Override
  public int hashCode() {
    return Objects.hash(requested, market, quotes, provenance);
  }

  /**
   * {@return a table: channel, price, coins bought, surplus, price per coin, price list; then the
   *     provenance's notes}
   */
  @Override
  public String toString() {
    TextTable t = TextTable.of("channel", "price", "coins", "surplus", "per coin", "price list").leftAligned(5);
    for (CoinQuote q : quotes) {
      t.row(q.channel(), q.price(), q.coins(), q.surplus(), q.pricePerCoin(), q.priceList().name());
    }
    StringBuilder b = new StringBuilder("At least ").append(requested).append(", channel by channel (")
        .append(market).append(")\n").append(t.render("  "));
    return CoinQuote.notes(b, provenance).toString();
  }
}
