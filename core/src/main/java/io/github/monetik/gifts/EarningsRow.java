package io.github.monetik.gifts;

import io.github.monetik.money.Coins;
import io.github.monetik.money.Diamonds;
import io.github.monetik.money.Money;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One part of a {@link LiveEarnings} breakdown (a gift, a sender, a host, a minute): gifts, coins,
 * the viewers' spend at the coin reference value, the creator's diamonds and cash and the platform's
 * cut. Within one breakdown the rows add up exactly to the whole (diamonds included: see
 * {@link LiveEarnings}).
 */
public final class EarningsRow {
  private final String label;
  private final @Nullable String name;
  private final long gifts;
  private final Coins coins;
  private final Money gross;
  private final Diamonds diamonds;
  private final Money creatorCash;
  private final Money platformCut;

  EarningsRow(String label, @Nullable String name, long gifts, Coins coins, Money gross, Diamonds diamonds,
      Money creatorCash, Money platformCut) {
    this.label = label;
    this.name = name;
    this.gifts = gifts;
    this.coins = coins;
    this.gross = gross;
    this.diamonds = diamonds;
    this.creatorCash = creatorCash;
    this.platformCut = platformCut;
  }

  /** {@return what the row is about: a gift id, a sender id, a host id or a minute ({@code 2023-10-04T19:19:00Z})} */
  public String label() {
    return label;
  }

  /**
   * {@return the display name that goes with the label, when the input had one: the sender's
   *     display name, the gift's name}
   */
  public Optional<String> name() {
    return Optional.ofNullable(name);
  }

  /** {@return how many gifts} */
  public long gifts() {
    return gifts;
  }

  /** {@return their coins} */
  public Coins coins() {
    return coins;
  }

  /** {@return the viewers' spend: coins at the policy's coin reference value} */
  public Money gross() {
    return gross;
  }

  /** {@return the creator's diamonds, whole (see {@link LiveEarnings} for how parts share the rounding)} */
  public Diamonds diamonds() {
    return diamonds;
  }

  /** {@return the creator's part of {@link #gross()}, exact} */
  public Money creatorCash() {
    return creatorCash;
  }

  /** {@return the platform's part: {@code gross - creatorCash}, exactly} */
  public Money platformCut() {
    return platformCut;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof EarningsRow r && r.label.equals(label) && Objects.equals(r.name, name) && r.gifts == gifts && r.coins.equals(coins)
        && r.gross.equals(gross) && r.diamonds.equals(diamonds) && r.creatorCash.equals(creatorCash)
        && r.platformCut.equals(platformCut);
  }

  @Override
  public int hashCode() {
    return Objects.hash(label, name, gifts, coins, gross, diamonds, creatorCash, platformCut);
  }

  /** {@return one line: label (and name), gifts, coins, diamonds, creator cash} */
  @Override
  public String toString() {
    return label + (name != null ? " (" + name + ")" : "") + ": " + gifts + " gifts, " + coins + ", " + diamonds + ", creator " + creatorCash + ", platform "
        + platformCut;
  }
}
