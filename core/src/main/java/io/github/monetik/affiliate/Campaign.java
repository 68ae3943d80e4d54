package io.github.monetik.affiliate;

import io.github.monetik.internal.MonetikStyle;
import io.github.monetik.money.Rate;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * A seller's targeted campaign for a product (TikTok's Target Collaboration): a rate that overrides
 * the open rate on every day from {@link #start()} to {@link #end()}, both included.
 *
 * <pre>{@code
 * Campaign spring = Campaign.of("spring-push", Rate.percent(25),
 *     LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 31));
 * }</pre>
 */
@Value.Immutable
@MonetikStyle
public abstract class Campaign {
  Campaign() {}

  /** {@return a builder; every field is required} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * {@return the campaign}
   *
   * @param name the campaign's name, shown in statements
   * @param rate the campaign's rate
   * @param start the first day it applies
   * @param end the last day it applies
   * @throws IllegalArgumentException if the name is blank or {@code end} is before {@code start}
   * @throws NullPointerException if an argument is null
   */
  public static Campaign of(String name, Rate rate, LocalDate start, LocalDate end) {
    return builder().name(name).rate(rate).start(start).end(end).build();
  }

  /** Builds a {@link Campaign}; {@code build()} checks the fields and names a bad one. */
  public static final class Builder extends ImmutableCampaign.Builder {
    Builder() {}
  }

  /** {@return the campaign's name} */
  public abstract String name();

  /** {@return the rate that overrides the product's open rate while the campaign runs} */
  public abstract Rate rate();

  /** {@return the first day the campaign applies} */
  public abstract LocalDate start();

  /** {@return the last day the campaign applies} */
  public abstract LocalDate end();

  /** The campaign's applied rate and days, computed once. */
  @Value.Derived
  @Value.Auxiliary
  Cache cache() {
    return new Cache(this);
  }

  static final class Cache {
    final AppliedRate applied;
    final long startDay;
    final long endDay;

    Cache(Campaign c) {
      applied = new AppliedRate(new Fraction(c.rate()), AppliedRate.Origin.CAMPAIGN, c.name());
      startDay = c.start().toEpochDay();
      endDay = c.end().toEpochDay();
    }
  }

  /**
   * {@return true if the campaign applies on that day}
   *
   * @param day a day
   */
  public boolean covers(LocalDate day) {
    return !day.isBefore(start()) && !day.isAfter(end());
  }

  @Value.Check
  void check() {
    if (name().isBlank() || name().equals("(open)")) {
      throw new IllegalArgumentException("name must not be blank or '(open)' (sales outside campaigns), was '"
          + name() + "'");
    }
    if (end().isBefore(start())) {
      throw new IllegalArgumentException("end must not be before start " + start() + ", was " + end());
    }
  }
}
