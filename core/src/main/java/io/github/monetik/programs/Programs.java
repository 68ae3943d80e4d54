package io.github.monetik.programs;

import io.github.monetik.internal.Checks;
import io.github.monetik.internal.Door;
import io.github.monetik.internal.TextTable;
import io.github.monetik.money.CurrencyMismatchException;
import io.github.monetik.money.ExchangeRates;
import io.github.monetik.money.MissingExchangeRateException;
import io.github.monetik.money.Money;
import io.github.monetik.money.Rate;
import io.github.monetik.report.Provenance;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.SortedMap;
import org.jspecify.annotations.Nullable;

/**
 * The programs door: checks creators against every program's terms on one day, estimates what a
 * view-paid program pays, and schedules payouts. Get it from {@code Monetik.programs()}; it holds
 * the rules' {@link ProgramPolicy} and {@link Provenance}, whose day it checks on. Immutable and
 * safe to share.
 *
 * <p>The creator's country ({@link CreatorProfile#country()}) chooses the rules where TikTok's
 * differ by country: a program's countries or markets, local minimum ages, revenue shares. A
 * program is never eligible before it opened or after it closed, and an estimate on such a day
 * pays nothing and says why. Every result carries the door's provenance and its notes (a day past
 * what the sources cover, for example).
 *
 * <pre>{@code
 * Programs programs = Monetik.defaults().programs();
 * CreatorProfile p = CreatorProfile.builder().age(17).country("US").followers(8_200).views30d(120_000).build();
 * programs.check(Program.CREATOR_REWARDS, p);   // not eligible: must be 18, is 17; 1,800 followers short
 * programs.checkAll(p);                         // every program side by side
 * }</pre>
 */
public final class Programs extends Door {
  private final ProgramPolicy policy;
  private final Provenance provenance;

  private Programs(ProgramPolicy policy, Provenance provenance) {
    super(policy, provenance);
    this.policy = policy;
    this.provenance = provenance;
  }

  /**
   * {@return the programs door, checking on the provenance's day (a program closed or not yet open
   *     that day is not eligible)}
   *
   * @param programPolicy the terms of every program
   * @param provenance where the terms come from and the day they are in force, carried into results
   * @throws NullPointerException if an argument is null
   */
  public static Programs of(ProgramPolicy programPolicy, Provenance provenance) {
    return new Programs(Checks.notNull(programPolicy, "programPolicy"), Checks.notNull(provenance, "provenance"));
  }

  /** {@return the terms applied} */
  public ProgramPolicy programPolicy() {
    return policy;
  }

  /** {@return where this door's rules come from; its day is the day checks are made on} */
  public Provenance provenance() {
    return provenance;
  }

  /** {@return the day checks are made on: the provenance's} */
  public LocalDate date() {
    return provenance.date();
  }

  /**
   * Checks one creator against one program. The first requirement says whether the program is open
   * on {@link #date()}; one follows per requirement of its terms, applied in the creator's country.
   *
   * @param program the program
   * @param profile the creator
   * @return the explained report
   * @throws NullPointerException if an argument is null
   */
  public EligibilityReport check(Program program, CreatorProfile profile) {
    Checks.notNull(program, "program");
    Checks.notNull(profile, "profile");
    ProgramTerms terms = policy.terms(program);
    LocalDate day = date();
    List<RequirementCheck> checks = new ArrayList<>();
    checks.add(openCheck(terms, day));
    for (Requirement r : terms.requirements()) {
      checks.add(r.check(profile, day));
    }
    boolean eligible = checks.stream().allMatch(RequirementCheck::isMet);
    List<String> notes = new ArrayList<>(terms.notes());
    String country = profile.country();
    if (!terms.sourcedCountries().isEmpty() && !terms.sourcedCountries().contains(country)) {
      notes.add(program.title() + " terms for " + country + " are not in the sources: the "
          + String.join(", ", terms.sourcedCountries()) + " terms apply as the default");
    }
    String limitation = eligible ? limitation(terms, profile, day) : null;
    Rate share = null;
    if (eligible) {
      RevenueShare rs = revenueShare(terms, country);
      if (rs != null) {
        share = share(rs, profile, day, notes);
      }
    }
    notes.addAll(provenance.notes());
    return new EligibilityReport(program, provenance, checks, notes, limitation, share);
  }

  private static RequirementCheck openCheck(ProgramTerms terms, LocalDate day) {
    String required = "open on " + day;
    if (terms.opens().isPresent() && day.isBefore(terms.opens().get())) {
      return RequirementCheck.of("open", required, "opens " + terms.opens().get(), 1,
          "not open yet (opens " + terms.opens().get() + ")");
    }
    if (terms.closes().isPresent() && !day.isBefore(terms.closes().get())) {
      return RequirementCheck.of("open", required, "closed " + terms.closes().get(), 1,
          "closed on " + terms.closes().get());
    }
    return RequirementCheck.of("open", required, "open", 0, "");
  }

  private static @Nullable String limitation(ProgramTerms terms, CreatorProfile profile, LocalDate day) {
    List<String> lacks = new ArrayList<>();
    for (Requirement r : terms.limitedUnless()) {
      RequirementCheck c = r.check(profile, day);
      if (!c.isMet()) {
        lacks.add(r.lack(profile, c));
      }
    }
    return lacks.isEmpty() ? null : terms.limitedTier().orElseThrow() + " (" + String.join("; ", lacks) + ")";
  }

  private static @Nullable RevenueShare revenueShare(ProgramTerms terms, String country) {
    RevenueShare fallback = null;
    for (RevenueShare rs : terms.revenueShares()) {
      if (rs.appliesIn(country)) {
        return rs;
      }
      if (rs.countries().isEmpty() && fallback == null) {
        fallback = rs;
      }
    }
    return fallback;
  }

  /** The share the profile earns; a note on the bonus when there is one. */
  private static Rate share(RevenueShare rs, CreatorProfile profile, LocalDate day, List<String> notes) {
    String where = rs.countries().isEmpty() ? "outside the countries with their own share"
        : "in " + String.join(", ", rs.countries());
    if (rs.bonus().isZero()) {
      notes.add("revenue share " + rs.base() + " " + where);
      return rs.base();
    }
    List<String> lacks = new ArrayList<>();
    for (Requirement r : rs.bonusRequirements()) {
      RequirementCheck c = r.check(profile, day);
      if (!c.isMet()) {
        lacks.add(r.lack(profile, c));
      }
    }
    String also = rs.bonusNote().map(n -> "; the bonus also needs " + n + " (not checked)").orElse("");
    if (lacks.isEmpty()) {
      Rate total = Rate.of(rs.base().value().add(rs.bonus().value()));
      notes.add("revenue share " + total + " " + where + ": " + rs.base() + " and the " + rs.bonus()
          + " bonus, whose requirements the profile meets" + also);
      return total;
    }
    notes.add("revenue share " + rs.base() + " " + where + "; the " + rs.bonus() + " bonus is not reached ("
        + String.join("; ", lacks) + ")" + also);
    return rs.base();
  }

  /**
   * {@return every program's report, side by side}
   *
   * @param profile the creator
   * @throws NullPointerException if {@code profile} is null
   */
  public EligibilityTable checkAll(CreatorProfile profile) {
    Checks.notNull(profile, "profile");
    List<EligibilityReport> reports = new ArrayList<>();
    for (Program p : Program.values()) {
      reports.add(check(p, profile));
    }
    return new EligibilityTable(provenance, reports);
  }

  /**
   * Estimates what a view-paid program pays for some activity, video by video: a video counts when
   * the terms pay it (see {@link PayTerms#counts(Video)}: for Creator Rewards only original videos
   * over a minute with at least 1,000 qualified views, posted after joining, neither photo-mode
   * posts nor reposts) and the program is open on {@link #date()}; the standard reward is the paid
   * views of the counted videos times the reported range of pay per 1,000 views, expected the middle.
   * On a day the program is not open nothing is paid and the estimate says why.
   *
   * @param program a program paid per view
   * @param activity the videos
   * @return the explained estimate, exact, in the terms' currency
   * @throws IllegalArgumentException if the program is not paid per view (LIVE gifts, Shop, ...)
   * @throws ArithmeticException if the paid views exceed {@link Long#MAX_VALUE}, or their pay is
   *     beyond Monetik's bounds (with custom pay terms)
   * @throws NullPointerException if an argument is null
   */
  public ProgramEstimate estimate(Program program, Activity activity) {
    Checks.notNull(program, "program");
    Checks.notNull(activity, "activity");
    PayTerms pay = payTerms(program);
    return ProgramEstimate.of(program, policy.terms(program), pay, activity, provenance, pay.rpmLow(), pay.rpmHigh(),
        null);
  }

  /**
   * {@link #estimate(Program, Activity)} shown in another currency, at the rate of {@link #date()}:
   * the pay per 1,000 views is converted, so every video's pay and the total are exact in
   * {@code currency}. The source is asked at most once.
   *
   * @param program a program paid per view
   * @param activity the videos
   * @param currency the currency to show
   * @param rates your exchange-rate source
   * @return the estimate in {@code currency}, exact
   * @throws IllegalArgumentException if the program is not paid per view, or the source gives a
   *     rate that is not positive or beyond Monetik's bounds
   * @throws MissingExchangeRateException if the source has no rate for the day
   * @throws ArithmeticException if the paid views exceed {@link Long#MAX_VALUE}, or a converted
   *     amount is beyond Monetik's bounds
   * @throws NullPointerException if an argument is null
   */
  public ProgramEstimate estimate(Program program, Activity activity, Currency currency, ExchangeRates rates) {
    Checks.notNull(program, "program");
    Checks.notNull(activity, "activity");
    Conversion conversion = new Conversion(currency, rates);
    PayTerms pay = payTerms(program);
    LocalDate day = date();
    Money low = conversion.convert(pay.rpmLow(), day);
    Money high = conversion.convert(pay.rpmHigh(), day);
    String note = pay.rpmLow().currency().equals(currency) ? null
        : "shown in " + currency.getCurrencyCode() + ": the pay per 1,000 views " + pay.rpmLow() + " .. "
            + TextTable.cell(pay.rpmHigh().amount()) + " converted at your rate of " + day;
    return ProgramEstimate.of(program, policy.terms(program), pay, activity, provenance, low, high, note);
  }

  /**
   * Schedules a view-paid program's monthly earnings with its minimum payout and pay day.
   *
   * @param program a program paid per view
   * @param earned earnings by month, each {@code >= 0}, in the terms' currency
   * @return the schedule
   * @throws IllegalArgumentException if the program is not paid per view, an earning is negative, or
   *     a month's pay day would be past {@link LocalDate#MAX} ({@code +999999999-12})
   * @throws CurrencyMismatchException if an earning is in another currency
   * @throws NullPointerException naming {@code program}, {@code earned}, a null month
   *     ({@code earned[0]}) or a null earning ({@code earned[2024-05]})
   */
  public PayoutSchedule payouts(Program program, SortedMap<YearMonth, Money> earned) {
    PayTerms pay = payTerms(Checks.notNull(program, "program"));
    return PayoutSchedule.of(provenance, pay.minimumPayout(), pay.payDay(), earned);
  }

  private PayTerms payTerms(Program program) {
    return policy.terms(program).pay().orElseThrow(() -> new IllegalArgumentException(
        "program " + program + " is not paid per view in these rules (no pay terms); estimates cover "
            + payingPrograms()));
  }

  private List<Program> payingPrograms() {
    List<Program> out = new ArrayList<>();
    for (Program p : Program.values()) {
      if (policy.terms(p).pay().isPresent()) {
        out.add(p);
      }
    }
    return out;
  }


  /** {@return for example {@code Programs[latest, 2025-12-16]}} */
  @Override
  public String toString() {
    return "Programs[" + provenance.id() + ", " + provenance.date() + "]";
  }
}
