package io.github.monetik.income;

import io.github.monetik.internal.Bounds;
import io.github.monetik.internal.Checks;
import java.math.BigDecimal;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An engagement rate in percent, with the convention that produced it. Unlike a {@code Rate} it can
 * exceed 100% (an account with few followers and a viral video); like every number Monetik takes
 * in, it is within Monetik's bounds (below 10^100, at most 100 decimals; see the {@code money}
 * package), so it always prints and compares quickly. Immutable.
 */
public final class EngagementRate implements Comparable<EngagementRate> {
  private final Engagement.Convention convention;
  private final boolean withSaves;
  private final BigDecimal percent;

  EngagementRate(Engagement.Convention convention, boolean withSaves, BigDecimal percent) {
    this.convention = convention;
    this.withSaves = withSaves;
    this.percent = percent;
  }

  /**
   * A rate you measured elsewhere.
   *
   * @param convention the convention it follows
   * @param percent the rate in percent, {@code >= 0}
   * @return the rate
   * @throws IllegalArgumentException if {@code percent} is negative or outside Monetik's bounds
   * @throws NullPointerException if an argument is null
   */
  public static EngagementRate of(Engagement.Convention convention, BigDecimal percent) {
    Checks.notNull(convention, "convention");
    BigDecimal bounded = Bounds.amount(percent, "percent");
    if (bounded.signum() < 0) {
      throw Checks.invalid("percent", ">= 0", bounded);
    }
    return new EngagementRate(convention, false, bounded);
  }

  /** {@return by views or by followers} */
  public Engagement.Convention convention() {
    return convention;
  }

  /** {@return whether saves were counted} */
  public boolean withSaves() {
    return withSaves;
  }

  /** {@return the rate in percent, never negative} */
  public BigDecimal percent() {
    return percent;
  }

  /**
   * Orders by percent; meaningful only between rates of one convention.
   *
   * @throws NullPointerException if {@code other} is null
   */
  @Override
  public int compareTo(EngagementRate other) {
    return percent.compareTo(Checks.notNull(other, "other").percent);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof EngagementRate that && that.convention == convention && that.withSaves == withSaves
        && that.percent.compareTo(percent) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(convention, withSaves, percent.stripTrailingZeros());
  }

  /** {@return for example {@code 4.5% by views}} */
  @Override
  public String toString() {
    return percent.stripTrailingZeros().toPlainString() + "% " + (convention == Engagement.Convention.BY_VIEWS ? "by views" : "by followers")
        + (withSaves ? " (with saves)" : "");
  }
}
