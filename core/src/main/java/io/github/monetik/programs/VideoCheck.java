package io.github.monetik.programs;

import io.github.monetik.money.Money;
import io.github.monetik.money.MoneyRange;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One video of an estimate: counted or not, and why not; its paid views and what they pay. Made by
 * {@link Programs#estimate}; one per video of a {@link ProgramEstimate}. Immutable.
 *
 * <pre>{@code
 * VideoCheck v = estimate.videos().get(1);
 * v.isCounted();   // false
 * v.reasons();     // [TOO_SHORT]
 * v.pay();         // USD 0.00 .. 0.00 (expected 0.00)
 * }</pre>
 */
public final class VideoCheck {
  /** Why a video earns nothing, in the order an estimate lists them. */
  public enum Reason {
    /** The program is not open on the estimate's day (not yet, or closed). */
    PROGRAM_NOT_OPEN("program not open that day"),
    /** A photo-mode post: only videos count. */
    PHOTO_MODE("photo-mode post"),
    /** A repost of someone else's post: only the creator's own videos count. */
    REPOST("repost"),
    /** Not original content (a Duet, a Stitch). */
    NOT_ORIGINAL("not original"),
    /** Not longer than the program's minimum length. */
    TOO_SHORT("too short"),
    /** The program pays qualified views and the video does not give them. */
    QUALIFIED_VIEWS_NOT_GIVEN("qualified views not given"),
    /** Fewer qualified views than the program's minimum per video. */
    TOO_FEW_QUALIFIED_VIEWS("too few qualified views"),
    /** Posted before the creator joined the program. */
    POSTED_BEFORE_JOINING("posted before joining");

    private final String description;

    Reason(String description) {
      this.description = description;
    }

    /** {@return the reason in a few words, for example {@code too short}} */
    public String description() {
      return description;
    }
  }

  private final int index;
  private final Video video;
  private final Set<Reason> reasons;
  private final long paidViews;
  private final Money rpmLow;
  private final Money rpmHigh;

  VideoCheck(int index, Video video, EnumSet<Reason> reasons, long paidViews, Money rpmLow, Money rpmHigh) {
    this.index = index;
    this.video = video;
    this.reasons = Collections.unmodifiableSet(reasons);
    this.paidViews = paidViews;
    this.rpmLow = rpmLow;
    this.rpmHigh = rpmHigh;
  }

  /** {@return its place in the activity, from 0} */
  public int index() {
    return index;
  }

  /** {@return the video} */
  public Video video() {
    return video;
  }

  /** {@return why it earns nothing, in {@link Reason} order; empty exactly when it is counted} */
  public Set<Reason> reasons() {
    return reasons;
  }

  /** {@return true if its views are paid} */
  public boolean isCounted() {
    return reasons.isEmpty();
  }

  /** {@return the views paid: all views or qualified views, as the program pays; 0 when not counted} */
  public long paidViews() {
    return paidViews;
  }

  /** {@return what its paid views pay: the program's pay per 1,000 views times them; zero when not counted} */
  public MoneyRange pay() {
    BigDecimal thousands = BigDecimal.valueOf(paidViews).movePointLeft(3);
    return MoneyRange.between(rpmLow.multipliedBy(thousands), rpmHigh.multipliedBy(thousands));
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof VideoCheck v && v.index == index && v.video.equals(video) && v.reasons.equals(reasons)
        && v.paidViews == paidViews && v.rpmLow.equals(rpmLow) && v.rpmHigh.equals(rpmHigh);
  }

  @Override
  public int hashCode() {
    return Objects.hash(index, video, reasons, paidViews, rpmLow, rpmHigh);
  }

  /** {@return for example {@code video 0: counted, 31,000 paid views} or {@code video 1: too short}} */
  @Override
  public String toString() {
    if (isCounted()) {
      return "video " + index + ": counted, " + io.github.monetik.internal.TextTable.grouped(paidViews) + " paid views";
    }
    StringBuilder b = new StringBuilder("video ").append(index).append(": ");
    String sep = "";
    for (Reason r : reasons) {
      b.append(sep).append(r.description());
      sep = ", ";
    }
    return b.toString();
  }
}
