package io.github.monetik.examples;

import io.github.monetik.examples.samples.AffiliateSample;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.monetik.Monetik;
import io.github.monetik.affiliate.CommissionStatement;
import io.github.monetik.affiliate.Order;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AffiliateStatementCommandTest extends CommandTest {
  private static String shipped() throws Exception {
    try (InputStream in = AffiliateStatementCommand.class.getResourceAsStream(AffiliateStatementCommand.SAMPLE)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void theShippedSampleIsWhatTheSeededGeneratorWrites() throws Exception {
    StringBuilder regenerated = new StringBuilder();
    AffiliateSample.write(regenerated);
    assertThat(shipped()).isEqualTo(regenerated.toString());
  }

  @Test
  void aDayBeforeEveryOrderSaysSoInsteadOfAmountsWithoutCurrency() {
    assertThat(run("affiliate-statement", "--as-of", "2024-06-30")).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains("0 orders, no currency")
        .contains("No order was placed by 2024-06-30: nothing is earned, pending or payable (the orders were placed from 2025-03-")
        .doesNotContain("XXX");
  }

  @Test
  void printsTheStatementOfTheBundledMonthAsOfItsLastDay() throws Exception {
    assertThat(run("affiliate-statement")).isZero();
    List<Order> orders = AffiliateOrdersCsv.read(new StringReader(shipped()));
    assertThat(orders).hasSize(AffiliateSample.ORDERS);
    CommissionStatement s = Monetik.defaults().affiliate().statement(orders, LocalDate.of(2025, 3, 31));
    assertThat(s.payable().isPositive()).isTrue();
    assertThat(s.pending().isPositive()).isTrue();
    assertThat(s.reversed().isNegative()).isTrue();
    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains("Affiliate statement: 400 orders from affiliate-orders-2025-03.csv (bundled sample)")
        .contains(s.toString())
        .contains("Payable as of 2025-03-31: " + s.payable() + " settled, " + s.reversed())
        .contains("Still pending: " + s.pending())
        .contains("One order explained:");
    assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
  }

  @Test
  void readsAFileAsOfAnyDay(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("orders.csv");
    Files.writeString(file, shipped());
    assertThat(run("affiliate-statement", "--as-of", "2025-05-01", file.toString())).isZero();
    String text = out.toString(StandardCharsets.UTF_8);
    assertThat(text).contains("as of 2025-05-01").contains("Payable as of 2025-05-01: USD ");
  }

  @Test
  void badArgumentsAndBadRows(@TempDir Path dir) throws Exception {
    assertThat(run("affiliate-statement", "--as-of", "March")).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).startsWith(
        "monetik-examples affiliate-statement: --as-of must be a date such as 2024-06-01, was 'March'\n"
            + "Usage: monetik-examples affiliate-statement ");
    err.reset();
    assertThat(run("affiliate-statement", "--as-of")).isEqualTo(2);
    assertThat(run("affiliate-statement", "a.csv", "b.csv")).isEqualTo(2);
    assertThat(run("affiliate-statement", "--bogus")).isEqualTo(2);
    err.reset();
    Path file = dir.resolve("bad.csv");
    String[] rows = shipped().split("\n");
    Files.writeString(file, rows[0] + "\n" + rows[1].replace(",1,68.99,", ",-1,68.99,") + "\n");
    assertThat(run("affiliate-statement", file.toString())).isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("row 2: quantity must be >= 1, was -1");
    err.reset();
    Files.writeString(file, rows[0] + "\n");
    assertThat(run("affiliate-statement", file.toString())).as("a file of no orders is an error, not a report").isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains(file + ": no orders (the file needs the header order_id,");
    err.reset();
    assertThat(run("affiliate-statement", dir.resolve("missing.csv").toString())).isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("missing.csv");
  }

  @Test
  void theCsvFormatRoundTripsEventsInDayOrder() throws Exception {
    String header = String.join(",", AffiliateOrdersCsv.HEADER);
    String row = "o1,USD,2025-03-01,2025-03-01,2025-03-01,,2025-03-01,,2025-03-01:1.00,p,P,home,2025-01-01:10,"
        + "c:20:2025-03-01:2025-03-02,2025-02-01,1,10.00,0.00,0.00,0.80,0.00";
    List<Order> orders = AffiliateOrdersCsv.read(new InputStreamReader(
        new java.io.ByteArrayInputStream((header + "\n" + row + "\n").getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8));
    assertThat(orders.get(0).events()).extracting(e -> e.type().name())
        .containsExactly("PLACED", "SHIPPED", "DELIVERED", "REFUNDED", "RETURNED");
    assertThat(orders.get(0).lines().get(0).product().campaigns()).hasSize(1);
    assertThat(orders.get(0).lines().get(0).promotingSince()).contains(LocalDate.of(2025, 2, 1));
  }
}
