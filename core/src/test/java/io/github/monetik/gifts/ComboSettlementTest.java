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
    ComboSettlement s = io.github.monetik.testing.TestRules.uncheckedGifts().settle(List.of(
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
    ComboSettlement s = io.github.monetik.testing.TestRules.uncheckedGifts().settle(List.of(lions, lions, event(11, T, "bob", "host", LION, false, 1, false, 0)));
    assertThat(s.settledGifts()).isEqualTo(4);
    assertThat(s.settledCoins()).isEqualTo(Coins.of(4 * 29_999));
    assertThat(s.naiveCoins()).isEqualTo(Coins.of(7 * 29_999));
    assertThat(s.settled()).allSatisfy(g -> assertThat(g.combo()).isFalse());
    assertThat(s.settled()).extracting(CountedGift::groupId).containsExactlyInAnyOrder(10L, 11L);
  }

  @Test
  void anOpenComboIsReportedNotCountedUntilTheCallerIncludesIt() {
    ComboSettlement s = io.github.monetik.testing.TestRules.uncheckedGifts().settle(List.of(combo(1, "carol", ROSE, 5, false, 1), combo(2, "carol", ROSE, 9, false, 1)));
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
    ComboSettler settler = ComboSettler.batch(GiftCatalog.empty(), false);
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
    ComboSettlement s = settler.settlement(io.github.monetik.testing.TestRules.PROVENANCE);
    assertThat(s.settled()).singleElement().satisfies(g -> assertThat(g.timestamp()).isEqualTo(Instant.ofEpochMilli(T + 4)));
    assertThat(s.issues()).singleElement().satisfies(i -> {
      assertThat(i.kind()).isEqualTo(SettlementIssue.Kind.END_WITHOUT_START);
      assertThat(i.count()).isEqualTo(2);
      assertThat(i).hasToString("END_WITHOUT_START: combo 3 of dan (gift 5879) ended at 6 but its first repeat seen was 2: counted once at 6");
    });
  }

  @Test
  void theSameGroupOfAnotherSenderOrGiftIsAnotherCombo() {
    ComboSettlement s = io.github.monetik.testing.TestRules.uncheckedGifts().settle(List.of(
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
      assertThat(i.count()).isEqualTo(2);
      assertThat(i.detail()).isEqualTo("gift id 9999999 is not in the catalog: 2 message(s) counted at the coins they state");
    });
    assertThat(s.settledCoins()).isEqualTo(Coins.of(2 * 29_999 + 1));
    assertThat(io.github.monetik.testing.TestRules.uncheckedGifts().settle(s.settled().isEmpty() ? List.of() : List.of(event(1, T, "gina", "host", LION, false, 1, false, 0)))
        .issues()).isEmpty();
  }

  @Test
  void everyIdInTheCatalogIsKnownTheSmallestAndLargestToo() {
    GiftCatalog catalog = Monetik.defaults().gifts().giftCatalog();
    ComboSettler settler = ComboSettler.batch(catalog, true);
    long id = 0;
    for (long giftId : catalog.ids()) {
      settler.accept(++id, T, "hana", "host", giftId, 1, false, 1, false, 0);
    }
    assertThat(settler.messages()).isGreaterThan(1);
    assertThat(settler.settlement(io.github.monetik.testing.TestRules.PROVENANCE).issues()).isEmpty();
  }

  @Test
  void timestampsGoingBackwardsChangeNoCount() {
    ComboSettlement forward = io.github.monetik.testing.TestRules.uncheckedGifts().settle(List.of(
        event(1, T, "hal", "host", ROSE, true, 1, false, 9), event(2, T + 1_000, "hal", "host", ROSE, true, 2, true, 9)));
    ComboSettlement backward = io.github.monetik.testing.TestRules.uncheckedGifts().settle(List.of(
        event(1, T + 5_000, "hal", "host", ROSE, true, 1, false, 9), event(2, T - 60_000, "hal", "host", ROSE, true, 2, true, 9)));
    assertThat(backward.settledCoins()).isEqualTo(forward.settledCoins()).isEqualTo(Coins.of(2));
    assertThat(backward.settled().get(0).timestamp()).isEqualTo(Instant.ofEpochMilli(T - 60_000));
  }

  @Test
  void forgettingOldSettledCombosBoundsMemoryAndKeepsTheTotals() {
    ComboSettler settler = ComboSettler.batch(GiftCatalog.empty(), false);
    settler.accept(combo(1, "ivy", ROSE, 3, true, 1));
    settler.accept(combo(2, "ivy", ROSE, 1, false, 2));
    settler.accept(event(500_000, T + 500_000, "ivy", "host", ROSE, true, 4, true, 3));
    assertThat(settler.forgetSettledBefore(Instant.ofEpochMilli(T + 100_000))).isEqualTo(1);
    assertThat(settler.settledCoins()).isEqualTo(7);
    assertThat(settler.openCombos()).isEqualTo(1);
    assertThat(settler.settlement(io.github.monetik.testing.TestRules.PROVENANCE).settled()).singleElement().satisfies(g -> assertThat(g.count()).isEqualTo(4));
    assertThat(settler.settlement(io.github.monetik.testing.TestRules.PROVENANCE).settled().get(0).toString())
        .isEqualTo("ivy -> host: gift 5655 x4 = 4 coins (combo 3) at " + Instant.ofEpochMilli(T + 500_000));
    // A late repeat of a remembered combo is still recognized.
    settler.accept(event(500_001, T + 500_001, "ivy", "host", ROSE, true, 4, true, 3));
    assertThat(settler.settledCoins()).isEqualTo(7);
  }

  private static ComboSettler fed(GiftEvent... events) {
    ComboSettler s = ComboSettler.batch(GiftCatalog.empty(), false);
    for (GiftEvent e : events) {
      s.accept(e);
    }
    return s;
  }

  @Test
  void aComboCutByAChunkBoundaryIsCountedOnceAtItsEnd() {
    ComboSettler left = fed(event(1, T, "ann", "host-a", DOUGHNUT, true, 1, false, 7),
        event(2, T + 9, "ann", "host-a", DOUGHNUT, true, 3, false, 7));
    ComboSettler right = fed(event(3, T + 5, "ann", "host-b", DOUGHNUT, true, 4, false, 7),
        event(4, T + 6, "ann", "host-b", DOUGHNUT, true, 5, true, 7));
    assertThat(right.settledCoins()).isEqualTo(150);
    assertThat(left.openCombos()).isEqualTo(1);
    ComboSettlement s = left.combine(right).settlement(io.github.monetik.testing.TestRules.PROVENANCE);
    assertThat(s.settled()).singleElement().satisfies(g -> {
      assertThat(g.count()).isEqualTo(5);
      assertThat(g.hostId()).as("the host of the combo's first message").isEqualTo("host-a");
      assertThat(g.timestamp()).as("the time of its end").isEqualTo(Instant.ofEpochMilli(T + 6));
    });
    assertThat(s.issues()).as("its start was seen, on the left").isEmpty();
    assertThat(s.open()).isEmpty();
    assertThat(left.settledCoins()).isEqualTo(150);
    assertThat(s).isEqualTo(io.github.monetik.testing.TestRules.uncheckedGifts().settle(List.of(event(1, T, "ann", "host-a", DOUGHNUT, true, 1, false, 7),
        event(2, T + 9, "ann", "host-a", DOUGHNUT, true, 3, false, 7),
        event(3, T + 5, "ann", "host-b", DOUGHNUT, true, 4, false, 7),
        event(4, T + 6, "ann", "host-b", DOUGHNUT, true, 5, true, 7))));
  }

  @Test
  void combiningMergesSettledCombosDuplicatesAndOpenOnesAsOnePassWould() {
    GiftEvent lion = event(10, T, "bob", "host", LION, false, 2, false, 0);
    ComboSettler left = fed(lion, event(11, T, "cy", "host", ROSE, true, 3, true, 1),
        event(12, T + 1, "dee", "host", ROSE, true, 2, true, 2), event(13, T + 2, "eve", "host", ROSE, true, 4, false, 3));
    ComboSettler right = fed(event(10, T + 50, "bob", "host", LION, false, 9, false, 0),
        event(21, T + 30, "cy", "host", ROSE, true, 6, false, 1),
        event(22, T + 40, "dee", "host", ROSE, true, 2, true, 2),
        event(23, T + 20, "eve", "host", ROSE, true, 2, false, 3),
        event(24, T + 60, "fay", "host", ROSE, true, 7, false, 4));
    left.combine(right);
    assertThat(left.messages()).isEqualTo(9);
    // Lion x2 once (the later copy of message 10 is a duplicate), cy raised to 6, dee 2 once; eve and fay open.
    assertThat(left.settledGifts()).isEqualTo(2 + 6 + 2);
    assertThat(left.settledCoins()).isEqualTo(2 * 29_999 + 6 + 2);
    assertThat(left.openCombos()).isEqualTo(2);
    assertThat(left.openCoins()).isEqualTo(4 + 7);
    ComboSettlement s = left.settlement(io.github.monetik.testing.TestRules.PROVENANCE);
    assertThat(s.settled()).filteredOn(g -> g.senderId().equals("dee")).singleElement()
        .satisfies(g -> assertThat(g.timestamp()).as("the latest end").isEqualTo(Instant.ofEpochMilli(T + 40)));
    assertThat(s.settled()).filteredOn(g -> g.senderId().equals("cy")).singleElement()
        .satisfies(g -> assertThat(g.timestamp()).as("a late repeat moves no end").isEqualTo(Instant.ofEpochMilli(T)));
    assertThat(s.open()).filteredOn(g -> g.senderId().equals("eve")).singleElement().satisfies(g -> {
      assertThat(g.count()).isEqualTo(4);
      assertThat(g.timestamp()).isEqualTo(Instant.ofEpochMilli(T + 20));
    });
  }

  @Test
  void combiningKeepsWhatTheLaterSettlerForgot() {
    ComboSettler left = fed(event(1, T, "ann", "host", ROSE, true, 2, true, 1));
    ComboSettler right = fed(event(2, T, "bob", "host", DOUGHNUT, true, 3, true, 2),
        event(3, T + 500_000, "cy", "host", LION, false, 1, false, 0));
    assertThat(right.forgetSettledBefore(Instant.ofEpochMilli(T + 1))).isEqualTo(1);
    left.combine(right);
    assertThat(left.settledCoins()).isEqualTo(2 + 90 + 29_999);
    assertThat(left.settledGifts()).isEqualTo(2 + 3 + 1);
    assertThat(left.settlement(io.github.monetik.testing.TestRules.PROVENANCE).settled()).extracting(CountedGift::senderId).containsExactly("ann", "cy");
  }

  @Test
  void combiningRejectsItselfAndAnotherCatalogByName() {
    ComboSettler plain = ComboSettler.batch(GiftCatalog.empty(), false);
    assertThatThrownBy(() -> plain.combine(plain)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("later must be another settler, was this one");
    GiftCatalog catalog = Monetik.defaults().gifts().giftCatalog();
    assertThatThrownBy(() -> plain.combine(ComboSettler.batch(catalog))).isInstanceOf(IllegalArgumentException.class, true)
        .hasMessage("later must check the same gift catalog (no catalog), was a catalog of " + catalog.ids().length + " gifts");
    assertThatThrownBy(() -> ComboSettler.batch(catalog).combine(ComboSettler.create(GiftCatalog.empty())), true)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("later must check the same gift catalog (a catalog of " + catalog.ids().length
            + " gifts), was a catalog of 0 gifts");
    assertThatThrownBy(() -> plain.combine(null)).isInstanceOf(NullPointerException.class).hasMessage("later");
    assertThatThrownBy(() -> io.github.monetik.testing.TestRules.gifts(null)).isInstanceOf(NullPointerException.class).toSettlement()
        .hasMessage("catalog");
    List<GiftEvent> withNull = java.util.Arrays.asList(combo(1, "ann", ROSE, 1, true, 1), null);
    assertThatThrownBy(() -> withNull.stream().collect(io.github.monetik.testing.TestRules.uncheckedGifts().toSettlement()))
        .isInstanceOf(NullPointerException.class).hasMessage("events element");
  }

  @Test
  void unknownGiftCountsAddUpAcrossCombinedSettlers() {
    GiftCatalog catalog = Monetik.defaults().gifts().giftCatalog();
    ComboSettler left = ComboSettler.batch(catalog, true).accept(event(1, T, "ann", "host", LION, false, 1, false, 0));
    ComboSettler right = ComboSettler.batch(catalog, true).accept(event(2, T, "ann", "host", LION, false, 1, false, 0))
        .accept(event(3, T, "ann", "host", ROSE, false, 1, false, 0));
    assertThat(left.combine(right).settlement(io.github.monetik.testing.TestRules.PROVENANCE).issues()).singleElement().satisfies(i -> {
      assertThat(i.giftId()).isEqualTo(LION[0]);
      assertThat(i.count()).isEqualTo(2);
    });
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
    ComboSettler settler = ComboSettler.batch(GiftCatalog.empty(), false);
    assertThatThrownBy(() -> settler.accept(1, T, "a", "h", 1, 1, true, -3, false, 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("repeatCount must be >= 1, was -3");
    assertThatThrownBy(() -> settler.accept(1, T, "a", "h", 1, -1, true, 1, false, 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("coinsPerGift must be >= 0, was -1");
    assertThatThrownBy(() -> settler.accept(1, T, "", "h", 1, 1, true, 1, false, 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("senderId must not be blank, was ''");
    assertThatThrownBy(() -> settler.accept(1, T, "a", " ", 1, 1, true, 1, false, 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("hostId must not be blank, was ' '");
    assertThatThrownBy(() -> settler.accept(null)).isInstanceOf(NullPointerException.class).hasMessage("event");
    assertThatThrownBy(() -> io.github.monetik.testing.TestRules.uncheckedGifts().settle(java.util.Arrays.asList(combo(1, "a", ROSE, 1, true, 1), null)))
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
