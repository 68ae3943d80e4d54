package io.github.monetik.income;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.monetik.Monetik;
import io.github.monetik.internal.Form;
import io.github.monetik.money.CurrencyMismatchException;
import io.github.monetik.money.Money;
import io.github.monetik.testing.TestRules;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** {@link IncomeBatch} by example: the empty batch, every refusal and its message, crafted forms. */
class IncomeBatchTest {
  private static final Income INCOME = Monetik.defaults().income();
  private static final Currency USD = Currency.getInstance("USD");
  private static final YearMonth MARCH = YearMonth.of(2025, 3);
  private static final long MARCH_KEY = 2025 * 12 + 2;
  private static final String LIVE_GIFTS = IncomeStream.LIVE_GIFTS.name();

  private static IncomeEntry gifts(String amount) {
    return IncomeEntry.earned(IncomeStream.LIVE_GIFTS, MARCH, Money.of(amount, "USD"));
  }

  /** A form written by hand under the door's policy: the body as the consumer writes it. */
  private static byte[] form(Consumer<Form.Writer> body) {
    Form.Writer w = Form.write('I', 1, INCOME.rulesDigest());
    body.accept(w);
    return w.toBytes();
  }

  /** USD, the entries, magnitude and estimated as given, then March with the streams and sums as given. */
  private static byte[] march(long entries, String magnitude, String estimated, Object... streamsAndSums) {
    return form(w -> {
      w.putString("USD").putLong(entries).putDecimal(new BigDecimal(magnitude)).putDecimal(new BigDecimal(estimated))
          .putLong(1).putLong(MARCH_KEY).putLong(streamsAndSums.length / 2);
      for (int i = 0; i < streamsAndSums.length; i += 2) {
        w.putString((String) streamsAndSums[i]).putDecimal(new BigDecimal((String) streamsAndSums[i + 1]));
      }
    });
  }

  @Test
  void anEmptyBatchRoundTripsToTheReportOfNoEntries() {
    IncomeBatch empty = INCOME.batch(USD);
    byte[] bytes = empty.toBytes();
    assertThat(bytes).isEqualTo(form(w -> w.putString("USD").putLong(0).putDecimal(BigDecimal.ZERO)
        .putDecimal(BigDecimal.ZERO).putLong(0)));
    IncomeBatch restored = INCOME.batch(bytes);
    assertThat(restored.entries()).isZero();
    assertThat(restored.report()).isEqualTo(INCOME.emptyReport(USD)).isEqualTo(empty.report());
    assertThat(restored.toBytes()).isEqualTo(bytes);
    assertThat(restored).hasToString("IncomeBatch[0 entries in USD]");
  }

  @Test
  void aBatchIsTheCollectorAsABuilderItsReportAFixedCopyItsFormCanonical() {
    IncomeBatch b = INCOME.batch(USD).add(gifts("1.50")).add(gifts("0.00"));
    assertThat(b.toBytes()).isEqualTo(march(2, "1.5", "0", LIVE_GIFTS, "1.50"));
    IncomeReport two = b.report();
    assertThat(two).isEqualTo(INCOME.report(USD, List.of(gifts("1.50"), gifts("0.00"))));
    b.add(gifts("2.00"));
    assertThat(two.entries()).isEqualTo(2);
    assertThat(two.total()).isEqualTo(Money.of("1.50", "USD"));
    assertThat(b.report().total()).isEqualTo(Money.of("3.50", "USD"));
    IncomeBatch other = INCOME.batch(USD).add(gifts("0.00")).combine(INCOME.batch(USD).add(gifts("2.00")).add(gifts("1.50")));
    assertThat(other.toBytes()).isEqualTo(b.toBytes());
    assertThat(INCOME.batch(b.toBytes()).report()).isEqualTo(b.report());
  }

  @Test
  void aRefusedEntryLeavesTheBatchAsItWas() {
    IncomeBatch b = INCOME.batch(USD).add(gifts("1.00"));
    assertThatThrownBy(() -> b.add(null)).isInstanceOf(NullPointerException.class).hasMessage("entry");
    assertThatThrownBy(() -> b.add(IncomeEntry.earned(IncomeStream.LIVE_GIFTS, MARCH, Money.of("1", "EUR"))))
        .isInstanceOf(CurrencyMismatchException.class).hasMessageContaining("IncomeReport.plus");
    assertThat(b.entries()).isEqualTo(1);
    assertThat(b.report()).isEqualTo(INCOME.report(USD, List.of(gifts("1.00"))));
    assertThatThrownBy(() -> INCOME.batch((Currency) null)).isInstanceOf(NullPointerException.class).hasMessage("currency");
    // at the bounds: the sum of absolute amounts may not reach 10^100
    String almost = "9".repeat(100);
    IncomeBatch full = INCOME.batch(march(1, almost, "0", LIVE_GIFTS, almost));
    assertThatThrownBy(() -> full.add(gifts("1"))).isInstanceOf(ArithmeticException.class)
        .hasMessageStartingWith("IncomeReport overflow in plus");
    assertThat(full.entries()).isEqualTo(1);
    assertThat(full.toBytes()).isEqualTo(march(1, almost, "0", LIVE_GIFTS, almost));
  }

  @Test
  void combineRefusesItselfAnotherCurrencyAnotherDoorAndASpentBatch() {
    IncomeBatch b = INCOME.batch(USD).add(gifts("1.00"));
    assertThatThrownBy(() -> b.combine(null)).isInstanceOf(NullPointerException.class).hasMessage("other");
    assertThatThrownBy(() -> b.combine(b)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("other must be another batch, was 'this one'");
    assertThatThrownBy(() -> b.combine(INCOME.batch(Currency.getInstance("EUR")))).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("other must be a batch in USD, was 'one in EUR'");
    Income another = Income.of(INCOME.incomePolicy().withReferenceEngagement(new BigDecimal("7")), TestRules.PROVENANCE);
    assertThatThrownBy(() -> b.combine(another.batch(USD))).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("other must be a batch of this batch's door (equal policy and provenance), Income[6% reference "
            + "engagement], was 'one of another door, Income[7% reference engagement]'");
    assertThat(b.entries()).isEqualTo(1);
    IncomeBatch later = INCOME.batch(USD).add(gifts("2.00"));
    b.combine(later);
    assertThat(b.report().total()).isEqualTo(Money.of("3.00", "USD"));
    assertThatThrownBy(later::entries).isInstanceOf(IllegalStateException.class)
        .hasMessage("this income batch must not be used any more: it was combined into another batch");
    assertThatThrownBy(() -> later.add(gifts("1"))).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(later::report).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> b.combine(later)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aFormOfAnotherKindVersionLengthOrPolicyIsRefusedNamingForm() {
    byte[] good = INCOME.batch(USD).add(gifts("1.50")).toBytes();
    assertThatThrownBy(() -> INCOME.batch((byte[]) null)).isInstanceOf(NullPointerException.class).hasMessage("form");
    byte[] orders = Monetik.defaults().affiliate().batch(LocalDate.of(2025, 3, 31)).toBytes();
    assertThatThrownBy(() -> INCOME.batch(orders)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("form must be the income batch form (kind 'I'), was kind 'A'");
    byte[] v2 = good.clone();
    v2[5] = 2;
    assertThatThrownBy(() -> INCOME.batch(v2)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("form must be version 1 of the income batch form, was version 2");
    for (int cut = 0; cut < good.length; cut++) {
      byte[] shorter = Arrays.copyOf(good, cut);
      assertThatThrownBy(() -> INCOME.batch(shorter)).as("cut at %d", cut).isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("form");
    }
    byte[] longer = Arrays.copyOf(good, good.length + 1);
    assertThatThrownBy(() -> INCOME.batch(longer)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("form (income batch) field (end) at byte ");
    IncomePolicy p = INCOME.incomePolicy();
    for (IncomePolicy another : List.of(p.withReferenceEngagement(new BigDecimal("7")), p.withTiers(p.tiers().subList(0, 1)))) {
      assertThatThrownBy(() -> Income.of(another, TestRules.PROVENANCE).batch(good)).isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("form must be restored under the rules it was written under (digest ");
    }
    Income elsewhere = Income.of(p, TestRules.asOf(LocalDate.of(2024, 1, 1)));
    assertThat(elsewhere.batch(good).report().provenance()).isEqualTo(elsewhere.provenance());
  }

  @Test
  void aCraftedFormMeetsTheChecksOfWhatEntriesAlwaysGive() {
    assertThat(INCOME.batch(march(1, "1.50", "0", LIVE_GIFTS, "1.50")).report().total()).isEqualTo(Money.of("1.50", "USD"));
    refused(form(w -> w.putString("ZZZ")), "currency", "must be an ISO 4217 currency code, was 'ZZZ'");
    refused(form(w -> w.putString(null)), "currency", "must be an ISO 4217 currency code, was null");
    refused(form(w -> w.putString("USD").putLong(-1)), "entries", "must be in [0, 9223372036854775807], was -1");
    refused(march(1, "1.50", "-1", LIVE_GIFTS, "1.50"), "estimated", "must be >= 0, was -1");
    refused(march(1, "1.50", "2", LIVE_GIFTS, "1.50"), "estimated", "must be at most the sum of absolute amounts 1.50, was 2");
    refused(march(1, "1.00", "0", LIVE_GIFTS, "1.50"), "magnitude",
        "must be at least the months' absolute sums 1.50, was '1.00'");
    assertThat(INCOME.batch(march(2, "2", "0", LIVE_GIFTS, "1", "VIDEO_GIFTS", "-1")).report().total())
        .isEqualTo(Money.of("0", "USD"));
    refused(march(1, "1", "0", "STREAKS", "1"), "months[0].streams[0].sum",
        "must be 0 for STREAKS, which pays no money directly, was 1");
    refused(march(1, "2", "0", LIVE_GIFTS, "1", "VIDEO_GIFTS", "1"), "entries",
        "must be at least 2 (one per month and stream, one for any amount), was 1");
    refused(form(w -> w.putString("USD").putLong(0).putDecimal(BigDecimal.ONE).putDecimal(BigDecimal.ZERO).putLong(0)),
        "entries", "must be at least 1 (one per month and stream, one for any amount), was 0");
    refused(march(2, "2", "0", LIVE_GIFTS, "1", LIVE_GIFTS, "1"), "months[0].streams[1]",
        "must be a stream after LIVE_GIFTS (streams in stream order, each once), was 'LIVE_GIFTS'");
    refused(march(2, "2", "0", LIVE_GIFTS, "1", "SERIES", "1", "AFFILIATE", "0"), "months[0].streams[2]",
        "must be a stream after SERIES (streams in stream order, each once), was 'AFFILIATE'");
    refused(march(1, "1", "0", "TIPS", "1"), "months[0].streams[0]", "must be an income stream's name, was 'TIPS'");
    refused(march(1, "1", "0"), "months[0].streams", "must be in [1, 9], was 0");
    refused(march(1, "100", "0", LIVE_GIFTS, "1E+2"), "months[0].streams[0].sum",
        "must be written with 0 to 100 decimals, was 'scale -2'");
    refused(form(w -> w.putString("USD").putLong(2).putDecimal(new BigDecimal("2")).putDecimal(BigDecimal.ZERO).putLong(2)
        .putLong(MARCH_KEY).putLong(1).putString(LIVE_GIFTS).putDecimal(BigDecimal.ONE)
        .putLong(MARCH_KEY).putLong(1).putString(LIVE_GIFTS).putDecimal(BigDecimal.ONE)), "months[1]",
        "must be after month 24302 (months sorted, each once), was 24302");
    long beyond = Year.MAX_VALUE * 12L + 12;
    refused(form(w -> w.putString("USD").putLong(1).putDecimal(BigDecimal.ONE).putDecimal(BigDecimal.ZERO).putLong(1)
        .putLong(beyond)), "months[0]", "was " + beyond);
  }

  private static void refused(byte[] form, String field, String rest) {
    assertThatThrownBy(() -> INCOME.batch(form)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("form (income batch) field " + field + " at byte ").hasMessageEndingWith(rest);
  }
}
