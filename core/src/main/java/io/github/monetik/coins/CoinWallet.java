package io.github.monetik.coins;

import io.github.monetik.internal.Checks;
import io.github.monetik.money.Coins;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A viewer's coin balance, immutable, with its history. {@link #credit} adds coins (bought with a
 * {@link CoinQuote}, or any other way), {@link #spend} takes them; every step returns a new wallet
 * and records an {@link Entry}. The balance never goes negative: spending more than it holds throws
 * {@link InsufficientCoinsException}, which says how many coins are missing, and leaves the wallet
 * as it was. The balance is always {@link #credited()} minus {@link #spent()}, and replaying the
 * {@link #history()} gives the same wallet ({@link #replay}).
 *
 * <pre>{@code
 * CoinQuote q = Monetik.defaults().coins().quote(Coins.of(1_000), Channel.WEB);
 * CoinWallet w = CoinWallet.empty().credit(q).spend(Coins.of(100));   // 900 coins
 * w.spend(Coins.of(29_999));          // InsufficientCoinsException: ... 29,099 coins missing
 * }</pre>
 *
 * <p>Each step takes constant time and memory (the history is shared, not copied).
 */
public final class CoinWallet {
  private static final CoinWallet EMPTY = new CoinWallet(null, 0, 0, 0, 0);

  /** The newest entry and, through it, all older ones (a persistent list, shared between wallets). */
  private final @Nullable Node newest;
  private final int size;
  private final long balance;
  private final long credited;
  private final long spent;

  private static final class Node {
    final Entry entry;
    final @Nullable Node older;

    Node(Entry entry, @Nullable Node older) {
      this.entry = entry;
      this.older = older;
    }
  }

  private CoinWallet(@Nullable Node newest, int size, long balance, long credited, long spent) {
    this.newest = newest;
    this.size = size;
    this.balance = balance;
    this.credited = credited;
    this.spent = spent;
  }

  /** {@return a wallet with no coins and no history} */
  public static CoinWallet empty() {
    return EMPTY;
  }

  /**
   * Rebuilds a wallet from a history: credits and spends applied in order.
   *
   * @param history entries, oldest first, for example another wallet's {@link #history()}
   * @return the wallet they lead to; equal to the wallet the history came from
   * @throws InsufficientCoinsException if a spend exceeds the balance at that point
   * @throws IllegalArgumentException if an entry's recorded balance disagrees with the replay
   * @throws NullPointerException naming {@code history}, or an entry by its place ({@code history[3]}), if null
   */
  public static CoinWallet replay(List<Entry> history) {
    CoinWallet w = EMPTY;
    for (Entry e : Checks.elements(history, "history")) {
      w = w.apply(e.kind(), e.coins(), e.quote().orElse(null));
      if (!w.balance().equals(e.balanceAfter())) {
        throw new IllegalArgumentException("history entry " + w.size + " says balance " + e.balanceAfter()
            + " but the replay gives " + w.balance());
      }
    }
    return w;
  }

  /**
   * {@return a new wallet holding them too}
   *
   * @param coins coins to add, at least 1
   * @throws IllegalArgumentException if {@code coins} is zero
   * @throws NullPointerException if {@code coins} is null
   * @throws ArithmeticException if the balance or the credits ever made would exceed
   *     {@link Long#MAX_VALUE} coins
   */
  public CoinWallet credit(Coins coins) {
    return apply(Movement.CREDIT, coins, null);
  }

  /**
   * {@return a new wallet holding them too}
   *
   * @param quote a purchase: its {@link CoinQuote#coins()} (surplus included) are added, and the
   *     entry keeps the quote
   * @throws NullPointerException if {@code quote} is null
   * @throws ArithmeticException if the balance or the credits ever made would exceed
   *     {@link Long#MAX_VALUE} coins
   */
  public CoinWallet credit(CoinQuote quote) {
    Checks.notNull(quote, "quote");
    return apply(Movement.CREDIT, quote.coins(), quote);
  }

  /**
   * {@return a new wallet without them}
   *
   * @param coins coins to take, at least 1 and at most the balance
   * @throws InsufficientCoinsException if {@code coins} is more than the balance (this wallet is
   *     unchanged; the exception says how many are missing)
   * @throws IllegalArgumentException if {@code coins} is zero
   * @throws NullPointerException if {@code coins} is null
   */
  public CoinWallet spend(Coins coins) {
    return apply(Movement.SPEND, coins, null);
  }

  /**
   * {@return true if the balance holds at least {@code coins}}
   *
   * @param coins coins to take
   * @throws NullPointerException if {@code coins} is null
   */
  public boolean canSpend(Coins coins) {
    return Checks.notNull(coins, "coins").count() <= balance;
  }

  private CoinWallet apply(Movement kind, Coins coins, @Nullable CoinQuote quote) {
    Checks.notNull(coins, "coins");
    if (coins.isZero()) {
      throw new IllegalArgumentException("coins to " + kind.name().toLowerCase(java.util.Locale.ROOT)
          + " must be >= 1, was " + coins);
    }
    long n = coins.count();
    if (kind == Movement.SPEND) {
      if (n > balance) {
        throw new InsufficientCoinsException(balance(), coins);
      }
      Entry e = new Entry(kind, coins, Coins.of(balance - n), null);
      return new CoinWallet(new Node(e, newest), size + 1, balance - n, credited, Math.addExact(spent, n));
    }
    long after;
    long total;
    try {
      after = Math.addExact(balance, n);
      total = Math.addExact(credited, n);
    } catch (ArithmeticException overflow) {
      throw new ArithmeticException("coins: crediting " + coins + " to a wallet that has received " + credited()
          + " would exceed " + Long.MAX_VALUE + " coins");
    }
    Entry e = new Entry(kind, coins, Coins.of(after), quote);
    return new CoinWallet(new Node(e, newest), size + 1, after, total, spent);
  }

  /** {@return the coins held, never negative} */
  public Coins balance() {
    return Coins.of(balance);
  }

  /** {@return all coins ever credited} */
  public Coins credited() {
    return Coins.of(credited);
  }

  /** {@return all coins ever spent; {@code balance = credited - spent}} */
  public Coins spent() {
    return Coins.of(spent);
  }

  /** {@return every credit and spend, oldest first} */
  public List<Entry> history() {
    List<Entry> out = new ArrayList<>(size);
    for (Node n = newest; n != null; n = n.older) {
      out.add(n.entry);
    }
    Collections.reverse(out);
    return Collections.unmodifiableList(out);
  }

  /** Equal when the histories are equal (and so the balances). */
  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof CoinWallet w && w.balance == balance && w.size == size && w.history().equals(history());
  }

  @Override
  public int hashCode() {
    return Objects.hash(balance, size);
  }

  /** {@return the balance and how many entries the history holds} */
  @Override
  public String toString() {
    return "CoinWallet[balance " + balance() + ", credited " + credited() + ", spent " + spent() + ", "
        + size + (size == 1 ? " entry" : " entries") + "]";
  }

  /** Whether an entry added or took coins. */
  public enum Movement {
    /** Coins added. */
    CREDIT,
    /** Coins taken. */
    SPEND
  }

  /** One step of a wallet's history: what happened, how many coins, and the balance after it. */
  public static final class Entry {
    private final Movement kind;
    private final Coins coins;
    private final Coins balanceAfter;
    private final @Nullable CoinQuote quote;

    Entry(Movement kind, Coins coins, Coins balanceAfter, @Nullable CoinQuote quote) {
      this.kind = kind;
      this.coins = coins;
      this.balanceAfter = balanceAfter;
      this.quote = quote;
    }

    /** {@return credit or spend} */
    public Movement kind() {
      return kind;
    }

    /** {@return the coins added or taken, at least 1} */
    public Coins coins() {
      return coins;
    }

    /** {@return the balance right after this entry} */
    public Coins balanceAfter() {
      return balanceAfter;
    }

    /** {@return the purchase behind a credit, if it came from a quote} */
    public Optional<CoinQuote> quote() {
      return Optional.ofNullable(quote);
    }

    @Override
    public boolean equals(@Nullable Object o) {
      return o instanceof Entry e && e.kind == kind && e.coins.equals(coins) && e.balanceAfter.equals(balanceAfter)
          && Objects.equals(e.quote, quote);
    }

    @Override
    public int hashCode() {
      return Objects.hash(kind, coins, balanceAfter, quote);
    }

    /** {@return for example {@code +1,000 coins -> 1,000 coins} or {@code -100 coins -> 900 coins}} */
    @Override
    public String toString() {
      return (kind == Movement.CREDIT ? "+" : "-") + coins + " -> " + balanceAfter
          + (quote == null ? "" : " (" + quote.channel() + ", " + quote.price() + ")");
    }
  }
}
