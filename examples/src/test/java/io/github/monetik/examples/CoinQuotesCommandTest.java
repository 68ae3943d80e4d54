package io.github.monetik.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CoinQuotesCommandTest extends CommandTest {
  @Test
  void withoutAChannelItShowsTheCheapestQuoteAndTheComparison() {
    assertThat(run("coin-quotes", "1,000")).isZero();
    assertThat(out()).startsWith("Cheapest channel:\nQuote: at least 1,000 coins on WEB (US web (custom amounts), 2024-05-02)\n")
        .contains("custom amount of 1,000 coins  USD 10.60")
        .contains("At least 1,000 coins, channel by channel (US (USD))")
        .contains("  IOS      USD 15.84  1,040 coins  40 coins  USD 0.01523077  US iOS in-app (ladder B)")
        .contains("  ANDROID  USD 14.85  1,050 coins  50 coins  USD 0.01414286");
    assertThat(err()).isEmpty();
  }

  @Test
  void aChannelIsQuotedInFullCaseInsensitively() {
    assertThat(run("coin-quotes", "--channel", "ios", "12345")).isZero();
    assertThat(out()).startsWith("On IOS:\nQuote: at least 12,345 coins on IOS")
        .contains("19 x 330 coins for USD 4.99    USD 94.81").contains("USD 186.76 for 12,345 coins");
  }

  @Test
  void badArgumentsPrintOneLineAndTheUsageAndExitWith2() {
    assertThat(run("coin-quotes", "-5")).isEqualTo(2);
    assertThat(err()).startsWith("monetik-examples coin-quotes: AMOUNT must be a whole number of coins such as 1000 or 1,000, was '-5'\n"
        + "Usage: monetik-examples coin-quotes [-hV] [--channel=CHANNEL] AMOUNT\n");
    err.reset();
    assertThat(run("coin-quotes", "0")).isEqualTo(2);
    assertThat(err()).startsWith("monetik-examples coin-quotes: AMOUNT must be at least 1 coin, was '0'");
    err.reset();
    assertThat(run("coin-quotes", "--channel", "fax", "10")).isEqualTo(2);
    assertThat(err()).startsWith("monetik-examples coin-quotes: Invalid value for option '--channel': expected one of [WEB, IOS, ANDROID]"
        + " (case-insensitive) but was 'fax'");
    err.reset();
    assertThat(run("coin-quotes", "10", "--channel")).isEqualTo(2);
    assertThat(err()).startsWith("monetik-examples coin-quotes: Missing required parameter for option '--channel' (CHANNEL)");
    err.reset();
    assertThat(run("coin-quotes")).isEqualTo(2);
    assertThat(err()).startsWith("monetik-examples coin-quotes: Missing required parameter: 'AMOUNT'");
    err.reset();
    assertThat(run("coin-quotes", "10", "20")).isEqualTo(2);
    assertThat(err()).startsWith("monetik-examples coin-quotes: Unmatched argument at index 2: '20'");
    assertThat(out()).isEmpty();
  }

  @Test
  void anOverflowOnTheChannelAskedForNamesThatChannel() {
    // Issue 18: this used to blame WEB, the first channel of the comparison run before the quote.
    assertThat(run("coin-quotes", "--channel", "IOS", "9223372036854775807")).isEqualTo(1);
    assertThat(err()).contains("coin-quotes: coins: 9,223,372,036,854,775,807 coins on IOS cost or hold more than").doesNotContain("WEB");
    err.reset();
    assertThat(run("coin-quotes", "9223372036854775807")).isEqualTo(1);
    assertThat(err()).contains("coin-quotes: coins: comparing every channel of 'US (USD)': 9,223,372,036,854,775,807 coins on WEB");
  }

  @Test
  void helpListsIt() {
    assertThat(run("coin-quotes", "--help")).isZero();
    assertThat(out()).contains("Usage: monetik-examples coin-quotes [-hV] [--channel=CHANNEL] AMOUNT").contains("WEB, IOS, ANDROID");
  }
}
