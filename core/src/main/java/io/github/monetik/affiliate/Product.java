package io.github.monetik.affiliate;

import io.github.monetik.internal.MonetikStyle;
import io.github.monetik.money.Money;
import io.github.monetik.money.Rate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A product a creator can promote: its id, title and listed price, the open commission rate the
 * seller set and its history, an optional category (for flat category-rate programmes) and the
 * seller's targeted campaigns.
 *
 * <p>The rate history is a list of {@link RateChange}s in strictly increasing date order; the first
 * is the day the product started paying commission. Which rate applies to a sale is the
 * {@link CommissionPolicy}'s decision ({@link CommissionPolicy#rateFor}): a campaign covering the
 * day overrides the open rate, and a decrease reaches creators already promoting only after the
 * policy's lock period. Whether a rate lies in the allowed range (1–80% on TikTok Shop) is checked
 * by the policy, which holds that sourced range.
 *
 * <pre>{@code
 * Product lamp = Product.of("lamp-01", "Desk lamp", Money.of("24.00", "USD"),
 *         Rate.percent(15), LocalDate.of(2025, 1, 1))
 *     .withRateFrom(LocalDate.of(2025, 3, 1), Rate.percent(10));   // a decrease
 * }</pre>
 */
@Value.Immutable
@MonetikStyle
public abstract class Product {
  Product() {}

  /** {@return a builder; id, title, price and at least one rate change are required} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Product}; {@code build()} checks the fields and names a bad one. */
  public static final class Builder extends ImmutableProduct.Builder {
    Builder() {}
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
  public abstract String id();

  /** {@return the product's title} */
  public abstract String title();

  /** {@return the listed price (an order line carries what was actually charged)} */
  public abstract Money price();

  /** {@return the category, used by flat category-rate programmes} */
  public abstract Optional<String> category();

  /** {@return the open rates the seller set, oldest first; never empty} */
  public abstract List<RateChange> rateHistory();

  /** {@return the seller's targeted campaigns, which never overlap} */
  public abstract List<Campaign> campaigns();

  /**
   * {@return a copy with that category}
   *
   * @param category the category
   */
  public abstract Product withCategory(String category);

  /**
   * {@return a copy with those campaigns}
   *
   * @param campaigns the campaigns
   */
  public abstract Product withCampaigns(Iterable<? extends Campaign> campaigns);

  /**
   * {@return a copy with that history (checked again)}
   *
   * @param rateHistory the whole rate history, oldest first
   */
  public abstract Product withRateHistory(Iterable<? extends RateChange> rateHistory);

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
    List<Campaign> all = new ArrayList<>(campaigns());
    all.add(Objects.requireNonNull(campaign, "campaign"));
    return withCampaigns(all);
  }

  /**
   * {@return the campaign covering that day, if any}
   *
   * @param day a day
   */
  public Optional<Campaign> campaignOn(LocalDate day) {
    Objects.requireNonNull(day, "day");
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
    return rateHistory().get(indexOn(Objects.requireNonNull(day, "day").toEpochDay())).rate();
  }

  /** Index of the last change on or before {@code day}. */
  int indexOn(long day) {
    List<RateChange> h = rateHistory();
    if (day < h.get(0).fromDay) {
      throw new IllegalArgumentException("day " + LocalDate.ofEpochDay(day) + " is before product '" + id()
          + "' paid commission (from " + h.get(0).from() + ")");
    }
    int i = h.size() - 1;
    while (h.get(i).fromDay > day) {
      i--;
    }
    return i;
  }

  /**
   * Index of the open rate a creator promoting since {@code promotingSince} gets on {@code day}: the
   * highest rate in force on any day of the window {@code [max(promotingSince, day - lockDays), day]},
   * the latest such change on a tie. So an increase applies at once, a decrease after {@code lockDays}.
   */
  int lockedIndex(long day, long promotingSince, int lockDays) {
    int now = indexOn(day);
    if (lockDays == 0 || now == 0) {
      return now;
    }
    long windowStart = Math.max(promotingSince, day - lockDays);
    List<RateChange> h = rateHistory();
    int best = windowStart < h.get(0).fromDay ? 0 : indexOn(windowStart);
    for (int j = best + 1; j <= now; j++) {
      if (h.get(j).rate().compareTo(h.get(best).rate()) >= 0) {
        best = j;
      }
    }
    return best;
  }

  @Value.Check
  void check() {
    if (id().isBlank()) {
      throw new IllegalArgumentException("id must not be blank, was '" + id() + "'");
    }
    if (price().isNegative()) {
      throw new IllegalArgumentException("price must be >= 0, was " + price());
    }
    List<RateChange> h = rateHistory();
    if (h.isEmpty()) {
      throw new IllegalArgumentException("rateHistory of product '" + id() + "' must not be empty, was []");
    }
    for (int i = 1; i < h.size(); i++) {
      if (!h.get(i).from().isAfter(h.get(i - 1).from())) {
        throw new IllegalArgumentException("rateHistory of product '" + id() + "' must be in increasing date order, was "
            + h.get(i) + " after " + h.get(i - 1));
      }
    }
    List<Campaign> c = campaigns();
    for (int i = 0; i < c.size(); i++) {
      for (int j = i + 1; j < c.size(); j++) {
        Campaign a = c.get(i);
        Campaign b = c.get(j);
        if (!a.start().isAfter(b.end()) && !b.start().isAfter(a.end())) {
          throw new IllegalArgumentException("campaigns of product '" + id() + "' must not overlap, was '" + a.name()
              + "' (" + a.start() + ".." + a.end() + ") and '" + b.name() + "' (" + b.start() + ".." + b.end() + ")");
        }
      }
    }
  }
}
