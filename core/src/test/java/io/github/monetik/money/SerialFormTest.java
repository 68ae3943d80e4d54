package io.github.monetik.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InvalidObjectException;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Currency;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * The units serialize through validating serial forms: a round trip is exact, a crafted stream that
 * would build an invalid unit is refused with {@link InvalidObjectException}, and the exceptions keep
 * their fields.
 */
class SerialFormTest {
  private static final Currency USD = Currency.getInstance("USD");
  private static final Currency EUR = Currency.getInstance("EUR");

  @Test
  void everyUnitComesBackEqualAndAtItsOwnScale() {
    assertThat(Streams.roundTrip(Coins.of(1_250))).isEqualTo(Coins.of(1_250));
    assertThat(Streams.roundTrip(Coins.ZERO)).isSameAs(Coins.ZERO);
    assertThat(Streams.roundTrip(Diamonds.of(600))).isEqualTo(Diamonds.of(600));
    assertThat(Streams.roundTrip(Diamonds.ZERO)).isSameAs(Diamonds.ZERO);
    Money share = Money.of("0.005", "USD");
    assertThat(Streams.roundTrip(share)).isEqualTo(share).hasToString("USD 0.005");
    assertThat(Streams.roundTrip(Money.of("500", "JPY")).currency()).isEqualTo(Currency.getInstance("JPY"));
    assertThat(Streams.roundTrip(Rate.percent("12.5"))).isEqualTo(Rate.percent("12.5")).hasToString("12.5%");
    MoneyRange range = MoneyRange.between(Money.of("40", "USD"), Money.of("100", "USD"));
    assertThat(Streams.roundTrip(range)).isEqualTo(range).hasToString("USD 40.00 .. 100.00 (expected 70.00)");
  }

  @Test
  void aCraftedStreamWithNegativeCoinsIsRefused() {
    byte[] stream = Streams.write(Coins.of(5));
    assertThat(lastLong(stream)).isEqualTo(5);
    assertThatThrownBy(() -> Streams.read(withLastLong(stream, -5))).isExactlyInstanceOf(InvalidObjectException.class)
        .hasMessage("invalid Coins in stream: count must be >= 0, was -5")
        .hasCauseExactlyInstanceOf(IllegalArgumentException.class);
    byte[] diamonds = Streams.write(Diamonds.of(7));
    assertThat(lastLong(diamonds)).isEqualTo(7);
    assertThatThrownBy(() -> Streams.read(withLastLong(diamonds, Long.MIN_VALUE))).isExactlyInstanceOf(InvalidObjectException.class)
        .hasMessage("invalid Diamonds in stream: count must be >= 0, was " + Long.MIN_VALUE);
  }

  @Test
  void aCraftedRateOfTwoIsRefused() {
    byte[] two = Streams.write(Rate.of("0.5"), replace(BigDecimal.class, new BigDecimal("2")));
    assertThatThrownBy(() -> Streams.read(two)).isExactlyInstanceOf(InvalidObjectException.class)
        .hasMessage("invalid Rate in stream: fraction must be in [0, 1], was 2");
    byte[] none = Streams.write(Rate.of("0.5"), replace(BigDecimal.class, null));
    assertThatThrownBy(() -> Streams.read(none)).isExactlyInstanceOf(InvalidObjectException.class)
        .hasMessage("invalid Rate in stream: fraction")
        .hasCauseExactlyInstanceOf(NullPointerException.class);
  }

  @Test
  void aCraftedMoneyBeyondTheBoundsOrInNoCurrencyIsRefused() {
    byte[] huge = Streams.write(Money.of("1", "USD"), replace(BigDecimal.class, new BigDecimal("1E+200")));
    assertThatThrownBy(() -> Streams.read(huge)).isExactlyInstanceOf(InvalidObjectException.class)
        .hasMessage("invalid Money in stream: amount must be below 10^100 in magnitude with at most 100 decimals, was 1E+200");
    byte[] unknown = Streams.write(Money.of("1", "USD"), replace(String.class, "XYZ"));
    assertThatThrownBy(() -> Streams.read(unknown)).isExactlyInstanceOf(InvalidObjectException.class)
        .hasMessage("invalid Money in stream: currencyCode must be an ISO 4217 code such as USD, was 'XYZ'");
  }

  @Test
  void aCraftedRangeOutOfOrderInTwoCurrenciesOrWithoutABoundIsRefused() {
    MoneyRange range = MoneyRange.of(Money.of("1", "USD"), Money.of("2", "USD"), Money.of("3", "USD"));
    byte[] outOfOrder = Streams.write(range, replace(BigDecimal.class, new BigDecimal("1.00"), new BigDecimal("5.00")));
    assertThatThrownBy(() -> Streams.read(outOfOrder)).isExactlyInstanceOf(InvalidObjectException.class)
        .hasMessageStartingWith("invalid MoneyRange in stream: range must have low <= expected <= high, was low=USD 5.00");
    byte[] twoCurrencies = Streams.write(range, replaceMoney("amount=3.00,", serialForm(Money.of("3", "EUR"))));
    assertThatThrownBy(() -> Streams.read(twoCurrencies)).isExactlyInstanceOf(InvalidObjectException.class)
        .hasMessageStartingWith("invalid MoneyRange in stream: currency mismatch in MoneyRange.of: expected USD, was EUR")
        .hasCauseExactlyInstanceOf(CurrencyMismatchException.class);
    byte[] noExpected = Streams.write(range, replaceMoney("amount=2.00,", null));
    assertThatThrownBy(() -> Streams.read(noExpected)).isExactlyInstanceOf(InvalidObjectException.class)
        .hasMessage("invalid MoneyRange in stream: expected");
  }

  @Test
  void aStreamThatBuildsAUnitFieldByFieldIsRefused() throws Exception {
    assertThatThrownBy(() -> Streams.read(Streams.direct(Coins.class, -5L))).isExactlyInstanceOf(InvalidObjectException.class)
        .hasMessage("Coins must be read through its serial form, not built field by field");
    assertThatThrownBy(() -> Streams.read(Streams.direct(Diamonds.class, -5L))).isExactlyInstanceOf(InvalidObjectException.class)
        .hasMessage("Diamonds must be read through its serial form, not built field by field");
    assertThatThrownBy(() -> Streams.read(Streams.direct(Money.class, null))).isExactlyInstanceOf(InvalidObjectException.class)
        .hasMessage("Money must be read through its serial form, not built field by field");
    assertThatThrownBy(() -> Streams.read(Streams.direct(Rate.class, null))).isExactlyInstanceOf(InvalidObjectException.class)
        .hasMessage("Rate must be read through its serial form, not built field by field");
    assertThatThrownBy(() -> Streams.read(Streams.direct(MoneyRange.class, null))).isExactlyInstanceOf(InvalidObjectException.class)
        .hasMessage("MoneyRange must be read through its serial form, not built field by field");
  }

  @Test
  void aCurrencyMismatchKeepsBothCurrencies() {
    CurrencyMismatchException back = Streams.roundTrip(new CurrencyMismatchException("plus", USD, EUR));
    assertThat(back.expected()).isEqualTo(USD);
    assertThat(back.actual()).isEqualTo(EUR);
    assertThat(back).hasMessage("currency mismatch in plus: expected USD, was EUR (convert first; Monetik never converts implicitly)");
    byte[] unknown = Streams.write(new CurrencyMismatchException("plus", USD, EUR), replace(String.class, "EUR", "XYZ"));
    assertThatThrownBy(() -> Streams.read(unknown)).isExactlyInstanceOf(InvalidObjectException.class)
        .hasMessage("invalid CurrencyMismatchException in stream: currencyCode must be an ISO 4217 code such as USD, was 'XYZ'");
    byte[] missing = Streams.write(new CurrencyMismatchException("plus", USD, EUR), replace(String.class, "USD", null));
    assertThatThrownBy(() -> Streams.read(missing)).isExactlyInstanceOf(InvalidObjectException.class)
        .hasMessage("invalid CurrencyMismatchException in stream: currencyCode");
  }

  @Test
  void aMissingExchangeRateKeepsThePairAndTheDay() {
    LocalDate day = LocalDate.of(2025, 6, 1);
    MissingExchangeRateException back = Streams.roundTrip(new MissingExchangeRateException(USD, EUR, day));
    assertThat(back.from()).isEqualTo("USD");
    assertThat(back.to()).isEqualTo("EUR");
    assertThat(back.date()).isEqualTo(day);
    assertThat(back).hasMessage("no exchange rate USD->EUR on 2025-06-01 from the ExchangeRates source");
    byte[] badFrom = Streams.write(new MissingExchangeRateException(USD, EUR, day), replace(String.class, "USD", "XYZ"));
    assertThatThrownBy(() -> Streams.read(badFrom)).isExactlyInstanceOf(InvalidObjectException.class)
        .hasMessage("invalid MissingExchangeRateException in stream: currencyCode must be an ISO 4217 code such as USD, was 'XYZ'");
    byte[] badTo = Streams.write(new MissingExchangeRateException(USD, EUR, day), replace(String.class, "EUR", "XYZ"));
    assertThatThrownBy(() -> Streams.read(badTo)).isExactlyInstanceOf(InvalidObjectException.class)
        .hasMessageEndingWith("was 'XYZ'");
    byte[] noDay = Streams.write(new MissingExchangeRateException(USD, EUR, day),
        obj -> obj.getClass().getName().equals("java.time.Ser") ? null : obj);
    assertThatThrownBy(() -> Streams.read(noDay)).isExactlyInstanceOf(InvalidObjectException.class)
        .hasMessage("invalid MissingExchangeRateException in stream: date");
  }

  private static long lastLong(byte[] stream) {
    return ByteBuffer.wrap(stream, stream.length - Long.BYTES, Long.BYTES).getLong();
  }

  private static byte[] withLastLong(byte[] stream, long value) {
    byte[] crafted = Arrays.copyOf(stream, stream.length);
    ByteBuffer.wrap(crafted, crafted.length - Long.BYTES, Long.BYTES).putLong(value);
    return crafted;
  }

  /** Replaces every object of {@code type} in the stream. */
  private static UnaryOperator<Object> replace(Class<?> type, Object by) {
    return obj -> type.isInstance(obj) ? by : obj;
  }

  /** Replaces the object equal to {@code value} in the stream. */
  private static UnaryOperator<Object> replace(Class<?> type, Object value, Object by) {
    return obj -> type.isInstance(obj) && obj.equals(value) ? by : obj;
  }

  /** Replaces the serial form of the money whose serial form prints {@code amount=...,} in the stream. */
  private static UnaryOperator<Object> replaceMoney(String amount, Object by) {
    return obj -> obj.getClass().getName().equals(Money.class.getName() + "$SerialForm") && obj.toString().contains(amount) ? by : obj;
  }

  /** {@return the serial form that money writes instead of itself} */
  private static Object serialForm(Money money) {
    try {
      Method writeReplace = Money.class.getDeclaredMethod("writeReplace");
      writeReplace.setAccessible(true);
      return writeReplace.invoke(money);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
