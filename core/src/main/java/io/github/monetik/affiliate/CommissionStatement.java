package io.github.monetik.affiliate;

import io.github.monetik.money.Money;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collector;
import org.jspecify.annotations.Nullable;

/**
 * What a creator's referred orders earned as of a day: earned, pending (inside the settlement
 * window), payable, and reversed (refunds, returns and fraud after settlement, as negative
 * adjustments), in total, per product, per month (the month the order was placed) and per campaign
 * ({@code (open)} for sales at the open or a category rate). Always {@code earned = pending +
 * payable + reversed}, in every row.
 *
 * <p>A monoid: {@link #empty()} is the identity and {@link #combine} is associative, so any split of
 * the orders, combined in any grouping, gives the statement of all of them; {@link #plus} adds one
 * order's commission and {@link #toStatement()} collects a stream. All orders of a statement share
 * one currency and one as-of day: mixing currencies throws {@link
 * io.github.monetik.money.CurrencyMismatchException} (convert the orders first, with a rate source
 * you trust), mixing days an {@link IllegalArgumentException}. An empty statement has no currency;
 * its amounts are zero in {@code XXX} (ISO 4217: no currency).
 *
 * <pre>{@code
 * CommissionStatement s = Monetik.defaults().affiliate().statement(orders, LocalDate.of(2025, 3, 31));
 * s.payable(); s.pending(); s.byProduct().get("lamp-01").reversed();
 * }</pre>
 */
public final class CommissionStatement {
  private static final CommissionStatement EMPTY = new Accumulator(null, Accumulator.UNSET).finish();

  final long asOfDay;
  final @Nullable Currency currencyOrNull;
  private final long orders;
  final CommissionTotals totalsValue;
  private final Map<String, CommissionTotals> byProduct;
  private final Map<YearMonth, CommissionTotals> byMonth;
  private final Map<String, CommissionTotals> byCampaign;

  CommissionStatement(long asOfDay, @Nullable Currency currency, long orders, CommissionTotals totals,
      Map<String, CommissionTotals> byProduct, Map<YearMonth, CommissionTotals> byMonth,
      Map<String, CommissionTotals> byCampaign) {
    this.asOfDay = asOfDay;
    this.currencyOrNull = currency;
    this.orders = orders;
    this.totalsValue = totals;
    this.byProduct = Collections.unmodifiableMap(byProduct);
    this.byMonth = Collections.unmodifiableMap(byMonth);
    this.byCampaign = Collections.unmodifiableMap(byCampaign);
  }

  /** {@return the statement of no orders: the identity of {@link #combine}} */
  public static CommissionStatement empty() {
    return EMPTY;
  }

  /**
   * {@return a collector of order commissions (all as of one day, in one currency) into a statement; parallel streams give the same result}
   */
  public static Collector<OrderCommission, ?, CommissionStatement> toStatement() {
    return Collector.of(() -> new Accumulator(null, Accumulator.UNSET), Accumulator::add, Accumulator::merge,
        Accumulator::finish);
  }

  /**
   * {@return a new statement with it added}
   *
   * @param commission one order's commission; an order not yet placed on the as-of day adds nothing
   * @throws io.github.monetik.money.CurrencyMismatchException if its currency differs from the statement's
   * @throws IllegalArgumentException if it is as of another day than the statement
   */
  public CommissionStatement plus(OrderCommission commission) {
    Objects.requireNonNull(commission, "commission");
    Accumulator a = Accumulator.of(this);
    a.add(commission);
    return a.finish();
  }

  /**
   * {@return the statement of both statements' orders}
   *
   * @param other another statement
   * @throws io.github.monetik.money.CurrencyMismatchException if the currencies differ
   * @throws IllegalArgumentException if they are as of different days
   */
  public CommissionStatement combine(CommissionStatement other) {
    Objects.requireNonNull(other, "other");
    return Accumulator.of(this).merge(Accumulator.of(other)).finish();
  }

  /** {@return the as-of day; empty for the empty statement or one made of after-all-events commissions} */
  public Optional<LocalDate> asOf() {
    return asOfDay == Accumulator.UNSET || asOfDay == Engine.ALL ? Optional.empty()
        : Optional.of(LocalDate.ofEpochDay(asOfDay));
  }

  /** {@return the currency of the orders; empty when there are none} */
  public Optional<Currency> currency() {
    return Optional.ofNullable(currencyOrNull);
  }

  /** {@return true if the statement holds no order} */
  public boolean isEmpty() {
    return orders == 0;
  }

  /** {@return how many orders placed by the as-of day it holds} */
  public long orders() {
    return orders;
  }

  /** {@return the four totals together} */
  public CommissionTotals totals() {
    return totalsValue;
  }

  /** {@return the commission kept after refunds: pending + payable + reversed} */
  public Money earned() {
    return totalsValue.earned();
  }

  /** {@return the commission still inside the settlement window} */
  public Money pending() {
    return totalsValue.pending();
  }

  /** {@return the commission that became payable at settlement} */
  public Money payable() {
    return totalsValue.payable();
  }

  /** {@return negative adjustments after settlement} */
  public Money reversed() {
    return totalsValue.reversed();
  }

  /** {@return totals per product id, sorted by id} */
  public Map<String, CommissionTotals> byProduct() {
    return byProduct;
  }

  /** {@return totals per month the orders were placed, oldest first} */
  public Map<YearMonth, CommissionTotals> byMonth() {
    return byMonth;
  }

  /** {@return totals per campaign name, {@code (open)} for sales outside campaigns} */
  public Map<String, CommissionTotals> byCampaign() {
    return byCampaign;
  }

  /**
   * The per-product breakdown as export rows (CSV, JSON, a data frame), sorted by product id. The
   * columns, in this order: {@code product} (text), {@code earned}, {@code pending},
   * {@code payable}, {@code reversed} ({@code BigDecimal}s, exact) and {@code currency} (text,
   * {@code XXX} for the empty statement). In every row earned = pending + payable + reversed, and
   * each column adds up to the statement's total.
   *
   * @return one row per product
   */
  public List<Map<String, Object>> rows() {
    return exportRows("product", byProduct);
  }

  /**
   * The per-month breakdown as export rows, oldest first: the columns of {@link #rows()}, with
   * {@code month} ({@code 2025-03}) in place of {@code product}.
   *
   * @return one row per month orders were placed in
   */
  public List<Map<String, Object>> monthRows() {
    return exportRows("month", byMonth);
  }

  /**
   * The per-campaign breakdown as export rows: the columns of {@link #rows()}, with
   * {@code campaign} in place of {@code product}.
   *
   * @return one row per campaign, {@code (open)} for sales outside campaigns
   */
  public List<Map<String, Object>> campaignRows() {
    return exportRows("campaign", byCampaign);
  }

  private List<Map<String, Object>> exportRows(String keyColumn, Map<?, CommissionTotals> breakdown) {
    String code = currencyOrNull == null ? "XXX" : currencyOrNull.getCurrencyCode();
    List<Map<String, Object>> out = new ArrayList<>(breakdown.size());
    breakdown.forEach((key, t) -> {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put(keyColumn, key.toString());
      row.put("earned", t.earned().amount());
      row.put("pending", t.pending().amount());
      row.put("payable", t.payable().amount());
      row.put("reversed", t.reversed().amount());
      row.put("currency", code);
      out.add(Collections.unmodifiableMap(row));
    });
    return Collections.unmodifiableList(out);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof CommissionStatement s && s.asOfDay == asOfDay && Objects.equals(s.currencyOrNull, currencyOrNull)
        && s.orders == orders && s.totalsValue.equals(totalsValue) && s.byProduct.equals(byProduct)
        && s.byMonth.equals(byMonth) && s.byCampaign.equals(byCampaign);
  }

  @Override
  public int hashCode() {
    return Objects.hash(asOfDay, currencyOrNull, orders, totalsValue, byProduct, byMonth, byCampaign);
  }

  /** {@return a fixed-width table: totals, then per month, per campaign and per product} */
  @Override
  public String toString() {
    String code = currencyOrNull == null ? "no currency" : currencyOrNull.getCurrencyCode();
    StringBuilder b = new StringBuilder("Commission statement ")
        .append(asOfDay == Accumulator.UNSET ? "(empty)" : "as of " + Accumulator.day(asOfDay))
        .append(" — ").append(orders).append(orders == 1 ? " order, " : " orders, ").append(code).append('\n');
    b.append(String.format("%-24s %14s %14s %14s %14s%n", "", "earned", "pending", "payable", "reversed"));
    row(b, "total", totalsValue);
    b.append("by month\n");
    byMonth.forEach((k, v) -> row(b, "  " + k, v));
    b.append("by campaign\n");
    byCampaign.forEach((k, v) -> row(b, "  " + k, v));
    b.append("by product\n");
    byProduct.forEach((k, v) -> row(b, "  " + k, v));
    return b.toString();
  }

  private static void row(StringBuilder b, String label, CommissionTotals t) {
    String l = label.length() > 24 ? label.substring(0, 23) + "…" : label;
    b.append(String.format("%-24s %14s %14s %14s %14s%n", l, t.earned().amount().toPlainString(),
        t.pending().amount().toPlainString(), t.payable().amount().toPlainString(), t.reversed().amount().toPlainString()));
  }
}
