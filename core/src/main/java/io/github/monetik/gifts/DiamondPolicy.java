package io.github.monetik.gifts;

import io.github.monetik.internal.MonetikStyle;
import io.github.monetik.money.Coins;
import io.github.monetik.money.Diamonds;
import io.github.monetik.money.Money;
import io.github.monetik.money.Rate;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import org.immutables.value.Value;

/**
 * How gifted coins become diamonds and a creator's cash.
 *
 * <p>Three numbers define it: the reference value of one coin ({@link #coinValue()}), the creator's
 * share of that value ({@link #creatorShare()}) and the cash value of one diamond
 * ({@link #diamondValue()}). Everything else follows: a gifted coin is worth
 * {@code coinValue x creatorShare} to the creator, which buys {@code that / diamondValue} diamonds.
 * With the classic model (USD 0.01 per coin, a 50% share, USD 0.005 per diamond) one coin gifted
 * gives one diamond: that ratio is derived here, never a constant.
 *
 * <p>TikTok publishes no conversion rate; the presets in {@code Rules} cite where their numbers come
 * from. Build your own with {@link #builder()}.
 *
 * <pre>{@code
 * DiamondPolicy p = DiamondPolicy.builder()
 *     .coinValue(Money.of("0.01", "USD")).creatorShare(Rate.percent(50))
 *     .diamondValue(Money.of("0.005", "USD")).build();
 * p.diamondsFor(Coins.of(29_999));      // 29,999 diamonds
 * p.creatorCashFor(Coins.of(29_999));   // USD 149.995
 * }</pre>
 */
@Value.Immutable
@MonetikStyle
public abstract class DiamondPolicy {
  DiamondPolicy() {}

  /** {@return a builder; every field is required} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DiamondPolicy}; {@code build()} checks the fields and names a bad one. */
  public static final class Builder extends ImmutableDiamondPolicy.Builder {
    Builder() {}
  }

  /** {@return the reference value of one coin, the base the creator's share applies to} */
  public abstract Money coinValue();

  /** {@return the creator's share of a gifted coin's reference value; the rest is the platform's cut} */
  public abstract Rate creatorShare();

  /** {@return the cash value of one diamond when withdrawn} */
  public abstract Money diamondValue();

  /**
   * {@return a copy with that coin value}
   *
   * @param coinValue the reference value of one coin
   */
  public abstract DiamondPolicy withCoinValue(Money coinValue);

  /**
   * {@return a copy with that share}
   *
   * @param creatorShare the creator's share
   */
  public abstract DiamondPolicy withCreatorShare(Rate creatorShare);

  /**
   * {@return a copy with that diamond value}
   *
   * @param diamondValue the cash value of one diamond
   */
  public abstract DiamondPolicy withDiamondValue(Money diamondValue);

  @Value.Check
  void check() {
    if (!coinValue().isPositive()) {
      throw new IllegalArgumentException("coinValue must be > 0, was " + coinValue());
    }
    if (!diamondValue().isPositive()) {
      throw new IllegalArgumentException("diamondValue must be > 0, was " + diamondValue());
    }
    if (!coinValue().currency().equals(diamondValue().currency())) {
      throw new IllegalArgumentException("diamondValue must be in the coinValue's currency "
          + coinValue().currency() + ", was " + diamondValue());
    }
  }

  /**
   * Computed once, on first use, after the fields were checked (so a zero diamond value is a
   * clear error, not a division by zero).
   *
   * @return diamonds a creator receives per gifted coin, exact (1 in the classic model); may be
   *     fractional for custom policies
   */
  @Value.Lazy
  public BigDecimal diamondsPerCoin() {
    BigDecimal creatorValue = coinValue().amount().multiply(creatorShare().value());
    // Exact when it terminates (every sourced preset); otherwise 34 significant digits, rounded down.
    try {
      return creatorValue.divide(diamondValue().amount()).stripTrailingZeros();
    } catch (ArithmeticException nonTerminating) {
      return creatorValue.divide(diamondValue().amount(), new MathContext(34, RoundingMode.DOWN));
    }
  }

  /**
   * The diamonds a creator receives for gifted coins. Whole diamonds only: a fractional remainder
   * (possible only when {@link #diamondsPerCoin()} is not whole) is rounded down, as a wallet cannot
   * hold part of a diamond; {@link #creatorCashFor(Coins)} keeps the exact value.
   *
   * @param gifted coins gifted to the creator
   * @return the diamonds, rounded down
   * @throws ArithmeticException if the result exceeds {@link Long#MAX_VALUE}
   */
  public Diamonds diamondsFor(Coins gifted) {
    BigDecimal exact = diamondsPerCoin().multiply(BigDecimal.valueOf(gifted.count()));
    return Diamonds.of(exact.setScale(0, RoundingMode.DOWN).longValueExact());
  }

  /**
   * {@return what the viewers' coins were worth at the reference value (the gross)}
   *
   * @param gifted coins gifted
   */
  public Money grossValueOf(Coins gifted) {
    return coinValue().multipliedBy(gifted.count());
  }

  /**
   * {@return the creator's part of the gross, exact and unrounded}
   *
   * @param gifted coins gifted to the creator
   */
  public Money creatorCashFor(Coins gifted) {
    return grossValueOf(gifted).multipliedBy(creatorShare());
  }

  /**
   * {@return the platform's part: gross minus the creator's part, so the two always add up exactly}
   *
   * @param gifted coins gifted to the creator
   */
  public Money platformCutFor(Coins gifted) {
    return grossValueOf(gifted).minus(creatorCashFor(gifted));
  }

  /**
   * {@return their cash value, exact}
   *
   * @param diamonds diamonds in a creator's balance
   */
  public Money cashValueOf(Diamonds diamonds) {
    return diamondValue().multipliedBy(diamonds.count());
  }

  /** {@return one line: the coin value, the creator share, the diamond value} */
  @Override
  public String toString() {
    return "1 coin = " + coinValue() + ", creator share " + creatorShare() + ", 1 diamond = " + diamondValue() + " ("
        + diamondsPerCoin().toPlainString() + " diamond(s) per coin)";
  }
}
