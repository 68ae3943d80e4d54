package io.github.monetik.flink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.monetik.Monetik;
import io.github.monetik.affiliate.Order;
import io.github.monetik.affiliate.OrderBatch;
import io.github.monetik.affiliate.OrderEvent;
import io.github.monetik.affiliate.OrderLine;
import io.github.monetik.affiliate.Product;
import io.github.monetik.gifts.GiftEvent;
import io.github.monetik.gifts.GiftSettler;
import io.github.monetik.income.IncomeBatch;
import io.github.monetik.income.IncomeEntry;
import io.github.monetik.income.IncomeStream;
import io.github.monetik.money.Money;
import io.github.monetik.money.Rate;
import io.github.monetik.streaks.Interaction;
import io.github.monetik.streaks.InteractionKind;
import io.github.monetik.streaks.StreakBatch;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeutils.TypeSerializer;
import org.apache.flink.api.common.typeutils.TypeSerializerSnapshot;
import org.apache.flink.core.memory.DataInputDeserializer;
import org.apache.flink.core.memory.DataOutputSerializer;
import org.apache.flink.types.Row;
import org.apache.flink.util.InstantiationUtil;
import org.junit.jupiter.api.Test;

/** The hand-written serializers: round trips, deep copies, snapshots, and corrupt bytes refused by name. */
class SerializersTest {
  private static final MonetikAggregate<GiftEvent, GiftSettler> SETTLE =
      MonetikFlink.settlement(() -> Monetik.defaults().gifts());

  static GiftEvent event() {
    return GiftEvent.builder().messageId(7286184974634765062L).timestamp(Instant.parse("2023-10-04T19:19:36.790123Z"))
        .senderId("user-48bd95de").senderName("Anna").hostId("host-45a6c310").giftName("Rose").giftId(5655)
        .coinsPerGift(1).repeatable(true).repeatCount(34).repeatEnd(false).groupId(1696447170769L).build();
  }

  @Test
  void inputsRoundTripFieldByField() {
    qt().withExamples(200).forAll(longs().all(), integers().between(1, 60)).checkAssert((seed, n) -> {
      TypeSerializer<GiftEvent> gifts = Ser.of(MonetikTypes.giftEvent());
      Streams.gifts(seed, n, seed % 2 == 0).forEach(e -> assertThat(Ser.roundTrip(gifts, e)).isEqualTo(e));
      TypeSerializer<Interaction> interactions = Ser.of(MonetikTypes.interaction());
      Streams.interactions(seed, n).forEach(i -> assertThat(Ser.roundTrip(interactions, i)).isEqualTo(i));
      TypeSerializer<IncomeEntry> income = Ser.of(MonetikTypes.incomeEntry());
      Streams.income(seed, n).forEach(e -> {
        IncomeEntry back = Ser.roundTrip(income, e);
        assertThat(back).isEqualTo(e);
        assertThat(back.amount().amount().scale()).isEqualTo(e.amount().amount().scale());
      });
    });
    GiftEvent bare = GiftEvent.builder().from(event()).senderName(java.util.Optional.empty())
        .giftName(java.util.Optional.empty()).build();
    assertThat(Ser.roundTrip(Ser.of(MonetikTypes.giftEvent()), bare)).isEqualTo(bare);
    Interaction group = Interaction.inGroup("ana", List.of("ben", "cy"), InteractionKind.SHARED_VIDEO, Streams.START);
    assertThat(Ser.roundTrip(Ser.of(MonetikTypes.interaction()), group)).isEqualTo(group);
  }

  @Test
  void aCorruptGiftEventIsRefusedNamingTheField() throws IOException {
    TypeSerializer<GiftEvent> s = Ser.of(MonetikTypes.giftEvent());
    byte[] good = Ser.write(s, event());
    // repeatCount is the int before the trailing group id (8 bytes).
    byte[] zeroCount = good.clone();
    Arrays.fill(zeroCount, good.length - 12, good.length - 8, (byte) 0);
    assertThatThrownBy(() -> Ser.read(s, zeroCount)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("GiftEvent").hasMessageContaining("repeatCount must be >= 1, was 0");
    byte[] badTime = good.clone();
    badTime[8] = (byte) 0x7f; // the timestamp's seconds, far beyond 2100
    assertThatThrownBy(() -> Ser.read(s, badTime)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("serialized GiftEvent field timestamp seconds must be in [");
    assertThatThrownBy(() -> Ser.read(s, Arrays.copyOf(good, good.length - 1))).isInstanceOf(EOFException.class);
  }

  @Test
  void aCorruptInteractionOrIncomeEntryIsRefusedNamingTheField() {
    TypeSerializer<Interaction> si = Ser.of(MonetikTypes.interaction());
    byte[] self = Ser.write(si, Interaction.of("ana", "ben", InteractionKind.MESSAGE, Streams.START));
    byte[] withSelf = new String(self, java.nio.charset.StandardCharsets.ISO_8859_1).replace("ben", "ana")
        .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    assertThatThrownBy(() -> Ser.read(si, withSelf)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("serialized Interaction is invalid: ").hasMessageContaining("ana");
    TypeSerializer<IncomeEntry> se = Ser.of(MonetikTypes.incomeEntry());
    byte[] entry = Ser.write(se, IncomeEntry.earned(IncomeStream.LIVE_GIFTS, YearMonth.of(2025, 3), Money.of("149.99", "USD")));
    byte[] refund = new String(entry, java.nio.charset.StandardCharsets.ISO_8859_1).replace("EARNED", "REFUND")
        .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    assertThatThrownBy(() -> Ser.read(se, refund)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("serialized IncomeEntry is invalid: amount must be <= 0 for REFUND, was USD 149.99");
    byte[] stream = new String(entry, java.nio.charset.StandardCharsets.ISO_8859_1).replace("LIVE_GIFTS", "LIVE_GIFTZ")
        .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    assertThatThrownBy(() -> Ser.read(se, stream)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("serialized IncomeEntry field stream must be one of [STREAKS, ")
        .hasMessageEndingWith(", was 'LIVE_GIFTZ'");
  }

  @Test
  void ordersRoundTripFieldByField() {
    TypeSerializer<Order> s = Ser.of(MonetikTypes.order());
    qt().withExamples(100).forAll(longs().all(), integers().between(1, 20)).checkAssert((seed, n) ->
        Streams.orders(seed, n).forEach(o -> {
          Order back = Ser.roundTrip(s, o);
          assertThat(back).isEqualTo(o);
          assertThat(back.lines()).extracting(OrderLine::product).isEqualTo(o.lines().stream().map(OrderLine::product).toList());
        }));
    assertThat(s.isImmutableType()).isTrue();
    assertThat(s.createInstance().id()).isEqualTo("-");
  }

  static Order order() {
    LocalDate d = LocalDate.of(2025, 3, 3);
    Product lamp = Product.of("lamp", "Desk lamp", Money.of("24.00", "USD"), Rate.of("0.1500"), d.minusDays(60))
        .withShopAdsRate(Rate.of("0.05"));
    return Order.builder().id("o-1").addLines(OrderLine.of(lamp, 1, Money.of("6.00", "USD")))
        .addEvents(OrderEvent.placed(d), OrderEvent.shipped(d.plusDays(1)), OrderEvent.delivered(d.plusDays(3)),
            OrderEvent.refunded(d.plusDays(5), Money.of("5.00", "USD")))
        .build();
  }

  private static byte[] replaced(byte[] bytes, String what, String with) {
    String text = new String(bytes, StandardCharsets.ISO_8859_1);
    assertThat(text).contains(what);
    return text.replace(what, with).getBytes(StandardCharsets.ISO_8859_1);
  }

  @Test
  void aCorruptOrderIsRefusedNamingTheField() {
    TypeSerializer<Order> s = Ser.of(MonetikTypes.order());
    byte[] good = Ser.write(s, order());
    assertThatThrownBy(() -> Ser.read(s, replaced(good, "DELIVERED", "DELIVERER"))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("serialized Order field events[2].type must be one of [PLACED, ")
        .hasMessageEndingWith(", was 'DELIVERER'");
    assertThatThrownBy(() -> Ser.read(s, replaced(good, "0.15", "1.15"))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("serialized Order field lines[0].product.rateHistory[0].rate is invalid: fraction must be in [0, 1]");
    assertThatThrownBy(() -> Ser.read(s, replaced(good, "5.00", "9.00"))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("serialized Order 'o-1' is invalid: ").hasMessageContaining("9.00");
    assertThatThrownBy(() -> Ser.read(s, replaced(good, "USD", "USX"))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("serialized Order field lines[0].product.price is invalid: ");
    assertThatThrownBy(() -> Ser.read(s, Arrays.copyOf(good, good.length - 1))).isInstanceOf(EOFException.class);
  }

  @Test
  void anAccumulatorIsWrittenAsItsLengthPrefixedCoreFormAndCopiedDeeply() throws IOException {
    TypeSerializer<GiftSettler> s = Ser.of(SETTLE.getAccumulatorType());
    GiftSettler settler = Monetik.defaults().gifts().settler().accept(event());
    byte[] bytes = Ser.write(s, settler);
    byte[] form = settler.toBytes();
    assertThat(new DataInputDeserializer(bytes).readInt()).isEqualTo(form.length);
    assertThat(Arrays.copyOfRange(bytes, 4, bytes.length)).isEqualTo(form);
    assertThat(Ser.read(s, bytes).snapshot()).isEqualTo(settler.snapshot());

    GiftSettler copy = s.copy(settler);
    assertThat(copy).isNotSameAs(settler);
    copy.accept(GiftEvent.builder().from(event()).messageId(1).repeatCount(99).build());
    assertThat(settler.messages()).isEqualTo(1);
    assertThat(copy.messages()).isEqualTo(2);
    assertThat(s.isImmutableType()).isFalse();
    assertThat(s.createInstance().messages()).isZero();

    DataOutputSerializer out = new DataOutputSerializer(16);
    s.copy(new DataInputDeserializer(bytes), out);
    assertThat(out.getCopyOfBuffer()).isEqualTo(bytes);
  }

  @Test
  void aCorruptAccumulatorIsRefusedNamingTheForm() {
    TypeSerializer<GiftSettler> s = Ser.of(SETTLE.getAccumulatorType());
    byte[] bytes = Ser.write(s, Monetik.defaults().gifts().settler().accept(event()));
    byte[] flipped = bytes.clone();
    flipped[4 + 4] ^= 0x20; // the form's kind byte, after the length and "MNTK"
    assertThatThrownBy(() -> Ser.read(s, flipped)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("form ");
    byte[] cut = Arrays.copyOf(bytes, bytes.length - 3);
    assertThatThrownBy(() -> Ser.read(s, cut)).isInstanceOf(EOFException.class)
        .hasMessageStartingWith("form (gift settler) must have the ");
    byte[] negative = bytes.clone();
    negative[0] = (byte) 0x80;
    assertThatThrownBy(() -> Ser.read(s, negative)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("form (gift settler) length must be >= 0, was -");
    // Every single-byte change of the form is refused naming the form, or restores to something that works.
    for (int i = 4; i < bytes.length; i++) {
      byte[] b = bytes.clone();
      b[i] ^= (byte) 0x5a;
      try {
        Ser.read(s, b).snapshot();
      } catch (IllegalArgumentException e) {
        assertThat(e).hasMessageContaining("form");
      } catch (IOException e) {
        throw new AssertionError(e);
      }
    }
  }

  @Test
  void aFormOfAnotherDoorIsRefused() {
    TypeSerializer<GiftSettler> s = Ser.of(SETTLE.getAccumulatorType());
    MonetikAggregate<IncomeEntry, IncomeBatch> income = MonetikFlink.income(() -> Monetik.defaults().income(), Streams.USD);
    byte[] incomeBytes = Ser.write(Ser.of(income.getAccumulatorType()), income.createAccumulator());
    assertThatThrownBy(() -> Ser.read(s, incomeBytes)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("form must be the gift settler form (kind 'G'), was kind 'I'");
  }

  @Test
  void snapshotsRestoreTheSerializers() throws Exception {
    List<TypeInformation<?>> types = List.of(MonetikTypes.giftEvent(), MonetikTypes.interaction(),
        MonetikTypes.incomeEntry(), MonetikTypes.order(), SETTLE.getAccumulatorType(),
        MonetikFlink.statements(() -> Monetik.defaults().affiliate(), Streams.ORDERS_START).getAccumulatorType(),
        MonetikFlink.streaks(() -> Monetik.defaults().streaks(), Streams.NOW).getAccumulatorType(),
        MonetikFlink.income(() -> Monetik.defaults().income(), Streams.USD).getAccumulatorType());
    for (TypeInformation<?> t : types) {
      TypeSerializer<?> s = Ser.of(t);
      TypeSerializerSnapshot<?> restored = writeAndRead(s.snapshotConfiguration());
      TypeSerializer<?> back = restored.restoreSerializer();
      assertThat(back.getClass()).isEqualTo(s.getClass());
      assertThat(resolve(restored, s.snapshotConfiguration()).isCompatibleAsIs()).as("%s", t).isTrue();
      TypeSerializer<?> cloned = InstantiationUtil.clone(s);
      if (s instanceof AccumulatorSerializer<?>) {
        assertThat(cloned).isInstanceOf(AccumulatorSerializer.class).isNotEqualTo(s); // a new recipe instance
        assertThat(cloned.createInstance()).isNotNull();
      } else {
        assertThat(cloned).isEqualTo(s);
      }
    }
    // The restored accumulator serializer reads what the original wrote.
    TypeSerializer<GiftSettler> s = Ser.of(SETTLE.getAccumulatorType());
    GiftSettler settler = Monetik.defaults().gifts().settler().accept(event());
    TypeSerializer<GiftSettler> back = writeAndRead(s.snapshotConfiguration()).restoreSerializer();
    assertThat(Ser.read(back, Ser.write(s, settler)).snapshot()).isEqualTo(settler.snapshot());
    // A settler's snapshot is not compatible with a streak batch's.
    TypeSerializerSnapshot<?> streaks = Ser.of(
        MonetikFlink.streaks(() -> Monetik.defaults().streaks(), Streams.NOW).getAccumulatorType()).snapshotConfiguration();
    assertThat(resolve(s.snapshotConfiguration(), streaks).isIncompatible()).isTrue();
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static org.apache.flink.api.common.typeutils.TypeSerializerSchemaCompatibility<?> resolve(
      TypeSerializerSnapshot<?> next, TypeSerializerSnapshot<?> old) {
    return ((TypeSerializerSnapshot) next).resolveSchemaCompatibility((TypeSerializerSnapshot) old);
  }

  private static <T> TypeSerializerSnapshot<T> writeAndRead(TypeSerializerSnapshot<T> snapshot) throws IOException {
    DataOutputSerializer out = new DataOutputSerializer(64);
    TypeSerializerSnapshot.writeVersionedSnapshot(out, snapshot);
    return TypeSerializerSnapshot.readVersionedSnapshot(new DataInputDeserializer(out.getCopyOfBuffer()),
        SerializersTest.class.getClassLoader());
  }

  @Test
  void theResultTypeIsExplicitAndRoundTrips() {
    assertThat(SETTLE.getResultType().getFieldNames()).containsExactly(MonetikTypes.ROWS, MonetikTypes.FORM);
    assertThat(SETTLE.columns()).startsWith("stream_time", "messages", "naive_coins");
    assertThat(SETTLE.getResultType().toString()).doesNotContain("GenericType");
    assertThat(SETTLE.getAccumulatorType().toString()).doesNotContain("GenericType");
    GiftSettler settler = Monetik.defaults().gifts().settler().accept(event());
    Row result = Ser.roundTrip(Ser.of(SETTLE.getResultType()), SETTLE.getResult(settler));
    MergeLawsPropertiesTest.assertRows(result, settler.snapshot().rows());
    assertThat(result.getField(0)).isInstanceOf(Row[].class); // positions too, after a round trip
  }

  @Test
  void functionsSurviveJavaSerializationAndBuildTheirDoorThere() throws Exception {
    MonetikAggregate<GiftEvent, GiftSettler> copy = InstantiationUtil.clone(SETTLE);
    GiftSettler acc = copy.add(event(), copy.createAccumulator());
    assertThat(copy.getResult(acc).getField(MonetikTypes.FORM)).isEqualTo(acc.toBytes());
    assertThat(copy.toString()).isEqualTo("MonetikAggregate[settlement, gift settler []]");
  }

  @Test
  void argumentsAreNamed() {
    assertThatThrownBy(() -> MonetikFlink.settlement(null)).isInstanceOf(NullPointerException.class).hasMessage("gifts");
    assertThatThrownBy(() -> MonetikFlink.streaks(() -> Monetik.defaults().streaks(), null))
        .isInstanceOf(NullPointerException.class).hasMessage("now");
    assertThatThrownBy(() -> MonetikFlink.income(() -> Monetik.defaults().income(), null))
        .isInstanceOf(NullPointerException.class).hasMessage("currency");
    assertThatThrownBy(() -> MonetikFlink.statements(null, Streams.ORDERS_START))
        .isInstanceOf(NullPointerException.class).hasMessage("affiliate");
    assertThatThrownBy(() -> MonetikFlink.statements(() -> Monetik.defaults().affiliate(), null))
        .isInstanceOf(NullPointerException.class).hasMessage("asOf");
    assertThatThrownBy(() -> MonetikFlink.settlement(() -> null)).isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("door recipe must return a door, returned null");
    assertThatThrownBy(() -> SETTLE.restore(new byte[] {1, 2, 3})).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("form must be a Monetik gift settler form");
  }
}
