package io.github.monetik.coins;

import io.github.monetik.internal.Checks;
import io.github.monetik.money.Coins;
import io.github.monetik.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A number of coins sold together at one price, for example 330 coins for USD 4.99. A quote's
 * custom amount is a package too (the coins asked for, at their rounded price).
 *
 * <pre>{@code
 * CoinPackage p = CoinPackage.of(330, Money.of("4.99", "USD"));   // 330 coins for USD 4.99
 * p.pricePerCoin();                                              // USD 0.01512121
 * }</pre>
 */
public final class CoinPackage implements Comparable<CoinPackage> {
  /** Decimals of {@link #pricePerCoin()} and {@link CoinQuote#pricePerCoin()}, rounded half-even. */
  public static final int PER_COIN_DECIMALS = 8;

  private final Coins coins;
  private final Money price;

  private CoinPackage(Coins coins, Money price) {
    this.coins = coins;
    this.price = price;
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
    Checks.notNull(coins, "coins");
    Checks.notNull(price, "price");
    if (coins.isZero()) {
      throw new IllegalArgumentException("coins must be >= 1, was " + coins);
    }
    if (!price.isPositive()) {
      throw new IllegalArgumentException("price must be > 0, was " + price);
    }
    if (!price.isRounded()) {
      throw new IllegalArgumentException("price must be rounded to the currency's minor unit, was " + price);
    }
    return new CoinPackage(coins, price);
  }

  /**
   * {@return the package}
   *
   * @param coins how many coins, {@code >= 1}
   * @param price what they cost (see {@link #of(Coins, Money)})
   * @throws IllegalArgumentException if {@code coins} is below 1 or the price is not a positive
   *     amount rounded to its currency's minor unit
   */
  public static CoinPackage of(long coins, Money price) {
    if (coins < 1) {
      throw new IllegalArgumentException("coins must be >= 1, was " + coins);
    }
    return of(Coins.of(coins), price);
  }

  /** {@return how many coins} */
  public Coins coins() {
    return coins;
  }

  /** {@return what the package costs} */
  public Money price() {
    return price;
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

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof CoinPackage p && p.coins.equals(coins) && p.price.equals(price);
  }

  @Override
  public int hashCode() {
    return Objects.hash(coins, price);
  }

  /** {@return for example {@code 330 coins for USD 4.99}} */
  @Override
  public String toString() {
    return coins + " for " + price;
  }
}
