package io.github.monetik.spark;

import io.github.monetik.gifts.Gifts;
import io.github.monetik.income.Income;
import io.github.monetik.streaks.Streaks;
import java.time.Instant;
import java.util.Currency;
import java.util.Objects;

/**
 * Monetik's aggregations for Apache Spark: each gives, per group, what the single-JVM collector gives
 * for the group's rows, exactly.
 *
 * <pre>{@code
 * MonetikFunction settle = MonetikSpark.settlement(() -> Monetik.defaults().gifts());
 * messages.groupBy("host").agg(settle.column(messages).as("live"));
 * settle.register(spark);   // SELECT host, monetik_settlement(timestamp, host, ...) FROM messages GROUP BY host
 * }</pre>
 *
 * <p><b>Merge order.</b> Spark combines partial results in no promised order. The streak and income
 * batches combine in any grouping and order to the one-pass result; gift settlement does too for
 * messages with a group id (what TikTok's LIVE clients deliver), and so do single gifts. A repeatable
 * gift message without a group id can only be placed by stream order, which a shuffle does not keep:
 * settle such a room in one partition, in order (e.g. {@code repartition(host).sortWithinPartitions(host,
 * timestamp)} then a single-JVM settler per partition), not with these aggregations.
 */
public final class MonetikSpark {
  private MonetikSpark() {}

  /**
   * {@return combo settlement per group: the rows of {@code LiveSnapshot.rows()} (messages, naive and
   *     settled coins, diamonds, creator cash, open combos, issues)}; input: the recorded gift CSV's columns
   *
   * @param gifts how each executor builds the gifts door
   */
  public static MonetikFunction settlement(DoorSupplier<Gifts> gifts) {
    return new MonetikFunction(new Aggregation<>(new Domains.GiftSettlement(Objects.requireNonNull(gifts, "gifts"), false)));
  }

  /**
   * {@return LIVE earnings per group: the rows of {@code LiveEarnings.rows()} (per minute: gifts, coins,
   *     diamonds, gross, creator cash, platform cut) of the settled gifts}; input as {@link #settlement}
   *
   * @param gifts how each executor builds the gifts door
   */
  public static MonetikFunction earnings(DoorSupplier<Gifts> gifts) {
    return new MonetikFunction(new Aggregation<>(new Domains.GiftSettlement(Objects.requireNonNull(gifts, "gifts"), true)));
  }

  /**
   * {@return streak reports per group as of an instant: the rows of {@code StreakReport.rows()}}; input:
   *     {@code timestamp, from, to, kind} as {@code monetik-io}'s interaction CSV ({@code to} joined by {@code +})
   *
   * @param streaks how each executor builds the streaks door
   * @param now the instant the streaks are judged at
   */
  public static MonetikFunction streaks(DoorSupplier<Streaks> streaks, Instant now) {
    Objects.requireNonNull(now, "now");
    return new MonetikFunction(new Aggregation<>(new Domains.StreakReports(Objects.requireNonNull(streaks, "streaks"), now)));
  }

  /**
   * {@return income reports per group in one currency: the rows of {@code IncomeReport.rows()}}; input:
   *     {@code stream, month, kind, amount, currency} (stream and kind by enum name, month {@code yyyy-MM},
   *     amount an exact decimal)
   *
   * @param income how each executor builds the income door
   * @param currency the currency every entry must be in
   */
  public static MonetikFunction income(DoorSupplier<Income> income, Currency currency) {
    Objects.requireNonNull(currency, "currency");
    return new MonetikFunction(new Aggregation<>(new Domains.IncomeReports(Objects.requireNonNull(income, "income"), currency)));
  }
}
