package io.github.monetik.examples;

import io.github.monetik.Monetik;
import io.github.monetik.coins.Channel;
import io.github.monetik.coins.CoinComparison;
import io.github.monetik.coins.CoinQuote;
import io.github.monetik.coins.CoinShop;
import io.github.monetik.money.Coins;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** {@code coins [--channel CH] AMOUNT}: the cheapest way to buy coins, and every channel side by side. */
final class CoinsCommand implements Command {
  @Override
  public String name() {
    return "coins";
  }

  @Override
  public String arguments() {
    return "[--channel WEB|IOS|ANDROID] AMOUNT";
  }

  @Override
  public String summary() {
    return "the cheapest way to buy AMOUNT coins, channels side by side";
  }

  @Override
  public int run(List<String> args, PrintStream out) throws UsageException {
    Channel channel = null;
    String amount = null;
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      if (a.equals("--channel")) {
        if (i + 1 == args.size()) {
          throw new UsageException("--channel needs one of " + Arrays.toString(Channel.values()));
        }
        channel = channel(args.get(++i));
      } else if (amount == null && !a.startsWith("--")) {
        amount = a;
      } else {
        throw new UsageException("unexpected argument '" + a + "'");
      }
    }
    if (amount == null) {
      throw new UsageException("AMOUNT is missing (a whole number of coins, for example 1000)");
    }
    Coins coins = coins(amount);
    CoinShop shop = Monetik.defaults().coins();
    // The channel asked for first, so that an error names it (comparing would name the first channel).
    CoinQuote chosen = channel == null ? null : shop.quote(coins, channel);
    CoinComparison all = shop.compare(coins);
    CoinQuote quote = chosen == null ? all.cheapest() : chosen;
    out.println(channel == null ? "Cheapest channel:" : "On " + channel + ":");
    out.println(quote);
    out.println();
    out.println(all);
    return 0;
  }

  private static Channel channel(String text) throws UsageException {
    try {
      return Channel.valueOf(text.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new UsageException("--channel must be one of " + Arrays.toString(Channel.values()) + ", was '" + text + "'");
    }
  }

  private static Coins coins(String text) throws UsageException {
    try {
      Coins coins = Coins.parse(text);
      if (coins.isZero()) {
        throw new UsageException("AMOUNT must be at least 1 coin, was '" + text + "'");
      }
      return coins;
    } catch (IllegalArgumentException e) {
      throw new UsageException("AMOUNT must be a whole number of coins such as 1000 or 1,000, was '" + text + "'");
    }
  }
}
