package io.github.monetik.programs;

import io.github.monetik.internal.Checks;
import io.github.monetik.internal.TextTable;
import io.github.monetik.money.CurrencyMismatchException;
import io.github.monetik.money.Money;
import io.github.monetik.money.MoneyRange;
import io.github.monetik.report.Provenance;
import io.github.monetik.report.Rows;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What a view-paid program would pay for some activity, and why, video by video: each video is
 * counted or not (too short, too few qualified views, not original, posted before joining, a
 * photo-mode post or a repost, the program not open that day), and the standard reward is the
 * paid views of the counted videos times the reported range of pay per 1,000 views. An
 * "Additional Reward" (Creator Rewards from 2025) is a separate, optional part: never folded into
 * that range, present only when you give it ({@link #withAdditionalReward}). Made by
 * {@link Programs#estimate}; immutable and value-equal, provenance included.
 *
 * <pre>{@code
 * ProgramEstimate e = Monetik.defaults().programs().estimate(Program.CREATOR_REWARDS, month);
 * e.standard();            // USD 12.80 .. 32.00 (expected 22.40)
 * e.videos().get(1);       // video 1: too short
 * e.rows();                // one row per video
 * System.out.println(e);   // the range, the videos by reason, the notes
 * }</pre>
 */
public final class ProgramEstimate {
  private final Program program;
  private final Provenance provenance;
  private final PayTerms pay;
  private final boolean open;
  private final Money rpmLow;
  private final Money rpmHigh;
  private final List<VideoCheck> videos;
  private final long paidViews;
  private final @Nullable LocalDate joinedOn;
  private final List<String> findings;
  private final @Nullable MoneyRange additional;
  private final MoneyRange standard;
  private final MoneyRange total;

  private ProgramEstimate(Program program, Provenance provenance, PayTerms pay, boolean open, Money rpmLow,
      Money rpmHigh, List<VideoCheck> videos, long paidViews, @Nullable LocalDate joinedOn, List<String> findings,
      @Nullable MoneyRange additional) {
    this.program = program;
    this.provenance = provenance;
    this.pay = pay;
    this.open = open;
    this.rpmLow = rpmLow;
    this.rpmHigh = rpmHigh;
    this.videos = videos;
    this.paidViews = paidViews;
    this.joinedOn = joinedOn;
    this.findings = findings;
    this.additional = additional;
    // Both computed here, so that a range beyond Monetik's bounds fails where the estimate is made.
    BigDecimal thousands = BigDecimal.valueOf(paidViews).movePointLeft(3);
    this.standard = MoneyRange.between(rpmLow.multipliedBy(thousands), rpmHigh.multipliedBy(thousands));
    this.total = additional == null ? standard : standard.plus(additional);
  }

  /**
   * Checks every video and prices the counted ones.
   *
   * @param conversion a note on the currency shown, or null when it is the terms' own
   */
  static ProgramEstimate of(Program program, ProgramTerms terms, PayTerms pay, Activity activity, Provenance provenance,
      Money rpmLow, Money rpmHigh, @Nullable String conversion) {
    LocalDate day = provenance.date();
    boolean open = terms.isOpenOn(day);
    LocalDate joined = activity.joinedOn().orElse(null);
    List<VideoCheck> checks = new ArrayList<>(activity.videos().size());
    long paid = 0;
    int notGiven = 0;
    int undated = 0;
    for (Video v : activity.videos()) {
      EnumSet<VideoCheck.Reason> why = pay.reasons(v);
      if (!open) {
        why.add(VideoCheck.Reason.PROGRAM_NOT_OPEN);
      }
      if (pay.afterJoiningOnly() && joined != null) {
        if (v.postedOn().isEmpty()) {
          undated++;
        } else if (v.postedOn().get().isBefore(joined)) {
          why.add(VideoCheck.Reason.POSTED_BEFORE_JOINING);
        }
      }
      if (why.contains(VideoCheck.Reason.QUALIFIED_VIEWS_NOT_GIVEN)) {
        notGiven++;
      }
      long views = why.isEmpty() ? pay.paidViews(v) : 0;
      try {
        paid = Math.addExact(paid, views);
      } catch (ArithmeticException e) {
        throw new ArithmeticException("paid views overflow in estimate: exceed " + Long.MAX_VALUE);
      }
      checks.add(new VideoCheck(checks.size(), v, why, views, rpmLow, rpmHigh));
    }
    List<String> findings = new ArrayList<>();
    if (!open) {
      findings.add(program.title() + " is not open on " + day + " ("
          + terms.closes().filter(c -> !day.isBefore(c)).map(c -> "closed on " + c)
              .orElseGet(() -> "opens on " + terms.opens().orElseThrow())
          + "): nothing is paid");
    }
    if (notGiven > 0) {
      findings.add(notGiven + (notGiven == 1 ? " video" : " videos") + " without qualified views not priced: "
          + program.title() + " pays qualified views (give them with Video.builder().qualifiedViews(...))");
    }
    if (pay.afterJoiningOnly() && !activity.videos().isEmpty()) {
      if (joined == null) {
        findings.add("only videos posted after joining count: no joining day given, so every video is taken as "
            + "posted after it (assumption)");
      } else if (undated > 0) {
        findings.add(undated + (undated == 1 ? " video" : " videos") + " without a posting day taken as posted "
            + "after joining on " + joined + " (assumption)");
      }
    }
    if (conversion != null) {
      findings.add(conversion);
    }
    return new ProgramEstimate(program, provenance, pay, open, rpmLow, rpmHigh, List.copyOf(checks), paid, joined,
        List.copyOf(findings), null);
  }

  /** {@return the program estimated} */
  public Program program() {
    return program;
  }

  /** {@return where the rules of this estimate come from, and its day} */
  public Provenance provenance() {
    return provenance;
  }

  /** {@return true if the program is open on the estimate's day (if not, nothing is paid and the notes say why)} */
  public boolean isOpen() {
    return open;
  }

  /** {@return every video of the activity, in order, counted or not and why} */
  public List<VideoCheck> videos() {
    return videos;
  }

  /** {@return the views paid: those of the counted videos (all views or qualified views, as the program pays)} */
  public long paidViews() {
    return paidViews;
  }

  /** {@return the pay per 1,000 paid views applied, lowest reported, in the estimate's currency} */
  public Money rpmLow() {
    return rpmLow;
  }

  /** {@return the pay per 1,000 paid views applied, highest reported, in the estimate's currency} */
  public Money rpmHigh() {
    return rpmHigh;
  }

  /**
   * {@return the standard reward: paid views times the range of pay per 1,000 views, expected the
   *     middle, exact; the sum of the videos' {@link VideoCheck#pay()}}
   */
  public MoneyRange standard() {
    return standard;
  }

  /** {@return the Additional Reward you gave ({@link #withAdditionalReward}); empty unless given} */
  public Optional<MoneyRange> additionalReward() {
    return Optional.ofNullable(additional);
  }

  /** {@return {@link #standard()} plus the {@link #additionalReward()} when given} */
  public MoneyRange total() {
    return total;
  }

  /**
   * A copy with an Additional Reward beside the standard reward: what you expect TikTok's
   * "Additional Reward" for especially engaging videos to add. TikTok publishes no rate for it, so
   * Monetik never invents one; it stays apart from {@link #standard()} and enters {@link #total()}.
   *
   * @param additionalReward the expected Additional Reward, in the estimate's currency, low at least 0
   * @return the estimate with it
   * @throws IllegalArgumentException if the program pays no Additional Reward in these rules, is not
   *     open on the estimate's day, or the range's low is negative
   * @throws CurrencyMismatchException if the range is in another currency
   * @throws ArithmeticException if the total is beyond Monetik's bounds
   * @throws NullPointerException if {@code additionalReward} is null
   */
  public ProgramEstimate withAdditionalReward(MoneyRange additionalReward) {
    Checks.notNull(additionalReward, "additionalReward");
    if (!pay.additionalReward()) {
      throw Checks.invalid("additionalReward", "for a program that pays one (" + program + " pays none in these rules)",
          additionalReward);
    }
    if (!open) {
      throw Checks.invalid("additionalReward", "for a program open on " + provenance.date() + " (" + program
          + " is not)", additionalReward);
    }
    if (!additionalReward.low().currency().equals(rpmLow.currency())) {
      throw new CurrencyMismatchException("withAdditionalReward", rpmLow.currency(), additionalReward.low().currency());
    }
    if (additionalReward.low().isNegative()) {
      throw Checks.invalid("additionalReward", "a range from 0 up", additionalReward);
    }
    return new ProgramEstimate(program, provenance, pay, open, rpmLow, rpmHigh, videos, paidViews, joinedOn, findings,
        additionalReward);
  }

  /**
   * {@return what a reader should know: why nothing is paid, videos not priced, assumptions made,
   *     the Additional Reward, the currency, then the provenance's notes}
   */
  public List<String> notes() {
    List<String> out = new ArrayList<>(findings);
    if (pay.additionalReward()) {
      out.add(additional == null
          ? "the Additional Reward for especially engaging videos is paid on top and not priced here: TikTok "
              + "publishes no rate (add your own with withAdditionalReward)"
          : "the Additional Reward is your estimate, apart from the pay-per-view range");
    }
    out.addAll(provenance.notes());
    return List.copyOf(out);
  }

  /** What a reason means under these terms, for tables and rows. */
  private String label(VideoCheck.Reason reason) {
    return switch (reason) {
      case PROGRAM_NOT_OPEN -> "program not open on " + provenance.date();
      case PHOTO_MODE -> "photo-mode post";
      case REPOST -> "repost";
      case NOT_ORIGINAL -> "not original (Duet, Stitch)";
      case TOO_SHORT -> "not longer than " + seconds(pay.longerThan().orElse(Duration.ZERO)).toPlainString() + " s";
      case QUALIFIED_VIEWS_NOT_GIVEN -> "qualified views not given";
      case TOO_FEW_QUALIFIED_VIEWS -> "under " + TextTable.grouped(pay.minimumQualifiedViewsPerVideo()) + " qualified views";
      case POSTED_BEFORE_JOINING -> "posted before joining on " + joinedOn;
    };
  }

  /** A duration in seconds, exact: {@code 60}, {@code 60.5}. */
  private static BigDecimal seconds(Duration d) {
    BigDecimal whole = BigDecimal.valueOf(d.getSeconds());
    return d.getNano() == 0 ? whole : whole.add(BigDecimal.valueOf(d.getNano(), 9).stripTrailingZeros());
  }

  /**
   * One row per video, in order. Columns: {@code index} (count, from 0), {@code length_seconds}
   * (amount, exact), {@code format} (text: {@code VIDEO}, {@code PHOTO_MODE}, {@code REPOST}),
   * {@code original} (flag), {@code posted_on} (text, ISO day, empty when not given),
   * {@code views} (count), {@code qualified_views_given} (flag), {@code qualified_views} (count, 0
   * when not given: see the flag), {@code counted} (flag), {@code reasons} (text, why not counted,
   * joined by {@code "; "}, empty when counted), {@code paid_views} (count), {@code low},
   * {@code expected}, {@code high} (amounts: the video's standard reward) and {@code currency}
   * (text). The paid views add up to {@link #paidViews()}, the amounts to {@link #standard()}.
   *
   * @return the rows
   */
  public Rows rows() {
    Rows.Builder b = Rows.builder().count("index").amount("length_seconds").text("format").flag("original")
        .text("posted_on").count("views").flag("qualified_views_given").count("qualified_views").flag("counted")
        .text("reasons").count("paid_views").amount("low").amount("expected").amount("high").text("currency");
    for (VideoCheck c : videos) {
      Video v = c.video();
      MoneyRange r = c.pay();
      b.row((long) c.index(), seconds(v.length()), v.format().name(), v.original(),
          v.postedOn().map(LocalDate::toString).orElse(""), v.views(), v.qualifiedViews().isPresent(),
          v.qualifiedViews().orElse(0), c.isCounted(), reasons(c), c.paidViews(), r.low().amount(),
          r.expected().amount(), r.high().amount(), r.low().currency().getCurrencyCode());
    }
    return b.build();
  }

  private String reasons(VideoCheck c) {
    List<String> out = new ArrayList<>();
    for (VideoCheck.Reason r : c.reasons()) {
      out.add(label(r));
    }
    return String.join("; ", out);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ProgramEstimate e && e.program == program && e.provenance.equals(provenance)
        && e.pay.equals(pay) && e.open == open && e.rpmLow.equals(rpmLow) && e.rpmHigh.equals(rpmHigh) && e.videos.equals(videos)
        && Objects.equals(e.joinedOn, joinedOn) && e.findings.equals(findings) && Objects.equals(e.additional, additional);
  }

  @Override
  public int hashCode() {
    return Objects.hash(program, provenance, pay, rpmLow, rpmHigh, videos, joinedOn, findings, additional);
  }

  /**
   * {@return a heading with the standard reward, the videos counted and not counted by reason, the
   *     pay per 1,000 views, the Additional Reward when given, then the notes}
   */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder();
    b.append(program.name()).append(" estimate on ").append(provenance.date()).append(" (rules ")
        .append(provenance.id()).append("): ").append(standard()).append('\n');
    Map<VideoCheck.Reason, Long> byReason = new EnumMap<>(VideoCheck.Reason.class);
    long counted = 0;
    for (VideoCheck c : videos) {
      counted += c.isCounted() ? 1 : 0;
      for (VideoCheck.Reason r : c.reasons()) {
        byReason.merge(r, 1L, Long::sum);
      }
    }
    TextTable t = TextTable.of("videos", "count", "paid views").row("counted", counted, paidViews);
    byReason.forEach((r, n) -> t.row(label(r), n));
    b.append(t.render("  ")).append('\n');
    b.append("  per 1,000 ").append(pay.basis() == PayTerms.Basis.VIEWS ? "views" : "qualified views").append(": ")
        .append(rpmLow).append(" .. ").append(rpmHigh.amount().toPlainString()).append('\n');
    if (additional != null) {
      b.append("  Additional Reward: ").append(additional).append("; total ").append(total()).append('\n');
    }
    for (String n : notes()) {
      b.append("  note: ").append(n).append('\n');
    }
    return b.toString();
  }
}
