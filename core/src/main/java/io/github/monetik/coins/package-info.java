/**
 * Coins as viewers buy them: the price lists TikTok sells coins by ({@link
 * io.github.monetik.coins.CoinPriceList}, one per {@link io.github.monetik.coins.Channel}), the
 * cheapest way to get a number of coins ({@link io.github.monetik.coins.CoinShop#quote}), channels
 * side by side, and an immutable {@link io.github.monetik.coins.CoinWallet} with its history.
 * Receives its price lists ({@link io.github.monetik.coins.CoinPrices}); never reads the rules book.
 */
@NullMarked
package io.github.monetik.coins;

import org.jspecify.annotations.NullMarked;
