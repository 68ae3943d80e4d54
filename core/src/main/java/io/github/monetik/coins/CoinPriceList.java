package io.github.monetik.coins;

import io.github.monetik.internal.MonetikStyle;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * One ladder of coin prices: the packages a channel sells, and, where the channel allows it, a
 * custom amount priced pro rata. Rule data, with where it comes from: its {@link #period()}, its
 * {@link #source()} (with confidence) and the {@link #assumptions()} made where the sources are
 * silent. The presets live in {@code rules.CoinPresets}.
 *
 * <p>A custom amount of {@code k} coins costs {@code k x customRate.price / customRate.coins},
 * rounded <em>up</em> to the currency's minor unit (a shop never charges less than the rate). That
 * rounding is an assumption: no source states how TikTok rounds custom amounts.
 *
 * <pre>{@code
 * CoinPriceList mine = CoinPriceList.builder()
 *     .name("my shop").currency(Money.currency("USD")).period("2025").source("my receipts")
 *     .addPackages(CoinPackage.of(100, Money.of("1.29", "USD")))
 *     .customRate(CoinPackage.of(100, Money.of("1.10", "USD")))
 *     .build();
 * }</pre>
 *
 * <p>Limits, so that every quote is exact and fast: at most {@value #MAX_PACKAGES} packages, each
 * (and the custom rate) of at most {@value #MAX_PACKAGE_COINS} coins and at most
 * {@value #MAX_PACKAGE_PRICE_MINOR_UNITS} minor units (the largest sourced package is 17,500 coins
 * for USD 249.99).
 */
@Value.Immutable
@MonetikStyle
public abstract class CoinPriceList {
  /** The most packages a list may hold. */
  public static final int MAX_PACKAGES = 64;
  /** The most coins one package (or the custom rate) may hold. */
  public static final long MAX_PACKAGE_COINS = 100_000;
  /** The highest price of one package (or of the custom rate), in the currency's minor unit. */
  public static final long MAX_PACKAGE_PRICE_MINOR_UNITS = 100_000_000;

  CoinPriceList() {}

  /** {@return a builder; name, currency, period and source are required} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CoinPriceList}; {@code build()} checks the fields and names a bad one. */
  public static final class Builder extends ImmutableCoinPriceList.Builder {
    Builder() {}
  }

  /** {@return a short name, for example {@code US iOS in-app}} */
  public abstract String name();

  /** {@return the currency every price of this list is in} */
  public abstract Currency currency();

  /** {@return the packages on sale; may be empty when only custom amounts are sold} */
  public abstract List<CoinPackage> packages();

  /**
   * {@return the rate custom amounts are priced at (coins per price), if the channel sells custom amounts}
   */
  public abstract Optional<CoinPackage> customRate();

  /** {@return when these prices were seen: a date, or a period as precise as the sources are} */
  public abstract String period();

  /** {@return where the prices come from, with the confidence (H, M, L)} */
  public abstract String source();

  /** {@return what this list assumes where the sources are silent; empty when nothing is assumed} */
  public abstract List<String> assumptions();

  /**
   * {@return a copy with that name}
   *
   * @param name a short name
   */
  public abstract CoinPriceList withName(String name);

  /**
   * {@return a copy that sells custom amounts at that rate}
   *
   * @param customRate the rate custom amounts are priced at
   */
  public abstract CoinPriceList withCustomRate(CoinPackage customRate);

  /**
   * {@return a copy with those packages}
   *
   * @param packages the packages on sale
   */
  public abstract CoinPriceList withPackages(Iterable<? extends CoinPackage> packages);

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

  /** {@return the name, the packages in ascending order and the custom rate} */
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
    return b.toString();
  }
}
