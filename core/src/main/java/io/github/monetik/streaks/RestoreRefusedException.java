package io.github.monetik.streaks;

import io.github.monetik.internal.Checks;

/** A restore the policy does not allow; {@link #reason()} says which rule refused it. */
public final class RestoreRefusedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Why a restore was refused. */
  public enum Refusal {
    /** The pair or group has no streak that had ended by the restore's instant. */
    NOTHING_TO_RESTORE,
    /** The streak has not ended yet: it is still active or at risk. */
    NOT_ENDED,
    /** The streak that ended never reached the days needed to show. */
    NOT_UNLOCKED,
    /** The restore window after the streak's end has passed. */
    WINDOW_PASSED,
    /** The pair or group used up its restores for the period (or the policy allows none). */
    QUOTA_USED
  }

  /** Why the restore was refused. */
  private final Refusal reason;

  RestoreRefusedException(Refusal reason, String message) {
    super(message);
    this.reason = Checks.notNull(reason, "reason");
  }

  /** {@return which rule refused the restore} */
  public Refusal reason() {
    return reason;
  }
}
