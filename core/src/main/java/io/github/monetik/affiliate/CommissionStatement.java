package io.github.monetik.affiliate;

import io.github.monetik.internal.Checks;
import io.github.monetik.internal.Fold;
import io.github.monetik.internal.TextTable;
import io.github.monetik.money.CurrencyMismatchException;
import io.github.monetik.money.Money;
import io.github.monetik.report.Provenance;
import io.github.monetik.report.Rows;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.Collections;
import java.util.Currency;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What a creator's referred orders earned as of a day: earned, pending (inside the settlement
 * window), payable, and reversed (refunds, returns and fraud after settlement, as negative
 * adjustments), in total, per product, per month (the month the order was placed) and per campaign
 * ({@code (open)} for sales at the open, Shop Ads, tiered or a category rate). Always {@code earned
 * = pending + payable + reversed}, in every row. Made by the {@link Affiliate} door; carries its
 * provenance.
 *
 * <p>An order is counted once: a statement refuses an order whose id it holds already (an
 * {@link IllegalArgumentException} naming it), so it keeps the ids of its orders
 * ({@link #orderIds()}). Orders placed after the as-of day are left out. Under a
 * {@link TieredCommission} the statement ranks the creator's orders of the product and pays the
 * second tier from the order after the threshold on.
 *
 * <p>A monoid: {@link Affiliate#emptyStatement()} is the identity and {@link #combine} is
 * associative and commutative, so any split of the orders, combined in any grouping and order,
 * gives the statement of all of them; {@link #plus} adds one order's commission in O(1) (a fold of
 * {@code n} of them costs O(n) when read), and {@link Affiliate#toStatement(LocalDate)} collects a
 * stream. All orders of a statement share one currency, one as-of day and one provenance: mixing
 * currencies throws {@link CurrencyMismatchException} (convert the orders first, with a rate source
 * you trust), mixing days or rules an {@link IllegalArgumentException}. An empty statement has no
 * currency; its amounts are zero in {@code XXX} (ISO 4217: no currency).
 *
 * <pre>{@code
 * CommissionStatement s = Monetik.defaults().affiliate().statement(orders, LocalDate.of(2025, 3, 31));
 * s.payable(); s.pending(); s.byProduct().get("lamp-01").reversed();
 * s.rows();        // per product; monthRows(), campaignRows()
 * }</pre>
 */
public final class CommissionStatement {
  /** The breakdowns, made once from the accumulated state. */
  record Breakdown(CommissionTotals total, Map<String, CommissionTotals> byProduct,
      Map<YearMonth, CommissionTotals> byMonth, Map<String, CommissionTotals> byCampaign) {
    Breakdown {
      byProduct = Collections.unmodifiableMap(byProduct);
      byMonth = Collections.unmodifiableMap(byMonth);
      byCampaign = Collections.unmodifiableMap(byCampaign);
    }
  }

  private final Provenance provenance;
  final long asOfDay;
  private final @Nullable Currency currency;
  private final OrderIds ids;
  private final Fold<Accumulator> fold;
  private volatile @Nullable Breakdown breakdown;

  private CommissionStatement(Provenance provenance, long asOfDay, @Nullable Currency currency, OrderIds ids,
      Fold<Accumulator> fold) {
    this.provenance = provenance;
    this.asOfDay = asOfDay;
    this.currency = currency;
    this.ids = ids;
    this.fold = fold;
  }

  /** {@return the statement of no orders under that provenance, as of no day yet} */
  static CommissionStatement empty(Provenance provenance) {
    return new CommissionStatement(provenance, Accumulator.UNSET, null, OrderIds.none(),
        Fold.of(new Accumulator(null, Accumulator.UNSET)));
  }

  /** {@return the statement of a finished accumulator, which is not changed afterwards} */
  static CommissionStatement of(Provenance provenance, Accumulator a) {
    return of(provenance, a, a.ids);
  }

  /** {@return the statement of those amounts (not changed afterwards) and those ids (copied)} */
  static CommissionStatement of(Provenance provenance, Accumulator amounts, Collection<String> ids) {
    return new CommissionStatement(provenance, amounts.asOf, amounts.currency, OrderIds.of(ids), Fold.of(amounts));
  }

  private Accumulator state() {
    return fold.state(Accumulator::copy, (a, c) -> a.add((OrderCommission) c));
  }

  private Breakdown breakdown() {
    Breakdown b = breakdown;
    if (b == null) {
      b = state().breakdown(currency == null ? Currency.getInstance("XXX") : currency);
      breakdown = b;
    }
    return b;
  }

  private void sameDay(long other) {
    if (asOfDay != Accumulator.UNSET && other != Accumulator.UNSET && other != asOfDay) {
      throw new IllegalArgumentException("asOf must be the statement's " + Accumulator.day(asOfDay) + ", was "
          + Accumulator.day(other));
    }
  }

  /**
   * {@return a new statement with it added; this one is unchanged}
   *
   * @param commission one order's commission, by the door of this statement; an order not yet placed
   *     on the as-of day adds nothing
   * @throws CurrencyMismatchException if its currency differs from the statement's
   * @throws IllegalArgumentException if it is as of another day or under other rules than the
   *     statement, or its order is in the statement already
   * @throws NullPointerException if it is null
   * @throws ArithmeticException when the statement is read, if a total passes {@link Long#MAX_VALUE} minor units
   */
  public CommissionStatement plus(OrderCommission commission) {
    Checks.notNull(commission, "commission");
    if (!commission.provenance().equals(provenance)) {
      throw Checks.invalid("commission", "under the statement's rules " + provenance.id(), commission.provenance().id());
    }
    long day = commission.asOfDay();
    sameDay(day);
    if (commission.status() == OrderCommission.Status.NOT_YET_PLACED) {
      return day == asOfDay ? this : new CommissionStatement(provenance, day, currency, ids, fold);
    }
    Order order = commission.order();
    Currency theirs = order.currency();
    if (currency != null && !currency.equals(theirs)) {
      throw new CurrencyMismatchException("statement (order " + Checks.echo(order.id()) + ")", currency, theirs);
    }
    OrderIds more = ids.plus(order.id());
    if (more == null) {
      throw new IllegalArgumentException("commission must be of an order not in the statement yet, was order "
          + Checks.echo(order.id()) + " again");
    }
    return new CommissionStatement(provenance, day, theirs, more, fold.plus(commission));
  }

  /**
   * {@return the statement of both statements' orders}
   *
   * @param other another statement of the same door
   * @throws CurrencyMismatchException if the currencies differ
   * @throws IllegalArgumentException if they are as of different days or under other rules, or
   *     share an order
   * @throws NullPointerException if it is null
   * @throws ArithmeticException if a total passes {@link Long#MAX_VALUE} minor units
   */
  public CommissionStatement combine(CommissionStatement other) {
    Checks.notNull(other, "other");
    if (!other.provenance.equals(provenance)) {
      throw Checks.invalid("other", "under the statement's rules " + provenance.id(), other.provenance.id());
    }
    sameDay(other.asOfDay);
    Currency mine = currency;
    Currency theirs = other.currency;
    if (mine != null && theirs != null && !mine.equals(theirs)) {
      throw new CurrencyMismatchException("statement (combining)", mine, theirs);
    }
    String both = OrderIds.common(ids, other.ids);
    if (both != null) {
      throw new IllegalArgumentException("other must be a statement of other orders, was one with order "
          + Checks.echo(both) + " in both");
    }
    Accumulator merged = state().copy();
    merged.absorb(other.state());
    return new CommissionStatement(provenance, asOfDay == Accumulator.UNSET ? other.asOfDay : asOfDay,
        mine != null ? mine : theirs, OrderIds.union(ids, other.ids), Fold.of(merged));
  }

  /** {@return where the rules of this statement come from} */
  public Provenance provenance() {
    return provenance;
  }

  /** {@return the as-of day; empty for an empty statement not given one, or one of after-all-events commissions} */
  public Optional<LocalDate> asOf() {
    return asOfDay == Accumulator.UNSET || asOfDay == Engine.ALL ? Optional.empty()
        : Optional.of(LocalDate.ofEpochDay(asOfDay));
  }

  /** {@return the currency of the orders; empty when there are none} */
  public Optional<Currency> currency() {
    return Optional.ofNullable(currency);
  }

  /** {@return true if the statement holds no order} */
  public boolean isEmpty() {
    return ids.size() == 0;
  }

  /** {@return how many orders placed by the as-of day it holds} */
  public long orders() {
    return ids.size();
  }

  /** {@return the ids of the orders it holds, in ascending order (the same however the statement was built)} */
  public Set<String> orderIds() {
    return ids.set();
  }

  /** {@return the four totals together} */
  public CommissionTotals totals() {
    return breakdown().total();
  }

  /** {@return the commission kept after refunds: pending + payable + reversed} */
  public Money earned() {
    return totals().earned();
  }

  /** {@return the commission still inside the settlement window} */
  public Money pending() {
    return totals().pending();
  }

  /** {@return the commission that became payable at settlement} */
  public Money payable() {
    return totals().payable();
  }

  /** {@return negative adjustments after settlement} */
  public Money reversed() {
    return totals().reversed();
  }

  /** {@return totals per product id, sorted by id} */
  public Map<String, CommissionTotals> byProduct() {
    return breakdown().byProduct();
  }

  /** {@return totals per month the orders were placed, oldest first} */
  public Map<YearMonth, CommissionTotals> byMonth() {
    return breakdown().byMonth();
  }

  /** {@return totals per campaign name, {@code (open)} for sales outside campaigns, sorted by name} */
  public Map<String, CommissionTotals> byCampaign() {
    return breakdown().byCampaign();
  }

  /**
   * The per-product breakdown as export rows (CSV, JSON, a data frame), sorted by product id. The
   * columns, in this order: {@code product} (text), {@code earned}, {@code pending},
   * {@code payable}, {@code reversed} (amounts, exact) and {@code currency} (text, {@code XXX} for
   * the empty statement). In every row earned = pending + payable + reversed, and each column adds
   * up to the statement's total.
   *
   * @return one row per product
   */
  public Rows rows() {
    return rows("product", byProduct());
  }

  /**
   * The per-month breakdown as export rows, oldest first: the columns of {@link #rows()}, with
   * {@code month} ({@code 2025-03}) in place of {@code product}.
   *
   * @return one row per month orders were placed in
   */
  public Rows monthRows() {
    return rows("month", byMonth());
  }

  /**
   * The per-campaign breakdown as export rows: the columns of {@link #rows()}, with
   * {@code campaign} in place of {@code product}.
   *
   * @return one row per campaign, {@code (open)} for sales outside campaigns
   */
  public Rows campaignRows() {
    return rows("campaign", byCampaign());
  }

  private Rows rows(String keyColumn, Map<?, CommissionTotals> breakdown) {
    String code = currency == null ? "XXX" : currency.getCurrencyCode();
    Rows.Builder b = Rows.builder().text(keyColumn).amount("earned").amount("pending").amount("payable")
        .amount("reversed").text("currency");
    breakdown.forEach((key, t) -> b.row(key.toString(), t.earned().amount(), t.pending().amount(),
        t.payable().amount(), t.reversed().amount(), code));
    return b.build();
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof CommissionStatement s && s.provenance.equals(provenance) && s.asOfDay == asOfDay
        && Objects.equals(s.currency, currency) && s.ids.set().equals(ids.set()) && s.breakdown().equals(breakdown());
  }

  @Override
  public int hashCode() {
    return Objects.hash(provenance, asOfDay, currency, ids.set(), breakdown());
  }

  /**
   * {@return a table: the totals, then per month, per campaign and per product, then the
   *     provenance's notes}
   */
  @Override
  public String toString() {
    long orders = orders();
    StringBuilder b = new StringBuilder("Commission statement ")
        .append(asOfDay == Accumulator.UNSET ? "(empty)" : "as of " + Accumulator.day(asOfDay))
        .append(" — ").append(TextTable.grouped(orders)).append(orders == 1 ? " order, " : " orders, ")
        .append(currency == null ? "no currency" : currency.getCurrencyCode()).append('\n');
    TextTable t = TextTable.of("", "earned", "pending", "payable", "reversed");
    row(t, "total", totals());
    t.row("by month");
    byMonth().forEach((k, v) -> row(t, "  " + k, v));
    t.row("by campaign");
    byCampaign().forEach((k, v) -> row(t, "  " + k, v));
    t.row("by product");
    byProduct().forEach((k, v) -> row(t, "  " + k, v));
    b.append(t.render(""));
    return Notes.append(b, provenance).toString();
  }

  private static void row(TextTable t, String label, CommissionTotals v) {
    String l = label.length() > 24 ? label.substring(0, 23) + "…" : label;
    t.row(l, v.earned().amount(), v.pending().amount(), v.payable().amount(), v.reversed().amount());
  }
}
