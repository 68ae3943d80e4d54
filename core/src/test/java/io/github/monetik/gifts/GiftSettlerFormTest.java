package io.github.monetik.gifts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.monetik.Monetik;
import io.github.monetik.internal.Form;
import io.github.monetik.money.Coins;
import io.github.monetik.money.Money;
import io.github.monetik.rules.Rules;
import io.github.monetik.testing.GiftGenerators;
import io.github.monetik.testing.TestRules;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The byte form of a {@link GiftSettler} (issue 16) by example: recorded captures and an empty
 * settler go there and back unchanged, and every kind of broken or crafted form is refused with a
 * message naming {@code form}, the field and the byte offset.
 */
class GiftSettlerFormTest {
  private static final Gifts GIFTS = Monetik.defaults().gifts();
  private static final Gifts UNCHECKED = TestRules.uncheckedGifts();
  private static final long T = Instant.parse("2025-03-01T20:00:00Z").toEpochMilli();
  private static final String FILES = "WebcastLog2.csv,ab.csv,dupa.csv,giftsCollector.csv,link.csv,log.csv,web.csv";
  private static final Object NULL = new Object();

  /** Settlers behave the same: every total, the snapshot and the settlement (their text too, so their order). */
  static void assertSameBehaviour(GiftSettler actual, GiftSettler expected) {
    assertThat(actual.messages()).isEqualTo(expected.messages());
    assertThat(actual.naiveCoins()).isEqualTo(expected.naiveCoins());
    assertThat(actual.settledCoins()).isEqualTo(expected.settledCoins());
    assertThat(actual.openCoins()).isEqualTo(expected.openCoins());
    assertThat(actual.snapshot()).isEqualTo(expected.snapshot());
    assertThat(actual.snapshot()).hasToString(expected.snapshot().toString());
    assertThat(actual.settlement()).isEqualTo(expected.settlement());
    assertThat(actual.settlement()).hasToString(expected.settlement().toString());
  }

  /** {@return a settler of the door fed the events in order} */
  static GiftSettler fed(Gifts gifts, List<GiftEvent> events) {
    GiftSettler s = gifts.settler();
    events.forEach(s::accept);
    return s;
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"WebcastLog2.csv", "ab.csv", "dupa.csv", "giftsCollector.csv", "link.csv", "log.csv", "web.csv"})
  void aSettlerOfARecordedCaptureGoesThereAndBackUnchanged(String file) throws IOException {
    List<GiftEvent> events = LiveGiftsReplayTest.read(file);
    GiftSettler original = fed(GIFTS, events);
    byte[] form = original.toBytes();
    GiftSettler restored = GIFTS.settler(form);
    assertSameBehaviour(restored, original);
    assertThat(restored.settlement()).isEqualTo(GIFTS.settle(events));
    assertThat(restored.toBytes()).isEqualTo(form).isEqualTo(original.toBytes());
    // Compact: less than half the capture's CSV text.
    try (java.io.InputStream csv = getClass().getResourceAsStream("/live-gifts/" + file)) {
      assertThat(form.length).isLessThan(csv.readAllBytes().length / 2);
    }
    // Then both go on alike: more messages (another capture), and combines on either side.
    List<GiftEvent> more = LiveGiftsReplayTest.read(file.equals("log.csv") ? "link.csv" : "log.csv");
    more.forEach(original::accept);
    more.forEach(restored::accept);
    assertSameBehaviour(restored, original);
    assertThat(restored.toBytes()).isEqualTo(original.toBytes());
    GiftSettler before = fed(GIFTS, LiveGiftsReplayTest.read("dupa.csv"));
    GiftSettler beforeToo = fed(GIFTS, LiveGiftsReplayTest.read("dupa.csv"));
    assertSameBehaviour(beforeToo.combine(restored), before.combine(original));
    List<GiftEvent> all = new ArrayList<>(LiveGiftsReplayTest.read("dupa.csv"));
    all.addAll(events);
    all.addAll(more);
    assertThat(beforeToo.settlement()).isEqualTo(GIFTS.settle(all));
  }

  /** The states whose version-1 forms are kept in {@code forms/gift-settler-v1.txt}, by name. */
  static java.util.Map<String, List<GiftEvent>> keptStates() throws IOException {
    java.util.Map<String, List<GiftEvent>> states = new java.util.LinkedHashMap<>();
    for (String file : FILES.split(",")) {
      states.put(file, LiveGiftsReplayTest.read(file));
    }
    // Larger and stranger states: tables that grew and wrapped round, copies, conflicts, no group ids.
    states.put("scenario(1, 400)", GiftGenerators.scenario(1, 400).events);
    states.put("hostileStream(2, 400, true, true)", GiftGenerators.hostileStream(2, 400, true, true));
    states.put("groupLessScenario(3, 80)", GiftGenerators.groupLessScenario(3, 80).events);
    // Names at every UTF-8 width and its edges (1 to 4 bytes, an unpaired surrogate), for senders and gifts.
    String[] names = {"\u007f", "\u0080\u07ff", "\u0800", "\uffff", "\ud83c\udf39 Rose", "a\ud800", "Zo\u00eb \u4e2d"};
    List<GiftEvent> named = new ArrayList<>();
    for (GiftEvent e : GiftGenerators.scenario(4, 30).events) {
      int i = named.size();
      named.add(GiftEvent.builder().from(e).senderName(names[i % names.length] + i)
          .giftName(names[(i + 3) % names.length]).build());
    }
    states.put("scenario(4, 30), names of every UTF-8 width", named);
    return states;
  }

  /**
   * Forms written by an earlier build of this version are read by this one and written back byte for
   * byte: a settler kept in a Flink savepoint or a Spark checkpoint survives an upgrade, and a change to
   * the layout (a hash, a field, the order records are listed in) cannot pass unnoticed; it must raise
   * {@link SettlerForm#VERSION}. After such a change (or a new preset, which changes the digest), write
   * the file again with {@code -Dmonetik.forms.write=core/src/test/resources/forms} and say so in the
   * CHANGELOG.
   */
  @Test
  void aFormKeptFromAnEarlierBuildIsReadAndWrittenAgainByteForByte() throws IOException {
    java.util.Map<String, List<GiftEvent>> states = keptStates();
    String write = System.getProperty("monetik.forms.write");
    if (write != null) {
      StringBuilder out = new StringBuilder("# GiftSettler forms, version " + SettlerForm.VERSION
          + ", under Monetik.defaults().gifts(): name, tab, base64\n");
      states.forEach((name, events) -> out.append(name).append('\t')
          .append(java.util.Base64.getEncoder().encodeToString(fed(GIFTS, events).toBytes())).append('\n'));
      java.nio.file.Files.writeString(java.nio.file.Path.of(write, "gift-settler-v1.txt"), out);
    }
    java.util.Map<String, byte[]> kept = new java.util.LinkedHashMap<>();
    try (java.io.InputStream in = write != null ? java.nio.file.Files.newInputStream(java.nio.file.Path.of(write,
        "gift-settler-v1.txt")) : getClass().getResourceAsStream("/forms/gift-settler-v1.txt")) {
      assertThat(in).as("forms/gift-settler-v1.txt").isNotNull();
      for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
        if (!line.startsWith("#")) {
          String[] f = line.split("\t");
          kept.put(f[0], java.util.Base64.getDecoder().decode(f[1]));
        }
      }
    }
    assertThat(kept.keySet()).containsExactlyElementsOf(states.keySet());
    states.forEach((name, events) -> {
      GiftSettler now = fed(GIFTS, events);
      GiftSettler restored = GIFTS.settler(kept.get(name));
      assertSameBehaviour(restored, now);
      assertThat(restored.toBytes()).as(name).isEqualTo(kept.get(name));
      assertThat(now.toBytes()).as(name + ", written by this build").isEqualTo(kept.get(name));
    });
  }

  @Test
  void theRulesDigestIsTheSameWhateverOrderTheCatalogListsItsGifts() {
    List<Gift> gifts = new ArrayList<>(GIFTS.giftCatalog().gifts());
    List<Gift> reversed = new ArrayList<>(gifts);
    java.util.Collections.reverse(reversed);
    DiamondPolicy policy = GIFTS.diamondPolicy();
    long digest = SettlerForm.digest(GiftCatalog.of(gifts), policy);
    assertThat(SettlerForm.digest(GiftCatalog.of(reversed), policy)).isEqualTo(digest);
    assertThat(SettlerForm.digest(GiftCatalog.of(gifts.subList(1, gifts.size())), policy)).isNotEqualTo(digest);
    assertThat(SettlerForm.digest(GiftCatalog.empty(), policy)).isNotEqualTo(digest);
  }

  @Test
  void everyCaptureAtOnceRoundTripsAndCombinesAfterItsRestore() throws IOException {
    GiftSettler whole = GIFTS.settler();
    GiftSettler shipped = GIFTS.settler();
    for (String file : FILES.split(",")) {
      List<GiftEvent> events = LiveGiftsReplayTest.read(file);
      events.forEach(whole::accept);
      // Each file settled apart, shipped as bytes, merged on arrival.
      shipped.combine(GIFTS.settler(fed(GIFTS, events).toBytes()));
    }
    assertSameBehaviour(shipped, whole);
    assertSameBehaviour(GIFTS.settler(shipped.toBytes()), whole);
  }

  @Test
  void anEmptySettlerGoesThereAndBackAndIsTheIdentityOfCombine() throws IOException {
    GiftSettler empty = GIFTS.settler();
    byte[] form = empty.toBytes();
    // The header (magic, kind, version, digest: 14 bytes), then 0 messages, 0 coins, nextSeq 1, no
    // senders, hosts, gifts, singles or settled combos, no open combo in a table of 2^4 slots.
    assertThat(form).hasSize(14 + 10);
    assertThat(Arrays.copyOfRange(form, 0, 6)).containsExactly('M', 'N', 'T', 'K', 'G', 1);
    assertThat(Arrays.copyOfRange(form, 14, form.length)).containsExactly(0, 0, 2, 0, 0, 0, 0, 0, 0, 8);
    GiftSettler restored = GIFTS.settler(form);
    assertSameBehaviour(restored, empty);
    assertThat(restored.snapshot().streamTime()).isEmpty();
    assertThat(restored.toBytes()).isEqualTo(form);
    List<GiftEvent> events = LiveGiftsReplayTest.read("ab.csv");
    assertSameBehaviour(restored.combine(fed(GIFTS, events)), fed(GIFTS, events));
    assertSameBehaviour(fed(GIFTS, events).combine(GIFTS.settler(form)), fed(GIFTS, events));
  }

  @Test
  void withoutGroupIdsTheMergeOrderMatters() {
    // ana's Roses without group id: x1, x2 in one partial, x3, x4 in the next. In stream order the
    // second partial's x3 continues the combo (one combo of 4); the other way round, x1 comes after x4
    // and starts a second combo.
    long[] rose = {5655, 1};
    List<GiftEvent> a = List.of(GiftGenerators.event(1, T, "ana", "host", rose, true, 1, false, 0),
        GiftGenerators.event(2, T + 1, "ana", "host", rose, true, 2, false, 0));
    List<GiftEvent> b = List.of(GiftGenerators.event(3, T + 2, "ana", "host", rose, true, 3, false, 0),
        GiftGenerators.event(4, T + 3, "ana", "host", rose, true, 4, false, 0));
    GiftSettler inOrder = fed(GIFTS, a).combine(fed(GIFTS, b));
    GiftSettler reversed = fed(GIFTS, b).combine(fed(GIFTS, a));
    assertThat(inOrder.snapshot().open()).extracting(CountedGift::count).containsExactly(4L);
    assertThat(reversed.snapshot().open()).extracting(CountedGift::count).containsExactlyInAnyOrder(4L, 2L);
    assertThat(inOrder.openCoins()).isEqualTo(Coins.of(4));
    assertThat(reversed.openCoins()).isEqualTo(Coins.of(6));
    // With group ids, the same messages give one combo in either order.
    List<GiftEvent> ga = a.stream().map(e -> GiftEvent.builder().from(e).groupId(9).build()).toList();
    List<GiftEvent> gb = b.stream().map(e -> GiftEvent.builder().from(e).groupId(9).build()).toList();
    assertSameBehaviour(fed(GIFTS, gb).combine(fed(GIFTS, ga)), fed(GIFTS, ga).combine(fed(GIFTS, gb)));
  }

  // ----- refusals

  @Test
  void aFormIsRefusedWhenNullOrNotAGiftSettlersOfThisVersion() {
    byte[] form = fed(GIFTS, base()).toBytes();
    assertThatThrownBy(() -> GIFTS.settler(null)).isInstanceOf(NullPointerException.class).hasMessage("form");
    assertRefused(GIFTS, new byte[] {'M', 'N', 'T'},
        "form must be a Monetik gift settler form (starting 'MNTK'), was 3 bytes that do not start so");
    byte[] magic = form.clone();
    magic[0] = 'X';
    assertRefused(GIFTS, magic, "form must be a Monetik gift settler form (starting 'MNTK'), was " + form.length
        + " bytes that do not start so");
    byte[] kind = form.clone();
    kind[4] = 'B';
    assertRefused(GIFTS, kind, "form must be the gift settler form (kind 'G'), was kind 'B'");
    byte[] newer = form.clone();
    newer[5] = 2;
    assertRefused(GIFTS, newer, "form must be version 1 of the gift settler form, was version 2");
    byte[] older = form.clone();
    older[5] = 0;
    assertRefused(GIFTS, older, "form must be version 1 of the gift settler form, was version 0");
  }

  @Test
  void aFormIsRefusedUnderADoorWithOtherRules() {
    byte[] form = fed(GIFTS, base()).toBytes();
    String other = "form must be restored under the rules it was written under (digest "
        + Long.toHexString(SettlerForm.digest(GIFTS.giftCatalog(), GIFTS.diamondPolicy()))
        + "), was restored under others (digest ";
    // Another catalog: empty, one price changed, one name changed, one combo flag changed.
    assertRefused(UNCHECKED, form, other + Long.toHexString(SettlerForm.digest(GiftCatalog.empty(),
        GIFTS.diamondPolicy())) + ")");
    Gift rose = GIFTS.giftCatalog().byId(5655).orElseThrow();
    for (Gift changed : List.of(rose.withPrice(Coins.of(2)), rose.withName("Rosa"), rose.withRepeatable(false))) {
      Gifts door = TestRules.gifts(GIFTS.giftCatalog().plus(changed));
      assertThatThrownBy(() -> door.settler(form)).as("%s", changed).isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith(other);
    }
    // Another diamond policy.
    Gifts richer = Monetik.of(Rules.latest().withDiamondPolicy(GIFTS.diamondPolicy().withCoinValue(
        Money.of("0.02", "USD")))).gifts();
    assertThatThrownBy(() -> richer.settler(form)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(other);
    // An equal policy written with other trailing zeros, and another provenance or source: the same rules.
    Gifts same = Gifts.of(GIFTS.diamondPolicy().withCoinValue(Money.of("0.0100", "USD")),
        GiftCatalog.of("my copy", GIFTS.giftCatalog().gifts()), GIFTS.withdrawalPolicy(), TestRules.asOf(
            java.time.LocalDate.of(2021, 1, 1)));
    assertThat(same.settler(form).settledCoins()).isEqualTo(fed(GIFTS, base()).settledCoins());
  }

  /** A single Rose (message 7) and an open Rose combo (group 9) seen from x2 to x3, all from ana. */
  private static List<GiftEvent> base() {
    long[] rose = {5655, 1};
    return List.of(GiftGenerators.event(7, T, "ana", "host", rose, false, 1, false, 0),
        GiftGenerators.event(8, T + 1_000, "ana", "host", rose, true, 2, false, 9),
        GiftGenerators.event(9, T + 2_000, "ana", "host", rose, true, 3, false, 9));
  }

  /** The form of {@link #base()} under the unchecked door, field by field (so a test can break one). */
  private static List<Object> baseFields() {
    return new ArrayList<>(List.of(
        3L, 6L, T + 2_000, 1L,                       // messages, naive coins, stream time, next sequence number
        1L, "ana", NULL,                             // senders: ana, no name
        1L, "host",                                  // hosts
        1L, 5655L, NULL, 0L, 0L, 0L,                 // gifts: Rose, no name, no unknown/mismatch/missing group
        1L, 0L, 0L, 7L, 1L, 1L, 2_000L, 0L, 1L, 1L,  // singles: ana's Rose, message 7, x1 at 1 coin, 2 s back, host
        0L,                                          // settled combos
        1L, 4L,                                      // open combos, in 2^4 slots
        0L, 0L, 0L, 9L, 3L, 2L, 1L, 0L, 0L, 9L));    // ana, Rose, flags, group 9, x3..x2, 1 coin, now, host, message 9
  }

  private static final int SENDERS = 4;
  private static final int GIFTS_AT = 9;
  private static final int SINGLE = 16;
  private static final int OPEN = 26;
  private static final int COMBO = 28;

  private static byte[] form(Gifts door, List<Object> fields) {
    Form.Writer w = Form.write('G', 1, SettlerForm.digest(door.giftCatalog(), door.diamondPolicy()));
    for (Object f : fields) {
      if (f == NULL) {
        w.putString(null);
      } else if (f instanceof String s) {
        w.putString(s);
      } else {
        w.putLong((Long) f);
      }
    }
    return w.toBytes();
  }

  private static List<Object> changed(int at, Object value) {
    List<Object> f = baseFields();
    f.set(at, value);
    return f;
  }

  private static byte[] with(int at, Object value) {
    return form(UNCHECKED, changed(at, value));
  }

  /** {@return the byte offset just after field {@code i}: where a reader that refuses it stands} */
  private static int after(List<Object> fields, int i) {
    return form(UNCHECKED, fields.subList(0, i + 1)).length;
  }

  private static int after(int i) {
    return after(baseFields(), i);
  }

  /** {@return the message of a refusal of field {@code field} read up to byte {@code at}} */
  private static String refusal(String field, int at, String rest) {
    return "form (gift settler) field " + field + " at byte " + at + " must be " + rest;
  }

  private static void assertRefused(Gifts door, byte[] form, String message) {
    assertThatThrownBy(() -> door.settler(form)).isInstanceOf(IllegalArgumentException.class).hasMessage(message);
  }

  private static void assertRefused(byte[] form, String message) {
    assertRefused(UNCHECKED, form, message);
  }

  /** The base form with field {@code at} set to {@code value} is refused for that field, standing just after it. */
  private static void assertFieldRefused(int at, Object value, String field, String rest) {
    assertRefused(with(at, value), refusal(field, after(changed(at, value), at), rest));
  }

  @Test
  void theFormIsLaidOutAsDocumented() {
    byte[] form = form(UNCHECKED, baseFields());
    assertThat(fed(UNCHECKED, base()).toBytes()).isEqualTo(form);
    assertSameBehaviour(UNCHECKED.settler(form), fed(UNCHECKED, base()));
    assertThat(UNCHECKED.settler(form).settledCoins()).isEqualTo(Coins.of(1));
    assertThat(UNCHECKED.settler(form).openCoins()).isEqualTo(Coins.of(3));
    // 14 header bytes; the stream time takes 6, each message id 1 here, a name its UTF-8 bytes and 1.
    assertThat(form).hasSize(14 + 3 + 6 + 1 + 1 + 4 + 1 + 1 + 5 + 1 + 1 + 3 + 10 + 2 + 1 + 1 + 1 + 10);
  }

  @Test
  void aTruncatedFormOrOneWithBytesAfterItsEndIsRefused() {
    byte[] form = form(UNCHECKED, baseFields());
    assertRefused(Arrays.copyOf(form, form.length - 1),
        refusal("open[0].messageId", form.length - 1, "present, was 'the form's end (truncated)'"));
    assertRefused(Arrays.copyOf(form, form.length + 1), refusal("(end)", form.length, "the form's end, was '1 more bytes'"));
    assertRefused(Arrays.copyOf(form, 14), refusal("messages", 14, "present, was 'the form's end (truncated)'"));
    assertRefused(Arrays.copyOf(form, 13),
        "form must be a Monetik gift settler form (starting 'MNTK'), was 13 bytes that do not start so");
  }

  @Test
  void aValueOutOfItsRangeIsRefused() {
    long span = T + 2_000 - GiftEvent.EARLIEST.toEpochMilli();
    assertFieldRefused(0, -1L, "messages", "in [0, " + (1L << 62) + "], was -1");
    // At most 2^62 messages: room for as many more before a count could wrap.
    assertRefused(with(0, (1L << 62) + 1), refusal("messages", after(changed(0, (1L << 62) + 1), 0), "in [0, "
        + (1L << 62) + "], was " + ((1L << 62) + 1)));
    assertFieldRefused(1, -6L, "naiveCoins", "in [0, " + Long.MAX_VALUE + "], was -6");
    List<Object> late = baseFields();
    late.set(2, GiftEvent.LATEST.toEpochMilli());
    assertRefused(form(UNCHECKED, late), refusal("watermark", after(late, 2),
        "in [946684800000, 4102444799999], was 4102444800000"));
    assertFieldRefused(3, 5L, "nextSeq", "in [1, 4], was 5");
    assertFieldRefused(3, 0L, "nextSeq", "in [1, 4], was 0");
    int left = form(UNCHECKED, baseFields()).length - after(SENDERS);
    assertFieldRefused(SENDERS, 50L, "senders", "a count in [0, " + left / 3
        + "] (what the bytes left can hold), was 50");
    assertFieldRefused(SENDERS, -1L, "senders", "a count in [0, " + left / 3
        + "] (what the bytes left can hold), was -1");
    assertFieldRefused(SINGLE, 1L, "singles[0].sender", "in [0, 0], was 1");
    assertFieldRefused(SINGLE + 1, 1L, "singles[0].gift", "in [0, 0], was 1");
    assertFieldRefused(SINGLE + 3, 0L, "singles[0].count", "in [1, " + Integer.MAX_VALUE
        + "], was 0");
    assertFieldRefused(SINGLE + 4, -1L, "singles[0].price", "in [0, " + Long.MAX_VALUE
        + "], was -1");
    assertFieldRefused(SINGLE + 5, -1L, "singles[0].time", "in [0, " + span + "], was -1");
    assertFieldRefused(SINGLE + 6, 1L, "singles[0].host", "in [0, 0], was 1");
    assertFieldRefused(SINGLE + 7, 4L, "singles[0].copies", "in [1, 3], was 4");
    assertFieldRefused(SINGLE + 8, 2L, "singles[0].same", "in [1, 1], was 2");
    assertFieldRefused(OPEN + 1, 5L, "open capacity", "in [4, 4], was 5");
    assertFieldRefused(COMBO, -1L, "open[0].sender", "in [0, 0], was -1");
    assertFieldRefused(COMBO + 1, 1L, "open[0].gift", "in [0, 0], was 1");
    assertFieldRefused(COMBO + 2, 4L, "open[0].flags", "in [0, 3], was 4");
    assertFieldRefused(COMBO + 4, 0L, "open[0].max", "in [1, " + Integer.MAX_VALUE
        + "], was 0");
    assertFieldRefused(COMBO + 5, 4L, "open[0].min", "in [1, 3], was 4");
    assertFieldRefused(COMBO + 6, -1L, "open[0].price", "in [0, " + Long.MAX_VALUE
        + "], was -1");
    assertFieldRefused(COMBO + 7, span + 1, "open[0].last", "in [0, " + span + "], was "
        + (span + 1));
    assertFieldRefused(COMBO + 8, -1L, "open[0].host", "in [0, 0], was -1");
    // Gift names: none for a gift the catalog names; no unknown gift where the catalog checks nothing.
    List<Object> named = baseFields();
    named.set(GIFTS_AT + 2, "Rose");
    assertThat(UNCHECKED.settler(form(UNCHECKED, named)).settlement().settled().get(0).giftName()).contains("Rose");
    assertRefused(GIFTS, form(GIFTS, named), refusal("gifts[0].name", after(named, GIFTS_AT + 2),
        "absent (the catalog names gift 5655), was 'Rose'"));
    assertFieldRefused(GIFTS_AT + 3, 1L, "gifts[0].unknown", "in [0, 0], was 1");
    assertFieldRefused(GIFTS_AT + 4, 1L, "gifts[0].mismatch", "in [0, 0], was 1");
    assertFieldRefused(GIFTS_AT + 5, 4L, "gifts[0].missingGroup", "in [0, 3], was 4");
  }

  @Test
  void aSettledComboEndsNoLaterThanItsLastMessage() {
    // ana's combo ended: moved from the open list to the settled one, with its end's time and message.
    List<Object> f = baseFields();
    List<Object> combo = new ArrayList<>(f.subList(COMBO, f.size()));
    f.subList(OPEN - 1, f.size()).clear();
    f.add(1L);                          // one settled combo
    f.addAll(combo);
    f.addAll(List.of(0L, 9L, 0L, 4L)); // ended now, by message 9; no open combo, 2^4 slots
    GiftSettler ended = UNCHECKED.settler(form(UNCHECKED, f));
    assertThat(ended.settledCoins()).isEqualTo(Coins.of(4));
    assertThat(ended.openCoins()).isEqualTo(Coins.of(0));
    assertThat(ended.settlement().issues()).extracting(SettlementIssue::kind)
        .containsExactly(SettlementIssue.Kind.END_WITHOUT_START);
    List<GiftEvent> events = new ArrayList<>(base());
    events.set(2, GiftEvent.builder().from(events.get(2)).repeatEnd(true).build());
    assertThat(ended.toBytes()).isEqualTo(fed(UNCHECKED, events).toBytes());
    int endAt = OPEN + 10;
    f.set(endAt, -1L);
    assertRefused(form(UNCHECKED, f), refusal("settled[0].endAt", after(f, endAt), "in [0, "
        + (T + 2_000 - GiftEvent.EARLIEST.toEpochMilli()) + "], was -1"));
  }

  @Test
  void aFlagThatSaysWithoutGroupIdNeedsASequenceNumber() {
    // A combo without group id has group minus its sequence number, below the next one (here 1: none).
    assertRefused(with(COMBO + 2, 2L), refusal("open[0].group", after(changed(COMBO + 2, 2L), COMBO + 3), "in [0, -1], was 9"));
    List<Object> f = baseFields();
    f.set(3, 2L);            // next sequence number 2
    f.set(COMBO + 2, 2L);    // without group id
    f.set(COMBO + 3, -1L);   // sequence number 1
    f.set(GIFTS_AT + 5, 2L); // two messages without group id
    f.add(2L);               // its first count
    f.add(8L);               // and message
    GiftSettler s = UNCHECKED.settler(form(UNCHECKED, f));
    assertThat(s.snapshot().open()).singleElement().satisfies(c -> assertThat(c.groupId()).isZero());
    assertThat(s.snapshot().issues()).singleElement().satisfies(i -> {
      assertThat(i.kind()).isEqualTo(SettlementIssue.Kind.MISSING_GROUP_ID);
      assertThat(i.count()).isEqualTo(2);
    });
    // It goes on as its messages would: a third without group id and a larger count joins it.
    s.accept(GiftGenerators.event(10, T + 3_000, "ana", "host", new long[] {5655, 1}, true, 5, false, 0));
    assertThat(s.snapshot().open()).singleElement().satisfies(c -> assertThat(c.count()).isEqualTo(5));
    int end = form(UNCHECKED, f).length;
    f.set(GIFTS_AT + 5, 0L);
    assertRefused(form(UNCHECKED, f), refusal("gifts[0].missingGroup", end,
        "at least its combos without group id (1), was 0"));
    f.set(GIFTS_AT + 5, 1L);
    f.set(3, 3L);
    f.set(COMBO + 3, -2L);
    assertRefused(form(UNCHECKED, f), refusal("nextSeq", end, "at most 1 + the messages without group id (1), was 3"));
    f.set(3, 2L);
    f.set(COMBO + 3, -1L);
    f.set(GIFTS_AT + 5, 2L);
    f.set(f.size() - 2, 1L); // a first count below the smallest
    assertRefused(form(UNCHECKED, f), refusal("open[0].first", after(f, f.size() - 2), "in [2, 3], was 1"));
    List<Object> group0 = baseFields();
    group0.set(COMBO + 3, 0L);
    assertRefused(form(UNCHECKED, group0), refusal("open[0].group", after(COMBO + 3),
        "a group id other than 0 (flag 2 marks combos without one), was 0"));
  }

  @Test
  void anIdListedTwiceOrNeverUsedIsRefused() {
    List<Object> twoAnas = baseFields();
    twoAnas.set(SENDERS, 2L);
    twoAnas.addAll(SENDERS + 3, List.of("ana", NULL));
    assertRefused(form(UNCHECKED, twoAnas), refusal("senders[1].id", after(twoAnas, SENDERS + 3),
        "a sender id not listed before, was 'ana'"));
    List<Object> blank = baseFields();
    blank.set(SENDERS + 1, " ");
    assertRefused(form(UNCHECKED, blank), refusal("senders[0].id", after(blank, SENDERS + 1),
        "an id that is not blank, was ' '"));
    List<Object> noId = baseFields();
    noId.set(SENDERS + 1, NULL);
    assertRefused(form(UNCHECKED, noId), refusal("senders[0].id", after(noId, SENDERS + 1),
        "an id that is not blank, was null"));
    List<Object> twoHosts = baseFields();
    twoHosts.set(SENDERS + 3, 2L);
    twoHosts.add(SENDERS + 5, "host");
    assertRefused(form(UNCHECKED, twoHosts), refusal("hosts[1]", after(twoHosts, SENDERS + 5),
        "a host id not listed before, was 'host'"));
    List<Object> twoRoses = baseFields();
    twoRoses.set(GIFTS_AT, 2L);
    twoRoses.addAll(GIFTS_AT + 6, List.of(5655L, NULL, 0L, 0L, 0L));
    assertRefused(form(UNCHECKED, twoRoses), refusal("gifts[1].id", after(twoRoses, GIFTS_AT + 6),
        "a gift id not listed before, was 5655"));
    List<Object> idleSender = baseFields();
    idleSender.set(SENDERS, 2L);
    idleSender.addAll(SENDERS + 3, List.of("ben", NULL));
    assertRefused(form(UNCHECKED, idleSender), refusal("senders[1]", form(UNCHECKED, idleSender).length,
        "the sender of a gift or combo listed, was 'ben'"));
    List<Object> idleGift = baseFields();
    idleGift.set(GIFTS_AT, 2L);
    idleGift.addAll(GIFTS_AT + 6, List.of(5656L, NULL, 0L, 0L, 0L));
    assertRefused(form(UNCHECKED, idleGift), refusal("gifts[1]", form(UNCHECKED, idleGift).length,
        "the gift of a gift or combo listed, was 5656"));
    List<Object> moreSendersThanMessages = baseFields();
    moreSendersThanMessages.set(0, 1L);
    moreSendersThanMessages.set(SENDERS, 2L);
    moreSendersThanMessages.addAll(SENDERS + 3, List.of("ben", NULL));
    assertRefused(form(UNCHECKED, moreSendersThanMessages), refusal("senders", after(SENDERS),
        "at most one per message (1), was 2"));
  }

  @Test
  void recordsListedTwiceAreRefused() {
    List<Object> twoSingles = baseFields();
    twoSingles.set(SINGLE - 1, 2L);
    twoSingles.addAll(SINGLE, List.of(0L, 0L, 7L, 1L, 1L, 2_000L, 0L, 1L, 1L));
    assertRefused(form(UNCHECKED, twoSingles), refusal("singles[1]", after(twoSingles, SINGLE + 17),
        "a single gift not listed before (sender, gift, message id), was [0, 0, 7]"));
    List<Object> twoCombos = baseFields();
    twoCombos.set(0, 4L);
    twoCombos.set(1, 9L);
    twoCombos.set(OPEN, 2L);
    twoCombos.addAll(List.of(0L, 0L, 0L, 9L, 3L, 2L, 1L, 0L, 0L, 9L));
    assertRefused(form(UNCHECKED, twoCombos), refusal("open[1]", form(UNCHECKED, twoCombos).length,
        "a combo not listed before (sender, gift, group), was [0, 0, 9]"));
  }

  @Test
  void recordsThatBreakTheTotalsAreRefused() {
    int end = form(UNCHECKED, baseFields()).length;
    // The records are worth 4 coins (1 settled + 3 open): the messages must have summed to 4 at least.
    assertRefused(with(1, 3L), refusal("naiveCoins", end, "at least the records' coins (1 settled + 3 open), was 3"));
    assertThat(UNCHECKED.settler(with(1, 4L)).naiveCoins()).isEqualTo(Coins.of(4));
    // Two records, three issue-free messages: at least two messages.
    List<Object> one = baseFields();
    one.set(0, 2L);
    one.set(SINGLE + 7, 1L);
    assertThat(UNCHECKED.settler(form(UNCHECKED, one)).messages()).isEqualTo(2);
    one.set(0, 1L);
    one.set(3, 1L);
    assertRefused(form(UNCHECKED, one), refusal("messages", end, "at least what the records and issues need (2), was 1"));
    // A sender's name time, a record's time: never after the stream time.
    List<Object> named = baseFields();
    named.set(SENDERS + 2, "Ana");
    named.add(SENDERS + 3, -1L);
    assertRefused(form(UNCHECKED, named), refusal("senders[0].nameAt", after(named, SENDERS + 3), "in [0, "
        + (T + 2_000 - GiftEvent.EARLIEST.toEpochMilli()) + "], was -1"));
    // Coins beyond a long: refused, not an overflow later.
    List<Object> huge = baseFields();
    huge.set(1, Long.MAX_VALUE);
    huge.set(COMBO + 6, Long.MAX_VALUE);
    assertThatThrownBy(() -> UNCHECKED.settler(form(UNCHECKED, huge))).isInstanceOf(IllegalArgumentException.class)
        .hasMessage(refusal("records", form(UNCHECKED, huge).length, "records whose coins sum to at most a long's range, "
            + "was 'coins overflow in settle: 3 x " + Long.MAX_VALUE + " coins leaves the range of a long'"));
    // Under a catalog that checks ids: every message of an unknown gift was reported as one.
    long[] lion = {999_999, 29_999};
    GiftSettler unknown = fed(GIFTS, List.of(GiftGenerators.event(1, T, "ana", "host", lion, false, 1, false, 0)));
    List<Object> f = new ArrayList<>(List.of(1L, 29_999L, T, 1L, 1L, "ana", NULL, 1L, "host", 1L, 999_999L, NULL, 1L, 0L,
        0L, 1L, 0L, 0L, 1L, 1L, 29_999L, 0L, 0L, 1L, 1L, 0L, 0L, 4L));
    assertThat(form(GIFTS, f)).isEqualTo(unknown.toBytes());
    f.set(12, 0L);
    assertRefused(GIFTS, form(GIFTS, f), refusal("gifts[0].unknown", form(GIFTS, f).length,
        "every message of an unknown gift (at least 1), was 0"));
    // A record that disagrees with the catalog came from a message reported as a mismatch.
    long[] cheapRose = {5655, 2};
    GiftSettler mismatch = fed(GIFTS, List.of(GiftGenerators.event(1, T, "ana", "host", cheapRose, false, 1, false, 0)));
    List<Object> m = new ArrayList<>(List.of(1L, 2L, T, 1L, 1L, "ana", NULL, 1L, "host", 1L, 5655L, NULL, 0L, 1L, 0L,
        1L, 0L, 0L, 1L, 1L, 2L, 0L, 0L, 1L, 1L, 0L, 0L, 4L));
    assertThat(form(GIFTS, m)).isEqualTo(mismatch.toBytes());
    m.set(13, 0L);
    assertRefused(GIFTS, form(GIFTS, m), refusal("gifts[0].mismatch", form(GIFTS, m).length,
        "at least its records that disagree with the catalog (1), was 0"));
  }
}
