package io.github.monetik.coins;

import io.github.monetik.internal.Checks;
import io.github.monetik.money.Coins;
import io.github.monetik.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A number of coins sold together at one price, for example 330 coins for USD 4.99. A quote's
 * custom amount is a package too (the coins asked for, at their rounded price). A small value,
 * checked however it is made; equal when the coins and the prices are equal.
 *
 * <pre>{@code
 * CoinPackage p = CoinPackage.of(330, Money.of("4.99", "USD"));   // 330 coins for USD 4.99
 * p.pricePerCoin();                                              // USD 0.01512121
 * }</pre>
 *
 * @param coins how many coins, at least 1
 * @param price what they cost: positive, rounded to its currency's minor unit (a price one pays)
 */
public record CoinPackage(Coins coins, Money price) implements Comparable<CoinPackage> {
  /** Decimals of {@link #pricePerCoin()} and {@link CoinQuote#pricePerCoin()}, rounded half-even. */
  public static final int PER_COIN_DECIMALS = 8;

  /**
   * Checks the package; {@link #of(Coins, Money)} says the same in the java.time way.
   *
   * @param coins how many coins, {@code >= 1}
   * @param price what they cost: positive, rounded to its currency's minor unit
   * @throws IllegalArgumentException if {@code coins} is zero or the price is not positive or has
   *     more decimals than its currency
   * @throws NullPointerException if an argument is null
   */
  public CoinPackage {
    Checks.notNull(coins, "coins");
    Checks.notNull(price, "price");
    if (coins.isZero()) {
      throw Checks.invalid("coins", ">= 1", coins);
    }
    if (!price.isPositive()) {
      throw Checks.invalid("price", "> 0", price);
    }
    if (!price.isRounded()) {
      throw Checks.invalid("price", "rounded to the currency's minor unit", price);
    }
  }

  /**
   * {@return the package}
   *
   * @param coins how many coins, {@code >= 1}
   * @param price what they cost: positive, rounded to its currency's minor unit (a price one pays)
   * @throws IllegalArgumentException if {@code coins} is zero or the price is not positive or has
   *     more decimals than its currency
   * @throws NullPointerException if an argument is null
   */
  public static CoinPackage of(Coins coins, Money price) {
    return new CoinPackage(coins, price);
  }

  /**
   * {@return the package}
   *
   * @param coins how many coins, {@code >= 1}
   * @param price what they cost (see {@link #of(Coins, Money)})
   * @throws IllegalArgumentException if {@code coins} is below 1 or the price is not a positive
   *     amount rounded to its currency's minor unit
   * @throws NullPointerException if {@code price} is null
   */
  public static CoinPackage of(long coins, Money price) {
    return new CoinPackage(Coins.of(Checks.positive(coins, "coins")), price);
  }

  /** {@return the price of one coin, to {@value #PER_COIN_DECIMALS} decimals, rounded half-even} */
  public Money pricePerCoin() {
    return perCoin(price, coins);
  }

  static Money perCoin(Money price, Coins coins) {
    return Money.of(price.amount().divide(BigDecimal.valueOf(coins.count()), PER_COIN_DECIMALS, RoundingMode.HALF_EVEN),
        price.currency());
  }

  /**
   * Orders by coins, then by price amount, then by currency code (never throws for mixed currencies).
   *
   * @throws NullPointerException if {@code other} is null
   */
  @Override
  public int compareTo(CoinPackage other) {
    int byCoins = coins.compareTo(Checks.notNull(other, "other").coins);
    if (byCoins != 0) {
      return byCoins;
    }
    int byAmount = price.amount().compareTo(other.price.amount());
    return byAmount != 0 ? byAmount : price.currency().getCurrencyCode().compareTo(other.price.currency().getCurrencyCode());
  }

  /** {@return for example {@code 330 coins for USD 4.99}} */
  @Override
  public String toString() {
    return coins + " for " + price;
  }
}
