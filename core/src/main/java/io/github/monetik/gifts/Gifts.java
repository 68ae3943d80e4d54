package io.github.monetik.gifts;

import io.github.monetik.internal.Checks;
import io.github.monetik.report.Provenance;
import java.util.Objects;
import java.util.stream.Collector;

/**
 * The LIVE gifts door ({@code Monetik.gifts()}): the catalog, combo settlement, earnings and
 * withdrawals, on the policies of one rules book. Immutable and safe to share.
 *
 * <pre>{@code
 * Gifts gifts = Monetik.defaults().gifts();
 * ComboSettlement s = gifts.settle(events);            // each combo once; open combos listed
 * LiveEarnings e = gifts.earnings(s);                  // settled gifts only
 * LiveEarnings all = gifts.earnings(s.includeOpen());  // open combos counted too
 * WithdrawalPlan p = gifts.withdrawals().plan(e.diamonds(), LocalDate.now());
 * }</pre>
 */
public final class Gifts {
  private final DiamondPolicy diamonds;
  private final GiftCatalog catalog;
  private final WithdrawalPolicy withdrawals;
  private final Provenance provenance;

  private Gifts(DiamondPolicy diamonds, GiftCatalog catalog, WithdrawalPolicy withdrawals, Provenance provenance) {
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
   * {@return each combo counted once, open combos and report entries listed (unknown gift ids among them)}
   *
   * @param events gift messages, in any order
   * @throws ArithmeticException if a coin total exceeds {@link Long#MAX_VALUE}
   */
  public ComboSettlement settle(Iterable<GiftEvent> events) {
    return ComboSettlement.of(events, catalog);
  }

  /** {@return a new incremental settler that checks gift ids against the catalog} */
  public ComboSettler settler() {
    return ComboSettler.create(catalog);
  }

  /**
   * {@return a collector that settles gift messages, checking gift ids against the catalog; a parallel stream, split anywhere, gives what {@link #settle(Iterable)} gives}
   */
  public Collector<GiftEvent, ?, ComboSettlement> settlementCollector() {
    return ComboSettlement.collector(catalog);
  }

  /**
   * {@return their earnings under the diamond policy}
   *
   * @param settlement a settlement; its {@link ComboSettlement#settled()} gifts are counted (call
   *     {@link ComboSettlement#includeOpen()} first to count open combos too)
   */
  public LiveEarnings earnings(ComboSettlement settlement) {
    return LiveEarnings.of(Objects.requireNonNull(settlement, "settlement").settled(), diamonds);
  }

  /**
   * {@return their earnings under the diamond policy}
   *
   * @param gifts counted gifts
   */
  public LiveEarnings earnings(Iterable<CountedGift> gifts) {
    return LiveEarnings.of(gifts, diamonds);
  }

  /** {@return a collector of counted gifts into earnings under the diamond policy} */
  public Collector<CountedGift, ?, LiveEarnings> earningsCollector() {
    return LiveEarnings.collector(diamonds);
  }

  /**
   * {@return the withdrawal planner on the rules' withdrawal policy, valuing diamonds by the diamond policy}
   *
   * @throws IllegalArgumentException if the two policies use different currencies
   */
  public Withdrawals withdrawals() {
    return new Withdrawals(withdrawals, diamonds);
  }

  @Override
  public String toString() {
    return "Gifts[" + catalog.size() + " gifts in catalog, creator share " + diamonds.creatorShare() + "]";
  }
}
