package io.github.monetik.income;

/** Where an engagement rate stands against the published benchmarks (see {@link IncomePolicy}). */
public enum EngagementBand {
  /** Below the average band. */
  LOW,
  /** In the average band. */
  AVERAGE,
  /** In the high band. */
  HIGH,
  /** Above the high band. */
  VERY_HIGH
}
