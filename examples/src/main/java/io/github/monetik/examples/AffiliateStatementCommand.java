package io.github.monetik.examples;

import io.github.monetik.Monetik;
import io.github.monetik.affiliate.Affiliate;
import io.github.monetik.affiliate.CommissionStatement;
import io.github.monetik.affiliate.Order;
import io.github.monetik.affiliate.OrderCommission;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code affiliate-statement [--as-of DATE] [FILE]}: reads a month of affiliate orders from CSV (the shipped
 * sample when no file is given) and prints the creator's statement as of a day: what is payable,
 * what is still pending, what was reversed; per month, campaign and product; and one order explained
 * line by line.
 */
@Command(name = "affiliate-statement", aliases = "affiliate", mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = {"A creator's commission statement from a CSV of orders.",
        "What is payable, still pending and reversed as of a day; per month, campaign and product; and one order "
            + "explained line by line."})
final class AffiliateStatementCommand extends ExampleCommand {
  static final String SAMPLE = "affiliate-orders-2025-03.csv";

  @Option(names = "--as-of", paramLabel = "DATE", converter = Converters.Day.class,
      description = "the statement as of this day, such as 2025-03-31 (default: the end of the last order's month)")
  LocalDate asOf;

  @Parameters(index = "0", arity = "0..1", paramLabel = "FILE",
      description = "orders, one row per order line (default: the bundled sample, " + SAMPLE + ")")
  Path file;

  @Override
  public Integer call() throws IOException {
    List<Order> orders;
    if (file == null) {
      InputStream in = Objects.requireNonNull(AffiliateStatementCommand.class.getResourceAsStream(SAMPLE), SAMPLE);
      try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        orders = AffiliateOrdersCsv.read(reader);
      }
    } else {
      try (Reader reader = Inputs.reader(file)) {
        orders = AffiliateOrdersCsv.read(reader);
      }
    }
    if (orders.isEmpty()) {
      throw new IllegalArgumentException((file == null ? SAMPLE : file) + ": no orders (the file needs the header "
          + String.join(",", AffiliateOrdersCsv.HEADER) + " and at least one row)");
    }
    LocalDate day = asOf != null ? asOf
        : YearMonth.from(orders.stream().map(Order::placedOn).max(Comparator.naturalOrder()).orElseThrow()).atEndOfMonth();
    Affiliate affiliate = Monetik.defaults().affiliate();
    CommissionStatement statement = affiliate.statement(orders, day);
    out.println("Affiliate statement: " + orders.size() + " orders from " + (file == null ? SAMPLE + " (bundled sample)" : file)
        + ", rules " + affiliate.commissionPolicy().name() + " (paid " + affiliate.commissionPolicy().settlementDays()
        + " days after delivery)");
    out.println();
    out.println(statement);
    out.println();
    if (statement.orderIds().isEmpty()) {
      // No order placed by then: no currency either, so say that rather than print amounts of none.
      out.println("No order was placed by " + day + ": nothing is earned, pending or payable (the orders were placed from "
          + orders.stream().map(Order::placedOn).min(Comparator.naturalOrder()).orElseThrow() + " to "
          + orders.stream().map(Order::placedOn).max(Comparator.naturalOrder()).orElseThrow() + ").");
      return 0;
    }
    out.println("Payable as of " + day + ": " + statement.payable() + " settled, " + statement.reversed()
        + " reversed by refunds, returns and fraud after settlement: net " + statement.payable().plus(statement.reversed()));
    out.println("Still pending: " + statement.pending() + " (not delivered yet, or within " + affiliate.commissionPolicy().settlementDays()
        + " days of delivery)");
    List<OrderCommission> pending = new ArrayList<>();
    for (Order o : orders) {
      OrderCommission c = affiliate.commission(o, day);
      if (c.status() == OrderCommission.Status.PENDING && c.settlementDate().isPresent()) {
        pending.add(c);
      }
    }
    pending.stream().map(c -> c.settlementDate().orElseThrow()).max(Comparator.naturalOrder())
        .ifPresent(last -> out.println("Delivered orders still pending all settle by " + last + "."));
    out.println();
    orders.stream().map(o -> affiliate.commission(o, day)).filter(c -> c.lines().size() > 1 && c.refunded().isPositive())
        .findFirst().or(() -> orders.stream().map(o -> affiliate.commission(o, day)).filter(c -> c.lines().size() > 1).findFirst())
        .ifPresent(c -> {
          out.println("One order explained:");
          out.println(c);
        });
    return 0;
  }
}
