package io.github.monetik.examples;

import java.util.Locale;
import io.github.monetik.Monetik;
import io.github.monetik.affiliate.CommissionStatement;
import io.github.monetik.examples.samples.CreatorMonthSample;
import io.github.monetik.affiliate.Order;
import io.github.monetik.gifts.ComboSettlement;
import io.github.monetik.gifts.GiftEvent;
import io.github.monetik.gifts.Gifts;
import io.github.monetik.gifts.LiveEarnings;
import io.github.monetik.income.BrandDealEstimate;
import io.github.monetik.income.Diversification;
import io.github.monetik.income.Engagement;
import io.github.monetik.income.EngagementRate;
import io.github.monetik.income.Income;
import io.github.monetik.income.IncomeEntry;
import io.github.monetik.income.IncomeReport;
import io.github.monetik.income.IncomeStream;
import io.github.monetik.money.MoneyRange;
import io.github.monetik.programs.Activity;
import io.github.monetik.programs.Program;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import picocli.CommandLine.Command;

/**
 * {@code creator-month}: one month (2025-03) of a fictional mid-size creator (120,000 followers),
 * from raw inputs to an income report in a few calls: generated LIVE gift messages settled and
 * earned, a Creator Rewards estimate from the month's videos, the bundled affiliate orders as a
 * statement on the month's last day, and one sponsored post estimated from followers and
 * engagement; then the income report side by side and how diversified the month is. Deterministic:
 * every input comes from {@link CreatorMonthSample}'s seed or the bundled orders.
 */
@Command(name = "creator-month", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
    description = {"A mid-size creator's month: LIVE, Creator Rewards, affiliate, a brand deal, side by side.",
        "One month (2025-03) of a fictional creator with 120,000 followers, generated from a seed, as an income "
            + "report."})
final class CreatorMonthCommand extends ExampleCommand {
  @Override
  public Integer call() throws IOException {
    Monetik tiktok = Monetik.defaults();
    Income income = tiktok.income();
    LocalDate monthEnd = CreatorMonthSample.MONTH.atEndOfMonth();

    List<GiftEvent> events = CreatorMonthSample.liveEvents();
    Gifts gifts = tiktok.gifts();
    ComboSettlement settlement = gifts.settle(events);
    LiveEarnings live = gifts.earnings(settlement);

    Activity videos = CreatorMonthSample.videos();
    MoneyRange rewards = tiktok.programs().estimate(Program.CREATOR_REWARDS, videos).standard();

    List<Order> orders = bundledOrders();
    CommissionStatement commissions = tiktok.affiliate().statement(orders, monthEnd);

    EngagementRate engagement = CreatorMonthSample.engagement().rate(Engagement.Convention.BY_VIEWS);
    BrandDealEstimate deal = income.brandDeal(CreatorMonthSample.FOLLOWERS, engagement);

    List<IncomeEntry> entries = new ArrayList<>();
    entries.add(income.liveGifts(CreatorMonthSample.MONTH, live));
    entries.add(income.creatorPrograms(CreatorMonthSample.MONTH, rewards));
    entries.addAll(income.affiliate(commissions));
    entries.add(income.brandPartnership(CreatorMonthSample.MONTH, deal));
    IncomeReport report = income.report(gifts.diamondPolicy().coinValue().currency(), entries);

    out.printf(Locale.ROOT, "A creator's month: @%s, %,d followers, %s (rules %s; generated from seed %d)%n%n", CreatorMonthSample.HOST,
        CreatorMonthSample.FOLLOWERS, CreatorMonthSample.MONTH, tiktok.rules().provenance().id(), CreatorMonthSample.SEED);
    out.printf(Locale.ROOT, "LIVE gifts       %,d gift messages; naive sum %s, settled %s (each combo once); %d combos never ended (%s, not counted)%n",
        settlement.messages(), settlement.naiveCoins(), settlement.settledCoins(), settlement.open().size(), settlement.openCoins());
    out.printf(Locale.ROOT, "                 %s from %,d senders = creator cash %s at creator share %s%n", live.diamonds(),
        live.bySender().size(), live.creatorCash(), gifts.diamondPolicy().creatorShare());
    out.printf(Locale.ROOT, "Creator Rewards  %d videos: ESTIMATE %s%n", videos.videos().size(), rewards);
    out.printf(Locale.ROOT, "Affiliate        %d orders (bundled sample) as of %s: %s%n", orders.size(), monthEnd, commissions.totals());
    out.printf(Locale.ROOT, "Brand deal       one sponsored post, engagement %s (%s): ESTIMATE %s%n", engagement, deal.engagementBand(),
        deal.perPost());
    out.println();
    out.println("Estimates enter at their expected value; pending commission (it can still be refunded) counts as an estimate.");
    out.println("Amounts are exact (round once, when paid), so estimates may show more than two decimals.");
    out.println();
    out.print(report);
    out.println();
    report.diversification().ifPresent(d -> printShares(d, out));
    return 0;
  }

  private static void printShares(Diversification d, PrintStream out) {
    out.println("Shares of the month (streams with a positive total):");
    // largest first; ties in stream order, as the shares map has no order of its own
    d.shares().entrySet().stream()
        .sorted(Map.Entry.<IncomeStream, BigDecimal>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .forEach(e -> out.printf(Locale.ROOT, "  %-20s %7s%%%n", e.getKey(), e.getValue().movePointRight(2).setScale(2, RoundingMode.UNNECESSARY)));
    out.printf(Locale.ROOT, "As diversified as %s equal streams (of %d); the largest stream carries %s%% of the month.%n",
        d.effectiveStreams().setScale(2, RoundingMode.HALF_EVEN), d.streams(),
        d.shares().values().stream().max(BigDecimal::compareTo).orElseThrow().movePointRight(2).setScale(2, RoundingMode.UNNECESSARY));
  }

  static List<Order> bundledOrders() throws IOException {
    InputStream in = Objects.requireNonNull(CreatorMonthCommand.class.getResourceAsStream(AffiliateStatementCommand.SAMPLE),
        AffiliateStatementCommand.SAMPLE);
    try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      return AffiliateOrdersCsv.read(reader);
    }
  }
}
