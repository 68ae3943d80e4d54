package io.github.monetik.affiliate;

import io.github.monetik.internal.MonetikStyle;
import io.github.monetik.money.Money;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One line of an order: a product, how many, the unit price charged (before tax), the seller's and
 * the platform's discounts on the line, and the tax and shipping the customer paid on top.
 *
 * <p>All amounts are in one currency, are not negative and are in whole minor units (cents), as a
 * shop charges them; the discounts together never exceed {@code quantity x unitPrice}. If your
 * prices include tax, give the net price and the tax apart.
 *
 * <p>{@link #promotingSince()} is the day the creator started promoting the product: a rate decrease
 * announced after that day reaches this sale only after the policy's lock period. Absent, the
 * creator is taken to have promoted the product since before every rate change (every decrease is
 * locked): the reading that never pays less than owed.
 *
 * <pre>{@code
 * OrderLine line = OrderLine.builder().product(lamp).quantity(2).unitPrice(Money.of("24.00", "USD"))
 *     .sellerDiscount(Money.of("4.00", "USD")).tax(Money.of("3.52", "USD")).build();
 * }</pre>
 */
@Value.Immutable
@MonetikStyle
public abstract class OrderLine {
  OrderLine() {}

  /** {@return a builder; product, quantity and unit price are required, the other amounts default to zero} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link OrderLine}; {@code build()} checks the fields and names a bad one. */
  public static final class Builder extends ImmutableOrderLine.Builder {
    Builder() {}
  }

  /**
   * {@return a line without discounts, tax or shipping}
   *
   * @param product the product
   * @param quantity how many, at least 1
   * @param unitPrice the price of one, before tax
   * @throws IllegalArgumentException if a value is out of range
   */
  public static OrderLine of(Product product, long quantity, Money unitPrice) {
    return builder().product(product).quantity(quantity).unitPrice(unitPrice).build();
  }

  /** {@return the product sold} */
  public abstract Product product();

  /** {@return how many, at least 1} */
  public abstract long quantity();

  /** {@return the price of one unit charged, before tax and discounts} */
  public abstract Money unitPrice();

  /** {@return the seller's discount on the whole line (seller coupons, seller promotions)} */
  @Value.Default
  public Money sellerDiscount() {
    return Money.zero(unitPrice().currency());
  }

  /** {@return the platform's discount on the whole line (platform coupons, subsidies)} */
  @Value.Default
  public Money platformDiscount() {
    return Money.zero(unitPrice().currency());
  }

  /** {@return the tax the customer paid on the line} */
  @Value.Default
  public Money tax() {
    return Money.zero(unitPrice().currency());
  }

  /** {@return the shipping the customer paid for the line} */
  @Value.Default
  public Money shipping() {
    return Money.zero(unitPrice().currency());
  }

  /** {@return the day the creator started promoting the product, if known} */
  public abstract Optional<LocalDate> promotingSince();

  /**
   * {@return a copy with that quantity}
   *
   * @param quantity how many
   */
  public abstract OrderLine withQuantity(long quantity);

  /**
   * {@return a copy with that unit price}
   *
   * @param unitPrice the unit price
   */
  public abstract OrderLine withUnitPrice(Money unitPrice);

  /**
   * {@return a copy with that discount}
   *
   * @param sellerDiscount the seller's discount
   */
  public abstract OrderLine withSellerDiscount(Money sellerDiscount);

  /**
   * {@return a copy with that discount}
   *
   * @param platformDiscount the platform's discount
   */
  public abstract OrderLine withPlatformDiscount(Money platformDiscount);

  /** {@return the line's currency} */
  public Currency currency() {
    return unitPrice().currency();
  }

  /** {@return {@code quantity x unitPrice}, before discounts} */
  public Money gross() {
    return Money.ofMinor(amounts().gross, currency());
  }

  /** {@return what the customer paid for the line: gross minus both discounts, plus tax and shipping} */
  public Money paid() {
    return Money.ofMinor(amounts().paid, currency());
  }

  /** The line's amounts in minor units, checked once at construction. */
  @Value.Derived
  @Value.Auxiliary
  Amounts amounts() {
    return new Amounts(this);
  }

  /** Minor units of a line, all checked; the fast path reads these. */
  static final class Amounts {
    final long gross;
    final long seller;
    final long platform;
    final long paid;
    final int digits;
    /** promotingSince as an epoch day, or Long.MIN_VALUE when absent. */
    final long since;

    Amounts(OrderLine line) {
      Currency currency = line.unitPrice().currency();
      digits = currency.getDefaultFractionDigits();
      since = line.promotingSince().map(LocalDate::toEpochDay).orElse(Long.MIN_VALUE);
      if (digits < 0) {
        throw new IllegalArgumentException("unitPrice must be in a currency with a minor unit, was "
            + currency.getCurrencyCode());
      }
      if (line.quantity() < 1) {
        throw new IllegalArgumentException("quantity must be >= 1, was " + line.quantity());
      }
      long unit = minor("unitPrice", line.unitPrice(), currency);
      seller = minor("sellerDiscount", line.sellerDiscount(), currency);
      platform = minor("platformDiscount", line.platformDiscount(), currency);
      long tax = minor("tax", line.tax(), currency);
      long shipping = minor("shipping", line.shipping(), currency);
      try {
        gross = Math.multiplyExact(line.quantity(), unit);
        long discounts = Math.addExact(seller, platform);
        if (discounts > gross) {
          throw new IllegalArgumentException("sellerDiscount + platformDiscount must not exceed quantity x unitPrice "
              + Money.ofMinor(gross, currency) + ", was " + Money.ofMinor(discounts, currency));
        }
        paid = Math.addExact(Math.addExact(gross - discounts, tax), shipping);
      } catch (ArithmeticException e) {
        throw new IllegalArgumentException("quantity x unitPrice plus tax and shipping must fit "
            + Long.MAX_VALUE + " minor units, was " + line.quantity() + " x " + line.unitPrice(), e);
      }
    }

    private static long minor(String field, Money m, Currency currency) {
      if (!m.currency().equals(currency)) {
        throw new IllegalArgumentException(field + " must be in the unitPrice's currency " + currency.getCurrencyCode()
            + ", was " + m);
      }
      if (m.isNegative()) {
        throw new IllegalArgumentException(field + " must be >= 0, was " + m);
      }
      if (!m.isRounded()) {
        throw new IllegalArgumentException(field + " must be in whole minor units of " + currency.getCurrencyCode()
            + ", was " + m);
      }
      try {
        return m.toMinorUnits();
      } catch (ArithmeticException e) {
        throw new IllegalArgumentException(field + " must fit " + Long.MAX_VALUE + " minor units, was " + m, e);
      }
    }
  }
}
