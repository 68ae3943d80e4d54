package io.github.monetik.programs;

import io.github.monetik.internal.Checks;
import io.github.monetik.internal.MonetikStyle;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A creator's posts over a period (a month, say): what {@link Programs#estimate} prices, and,
 * where known, the day the creator joined the program (Creator Rewards pays only videos posted
 * after it).
 *
 * <pre>{@code
 * Activity month = Activity.of(Video.of(Duration.ofSeconds(75), 40_000, 31_000),
 *                              Video.of(Duration.ofSeconds(30), 90_000, 80_000));
 * Activity since = month.withJoinedOn(LocalDate.of(2024, 5, 2));
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
   * @throws NullPointerException naming {@code videos} or the null element ({@code videos[2]})
   */
  public static Activity of(Video... videos) {
    return of(Arrays.asList(Checks.notNull(videos, "videos")));
  }

  /**
   * {@return the activity}
   *
   * @param videos the videos
   * @throws NullPointerException naming {@code videos} or the null element ({@code videos[2]})
   */
  public static Activity of(List<Video> videos) {
    return builder().addAllVideos(Checks.elements(videos, "videos")).build();
  }

  /** Builds an {@link Activity}. */
  public static final class Builder extends ImmutableActivity.Builder {
    Builder() {}
  }

  /** {@return the videos, in the order given} */
  public abstract List<Video> videos();

  /** {@return the day the creator joined the program, if known} */
  public abstract Optional<LocalDate> joinedOn();

  /**
   * {@return a copy with that joining day}
   *
   * @param joinedOn the day the creator joined the program
   */
  public abstract Activity withJoinedOn(LocalDate joinedOn);
}
