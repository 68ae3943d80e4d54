package io.github.monetik.examples;

import io.github.monetik.examples.samples.CreatorMonthSample;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.monetik.Monetik;
import io.github.monetik.affiliate.CommissionStatement;
import io.github.monetik.gifts.ComboSettlement;
import io.github.monetik.gifts.GiftEvent;
import io.github.monetik.income.Engagement;
import io.github.monetik.money.Money;
import io.github.monetik.money.MoneyRange;
import io.github.monetik.programs.Program;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@code creator-month}: the printed totals are checked against the parts computed here straight
 * from the doors (settlement, program estimate, statement, brand-deal estimate), without the income
 * bridges the command uses.
 */
class CreatorMonthCommandTest extends CommandTest {
  /** The amount at the end of the report's line that starts with {@code label}. */
  private static BigDecimal lastAmountOnLine(String text, String label) {
    String line = text.lines().filter(l -> l.startsWith(label)).findFirst().orElseThrow(() -> new AssertionError("no line " + label));
    String[] words = line.trim().split("\\s+");
    return new BigDecimal(words[words.length - 1]);
  }

  @Test
  void theReportsTotalIsTheSumOfTheMonthsParts() throws Exception {
    assertThat(run("creator-month")).isZero();
    String text = out.toString(StandardCharsets.UTF_8);
    assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();

    Monetik tiktok = Monetik.defaults();
    List<GiftEvent> events = CreatorMonthSample.liveEvents();
    ComboSettlement settlement = tiktok.gifts().settle(events);
    Money live = tiktok.gifts().earnings(settlement).creatorCash();
    MoneyRange rewards = tiktok.programs().estimate(Program.CREATOR_REWARDS, CreatorMonthSample.videos()).standard();
    CommissionStatement commissions = tiktok.affiliate().statement(CreatorMonthCommand.bundledOrders(),
        CreatorMonthSample.MONTH.atEndOfMonth());
    MoneyRange deal = tiktok.income().brandDeal(CreatorMonthSample.FOLLOWERS,
        CreatorMonthSample.engagement().rate(Engagement.Convention.BY_VIEWS)).perPost();

    Money total = live.plus(rewards.expected()).plus(commissions.earned()).plus(deal.expected());
    Money estimated = rewards.expected().plus(commissions.pending()).plus(deal.expected());
    assertThat(lastAmountOnLine(text, "TOTAL")).isEqualByComparingTo(total.amount());
    assertThat(lastAmountOnLine(text, "of which estimated:")).isEqualByComparingTo(estimated.amount());
    // each stream's row ends with its share; the amount before it is the stream's total
    String liveAmount = Pattern.quote(live.amount().toPlainString());
    assertThat(text).containsPattern("LIVE_GIFTS\\s+" + liveAmount + "\\s+" + liveAmount + "\\s")
        .containsPattern("AFFILIATE\\s+" + Pattern.quote(commissions.earned().amount().toPlainString()) + "\\s");

    // the inputs are real work, not a stub: combos were double-counted by naive summing, some never ended
    assertThat(settlement.naiveCoins().count()).isGreaterThan(settlement.settledCoins().count());
    assertThat(settlement.open()).isNotEmpty();
    assertThat(commissions.pending().isPositive()).isTrue();
    assertThat(live.isPositive()).isTrue();
    assertThat(text).contains("A creator's month: @maya.makes, 120,000 followers, 2025-03")
        .contains(settlement.naiveCoins().toString()).contains(rewards.toString()).contains(commissions.totals().toString())
        .contains("diversification: HHI ").contains("Shares of the month").contains("equal streams (of 4)");
  }

  @Test
  void theSameMonthEveryTime() {
    assertThat(run("creator-month")).isZero();
    String first = out.toString(StandardCharsets.UTF_8);
    out.reset();
    assertThat(run("creator-month")).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(first);
    assertThat(CreatorMonthSample.liveEvents()).isEqualTo(CreatorMonthSample.liveEvents());
  }

  @Test
  void takesNoArguments() {
    assertThat(run("creator-month", "2025-04")).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .startsWith("monetik-examples creator-month: Unmatched argument at index 1: '2025-04'\n"
            + "Usage: monetik-examples creator-month [-hV]\n");
  }
}
