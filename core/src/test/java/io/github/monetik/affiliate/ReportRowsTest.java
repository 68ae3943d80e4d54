package io.github.monetik.affiliate;

import static io.github.monetik.testing.AffiliateGenerators.asOf;
import static io.github.monetik.testing.AffiliateGenerators.currency;
import static io.github.monetik.testing.AffiliateGenerators.orders;
import static io.github.monetik.testing.AffiliateGenerators.seeds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.monetik.Monetik;
import io.github.monetik.money.Money;
import io.github.monetik.report.Rows;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Export rows of a commission statement: every breakdown adds up to the statement's totals. */
class ReportRowsTest {
  private static BigDecimal sum(List<Map<String, Object>> rows, String column) {
    return rows.stream().map(r -> (BigDecimal) r.get(column)).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  private static void addsUp(CommissionStatement s, List<Map<String, Object>> rows, String key, int size) {
    assertThat(rows).hasSize(size);
    String code = s.currency().map(Currency::getCurrencyCode).orElse("XXX");
    assertThat(rows).allSatisfy(r -> {
      assertThat(r.keySet()).containsExactly(key, "earned", "pending", "payable", "reversed", "currency");
      assertThat(r.get("currency")).isEqualTo(code);
      assertThat((BigDecimal) r.get("earned")).isEqualByComparingTo(
          ((BigDecimal) r.get("pending")).add((BigDecimal) r.get("payable")).add((BigDecimal) r.get("reversed")));
    });
    Map<String, Function<CommissionStatement, Money>> totals = Map.of("earned", CommissionStatement::earned,
        "pending", CommissionStatement::pending, "payable", CommissionStatement::payable, "reversed", CommissionStatement::reversed);
    totals.forEach((column, total) -> assertThat(sum(rows, column)).isEqualByComparingTo(total.apply(s).amount()));
  }

  @Test
  void everyBreakdownAddsUpToTheTotals() {
    qt().withExamples(100).forAll(seeds()).checkAssert(seed -> {
      SplittableRandom r = new SplittableRandom(seed);
      CommissionStatement s = Monetik.defaults().affiliate().statement(orders(r, currency(r), r.nextInt(12)), asOf(r));
      addsUp(s, s.rows(), "product", s.byProduct().size());
      addsUp(s, s.monthRows(), "month", s.byMonth().size());
      addsUp(s, s.campaignRows(), "campaign", s.byCampaign().size());
      assertThat(s.rows().stream().map(row -> (String) row.get("product")).toList()).isSorted();
    });
  }

  @Test
  void theEmptyStatementHasNoRowsButItsColumns() {
    CommissionStatement empty = Monetik.defaults().affiliate().emptyStatement();
    assertThat(empty.rows()).isEmpty();
    assertThat(empty.rows().columns()).containsExactly("product", "earned", "pending", "payable", "reversed", "currency");
    assertThat(empty.monthRows()).isEmpty();
    assertThat(empty.monthRows().columns()).startsWith("month");
    assertThat(empty.campaignRows().columns()).startsWith("campaign");
  }

  @Test
  void columnsAreTypedAndAnOrdersLinesAddUpToIt() {
    Affiliate tiktok = Monetik.defaults().affiliate();
    CommissionStatement s = tiktok.statement(java.util.List.of(CommissionTest.delivered()), java.time.LocalDate.of(2025, 3, 31));
    Rows rows = s.rows();
    assertThat(rows.kind("product")).isEqualTo(Rows.ColumnType.TEXT);
    assertThat(rows.kind("earned")).isEqualTo(Rows.ColumnType.AMOUNT);
    assertThat(rows.get(0)).containsEntry("product", "lamp-01").containsEntry("earned", new BigDecimal("6.15"))
        .containsEntry("currency", "USD");
    assertThat(s.monthRows().value(0, "month")).isEqualTo("2025-03");
    assertThat(s.campaignRows().value(0, "campaign")).isEqualTo("(open)");
    OrderCommission c = tiktok.commission(CommissionTest.delivered(OrderEvent.refunded(java.time.LocalDate.of(2025, 3, 25),
        CommissionTest.usd("24.76"))), java.time.LocalDate.of(2025, 3, 31));
    Rows lines = c.rows();
    assertThat(lines.columns()).containsExactly("product", "quantity", "base", "rate", "rate_kind", "commission", "earned",
        "pending", "payable", "reversed", "currency");
    assertThat(lines.get(0)).containsEntry("quantity", 2L).containsEntry("base", new BigDecimal("41.00"))
        .containsEntry("rate", new BigDecimal("0.15")).containsEntry("rate_kind", "OPEN")
        .containsEntry("commission", new BigDecimal("6.15")).containsEntry("earned", new BigDecimal("3.08"))
        .containsEntry("payable", new BigDecimal("6.15")).containsEntry("reversed", new BigDecimal("-3.07"));
    assertThat(lines.toString()).startsWith("product  quantity");
  }
}
