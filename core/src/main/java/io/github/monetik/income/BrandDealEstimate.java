package io.github.monetik.income;

import io.github.monetik.money.MoneyRange;
import java.util.List;
import java.util.Objects;

/**
 * An ESTIMATE of what one sponsored post could earn, from published rules of thumb, with the
 * assumptions that produced it. Brands and creators agree on fees privately; treat this as a
 * starting point for a negotiation, never as a quote.
 */
public final class BrandDealEstimate {
  private final MoneyRange perPost;
  private final FollowerTier tier;
  private final EngagementBand band;
  private final List<String> assumptions;

  BrandDealEstimate(MoneyRange perPost, FollowerTier tier, EngagementBand band, List<String> assumptions) {
    this.perPost = Objects.requireNonNull(perPost, "perPost");
    this.tier = Objects.requireNonNull(tier, "tier");
    this.band = Objects.requireNonNull(band, "band");
    this.assumptions = List.copyOf(assumptions);
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

  /** {@return always true: a brand-deal figure is an estimate} */
  public boolean isEstimate() {
    return true;
  }

  @Override
  public String toString() {
    StringBuilder b = new StringBuilder("ESTIMATE brand deal per post: ").append(perPost).append('\n')
        .append("  tier: ").append(tier).append('\n')
        .append("  engagement: ").append(band).append('\n')
        .append("  assumptions:\n");
    assumptions.forEach(a -> b.append("   - ").append(a).append('\n'));
    return b.toString();
  }
}
