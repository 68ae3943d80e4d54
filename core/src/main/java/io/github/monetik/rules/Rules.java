package io.github.monetik.rules;

import io.github.monetik.affiliate.CommissionPolicy;
import io.github.monetik.coins.CoinPrices;
import io.github.monetik.gifts.DiamondPolicy;
import io.github.monetik.gifts.GiftCatalog;
import io.github.monetik.gifts.WithdrawalPolicy;
import io.github.monetik.income.IncomePolicy;
import io.github.monetik.internal.Checks;
import io.github.monetik.programs.ProgramPolicy;
import io.github.monetik.report.Provenance;
import io.github.monetik.streaks.StreakPolicy;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The book of every policy TikTok sets, as one immutable, dated value.
 *
 * <p>Each part is a domain's own policy type, named the same way everywhere: the book's accessor
 * is the type's name ({@link #diamondPolicy()} is a {@link DiamondPolicy}), the override is
 * {@code with} and the type's name ({@link #withDiamondPolicy(DiamondPolicy)}). Presets take every
 * number from sourced, dated facts and cite them in their javadoc (each part's presets class has
 * an {@code asOf(date)}, for example {@link DiamondPresets#asOf(LocalDate)}). Override any part:
 * you get a new book, the original is unchanged, nothing is global, and the book's
 * {@link #provenance()} records what you replaced.
 *
 * <pre>{@code
 * Rules latest = Rules.latest();
 * Rules then   = Rules.asOf(LocalDate.of(2021, 1, 1));
 * Rules us     = Rules.asOf(LocalDate.of(2025, 3, 1)).forCountry("US");   // the US' scaled LIVE rewards
 * Rules mine   = latest.withDiamondPolicy(latest.diamondPolicy().withCreatorShare(Rate.percent(53)));
 * }</pre>
 *
 * <p>Immutable and safe to share between threads.
 */
public final class Rules {
  /**
   * The newest date the bundled sources cover (TikTok Shop's US creator page, updated 2025-12-16).
   * {@link #latest()} is the book in force on that day; a book for a later day uses the same terms
   * and says so in its provenance's notes.
   */
  public static final LocalDate SOURCES_UP_TO = LocalDate.of(2025, 12, 16);

  /**
   * The earliest date a book can be asked for: ByteDance launched Douyin, TikTok's origin, in
   * September 2016 (public record). There were no TikTok rules before.
   */
  public static final LocalDate EARLIEST = LocalDate.of(2016, 9, 1);

  /**
   * The countries whose own terms the sources give: the US (scaled LIVE rewards), GB (coin prices).
   * A presets class that learns a country's terms adds it here.
   */
  private static final Set<String> COUNTRIES_WITH_OWN_TERMS = Set.of("US", "GB");

  /** The parts of the book, in the order {@link #toString()} shows them. */
  private enum Part {
    DIAMOND_POLICY("diamondPolicy"),
    GIFT_CATALOG("giftCatalog"),
    WITHDRAWAL_POLICY("withdrawalPolicy"),
    COIN_PRICES("coinPrices"),
    STREAK_POLICY("streakPolicy"),
    PROGRAM_POLICY("programPolicy"),
    COMMISSION_POLICY("commissionPolicy"),
    INCOME_POLICY("incomePolicy");

    private final String label;

    Part(String label) {
      this.label = label;
    }
  }

  private final Provenance provenance;
  private final Object[] parts;

  private Rules(Provenance provenance, Object[] parts) {
    this.provenance = provenance;
    this.parts = parts;
  }

  /**
   * The newest rules Monetik knows: those in force on {@link #SOURCES_UP_TO}.
   *
   * @return the latest book; its provenance's book is {@code latest}
   */
  public static Rules latest() {
    return build(Provenance.of("latest", SOURCES_UP_TO));
  }

  /**
   * The rules in force on a date, where the sources give history; a part with no known history is
   * its only known version. A date after {@link #SOURCES_UP_TO} gives the latest parts, and the
   * book's provenance notes that the sources end before it.
   *
   * @param date the day the rules should be in force
   * @return the book for that day; its provenance's book is {@code asOf}
   * @throws IllegalArgumentException if {@code date} is before {@link #EARLIEST}
   */
  public static Rules asOf(LocalDate date) {
    Checks.notNull(date, "date");
    if (date.isBefore(EARLIEST)) {
      throw Checks.invalid("date", "on or after " + EARLIEST + " (TikTok's origin)", date);
    }
    Provenance p = Provenance.of("asOf", date);
    if (date.isAfter(SOURCES_UP_TO)) {
      p = p.withNote("rules for " + date + " are past the sources, which end on " + SOURCES_UP_TO
          + ": the terms known then are assumed to still apply");
    }
    return build(p);
  }

  private static Rules build(Provenance provenance) {
    Object[] parts = new Object[Part.values().length];
    for (Part part : Part.values()) {
      parts[part.ordinal()] = preset(part, provenance.date(), null);
    }
    return new Rules(provenance, parts);
  }

  /** The preset of one part for a day and, where the sources say it differs, a country. */
  private static Object preset(Part part, LocalDate date, @Nullable String country) {
    return switch (part) {
      case DIAMOND_POLICY -> "US".equals(country) ? DiamondPresets.unitedStates(date) : DiamondPresets.asOf(date);
      case GIFT_CATALOG -> GiftCatalogPresets.asOf(date);
      case WITHDRAWAL_POLICY -> WithdrawalPresets.asOf(date);
      case COIN_PRICES -> CoinPresets.asOf(date, country);
      case STREAK_POLICY -> StreakPresets.asOf(date);
      case PROGRAM_POLICY -> ProgramPresets.asOf(date);
      case COMMISSION_POLICY -> AffiliatePresets.asOf(date, country);
      case INCOME_POLICY -> IncomePresets.asOf(date);
    };
  }

  /**
   * The book for a creator in a country: each part the caller has not replaced becomes that
   * country's preset for the book's day, where the sources give one: the United States' scaled LIVE
   * rewards ({@link DiamondPresets#unitedStates(LocalDate)}: the classic 50% share before 2025-02-10,
   * up to 53% from then), the United Kingdom's coin prices ({@link CoinPresets#asOf(LocalDate, String)}).
   * For a country the sources give no terms of its own, the parts stay the defaults of most regions
   * and the provenance notes it. Eligibility is the other place a country counts: a
   * {@code CreatorProfile}'s country decides programme countries and local ages.
   *
   * <pre>{@code
   * Rules.asOf(LocalDate.of(2025, 1, 1)).forCountry("US").diamondPolicy().creatorShare();   // 50%
   * Rules.asOf(LocalDate.of(2025, 3, 1)).forCountry("US").diamondPolicy().creatorShare();   // 53% (at most)
   * }</pre>
   *
   * @param country an ISO 3166-1 alpha-2 code ({@code US}, {@code GB}, {@code DE})
   * @return a new book for that country; this one is unchanged
   * @throws IllegalArgumentException if {@code country} is not two upper-case letters
   */
  public Rules forCountry(String country) {
    Provenance p = provenance.withCountry(country);
    if (!COUNTRIES_WITH_OWN_TERMS.contains(country)) {
      p = p.withNote("the sources give no terms of " + country + "'s own: the defaults of most regions apply");
    }
    Object[] copy = parts.clone();
    for (Part part : Part.values()) {
      if (!provenance.overrides().contains(part.label)) {
        copy[part.ordinal()] = preset(part, provenance.date(), country);
      }
    }
    return new Rules(p, copy);
  }

  private <T> T part(Part part, Class<T> type) {
    return type.cast(parts[part.ordinal()]);
  }

  private Rules with(Part part, @Nullable Object value) {
    Object[] copy = parts.clone();
    copy[part.ordinal()] = Checks.notNull(value, part.label);
    return new Rules(provenance.withOverride(part.label), copy);
  }

  /** {@return where this book comes from: its name, day, country, the parts replaced and notes} */
  public Provenance provenance() {
    return provenance;
  }

  /** {@return the day these rules are in force} */
  public LocalDate date() {
    return provenance.date();
  }

  /** {@return how gifted coins become diamonds and cash} */
  public DiamondPolicy diamondPolicy() {
    return part(Part.DIAMOND_POLICY, DiamondPolicy.class);
  }

  /**
   * {@return a new book with that diamond policy; its provenance lists {@code diamondPolicy}}
   *
   * @param diamondPolicy the diamond policy to use
   */
  public Rules withDiamondPolicy(DiamondPolicy diamondPolicy) {
    return with(Part.DIAMOND_POLICY, diamondPolicy);
  }

  /** {@return the LIVE gifts known (names, prices, combo flags, ids where sourced)} */
  public GiftCatalog giftCatalog() {
    return part(Part.GIFT_CATALOG, GiftCatalog.class);
  }

  /**
   * {@return a new book with that catalog; its provenance lists {@code giftCatalog}}
   *
   * @param giftCatalog the gift catalog to use (for example the bundled one extended with a LIVE
   *     client's gift list)
   */
  public Rules withGiftCatalog(GiftCatalog giftCatalog) {
    return with(Part.GIFT_CATALOG, giftCatalog);
  }

  /** {@return how diamonds are withdrawn: daily cap, minimum, processing window} */
  public WithdrawalPolicy withdrawalPolicy() {
    return part(Part.WITHDRAWAL_POLICY, WithdrawalPolicy.class);
  }

  /**
   * {@return a new book with that withdrawal policy; its provenance lists {@code withdrawalPolicy}}
   *
   * @param withdrawalPolicy the withdrawal policy to use
   */
  public Rules withWithdrawalPolicy(WithdrawalPolicy withdrawalPolicy) {
    return with(Part.WITHDRAWAL_POLICY, withdrawalPolicy);
  }

  /**
   * {@return the coin price lists, channel by channel: the US market on the book's day
   *     ({@link CoinPresets#asOf(LocalDate)}: the web list dated by its sources), the UK's in a book
   *     for {@code GB}}
   */
  public CoinPrices coinPrices() {
    return part(Part.COIN_PRICES, CoinPrices.class);
  }

  /**
   * {@return a new book with those prices; its provenance lists {@code coinPrices}}
   *
   * @param coinPrices the coin price lists to use, for example {@link CoinPresets#unitedKingdom()}
   */
  public Rules withCoinPrices(CoinPrices coinPrices) {
    return with(Part.COIN_PRICES, coinPrices);
  }

  /** {@return what keeps a streak alive: counted kinds, day boundary, unlock, restores, milestones} */
  public StreakPolicy streakPolicy() {
    return part(Part.STREAK_POLICY, StreakPolicy.class);
  }

  /**
   * {@return a new book with that streak policy; its provenance lists {@code streakPolicy}}
   *
   * @param streakPolicy the streak policy to use
   */
  public Rules withStreakPolicy(StreakPolicy streakPolicy) {
    return with(Part.STREAK_POLICY, streakPolicy);
  }

  /**
   * {@return the creator programs' terms in force on {@link #date()} ({@link ProgramPresets}): each
   *     program's dates, requirements and pay follow the date (the Creator Fund's views, the LIVE
   *     hosting age, Creator Rewards' countries, Subscription's routes and shares, the Shop markets);
   *     the creator's own country is on their {@code CreatorProfile}}
   */
  public ProgramPolicy programPolicy() {
    return part(Part.PROGRAM_POLICY, ProgramPolicy.class);
  }

  /**
   * {@return a new book with those program terms; its provenance lists {@code programPolicy}}
   *
   * @param programPolicy the program terms to use
   */
  public Rules withProgramPolicy(ProgramPolicy programPolicy) {
    return with(Part.PROGRAM_POLICY, programPolicy);
  }

  /** {@return how TikTok Shop affiliate sales become a creator's commission ({@link AffiliatePresets})} */
  public CommissionPolicy commissionPolicy() {
    return part(Part.COMMISSION_POLICY, CommissionPolicy.class);
  }

  /**
   * {@return a new book with that commission policy; its provenance lists {@code commissionPolicy}}
   *
   * @param commissionPolicy the commission policy to use
   */
  public Rules withCommissionPolicy(CommissionPolicy commissionPolicy) {
    return with(Part.COMMISSION_POLICY, commissionPolicy);
  }

  /** {@return engagement benchmarks and brand-deal heuristics} */
  public IncomePolicy incomePolicy() {
    return part(Part.INCOME_POLICY, IncomePolicy.class);
  }

  /**
   * {@return a new book with those income heuristics; its provenance lists {@code incomePolicy}}
   *
   * @param incomePolicy the income heuristics to use
   */
  public Rules withIncomePolicy(IncomePolicy incomePolicy) {
    return with(Part.INCOME_POLICY, incomePolicy);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Rules r && r.provenance.equals(provenance) && Arrays.equals(r.parts, parts);
  }

  @Override
  public int hashCode() {
    return Objects.hash(provenance, Arrays.hashCode(parts));
  }

  /**
   * {@return the book's provenance, then each part's summary (the first line of its own
   *     {@code toString}), one per line}
   */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder("Rules ").append(provenance.id()).append(" (in force ").append(date())
        .append(')');
    for (Part part : Part.values()) {
      b.append("\n  ").append(part.label).append(": ")
          .append(parts[part.ordinal()].toString().lines().findFirst().orElse(""));
    }
    for (String note : provenance.notes()) {
      b.append("\n  note: ").append(note);
    }
    return b.toString();
  }
}
