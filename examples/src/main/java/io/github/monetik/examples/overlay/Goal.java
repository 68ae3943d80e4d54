package io.github.monetik.examples.overlay;

import io.github.monetik.gifts.DiamondPolicy;
import io.github.monetik.gifts.LiveSnapshot;
import io.github.monetik.money.Coins;
import io.github.monetik.money.Diamonds;
import io.github.monetik.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A goal the streamer sets, in coins, diamonds or creator cash, and how far the settled gifts have
 * come toward it. Only settled gifts count; the open combos ("in the air") are measured apart, as
 * what they would add if they settled now. Every figure is exact: the bar's width is a whole per
 * mille, rounded down, computed in {@code BigDecimal} from Monetik's values.
 *
 * <pre>{@code
 * Goal.parse("USD 10", usd);       // creator cash (also "10": creator cash in the policy's currency)
 * Goal.parse("5,000 coins", usd);  // coins
 * Goal.parse("2500 diamonds", usd);
 * }</pre>
 *
 * @param kind what the goal counts
 * @param target the amount to reach, {@code > 0}: a count of coins or diamonds, or an amount of
 *     money in {@code currency}
 * @param currency the creator cash's currency (the diamond policy's; kept for every kind)
 */
public record Goal(Kind kind, BigDecimal target, Currency currency) {
  private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);
  private static final Pattern COUNT = Pattern.compile("([0-9][0-9,]*)\\s*(coins?|diamonds?)", Pattern.CASE_INSENSITIVE);

  /** What a goal counts. */
  public enum Kind {
    /** The settled gifts' coins (what the viewers spent). */
    COINS("coins"),
    /** The creator's diamonds for them, whole. */
    DIAMONDS("diamonds"),
    /** The creator's cash for them, exact. */
    CREATOR_CASH("creator cash");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    /** {@return how the page names it: {@code coins}, {@code diamonds}, {@code creator cash}} */
    public String label() {
      return label;
    }
  }

  /**
   * Checks the target.
   *
   * @throws IllegalArgumentException if the target is not positive, or not whole for coins and diamonds
   */
  public Goal {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(currency, "currency");
    if (target.signum() <= 0) {
      throw new IllegalArgumentException("--goal must be more than zero, was " + target.toPlainString());
    }
    if (kind != Kind.CREATOR_CASH && target.stripTrailingZeros().scale() > 0) {
      throw new IllegalArgumentException("--goal in " + kind.label() + " must be a whole number, was " + target.toPlainString());
    }
  }

  /**
   * {@return a creator-cash goal}
   *
   * @param target the amount, {@code > 0}
   */
  public static Goal creatorCash(Money target) {
    return new Goal(Kind.CREATOR_CASH, target.amount(), target.currency());
  }

  /**
   * {@return a coins goal}
   *
   * @param target the coins, {@code > 0}
   * @param currency the creator cash's currency
   */
  public static Goal coins(Coins target, Currency currency) {
    return new Goal(Kind.COINS, BigDecimal.valueOf(target.count()), currency);
  }

  /**
   * {@return a diamonds goal}
   *
   * @param target the diamonds, {@code > 0}
   * @param currency the creator cash's currency
   */
  public static Goal diamonds(Diamonds target, Currency currency) {
    return new Goal(Kind.DIAMONDS, BigDecimal.valueOf(target.count()), currency);
  }

  /**
   * Reads a goal as Monetik writes amounts: {@code USD 10} (creator cash; {@code 10} alone is creator
   * cash in {@code currency}), {@code 5,000 coins}, {@code 2500 diamonds}.
   *
   * @param text the option's value
   * @param currency the diamond policy's currency: creator cash is in it
   * @return the goal
   * @throws IllegalArgumentException naming {@code --goal} if the text is none of these, not positive,
   *     or money in another currency
   */
  public static Goal parse(String text, Currency currency) {
    String t = Objects.requireNonNull(text, "text").strip();
    try {
      Matcher count = COUNT.matcher(t);
      if (count.matches()) {
        long n = Coins.parse(count.group(1)).count();
        return count.group(2).toLowerCase(Locale.ROOT).startsWith("coin") ? coins(Coins.of(n), currency)
            : diamonds(Diamonds.of(n), currency);
      }
      Money m = t.matches("[0-9]*\\.?[0-9]+") ? Money.of(t, currency.getCurrencyCode()) : Money.parse(t);
      if (!m.currency().equals(currency)) {
        throw new IllegalArgumentException("--goal in creator cash must be in " + currency.getCurrencyCode()
            + " (the diamond policy's currency), was '" + text + "'");
      }
      return creatorCash(m);
    } catch (IllegalArgumentException e) {
      if (e.getMessage() != null && e.getMessage().startsWith("--goal")) {
        throw e;
      }
      throw new IllegalArgumentException("--goal must be creator cash ('USD 10' or '10'), coins ('5000 coins') or diamonds"
          + " ('2500 diamonds'), was '" + text + "'", e);
    }
  }

  /**
   * How far a snapshot's settled gifts have come.
   *
   * @param snapshot the tally now
   * @return the progress, exact
   * @throws IllegalArgumentException if the snapshot's creator cash is in another currency than this goal's
   */
  public Progress progress(LiveSnapshot snapshot) {
    DiamondPolicy policy = snapshot.earnings().diamondPolicy();
    if (!policy.coinValue().currency().equals(currency)) {
      throw new IllegalArgumentException("the goal is in " + currency.getCurrencyCode() + ", the tally's creator cash in "
          + policy.coinValue().currency().getCurrencyCode());
    }
    Coins settled = snapshot.earnings().coins();
    Coins withAir = settled.plus(snapshot.openCoins());
    BigDecimal value = amount(policy, settled);
    BigDecimal all = amount(policy, withAir);
    return new Progress(this, format(policy, settled), format(policy, withAir), formatDifference(policy, settled, withAir),
        permille(value), permille(all), value.compareTo(target) >= 0);
  }

  /** {@return the target as the page shows it: {@code USD 10.00}, {@code 5,000 coins}, {@code 2,500 diamonds}} */
  public String targetText() {
    return switch (kind) {
      case COINS -> Coins.of(target.longValueExact()).toString();
      case DIAMONDS -> Diamonds.of(target.longValueExact()).toString();
      case CREATOR_CASH -> Money.of(target, currency).toString();
    };
  }

  private BigDecimal amount(DiamondPolicy policy, Coins coins) {
    return switch (kind) {
      case COINS -> BigDecimal.valueOf(coins.count());
      case DIAMONDS -> BigDecimal.valueOf(policy.diamondsFor(coins).count());
      case CREATOR_CASH -> policy.creatorCashFor(coins).amount();
    };
  }

  private String format(DiamondPolicy policy, Coins coins) {
    return switch (kind) {
      case COINS -> coins.toString();
      case DIAMONDS -> policy.diamondsFor(coins).toString();
      case CREATOR_CASH -> policy.creatorCashFor(coins).toString();
    };
  }

  private String formatDifference(DiamondPolicy policy, Coins settled, Coins withAir) {
    return switch (kind) {
      case COINS -> Coins.of(withAir.count() - settled.count()).toString();
      case DIAMONDS -> Diamonds.of(policy.diamondsFor(withAir).count() - policy.diamondsFor(settled).count()).toString();
      case CREATOR_CASH -> policy.creatorCashFor(withAir).minus(policy.creatorCashFor(settled)).toString();
    };
  }

  /** {@return {@code floor(1000 * value / target)}, at most 1000} */
  int permille(BigDecimal value) {
    BigDecimal p = value.multiply(THOUSAND).divide(target, 0, RoundingMode.FLOOR);
    return p.compareTo(THOUSAND) >= 0 ? 1000 : p.intValueExact();
  }

  /** {@return for example {@code creator cash: USD 10.00}} */
  @Override
  public String toString() {
    return kind.label() + ": " + targetText();
  }

  /**
   * A goal's progress, formatted on the server from exact values.
   *
   * @param goal the goal
   * @param value the settled gifts' value in the goal's unit ({@code USD 0.565}, {@code 113 coins})
   * @param valueWithAir the same if the open combos settled now
   * @param air what the open combos would add ({@code valueWithAir - value})
   * @param permille the bar: {@code floor(1000 * value / target)}, at most 1000
   * @param permilleWithAir the same for {@code valueWithAir}: the bar's "in the air" part ends there
   * @param reached whether {@code value >= target}
   */
  public record Progress(Goal goal, String value, String valueWithAir, String air, int permille, int permilleWithAir,
      boolean reached) {
    /** {@return the bar's per mille as a percent with one decimal, rounded down: {@code 56.5%}} */
    public String percent() {
      return permille / 10 + "." + permille % 10 + "%";
    }

    /** {@return for example {@code USD 0.565 of USD 1.00 (56.5%)}: the progress bar's spoken value} */
    public String text() {
      return value + " of " + goal.targetText() + " (" + percent() + ")";
    }
  }
}
