package io.github.monetik.programs;

import io.github.monetik.internal.Checks;
import io.github.monetik.report.Provenance;
import io.github.monetik.money.ExchangeRates;
import io.github.monetik.money.MissingExchangeRateException;
import io.github.monetik.money.Money;
import io.github.monetik.money.MoneyRange;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import org.jspecify.annotations.Nullable;

/**
 * The programs door: checks creators against every program's terms on one day, estimates what a
 * view-paid program pays, and schedules payouts. Get it from {@code Monetik.programs()}; it holds
 * the rules' {@link ProgramPolicy} and date. Immutable and safe to share.
 *
 * <pre>{@code
 * Programs programs = Monetik.defaults().programs();
 * CreatorProfile p = CreatorProfile.builder().age(17).country("US").followers(8_200).views30d(120_000).build();
 * programs.check(Program.CREATOR_REWARDS, p);   // not eligible: must be 18, is 17; 1,800 followers short
 * programs.checkAll(p);                         // every program side by side
 * }</pre>
 */
public final class Programs {
  private final ProgramPolicy policy;
  private final LocalDate date;
  private final String rulesId;
  private final Provenance provenance;

  private Programs(ProgramPolicy policy, Provenance provenance) {
    this.policy = policy;
    this.date = provenance.date();
    this.rulesId = provenance.id();
    this.provenance = provenance;
  }

  /**
   * {@return the programs door, checking on the provenance's day (a program closed or not yet open
   *     that day is not eligible)}
   *
   * @param programPolicy the terms of every program
   * @param provenance where the terms come from and the day they are in force, carried into reports
   * @throws NullPointerException if an argument is null
   */
  public static Programs of(ProgramPolicy programPolicy, Provenance provenance) {
    return new Programs(Checks.notNull(programPolicy, "programPolicy"), Checks.notNull(provenance, "provenance"));
  }

  /** {@return the terms applied} */
  public ProgramPolicy programPolicy() {
    return policy;
  }

  /** {@return where this door's rules come from} */
  public Provenance provenance() {
    return provenance;
  }

  /** {@return the day checks are made on} */
  public LocalDate date() {
    return date;
  }

  /**
   * Checks one creator against one program. The first row says whether the program is open on
   * {@link #date()}; one row follows per requirement.
   *
   * @param program the program
   * @param profile the creator
   * @return the explained report
   */
  public EligibilityReport check(Program program, CreatorProfile profile) {
    Objects.requireNonNull(program, "program");
    Objects.requireNonNull(profile, "profile");
    ProgramTerms terms = policy.terms(program);
    List<EligibilityReport.Row> rows = new ArrayList<>();
    rows.add(openRow(terms));
    for (Requirement r : terms.requirements()) {
      rows.add(r.check(profile));
    }
    boolean eligible = rows.stream().allMatch(EligibilityReport.Row::isMet);
    Optional<String> limitation = Optional.empty();
    if (eligible && terms.limitedBelowFollowers().isPresent()
        && profile.followers() < terms.limitedBelowFollowers().getAsLong()) {
      limitation = Optional.of(terms.limitedTier().orElse("limited tier") + " (under "
          + Requirement.grouped(terms.limitedBelowFollowers().getAsLong()) + " followers)");
    }
    return new EligibilityReport(program, date, rulesId, rows, terms.notes(), limitation);
  }

  private EligibilityReport.Row openRow(ProgramTerms terms) {
    String required = "open on " + date;
    if (terms.opens().isPresent() && date.isBefore(terms.opens().get())) {
      return new EligibilityReport.Row("open", required, "opens " + terms.opens().get(), 1,
          "not open yet (opens " + terms.opens().get() + ")");
    }
    if (terms.closes().isPresent() && !date.isBefore(terms.closes().get())) {
      return new EligibilityReport.Row("open", required, "closed " + terms.closes().get(), 1,
          "closed on " + terms.closes().get());
    }
    return new EligibilityReport.Row("open", required, "open", 0, "");
  }

  /**
   * {@return every program's report, side by side}
   *
   * @param profile the creator
   */
  public EligibilityTable checkAll(CreatorProfile profile) {
    Objects.requireNonNull(profile, "profile");
    List<EligibilityReport> reports = new ArrayList<>();
    for (Program p : Program.values()) {
      reports.add(check(p, profile));
    }
    return new EligibilityTable(reports);
  }

  /**
   * Estimates what a view-paid program pays for some activity: the paid views of the videos that
   * count (see {@link PayTerms#counts(Video)}: for Creator Rewards only original videos over a
   * minute with at least 1,000 qualified views, and only their qualified views) times the reported
   * range of pay per 1,000 views. Expected is the middle of the range. The estimate uses the
   * program's terms whether or not it is open on {@link #date()}: {@link #check} says that.
   *
   * @param program a program paid per view
   * @param activity the videos
   * @return low, expected and high pay, exact, in the terms' currency
   * @throws IllegalArgumentException if the program is not paid per view (LIVE gifts, Shop, ...)
   * @throws ArithmeticException if the paid views exceed {@link Long#MAX_VALUE}
   */
  public MoneyRange estimate(Program program, Activity activity) {
    Objects.requireNonNull(program, "program");
    Objects.requireNonNull(activity, "activity");
    PayTerms pay = payTerms(program);
    long paidViews = 0;
    for (Video v : activity.videos()) {
      if (pay.counts(v)) {
        long views = pay.basis() == PayTerms.Basis.VIEWS ? v.views() : v.qualifiedViews();
        try {
          paidViews = Math.addExact(paidViews, views);
        } catch (ArithmeticException e) {
          throw new ArithmeticException("paid views overflow in estimate: exceed " + Long.MAX_VALUE);
        }
      }
    }
    BigDecimal thousands = BigDecimal.valueOf(paidViews).movePointLeft(3);
    return MoneyRange.between(pay.rpmLow().multipliedBy(thousands), pay.rpmHigh().multipliedBy(thousands));
  }

  /**
   * {@link #estimate(Program, Activity)} shown in another currency, at the rate of {@link #date()}.
   * The source is asked at most once.
   *
   * @param program a program paid per view
   * @param activity the videos
   * @param currency the currency to show
   * @param rates your exchange-rate source
   * @return the estimate in {@code currency}, exact
   * @throws IllegalArgumentException if the program is not paid per view, or the source gives a
   *     rate that is not positive
   * @throws MissingExchangeRateException if the source has no rate for the day
   */
  public MoneyRange estimate(Program program, Activity activity, Currency currency, ExchangeRates rates) {
    Conversion conversion = new Conversion(currency, rates);
    MoneyRange r = estimate(program, activity);
    return MoneyRange.of(conversion.convert(r.low(), date), conversion.convert(r.expected(), date),
        conversion.convert(r.high(), date));
  }

  /**
   * Schedules a view-paid program's monthly earnings with its minimum payout and pay day.
   *
   * @param program a program paid per view
   * @param earned earnings by month, each {@code >= 0}, in the terms' currency
   * @return the schedule
   * @throws IllegalArgumentException if the program is not paid per view or an earning is negative
   * @throws io.github.monetik.money.CurrencyMismatchException if an earning is in another currency
   */
  public PayoutSchedule payouts(Program program, SortedMap<YearMonth, Money> earned) {
    PayTerms pay = payTerms(Objects.requireNonNull(program, "program"));
    return PayoutSchedule.of(pay.minimumPayout(), pay.payDay(), earned);
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

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Programs p && p.policy.equals(policy) && p.provenance.equals(provenance);
  }

  @Override
  public int hashCode() {
    return Objects.hash(policy, provenance);
  }

  /** {@return for example {@code Programs[latest, 2025-12-16]}} */
  @Override
  public String toString() {
    return "Programs[" + rulesId + ", " + date + "]";
  }
}
