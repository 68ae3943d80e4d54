package io.github.monetik.flink;

import io.github.monetik.affiliate.Affiliate;
import io.github.monetik.affiliate.Order;
import io.github.monetik.affiliate.OrderBatch;
import io.github.monetik.gifts.GiftEvent;
import io.github.monetik.gifts.GiftSettler;
import io.github.monetik.gifts.Gifts;
import io.github.monetik.income.Income;
import io.github.monetik.income.IncomeBatch;
import io.github.monetik.income.IncomeEntry;
import io.github.monetik.streaks.Interaction;
import io.github.monetik.streaks.StreakBatch;
import io.github.monetik.streaks.Streaks;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Objects;

/**
 * Monetik's totals as Flink {@link MonetikAggregate aggregate functions}, each built from a door's
 * serializable recipe ({@link DoorSupplier}). The recipe is called once here, on the client, to learn
 * the report's columns (the result type), and again lazily on each task manager.
 *
 * <pre>{@code
 * MonetikAggregate<GiftEvent, GiftSettler> settle = MonetikFlink.settlement(() -> Monetik.defaults().gifts());
 * MonetikAggregate<GiftEvent, GiftSettler> perMinute = MonetikFlink.earnings(() -> Monetik.defaults().gifts());
 * MonetikAggregate<Interaction, StreakBatch> streaks = MonetikFlink.streaks(() -> Monetik.defaults().streaks(), now);
 * MonetikAggregate<IncomeEntry, IncomeBatch> income =
 *     MonetikFlink.income(() -> Monetik.defaults().income(), Currency.getInstance("USD"));
 * MonetikAggregate<Order, OrderBatch> statements =
 *     MonetikFlink.statements(() -> Monetik.defaults().affiliate(), LocalDate.of(2025, 3, 31));
 * }</pre>
 *
 * <p><b>Orders come whole.</b> An affiliate {@link Order} spans several input rows (its lines, and a
 * lifecycle that any of them may carry), so the statement function's input is the whole order, with
 * its own type information ({@link MonetikTypes#order()}): read the orders first, e.g. with
 * {@code monetik-io}'s {@code OrderReader}, which gathers an order's rows and checks its lifecycle as
 * a whole. A function fed rows could only guess when an order is complete, and a refund on a later
 * row would then be missed or counted on its own. The core's {@link OrderBatch} refuses an order id it
 * holds already, in {@code add} and in {@code merge}, so an order delivered twice (or in two pieces)
 * fails the job with an {@link IllegalArgumentException} naming it, never as a double count.
 *
 * <p>Stateless; thread-safe.
 */
public final class MonetikFlink {
  private MonetikFlink() {}

  /**
   * Combo settlement: gift messages in, the {@code LiveSnapshot}'s totals out (its {@code rows()}:
   * one row of stream time, messages, naive and settled coins, diamonds, creator cash, platform cut,
   * open combos, issues, currency). Each combo counts once, at its largest count; the result's
   * {@value MonetikTypes#FORM} restores the whole snapshot: {@code gifts.settler(form).snapshot()}.
   *
   * @param gifts the gifts door's recipe, e.g. {@code () -> Monetik.defaults().gifts()}
   * @return the function
   * @throws NullPointerException if {@code gifts} is null or returns null
   */
  public static MonetikAggregate<GiftEvent, GiftSettler> settlement(DoorSupplier<Gifts> gifts) {
    Objects.requireNonNull(gifts, "gifts");
    return new MonetikAggregate<>("settlement", new GiftCodec(gifts), GiftSettler::accept, s -> s.snapshot().rows(),
        MonetikTypes.giftEvent());
  }

  /**
   * LIVE earnings per minute: gift messages in, the settled earnings' {@code rows()} out (one row per
   * minute in which a gift counted: gifts, coins, diamonds, gross, creator cash, platform cut,
   * currency; the columns add up exactly to the totals). The same accumulator as
   * {@link #settlement}; {@value MonetikTypes#FORM} restores the whole snapshot.
   *
   * @param gifts the gifts door's recipe
   * @return the function
   * @throws NullPointerException if {@code gifts} is null or returns null
   */
  public static MonetikAggregate<GiftEvent, GiftSettler> earnings(DoorSupplier<Gifts> gifts) {
    Objects.requireNonNull(gifts, "gifts");
    return new MonetikAggregate<>("earnings", new GiftCodec(gifts), GiftSettler::accept,
        s -> s.snapshot().earnings().rows(), MonetikTypes.giftEvent());
  }

  /**
   * Streak reports: interactions in, the {@code StreakReport}'s {@code rows()} out (one row per pair
   * or group), judged as of {@code now}. Associative and commutative in any merge order;
   * {@value MonetikTypes#FORM} restores the batch: {@code streaks.batch(form).report()}.
   *
   * @param streaks the streaks door's recipe, e.g. {@code () -> Monetik.defaults().streaks().in(zone)}
   * @param now the instant the report is judged at; every interaction must be at or before it
   * @return the function
   * @throws NullPointerException if an argument is null, or the recipe returns null
   * @throws IllegalArgumentException naming {@code now} if the door refuses it
   */
  public static MonetikAggregate<Interaction, StreakBatch> streaks(DoorSupplier<Streaks> streaks, Instant now) {
    Objects.requireNonNull(streaks, "streaks");
    Objects.requireNonNull(now, "now");
    return new MonetikAggregate<>("streaks", new StreakCodec(streaks, now), StreakBatch::add,
        b -> b.report().rows(), MonetikTypes.interaction());
  }

  /**
   * Income reports: income entries in, the {@code IncomeReport}'s {@code rows()} out (the streams
   * side by side), in one currency. Associative and commutative in any merge order;
   * {@value MonetikTypes#FORM} restores the batch: {@code income.batch(form).report()}.
   *
   * @param income the income door's recipe, e.g. {@code () -> Monetik.defaults().income()}
   * @param currency the report's currency; every entry must be in it
   * @return the function
   * @throws NullPointerException if an argument is null, or the recipe returns null
   */
  public static MonetikAggregate<IncomeEntry, IncomeBatch> income(DoorSupplier<Income> income, Currency currency) {
    Objects.requireNonNull(income, "income");
    Objects.requireNonNull(currency, "currency");
    return new MonetikAggregate<>("income", new IncomeCodec(income, currency), IncomeBatch::add,
        b -> b.report().rows(), MonetikTypes.incomeEntry());
  }

  /**
   * Affiliate commission statements: whole orders in, the {@code CommissionStatement}'s
   * {@code rows()} out (one row per product, then per campaign, per month and the totals: pending,
   * payable, reversed and earned, exact), as of {@code asOf}. The core's {@link OrderBatch} combines
   * associatively and commutatively, so any split, grouping and merge order gives the statement of
   * {@code affiliate.statement(orders, asOf)}, tiered commissions included (they are ranked by the day
   * an order was placed, not by arrival); {@value MonetikTypes#FORM} restores the batch:
   * {@code affiliate.batch(form).statement()}.
   *
   * @param affiliate the affiliate door's recipe, e.g. {@code () -> Monetik.defaults().affiliate()}
   * @param asOf the day the statement is drawn up on; orders placed after it add nothing
   * @return the function; its {@code add} throws {@link IllegalArgumentException} for an order whose
   *     id the accumulator holds already, or in another currency than its others
   * @throws NullPointerException if an argument is null, or the recipe returns null
   */
  public static MonetikAggregate<Order, OrderBatch> statements(DoorSupplier<Affiliate> affiliate, LocalDate asOf) {
    Objects.requireNonNull(affiliate, "affiliate");
    Objects.requireNonNull(asOf, "asOf");
    return new MonetikAggregate<>("statements", new StatementCodec(affiliate, asOf), OrderBatch::add,
        b -> b.statement().rows(), MonetikTypes.order());
  }
}
