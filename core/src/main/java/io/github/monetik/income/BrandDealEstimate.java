package io.github.monetik.income;

import io.github.monetik.internal.TextTable;
import io.github.monetik.money.MoneyRange;
import io.github.monetik.report.Provenance;
import io.github.monetik.report.Rows;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An ESTIMATE of what one sponsored post could earn, from published rules of thumb, with the
 * assumptions that produced it and the {@link #provenance()} of the rules. Brands and creators
 * agree on fees privately; treat this as a starting point for a negotiation, never as a quote. From
 * {@link Income#brandDeal}; immutable and safe to share between threads.
 */
public final class BrandDealEstimate {
  private final MoneyRange perPost;
  private final FollowerTier tier;
  private final EngagementBand band;
  private final List<String> assumptions;
  private final Provenance provenance;

  BrandDealEstimate(MoneyRange perPost, FollowerTier tier, EngagementBand band, List<String> assumptions,
      Provenance provenance) {
    this.perPost = perPost;
    this.tier = tier;
    this.band = band;
    this.assumptions = List.copyOf(assumptions);
    this.provenance = provenance;
  }

  /** {@return the estimated fee for one post: low and high from the per-1,000-followers rule, expected scaled by engagement} */
  public MoneyRange perPost() {
    return perPost;
  }

  /** {@return the follower tier, with its own published fee band for comparison} */
  public FollowerTier tier() {
    return tier;
  }

  /** {@return the engagement band the estimate was scaled by} */
  public EngagementBand engagementBand() {
    return band;
  }

  /** {@return every assumption behind the numbers, in words} */
  public List<String> assumptions() {
    return assumptions;
  }

  /** {@return where the rules of this estimate come from (the income door's provenance)} */
  public Provenance provenance() {
    return provenance;
  }

  /** {@return always true: a brand-deal figure is an estimate} */
  public boolean isEstimate() {
    return true;
  }

  /**
   * The estimate as one export row. The columns, in this order: {@code low}, {@code expected},
   * {@code high} (amounts, exact), {@code currency}, {@code tier} and {@code engagement_band} (text).
   *
   * @return one row
   */
  public Rows rows() {
    return Rows.builder().amount("low").amount("expected").amount("high").text("currency").text("tier")
        .text("engagement_band")
        .row(perPost.low().amount(), perPost.expected().amount(), perPost.high().amount(),
            perPost.expected().currency().getCurrencyCode(), tier.name(), band.name())
        .build();
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof BrandDealEstimate d && d.perPost.equals(perPost) && d.tier.equals(tier) && d.band == band
        && d.assumptions.equals(assumptions) && d.provenance.equals(provenance);
  }

  @Override
  public int hashCode() {
    return Objects.hash(perPost, tier, band, assumptions, provenance);
  }

  /** {@return the range, the tier and the engagement band, then the assumptions and the provenance's notes} */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder("ESTIMATE brand deal per post: ").append(perPost).append('\n')
        .append(TextTable.of("", "").leftAligned(1).row("tier:", tier).row("engagement:", band).render("  "))
        .append("\n  assumptions:");
    assumptions.forEach(a -> b.append("\n   - ").append(a));
    for (String n : provenance.notes()) {
      b.append("\n  note: ").append(n);
    }
    return b.toString();
  }
}
