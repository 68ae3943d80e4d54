package io.github.monetik.affiliate;

import static io.github.monetik.affiliate.CommissionTest.PLACED;
import static io.github.monetik.affiliate.CommissionTest.TIKTOK;
import static io.github.monetik.affiliate.CommissionTest.delivered;
import static io.github.monetik.affiliate.CommissionTest.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.monetik.Monetik;
import io.github.monetik.internal.Form;
import io.github.monetik.money.CurrencyMismatchException;
import io.github.monetik.money.Money;
import io.github.monetik.money.Rate;
import io.github.monetik.testing.TestRules;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** {@link OrderBatch} by example: the empty batch, every refusal and its message, crafted forms. */
class OrderBatchTest {
  private static final LocalDate MARCH_31 = LocalDate.of(2025, 3, 31);
  /** 2025-03 as a form writes a month: year x 12 + month - 1. */
  private static final long MARCH = 2025 * 12 + 2;

  private static Order order(String id) {
    return Order.builder().from(delivered()).id(id).build();
  }

  private static Order euro(String id) {
    Product eu = Product.of("eu", "EU", Money.of("1", "EUR"), Rate.percent(10), LocalDate.of(2025, 1, 1));
    return Order.builder().id(id).addLines(OrderLine.of(eu, 1, Money.of("10", "EUR"))).addEvents(OrderEvent.placed(PLACED))
        .build();
  }

  /** A form written by hand under the door's policy: the body as the consumer writes it. */
  private static byte[] form(Consumer<Form.Writer> body) {
    Form.Writer w = Form.write('A', 1, TIKTOK.rulesDigest());
    body.accept(w);
    return w.toBytes();
  }

  /** One order's worth: o-1, USD, lamp-01, (open), March; the tallies as given. */
  private static byte[] oneOrder(long pending, long payable, long reversed, long campaignPending, long month) {
    return form(w -> w.putLong(MARCH_31.toEpochDay()).putString("USD").putLong(1).putString("o-1")
        .putLong(1).putString("lamp-01").putLong(pending).putLong(payable).putLong(reversed)
        .putLong(1).putString("(open)").putLong(campaignPending).putLong(payable).putLong(reversed)
        .putLong(1).putLong(month).putLong(pending).putLong(payable).putLong(reversed).putLong(0));
  }

  @Test
  void anEmptyBatchRoundTripsToTheStatementOfNoOrders() {
    OrderBatch empty = TIKTOK.batch(MARCH_31);
    byte[] bytes = empty.toBytes();
    assertThat(bytes).isEqualTo(form(w -> w.putLong(MARCH_31.toEpochDay()).putString(null).putLong(0).putLong(0)
        .putLong(0).putLong(0).putLong(0)));
    OrderBatch restored = TIKTOK.batch(bytes);
    assertThat(restored.orders()).isZero();
    assertThat(restored.statement()).isEqualTo(TIKTOK.statement(List.of(), MARCH_31)).isEqualTo(empty.statement());
    assertThat(restored.statement().asOf()).contains(MARCH_31);
    assertThat(restored.statement().currency()).isEmpty();
    assertThat(restored.toBytes()).isEqualTo(bytes);
    assertThat(restored).hasToString("OrderBatch[0 orders as of 2025-03-31]");
  }

  @Test
  void aBatchIsTheCollectorAsABuilderItsStatementAFixedCopyItsFormCanonical() {
    OrderBatch b = TIKTOK.batch(MARCH_31).add(order("o-2")).add(order("o-1"));
    assertThat(b.toBytes()).isEqualTo(oneOrderTwice());
    CommissionStatement two = b.statement();
    assertThat(two).isEqualTo(TIKTOK.statement(List.of(order("o-1"), order("o-2")), MARCH_31));
    assertThat(two.orderIds()).containsExactly("o-1", "o-2");
    b.add(order("o-0"));
    assertThat(two.orders()).isEqualTo(2);
    assertThat(two.payable()).isEqualTo(usd("12.30"));
    assertThat(b.statement().orderIds()).containsExactly("o-0", "o-1", "o-2");
    assertThat(TIKTOK.batch(MARCH_31).add(order("o-1")).add(order("o-0")).combine(TIKTOK.batch(MARCH_31).add(order("o-2")))
        .toBytes()).isEqualTo(b.toBytes());
    // an order placed after the as-of day adds nothing
    assertThat(TIKTOK.batch(PLACED.minusDays(1)).add(order("o-1")).add(order("o-1")).orders()).isZero();
  }

  private static byte[] oneOrderTwice() {
    return form(w -> w.putLong(MARCH_31.toEpochDay()).putString("USD").putLong(2).putString("o-1").putString("o-2")
        .putLong(1).putString("lamp-01").putLong(0).putLong(1230).putLong(0)
        .putLong(1).putString("(open)").putLong(0).putLong(1230).putLong(0)
        .putLong(1).putLong(MARCH).putLong(0).putLong(1230).putLong(0).putLong(0));
  }

  @Test
  void aRefusedOrderLeavesTheBatchAsItWas() {
    OrderBatch b = TIKTOK.batch(MARCH_31).add(order("o-1"));
    assertThatThrownBy(() -> b.add(null)).isInstanceOf(NullPointerException.class).hasMessage("order");
    assertThatThrownBy(() -> b.add(order("o-1"))).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("orders must hold each order once, was order 'o-1' twice");
    assertThatThrownBy(() -> b.add(euro("e"))).isInstanceOf(CurrencyMismatchException.class)
        .hasMessageContaining("statement (order 'e')");
    assertThat(b.orders()).isEqualTo(1);
    // the refused euro order left no id behind
    b.add(order("e"));
    assertThat(b.statement().orderIds()).containsExactly("e", "o-1");
    assertThatThrownBy(() -> TIKTOK.batch((LocalDate) null)).isInstanceOf(NullPointerException.class).hasMessage("asOf");
  }

  @Test
  void combineRefusesItselfAnotherDayAnotherDoorASharedOrderAnotherCurrencyAndASpentBatch() {
    OrderBatch b = TIKTOK.batch(MARCH_31).add(order("o-1"));
    assertThatThrownBy(() -> b.combine(null)).isInstanceOf(NullPointerException.class).hasMessage("other");
    assertThatThrownBy(() -> b.combine(b)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("other must be another batch, was 'this one'");
    assertThatThrownBy(() -> b.combine(TIKTOK.batch(MARCH_31.plusDays(1)))).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("other must be a batch as of 2025-03-31, was 'one as of 2025-04-01'");
    Affiliate other = Affiliate.of(TIKTOK.commissionPolicy().withSettlementDays(99), TestRules.PROVENANCE);
    assertThatThrownBy(() -> b.combine(other.batch(MARCH_31))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("other must be a batch of this batch's door (equal policy and provenance), ")
        .hasMessageContaining("was 'one of another door, Affiliate[");
    OrderBatch shared = TIKTOK.batch(MARCH_31).add(order("o-2")).add(order("o-1"));
    assertThatThrownBy(() -> b.combine(shared)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("orders must hold each order once, was order 'o-1' twice");
    OrderBatch euros = TIKTOK.batch(MARCH_31).add(euro("e"));
    assertThatThrownBy(() -> b.combine(euros)).isInstanceOf(CurrencyMismatchException.class)
        .hasMessageContaining("statement (merging another part)");
    assertThat(b.orders()).isEqualTo(1);
    assertThat(shared.orders()).isEqualTo(2);
    assertThat(b.statement()).isEqualTo(TIKTOK.statement(List.of(order("o-1")), MARCH_31));
    OrderBatch later = TIKTOK.batch(MARCH_31).add(order("o-3"));
    b.combine(later);
    assertThat(b.orders()).isEqualTo(2);
    assertThatThrownBy(later::orders).isInstanceOf(IllegalStateException.class)
        .hasMessage("this order batch must not be used any more: it was combined into another batch");
    assertThatThrownBy(() -> later.add(order("o-4"))).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(later::statement).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> b.combine(later)).isInstanceOf(IllegalStateException.class);
    // an empty batch takes the other's currency
    OrderBatch none = TIKTOK.batch(MARCH_31).combine(TIKTOK.batch(MARCH_31).add(euro("e")));
    assertThat(none.statement().currency()).contains(java.util.Currency.getInstance("EUR"));
  }

  @Test
  void aFormOfAnotherKindVersionLengthOrPolicyIsRefusedNamingForm() {
    byte[] good = TIKTOK.batch(MARCH_31).add(order("o-1")).toBytes();
    assertThat(TIKTOK.batch(good).statement()).isEqualTo(TIKTOK.statement(List.of(order("o-1")), MARCH_31));
    assertThatThrownBy(() -> TIKTOK.batch((byte[]) null)).isInstanceOf(NullPointerException.class).hasMessage("form");
    byte[] streaks = Monetik.defaults().streaks().batch(Instant.parse("2025-01-01T00:00:00Z")).toBytes();
    assertThatThrownBy(() -> TIKTOK.batch(streaks)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("form must be the order batch form (kind 'A'), was kind 'S'");
    byte[] v0 = good.clone();
    v0[5] = 0;
    assertThatThrownBy(() -> TIKTOK.batch(v0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("form must be version 1 of the order batch form, was version 0");
    for (int cut = 0; cut < good.length; cut++) {
      byte[] shorter = Arrays.copyOf(good, cut);
      assertThatThrownBy(() -> TIKTOK.batch(shorter)).as("cut at %d", cut).isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("form");
    }
    byte[] longer = Arrays.copyOf(good, good.length + 1);
    assertThatThrownBy(() -> TIKTOK.batch(longer)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("form (order batch) field (end) at byte ");
    CommissionPolicy p = TIKTOK.commissionPolicy();
    for (CommissionPolicy another : List.of(p.withSettlementDays(p.settlementDays() + 1), p.withName("Another shop"),
        p.withNotes(List.of("another note")), p.withRoundingMode(java.math.RoundingMode.DOWN))) {
      assertThatThrownBy(() -> Affiliate.of(another, TestRules.PROVENANCE).batch(good)).as(another.toString())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("form must be restored under the rules it was written under (digest ");
    }
    Affiliate elsewhere = Affiliate.of(p, TestRules.asOf(LocalDate.of(2024, 1, 1)));
    assertThat(elsewhere.batch(good).statement().provenance()).isEqualTo(elsewhere.provenance());
  }

  @Test
  void aCraftedFormMeetsTheChecksOfWhatOrdersAlwaysGive() {
    assertThat(TIKTOK.batch(oneOrder(615, 0, 0, 615, MARCH)).statement().pending()).isEqualTo(usd("6.15"));
    refused(oneOrder(-1, 0, 0, -1, MARCH), "products[0].pending", "must be in [0, 9223372036854775807], was -1");
    refused(oneOrder(0, 5, -10, 0, MARCH), "products[0]", "must be pending + payable + reversed (earned) >= 0, was -5");
    refused(oneOrder(Long.MAX_VALUE, 1, 0, 0, MARCH), "products[0]",
        "must be pending + payable + reversed within a long, was '9223372036854775807 + 1 + 0'");
    refused(oneOrder(615, 0, 0, 600, MARCH), "campaigns", "must be tallies adding up to the products' total "
        + "Split[earned=615, pending=615, payable=0, reversed=0], was Split[earned=600, pending=600, payable=0, reversed=0]");
    refused(oneOrder(615, 0, 0, 615, MARCH + 1), "months[0]", "must be in [-11999999988, 24302], was 24303");
    long day = MARCH_31.toEpochDay();
    refused(form(w -> w.putLong(day).putString("ZZZ")), "currency", "must be an ISO 4217 currency code, was 'ZZZ'");
    refused(form(w -> w.putLong(day).putString(null).putLong(1).putString("o-1")), "currency",
        "must be present for a batch of orders, was null");
    refused(form(w -> w.putLong(day).putString("USD").putLong(0)), "currency",
        "must be absent for a batch of no orders, was 'USD'");
    refused(form(w -> w.putLong(day).putString("USD").putLong(2).putString("o-2").putString("o-1")), "orders[1]",
        "must be after 'o-2' (sorted, each once), was 'o-1'");
    refused(form(w -> w.putLong(day).putString("USD").putLong(1).putString(" ")), "orders[0]", "must be a non-blank id, was ' '");
    refused(form(w -> w.putLong(day).putString("USD").putLong(1).putString("o-1").putLong(0).putLong(0).putLong(0).putLong(0)),
        "orders", "must be none for a batch without amounts, was 1");
    refused(form(w -> w.putLong(day).putString(null).putLong(0).putLong(1).putString("lamp-01").putLong(1).putLong(0).putLong(0)
        .putLong(1).putString("(open)").putLong(1).putLong(0).putLong(0).putLong(1).putLong(MARCH).putLong(1).putLong(0)
        .putLong(0).putLong(0)), "orders", "must be at least one for a batch with amounts, was 0");
    refused(form(w -> w.putLong(day).putString("USD").putLong(1).putString("o-1").putLong(0).putLong(0).putLong(1)
        .putLong(MARCH).putLong(0).putLong(0).putLong(0)), "months",
        "must be present exactly when products and campaigns are, was '1 months, 0 products, 0 campaigns'");
    refused(tiered("o-9", day, 1), "tiered[0].order", "must be one of the batch's orders, was 'o-9'");
    refused(tiered("o-1", day + 1, 1), "tiered[0].day", "must be in [-365243219162, " + day + "], was " + (day + 1));
    refused(tiered("o-1", day, 0), "tiered[0].firstOrders", "must be in [1, 9223372036854775807], was 0");
    assertThat(TIKTOK.batch(tiered("o-1", day, 2)).statement().pending()).isEqualTo(usd("0.10"));
    refused(form(w -> w.putLong(LocalDate.MAX.toEpochDay() + 1)), "asOf",
        "must be in [-365243219162, 365241780471], was 365241780472");
  }

  /** o-1 with one tiered line of 10 and 20 minor units pending at its two tiers. */
  private static byte[] tiered(String order, long day, long firstOrders) {
    return form(w -> w.putLong(MARCH_31.toEpochDay()).putString("USD").putLong(1).putString("o-1").putLong(0).putLong(0)
        .putLong(0).putLong(1).putString("cup").putLong(day).putString(order).putLong(firstOrders)
        .putLong(10).putLong(0).putLong(0).putLong(20).putLong(0).putLong(0));
  }

  private static void refused(byte[] form, String field, String rest) {
    assertThatThrownBy(() -> TIKTOK.batch(form)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("form (order batch) field " + field + " at byte ").hasMessageEndingWith(rest);
  }
}
