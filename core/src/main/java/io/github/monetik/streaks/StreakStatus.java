package io.github.monetik.streaks;

/**
 * Where a pair's or group's latest streak stands at the moment of analysis. With days {@code D}
 * (today) and {@code L} (the last day kept, by a qualifying day or a restore):
 */
public enum StreakStatus {
  /** Today is already kept ({@code L == D}); it ends at the end of tomorrow if nobody acts. */
  ACTIVE,
  /** Yesterday was kept, today not yet ({@code L == D - 1}); it ends at the end of today if nobody acts. */
  AT_RISK,
  /**
   * It ended (a whole day was missed) less than the policy's restore window ago, it had reached the
   * days needed to show, and the restore quota allows one more: a restore brings its count back.
   */
  RESTORABLE,
  /** It ended and can no longer be restored (or never had any run). */
  ENDED
}
