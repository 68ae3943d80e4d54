package io.github.monetik;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.monetik.gifts.EarningsRow;
import io.github.monetik.gifts.SettlementIssue;
import io.github.monetik.money.Coins;
import io.github.monetik.money.Diamonds;
import io.github.monetik.money.Money;
import io.github.monetik.programs.RequirementCheck;
import io.github.monetik.streaks.StreakRun;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The plain results are records whose canonical constructors refuse parts that disagree, naming them. */
class ResultRecordsTest {
  private static final LocalDate JUNE_1 = LocalDate.of(2024, 6, 1);
  private static final Instant START = Instant.parse("2024-06-01T00:00:00Z");

  @Test
  void aSettlementIssueCountsAtLeastOnceAndPrintsItsKindAndDetail() {
    SettlementIssue issue = new SettlementIssue(SettlementIssue.Kind.UNKNOWN_GIFT, -7, 2, "gift id -7 is not in the catalog");
    assertThat(issue).hasToString("UNKNOWN_GIFT: gift id -7 is not in the catalog")
        .isEqualTo(new SettlementIssue(SettlementIssue.Kind.UNKNOWN_GIFT, -7, 2, "gift id -7 is not in the catalog"));
    assertThatThrownBy(() -> new SettlementIssue(SettlementIssue.Kind.UNKNOWN_GIFT, 1, 0, "x"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("count").hasMessageContaining("0");
    assertThatThrownBy(() -> new SettlementIssue(null, 1, 1, "x")).isInstanceOf(NullPointerException.class)
        .hasMessageContaining("kind");
    assertThatThrownBy(() -> new SettlementIssue(SettlementIssue.Kind.EXPIRED, 1, 1, null))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("detail");
  }

  @Test
  void aRequirementCheckHasADistanceExactlyWhenItIsNotMet() {
    RequirementCheck unmet = new RequirementCheck("followers", "10,000+", "8,200", 1_800, Optional.of("1,800 followers short"));
    assertThat(unmet.isMet()).isFalse();
    assertThat(unmet).hasToString("followers: 1,800 followers short");
    RequirementCheck met = new RequirementCheck("age", "18+", "31", 0, Optional.empty());
    assertThat(met.isMet()).isTrue();
    assertThat(met).hasToString("age: met");
    assertThatThrownBy(() -> new RequirementCheck("age", "18+", "31", 0, Optional.of("must be 18")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("distance").hasMessageContaining("must be 18");
    assertThatThrownBy(() -> new RequirementCheck("age", "18+", "17", 1, Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("distance");
    assertThatThrownBy(() -> new RequirementCheck("age", "18+", "17", -1, Optional.of("x")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("shortfall").hasMessageContaining("-1");
    assertThatThrownBy(() -> new RequirementCheck("age", null, "17", 1, Optional.of("x")))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("required");
  }

  @Test
  void aStreakRunEndsAfterItStartsAndCountsAtLeastOneDay() {
    StreakRun run = new StreakRun(JUNE_1, JUNE_1.plusDays(11), START, START.plusSeconds(13 * 86_400), 12, 1, true);
    assertThat(run).hasToString("12 days 2024-06-01..2024-06-12 (1 restore)");
    assertThat(run.isUnlocked()).isTrue();
    assertThatThrownBy(() -> new StreakRun(JUNE_1, JUNE_1.minusDays(1), START, START.plusSeconds(1), 1, 0, false))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("lastDay").hasMessageContaining("2024-05-31");
    assertThatThrownBy(() -> new StreakRun(JUNE_1, JUNE_1, START, START, 1, 0, false))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("endsAt");
    assertThatThrownBy(() -> new StreakRun(JUNE_1, JUNE_1, START, START.plusSeconds(1), 0, 0, false))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("length");
    assertThatThrownBy(() -> new StreakRun(JUNE_1, JUNE_1, START, START.plusSeconds(1), 1, -1, false))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("restoresUsed");
    assertThatThrownBy(() -> new StreakRun(JUNE_1, JUNE_1, null, START, 1, 0, false))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("start");
  }

  @Test
  void anEarningsRowsPlatformCutIsItsGrossLessTheCreatorsCash() {
    Money gross = Money.of("12.50", "USD");
    EarningsRow row = new EarningsRow("alice", Optional.of("Alice"), 3, Coins.of(1_250), gross, Diamonds.of(625),
        Money.of("6.25", "USD"), Money.of("6.25", "USD"));
    assertThat(row.toString()).startsWith("alice (Alice): 3 gifts, 1,250 coins, 625 diamonds, creator USD 6.25");
    assertThatThrownBy(() -> new EarningsRow("alice", Optional.empty(), 3, Coins.of(1_250), gross, Diamonds.of(625),
        Money.of("6.25", "USD"), Money.of("6.00", "USD")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("platformCut").hasMessageContaining("6.25");
    assertThatThrownBy(() -> new EarningsRow("alice", Optional.empty(), -1, Coins.of(1_250), gross, Diamonds.of(625),
        Money.of("6.25", "USD"), Money.of("6.25", "USD")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("gifts");
    assertThatThrownBy(() -> new EarningsRow("alice", null, 3, Coins.of(1_250), gross, Diamonds.of(625),
        Money.of("6.25", "USD"), Money.of("6.25", "USD")))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("name");
  }
}
