package io.github.monetik.affiliate;

import io.github.monetik.internal.Checks;
import io.github.monetik.money.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * One line of an order: a product, how many, the unit price charged (before tax), the seller's and
 * the platform's discounts on the line, the tax and shipping the customer paid on top, and whether
 * the sale was driven by an ad that uses the creator's post.
 *
 * <p>All amounts are in one currency, are not negative and are in whole minor units (cents), as a
 * shop charges them; the discounts together never exceed {@code quantity x unitPrice}. If your
 * prices include tax, give the net price and the tax apart.
 *
 * <p>{@link #promotingSince()} is the day the creator started promoting the product, without a
 * break: a rate decrease announced after that day reaches this sale only after the policy's lock
 * period. A creator who removed the product from their showcase or deleted the content promoting it
 * lost that lock (TikTok Shop, 2025-09-26, conf H): give the day they added it again. Absent, the
 * creator is taken to have promoted the product since before every rate change (every decrease is
 * locked): the reading that never pays less than owed.
 *
 * <pre>{@code
 * OrderLine line = OrderLine.builder().product(lamp).quantity(2).unitPrice(Money.of("24.00", "USD"))
 *     .sellerDiscount(Money.of("4.00", "USD")).tax(Money.of("3.52", "USD")).build();
 * }</pre>
 */
@Value.Immutable
@HandBuilt
public abstract class OrderLine {
  OrderLine() {}

  /** {@return a builder; product, quantity and unit price are required, the other amounts default to zero} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * {@return a line without discounts, tax or shipping}
   *
   * @param product the product
   * @param quantity how many, at least 1
   * @param unitPrice the price of one, before tax
   * @throws IllegalArgumentException if a value is out of range
   * @throws NullPointerException if an argument is null
   */
  public static OrderLine of(Product product, long quantity, Money unitPrice) {
    return builder().product(product).quantity(quantity).unitPrice(unitPrice).build();
  }

  /** {@return the product sold} */
  @Value.Parameter
  public abstract Product product();

  /** {@return how many, at least 1} */
  @Value.Parameter
  public abstract long quantity();

  /** {@return the price of one unit charged, before tax and discounts} */
  @Value.Parameter
  public abstract Money unitPrice();

  /** {@return the seller's discount on the whole line (seller coupons, seller promotions)} */
  @Value.Parameter
  public abstract Money sellerDiscount();

  /** {@return the platform's discount on the whole line (platform coupons, subsidies)} */
  @Value.Parameter
  public abstract Money platformDiscount();

  /** {@return the tax the customer paid on the line} */
  @Value.Parameter
  public abstract Money tax();

  /** {@return the shipping the customer paid for the line} */
  @Value.Parameter
  public abstract Money shipping();

  /** {@return the day the creator started promoting the product, if known} */
  @Value.Parameter
  public abstract Optional<LocalDate> promotingSince();

  /** {@return true if an ad that uses the creator's post drove the sale (it earns the Shop Ads rate)} */
  @Value.Parameter
  public abstract boolean isAdDriven();

  /**
   * {@return a copy with that quantity}
   *
   * @param quantity how many
   */
  public OrderLine withQuantity(long quantity) {
    return builder().from(this).quantity(quantity).build();
  }

  /**
   * {@return a copy with that unit price}
   *
   * @param unitPrice the unit price
   */
  public OrderLine withUnitPrice(Money unitPrice) {
    return builder().from(this).unitPrice(unitPrice).build();
  }

  /**
   * {@return a copy with that discount}
   *
   * @param sellerDiscount the seller's discount
   */
  public OrderLine withSellerDiscount(Money sellerDiscount) {
    return builder().from(this).sellerDiscount(sellerDiscount).build();
  }

  /**
   * {@return a copy with that discount}
   *
   * @param platformDiscount the platform's discount
   */
  public OrderLine withPlatformDiscount(Money platformDiscount) {
    return builder().from(this).platformDiscount(platformDiscount).build();
  }

  /**
   * {@return a copy with that day}
   *
   * @param promotingSince the day the creator started promoting the product, without a break
   */
  public OrderLine withPromotingSince(LocalDate promotingSince) {
    return builder().from(this).promotingSince(promotingSince).build();
  }

  /**
   * {@return a copy, driven by an ad or not}
   *
   * @param adDriven true if an ad that uses the creator's post drove the sale
   */
  public OrderLine withAdDriven(boolean adDriven) {
    return builder().from(this).adDriven(adDriven).build();
  }

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
    /** promotingSince as an epoch day, or Long.MIN_VALUE when absent. */
    final long since;

    Amounts(OrderLine line) {
      Currency currency = line.unitPrice().currency();
      since = line.promotingSince().map(LocalDate::toEpochDay).orElse(Long.MIN_VALUE);
      if (currency.getDefaultFractionDigits() < 0) {
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

  /** Builds an {@link OrderLine}; {@code build()} checks the fields and names a bad one. Not thread-safe. */
  public static final class Builder {
    private @Nullable Product product;
    private long quantity;
    private boolean quantitySet;
    private @Nullable Money unitPrice;
    private @Nullable Money sellerDiscount;
    private @Nullable Money platformDiscount;
    private @Nullable Money tax;
    private @Nullable Money shipping;
    private @Nullable LocalDate promotingSince;
    private boolean adDriven;

    private Builder() {}

    /**
     * {@return this builder, with every field of {@code line}}
     *
     * @param line a line to start from
     */
    public Builder from(OrderLine line) {
      Checks.notNull(line, "line");
      product = line.product();
      quantity(line.quantity());
      unitPrice = line.unitPrice();
      sellerDiscount = line.sellerDiscount();
      platformDiscount = line.platformDiscount();
      tax = line.tax();
      shipping = line.shipping();
      promotingSince = line.promotingSince().orElse(null);
      adDriven = line.isAdDriven();
      return this;
    }

    /**
     * {@return this builder, with that product}
     *
     * @param product the product sold
     */
    public Builder product(Product product) {
      this.product = Checks.notNull(product, "product");
      return this;
    }

    /**
     * {@return this builder, with that quantity}
     *
     * @param quantity how many, at least 1
     */
    public Builder quantity(long quantity) {
      this.quantity = quantity;
      this.quantitySet = true;
      return this;
    }

    /**
     * {@return this builder, with that price}
     *
     * @param unitPrice the price of one, before tax and discounts
     */
    public Builder unitPrice(Money unitPrice) {
      this.unitPrice = Checks.notNull(unitPrice, "unitPrice");
      return this;
    }

    /**
     * {@return this builder, with that discount; zero by default}
     *
     * @param sellerDiscount the seller's discount on the whole line
     */
    public Builder sellerDiscount(Money sellerDiscount) {
      this.sellerDiscount = Checks.notNull(sellerDiscount, "sellerDiscount");
      return this;
    }

    /**
     * {@return this builder, with that discount; zero by default}
     *
     * @param platformDiscount the platform's discount on the whole line
     */
    public Builder platformDiscount(Money platformDiscount) {
      this.platformDiscount = Checks.notNull(platformDiscount, "platformDiscount");
      return this;
    }

    /**
     * {@return this builder, with that tax; zero by default}
     *
     * @param tax the tax the customer paid on the line
     */
    public Builder tax(Money tax) {
      this.tax = Checks.notNull(tax, "tax");
      return this;
    }

    /**
     * {@return this builder, with that shipping; zero by default}
     *
     * @param shipping the shipping the customer paid for the line
     */
    public Builder shipping(Money shipping) {
      this.shipping = Checks.notNull(shipping, "shipping");
      return this;
    }

    /**
     * {@return this builder, with that day; absent by default (promoting since before every rate change)}
     *
     * @param promotingSince the day the creator started promoting the product, without a break
     */
    public Builder promotingSince(LocalDate promotingSince) {
      this.promotingSince = Checks.notNull(promotingSince, "promotingSince");
      return this;
    }

    /**
     * {@return this builder, driven by an ad or not; false by default}
     *
     * @param adDriven true if an ad that uses the creator's post drove the sale
     */
    public Builder adDriven(boolean adDriven) {
      this.adDriven = adDriven;
      return this;
    }

    /**
     * {@return the line}
     *
     * @throws IllegalArgumentException naming the field whose value is bad
     * @throws IllegalStateException if the product, quantity or unit price was not set
     */
    public OrderLine build() {
      Product p = product;
      Money unit = unitPrice;
      if (p == null || !quantitySet || unit == null) {
        List<String> missing = new ArrayList<>();
        if (p == null) {
          missing.add("product");
        }
        if (!quantitySet) {
          missing.add("quantity");
        }
        if (unit == null) {
          missing.add("unitPrice");
        }
        throw new IllegalStateException(String.join(", ", missing) + " of the line must be set before build()");
      }
      Money zero = Money.zero(unit.currency());
      return ImmutableOrderLine.of(p, quantity, unit, orZero(sellerDiscount, zero), orZero(platformDiscount, zero),
          orZero(tax, zero), orZero(shipping, zero), Optional.ofNullable(promotingSince), adDriven);
    }

    private static Money orZero(@Nullable Money m, Money zero) {
      return m == null ? zero : m;
    }
  }
}
