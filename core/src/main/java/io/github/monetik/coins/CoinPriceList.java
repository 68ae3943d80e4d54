package io.github.monetik.coins;

import io.github.monetik.internal.Checks;
import io.github.monetik.internal.MonetikStyle;
import io.github.monetik.internal.TextTable;
import io.github.monetik.money.Coins;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * One ladder of coin prices: the packages a channel sells, and, where the channel allows it, a
 * custom amount priced pro rata, up to a limit where one is known. Rule data, with where it comes
 * from: its {@link #period()}, its {@link #source()} (with confidence) and the {@link
 * #assumptions()} made where the sources are silent. The presets live in {@code rules.CoinPresets}.
 *
 * <p>A custom amount of {@code k} coins costs {@code k x customRate.price / customRate.coins},
 * rounded <em>up</em> to the currency's minor unit (a shop never charges less than the rate). That
 * rounding is an assumption: no source states how TikTok rounds custom amounts.
 *
 * <p>Where one custom purchase may hold at most {@link #customLimit()} coins (the US web: 500,000),
 * a request beyond it is bought as TikTok's shop sells it: several custom purchases, each at the
 * limit, and one for the rest (or packages, where they are cheaper). The limit is a whole number of
 * {@code customRate} units, so each purchase at the limit costs exactly {@code limit / rate.coins x
 * rate.price}, and splitting never costs more than one unlimited custom amount would.
 *
 * <pre>{@code
 * CoinPriceList mine = CoinPriceList.builder()
 *     .name("my shop").currency(Money.currency("USD")).period("2025").source("my receipts")
 *     .addPackages(CoinPackage.of(100, Money.of("1.29", "USD")))
 *     .customRate(CoinPackage.of(100, Money.of("1.10", "USD")))
 *     .customLimit(Coins.of(100_000))
 *     .build();
 * }</pre>
 *
 * <p>Limits, so that every quote is exact and fast: at most {@value #MAX_PACKAGES} packages, each
 * (and the custom rate) of at most {@value #MAX_PACKAGE_COINS} coins and at most
 * {@value #MAX_PACKAGE_PRICE_MINOR_UNITS} minor units (the largest sourced package is 17,500 coins
 * for USD 249.99), and a custom limit of at most {@value #MAX_CUSTOM_LIMIT_COINS} coins.
 */
@Value.Immutable(builder = false, copy = false)
@MonetikStyle
public abstract class CoinPriceList {
  /** The most packages a list may hold. */
  public static final int MAX_PACKAGES = 64;
  /** The most coins one package (or the custom rate) may hold. */
  public static final long MAX_PACKAGE_COINS = 100_000;
  /** The highest price of one package (or of the custom rate), in the currency's minor unit. */
  public static final long MAX_PACKAGE_PRICE_MINOR_UNITS = 100_000_000;
  /** The most coins {@link #customLimit()} may be. */
  public static final long MAX_CUSTOM_LIMIT_COINS = 1_000_000_000;

  CoinPriceList() {}

  /** {@return a builder; name, currency, period and source are required} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link CoinPriceList}. Every method refuses a null argument with a
   * {@code NullPointerException} naming it ({@code packages}, or an element by its place:
   * {@code packages[2]}); {@code build()} checks the fields and names a bad one. Not thread-safe.
   */
  public static final class Builder {
    private @Nullable String name;
    private @Nullable Currency currency;
    private final List<CoinPackage> packages = new ArrayList<>();
    private @Nullable CoinPackage customRate;
    private @Nullable Coins customLimit;
    private @Nullable String period;
    private @Nullable String source;
    private final List<String> assumptions = new ArrayList<>();

    private Builder() {}

    private Builder(CoinPriceList list) {
      name = list.name();
      currency = list.currency();
      packages.addAll(list.packages());
      customRate = list.customRate().orElse(null);
      customLimit = list.customLimit().orElse(null);
      period = list.period();
      source = list.source();
      assumptions.addAll(list.assumptions());
    }

    /**
     * {@return this builder, with that name}
     *
     * @param name a short name, for example {@code US iOS in-app}
     */
    public Builder name(String name) {
      this.name = Checks.notNull(name, "name");
      return this;
    }

    /**
     * {@return this builder, with that currency}
     *
     * @param currency the currency of every price of the list
     */
    public Builder currency(Currency currency) {
      this.currency = Checks.notNull(currency, "currency");
      return this;
    }

    /**
     * {@return this builder, with those packages added}
     *
     * @param packages packages on sale
     */
    public Builder addPackages(CoinPackage... packages) {
      this.packages.addAll(Checks.elements(Arrays.asList(Checks.notNull(packages, "packages")), "packages"));
      return this;
    }

    /**
     * {@return this builder, with those packages added}
     *
     * @param packages packages on sale
     */
    public Builder addAllPackages(Iterable<? extends CoinPackage> packages) {
      this.packages.addAll(Checks.elements(packages, "packages"));
      return this;
    }

    /**
     * {@return this builder, with exactly those packages (the ones added before are dropped)}
     *
     * @param packages the packages on sale
     */
    public Builder packages(Iterable<? extends CoinPackage> packages) {
      List<CoinPackage> all = Checks.elements(packages, "packages");
      this.packages.clear();
      this.packages.addAll(all);
      return this;
    }

    /**
     * {@return this builder, selling custom amounts at that rate}
     *
     * @param customRate the rate custom amounts are priced at (coins per price)
     */
    public Builder customRate(CoinPackage customRate) {
      this.customRate = Checks.notNull(customRate, "customRate");
      return this;
    }

    /**
     * {@return this builder, with at most that many coins in one custom purchase}
     *
     * @param customLimit the most coins one custom purchase holds: a whole number of the custom
     *     rate's coins, at most {@value CoinPriceList#MAX_CUSTOM_LIMIT_COINS}
     */
    public Builder customLimit(Coins customLimit) {
      this.customLimit = Checks.notNull(customLimit, "customLimit");
      return this;
    }

    /**
     * {@return this builder, with that period}
     *
     * @param period when the prices were seen
     */
    public Builder period(String period) {
      this.period = Checks.notNull(period, "period");
      return this;
    }

    /**
     * {@return this builder, with that source}
     *
     * @param source where the prices come from, with the confidence (H, M, L)
     */
    public Builder source(String source) {
      this.source = Checks.notNull(source, "source");
      return this;
    }

    /**
     * {@return this builder, with those assumptions added}
     *
     * @param assumptions what the list assumes where the sources are silent
     */
    public Builder addAssumptions(String... assumptions) {
      this.assumptions.addAll(
          Checks.elements(Arrays.asList(Checks.notNull(assumptions, "assumptions")), "assumptions"));
      return this;
    }

    /**
     * {@return this builder, with exactly those assumptions (the ones added before are dropped)}
     *
     * @param assumptions what the list assumes where the sources are silent
     */
    public Builder assumptions(Iterable<String> assumptions) {
      List<String> all = Checks.elements(assumptions, "assumptions");
      this.assumptions.clear();
      this.assumptions.addAll(all);
      return this;
    }

    /**
     * {@return the price list}
     *
     * @throws IllegalStateException naming the fields not set, if name, currency, period or source is missing
     * @throws IllegalArgumentException naming the field, if the packages, the custom rate or the
     *     custom limit break the rules of the class comment
     */
    public CoinPriceList build() {
      List<String> missing = new ArrayList<>();
      if (name == null) {
        missing.add("name");
      }
      if (currency == null) {
        missing.add("currency");
      }
      if (period == null) {
        missing.add("period");
      }
      if (source == null) {
        missing.add("source");
      }
      if (name == null || currency == null || period == null || source == null) {
        throw new IllegalStateException("CoinPriceList needs " + String.join(", ", missing) + ", not set");
      }
      return ImmutableCoinPriceList.of(name, currency, packages, Optional.ofNullable(customRate),
          Optional.ofNullable(customLimit), period, source, assumptions);
    }
  }

  /** {@return a short name, for example {@code US iOS in-app}} */
  @Value.Parameter
  public abstract String name();

  /** {@return the currency every price of this list is in} */
  @Value.Parameter
  public abstract Currency currency();

  /** {@return the packages on sale; may be empty when only custom amounts are sold} */
  @Value.Parameter
  public abstract List<CoinPackage> packages();

  /**
   * {@return the rate custom amounts are priced at (coins per price), if the channel sells custom amounts}
   */
  @Value.Parameter
  public abstract Optional<CoinPackage> customRate();

  /**
   * {@return the most coins one custom purchase may hold, where a limit is known; a request beyond
   *     it takes several purchases}
   */
  @Value.Parameter
  public abstract Optional<Coins> customLimit();

  /** {@return when these prices were seen: a date, or a period as precise as the sources are} */
  @Value.Parameter
  public abstract String period();

  /** {@return where the prices come from, with the confidence (H, M, L)} */
  @Value.Parameter
  public abstract String source();

  /** {@return what this list assumes where the sources are silent; empty when nothing is assumed} */
  @Value.Parameter
  public abstract List<String> assumptions();

  private Builder copy() {
    return new Builder(this);
  }

  /**
   * {@return a copy with that name}
   *
   * @param name a short name
   * @throws NullPointerException if {@code name} is null
   */
  public CoinPriceList withName(String name) {
    return copy().name(name).build();
  }

  /**
   * {@return a copy that sells custom amounts at that rate (a custom limit must still be a whole number of its coins)}
   *
   * @param customRate the rate custom amounts are priced at
   * @throws NullPointerException if {@code customRate} is null
   * @throws IllegalArgumentException if the rate breaks the rules of the class comment
   */
  public CoinPriceList withCustomRate(CoinPackage customRate) {
    return copy().customRate(customRate).build();
  }

  /**
   * {@return a copy with at most that many coins in one custom purchase}
   *
   * @param customLimit the most coins one custom purchase holds
   * @throws NullPointerException if {@code customLimit} is null
   * @throws IllegalArgumentException if the list sells no custom amounts, or the limit is not a
   *     whole number of the custom rate's coins, or above {@value #MAX_CUSTOM_LIMIT_COINS}
   */
  public CoinPriceList withCustomLimit(Coins customLimit) {
    return copy().customLimit(customLimit).build();
  }

  /**
   * {@return a copy with those packages}
   *
   * @param packages the packages on sale
   * @throws NullPointerException naming {@code packages}, or an element by its place ({@code packages[2]}), if null
   * @throws IllegalArgumentException if the packages break the rules of the class comment
   */
  public CoinPriceList withPackages(Iterable<? extends CoinPackage> packages) {
    return copy().packages(packages).build();
  }

  /** {@return true if custom amounts are sold} */
  public boolean allowsCustomAmounts() {
    return customRate().isPresent();
  }

  @Value.Check
  void check() {
    if (packages().isEmpty() && customRate().isEmpty()) {
      throw new IllegalArgumentException("packages must not be empty when there is no customRate, was []");
    }
    if (packages().size() > MAX_PACKAGES) {
      throw new IllegalArgumentException("packages must be at most " + MAX_PACKAGES + ", was " + packages().size());
    }
    Set<Long> seen = new HashSet<>();
    for (CoinPackage p : packages()) {
      checkPackage(p, "packages");
      if (!seen.add(p.coins().count())) {
        throw new IllegalArgumentException("packages must have distinct coin counts, was " + p.coins() + " twice");
      }
    }
    customRate().ifPresent(p -> checkPackage(p, "customRate"));
    customLimit().ifPresent(this::checkLimit);
  }

  private void checkLimit(Coins limit) {
    CoinPackage rate = customRate().orElseThrow(() -> Checks.invalid("customLimit",
        "absent when the list sells no custom amounts (no customRate)", limit));
    long n = limit.count();
    if (n < 1 || n > MAX_CUSTOM_LIMIT_COINS || n % rate.coins().count() != 0) {
      throw Checks.invalid("customLimit", "a whole number of customRate's " + rate.coins() + ", from 1 to "
          + TextTable.grouped(MAX_CUSTOM_LIMIT_COINS) + " coins", limit);
    }
  }

  private void checkPackage(CoinPackage p, String field) {
    if (!p.price().currency().equals(currency())) {
      throw new IllegalArgumentException(field + " must be priced in " + currency() + ", was " + p);
    }
    if (p.coins().count() > MAX_PACKAGE_COINS) {
      throw new IllegalArgumentException(field + " must hold at most " + MAX_PACKAGE_COINS + " coins, was " + p);
    }
    if (p.price().toMinorUnits() > MAX_PACKAGE_PRICE_MINOR_UNITS) {
      throw new IllegalArgumentException(
          field + " must cost at most " + MAX_PACKAGE_PRICE_MINOR_UNITS + " minor units, was " + p);
    }
  }

  /** {@return the exact optimiser for this list, built once on first use} */
  @Value.Lazy
  CoverSolver solver() {
    int n = packages().size();
    long[] coins = new long[n];
    long[] prices = new long[n];
    for (int i = 0; i < n; i++) {
      coins[i] = packages().get(i).coins().count();
      prices[i] = packages().get(i).price().toMinorUnits();
    }
    return customRate()
        .map(r -> new CoverSolver(coins, prices, r.coins().count(), r.price().toMinorUnits()))
        .orElseGet(() -> new CoverSolver(coins, prices, 0, 0));
  }

  /** {@return the name, the packages in ascending order, the custom rate and its limit} */
  @Override
  public String toString() {
    List<CoinPackage> sorted = new ArrayList<>(packages());
    sorted.sort(null);
    StringBuilder b = new StringBuilder(name()).append(" (").append(period()).append("): ");
    for (int i = 0; i < sorted.size(); i++) {
      b.append(i == 0 ? "" : " · ").append(sorted.get(i).coins().count()).append(" = ")
          .append(sorted.get(i).price());
    }
    customRate().ifPresent(r -> b.append(sorted.isEmpty() ? "" : " · ").append("custom at ").append(r));
    customLimit().ifPresent(l -> b.append(" up to ").append(l));
    return b.toString();
  }
}
