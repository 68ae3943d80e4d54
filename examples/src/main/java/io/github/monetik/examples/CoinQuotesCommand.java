package io.github.monetik.examples;

import io.github.monetik.Monetik;
import io.github.monetik.coins.Channel;
import io.github.monetik.coins.CoinComparison;
import io.github.monetik.coins.CoinQuote;
import io.github.monetik.coins.CoinShop;
import io.github.monetik.money.Coins;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code coin-quotes [--channel CH] AMOUNT}: the cheapest way to buy coins, and every channel side by side. */
@Command(name = "coin-quotes", aliases = "coins", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
    description = {"The cheapest way to buy AMOUNT coins, channels side by side.",
        "The cheapest channel's quote (or the one of --channel) in full, then every channel's."})
final class CoinQuotesCommand extends ExampleCommand {
  @Option(names = "--channel", paramLabel = "CHANNEL",
      description = "quote this channel in full: ${COMPLETION-CANDIDATES} (any case); default: the cheapest")
  Channel channel;

  @Parameters(index = "0", paramLabel = "AMOUNT", converter = Converters.CoinAmount.class,
      description = "how many coins, a whole number such as 1000 or 1,000")
  Coins coins;

  @Override
  public Integer call() {
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
}
