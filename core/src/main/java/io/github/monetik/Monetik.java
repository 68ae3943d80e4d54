package io.github.monetik;

import io.github.monetik.affiliate.Affiliate;
import io.github.monetik.coins.CoinShop;
import io.github.monetik.gifts.Gifts;
import io.github.monetik.income.Income;
import io.github.monetik.internal.Checks;
import io.github.monetik.internal.Door;
import io.github.monetik.programs.Programs;
import io.github.monetik.report.Provenance;
import io.github.monetik.rules.Rules;
import io.github.monetik.streaks.Streaks;
import java.time.LocalDate;

/**
 * The one door to Monetik: an immutable value holding the {@link Rules} every calculation uses.
 * Each domain's door ({@link #coins()}, {@link #gifts()}, {@link #streaks()}, {@link #programs()},
 * {@link #affiliate()}, {@link #income()}) is built the same way, from the book's policies and its
 * {@link Provenance}, which every result carries on.
 *
 * <pre>{@code
 * Monetik tiktok = Monetik.defaults();                        // Rules.latest()
 * Monetik then   = Monetik.asOf(LocalDate.of(2021, 1, 1));    // rules in force that day
 * Monetik us     = tiktok.forCountry("US");                   // a US creator's rules
 * Monetik mine   = tiktok.withRules(tiktok.rules().withDiamondPolicy(
 *     tiktok.rules().diamondPolicy().withCreatorShare(Rate.percent(53))));
 * }</pre>
 *
 * <p>Instances are immutable and safe to share between threads.
 */
public final class Monetik extends Door {
  private final Rules rules;

  private Monetik(Rules rules) {
    super(rules);
    this.rules = rules;
  }

  /** {@return Monetik on {@link Rules#latest()}} */
  public static Monetik defaults() {
    return new Monetik(Rules.latest());
  }

  /**
   * {@return Monetik on {@link Rules#asOf(LocalDate)}}
   *
   * @param date the day whose rules to use
   * @throws IllegalArgumentException if the date is before TikTok existed ({@link Rules#EARLIEST})
   */
  public static Monetik asOf(LocalDate date) {
    return new Monetik(Rules.asOf(date));
  }

  /**
   * {@return Monetik on {@code rules}}
   *
   * @param rules the rules to use
   */
  public static Monetik of(Rules rules) {
    return new Monetik(Checks.notNull(rules, "rules"));
  }

  /**
   * {@return a new Monetik on {@code rules}; this one is unchanged}
   *
   * @param rules the rules to use instead
   */
  public Monetik withRules(Rules rules) {
    return new Monetik(Checks.notNull(rules, "rules"));
  }

  /**
   * {@return a new Monetik on the rules for a creator in {@code country} ({@link Rules#forCountry})}
   *
   * @param country an ISO 3166-1 alpha-2 code ({@code US})
   * @throws IllegalArgumentException if {@code country} is not two upper-case letters
   */
  public Monetik forCountry(String country) {
    return new Monetik(rules.forCountry(country));
  }

  /** {@return the rules every calculation of this instance uses} */
  public Rules rules() {
    return rules;
  }

  /**
   * Buying coins on these rules' price lists: quotes, channels side by side, package prices.
   *
   * <pre>{@code
   * Monetik.defaults().coins().quote(Coins.of(1_000), Channel.IOS).price();   // USD 15.84
   * }</pre>
   *
   * @return the coin shop on {@link Rules#coinPrices()}
   */
  public CoinShop coins() {
    return CoinShop.of(rules.coinPrices(), rules.provenance());
  }

  /**
   * LIVE gifts on these rules: the catalog, combo settlement, earnings, withdrawals.
   *
   * @return the gifts door, on the rules' diamond policy, gift catalog and withdrawal policy
   */
  public Gifts gifts() {
    return Gifts.of(rules.diamondPolicy(), rules.giftCatalog(), rules.withdrawalPolicy(), rules.provenance());
  }

  /**
   * Streak analysis on this instance's streak policy, in UTC until {@code in(zone)} says otherwise:
   * {@code tiktok.streaks().in(ZoneId.of("Europe/Berlin")).analyze(interactions, now)}.
   *
   * @return the streaks door on {@link Rules#streakPolicy()}
   */
  public Streaks streaks() {
    return Streaks.of(rules.streakPolicy(), rules.provenance());
  }

  /**
   * The creator programs: eligibility that explains itself, estimates and payouts, on this
   * instance's rules and their date.
   *
   * <pre>{@code
   * Monetik.defaults().programs().check(Program.CREATOR_REWARDS, profile);
   * }</pre>
   *
   * @return the programs door on {@link Rules#programPolicy()}, checking on {@link Rules#date()}
   */
  public Programs programs() {
    return Programs.of(rules.programPolicy(), rules.provenance());
  }

  /**
   * TikTok Shop affiliate commissions under this instance's commission policy.
   *
   * <pre>{@code
   * Monetik.defaults().affiliate().statement(orders, LocalDate.of(2025, 3, 31)).payable();
   * }</pre>
   *
   * @return the affiliate door on {@link Rules#commissionPolicy()}
   */
  public Affiliate affiliate() {
    return Affiliate.of(rules.commissionPolicy(), rules.provenance());
  }

  /** {@return the income door (engagement, brand deals, income reports) on {@link Rules#incomePolicy()}} */
  public Income income() {
    return Income.of(rules.incomePolicy(), rules.provenance());
  }

  @Override
  public String toString() {
    return "Monetik[rules " + rules.provenance().id() + "]";
  }
}
