package io.github.monetik.examples;

import io.github.monetik.income.IncomeReport;
import io.github.monetik.income.IncomeStream;
import io.github.monetik.money.Money;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.style.Styler;

/**
 * Pictures for data work, rendered to PNG with XChart (headless: no display needed). Values are
 * exact numbers ({@code BigDecimal}, {@code long}); they are turned into pixels only here.
 */
public final class Charts {
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
    CategoryChart chart = new CategoryChartBuilder().width(900).height(500).title(title).xAxisTitle(xTitle).yAxisTitle(yTitle).build();
    chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideE);
    chart.getStyler().setStacked(true);
    chart.getStyler().setXAxisLabelRotation(45);
    series.forEach((name, values) -> chart.addSeries(name, new ArrayList<>(categories), new ArrayList<Number>(values)));
    String file = png.toString().endsWith(".png") ? png.toString().substring(0, png.toString().length() - 4) : png.toString();
    BitmapEncoder.saveBitmap(chart, file, BitmapEncoder.BitmapFormat.PNG);
    return Path.of(file + ".png");
  }
}
