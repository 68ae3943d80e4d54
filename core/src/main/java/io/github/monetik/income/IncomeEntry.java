package io.github.monetik.income;

import io.github.monetik.internal.MonetikStyle;
import io.github.monetik.money.Money;
import java.time.YearMonth;
import org.immutables.value.Value;

/**
 * One amount of income: which stream, which month, how much, and what kind of amount it is.
 *
 * <pre>{@code
 * IncomeEntry.earned(IncomeStream.LIVE_GIFTS, YearMonth.of(2025, 3), Money.of("149.99", "USD"));
 * IncomeEntry.refund(IncomeStream.AFFILIATE, YearMonth.of(2025, 3), Money.of("-4.20", "USD"));
 * IncomeEntry.estimate(IncomeStream.CREATOR_PROGRAMS, YearMonth.of(2025, 3), Money.of("70", "USD"));
 * }</pre>
 */
@Value.Immutable
@MonetikStyle
public abstract class IncomeEntry {
  IncomeEntry() {}

  /** What an amount is; the kind decides which signs are allowed. */
  public enum EntryType {
    /** Money earned: never negative. */
    EARNED,
    /** An estimate (a payout estimate's expected value, an agreed deal not yet paid): never negative. */
    ESTIMATE,
    /** Money taken back (a refunded order's commission): never positive. */
    REFUND,
    /** A correction either way. */
    ADJUSTMENT
  }

  /**
   * {@return an entry of kind {@link EntryType#EARNED}}
   *
   * @param stream the income stream
   * @param month the month it belongs to
   * @param amount the amount, {@code >= 0}
   * @throws IllegalArgumentException if the amount is negative, or money for a stream that pays none
   */
  public static IncomeEntry earned(IncomeStream stream, YearMonth month, Money amount) {
    return of(stream, month, amount, EntryType.EARNED);
  }

  /**
   * {@return an entry of kind {@link EntryType#ESTIMATE}}
   *
   * @param stream the income stream
   * @param month the month it belongs to
   * @param amount the estimated amount, {@code >= 0}
   * @throws IllegalArgumentException if the amount is negative, or money for a stream that pays none
   */
  public static IncomeEntry estimate(IncomeStream stream, YearMonth month, Money amount) {
    return of(stream, month, amount, EntryType.ESTIMATE);
  }

  /**
   * {@return an entry of kind {@link EntryType#REFUND}}
   *
   * @param stream the income stream
   * @param month the month it belongs to
   * @param amount the amount taken back, {@code <= 0}
   * @throws IllegalArgumentException if the amount is positive
   */
  public static IncomeEntry refund(IncomeStream stream, YearMonth month, Money amount) {
    return of(stream, month, amount, EntryType.REFUND);
  }

  /**
   * {@return the entry}
   *
   * @param stream the income stream
   * @param month the month it belongs to
   * @param amount the amount of any sign
   * @param kind what the amount is
   * @throws IllegalArgumentException if the sign does not fit the kind, or money for a stream that pays none
   */
  public static IncomeEntry of(IncomeStream stream, YearMonth month, Money amount, EntryType kind) {
    return ImmutableIncomeEntry.builder().stream(stream).month(month).amount(amount).kind(kind).build();
  }

  /** {@return the income stream} */
  public abstract IncomeStream stream();

  /** {@return the month it belongs to} */
  public abstract YearMonth month();

  /** {@return the amount} */
  public abstract Money amount();

  /** {@return what the amount is} */
  public abstract EntryType kind();

  @Value.Check
  void check() {
    if ((kind() == EntryType.EARNED || kind() == EntryType.ESTIMATE) && amount().isNegative()) {
      throw new IllegalArgumentException("amount must be >= 0 for " + kind() + " (use REFUND or ADJUSTMENT), was " + amount());
    }
    if (kind() == EntryType.REFUND && amount().isPositive()) {
      throw new IllegalArgumentException("amount must be <= 0 for REFUND, was " + amount());
    }
    if (!stream().paysDirectly() && !amount().isZero()) {
      throw new IllegalArgumentException("amount must be 0 for " + stream() + ", which pays no money directly, was " + amount());
    }
  }
}
