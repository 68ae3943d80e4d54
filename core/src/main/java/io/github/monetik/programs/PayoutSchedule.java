package io.github.monetik.programs;

import io.github.monetik.internal.Checks;
import io.github.monetik.internal.TextTable;
import io.github.monetik.money.CurrencyMismatchException;
import io.github.monetik.money.ExchangeRates;
import io.github.monetik.money.MissingExchangeRateException;
import io.github.monetik.money.Money;
import io.github.monetik.report.Provenance;
import io.github.monetik.report.Rows;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Monthly payouts of a program's earnings: each month's earnings plus what was carried in are paid
 * on the pay day if they reach the minimum payout, and carried to the next month if not. Money is
 * conserved: the total paid plus what is still carried equals the total earned, exactly. Made by
 * {@link Programs#payouts}; immutable and value-equal, provenance included.
 *
 * <p>Payments are whole minor units (cents): the part of a cent left over is carried, never dropped.
 *
 * <pre>{@code
 * SortedMap<YearMonth, Money> earned = new TreeMap<>(Map.of(
 *     YearMonth.of(2024, 4), Money.of("30", "USD"), YearMonth.of(2024, 5), Money.of("35", "USD")));
 * PayoutSchedule s = Monetik.defaults().programs().payouts(Program.CREATOR_REWARDS, earned);   // minimum USD 50
 * s.totalPaid();   // USD 65.00, paid 2024-06-15 (April's 30 was carried)
 * }</pre>
 */
public final class PayoutSchedule {
  /** One month of the schedule. */
  public static final class Month {
    private final YearMonth month;
    private final Money earned;
    private final Money carriedIn;
    private final Money paid;
    private final Money carriedOut;
    private final @Nullable LocalDate payDate;

    Month(YearMonth month, Money earned, Money carriedIn, Money paid, Money carriedOut, @Nullable LocalDate payDate) {
      this.month = month;
      this.earned = earned;
      this.carriedIn = carriedIn;
      this.paid = paid;
      this.carriedOut = carriedOut;
      this.payDate = payDate;
    }

    /** {@return the month earned} */
    public YearMonth month() {
      return month;
    }

    /** {@return earned in the month} */
    public Money earned() {
      return earned;
    }

    /** {@return carried in from earlier months} */
    public Money carriedIn() {
      return carriedIn;
    }

    /** {@return paid for the month, whole minor units; zero when below the minimum} */
    public Money paid() {
      return paid;
    }

    /** {@return carried to the next month: {@code carriedIn + earned - paid}} */
    public Money carriedOut() {
      return carriedOut;
    }

    /** {@return the day of the payment; empty when nothing is paid} */
    public Optional<LocalDate> payDate() {
      return Optional.ofNullable(payDate);
    }

    @Override
    public boolean equals(@Nullable Object o) {
      return o instanceof Month m && m.month.equals(month) && m.earned.equals(earned) && m.carriedIn.equals(carriedIn)
          && m.paid.equals(paid) && m.carriedOut.equals(carriedOut) && Objects.equals(m.payDate, payDate);
    }

    @Override
    public int hashCode() {
      return Objects.hash(month, earned, carriedIn, paid, carriedOut, payDate);
    }

    @Override
    public String toString() {
      return month + ": earned " + earned + ", carried in " + carriedIn + ", paid " + paid
          + (payDate == null ? "" : " on " + payDate) + ", carried out " + carriedOut;
    }
  }

  private final Provenance provenance;
  private final Money minimumPayout;
  private final List<Month> months;

  private PayoutSchedule(Provenance provenance, Money minimumPayout, List<Month> months) {
    this.provenance = provenance;
    this.minimumPayout = minimumPayout;
    this.months = List.copyOf(months);
  }

  /**
   * The schedule, one row per month given, in order.
   *
   * @param provenance where the pay terms come from
   * @param minimumPayout the least amount paid out, {@code >= 0}
   * @param payDay when a month is paid
   * @param earned earnings by month, each {@code >= 0}, in the minimum's currency
   * @throws IllegalArgumentException if an earning is negative, or a month's pay day is past {@link LocalDate#MAX}
   * @throws CurrencyMismatchException if an earning is not in the minimum's currency
   * @throws NullPointerException naming {@code earned}, a null month ({@code earned[0]}) or a null
   *     earning ({@code earned[2024-05]})
   */
  static PayoutSchedule of(Provenance provenance, Money minimumPayout, PayDay payDay, SortedMap<YearMonth, Money> earned) {
    Checks.notNull(earned, "earned");
    Money zero = Money.zero(minimumPayout.currency());
    Money carried = zero;
    List<Month> rows = new ArrayList<>();
    // In calendar order whatever the map's comparator; nulls named before any sorting touches them.
    TreeMap<YearMonth, Money> byMonth = new TreeMap<>();
    int i = 0;
    for (Map.Entry<YearMonth, Money> e : earned.entrySet()) {
      YearMonth month = Checks.notNull(e.getKey(), "earned[" + i + "]");
      byMonth.put(month, Checks.notNull(e.getValue(), "earned[" + month + "]"));
      i++;
    }
    for (Map.Entry<YearMonth, Money> e : byMonth.entrySet()) {
      YearMonth month = e.getKey();
      Money amount = e.getValue();
      if (amount.isNegative()) {
        throw Checks.invalid("earned[" + month + "]", ">= 0", amount);
      }
      Money available = carried.plus(amount);
      Money payable = available.rounded(RoundingMode.DOWN);
      boolean pays = payable.isPositive() && !payable.isLessThan(minimumPayout);
      Money paid = pays ? payable : zero;
      Money carriedOut = available.minus(paid);
      rows.add(new Month(month, amount, carried, paid, carriedOut, pays ? payDay.payDate(month, "earned[" + month + "]") : null));
      carried = carriedOut;
    }
    return new PayoutSchedule(provenance, minimumPayout, rows);
  }

  /** {@return where the pay terms come from} */
  public Provenance provenance() {
    return provenance;
  }

  /** {@return the minimum payout applied} */
  public Money minimumPayout() {
    return minimumPayout;
  }

  /** {@return the months, in order} */
  public List<Month> months() {
    return months;
  }

  /** {@return everything earned} */
  public Money totalEarned() {
    return months.stream().map(Month::earned).reduce(Money.zero(minimumPayout.currency()), Money::plus);
  }

  /** {@return everything paid} */
  public Money totalPaid() {
    return months.stream().map(Month::paid).reduce(Money.zero(minimumPayout.currency()), Money::plus);
  }

  /** {@return what is still carried after the last month (not yet paid)} */
  public Money carried() {
    return months.isEmpty() ? Money.zero(minimumPayout.currency()) : months.get(months.size() - 1).carriedOut();
  }

  /**
   * The payments in another currency, each converted at the rate of its pay day. The source is
   * asked once per currency pair and day.
   *
   * @param currency the currency to show
   * @param rates your exchange-rate source
   * @return each pay day and its payment in {@code currency}, exact
   * @throws MissingExchangeRateException if the source has no rate for a pay day
   * @throws IllegalArgumentException if the source gives a rate that is not positive
   */
  public SortedMap<LocalDate, Money> paymentsIn(Currency currency, ExchangeRates rates) {
    Conversion conversion = new Conversion(currency, rates);
    SortedMap<LocalDate, Money> out = new TreeMap<>();
    for (Month m : months) {
      if (m.payDate != null) {
        out.merge(m.payDate, conversion.convert(m.paid, m.payDate), Money::plus);
      }
    }
    return out;
  }

  /**
   * One row per month, in order. Columns: {@code month} (text, {@code 2024-05}), {@code earned},
   * {@code carried_in}, {@code paid} (amounts), {@code pay_date} (text, ISO day, empty when nothing
   * is paid), {@code carried_out} (amount) and {@code currency} (text). For every row
   * {@code carried_in + earned = paid + carried_out}; the paid amounts add up to {@link #totalPaid()}.
   *
   * @return the rows
   */
  public Rows rows() {
    Rows.Builder b = Rows.builder().text("month").amount("earned").amount("carried_in").amount("paid").text("pay_date")
        .amount("carried_out").text("currency");
    for (Month m : months) {
      b.row(m.month.toString(), m.earned.amount(), m.carriedIn.amount(), m.paid.amount(),
          m.payDate == null ? "" : m.payDate.toString(), m.carriedOut.amount(), m.earned.currency().getCurrencyCode());
    }
    return b.build();
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof PayoutSchedule s && s.provenance.equals(provenance) && s.minimumPayout.equals(minimumPayout)
        && s.months.equals(months);
  }

  @Override
  public int hashCode() {
    return Objects.hash(provenance, minimumPayout, months);
  }

  /** {@return a small table, one line per month, the totals, then the provenance's notes} */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder("Payouts (minimum " + minimumPayout + ")\n");
    TextTable t = TextTable.of("month", "earned", "carried in", "paid", "on", "carried out").leftAligned(4);
    for (Month m : months) {
      t.row(m.month, m.earned.amount(), m.carriedIn.amount(), m.paid.amount(),
          m.payDate == null ? "-" : m.payDate.toString(), m.carriedOut.amount());
    }
    b.append(t.render("  ")).append('\n');
    b.append("  total earned ").append(totalEarned()).append(", paid ").append(totalPaid())
        .append(", still carried ").append(carried()).append('\n');
    for (String n : provenance.notes()) {
      b.append("  note: ").append(n).append('\n');
    }
    return b.toString();
  }
}
