package io.github.monetik.gifts;

import io.github.monetik.internal.Checks;
import io.github.monetik.internal.Door;
import io.github.monetik.report.Provenance;
import io.github.monetik.money.Diamonds;
import java.time.LocalDate;
import java.util.stream.Collector;

/**
 * The LIVE gifts door ({@code Monetik.gifts()}): the catalog, combo settlement of a finished batch
 * of messages, the live tally of a running LIVE, earnings and withdrawals, on the policies of one
 * rules book. Immutable and safe to share between threads.
 *
 * <pre>{@code
 * Gifts gifts = Monetik.defaults().gifts();
 * ComboSettlement s = gifts.settle(events);            // each combo once; open combos listed
 * LiveEarnings e = gifts.earnings(s);                  // settled gifts only
 * LiveEarnings all = gifts.earnings(s.includeOpen());  // open combos counted too
 * LiveTally live = gifts.tally();                      // while the LIVE runs, from the client's thread
 * WithdrawalPlan p = gifts.planWithdrawals(e.diamonds(), LocalDate.now());
 * }</pre>
 *
 * <p>A door whose catalog is empty checks no gift ids (reports no unknown gift).
 */
public final class Gifts extends Door {
  private final DiamondPolicy diamonds;
  private final GiftCatalog catalog;
  private final WithdrawalPolicy withdrawals;
  private final Provenance provenance;

  private Gifts(DiamondPolicy diamonds, GiftCatalog catalog, WithdrawalPolicy withdrawals, Provenance provenance) {
    super(diamonds, catalog, withdrawals, provenance);
    this.diamonds = diamonds;
    this.catalog = catalog;
    this.withdrawals = withdrawals;
    this.provenance = provenance;
  }

  /**
   * {@return the gifts door on these policies}
   *
   * @param diamondPolicy how gifted coins become diamonds and cash
   * @param giftCatalog the gifts known (unknown ids are reported by settlement)
   * @param withdrawalPolicy the withdrawal cap, minimum and processing window
   * @param provenance where the policies come from, carried into every result
   * @throws NullPointerException if an argument is null
   */
  public static Gifts of(DiamondPolicy diamondPolicy, GiftCatalog giftCatalog, WithdrawalPolicy withdrawalPolicy,
      Provenance provenance) {
    return new Gifts(Checks.notNull(diamondPolicy, "diamondPolicy"), Checks.notNull(giftCatalog, "giftCatalog"),
        Checks.notNull(withdrawalPolicy, "withdrawalPolicy"), Checks.notNull(provenance, "provenance"));
  }

  /** {@return the gift catalog} */
  public GiftCatalog giftCatalog() {
    return catalog;
  }

  /** {@return the diamond policy} */
  public DiamondPolicy diamondPolicy() {
    return diamonds;
  }

  /** {@return the withdrawal policy} */
  public WithdrawalPolicy withdrawalPolicy() {
    return withdrawals;
  }

  /** {@return where this door's rules come from} */
  public Provenance provenance() {
    return provenance;
  }

  /**
   * Settles a batch of messages: each combo once, open combos listed, issues reported.
   *
   * @param events gift messages, in any order
   * @return the settlement
   * @throws NullPointerException naming the element ({@code events[3]}) if one is null
   * @throws ArithmeticException naming the operation if a coin total exceeds {@link Long#MAX_VALUE}
   */
  public ComboSettlement settle(Iterable<GiftEvent> events) {
    Checks.notNull(events, "events");
    ComboSettler settler = ComboSettler.batch(catalog, checksCatalog());
    int i = 0;
    for (GiftEvent e : events) {
      settler.accept(Checks.notNull(e, "events[" + i++ + "]"));
    }
    return settler.settlement(provenance);
  }

  private boolean checksCatalog() {
    return !catalog.gifts().isEmpty();
  }

  /**
   * A collector that settles messages: {@code events.parallelStream().collect(gifts.toSettlement())}
   * gives what {@link #settle(Iterable)} gives, for a stream of any size, split anywhere (even inside
   * a combo): chunks are combined in stream order. Memory is per combo and single gift, not per
   * message.
   *
   * @return a collector of gift messages into their settlement
   */
  public Collector<GiftEvent, ?, ComboSettlement> toSettlement() {
    return Collector.of(() -> ComboSettler.batch(catalog, checksCatalog()),
        (s, e) -> s.accept(Checks.notNull(e, "events element")), (a, b) -> {
          a.combine(b);
          return a;
        }, s -> s.settlement(provenance));
  }

  /**
   * {@return a new settler for a batch fed by hand: a reader's fast path (see {@link GiftSettler})}
   */
  public GiftSettler settler() {
    return new GiftSettler(catalog, diamonds, provenance);
  }

  /**
   * Restores a settler from the bytes of {@link GiftSettler#toBytes()}, under this door: the restored
   * settler behaves exactly as the one that wrote them (the same snapshot, settlement and totals, and
   * the same results after more messages or combines, on either side), with this door's catalog,
   * diamond policy and provenance.
   *
   * <p>The bytes are not trusted: every value is checked against its range and the records against
   * the rules of the state (each total is recomputed from them, never read), so a form that is
   * truncated, altered or crafted is refused rather than turned into a settler that gives a wrong
   * number later. Restoring takes time and memory linear in the form's size.
   *
   * @param form the bytes of a settler of a door with the same rules (its catalog's gifts and its
   *     diamond policy)
   * @return a new settler holding that state
   * @throws NullPointerException if {@code form} is null
   * @throws IllegalArgumentException naming {@code form}, and the field and byte offset where they
   *     apply, if the form is truncated or has bytes after its end, is not a gift settler's form of
   *     version 1, was written under other rules (its digest differs), holds a value out of its range
   *     (a negative count, an index outside its table, a flag outside its bits) or records that break
   *     a rule of the state (an id listed twice, a combo whose smallest count exceeds its largest,
   *     records worth more coins than the messages, a record of a gift no message had, ...)
   */
  public GiftSettler settler(byte[] form) {
    return GiftSettler.restore(Checks.notNull(form, "form"), catalog, diamonds, provenance);
  }

  /**
   * A collector that settles messages into totals and breakdowns: what {@code settle} gives, seen as
   * a {@link LiveSnapshot} (earnings per sender, gift, host and minute, the open combos, the issues)
   * without building a {@link CountedGift} for every settled gift, so a big log's end costs a few
   * array updates per gift. Parallel streams, split anywhere, give what one pass gives.
   *
   * @return a collector of gift messages into a snapshot of their settlement
   */
  public Collector<GiftEvent, ?, LiveSnapshot> toSnapshot() {
    return Collector.of(() -> ComboSettler.batch(catalog, checksCatalog()),
        (s, e) -> s.accept(Checks.notNull(e, "events element")), (a, b) -> {
          a.combine(b);
          return a;
        }, s -> Snapshots.of(s, diamonds, provenance));
  }

  /**
   * A live tally with the default options ({@link TallyOptions#defaults()}: 5 minutes retention,
   * idle combos expire after 1 minute).
   *
   * @return a new, empty tally
   */
  public LiveTally tally() {
    return tally(TallyOptions.defaults());
  }

  /**
   * {@return a new, empty live tally}
   *
   * @param options how it bounds memory and closes idle combos
   */
  public LiveTally tally(TallyOptions options) {
    return new LiveTally(diamonds, catalog, provenance, Checks.notNull(options, "options"));
  }

  /**
   * {@return the earnings of a settlement's {@link ComboSettlement#settled()} gifts (call
   *     {@link ComboSettlement#includeOpen()} first to count open combos too)}
   *
   * @param settlement a settlement
   */
  public LiveEarnings earnings(ComboSettlement settlement) {
    return LiveEarnings.of(Checks.notNull(settlement, "settlement").settled(), diamonds, provenance);
  }

  /**
   * {@return the earnings of counted gifts under the diamond policy; of none, the identity of
   *     {@link LiveEarnings#combine(LiveEarnings)}}
   *
   * @param gifts counted gifts
   * @throws NullPointerException naming the element ({@code gifts[3]}) if one is null
   */
  public LiveEarnings earnings(Iterable<CountedGift> gifts) {
    return LiveEarnings.of(Checks.notNull(gifts, "gifts"), diamonds, provenance);
  }

  /** {@return a collector of counted gifts into their earnings; parallel streams give the same result} */
  public Collector<CountedGift, ?, LiveEarnings> toEarnings() {
    return Collector.of(Aggregates::new, (a, g) -> LiveEarnings.add(a, Checks.notNull(g, "gifts element")),
        Aggregates::merge, a -> LiveEarnings.of(diamonds, provenance, a), Collector.Characteristics.UNORDERED);
  }

  /**
   * Plans withdrawals of a diamond balance: whole diamonds, as much as the daily cap allows each
   * calendar day from the start date; when the last day would fall below the minimum, the day before
   * gives up just enough for the last one to reach it (if it can and still meet the minimum itself);
   * otherwise that last part stays in the wallet and the plan says so.
   *
   * @param balance the diamonds to withdraw
   * @param startDate the first calendar day to withdraw on
   * @return the plan: daily withdrawals, their arrival, what stays below the minimum
   * @throws IllegalArgumentException if the withdrawal and diamond policies use different currencies,
   *     or the plan would take more than 100 years
   * @throws ArithmeticException if a withdrawal date goes beyond {@link java.time.LocalDate#MAX}
   */
  public WithdrawalPlan planWithdrawals(Diamonds balance, LocalDate startDate) {
    return new WithdrawalPlanner(withdrawals, diamonds).plan(Checks.notNull(balance, "balance"),
        Checks.notNull(startDate, "startDate"), provenance);
  }


  @Override
  public String toString() {
    return "Gifts[" + catalog.size() + " gifts in catalog, creator share " + diamonds.creatorShare() + ", rules "
        + provenance.id() + "]";
  }
}
