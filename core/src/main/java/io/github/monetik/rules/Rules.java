package io.github.monetik.rules;

import io.github.monetik.affiliate.CommissionPolicy;
import io.github.monetik.gifts.DiamondPolicy;
import java.time.LocalDate;
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
  private final CommissionPolicy affiliate;

  private Rules(Builder b) {
    this.id = Objects.requireNonNull(b.id, "id");
    this.date = Objects.requireNonNull(b.date, "date");
    this.diamonds = Objects.requireNonNull(b.diamonds, "diamonds");
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
    // No dated history of TikTok Shop's affiliate terms is sourced: every date gets the one known policy.
    b.affiliate = AffiliatePresets.tiktokShop();
    return new Rules(b);
  }

  /**
   * @return what produced this book: {@code latest}, {@code asOf:2021-01-01}, or either followed by
   *     {@code +custom} once a part was overridden. Results carry it so a number can be explained.
   */
  public String id() {
    return id;
  }

  /** @return the day these rules are in force */
  public LocalDate date() {
    return date;
  }

  /** @return how gifted coins become diamonds and cash */
  public DiamondPolicy diamonds() {
    return diamonds;
  }

  /**
   * @param diamonds the diamond policy to use
   * @return a new book with that policy, marked {@code +custom}
   */
  public Rules withDiamonds(DiamondPolicy diamonds) {
    Builder b = toBuilder();
    b.diamonds = Objects.requireNonNull(diamonds, "diamonds");
    return new Rules(b);
  }

  /** @return how TikTok Shop affiliate sales become a creator's commission ({@link AffiliatePresets}) */
  public CommissionPolicy affiliate() {
    return affiliate;
  }

  /**
   * @param affiliate the commission policy to use
   * @return a new book with that policy, marked {@code +custom}
   */
  public Rules withAffiliate(CommissionPolicy affiliate) {
    Builder b = toBuilder();
    b.affiliate = Objects.requireNonNull(affiliate, "affiliate");
    return new Rules(b);
  }

  private Builder toBuilder() {
    Builder b = new Builder();
    b.id = id.endsWith("+custom") ? id : id + "+custom";
    b.date = date;
    b.diamonds = diamonds;
    b.affiliate = affiliate;
    return b;
  }

  /** Collects the parts before they are checked; a part left unset fails in the constructor. */
  private static final class Builder {
    private @Nullable String id;
    private @Nullable LocalDate date;
    private @Nullable DiamondPolicy diamonds;
    private @Nullable CommissionPolicy affiliate;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Rules r
        && id.equals(r.id) && date.equals(r.date) && diamonds.equals(r.diamonds)
        && affiliate.equals(r.affiliate);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, date, diamonds, affiliate);
  }

  /** @return a short table of the book's parts */
  @Override
  public String toString() {
    return "Rules " + id + " (in force " + date + ")\n"
        + "  diamonds: 1 coin = " + diamonds.coinValue() + ", creator share " + diamonds.creatorShare()
        + ", 1 diamond = " + diamonds.diamondValue() + " (" + diamonds.diamondsPerCoin().toPlainString()
        + " diamond(s) per coin)"
        + "\n  affiliate: " + affiliate.name() + ", rates " + affiliate.minRate() + "–" + affiliate.maxRate()
        + ", platform discount " + affiliate.platformDiscount() + ", paid " + affiliate.settlementDays()
        + " days after delivery, decreases locked " + affiliate.rateDecreaseLockDays() + " days";
  }
}
