package io.github.monetik.coins;

/**
 * Where coins are bought. Each channel has its own price list in {@link CoinPrices}; a market may
 * leave a channel out (the bundled UK prices know only {@link #IOS}).
 */
public enum Channel {
  /**
   * The website (tiktok.com/coin): reported 25–30% cheaper than in-app, because no app store takes
   * a cut, and the only channel with custom amounts.
   */
  WEB,
  /** The iOS app: in-app purchase, Apple's cut included in the price. */
  IOS,
  /**
   * The Android app. No sourced Android ladder exists; the sources say Android "usually sits
   * between web and iOS". The bundled US prices therefore give Android the older in-app ladder
   * (70 coins = USD 0.99, about 1.41 US cents a coin), the one sourced ladder that lies between the
   * web (about 1.06 cents) and iOS (about 1.51 cents). That choice is an assumption, stated in the
   * price list's {@link CoinPriceList#assumptions()}; override it with {@link CoinPrices#withLadder}.
   */
  ANDROID
}
