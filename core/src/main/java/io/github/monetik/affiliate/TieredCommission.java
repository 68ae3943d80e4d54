package io.github.monetik.affiliate;

import io.github.monetik.internal.Checks;
import io.github.monetik.internal.TextTable;
import io.github.monetik.money.Rate;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A seller's tiered commission on a product (TikTok Shop, US beta): a first rate for the creator's
 * first orders of the product, then a higher rate for every order after them. It replaces the
 * product's fixed open rate from the day it is set up (a product pays a fixed or a tiered rate, never
 * both), and its threshold never changes once it is active.
 *
 * <p>Which orders count: the creator's orders of the product placed on or after the set-up day that
 * earn the tiered rate, each order once, in the order they were placed (orders placed on one day in
 * order-id order: an order carries a day, not a time). Orders at a campaign's or the Shop Ads rate
 * are outside the plan and do not count; whether later cancelled or refunded orders count is not
 * published, so every order placed counts. A single order's commission shows the first rate (the
 * estimate TikTok shows until the threshold is met); a statement, which sees the creator's orders,
 * ranks them and pays the second rate from the order after the threshold on. Give a statement
 * every order since the set-up day, or it finds the threshold later than TikTok did.
 *
 * <p>Source: seller-us.tiktok.com/university/essay?knowledge_id=7288593467803406 (2025-08-11, conf H):
 * two tiers by order count, "for example 10% for the first 100 orders, then 15% for orders beyond
 * that"; rates only go up; thresholds fixed once active; only orders after set-up count; not
 * combinable with a fixed rate.
 *
 * <pre>{@code
 * TieredCommission tiers = TieredCommission.of(LocalDate.of(2025, 8, 11), Rate.percent(10), 100, Rate.percent(15));
 * Product lamp = lamp.withTieredCommission(tiers);
 * }</pre>
 */
public final class TieredCommission {
  private final LocalDate from;
  private final Rate firstRate;
  private final long firstOrders;
  private final Rate thenRate;
  final long fromDay;
  /** The first tier's applied rate; its {@code upper} is the second tier's. */
  final AppliedRate first;
  final AppliedRate then;

  private TieredCommission(LocalDate from, Rate firstRate, long firstOrders, Rate thenRate) {
    this.from = from;
    this.firstRate = firstRate;
    this.firstOrders = firstOrders;
    this.thenRate = thenRate;
    this.fromDay = from.toEpochDay();
    String orders = TextTable.grouped(firstOrders) + (firstOrders == 1 ? " order" : " orders");
    this.then = new AppliedRate(new Fraction(thenRate), AppliedRate.Origin.TIERED, "after the first " + orders, null);
    this.first = new AppliedRate(new Fraction(firstRate), AppliedRate.Origin.TIERED,
        "first " + orders + ", then " + thenRate, then);
  }

  /**
   * {@return the tiered commission}
   *
   * @param from the day the seller set it up; only orders placed on or after it count
   * @param firstRate the rate of the creator's first {@code firstOrders} orders
   * @param firstOrders how many orders earn the first rate, at least 1
   * @param thenRate the rate of every later order, above {@code firstRate} (rates only go up)
   * @throws IllegalArgumentException if {@code firstOrders} is below 1 or {@code thenRate} is not
   *     above {@code firstRate}
   * @throws NullPointerException if an argument is null
   */
  public static TieredCommission of(LocalDate from, Rate firstRate, long firstOrders, Rate thenRate) {
    Checks.notNull(from, "from");
    Checks.notNull(firstRate, "firstRate");
    Checks.positive(firstOrders, "firstOrders");
    Checks.notNull(thenRate, "thenRate");
    if (thenRate.compareTo(firstRate) <= 0) {
      throw Checks.invalid("thenRate", "above firstRate " + firstRate + " (tiered rates only go up)", thenRate);
    }
    return new TieredCommission(from, firstRate, firstOrders, thenRate);
  }

  /** {@return the day it was set up} */
  public LocalDate from() {
    return from;
  }

  /** {@return the rate of the creator's first orders} */
  public Rate firstRate() {
    return firstRate;
  }

  /** {@return how many orders earn the first rate} */
  public long firstOrders() {
    return firstOrders;
  }

  /** {@return the rate of every order after the first ones} */
  public Rate thenRate() {
    return thenRate;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof TieredCommission t && t.from.equals(from) && t.firstRate.equals(firstRate)
        && t.firstOrders == firstOrders && t.thenRate.equals(thenRate);
  }

  @Override
  public int hashCode() {
    return Objects.hash(from, firstRate, firstOrders, thenRate);
  }

  /** {@return for example {@code 10% for the first 100 orders, then 15%, from 2025-08-11}} */
  @Override
  public String toString() {
    return firstRate + " for the first " + TextTable.grouped(firstOrders) + (firstOrders == 1 ? " order" : " orders")
        + ", then " + thenRate + ", from " + from;
  }
}
