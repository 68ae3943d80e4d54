package io.github.monetik.programs;

import io.github.monetik.internal.MonetikStyle;
import io.github.monetik.money.Money;
import java.time.Duration;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How a view-paid program pays: a range of pay per 1,000 (qualified) views, which videos count,
 * the minimum payout and the pay day.
 *
 * <pre>{@code
 * PayTerms t = PayTerms.builder().basis(PayTerms.Basis.QUALIFIED_VIEWS)
 *     .rpmLow(Money.of("0.40", "USD")).rpmHigh(Money.of("1.00", "USD"))
 *     .longerThan(Duration.ofSeconds(60)).minimumQualifiedViewsPerVideo(1_000)
 *     .minimumPayout(Money.of("50", "USD")).payDay(PayDay.dayOfNextMonth(15)).build();
 * }</pre>
 */
@Value.Immutable
@MonetikStyle
public abstract class PayTerms {
  /** Which views are paid. */
  public enum Basis {
    /** Every view of a counted video. */
    VIEWS,
    /** Only qualified views of a counted video. */
    QUALIFIED_VIEWS
  }

  PayTerms() {}

  /** {@return a builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link PayTerms}; {@code build()} checks the fields and names a bad one. */
  public static final class Builder extends ImmutablePayTerms.Builder {
    Builder() {}
  }

  /** {@return which views are paid} */
  public abstract Basis basis();

  /** {@return the lowest reported pay per 1,000 paid views} */
  public abstract Money rpmLow();

  /** {@return the highest reported pay per 1,000 paid views, in the currency of {@link #rpmLow()}} */
  public abstract Money rpmHigh();

  /** {@return a video counts only if it is strictly longer than this; empty when any length counts} */
  public abstract Optional<Duration> longerThan();

  /** {@return a video counts only with at least this many qualified views; 0 unless given} */
  @Value.Default
  public long minimumQualifiedViewsPerVideo() {
    return 0;
  }

  /** {@return true if only original videos count (no Duets or Stitches); true unless given} */
  @Value.Default
  public boolean originalOnly() {
    return true;
  }

  /** {@return the least amount paid out; a month below it is carried to the next} */
  public abstract Money minimumPayout();

  /** {@return when a month's earnings are paid} */
  public abstract PayDay payDay();

  /**
   * {@return true if the video's views are paid under these terms}
   *
   * @param video a video
   */
  public boolean counts(Video video) {
    return (!originalOnly() || video.original())
        && (longerThan().isEmpty() || video.length().compareTo(longerThan().get()) > 0)
        && video.qualifiedViews() >= minimumQualifiedViewsPerVideo();
  }

  @Value.Check
  void check() {
    if (rpmLow().isNegative()) {
      throw new IllegalArgumentException("rpmLow must be >= 0, was " + rpmLow());
    }
    if (!rpmLow().currency().equals(rpmHigh().currency()) || rpmLow().isGreaterThan(rpmHigh())) {
      throw new IllegalArgumentException("rpmHigh must be >= rpmLow (" + rpmLow() + ") in its currency, was " + rpmHigh());
    }
    if (minimumPayout().isNegative() || !minimumPayout().currency().equals(rpmLow().currency())) {
      throw new IllegalArgumentException("minimumPayout must be >= 0 in " + rpmLow().currency() + ", was " + minimumPayout());
    }
    if (longerThan().isPresent() && longerThan().get().isNegative()) {
      throw new IllegalArgumentException("longerThan must be >= 0, was " + longerThan().get());
    }
    CreatorProfile.requireCount(minimumQualifiedViewsPerVideo(), "minimumQualifiedViewsPerVideo");
  }
}
