package io.github.monetik.programs;

import io.github.monetik.internal.MonetikStyle;
import java.util.List;
import org.immutables.value.Value;

/**
 * A creator's videos over a period (a month, say): what {@link Programs#estimate} prices.
 *
 * <pre>{@code
 * Activity month = Activity.of(Video.of(Duration.ofSeconds(75), 40_000, 31_000),
 *                              Video.of(Duration.ofSeconds(30), 90_000, 80_000));
 * }</pre>
 */
@Value.Immutable
@MonetikStyle
public abstract class Activity {
  Activity() {}

  /** {@return a builder} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * {@return the activity}
   *
   * @param videos the videos
   * @throws NullPointerException if a video is null
   */
  public static Activity of(Video... videos) {
    return builder().addVideos(videos).build();
  }

  /**
   * {@return the activity}
   *
   * @param videos the videos
   * @throws NullPointerException if a video is null
   */
  public static Activity of(List<Video> videos) {
    return builder().addAllVideos(videos).build();
  }

  /** Builds an {@link Activity}. */
  public static final class Builder extends ImmutableActivity.Builder {
    Builder() {}
  }

  /** {@return the videos, in the order given} */
  public abstract List<Video> videos();
}
