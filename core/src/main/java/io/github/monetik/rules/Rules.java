package io.github.monetik.rules;

import io.github.monetik.affiliate.CommissionPolicy;
import io.github.monetik.coins.CoinPrices;
import io.github.monetik.gifts.DiamondPolicy;
import io.github.monetik.gifts.GiftCatalog;
import io.github.monetik.gifts.WithdrawalPolicy;
import io.github.monetik.income.IncomePolicy;
import io.github.monetik.programs.ProgramPolicy;
import io.github.monetik.streaks.StreakPolicy;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The book of every policy TikTok sets, as one immutable, dated value.
 *
 * <p>Each part is a domain's own policy type (the {@link DiamondPolicy} for LIVE gifts, and so on).
 * Presets take every number from sourced, dated facts and cite them in their javadoc
 * ({@link LivePresets}). Override any part with a {@code with*} method: you get a new book, the
 * original is unchanged, and nothing is global.
 *
 * <pre>{@code
 * Rules latest = Rules.latest();
 * Rules then   = Rules.asOf(LocalDate.of(2021, 1, 1));
 * Rules mine   = latest.withDiamonds(latest.diamonds().withCreatorShare(Rate.percent(53)));
 * }</pre>
 */
public final class Rules {
  /**
   * The newest date the bundled sources cover (TikTok Shop's US creator page, updated 2025-12-16).
   * {@link #latest()} is the book in force on that day.
   */
  public static final LocalDate SOURCES_UP_TO = LocalDate.of(2025, 12, 16);

  /**
   * The earliest date a book can be asked for: ByteDance launched Douyin, TikTok's origin, in
   * September 2016 (public record). There were no TikTok rules before.
   */
  public static final LocalDate EARLIEST = LocalDate.of(2016, 9, 1);

  private final String id;
  private final LocalDate date;
  private final DiamondPolicy diamonds;
  private final IncomePolicy income;
  private final CoinPrices coinPrices;
  private final GiftCatalog giftCatalog;
  private final WithdrawalPolicy withdrawals;
  private final StreakPolicy streaks;
  private final ProgramPolicy programs;
  private final CommissionPolicy affiliate;

  private Rules(Builder b) {
    this.id = Objects.requireNonNull(b.id, "id");
    this.date = Objects.requireNonNull(b.date, "date");
    this.diamonds = Objects.requireNonNull(b.diamonds, "diamonds");
    this.income = Objects.requireNonNull(b.income, "income");
    this.coinPrices = Objects.requireNonNull(b.coinPrices, "coinPrices");
    this.giftCatalog = Objects.requireNonNull(b.giftCatalog, "giftCatalog");
    this.withdrawals = Objects.requireNonNull(b.withdrawals, "withdrawals");
    this.streaks = Objects.requireNonNull(b.streaks, "streaks");
    this.programs = Objects.requireNonNull(b.programs, "programs");
    this.affiliate = Objects.requireNonNull(b.affiliate, "affiliate");
  }

  /**
   * The newest rules Monetik knows: those in force on {@link #SOURCES_UP_TO}.
   *
   * @return the latest book, with id {@code latest}
   */
  public static Rules latest() {
    return build("latest", SOURCES_UP_TO);
  }

  /**
   * The rules in force on a date, where the sources give history; a part with no known history is
   * its only known version. A date after {@link #SOURCES_UP_TO} gives the latest parts.
   *
   * @param date the day the rules should be in force
   * @return the book for that day, with id {@code asOf:<date>}
   * @throws IllegalArgumentException if {@code date} is before {@link #EARLIEST}
   */
  public static Rules asOf(LocalDate date) {
    Objects.requireNonNull(date, "date");
    if (date.isBefore(EARLIEST)) {
      throw new IllegalArgumentException("date must be on or after " + EARLIEST + " (TikTok's origin), was " + date);
    }
    return build("asOf:" + date, date);
  }

  private static Rules build(String id, LocalDate date) {
    Builder b = new Builder();
    b.id = id;
    b.date = date;
    b.diamonds = LivePresets.classicDiamonds();
    b.income = IncomePresets.defaultIncome();
    b.coinPrices = CoinPresets.us();
    b.giftCatalog = LivePresets.giftCatalog();
    b.withdrawals = LivePresets.withdrawals();
    // DM streaks' only known version; before StreakPresets.DM_STREAKS_SINCE TikTok had no streaks.
    b.streaks = StreakPresets.dmStreaks();
    b.programs = ProgramPresets.asOf(date);
    // No dated history of TikTok Shop's affiliate terms is sourced: every date gets the one known policy.
    b.affiliate = AffiliatePresets.tiktokShop();
    return new Rules(b);
  }

  /**
   * {@return what produced this book: {@code latest}, {@code asOf:2021-01-01}, or either followed by {@code +custom} once a part was overridden. Results carry it so a number can be explained.}
   */
  public String id() {
    return id;
  }

  /** {@return the day these rules are in force} */
  public LocalDate date() {
    return date;
  }

  /** {@return how gifted coins become diamonds and cash} */
  public DiamondPolicy diamonds() {
    return diamonds;
  }

  /** {@return engagement benchmarks and brand-deal heuristics} */
  public IncomePolicy income() {
    return income;
  }

  /**
   * {@return a new book with them, marked {@code +custom}}
   *
   * @param income the income heuristics to use
   */
  public Rules withIncome(IncomePolicy income) {
    Builder b = toBuilder("+custom");
    b.income = Objects.requireNonNull(income, "income");
    return new Rules(b);
  }

  /**
   * The book with the United States' regional presets for its date: today the diamond policy, which
   * is {@link LivePresets#classicDiamonds()} before 2025-02-10 and the scaled LIVE rewards ceiling
   * ({@link LivePresets#scaledLiveRewardsDiamonds()}, 53%) from then. The other parts are unchanged
   * (their sources are US or global already). Without this call a book holds the presets of most
   * regions (the classic 50% share).
   *
   * <pre>{@code
   * Rules.asOf(LocalDate.of(2025, 1, 1)).inUnitedStates().diamonds().creatorShare();   // 50%
   * Rules.asOf(LocalDate.of(2025, 3, 1)).inUnitedStates().diamonds().creatorShare();   // 53% (at most)
   * }</pre>
   *
   * @return a new book, its id followed by {@code +US}; this one is unchanged
   */
  public Rules inUnitedStates() {
    Builder b = toBuilder("+US");
    b.diamonds = LivePresets.usDiamonds(date);
    return new Rules(b);
  }

  /** {@return the LIVE gifts known (names, prices, combo flags, ids where sourced)} */
  public GiftCatalog giftCatalog() {
    return giftCatalog;
  }

  /** {@return how diamonds are withdrawn: daily cap, minimum, processing window} */
  public WithdrawalPolicy withdrawals() {
    return withdrawals;
  }

  /**
   * {@return a new book with that catalog, marked {@code +custom}}
   *
   * @param giftCatalog the gift catalog to use (for example the bundled one extended with a LIVE
   *     client's gift list)
   */
  public Rules withGiftCatalog(GiftCatalog giftCatalog) {
    Builder b = toBuilder("+custom");
    b.giftCatalog = Objects.requireNonNull(giftCatalog, "giftCatalog");
    return new Rules(b);
  }

  /**
   * {@return a new book with that policy, marked {@code +custom}}
   *
   * @param withdrawals the withdrawal policy to use
   */
  public Rules withWithdrawals(WithdrawalPolicy withdrawals) {
    Builder b = toBuilder("+custom");
    b.withdrawals = Objects.requireNonNull(withdrawals, "withdrawals");
    return new Rules(b);
  }

  /** {@return what keeps a streak alive: counted kinds, day boundary, unlock, restores, milestones} */
  public StreakPolicy streaks() {
    return streaks;
  }

  /**
   * {@return a new book with that policy, marked {@code +custom}}
   *
   * @param streaks the streak policy to use
   */
  public Rules withStreaks(StreakPolicy streaks) {
    Builder b = toBuilder("+custom");
    b.streaks = Objects.requireNonNull(streaks, "streaks");
    return new Rules(b);
  }

  /**
   * {@return a new book with that policy, marked {@code +custom}}
   *
   * @param diamonds the diamond policy to use
   */
  public Rules withDiamonds(DiamondPolicy diamonds) {
    Builder b = toBuilder("+custom");
    b.diamonds = Objects.requireNonNull(diamonds, "diamonds");
    return new Rules(b);
  }

  /**
   * The coin price lists, channel by channel: the US market ({@link CoinPresets#us()}) in every
   * book, as the sources give no dated history of coin prices.
   *
   * @return what coins cost on each channel
   */
  public CoinPrices coinPrices() {
    return coinPrices;
  }

  /**
   * {@return a new book with those prices, marked {@code +custom}}
   *
   * @param coinPrices the coin price lists to use, for example {@link CoinPresets#uk()}
   */
  public Rules withCoinPrices(CoinPrices coinPrices) {
    Builder b = toBuilder("+custom");
    b.coinPrices = Objects.requireNonNull(coinPrices, "coinPrices");
    return new Rules(b);
  }

  /**
   * {@return the creator programs' terms in force on {@link #date()} ({@link ProgramPresets}): the Creator Fund's view requirement and the LIVE hosting age follow the date}
   */
  public ProgramPolicy programs() {
    return programs;
  }

  /**
   * {@return a new book with those terms, marked {@code +custom}}
   *
   * @param programs the program terms to use
   */
  public Rules withPrograms(ProgramPolicy programs) {
    Builder b = toBuilder("+custom");
    b.programs = Objects.requireNonNull(programs, "programs");
    return new Rules(b);
  }

  /** {@return how TikTok Shop affiliate sales become a creator's commission ({@link AffiliatePresets})} */
  public CommissionPolicy affiliate() {
    return affiliate;
  }

  /**
   * {@return a new book with that policy, marked {@code +custom}}
   *
   * @param affiliate the commission policy to use
   */
  public Rules withAffiliate(CommissionPolicy affiliate) {
    Builder b = toBuilder("+custom");
    b.affiliate = Objects.requireNonNull(affiliate, "affiliate");
    return new Rules(b);
  }


  // A copy of every part, so no with* method can drop one; the id says how the copy differs.
  private Builder toBuilder(String idSuffix) {
    Builder b = new Builder();
    b.id = id.endsWith(idSuffix) ? id : id + idSuffix;
    b.date = date;
    b.diamonds = diamonds;
    b.income = income;
    b.coinPrices = coinPrices;
    b.giftCatalog = giftCatalog;
    b.withdrawals = withdrawals;
    b.streaks = streaks;
    b.programs = programs;
    b.affiliate = affiliate;
    return b;
  }

  /** Collects the parts before they are checked; a part left unset fails in the constructor. */
  private static final class Builder {
    private @Nullable String id;
    private @Nullable LocalDate date;
    private @Nullable DiamondPolicy diamonds;
    private @Nullable IncomePolicy income;
    private @Nullable CoinPrices coinPrices;
    private @Nullable GiftCatalog giftCatalog;
    private @Nullable WithdrawalPolicy withdrawals;
    private @Nullable StreakPolicy streaks;
    private @Nullable ProgramPolicy programs;
    private @Nullable CommissionPolicy affiliate;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Rules r && parts().equals(r.parts());
  }

  @Override
  public int hashCode() {
    return parts().hashCode();
  }

  // Every part of the book, in one place, so equality and hashing cannot forget one.
  private List<Object> parts() {
    return List.of(id, date, diamonds, income, coinPrices, giftCatalog, withdrawals, streaks, programs, affiliate);
  }

  /** {@return a short table of the book's parts} */
  @Override
  public String toString() {
    return "Rules " + id + " (in force " + date + ")"
        + "\n  diamonds: 1 coin = " + diamonds.coinValue() + ", creator share " + diamonds.creatorShare()
        + ", 1 diamond = " + diamonds.diamondValue() + " (" + diamonds.diamondsPerCoin().toPlainString()
        + " diamond(s) per coin)"
        + "\n  income: engagement average from " + income.averageEngagementFrom().toPlainString() + "%, high from "
        + income.highEngagementFrom().toPlainString() + "%; brand deals " + income.feePerThousandFollowersLow() + " to "
        + income.feePerThousandFollowersHigh() + " per 1,000 followers"
        + "\n  coin prices: " + coinPrices
        + "\n  gifts: " + giftCatalog.size() + " in the catalog"
        + "\n  withdrawals: at most " + withdrawals.dailyCap() + " a day, minimum " + withdrawals.minimum()
        + ", processed within " + withdrawals.processingDays() + " days"
        + "\n  streaks: " + streaks.countedKinds() + (streaks.everyoneMustAct() ? " by everyone" : " by anyone")
        + " per " + streaks.dayBoundary() + ", shows after " + streaks.daysToStart() + " days, restore within "
        + streaks.restoreWindow().toHours() + " h (" + streaks.restoresPerPeriod() + " per "
        + streaks.restorePeriod().toDays() + " days)"
        + "\n  programs: open " + programs.openOn(date)
        + "\n  affiliate: " + affiliate.name() + ", rates " + affiliate.minRate() + "–" + affiliate.maxRate()
        + ", platform discount " + affiliate.platformDiscount() + ", paid " + affiliate.settlementDays()
        + " days after delivery, decreases locked " + affiliate.rateDecreaseLockDays() + " days";
  }
}
