package io.github.monetik.examples.samples;

import io.github.monetik.examples.AffiliateOrdersCsv;
import io.github.monetik.examples.Export;
import java.util.Locale;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes the shipped sample {@code affiliate-orders-2025-03.csv}: a month (March 2025) of one
 * creator's TikTok Shop orders, generated from a seed, in {@link AffiliateOrdersCsv}'s format.
 *
 * <p>Regenerate it (the test {@code AffiliateStatementCommandTest} checks the shipped file matches):
 * <pre>
 * java -cp examples/target/monetik-examples.jar io.github.monetik.examples.AffiliateSample \
 *     examples/src/main/resources/io/github/monetik/examples/affiliate-orders-2025-03.csv
 * </pre>
 *
 * <p>The shapes are invented for the demo, not measured: 12 products priced USD 6–90 with rates of
 * 5–25% (DOMAIN.md's typical 8–20%, confidence L, widened), some rate changes and campaigns, and
 * lifecycles where most orders are delivered, some cancelled, returned, partly refunded or flagged.
 */
public final class AffiliateSample {
  /** The seed of the shipped sample. */
  public static final long SEED = 20250301L;
  /** How many orders the sample holds. */
  public static final int ORDERS = 400;

  private AffiliateSample() {}

  /**
   * @param args the file to write (default: standard output)
   * @throws IOException if the file cannot be written
   */
  public static void main(String[] args) throws IOException {
    if (args.length == 0) {
      Writer out = new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8);
      write(out);
      out.flush();
    } else {
      Export.write(Path.of(args[0]), AffiliateSample::write);
    }
  }

  private static String money(long cents) {
    return BigDecimal.valueOf(cents, 2).toPlainString();
  }

  /**
   * Writes the sample: the same bytes on every run.
   *
   * @param out where the CSV goes
   * @throws IOException if writing fails
   */
  public static void write(Appendable out) throws IOException {
    SplittableRandom r = new SplittableRandom(SEED);
    LocalDate month = LocalDate.of(2025, 3, 1);
    String[] titles = {"Desk lamp", "Lip tint", "Phone stand", "Yoga mat", "Water bottle", "Face serum", "Tote bag",
        "LED strip", "Hair clips", "Blender", "Sneaker cleaner", "Notebook set"};
    String[] categories = {"home", "beauty", "electronics", "sports", "home", "beauty", "fashion", "electronics",
        "fashion", "home", "fashion", "office"};
    List<String[]> products = new ArrayList<>();
    for (int i = 0; i < titles.length; i++) {
      long price = 600 + r.nextInt(84) * 100 + 99;
      int rate = 5 + r.nextInt(21);
      String history = "2025-01-15:" + rate;
      if (i % 4 == 1) {
        history += ";2025-03-" + String.format(Locale.ROOT, "%02d", 5 + r.nextInt(15)) + ":" + Math.max(1, rate - 5);
      } else if (i % 4 == 2) {
        history += ";2025-03-" + String.format(Locale.ROOT, "%02d", 5 + r.nextInt(15)) + ":" + (rate + 5);
      }
      String campaign = i % 5 == 0 ? "spring-" + (i + 1) + ":" + (rate + 10) + ":2025-03-10:2025-03-16" : "";
      products.add(new String[] {"sku-" + (101 + i), titles[i], categories[i], history, campaign, money(price),
          i % 3 == 0 ? "2025-03-08" : ""});
    }
    try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(AffiliateOrdersCsv.columns().toArray(String[]::new))
        .setRecordSeparator('\n').get())) {
      for (int o = 0; o < ORDERS; o++) {
        LocalDate placed = month.plusDays(r.nextInt(31));
        int shape = r.nextInt(20);
        String shipped = "";
        String delivered = "";
        String cancelled = "";
        String returned = "";
        String fraud = "";
        String refunds = "";
        LocalDate d = placed;
        if (shape == 0) {
          cancelled = d.plusDays(r.nextInt(2)).toString();
        } else {
          d = d.plusDays(1 + r.nextInt(2));
          if (!d.isAfter(month.plusMonths(1))) {
            shipped = d.toString();
            d = d.plusDays(2 + r.nextInt(4));
            if (!d.isAfter(month.plusMonths(1).plusDays(5))) {
              delivered = d.toString();
              if (shape == 1) {
                returned = d.plusDays(3 + r.nextInt(20)).toString();
              } else if (shape == 2) {
                fraud = d.plusDays(r.nextInt(25)).toString();
              }
            }
          }
        }
        int lines = r.nextInt(5) == 0 ? 2 : 1;
        List<String[]> rows = new ArrayList<>();
        long paid = 0;
        for (int l = 0; l < lines; l++) {
          String[] p = products.get(r.nextInt(products.size()));
          long unit = new BigDecimal(p[5]).movePointRight(2).longValueExact();
          int qty = 1 + (r.nextInt(4) == 0 ? 1 : 0);
          long gross = unit * qty;
          long seller = r.nextInt(4) == 0 ? gross / 10 : 0;
          long platform = r.nextInt(5) == 0 ? Math.min(300, gross - seller) : 0;
          long tax = (gross - seller - platform) * 8 / 100;
          long shipping = l == 0 && r.nextBoolean() ? 399 : 0;
          paid += gross - seller - platform + tax + shipping;
          rows.add(new String[] {p[0], p[1], p[2], p[3], p[4],
              p[6].isEmpty() || placed.isBefore(LocalDate.parse(p[6])) ? "" : p[6], Integer.toString(qty), money(unit), money(seller),
              money(platform), money(tax), money(shipping)});
        }
        if (shape == 3 && !delivered.isEmpty()) {
          refunds = LocalDate.parse(delivered).plusDays(r.nextInt(25)) + ":" + money(1 + r.nextLong(paid / 2));
        }
        for (String[] row : rows) {
          csv.printRecord(String.format(Locale.ROOT, "TT2503-%04d", o + 1), "USD", placed, shipped, delivered, cancelled, returned,
              fraud, refunds, row[0], row[1], row[2], row[3], row[4], row[5], row[6], row[7], row[8], row[9], row[10],
              row[11]);
        }
      }
    }
  }
}
