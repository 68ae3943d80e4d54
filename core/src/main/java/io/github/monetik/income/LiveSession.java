package io.github.monetik.income;

import io.github.monetik.internal.Checks;
import io.github.monetik.internal.MonetikStyle;
import io.github.monetik.money.Money;
import io.github.monetik.money.Rate;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One LIVE and what it brought: the metrics the seed article on LIVE monetisation asks creators to
 * track (viewership, gift revenue), made exact.
 *
 * <p>Per-viewer, per-minute and per-gifter figures are rounded half-even to the currency's minor
 * unit; the revenue itself is kept exact. A figure whose denominator is zero is absent, not zero.
 */
@Value.Immutable
@MonetikStyle
public abstract class LiveSession {
  LiveSession() {}

  /** {@return a builder; every field is required} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link LiveSession}; {@code build()} checks the fields and names a bad one. */
  public static final class Builder extends ImmutableLiveSession.Builder {
    Builder() {}
  }

  /** {@return when the LIVE started} */
  public abstract Instant start();

  /** {@return when it ended} */
  public abstract Instant end();

  /** {@return the most viewers at once} */
  public abstract long peakViewers();

  /** {@return distinct viewers over the LIVE} */
  public abstract long uniqueViewers();

  /** {@return followers gained during the LIVE} */
  public abstract long newFollowers();

  /** {@return distinct viewers who sent at least one gift} */
  public abstract long gifters();

  /** {@return gift revenue (for example the creator's cash from {@code LiveEarnings})} */
  public abstract Money revenue();

  /** {@return the part of the revenue that came from the top senders} */
  public abstract Money topSendersRevenue();

  @Value.Check
  void check() {
    if (end().isBefore(start())) {
      throw new IllegalArgumentException("end must not be before start " + start() + ", was " + end());
    }
    Checks.nonNegative(peakViewers(), "peakViewers");
    Checks.nonNegative(uniqueViewers(), "uniqueViewers");
    Checks.nonNegative(newFollowers(), "newFollowers");
    Checks.nonNegative(gifters(), "gifters");
    if (peakViewers() > uniqueViewers()) {
      throw new IllegalArgumentException("peakViewers must be <= uniqueViewers " + uniqueViewers() + ", was " + peakViewers());
    }
    if (gifters() > uniqueViewers()) {
      throw new IllegalArgumentException("gifters must be <= uniqueViewers " + uniqueViewers() + ", was " + gifters());
    }
    if (revenue().isNegative()) {
      throw new IllegalArgumentException("revenue must be >= 0, was " + revenue());
    }
    if (topSendersRevenue().isNegative() || topSendersRevenue().isGreaterThan(revenue())) {
      throw new IllegalArgumentException("topSendersRevenue must be in [0, revenue " + revenue() + "], was " + topSendersRevenue());
    }
    if (gifters() == 0 && revenue().isPositive()) {
      throw new IllegalArgumentException("gifters must be > 0 when revenue is " + revenue() + ", was 0");
    }
  }

  /** {@return how long the LIVE lasted} */
  public Duration duration() {
    return Duration.between(start(), end());
  }

  /** {@return revenue per distinct viewer; absent without viewers} */
  public Optional<Money> revenuePerViewer() {
    return per(BigDecimal.ONE, uniqueViewers());
  }

  /** {@return revenue per gifter; absent without gifters} */
  public Optional<Money> revenuePerGifter() {
    return per(BigDecimal.ONE, gifters());
  }

  /** {@return revenue per minute of LIVE (exact seconds); absent for a LIVE of zero length} */
  public Optional<Money> revenuePerMinute() {
    return per(BigDecimal.valueOf(60), duration().getSeconds());
  }

  /** {@return the top senders' share of the revenue; absent without revenue} */
  public Optional<Rate> topSendersShare() {
    if (revenue().isZero()) {
      return Optional.empty();
    }
    return Optional.of(Rate.of(topSendersRevenue().amount().divide(revenue().amount(), 6, RoundingMode.HALF_EVEN)));
  }

  /** {@return gifters as a fraction of distinct viewers; absent without viewers} */
  public Optional<Rate> gifterConversion() {
    if (uniqueViewers() == 0) {
      return Optional.empty();
    }
    return Optional.of(Rate.of(BigDecimal.valueOf(gifters()).divide(BigDecimal.valueOf(uniqueViewers()), 6, RoundingMode.HALF_EVEN)));
  }

  /** revenue x factor / denominator, rounded once. */
  private Optional<Money> per(BigDecimal factor, long denominator) {
    if (denominator == 0) {
      return Optional.empty();
    }
    int scale = Math.max(revenue().currency().getDefaultFractionDigits(), 0);
    BigDecimal value = revenue().amount().multiply(factor).divide(BigDecimal.valueOf(denominator), scale, RoundingMode.HALF_EVEN);
    return Optional.of(Money.of(value, revenue().currency()));
  }
}
