package io.github.monetik;

import io.github.monetik.affiliate.Affiliate;
import io.github.monetik.rules.Rules;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The one door to Monetik: an immutable value holding the {@link Rules} every calculation uses.
 *
 * <pre>{@code
 * Monetik tiktok = Monetik.defaults();                        // Rules.latest()
 * Monetik then   = Monetik.asOf(LocalDate.of(2021, 1, 1));    // rules in force that day
 * Monetik mine   = tiktok.withRules(tiktok.rules().withDiamonds(
 *     tiktok.rules().diamonds().withCreatorShare(Rate.percent(53))));
 * }</pre>
 *
 * <p>Instances are immutable and safe to share between threads.
 */
public final class Monetik {
  private final Rules rules;

  private Monetik(Rules rules) {
    this.rules = rules;
  }

  /** @return Monetik on {@link Rules#latest()} */
  public static Monetik defaults() {
    return new Monetik(Rules.latest());
  }

  /**
   * @param date the day whose rules to use
   * @return Monetik on {@link Rules#asOf(LocalDate)}
   * @throws IllegalArgumentException if the date is before TikTok existed ({@link Rules#EARLIEST})
   */
  public static Monetik asOf(LocalDate date) {
    return new Monetik(Rules.asOf(date));
  }

  /**
   * @param rules the rules to use
   * @return Monetik on {@code rules}
   */
  public static Monetik with(Rules rules) {
    return new Monetik(Objects.requireNonNull(rules, "rules"));
  }

  /**
   * @param rules the rules to use instead
   * @return a new Monetik on {@code rules}; this one is unchanged
   */
  public Monetik withRules(Rules rules) {
    return new Monetik(Objects.requireNonNull(rules, "rules"));
  }

  /** @return the rules every calculation of this instance uses */
  public Rules rules() {
    return rules;
  }

  /**
   * TikTok Shop affiliate commissions under this instance's {@link Rules#affiliate()} policy.
   *
   * <pre>{@code
   * Monetik.defaults().affiliate().statement(orders, LocalDate.of(2025, 3, 31)).payable();
   * }</pre>
   *
   * @return commissions and statements under the rules' commission policy
   */
  public Affiliate affiliate() {
    return Affiliate.with(rules.affiliate());
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Monetik other && other.rules.equals(rules);
  }

  @Override
  public int hashCode() {
    return rules.hashCode();
  }

  @Override
  public String toString() {
    return "Monetik[rules=" + rules.id() + "]";
  }
}
