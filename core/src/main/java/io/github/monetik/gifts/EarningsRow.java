package io.github.monetik.gifts;

import io.github.monetik.internal.Checks;
import io.github.monetik.money.Coins;
import io.github.monetik.money.Diamonds;
import io.github.monetik.money.Money;
import java.util.Optional;

/**
 * One part of a {@link LiveEarnings} breakdown (a gift, a sender, a host, a minute): gifts, coins,
 * the viewers' spend at the coin reference value, the creator's diamonds and cash and the platform's
 * cut. Within one breakdown the rows add up exactly to the whole (diamonds included: see
 * {@link LiveEarnings}). A plain result.
 *
 * @param label what the row is about: a gift id, a sender id, a host id or a minute
 *     ({@code 2023-10-04T19:19:00Z})
 * @param name the display name that goes with the label, when the input had one: the sender's
 *     display name, the gift's name
 * @param gifts how many gifts, {@code >= 0}
 * @param coins their coins
 * @param gross the viewers' spend: coins at the policy's coin reference value
 * @param diamonds the creator's diamonds, whole (see {@link LiveEarnings} for how parts share the
 *     rounding)
 * @param creatorCash the creator's part of {@code gross}, exact
 * @param platformCut the platform's part: {@code gross - creatorCash}, exactly
 */
public record EarningsRow(String label, Optional<String> name, long gifts, Coins coins, Money gross,
    Diamonds diamonds, Money creatorCash, Money platformCut) {
  /**
   * A row, its parts agreeing.
   *
   * @param label what the row is about: a gift id, a sender id, a host id or a minute ({@code 2023-10-04T19:19:00Z})
   * @param name the display name that goes with the label, when the input had one: the sender's display name, the gift's name
   * @param gifts how many gifts, {@code >= 0}
   * @param coins their coins
   * @param gross the viewers' spend: coins at the policy's coin reference value
   * @param diamonds the creator's diamonds, whole (see {@link LiveEarnings} for how parts share the rounding)
   * @param creatorCash the creator's part of {@code gross}, exact
   * @param platformCut the platform's part: {@code gross - creatorCash}, exactly
   * @throws NullPointerException naming the part that is null
   * @throws IllegalArgumentException naming {@code gifts} if it is negative, or {@code platformCut}
   *     if it is not {@code gross - creatorCash}
   * @throws io.github.monetik.money.CurrencyMismatchException if the amounts' currencies differ
   */
  public EarningsRow {
    Checks.notNull(label, "label");
    Checks.notNull(name, "name");
    Checks.nonNegative(gifts, "gifts");
    Checks.notNull(coins, "coins");
    Checks.notNull(diamonds, "diamonds");
    Money rest = Checks.notNull(gross, "gross").minus(Checks.notNull(creatorCash, "creatorCash"));
    if (!rest.equals(Checks.notNull(platformCut, "platformCut"))) {
      throw Checks.invalid("platformCut", "gross - creatorCash = " + rest, platformCut);
    }
  }

  /** {@return one line: label (and name), gifts, coins, diamonds, creator cash} */
  @Override
  public String toString() {
    return label + name.map(n -> " (" + n + ")").orElse("") + ": " + gifts + " gifts, " + coins + ", " + diamonds + ", creator " + creatorCash + ", platform "
        + platformCut;
  }
}
