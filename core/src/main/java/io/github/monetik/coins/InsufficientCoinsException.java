package io.github.monetik.coins;

import io.github.monetik.money.Coins;

/**
 * Thrown by {@link CoinWallet#spend(Coins)} when a wallet holds fewer coins than asked: the wallet
 * is unchanged, and the exception says how many coins are missing (buy at least {@link #missing()}
 * more, for example with {@link CoinShop#quote}).
 */
public final class InsufficientCoinsException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The wallet's balance in coins when the spend was refused. */
  private final long balance;
  /** The coins the refused spend asked for. */
  private final long requested;

  /**
   * @param balance what the wallet holds
   * @param requested what was to be spent, more than {@code balance}
   */
  InsufficientCoinsException(Coins balance, Coins requested) {
    super("coins: cannot spend " + requested + " from a balance of " + balance + ", "
        + requested.minus(balance) + " missing");
    this.balance = balance.count();
    this.requested = requested.count();
  }

  /** {@return what the wallet holds} */
  public Coins balance() {
    return Coins.of(balance);
  }

  /** {@return what was to be spent} */
  public Coins requested() {
    return Coins.of(requested);
  }

  /** {@return how many coins are missing: {@code requested - balance}, at least 1} */
  public Coins missing() {
    return Coins.of(requested - balance);
  }
}
