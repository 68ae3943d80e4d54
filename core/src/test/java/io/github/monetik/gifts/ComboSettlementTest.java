package io.github.monetik.gifts;

import static io.github.monetik.testing.GiftGenerators.event;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.monetik.Monetik;
import io.github.monetik.money.Coins;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ComboSettlementTest {
  private static final long[] ROSE = {5655, 1};
  private static final long[] DOUGHNUT = {5879, 30};
  private static final long[] LION = {9_999_999, 29_999};
  private static final long T = 1_697_113_848_000L;

  private static GiftEvent combo(long id, String sender, long[] gift, int count, boolean end, long group) {
    return event(id, T + id, sender, "host", gift, true, count, end, group);
  }

  @Test
  void aComboCountsOnceAtItsEndAndNaiveSummingCountsItFourTimes() {
    ComboSettlement s = ComboSettlement.of(List.of(
        combo(1, "alice", DOUGHNUT, 1, false, 7),
        combo(2, "alice", DOUGHNUT, 2, false, 7),
        combo(3, "alice", DOUGHNUT, 3, false, 7),
        combo(4, "alice", DOUGHNUT, 3, true, 7)));
    assertThat(s.settledCoins()).isEqualTo(Coins.of(90));
    assertThat(s.settledGifts()).isEqualTo(3);
    assertThat(s.naiveCoins()).isEqualTo(Coins.of(30 + 60 + 90 + 90));
    assertThat(s.open()).isEmpty();
    assertThat(s.issues()).isEmpty();
    assertThat(s.settled()).singleElement().satisfies(g -> {
      assertThat(g.combo()).isTrue();
      assertThat(g.isOpen()).isFalse();
      assertThat(g.count()).isEqualTo(3);
      assertThat(g.timestamp()).isEqualTo(Instant.ofEpochMilli(T + 4));
      assertThat(g.groupId()).isEqualTo(7);
    });
  }

  @Test
  void aNonRepeatableGiftCountsOnArrivalWithItsQuantityAndItsDuplicateIsIgnored() {
    GiftEvent lions = event(10, T, "bob", "host", LION, false, 3, false, 0);
    ComboSettlement s = ComboSettlement.of(List.of(lions, lions, event(11, T, "bob", "host", LION, false, 1, false, 0)));
    assertThat(s.settledGifts()).isEqualTo(4);
    assertThat(s.settledCoins()).isEqualTo(Coins.of(4 * 29_999));
    assertThat(s.naiveCoins()).isEqualTo(Coins.of(7 * 29_999));
    assertThat(s.settled()).allSatisfy(g -> assertThat(g.combo()).isFalse());
    assertThat(s.settled()).extracting(CountedGift::groupId).containsExactlyInAnyOrder(10L, 11L);
  }

  @Test
  void anOpenComboIsReportedNotCountedUntilTheCallerIncludesIt() {
    ComboSettlement s = ComboSettlement.of(List.of(combo(1, "carol", ROSE, 5, false, 1), combo(2, "carol", ROSE, 9, false, 1)));
    assertThat(s.settledCoins()).isEqualTo(Coins.ZERO);
    assertThat(s.open()).singleElement().satisfies(g -> {
      assertThat(g.isOpen()).isTrue();
      assertThat(g.count()).isEqualTo(9);
      assertThat(g.timestamp()).isEqualTo(Instant.ofEpochMilli(T + 2));
    });
    ComboSettlement all = s.includeOpen();
    assertThat(all.isOpenIncluded()).isTrue();
    assertThat(s.isOpenIncluded()).isFalse();
    assertThat(all.settledCoins()).isEqualTo(Coins.of(9));
    assertThat(all.settled()).singleElement().satisfies(g -> assertThat(g.isOpen()).isTrue());
    assertThat(all.open()).isEmpty();
    assertThat(all.includeOpen()).isSameAs(all);
    assertThat(all.toString()).contains("settled (open incl.)");
  }

  @Test
  void aLateRepeatAfterTheEndRaisesTheSettledCountAndALowerOneChangesNothing() {
    ComboSettler settler = ComboSettler.create();
    settler.accept(combo(1, "dan", DOUGHNUT, 4, true, 3));
    assertThat(settler.settledCoins()).isEqualTo(120);
    settler.accept(combo(2, "dan", DOUGHNUT, 2, false, 3));
    assertThat(settler.settledCoins()).isEqualTo(120);
    assertThat(settler.openCombos()).isZero();
    settler.accept(combo(3, "dan", DOUGHNUT, 6, false, 3));
    assertThat(settler.settledCoins()).isEqualTo(180);
    assertThat(settler.settledGifts()).isEqualTo(6);
    settler.accept(combo(4, "dan", DOUGHNUT, 6, true, 3));
    assertThat(settler.settledCoins()).isEqualTo(180);
    assertThat(settler.messages()).isEqualTo(4);
    assertThat(settler.naiveCoins()).isEqualTo(30 * (4 + 2 + 6 + 6));
    // The combo is placed at its latest end message; its first repeat seen was 2.
    ComboSettlement s = settler.settlement();
    assertThat(s.settled()).singleElement().satisfies(g -> assertThat(g.timestamp()).isEqualTo(Instant.ofEpochMilli(T + 4)));
    assertThat(s.issues()).singleElement().satisfies(i -> {
      assertThat(i.kind()).isEqualTo(SettlementIssue.Kind.END_WITHOUT_START);
      assertThat(i.messages()).isEqualTo(2);
      assertThat(i).hasToString("END_WITHOUT_START: combo 3 of dan (gift 5879) ended at 6 but its first repeat seen was 2: counted once at 6");
    });
  }

  @Test
  void theSameGroupOfAnotherSenderOrGiftIsAnotherCombo() {
    ComboSettlement s = ComboSettlement.of(List.of(
        combo(1, "erin", ROSE, 2, true, 5), combo(2, "frank", ROSE, 3, true, 5), combo(3, "erin", DOUGHNUT, 1, true, 5)));
    assertThat(s.settled()).hasSize(3);
    assertThat(s.settledCoins()).isEqualTo(Coins.of(2 + 3 + 30));
  }

  @Test
  void unknownGiftIdsAreReportedAndCountedAtTheirStatedPrice() {
    ComboSettlement s = Monetik.defaults().gifts().settle(List.of(
        event(1, T, "gina", "host", LION, false, 1, false, 0), event(2, T, "gina", "host", LION, false, 1, false, 0),
        event(3, T, "gina", "host", ROSE, false, 1, false, 0)));
    assertThat(s.issues()).singleElement().satisfies(i -> {
      assertThat(i.kind()).isEqualTo(SettlementIssue.Kind.UNKNOWN_GIFT);
      assertThat(i.giftId()).isEqualTo(9_999_999);
      assertThat(i.messages()).isEqualTo(2);
      assertThat(i.detail()).isEqualTo("gift id 9999999 is not in the catalog: 2 message(s) counted at the coins they state");
    });
    assertThat(s.settledCoins()).isEqualTo(Coins.of(2 * 29_999 + 1));
    assertThat(ComboSettlement.of(s.settled().isEmpty() ? List.of() : List.of(event(1, T, "gina", "host", LION, false, 1, false, 0)))
        .issues()).isEmpty();
  }

  @Test
  void timestampsGoingBackwardsChangeNoCount() {
    ComboSettlement forward = ComboSettlement.of(List.of(
        event(1, T, "hal", "host", ROSE, true, 1, false, 9), event(2, T + 1_000, "hal", "host", ROSE, true, 2, true, 9)));
    ComboSettlement backward = ComboSettlement.of(List.of(
        event(1, T + 5_000, "hal", "host", ROSE, true, 1, false, 9), event(2, T - 60_000, "hal", "host", ROSE, true, 2, true, 9)));
    assertThat(backward.settledCoins()).isEqualTo(forward.settledCoins()).isEqualTo(Coins.of(2));
    assertThat(backward.settled().get(0).timestamp()).isEqualTo(Instant.ofEpochMilli(T - 60_000));
  }

  @Test
  void forgettingOldSettledCombosBoundsMemoryAndKeepsTheTotals() {
    ComboSettler settler = ComboSettler.create();
    settler.accept(combo(1, "ivy", ROSE, 3, true, 1));
    settler.accept(combo(2, "ivy", ROSE, 1, false, 2));
    settler.accept(event(500_000, T + 500_000, "ivy", "host", ROSE, true, 4, true, 3));
    assertThat(settler.forgetSettledBefore(Instant.ofEpochMilli(T + 100_000))).isEqualTo(1);
    assertThat(settler.settledCoins()).isEqualTo(7);
    assertThat(settler.openCombos()).isEqualTo(1);
    assertThat(settler.settlement().settled()).singleElement().satisfies(g -> assertThat(g.count()).isEqualTo(4));
    assertThat(settler.settlement().settled().get(0).toString())
        .isEqualTo("ivy -> host: gift 5655 x4 = 4 coins (combo 3) at " + Instant.ofEpochMilli(T + 500_000));
    // A late repeat of a remembered combo is still recognized.
    settler.accept(event(500_001, T + 500_001, "ivy", "host", ROSE, true, 4, true, 3));
    assertThat(settler.settledCoins()).isEqualTo(7);
  }

  @Test
  void badMessagesAreRejectedNamingTheField() {
    assertThatThrownBy(() -> event(1, T, "a", "h", ROSE, true, 0, false, 1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("repeatCount must be >= 1, was 0");
    assertThatThrownBy(() -> event(1, T, "a", "h", new long[] {1, -1}, true, 1, false, 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("coinsPerGift must be >= 0, was -1");
    assertThatThrownBy(() -> event(1, T, " ", "h", ROSE, true, 1, false, 1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("senderId must not be blank, was ' '");
    assertThatThrownBy(() -> event(1, T, "a", "", ROSE, true, 1, false, 1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("hostId must not be blank, was ''");
    ComboSettler settler = ComboSettler.create();
    assertThatThrownBy(() -> settler.accept(1, T, "a", "h", 1, 1, true, -3, false, 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("repeatCount must be >= 1, was -3");
    assertThatThrownBy(() -> settler.accept(1, T, "a", "h", 1, -1, true, 1, false, 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("coinsPerGift must be >= 0, was -1");
    assertThatThrownBy(() -> settler.accept(1, T, "", "h", 1, 1, true, 1, false, 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("senderId must not be blank, was ''");
    assertThatThrownBy(() -> settler.accept(1, T, "a", " ", 1, 1, true, 1, false, 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("hostId must not be blank, was ' '");
    assertThatThrownBy(() -> settler.accept(null)).isInstanceOf(NullPointerException.class).hasMessage("event");
    assertThatThrownBy(() -> ComboSettlement.of(java.util.Arrays.asList(combo(1, "a", ROSE, 1, true, 1), null)))
        .isInstanceOf(NullPointerException.class).hasMessage("events element");
    assertThat(settler.messages()).isZero();
    // A coin total beyond a long is an ArithmeticException, never a wrapped number.
    settler.accept(1, T, "a", "h", 1, Long.MAX_VALUE / 2, false, 2, false, 0);
    assertThatThrownBy(() -> settler.accept(2, T, "a", "h", 1, 2, false, 1, false, 0)).isInstanceOf(ArithmeticException.class);
  }

  @Test
  void aSettlementPrintsATable() {
    ComboSettlement s = Monetik.defaults().gifts().settle(List.of(combo(1, "a", ROSE, 1, false, 1), combo(2, "a", ROSE, 2, true, 1),
        combo(3, "b", ROSE, 5, false, 2), event(4, T, "c", "host", LION, false, 1, false, 0)));
    assertThat(s.toString()).isEqualTo(String.join(System.lineSeparator(),
        "ComboSettlement (4 messages)",
        "                              gifts              coins",
        "  settled                         3       30,001 coins",
        "  open combos (1)                 5            5 coins",
        "  naive (every message)                   30,007 coins",
        "  UNKNOWN_GIFT: gift id 9999999 is not in the catalog: 1 message(s) counted at the coins they state"));
    assertThat(s).isEqualTo(Monetik.defaults().gifts().settle(List.of(combo(2, "a", ROSE, 2, true, 1), combo(1, "a", ROSE, 1, false, 1),
        event(4, T, "c", "host", LION, false, 1, false, 0), combo(3, "b", ROSE, 5, false, 2))));
    assertThat(s.hashCode()).isEqualTo(Monetik.defaults().gifts().settle(List.of(combo(2, "a", ROSE, 2, true, 1),
        combo(1, "a", ROSE, 1, false, 1), event(4, T, "c", "host", LION, false, 1, false, 0), combo(3, "b", ROSE, 5, false, 2)))
        .hashCode());
    assertThat(s).isNotEqualTo(s.includeOpen());
    assertThat(combo(2, "a", ROSE, 2, true, 1).toString()).contains("combo end").contains("group 1");
  }
}
