package io.github.monetik.programs;

import io.github.monetik.internal.MonetikStyle;
import java.time.Duration;
import org.immutables.value.Value;

/**
 * One posted video and its views, the unit pay is estimated from.
 *
 * <pre>{@code
 * Video v = Video.of(Duration.ofSeconds(75), 40_000, 31_000);
 * }</pre>
 */
@Value.Immutable
@MonetikStyle
public abstract class Video {
  Video() {}

  /** {@return a builder; {@code length} and {@code views} are required} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * An original video.
   *
   * @param length its length, positive
   * @param views its views, {@code >= 0}
   * @param qualifiedViews its qualified views, {@code 0 <= qualifiedViews <= views}
   * @return the video
   * @throws IllegalArgumentException if a value is out of range, naming it
   */
  public static Video of(Duration length, long views, long qualifiedViews) {
    return builder().length(length).views(views).qualifiedViews(qualifiedViews).build();
  }

  /** Builds a {@link Video}; {@code build()} checks the fields and names a bad one. */
  public static final class Builder extends ImmutableVideo.Builder {
    Builder() {}
  }

  /** {@return the video's length, positive} */
  public abstract Duration length();

  /** {@return all views} */
  public abstract long views();

  /** {@return qualified views (For You feed, watched 5+ s, not paid or fake); 0 unless given} */
  @Value.Default
  public long qualifiedViews() {
    return 0;
  }

  /** {@return false for a Duet, Stitch or other non-original content; true unless given} */
  @Value.Default
  public boolean original() {
    return true;
  }

  @Value.Check
  void check() {
    if (length().isNegative() || length().isZero()) {
      throw new IllegalArgumentException("length must be > 0, was " + length());
    }
    CreatorProfile.requireCount(views(), "views");
    CreatorProfile.requireCount(qualifiedViews(), "qualifiedViews");
    if (qualifiedViews() > views()) {
      throw new IllegalArgumentException("qualifiedViews must be <= views (" + views()
          + "): qualified views are a subset of views, was " + qualifiedViews());
    }
  }
}
