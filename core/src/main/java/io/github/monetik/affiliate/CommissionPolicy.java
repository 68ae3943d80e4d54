package io.github.monetik.affiliate;

import io.github.monetik.internal.Checks;
import io.github.monetik.money.Rate;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * How an affiliate programme turns a sale into a creator's commission.
 *
 * <ul>
 *   <li><b>Which rate</b> ({@link #rateSource()}): the rate the seller set on the product
 *       ({@link RateSource#SELLER}, TikTok Shop: a covering {@link Campaign} overrides every other
 *       rate; a sale driven by an ad earns the product's Shop Ads rate where it has one; a
 *       {@link TieredCommission} replaces the open rate from its set-up day; a decrease of the open
 *       rate reaches creators already promoting only after {@link #rateDecreaseLockDays()}) or a flat
 *       rate per product category ({@link RateSource#CATEGORY}, like Amazon Associates). Every rate
 *       applied must lie in [{@link #minRate()}, {@link #maxRate()}].
 *   <li><b>The base</b> the rate applies to: {@code quantity x unitPrice} minus the seller's discount,
 *       never tax or shipping; the platform's discount is deducted too, or not, by
 *       {@link #platformDiscount()}.
 *   <li><b>Refunds</b> ({@link #refundRule()}): cancelled, returned, fully refunded and fraudulent
 *       orders earn nothing; a partial refund shrinks the commission pro rata of what the customer
 *       paid, or comes off the base.
 *   <li><b>Settlement</b>: the commission becomes payable {@link #settlementDays()} after delivery,
 *       or on the next of the {@link #payDaysOfMonth()} after that; a refund or fraud after that is a
 *       negative adjustment, and a return or refund after settlement is one too, or leaves the
 *       commission as paid, by {@link #returnsAfterSettlement()}. Customers may return goods for
 *       {@link #returnWindowDays()} after delivery.
 *   <li><b>Rounding</b> ({@link #rounding()}, {@link #roundingMode()}): each line's commission, or the
 *       order's, rounded once to the currency's minor unit.
 *   <li><b>Notes</b> ({@link #notes()}): what a reader of a result should know about these terms
 *       (a reading chosen where the sources are unclear); the door adds them to its provenance, so
 *       every result prints them.
 * </ul>
 *
 * <p>Sourced presets live in {@code rules.AffiliatePresets}; build your own with {@link #builder()}.
 */
@Value.Immutable
@HandBuilt
public abstract class CommissionPolicy {
  CommissionPolicy() {}

  /** Where the rate of a sale comes from. */
  public enum RateSource {
    /** The rate the seller set on the product: campaign, Shop Ads, tiers, else the open rate with the decrease lock. */
    SELLER,
    /** A flat rate per product category, from {@link #categoryRates()}. */
    CATEGORY
  }

  /** Whether the platform's discount comes off the commission base. */
  public enum PlatformDiscount {
    /** Deducted: the base is what the customer actually paid for the goods (before tax). */
    DEDUCTED,
    /** Included: the base is the price after the seller's discount; the platform's subsidy still counts. */
    INCLUDED
  }

  /** How a partial refund reduces a commission. */
  public enum RefundRule {
    /**
     * Pro rata of what the customer paid: a refund of a fraction {@code f} of the order's payment
     * (goods, tax and shipping) leaves {@code (1 - f)} of the commission (TikTok Shop US and VN).
     */
    PRO_RATA,
    /**
     * Off the base: the commission is {@code (base - refunds) x rate}, never below zero; an order's
     * refunds come off its lines' bases pro rata of the bases (TikTok Shop Indonesia).
     */
    SUBTRACTED_FROM_BASE
  }

  /** What a return or refund after the commission settled does to it. Fraud is always reversed. */
  public enum ReturnsAfterSettlement {
    /** Clawed back: a negative adjustment ({@code reversed}), as a refund before settlement would have cut it. */
    CLAWED_BACK,
    /** Kept: the commission stays as it was paid at settlement. */
    KEPT
  }

  /** Where the commission is rounded to the currency's minor unit. */
  public enum Rounding {
    /** Each line's commission is rounded; the order's is their sum. */
    PER_LINE,
    /** The order's exact commission is rounded once; lines get shares that add up to it. */
    PER_ORDER
  }

  /**
   * {@return a builder; the name, rate source and range, platform-discount rule, settlement and lock
   *     days and the rounding are required, the rest has defaults}
   */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a short name of the programme, shown in explanations} */
  @Value.Parameter
  public abstract String name();

  /** {@return where a sale's rate comes from} */
  @Value.Parameter
  public abstract RateSource rateSource();

  /** {@return the lowest rate the programme allows} */
  @Value.Parameter
  public abstract Rate minRate();

  /** {@return the highest rate the programme allows} */
  @Value.Parameter
  public abstract Rate maxRate();

  /** {@return the flat rate per product category, for {@link RateSource#CATEGORY}, sorted by category} */
  @Value.Parameter
  public abstract Map<String, Rate> categoryRates();

  /** {@return whether the platform's discount comes off the base} */
  @Value.Parameter
  public abstract PlatformDiscount platformDiscount();

  /** {@return days from delivery until the commission is payable (or computed, with pay days)} */
  @Value.Parameter
  public abstract int settlementDays();

  /**
   * {@return the days of a month commissions are paid on, in increasing order: a commission computed
   *     {@link #settlementDays()} after delivery is payable on the first of them after that day;
   *     empty when it is payable on that day itself}
   */
  @Value.Parameter
  public abstract List<Integer> payDaysOfMonth();

  /** {@return days before a rate decrease reaches creators already promoting a product} */
  @Value.Parameter
  public abstract int rateDecreaseLockDays();

  /** {@return how a partial refund reduces a commission} */
  @Value.Parameter
  public abstract RefundRule refundRule();

  /** {@return days after delivery a customer may return the goods; 0 when not known} */
  @Value.Parameter
  public abstract int returnWindowDays();

  /** {@return what a return or refund after settlement does to the commission} */
  @Value.Parameter
  public abstract ReturnsAfterSettlement returnsAfterSettlement();

  /** {@return whether lines or orders are rounded} */
  @Value.Parameter
  public abstract Rounding rounding();

  /** {@return how amounts are rounded to the minor unit; never {@link RoundingMode#UNNECESSARY}} */
  @Value.Parameter
  public abstract RoundingMode roundingMode();

  /** {@return what a reader of a result should know about these terms, in order} */
  @Value.Parameter
  public abstract List<String> notes();

  /**
   * {@return a copy with that name}
   *
   * @param name the name
   */
  public CommissionPolicy withName(String name) {
    return builder().from(this).name(name).build();
  }

  /**
   * {@return a copy with that bound}
   *
   * @param minRate the lowest rate allowed
   */
  public CommissionPolicy withMinRate(Rate minRate) {
    return builder().from(this).minRate(minRate).build();
  }

  /**
   * {@return a copy with that bound}
   *
   * @param maxRate the highest rate allowed
   */
  public CommissionPolicy withMaxRate(Rate maxRate) {
    return builder().from(this).maxRate(maxRate).build();
  }

  /**
   * {@return a copy with it}
   *
   * @param platformDiscount the platform-discount treatment
   */
  public CommissionPolicy withPlatformDiscount(PlatformDiscount platformDiscount) {
    return builder().from(this).platformDiscount(platformDiscount).build();
  }

  /**
   * {@return a copy with them}
   *
   * @param settlementDays days from delivery to payment
   */
  public CommissionPolicy withSettlementDays(int settlementDays) {
    return builder().from(this).settlementDays(settlementDays).build();
  }

  /**
   * {@return a copy with them}
   *
   * @param payDaysOfMonth the days of a month commissions are paid on; none for payment on the settlement day
   */
  public CommissionPolicy withPayDaysOfMonth(int... payDaysOfMonth) {
    return builder().from(this).payDaysOfMonth(payDaysOfMonth).build();
  }

  /**
   * {@return a copy with them}
   *
   * @param rateDecreaseLockDays days a decrease waits for creators already promoting
   */
  public CommissionPolicy withRateDecreaseLockDays(int rateDecreaseLockDays) {
    return builder().from(this).rateDecreaseLockDays(rateDecreaseLockDays).build();
  }

  /**
   * {@return a copy with it}
   *
   * @param refundRule how a partial refund reduces a commission
   */
  public CommissionPolicy withRefundRule(RefundRule refundRule) {
    return builder().from(this).refundRule(refundRule).build();
  }

  /**
   * {@return a copy with it}
   *
   * @param returnWindowDays days after delivery a customer may return the goods
   */
  public CommissionPolicy withReturnWindowDays(int returnWindowDays) {
    return builder().from(this).returnWindowDays(returnWindowDays).build();
  }

  /**
   * {@return a copy with that reading}
   *
   * @param returnsAfterSettlement what a return or refund after settlement does
   */
  public CommissionPolicy withReturnsAfterSettlement(ReturnsAfterSettlement returnsAfterSettlement) {
    return builder().from(this).returnsAfterSettlement(returnsAfterSettlement).build();
  }

  /**
   * {@return a copy with it}
   *
   * @param rounding per line or per order
   */
  public CommissionPolicy withRounding(Rounding rounding) {
    return builder().from(this).rounding(rounding).build();
  }

  /**
   * {@return a copy with it}
   *
   * @param roundingMode how to round
   */
  public CommissionPolicy withRoundingMode(RoundingMode roundingMode) {
    return builder().from(this).roundingMode(roundingMode).build();
  }

  /**
   * {@return a copy with those notes in place of its own}
   *
   * @param notes what a reader of a result should know about these terms
   */
  public CommissionPolicy withNotes(Iterable<String> notes) {
    return builder().from(this).notes(notes).build();
  }

  @Value.Check
  void check() {
    Checks.notBlank(name(), "name");
    if (minRate().compareTo(maxRate()) > 0) {
      throw Checks.invalid("minRate", "at most maxRate " + maxRate(), minRate());
    }
    Checks.nonNegative(settlementDays(), "settlementDays");
    Checks.nonNegative(rateDecreaseLockDays(), "rateDecreaseLockDays");
    Checks.nonNegative(returnWindowDays(), "returnWindowDays");
    if (roundingMode() == RoundingMode.UNNECESSARY) {
      throw Checks.invalid("roundingMode", "a mode that rounds", roundingMode());
    }
    if (rateSource() == RateSource.CATEGORY && categoryRates().isEmpty()) {
      throw Checks.invalid("categoryRates", "non-empty for rateSource CATEGORY", categoryRates());
    }
    categoryRates().forEach((category, rate) -> inRange("categoryRates[" + category + "]", rate));
    List<Integer> days = payDaysOfMonth();
    for (int i = 0; i < days.size(); i++) {
      if (days.get(i) < 1 || days.get(i) > 28 || (i > 0 && days.get(i) <= days.get(i - 1))) {
        throw Checks.invalid("payDaysOfMonth", "days 1 to 28 in increasing order", days);
      }
    }
    for (int i = 0; i < notes().size(); i++) {
      Checks.notBlank(notes().get(i), "notes[" + i + "]");
    }
  }

  /** The bounds as fractions, for the hot path. */
  @Value.Derived
  @Value.Auxiliary
  Bounds bounds() {
    return new Bounds(new Fraction(minRate()), new Fraction(maxRate()));
  }

  /** The allowed range as fractions. */
  static final class Bounds {
    final Fraction min;
    final Fraction max;

    Bounds(Fraction min, Fraction max) {
      this.min = min;
      this.max = max;
    }

    boolean contains(Fraction rate) {
      return rate.compareTo(min) >= 0 && rate.compareTo(max) <= 0;
    }
  }

  void inRange(String field, Rate rate) {
    if (rate.compareTo(minRate()) < 0 || rate.compareTo(maxRate()) > 0) {
      throw outOfRange(field, rate);
    }
  }

  private IllegalArgumentException outOfRange(String field, Rate rate) {
    return new IllegalArgumentException(field + " must be within " + minRate() + "–" + maxRate() + " (" + name()
        + "), was " + rate);
  }

  /** {@return the rate of {@code applied} (or of its second tier) outside the allowed range, or null if none is} */
  private @Nullable Rate outside(AppliedRate applied) {
    if (!bounds().contains(applied.fraction)) {
      return applied.rate();
    }
    AppliedRate upper = applied.upper;
    return upper != null && !bounds().contains(upper.fraction) ? upper.rate() : null;
  }

  /**
   * The rate an organic sale (not driven by an ad) of {@code product} on {@code day} earns, and
   * why, for a creator who has promoted it since before every rate change. Under a
   * {@link TieredCommission} it is the first tier's rate, the estimate until the creator is past it.
   *
   * @param product the product sold
   * @param day the day the order was placed
   * @return the rate applied, with its kind (open, locked, campaign, tiered, category)
   * @throws IllegalArgumentException if the product paid no commission on that day, has no category
   *     rate, or its rate lies outside [{@link #minRate()}, {@link #maxRate()}]
   * @throws NullPointerException if an argument is null
   */
  public AppliedRate rateFor(Product product, LocalDate day) {
    Checks.notNull(product, "product");
    return applied(product, Checks.notNull(day, "day").toEpochDay(), Long.MIN_VALUE, false);
  }

  /**
   * The rate an organic sale of {@code product} on {@code day} earns, and why, for a creator who
   * has promoted it (without a break) since {@code promotingSince}: a decrease announced after that
   * day reaches the sale only after the lock period. A creator who removed the product from their
   * showcase, or deleted the content promoting it, lost the lock: give the day they added it again.
   *
   * @param product the product sold
   * @param day the day the order was placed
   * @param promotingSince the day the creator started promoting the product, on or before {@code day}
   * @return the rate applied, with its kind
   * @throws IllegalArgumentException as {@link #rateFor(Product, LocalDate)}, or if
   *     {@code promotingSince} is after {@code day}
   * @throws NullPointerException if an argument is null
   */
  public AppliedRate rateFor(Product product, LocalDate day, LocalDate promotingSince) {
    Checks.notNull(product, "product");
    Checks.notNull(day, "day");
    Checks.notNull(promotingSince, "promotingSince");
    if (promotingSince.isAfter(day)) {
      throw Checks.invalid("promotingSince", "on or before the day of the sale " + day, promotingSince);
    }
    return applied(product, day.toEpochDay(), promotingSince.toEpochDay(), false);
  }

  /** The rate of one sale, in the order campaign, Shop Ads, tiers, open rate with its lock. */
  AppliedRate applied(Product product, long day, long promotingSince, boolean adDriven) {
    if (rateSource() == RateSource.CATEGORY) {
      return categoryRate(product);
    }
    String id = product.id();
    List<Campaign> campaigns = product.campaigns();
    for (int i = 0; i < campaigns.size(); i++) {
      Campaign.Cache c = campaigns.get(i).cache();
      if (c.startDay <= day && day <= c.endDay) {
        return checked(c.applied, "campaign", id);
      }
    }
    AppliedRate ads = product.shopAds();
    if (adDriven && ads != null) {
      return checked(ads, "shopAdsRate", id);
    }
    TieredCommission tiers = product.tieredCommission().orElse(null);
    if (tiers != null && day >= tiers.fromDay) {
      return checked(tiered(product, tiers, day, promotingSince), "tieredCommission", id);
    }
    int now = product.indexOn(day);
    int index = product.bestIndex(Math.max(promotingSince, day - rateDecreaseLockDays()), day);
    Product.Steps steps = product.steps();
    AppliedRate applied = index == now ? steps.open[index] : steps.locked[index];
    Rate bad = outside(applied);
    if (bad != null) {
      throw outOfRange("rate of product " + Checks.echo(id) + " (" + product.rateHistory().get(index) + ")", bad);
    }
    return applied;
  }

  /** {@code applied}, if in range; the message is built only when it is not. */
  private AppliedRate checked(AppliedRate applied, String what, String product) {
    Rate bad = outside(applied);
    if (bad != null) {
      String field = what.equals("campaign") ? "campaign " + Checks.echo(applied.detail()) + " rate" : what;
      throw outOfRange(field + " of product " + Checks.echo(product), bad);
    }
    return applied;
  }

  private AppliedRate categoryRate(Product product) {
    String category = product.category().orElseThrow(() -> new IllegalArgumentException(
        "category of product " + Checks.echo(product.id()) + " is needed by " + name() + ", was empty"));
    Rate rate = categoryRates().get(category);
    if (rate == null) {
      throw new IllegalArgumentException("category of product " + Checks.echo(product.id()) + " has no rate in " + name()
          + ", was " + Checks.echo(category));
    }
    return new AppliedRate(new Fraction(rate), AppliedRate.Origin.CATEGORY, category);
  }

  /**
   * A tiered sale's rates. A creator promoting since before the set-up keeps, for the lock period,
   * a higher fixed rate in force before it (the lock protects a creator from any decrease; the
   * sources say nothing of this case, so the reading that never pays less than owed is taken).
   */
  private AppliedRate tiered(Product product, TieredCommission tiers, long day, long promotingSince) {
    long windowStart = Math.max(promotingSince, day - rateDecreaseLockDays());
    Product.Steps steps = product.steps();
    long firstDay = steps.fromDay[0];
    if (rateDecreaseLockDays() == 0 || windowStart >= tiers.fromDay || tiers.fromDay <= firstDay) {
      return tiers.first;
    }
    AppliedRate fixed = steps.locked[product.bestIndex(windowStart, tiers.fromDay - 1)];
    if (fixed.fraction.compareTo(tiers.first.fraction) <= 0) {
      return tiers.first;
    }
    return fixed.withUpper(fixed.fraction.compareTo(tiers.then.fraction) > 0 ? fixed : tiers.then);
  }

  /**
   * {@return the epoch day a commission of an order delivered on {@code delivered} is payable, or
   *     {@link Order.Lifecycle#NEVER} when that is never or past the calendar}
   */
  long payableDay(long delivered) {
    if (delivered == Order.Lifecycle.NEVER) {
      return Order.Lifecycle.NEVER;
    }
    long computed = delivered + settlementDays();
    if (computed > LocalDate.MAX.toEpochDay()) {
      return Order.Lifecycle.NEVER;
    }
    List<Integer> days = payDaysOfMonth();
    if (days.isEmpty()) {
      return computed;
    }
    try {
      LocalDate c = LocalDate.ofEpochDay(computed);
      for (int d : days) {
        if (d > c.getDayOfMonth()) {
          return c.withDayOfMonth(d).toEpochDay();
        }
      }
      return c.plusMonths(1).withDayOfMonth(days.get(0)).toEpochDay();
    } catch (DateTimeException pastTheCalendar) {
      return Order.Lifecycle.NEVER;
    }
  }

  /**
   * {@return one line: the programme, its rate range, discount rule, settlement, rate lock, refund
   *     rule and returns}
   */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder(name()).append(", rates ").append(minRate()).append('–').append(maxRate())
        .append(", platform discount ").append(platformDiscount());
    if (payDaysOfMonth().isEmpty()) {
      b.append(", paid ").append(settlementDays()).append(" days after delivery");
    } else {
      b.append(", computed ").append(settlementDays()).append(" days after delivery, paid on the next day ");
      for (int i = 0; i < payDaysOfMonth().size(); i++) {
        b.append(i == 0 ? "" : i == payDaysOfMonth().size() - 1 ? " or " : ", ").append(payDaysOfMonth().get(i));
      }
      b.append(" of a month");
    }
    b.append(", decreases locked ").append(rateDecreaseLockDays()).append(" days, refunds ")
        .append(refundRule() == RefundRule.PRO_RATA ? "pro rata" : "subtracted from the base").append(", returns ");
    if (returnWindowDays() > 0) {
      b.append("within ").append(returnWindowDays()).append(" days, ");
    }
    return b.append(returnsAfterSettlement() == ReturnsAfterSettlement.CLAWED_BACK ? "clawed back" : "kept")
        .append(" after settlement").toString();
  }

  /**
   * Builds a {@link CommissionPolicy}; {@code build()} checks the fields and names a bad one. Not
   * thread-safe.
   */
  public static final class Builder {
    private @Nullable String name;
    private @Nullable RateSource rateSource;
    private @Nullable Rate minRate;
    private @Nullable Rate maxRate;
    private final Map<String, Rate> categoryRates = new TreeMap<>();
    private @Nullable PlatformDiscount platformDiscount;
    private int settlementDays = -1;
    private List<Integer> payDaysOfMonth = List.of();
    private int rateDecreaseLockDays = -1;
    private RefundRule refundRule = RefundRule.PRO_RATA;
    private int returnWindowDays;
    private ReturnsAfterSettlement returnsAfterSettlement = ReturnsAfterSettlement.CLAWED_BACK;
    private @Nullable Rounding rounding;
    private @Nullable RoundingMode roundingMode;
    private final List<String> notes = new ArrayList<>();
    private boolean settlementSet;
    private boolean lockSet;

    private Builder() {}

    /**
     * {@return this builder, with every field of {@code policy}}
     *
     * @param policy a policy to start from
     */
    public Builder from(CommissionPolicy policy) {
      Checks.notNull(policy, "policy");
      name = policy.name();
      rateSource = policy.rateSource();
      minRate = policy.minRate();
      maxRate = policy.maxRate();
      categoryRates(policy.categoryRates());
      platformDiscount = policy.platformDiscount();
      settlementDays(policy.settlementDays());
      payDaysOfMonth = policy.payDaysOfMonth();
      rateDecreaseLockDays(policy.rateDecreaseLockDays());
      refundRule = policy.refundRule();
      returnWindowDays = policy.returnWindowDays();
      returnsAfterSettlement = policy.returnsAfterSettlement();
      rounding = policy.rounding();
      roundingMode = policy.roundingMode();
      return notes(policy.notes());
    }

    /**
     * {@return this builder, with that name}
     *
     * @param name a short name of the programme, not blank
     */
    public Builder name(String name) {
      this.name = Checks.notNull(name, "name");
      return this;
    }

    /**
     * {@return this builder, with that rate source}
     *
     * @param rateSource where a sale's rate comes from
     */
    public Builder rateSource(RateSource rateSource) {
      this.rateSource = Checks.notNull(rateSource, "rateSource");
      return this;
    }

    /**
     * {@return this builder, with that bound}
     *
     * @param minRate the lowest rate allowed
     */
    public Builder minRate(Rate minRate) {
      this.minRate = Checks.notNull(minRate, "minRate");
      return this;
    }

    /**
     * {@return this builder, with that bound}
     *
     * @param maxRate the highest rate allowed
     */
    public Builder maxRate(Rate maxRate) {
      this.maxRate = Checks.notNull(maxRate, "maxRate");
      return this;
    }

    /**
     * {@return this builder, with those category rates in place of any given before}
     *
     * @param categoryRates the rate per product category
     * @throws NullPointerException naming the map, or the category ({@code categoryRates[home]}) whose
     *     rate is null
     */
    public Builder categoryRates(Map<String, Rate> categoryRates) {
      Checks.notNull(categoryRates, "categoryRates");
      Map<String, Rate> copy = new TreeMap<>();
      categoryRates.forEach((category, rate) -> copy.put(Checks.notNull(category, "categoryRates[null]"),
          Checks.notNull(rate, "categoryRates[" + Checks.echo(category) + "]")));
      this.categoryRates.clear();
      this.categoryRates.putAll(copy);
      return this;
    }

    /**
     * {@return this builder, with one more category rate}
     *
     * @param category a product category
     * @param rate its rate
     */
    public Builder putCategoryRates(String category, Rate rate) {
      categoryRates.put(Checks.notNull(category, "category"), Checks.notNull(rate, "rate"));
      return this;
    }

    /**
     * {@return this builder, with that treatment}
     *
     * @param platformDiscount whether the platform's discount comes off the base
     */
    public Builder platformDiscount(PlatformDiscount platformDiscount) {
      this.platformDiscount = Checks.notNull(platformDiscount, "platformDiscount");
      return this;
    }

    /**
     * {@return this builder, with those days}
     *
     * @param settlementDays days from delivery until the commission is payable (or computed), {@code >= 0}
     */
    public Builder settlementDays(int settlementDays) {
      this.settlementDays = settlementDays;
      this.settlementSet = true;
      return this;
    }

    /**
     * {@return this builder, with those pay days; none (the default) for payment on the settlement day}
     *
     * @param payDaysOfMonth days 1 to 28, in increasing order
     */
    public Builder payDaysOfMonth(int... payDaysOfMonth) {
      Checks.notNull(payDaysOfMonth, "payDaysOfMonth");
      List<Integer> days = new ArrayList<>(payDaysOfMonth.length);
      for (int d : payDaysOfMonth) {
        days.add(d);
      }
      this.payDaysOfMonth = List.copyOf(days);
      return this;
    }

    /**
     * {@return this builder, with those days}
     *
     * @param rateDecreaseLockDays days before a decrease reaches creators already promoting, {@code >= 0}
     */
    public Builder rateDecreaseLockDays(int rateDecreaseLockDays) {
      this.rateDecreaseLockDays = rateDecreaseLockDays;
      this.lockSet = true;
      return this;
    }

    /**
     * {@return this builder, with that rule; {@link RefundRule#PRO_RATA} by default}
     *
     * @param refundRule how a partial refund reduces a commission
     */
    public Builder refundRule(RefundRule refundRule) {
      this.refundRule = Checks.notNull(refundRule, "refundRule");
      return this;
    }

    /**
     * {@return this builder, with that window; 0 (not known) by default}
     *
     * @param returnWindowDays days after delivery a customer may return the goods, {@code >= 0}
     */
    public Builder returnWindowDays(int returnWindowDays) {
      this.returnWindowDays = returnWindowDays;
      return this;
    }

    /**
     * {@return this builder, with that reading; {@link ReturnsAfterSettlement#CLAWED_BACK} by default}
     *
     * @param returnsAfterSettlement what a return or refund after settlement does
     */
    public Builder returnsAfterSettlement(ReturnsAfterSettlement returnsAfterSettlement) {
      this.returnsAfterSettlement = Checks.notNull(returnsAfterSettlement, "returnsAfterSettlement");
      return this;
    }

    /**
     * {@return this builder, with that rounding}
     *
     * @param rounding per line or per order
     */
    public Builder rounding(Rounding rounding) {
      this.rounding = Checks.notNull(rounding, "rounding");
      return this;
    }

    /**
     * {@return this builder, with that mode}
     *
     * @param roundingMode how amounts are rounded, never {@link RoundingMode#UNNECESSARY}
     */
    public Builder roundingMode(RoundingMode roundingMode) {
      this.roundingMode = Checks.notNull(roundingMode, "roundingMode");
      return this;
    }

    /**
     * {@return this builder, with those notes in place of any given before}
     *
     * @param notes sentences a reader of a result should see, none blank
     * @throws NullPointerException naming the notes or the note ({@code notes[1]}) that is null
     */
    public Builder notes(Iterable<String> notes) {
      List<String> copy = Checks.elements(notes, "notes");
      this.notes.clear();
      this.notes.addAll(copy);
      return this;
    }

    /**
     * {@return this builder, with more notes}
     *
     * @param notes sentences a reader of a result should see, none blank
     * @throws NullPointerException naming the notes or the note ({@code notes[1]}) that is null
     */
    public Builder addNotes(String... notes) {
      this.notes.addAll(Checks.elements(notes == null ? null : Arrays.asList(notes), "notes"));
      return this;
    }

    /**
     * {@return the policy}
     *
     * @throws IllegalArgumentException naming the field whose value is bad
     * @throws IllegalStateException naming the required fields not set
     */
    @SuppressWarnings("NullAway") // every required field is checked just below
    public CommissionPolicy build() {
      List<String> missing = new ArrayList<>();
      if (name == null) {
        missing.add("name");
      }
      if (rateSource == null) {
        missing.add("rateSource");
      }
      if (minRate == null) {
        missing.add("minRate");
      }
      if (maxRate == null) {
        missing.add("maxRate");
      }
      if (platformDiscount == null) {
        missing.add("platformDiscount");
      }
      if (!settlementSet) {
        missing.add("settlementDays");
      }
      if (!lockSet) {
        missing.add("rateDecreaseLockDays");
      }
      if (rounding == null) {
        missing.add("rounding");
      }
      if (roundingMode == null) {
        missing.add("roundingMode");
      }
      if (!missing.isEmpty()) {
        throw new IllegalStateException(String.join(", ", missing) + " of the policy must be set before build()");
      }
      return ImmutableCommissionPolicy.of(name, rateSource, minRate, maxRate,
          Collections.unmodifiableMap(new TreeMap<>(categoryRates)), platformDiscount, settlementDays, payDaysOfMonth,
          rateDecreaseLockDays, refundRule, returnWindowDays, returnsAfterSettlement, rounding, roundingMode,
          List.copyOf(notes));
    }
  }
}
