package io.github.monetik.coins;

import io.github.monetik.money.Coins;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One request quoted on every channel of a market, side by side, from {@link CoinShop#compare}.
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

  CoinComparison(Coins requested, String market, List<CoinQuote> quotes) {
    this.requested = requested;
    this.market = market;
    this.quotes = List.copyOf(quotes);
  }

  /** {@return the coins asked for} */
  public Coins requested() {
    return requested;
  }

  /** {@return the market's name ({@link CoinPrices#name()})} */
  public String market() {
    return market;
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
    Objects.requireNonNull(channel, "channel");
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
   * this order: {@code channel} (text), {@code requested}, {@code coins}, {@code surplus}
   * ({@code Long}s; coins = requested + surplus), {@code price}, {@code per_coin} ({@code BigDecimal}s,
   * exact), {@code currency} and {@code price_list} (text).
   *
   * @return one row per channel
   */
  public List<Map<String, Object>> rows() {
    List<Map<String, Object>> out = new ArrayList<>(quotes.size());
    for (CoinQuote q : quotes) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("channel", q.channel().name());
      row.put("requested", q.requested().count());
      row.put("coins", q.coins().count());
      row.put("surplus", q.surplus().count());
      row.put("price", q.price().amount());
      row.put("per_coin", q.pricePerCoin().amount());
      row.put("currency", q.price().currency().getCurrencyCode());
      row.put("price_list", q.priceList().name());
      out.add(Collections.unmodifiableMap(row));
    }
    return Collections.unmodifiableList(out);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof CoinComparison c && c.requested.equals(requested) && c.market.equals(market)
        && c.quotes.equals(quotes);
  }

  @Override
  public int hashCode() {
    return Objects.hash(requested, market, quotes);
  }

  /** {@return a fixed-width table: channel, price, coins bought, surplus, price per coin, price list} */
  @Override
  public String toString() {
    String[] head = {"channel", "price", "coins", "surplus", "per coin", "price list"};
    String[][] rows = new String[quotes.size()][];
    int[] width = new int[head.length];
    for (int i = 0; i < quotes.size(); i++) {
      CoinQuote q = quotes.get(i);
      rows[i] = new String[] {q.channel().toString(), q.price().toString(), q.coins().toString(),
          q.surplus().toString(), q.pricePerCoin().toString(), q.priceList().name()};
    }
    for (int c = 0; c < head.length; c++) {
      width[c] = head[c].length();
      for (String[] row : rows) {
        width[c] = Math.max(width[c], row[c].length());
      }
    }
    StringBuilder b = new StringBuilder("At least ").append(requested).append(", channel by channel (")
        .append(market).append(")\n");
    appendRow(b, head, width);
    for (String[] row : rows) {
      b.append('\n');
      appendRow(b, row, width);
    }
    return b.toString();
  }

  private static void appendRow(StringBuilder b, String[] row, int[] width) {
    b.append(' ');
    for (int c = 0; c < row.length; c++) {
      // The channel left-aligned, numbers right-aligned; the last column (text) unpadded.
      String cell = c == row.length - 1 ? row[c] : String.format("%" + (c == 0 ? "-" : "") + width[c] + "s", row[c]);
      b.append(' ').append(cell);
    }
  }
}
