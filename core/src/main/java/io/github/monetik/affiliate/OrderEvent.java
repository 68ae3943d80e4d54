package io.github.monetik.affiliate;

import io.github.monetik.money.Money;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A dated step in an order's life: placed, shipped, delivered, cancelled, refunded (an amount, so
 * fully or partly), returned, or flagged as fraud. An {@link Order} checks that its events make
 * sense together (placed first, delivered after shipped, refunds no larger than what was paid).
 *
 * <pre>{@code
 * List.of(OrderEvent.placed(d), OrderEvent.shipped(d.plusDays(1)), OrderEvent.delivered(d.plusDays(4)),
 *     OrderEvent.refunded(d.plusDays(9), Money.of("5.00", "USD")));
 * }</pre>
 */
public final class OrderEvent {
  /** What happened. */
  public enum Type {
    /** The customer placed the order; always the first event. */
    PLACED,
    /** The seller shipped it. */
    SHIPPED,
    /** It reached the customer; the settlement window starts. */
    DELIVERED,
    /** Cancelled before shipping: no commission. */
    CANCELLED,
    /** Money went back to the customer: the commission shrinks pro rata, to zero for a full refund. */
    REFUNDED,
    /** The whole order came back and was refunded: no commission. Model a partial return as REFUNDED. */
    RETURNED,
    /** The order was found fraudulent: no commission. */
    FRAUD
  }

  private final Type type;
  private final LocalDate date;
  private final @Nullable Money amount;

  private OrderEvent(Type type, LocalDate date, @Nullable Money amount) {
    this.type = type;
    this.date = date;
    this.amount = amount;
  }

  /**
   * An event without an amount.
   *
   * @param type what happened; not {@link Type#REFUNDED}, which needs an amount
   * @param date when
   * @return the event
   * @throws IllegalArgumentException if {@code type} is {@code REFUNDED}
   */
  public static OrderEvent of(Type type, LocalDate date) {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(date, "date");
    if (type == Type.REFUNDED) {
      throw new IllegalArgumentException("type REFUNDED needs an amount: use refunded(date, amount), was " + type);
    }
    return new OrderEvent(type, date, null);
  }

  /**
   * {@return the order was placed}
   *
   * @param date when
   */
  public static OrderEvent placed(LocalDate date) {
    return of(Type.PLACED, date);
  }

  /**
   * {@return the order was shipped}
   *
   * @param date when
   */
  public static OrderEvent shipped(LocalDate date) {
    return of(Type.SHIPPED, date);
  }

  /**
   * {@return the order was delivered}
   *
   * @param date when
   */
  public static OrderEvent delivered(LocalDate date) {
    return of(Type.DELIVERED, date);
  }

  /**
   * {@return the order was cancelled}
   *
   * @param date when
   */
  public static OrderEvent cancelled(LocalDate date) {
    return of(Type.CANCELLED, date);
  }

  /**
   * {@return the order was returned and refunded in full}
   *
   * @param date when
   */
  public static OrderEvent returned(LocalDate date) {
    return of(Type.RETURNED, date);
  }

  /**
   * {@return the order was flagged as fraud}
   *
   * @param date when
   */
  public static OrderEvent fraud(LocalDate date) {
    return of(Type.FRAUD, date);
  }

  /**
   * {@return a refund; refunds adding up to everything the customer paid make a full refund}
   *
   * @param date when
   * @param amount what went back to the customer, {@code > 0}, in the order's currency
   * @throws IllegalArgumentException if {@code amount} is not positive
   */
  public static OrderEvent refunded(LocalDate date, Money amount) {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(amount, "amount");
    if (!amount.isPositive()) {
      throw new IllegalArgumentException("amount of a refund must be > 0, was " + amount);
    }
    return new OrderEvent(Type.REFUNDED, date, amount);
  }

  /** {@return what happened} */
  public Type type() {
    return type;
  }

  /** {@return when} */
  public LocalDate date() {
    return date;
  }

  /** {@return the refunded amount, for a {@link Type#REFUNDED} event} */
  public Optional<Money> amount() {
    return Optional.ofNullable(amount);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof OrderEvent e && e.type == type && e.date.equals(date) && Objects.equals(e.amount, amount);
  }

  @Override
  public int hashCode() {
    return Objects.hash(type, date, amount);
  }

  /** {@return for example {@code DELIVERED 2025-03-04} or {@code REFUNDED 2025-03-09 USD 5.00}} */
  @Override
  public String toString() {
    return type + " " + date + (amount == null ? "" : " " + amount);
  }
}
