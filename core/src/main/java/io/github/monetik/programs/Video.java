package io.github.monetik.programs;

import io.github.monetik.internal.MonetikStyle;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * One post and its views, the unit pay is estimated from.
 *
 * <p>Qualified views (For You feed, watched 5+ seconds, not paid or fake) are what Creator Rewards
 * pays; they are given or they are not: a video built without them is not priced by a program that
 * pays qualified views, and its estimate says so ({@link VideoCheck.Reason#QUALIFIED_VIEWS_NOT_GIVEN}),
 * never a silent zero.
 *
 * <pre>{@code
 * Video v = Video.of(Duration.ofSeconds(75), 40_000, 31_000);
 * Video fund = Video.builder().length(Duration.ofSeconds(30)).views(90_000).build();   // qualified views not given
 * Video photos = Video.builder().from(v).format(Video.Format.PHOTO_MODE).build();
 * }</pre>
 */
@Value.Immutable
@MonetikStyle
public abstract class Video {
  /** What kind of post it is. */
  public enum Format {
    /** A video the creator posted. */
    VIDEO,
    /** A photo-mode post (a slideshow of photos). */
    PHOTO_MODE,
    /** A repost of someone else's post. */
    REPOST
  }

  Video() {}

  /** {@return a builder; {@code length} and {@code views} are required} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * An original video with its qualified views.
   *
   * @param length its length, positive
   * @param views its views, {@code >= 0}
   * @param qualifiedViews its qualified views, {@code 0 <= qualifiedViews <= views}
   * @return the video
   * @throws IllegalArgumentException if a value is out of range, naming it
   * @throws NullPointerException if {@code length} is null
   */
  public static Video of(Duration length, long views, long qualifiedViews) {
    return builder().length(length).views(views).qualifiedViews(qualifiedViews).build();
  }

  /**
   * Builds a {@link Video}; {@code build()} checks the fields and throws
   * {@link IllegalArgumentException} naming a bad one, or {@link IllegalStateException} if a
   * required one is missing.
   */
  public static final class Builder extends ImmutableVideo.Builder {
    Builder() {}
  }

  /** {@return the post's length, positive} */
  public abstract Duration length();

  /** {@return all views} */
  public abstract long views();

  /**
   * {@return qualified views (For You feed, watched 5+ s, not paid or fake), at most {@link #views()};
   *     empty when not given}
   */
  public abstract OptionalLong qualifiedViews();

  /** {@return false for a Duet, Stitch or other non-original content; true unless given} */
  @Value.Default
  public boolean original() {
    return true;
  }

  /** {@return what kind of post it is; {@link Format#VIDEO} unless given} */
  @Value.Default
  public Format format() {
    return Format.VIDEO;
  }

  /** {@return the day it was posted, if known (Creator Rewards pays only videos posted after joining)} */
  public abstract Optional<LocalDate> postedOn();

  @Value.Check
  void check() {
    if (length().isNegative() || length().isZero()) {
      throw new IllegalArgumentException("length must be > 0, was " + length());
    }
    CreatorProfile.requireCount(views(), "views");
    if (qualifiedViews().isPresent()) {
      long q = qualifiedViews().getAsLong();
      CreatorProfile.requireCount(q, "qualifiedViews");
      if (q > views()) {
        throw new IllegalArgumentException("qualifiedViews must be <= views (" + views()
            + "): qualified views are a subset of views, was " + q);
      }
    }
  }
}
