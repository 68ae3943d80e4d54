package io.github.monetik.programs;

import io.github.monetik.internal.Checks;
import io.github.monetik.internal.MonetikStyle;
import io.github.monetik.money.Money;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How a view-paid program pays: a range of pay per 1,000 (qualified) views, which videos count,
 * whether an Additional Reward is paid on top, the minimum payout and the pay day.
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

  /**
   * {@return true if only videos count: photo-mode posts and reposts earn nothing; true unless given}
   */
  @Value.Default
  public boolean videosOnly() {
    return true;
  }

  /**
   * {@return true if only videos posted after the creator joined count (checked where the activity
   *     gives the joining day and the video its posting day); false unless given}
   */
  @Value.Default
  public boolean afterJoiningOnly() {
    return false;
  }

  /**
   * {@return true if the program also pays an "Additional Reward" for especially engaging videos, on
   *     top of the standard reward: an estimate never folds it into the pay-per-view range, and prices
   *     it only when told ({@link ProgramEstimate#withAdditionalReward}); false unless given}
   */
  @Value.Default
  public boolean additionalReward() {
    return false;
  }

  /** {@return the least amount paid out; a month below it is carried to the next} */
  public abstract Money minimumPayout();

  /** {@return when a month's earnings are paid} */
  public abstract PayDay payDay();

  /**
   * {@return true if the video's views are paid under these terms, judging the video alone (the
   *     program's dates and the joining day are the estimate's to check)}
   *
   * @param video a video
   * @throws NullPointerException if {@code video} is null
   */
  public boolean counts(Video video) {
    return reasons(Checks.notNull(video, "video")).isEmpty();
  }

  /** {@code basis} needs qualified views, or a minimum of them per video does. */
  boolean needsQualifiedViews() {
    return basis() == Basis.QUALIFIED_VIEWS || minimumQualifiedViewsPerVideo() > 0;
  }

  /** The views paid for a counted video. */
  long paidViews(Video video) {
    return basis() == Basis.VIEWS ? video.views() : video.qualifiedViews().orElse(0);
  }

  /** Why the video alone is not paid, in {@link VideoCheck.Reason} order; empty when it counts. */
  EnumSet<VideoCheck.Reason> reasons(Video video) {
    EnumSet<VideoCheck.Reason> why = EnumSet.noneOf(VideoCheck.Reason.class);
    if (videosOnly() && video.format() == Video.Format.PHOTO_MODE) {
      why.add(VideoCheck.Reason.PHOTO_MODE);
    }
    if (videosOnly() && video.format() == Video.Format.REPOST) {
      why.add(VideoCheck.Reason.REPOST);
    }
    if (originalOnly() && !video.original()) {
      why.add(VideoCheck.Reason.NOT_ORIGINAL);
    }
    if (longerThan().isPresent() && video.length().compareTo(longerThan().get()) <= 0) {
      why.add(VideoCheck.Reason.TOO_SHORT);
    }
    if (needsQualifiedViews() && video.qualifiedViews().isEmpty()) {
      why.add(VideoCheck.Reason.QUALIFIED_VIEWS_NOT_GIVEN);
    } else if (video.qualifiedViews().orElse(0) < minimumQualifiedViewsPerVideo()) {
      why.add(VideoCheck.Reason.TOO_FEW_QUALIFIED_VIEWS);
    }
    return why;
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
