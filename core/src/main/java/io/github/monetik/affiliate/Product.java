package io.github.monetik.affiliate;

import io.github.monetik.internal.Checks;
import io.github.monetik.money.Money;
import io.github.monetik.money.Rate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * A product a creator can promote: its id, title and listed price, the open commission rate the
 * seller set and its history, an optional category (for flat category-rate programmes), the
 * seller's targeted campaigns, and optionally a Shop Ads rate and a tiered commission.
 *
 * <p>The rate history is a list of {@link RateChange}s in strictly increasing date order; the first
 * is the day the product started paying commission. Which rate applies to a sale is the
 * {@link CommissionPolicy}'s decision ({@link CommissionPolicy#rateFor(Product, LocalDate)}): a
 * campaign covering the day overrides every other rate; a sale driven by an ad that uses the
 * creator's post earns the {@link #shopAdsRate()} where the product has one (TikTok Shop, 2024-11:
 * "if you turn off Shop Ads commission rate, ads that use affiliate posts will still earn the
 * Standard commission rate"); a {@link TieredCommission} replaces the fixed open rate from its
 * set-up day; and a decrease reaches creators already promoting only after the policy's lock
 * period. Whether a rate lies in the allowed range (1–80% on TikTok Shop) is checked by the policy,
 * which holds that sourced range.
 *
 * <pre>{@code
 * Product lamp = Product.of("lamp-01", "Desk lamp", Money.of("24.00", "USD"),
 *         Rate.percent(15), LocalDate.of(2025, 1, 1))
 *     .withRateFrom(LocalDate.of(2025, 3, 1), Rate.percent(10))   // a decrease
 *     .withShopAdsRate(Rate.percent(5));                          // ad-driven sales
 * }</pre>
 */
@Value.Immutable
@HandBuilt
public abstract class Product {
  Product() {}

  /** {@return a builder; id, title, price and at least one rate change are required} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * {@return a product with a one-entry rate history and no campaign}
   *
   * @param id the product's id
   * @param title its title
   * @param price its listed price
   * @param rate the open commission rate
   * @param since the day the product started paying that rate
   * @throws IllegalArgumentException if the id is blank or the price negative
   * @throws NullPointerException if an argument is null
   */
  public static Product of(String id, String title, Money price, Rate rate, LocalDate since) {
    return builder().id(id).title(title).price(price).addRateHistory(RateChange.of(since, rate)).build();
  }

  /** {@return the product's id, unique within a shop} */
  @Value.Parameter
  public abstract String id();

  /** {@return the product's title} */
  @Value.Parameter
  public abstract String title();

  /** {@return the listed price (an order line carries what was actually charged)} */
  @Value.Parameter
  public abstract Money price();

  /** {@return the category, used by flat category-rate programmes} */
  @Value.Parameter
  public abstract Optional<String> category();

  /** {@return the open rates the seller set, oldest first; never empty} */
  @Value.Parameter
  public abstract List<RateChange> rateHistory();

  /** {@return the seller's targeted campaigns, which never overlap} */
  @Value.Parameter
  public abstract List<Campaign> campaigns();

  /** {@return the seller's tiered commission, which replaces the open rate from its set-up day} */
  @Value.Parameter
  public abstract Optional<TieredCommission> tieredCommission();

  /** {@return the rate of sales driven by ads that use the creator's post, if the seller set one} */
  @Value.Parameter
  public abstract Optional<Rate> shopAdsRate();

  /**
   * {@return a copy with that category}
   *
   * @param category the category
   */
  public Product withCategory(String category) {
    return builder().from(this).category(category).build();
  }

  /**
   * {@return a copy with those campaigns}
   *
   * @param campaigns the campaigns
   * @throws NullPointerException naming the campaigns or the one ({@code campaigns[2]}) that is null
   * @throws IllegalArgumentException if two of them overlap
   */
  public Product withCampaigns(Iterable<Campaign> campaigns) {
    return builder().from(this).campaigns(campaigns).build();
  }

  /**
   * {@return a copy with that history (checked again)}
   *
   * @param rateHistory the whole rate history, oldest first
   * @throws NullPointerException naming the history or the change ({@code rateHistory[2]}) that is null
   * @throws IllegalArgumentException if it is empty, out of date order or overlaps the tiered commission
   */
  public Product withRateHistory(Iterable<RateChange> rateHistory) {
    return builder().from(this).rateHistory(rateHistory).build();
  }

  /**
   * {@return a copy with that tiered commission}
   *
   * @param tieredCommission the seller's tiered commission; from its day on, the product pays no fixed rate
   * @throws IllegalArgumentException if a rate change is on or after its day, or its day is before the
   *     product's first rate change
   */
  public Product withTieredCommission(TieredCommission tieredCommission) {
    return builder().from(this).tieredCommission(tieredCommission).build();
  }

  /**
   * {@return a copy with that Shop Ads rate}
   *
   * @param shopAdsRate the rate of sales driven by ads that use the creator's post
   */
  public Product withShopAdsRate(Rate shopAdsRate) {
    return builder().from(this).shopAdsRate(shopAdsRate).build();
  }

  /** {@return the open rate set most recently} */
  public Rate openRate() {
    return rateHistory().get(rateHistory().size() - 1).rate();
  }

  /**
   * {@return a copy with the change appended to the history}
   *
   * @param from the day the seller sets the new rate; after every day in the history
   * @param rate the new open rate
   * @throws IllegalArgumentException if {@code from} is not after the last change
   */
  public Product withRateFrom(LocalDate from, Rate rate) {
    List<RateChange> history = new ArrayList<>(rateHistory());
    history.add(RateChange.of(from, rate));
    return withRateHistory(history);
  }

  /**
   * {@return a copy with the campaign added}
   *
   * @param campaign a campaign to add
   * @throws IllegalArgumentException if it overlaps another campaign of the product
   */
  public Product withCampaign(Campaign campaign) {
    return builder().from(this).addCampaigns(Checks.notNull(campaign, "campaign")).build();
  }

  /**
   * {@return the campaign covering that day, if any}
   *
   * @param day a day
   */
  public Optional<Campaign> campaignOn(LocalDate day) {
    Checks.notNull(day, "day");
    for (Campaign c : campaigns()) {
      if (c.covers(day)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  /**
   * The open rate a creator who starts promoting on {@code day} gets: the last change on or before it.
   *
   * @param day a day on or after the first rate change
   * @return the open rate set most recently on that day
   * @throws IllegalArgumentException if the product paid no commission yet on that day
   */
  public Rate openRateOn(LocalDate day) {
    return rateHistory().get(indexOn(Checks.notNull(day, "day").toEpochDay())).rate();
  }

  /** The Shop Ads rate as an applied rate, made once. */
  @Value.Derived
  @Value.Auxiliary
  @Nullable AppliedRate shopAds() {
    return shopAdsRate().map(r -> new AppliedRate(new Fraction(r), AppliedRate.Origin.SHOP_ADS, "")).orElse(null);
  }

  /** The rate history as the fast path reads it, made once. */
  @Value.Derived
  @Value.Auxiliary
  Steps steps() {
    return new Steps(rateHistory());
  }

  /** Each change's epoch day and its applied rates, open and locked (kept by the decrease lock). */
  static final class Steps {
    final long[] fromDay;
    final AppliedRate[] open;
    final AppliedRate[] locked;

    Steps(List<RateChange> history) {
      int n = history.size();
      fromDay = new long[n];
      open = new AppliedRate[n];
      locked = new AppliedRate[n];
      for (int i = 0; i < n; i++) {
        RateChange c = history.get(i);
        Fraction f = new Fraction(c.rate());
        fromDay[i] = c.from().toEpochDay();
        open[i] = new AppliedRate(f, AppliedRate.Origin.OPEN, "");
        locked[i] = new AppliedRate(f, AppliedRate.Origin.LOCKED, c.toString());
      }
    }
  }

  /** Index of the last change on or before {@code day}. */
  int indexOn(long day) {
    long[] from = steps().fromDay;
    if (day < from[0]) {
      throw new IllegalArgumentException("day " + LocalDate.ofEpochDay(day) + " is before product " + Checks.echo(id())
          + " paid commission (from " + rateHistory().get(0).from() + ")");
    }
    int i = from.length - 1;
    while (from[i] > day) {
      i--;
    }
    return i;
  }

  /**
   * Index of the highest open rate in force on any day of {@code [from, to]} (days before the first
   * change ignored), the latest such change on a tie. With {@code from = max(promotingSince, day -
   * lockDays)} and {@code to = day}, an increase applies at once, a decrease after {@code lockDays}.
   */
  int bestIndex(long from, long to) {
    int last = indexOn(to);
    List<RateChange> h = rateHistory();
    int best = from < steps().fromDay[0] ? 0 : indexOn(Math.min(from, to));
    for (int j = best + 1; j <= last; j++) {
      if (h.get(j).rate().compareTo(h.get(best).rate()) >= 0) {
        best = j;
      }
    }
    return best;
  }

  @Value.Check
  void check() {
    Checks.notBlank(id(), "id");
    if (price().isNegative()) {
      throw Checks.invalid("price", ">= 0", price());
    }
    List<RateChange> h = rateHistory();
    if (h.isEmpty()) {
      throw new IllegalArgumentException("rateHistory of product " + Checks.echo(id()) + " must not be empty, was []");
    }
    for (int i = 1; i < h.size(); i++) {
      if (!h.get(i).from().isAfter(h.get(i - 1).from())) {
        throw new IllegalArgumentException("rateHistory of product " + Checks.echo(id())
            + " must be in increasing date order, was " + h.get(i) + " after " + h.get(i - 1));
      }
    }
    tieredCommission().ifPresent(t -> {
      RateChange last = h.get(h.size() - 1);
      if (!t.from().isAfter(last.from()) && (h.size() > 1 || t.from().isBefore(last.from()))) {
        throw new IllegalArgumentException("tieredCommission of product " + Checks.echo(id()) + " must start after its"
            + " last fixed rate change " + last + " (a product pays a fixed or a tiered rate, not both), was from " + t.from());
      }
    });
    // Sorted by start, campaigns overlap only if neighbours do: O(n log n), not a pair-by-pair scan.
    List<Campaign> c = new ArrayList<>(campaigns());
    c.sort(java.util.Comparator.comparing(Campaign::start));
    for (int i = 1; i < c.size(); i++) {
      Campaign a = c.get(i - 1);
      Campaign b = c.get(i);
      if (!b.start().isAfter(a.end())) {
        throw new IllegalArgumentException("campaigns of product " + Checks.echo(id()) + " must not overlap, was "
            + Checks.echo(a.name()) + " (" + a.start() + ".." + a.end() + ") and " + Checks.echo(b.name()) + " ("
            + b.start() + ".." + b.end() + ")");
      }
    }
  }

  /** Builds a {@link Product}; {@code build()} checks the fields and names a bad one. Not thread-safe. */
  public static final class Builder {
    private @Nullable String id;
    private @Nullable String title;
    private @Nullable Money price;
    private @Nullable String category;
    private final List<RateChange> rateHistory = new ArrayList<>();
    private final List<Campaign> campaigns = new ArrayList<>();
    private @Nullable TieredCommission tieredCommission;
    private @Nullable Rate shopAdsRate;

    private Builder() {}

    /**
     * {@return this builder, with every field of {@code product}}
     *
     * @param product a product to start from
     */
    public Builder from(Product product) {
      Checks.notNull(product, "product");
      id = product.id();
      title = product.title();
      price = product.price();
      category = product.category().orElse(null);
      rateHistory(product.rateHistory());
      campaigns(product.campaigns());
      tieredCommission = product.tieredCommission().orElse(null);
      shopAdsRate = product.shopAdsRate().orElse(null);
      return this;
    }

    /**
     * {@return this builder, with that id}
     *
     * @param id the product's id, not blank
     */
    public Builder id(String id) {
      this.id = Checks.notNull(id, "id");
      return this;
    }

    /**
     * {@return this builder, with that title}
     *
     * @param title the product's title
     */
    public Builder title(String title) {
      this.title = Checks.notNull(title, "title");
      return this;
    }

    /**
     * {@return this builder, with that price}
     *
     * @param price the listed price, {@code >= 0}
     */
    public Builder price(Money price) {
      this.price = Checks.notNull(price, "price");
      return this;
    }

    /**
     * {@return this builder, with that category}
     *
     * @param category the category, for flat category-rate programmes
     */
    public Builder category(String category) {
      this.category = Checks.notNull(category, "category");
      return this;
    }

    /**
     * {@return this builder, with those changes appended to the rate history}
     *
     * @param rateHistory changes, oldest first
     * @throws NullPointerException naming the change ({@code rateHistory[1]}) that is null
     */
    public Builder addRateHistory(RateChange... rateHistory) {
      this.rateHistory.addAll(Checks.elements(rateHistory == null ? null : Arrays.asList(rateHistory), "rateHistory"));
      return this;
    }

    /**
     * {@return this builder, with that rate history in place of any given before}
     *
     * @param rateHistory the whole history, oldest first
     * @throws NullPointerException naming the history or the change ({@code rateHistory[1]}) that is null
     */
    public Builder rateHistory(Iterable<RateChange> rateHistory) {
      List<RateChange> copy = Checks.elements(rateHistory, "rateHistory");
      this.rateHistory.clear();
      this.rateHistory.addAll(copy);
      return this;
    }

    /**
     * {@return this builder, with those campaigns added}
     *
     * @param campaigns campaigns, which must not overlap
     * @throws NullPointerException naming the campaign ({@code campaigns[1]}) that is null
     */
    public Builder addCampaigns(Campaign... campaigns) {
      this.campaigns.addAll(Checks.elements(campaigns == null ? null : Arrays.asList(campaigns), "campaigns"));
      return this;
    }

    /**
     * {@return this builder, with those campaigns in place of any given before}
     *
     * @param campaigns campaigns, which must not overlap
     * @throws NullPointerException naming the campaigns or the one ({@code campaigns[1]}) that is null
     */
    public Builder campaigns(Iterable<Campaign> campaigns) {
      List<Campaign> copy = Checks.elements(campaigns, "campaigns");
      this.campaigns.clear();
      this.campaigns.addAll(copy);
      return this;
    }

    /**
     * {@return this builder, with that tiered commission}
     *
     * @param tieredCommission the seller's tiered commission
     */
    public Builder tieredCommission(TieredCommission tieredCommission) {
      this.tieredCommission = Checks.notNull(tieredCommission, "tieredCommission");
      return this;
    }

    /**
     * {@return this builder, with that Shop Ads rate}
     *
     * @param shopAdsRate the rate of sales driven by ads that use the creator's post
     */
    public Builder shopAdsRate(Rate shopAdsRate) {
      this.shopAdsRate = Checks.notNull(shopAdsRate, "shopAdsRate");
      return this;
    }

    /**
     * {@return the product}
     *
     * @throws IllegalArgumentException naming the field whose value is bad
     * @throws IllegalStateException if the id, title or price was not set
     */
    public Product build() {
      String i = id;
      String t = title;
      Money p = price;
      if (i == null || t == null || p == null) {
        List<String> missing = new ArrayList<>();
        if (i == null) {
          missing.add("id");
        }
        if (t == null) {
          missing.add("title");
        }
        if (p == null) {
          missing.add("price");
        }
        throw new IllegalStateException(String.join(", ", missing) + " of the product must be set before build()");
      }
      return ImmutableProduct.of(i, t, p, Optional.ofNullable(category), List.copyOf(rateHistory),
          List.copyOf(campaigns), Optional.ofNullable(tieredCommission), Optional.ofNullable(shopAdsRate));
    }
  }
}
