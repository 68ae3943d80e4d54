package io.github.monetik.testing;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * A per-call time limit for hostile-input properties: a call that hangs fails the test (with an
 * {@code AssertionFailedError}, which {@link Hostile#check} does not catch) instead of the build. The
 * call's own exceptions pass through unchanged, so {@code Hostile.check(Deadline.within(call), ...)}
 * judges them as before.
 */
public final class Deadline {
  /** The limit for one call: generous for a shared 2-core machine, far below a hang. */
  public static final Duration PER_CALL = Duration.ofSeconds(10);

  private Deadline() {}

  /**
   * {@return {@code call}, run under {@link #PER_CALL}}
   *
   * @param call the call
   * @param <T> its result type
   */
  public static <T> Supplier<T> within(Supplier<T> call) {
    return () -> assertTimeoutPreemptively(PER_CALL, call::get);
  }
}
