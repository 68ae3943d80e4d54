package io.github.monetik.examples;

import java.util.Locale;
import io.github.monetik.gifts.CountedGift;
import io.github.monetik.gifts.DiamondPolicy;
import io.github.monetik.gifts.EarningsRow;
import io.github.monetik.gifts.LiveEarnings;
import io.github.monetik.income.IncomeReport;
import io.github.monetik.income.IncomeStream;
import io.github.monetik.money.Money;
import io.github.monetik.streaks.StreakReport;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.style.Styler;

/**
 * Pictures for data work, rendered to PNG with XChart (headless: no display needed). Values are
 * exact numbers ({@code BigDecimal}, {@code long}); they are turned into pixels only here.
 */
public final class Charts {
  /** Up to this many minutes (four hours: a long LIVE), minutes without gifts are drawn as empty bars. */
  static final int MAX_FILLED_MINUTES = 240;
  /** Up to this many days, streak lengths that no run has are drawn as empty bars. */
  static final int MAX_FILLED_LENGTHS = 400;
  /** The size of every picture, in pixels. */
  static final int WIDTH = 900;
  static final int HEIGHT = 500;

  static {
    System.setProperty("java.awt.headless", "true");
  }

  private Charts() {}

  /**
   * A bar chart of one series: one bar per key, in the map's order.
   *
   * @param title the chart's title
   * @param xTitle the category axis title
   * @param yTitle the value axis title
   * @param values the bars
   * @param png where to write the picture ({@code .png} is added if missing)
   * @return the file written
   * @throws IOException if the file cannot be written
   */
  public static Path bars(String title, String xTitle, String yTitle, Map<String, ? extends Number> values, Path png)
      throws IOException {
    return stacked(title, xTitle, yTitle, List.copyOf(values.keySet()), Map.of(yTitle, List.copyOf(values.values())), png);
  }

  /**
   * The income mix per month: one stacked bar per month, one colour per stream (net amounts).
   *
   * @param report an income report
   * @param png where to write the picture
   * @return the file written
   * @throws IOException if the file cannot be written
   */
  public static Path incomeMix(IncomeReport report, Path png) throws IOException {
    List<String> months = new ArrayList<>();
    report.byMonth().keySet().forEach(m -> months.add(m.toString()));
    Map<String, List<BigDecimal>> series = new LinkedHashMap<>();
    for (IncomeStream stream : report.byStream().keySet()) {
      List<BigDecimal> values = new ArrayList<>();
      for (YearMonth m : report.byMonth().keySet()) {
        values.add(report.byMonth().get(m).getOrDefault(stream, Money.zero(report.currency())).amount());
      }
      series.put(stream.name(), values);
    }
    return stacked("Income mix per month", "month", report.currency().getCurrencyCode(), months, series, png);
  }

  /**
   * The creator's LIVE earnings per minute (creator cash, UTC minutes), one stacked bar per minute:
   * one colour for each of the {@code topN} senders with the most coins overall, one for everyone
   * else. A minute's bar is exactly that minute's creator cash. Minutes without gifts are shown as
   * empty bars while the gifts span at most 240 minutes (one LIVE); longer
   * spans (recordings from several LIVEs) show only the minutes with gifts.
   *
   * <p>It needs the gifts, not a {@link LiveEarnings}: earnings keep per-minute and per-sender totals
   * but not the two crossed, which the highlighting needs.
   *
   * @param gifts counted gifts, for example {@code settlement.settled()}
   * @param policy how coins become creator cash, for example {@code tiktok.gifts().diamondPolicy()}
   * @param topN how many senders to highlight, {@code >= 0}
   * @param png where to write the picture ({@code .png} is added if missing)
   * @return the file written
   * @throws IllegalArgumentException if {@code topN} is negative or there are no gifts
   * @throws IOException if the file cannot be written
   */
  public static Path liveEarningsPerMinute(Collection<CountedGift> gifts, DiamondPolicy policy, int topN, Path png)
      throws IOException {
    if (topN < 0) {
      throw new IllegalArgumentException("topN must be >= 0, was " + topN);
    }
    if (gifts.isEmpty()) {
      throw new IllegalArgumentException("gifts must not be empty, was []");
    }
    LiveEarnings all = door(policy).earnings(gifts);
    List<Instant> minutes = new ArrayList<>(all.byMinute().keySet());
    Instant first = minutes.get(0);
    Instant last = minutes.get(minutes.size() - 1);
    if (Duration.between(first, last).toMinutes() < MAX_FILLED_MINUTES) {
      minutes.clear();
      for (Instant m = first; !m.isAfter(last); m = m.plusSeconds(60)) {
        minutes.add(m);
      }
    }
    boolean oneDay = first.truncatedTo(ChronoUnit.DAYS).equals(last.truncatedTo(ChronoUnit.DAYS));
    DateTimeFormatter label = DateTimeFormatter.ofPattern(oneDay ? "HH:mm" : "yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);
    List<String> categories = minutes.stream().map(label::format).toList();
    Map<String, List<BigDecimal>> series = new LinkedHashMap<>();
    Map<Instant, BigDecimal> rest = new LinkedHashMap<>();
    all.byMinute().forEach((m, row) -> rest.put(m, row.creatorCash().amount()));
    for (EarningsRow sender : all.topSenders(topN)) {
      List<CountedGift> theirs = gifts.stream().filter(g -> g.senderId().equals(sender.label())).toList();
      Map<Instant, EarningsRow> byMinute = door(policy).earnings(theirs).byMinute();
      series.put(sender.label(), cash(minutes, byMinute));
      // Creator cash is exact and linear in coins, so the rest is the minute's total minus the top senders'.
      byMinute.forEach((m, row) -> rest.merge(m, row.creatorCash().amount(), BigDecimal::subtract));
    }
    List<BigDecimal> others = new ArrayList<>();
    minutes.forEach(m -> others.add(rest.getOrDefault(m, BigDecimal.ZERO)));
    series.put(topN == 0 ? "all senders" : "everyone else", others);
    String title = String.format(Locale.ROOT, "Creator earnings per minute (%s, %s gifts)", all.creatorCash(), all.gifts());
    return stacked(title, "minute (UTC)", "creator cash (" + policy.coinValue().currency().getCurrencyCode() + ")",
        categories, series, png);
  }

  private static List<BigDecimal> cash(List<Instant> minutes, Map<Instant, EarningsRow> byMinute) {
    List<BigDecimal> values = new ArrayList<>(minutes.size());
    for (Instant m : minutes) {
      EarningsRow row = byMinute.get(m);
      values.add(row == null ? BigDecimal.ZERO : row.creatorCash().amount());
    }
    return values;
  }

  /**
   * The distribution of streak lengths: for each run length in counted days, how many runs (of every
   * pair and group, past and current) had it ({@link StreakReport#runLengths()}). Lengths from 1 to
   * the longest are all shown, absent ones as empty bars, up to 400 days;
   * beyond that only the lengths that occur.
   *
   * @param report a streak report
   * @param png where to write the picture ({@code .png} is added if missing)
   * @return the file written
   * @throws IllegalArgumentException if the report has no runs
   * @throws IOException if the file cannot be written
   */
  public static Path streakLengths(StreakReport report, Path png) throws IOException {
    SortedMap<Integer, Long> histogram = report.runLengths();
    if (histogram.isEmpty()) {
      throw new IllegalArgumentException("report must have at least one streak run, had none");
    }
    List<Integer> lengths = new ArrayList<>(histogram.keySet());
    if (histogram.lastKey() <= MAX_FILLED_LENGTHS) {
      lengths.clear();
      for (int d = 1; d <= histogram.lastKey(); d++) {
        lengths.add(d);
      }
    }
    List<String> categories = lengths.stream().map(String::valueOf).toList();
    List<Long> runs = lengths.stream().map(d -> histogram.getOrDefault(d, 0L)).toList();
    long total = histogram.values().stream().mapToLong(Long::longValue).sum();
    return stacked(String.format(Locale.ROOT, "Streak lengths (%,d runs of %,d pairs and groups)", total, report.groups().size()),
        "length (counted days)", "runs", categories, Map.of("runs", runs), png);
  }

  /**
   * A stacked bar chart: one bar per category, one colour per series.
   *
   * @param title the chart's title
   * @param xTitle the category axis title
   * @param yTitle the value axis title
   * @param categories the bars, left to right
   * @param series each series' values, one per category
   * @param png where to write the picture ({@code .png} is added if missing)
   * @return the file written
   * @throws IOException if the file cannot be written
   */
  public static Path stacked(String title, String xTitle, String yTitle, List<String> categories,
      Map<String, ? extends List<? extends Number>> series, Path png) throws IOException {
    CategoryChart chart = new CategoryChartBuilder().width(WIDTH).height(HEIGHT).title(title).xAxisTitle(xTitle).yAxisTitle(yTitle).build();
    chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideE);
    chart.getStyler().setStacked(true);
    chart.getStyler().setXAxisLabelRotation(45);
    // The plotting edge: XChart turns each exact value into a double for pixels; nothing is computed from them.
    series.forEach((name, values) -> chart.addSeries(name, new ArrayList<>(categories), new ArrayList<Number>(values)));
    String file = png.toString().endsWith(".png") ? png.toString().substring(0, png.toString().length() - 4) : png.toString();
    BitmapEncoder.saveBitmap(chart, file, BitmapEncoder.BitmapFormat.PNG);
    return Path.of(file + ".png");
  }

  private static io.github.monetik.gifts.Gifts door(DiamondPolicy policy) {
    return io.github.monetik.gifts.Gifts.of(policy, io.github.monetik.gifts.GiftCatalog.empty(),
        io.github.monetik.rules.WithdrawalPresets.wallet(), io.github.monetik.rules.Rules.latest().provenance());
  }
}
