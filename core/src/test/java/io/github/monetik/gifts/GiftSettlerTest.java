package io.github.monetik.gifts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.monetik.Monetik;
import io.github.monetik.money.Coins;
import io.github.monetik.money.Money;
import io.github.monetik.rules.Rules;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The batch fast path by example: a {@link GiftSettler} fed reused {@link GiftMessage}s settles as
 * one fed {@link GiftEvent}s, as {@code gifts.settle} and as {@code gifts.toSnapshot()}; its halves
 * combine to the whole. A Rose (5655) costs 1 coin.
 */
class GiftSettlerTest {
  private static final Gifts GIFTS = Monetik.defaults().gifts();
  private static final long T0 = Instant.parse("2025-03-01T20:00:00Z").toEpochMilli();

  /** Rose combo 7 (x1, x3, x5 end), open Rose combo 8 (x2, x4), and a message of 2 Roses sent at once. */
  private static List<GiftEvent> live() {
    List<GiftEvent> out = new ArrayList<>();
    out.add(rose(1, 0, "ana", 1, false, 7, true));
    out.add(rose(2, 1_000, "ana", 3, false, 7, true));
    out.add(rose(3, 2_000, "ben", 2, false, 8, true));
    out.add(rose(4, 3_000, "ana", 5, true, 7, true));
    out.add(rose(5, 4_000, "ben", 4, false, 8, true));
    out.add(rose(6, 5_000, "cem", 2, false, 0, false));
    return out;
  }

  private static GiftEvent rose(long id, long at, String sender, int count, boolean end, long group, boolean combo) {
    return GiftEvent.builder().messageId(id).timestamp(Instant.ofEpochMilli(T0 + at)).senderId(sender)
        .senderName("Name " + sender).hostId("host").giftId(5655).giftName("Rose").coinsPerGift(1).repeatable(combo)
        .repeatCount(count).repeatEnd(end).groupId(group).build();
  }

  /**
   * A snapshot adds the settler's records straight into its breakdowns: each gift under its own sender
   * (two single gifts of different senders, two combos), and an ended combo in the minute of its end,
   * though a copy came a minute later.
   */
  @Test
  void aSnapshotsBreakdownsAreTheEarningsOfItsSettlement() {
    List<GiftEvent> events = List.of(rose(1, 0, "ana", 2, false, 0, false), rose(2, 0, "ben", 1, false, 9, true),
        rose(3, 30_000, "cem", 3, false, 0, false), rose(4, 61_000, "ben", 4, true, 9, true),
        rose(5, 10_000, "dan", 2, true, 5, true), rose(6, 125_000, "ben", 4, false, 9, true));
    GiftSettler settler = GIFTS.settler();
    events.forEach(settler::accept);
    LiveEarnings expected = GIFTS.earnings(settler.settlement());
    LiveEarnings snapshot = settler.snapshot().earnings();
    assertThat(snapshot).isEqualTo(expected);
    assertThat(snapshot.topSenders(10)).isEqualTo(expected.topSenders(10)).hasSize(4);
    assertThat(snapshot.topSenders(10).get(0).label()).isEqualTo("ben");
    assertThat(snapshot.byMinute()).isEqualTo(expected.byMinute())
        .containsOnlyKeys(Instant.ofEpochMilli(T0), Instant.ofEpochMilli(T0 + 60_000));
  }

  private static GiftMessage fill(GiftMessage m, GiftEvent e) {
    return m.messageId(e.messageId()).epochMilli(e.timestamp().toEpochMilli()).senderId(e.senderId())
        .senderName(e.senderName().orElse(null)).hostId(e.hostId()).giftId(e.giftId()).giftName(e.giftName().orElse(null))
        .coinsPerGift(e.coinsPerGift()).repeatable(e.repeatable()).repeatCount(e.repeatCount())
        .repeatEnd(e.repeatEnd()).groupId(e.groupId());
  }

  @Test
  void oneReusedMessageSettlesAsTheEventsDo() {
    GiftSettler byEvents = GIFTS.settler();
    GiftSettler byMessage = GIFTS.settler();
    GiftMessage m = new GiftMessage();
    for (GiftEvent e : live()) {
      byEvents.accept(e);
      byMessage.accept(fill(m, e));
    }
    assertThat(byMessage.messages()).isEqualTo(6);
    assertThat(byMessage.naiveCoins()).isEqualTo(Coins.of(17));   // 1 + 3 + 2 + 5 + 4 + 2
    assertThat(byMessage.settledCoins()).isEqualTo(Coins.of(7));  // combo 7 once at 5, and the 2 sent at once
    assertThat(byMessage.openCoins()).isEqualTo(Coins.of(4));     // combo 8, never ended
    assertThat(byMessage.settlement()).isEqualTo(byEvents.settlement()).isEqualTo(GIFTS.settle(live()));
    assertThat(byMessage.snapshot()).isEqualTo(byEvents.snapshot()).isEqualTo(live().stream().collect(GIFTS.toSnapshot()));
    assertThat(byMessage.snapshot().earnings()).isEqualTo(GIFTS.earnings(GIFTS.settle(live())));
    assertThat(byMessage.snapshot().earnings().creatorCash()).isEqualTo(Money.of("0.035", "USD"));
    assertThat(byMessage.snapshot().open()).singleElement().satisfies(c -> {
      assertThat(c.groupId()).isEqualTo(8);
      assertThat(c.count()).isEqualTo(4);
      assertThat(c.senderName()).contains("Name ben");
    });
    assertThat(byMessage).hasToString("GiftSettler[6 messages, 7 coins settled]");
  }

  @Test
  void halvesCombineToTheWholeAtEveryCut() {
    List<GiftEvent> all = live();
    ComboSettlement whole = GIFTS.settle(all);
    for (int cut = 0; cut <= all.size(); cut++) {
      GiftSettler left = GIFTS.settler();
      GiftSettler right = GIFTS.settler();
      all.subList(0, cut).forEach(left::accept);
      all.subList(cut, all.size()).forEach(right::accept);
      assertThat(left.combine(right).settlement()).as("cut at %d", cut).isEqualTo(whole);
    }
  }

  @Test
  void combineRefusesItselfAndAnotherCatalog() {
    GiftSettler s = GIFTS.settler();
    assertThatThrownBy(() -> s.combine(s)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("later must be another settler, was 'this one'");
    GiftSettler other = Monetik.of(Rules.latest().withGiftCatalog(GiftCatalog.empty())).gifts().settler();
    assertThatThrownBy(() -> s.combine(other)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("later must be a settler of the same gift catalog");
    assertThatThrownBy(() -> s.combine(null)).isInstanceOf(NullPointerException.class).hasMessage("later");
    assertThatThrownBy(() -> s.accept((GiftMessage) null)).isInstanceOf(NullPointerException.class).hasMessage("message");
    assertThatThrownBy(() -> s.accept((GiftEvent) null)).isInstanceOf(NullPointerException.class).hasMessage("event");
  }

  @Test
  void aMessageIsCheckedAsAnEventIsAndABadOneChangesNothing() {
    GiftSettler s = GIFTS.settler();
    GiftMessage m = new GiftMessage();
    assertThatThrownBy(() -> s.accept(m)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("timestamp must be in [2000-01-01T00:00:00Z, 2100-01-01T00:00:00Z), was 'unset'");
    fill(m, live().get(0));
    assertThatThrownBy(() -> s.accept(m.epochMilli(GiftEvent.LATEST.toEpochMilli())))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("was 2100-01-01T00:00:00Z");
    m.epochMilli(T0);
    assertThatThrownBy(() -> s.accept(m.senderId(" "))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("senderId must not be blank");
    m.senderId("ana");
    byte[] before = s.toBytes();
    assertThatThrownBy(() -> s.accept(m.hostId(""))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("hostId must not be blank");
    // The new sender was not kept either: a refused message leaves no trace, not even in the form.
    assertThat(s.toBytes()).isEqualTo(before);

    m.hostId("host");
    assertThatThrownBy(() -> s.accept(m.repeatCount(0))).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("repeatCount must be >= 1, was 0");
    m.repeatCount(1);
    assertThatThrownBy(() -> s.accept(m.coinsPerGift(-1))).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("coinsPerGift must be >= 0, was -1");
    m.coinsPerGift(1);
    assertThatThrownBy(() -> s.accept(m.groupId(-7))).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("groupId must be >= 0, was -7");
    assertThat(s.messages()).as("no bad message counted").isZero();
    assertThat(s.accept(m.groupId(0)).messages()).isEqualTo(1);
  }

  /** Ids are checked the first time a settler sees them; a blank one is never known, so always refused. */
  @Test
  void aBlankIdIsRefusedBesideKnownOnesAndANewOneIsKeptOnlyWithItsMessage() {
    GiftSettler s = GIFTS.settler();
    GiftMessage m = fill(new GiftMessage(), live().get(0));
    s.accept(m);
    assertThatThrownBy(() -> s.accept(m.senderId("\t"))).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("senderId must not be blank, was '\t'");
    m.senderId("ana");
    assertThatThrownBy(() -> s.accept(m.hostId(" "))).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("hostId must not be blank, was ' '");
    byte[] before = s.toBytes();
    assertThatThrownBy(() -> s.accept(m.senderId("new").hostId(""))).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("hostId must not be blank, was ''");
    assertThatThrownBy(() -> s.accept(m.senderId("").hostId("new host"))).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("senderId must not be blank, was ''");
    assertThat(s.toBytes()).isEqualTo(before);
    assertThat(s.messages()).isEqualTo(1);
    s.accept(m.senderId("new").hostId("new host"));
    assertThat(s.messages()).isEqualTo(2);
    assertThat(s.snapshot()).isEqualTo(Stream.of(live().get(0), GiftEvent.builder().from(live().get(0)).senderId("new")
        .hostId("new host").build()).collect(GIFTS.toSnapshot()));
  }

  @Test
  void aMessageBecomesTheEventItDescribesWithOrWithoutNames() {
    GiftEvent e = live().get(3);
    GiftMessage m = fill(new GiftMessage(), e);
    assertThat(m.toEvent()).isEqualTo(e);
    GiftEvent unnamed = m.clearNames().toEvent();
    assertThat(unnamed.senderName()).isEmpty();
    assertThat(unnamed.giftName()).isEmpty();
    assertThat(unnamed).isEqualTo(GiftEvent.builder().from(e).senderName(java.util.Optional.empty())
        .giftName(java.util.Optional.empty()).build());
    assertThat(m).hasToString("GiftMessage[4 " + (T0 + 3_000) + " ana -> host gift 5655 x5 @1 combo end group 7]");
    assertThat(fill(new GiftMessage(), live().get(5))).hasToString("GiftMessage[6 " + (T0 + 5_000) + " cem -> host gift 5655 x2 @1]");
    assertThat(fill(new GiftMessage(), live().get(0)))
        .hasToString("GiftMessage[1 " + T0 + " ana -> host gift 5655 x1 @1 combo group 7]");
    assertThatThrownBy(() -> new GiftMessage().epochMilli(T0).toEvent()).isInstanceOf(NullPointerException.class)
        .hasMessage("senderId");
  }
}
