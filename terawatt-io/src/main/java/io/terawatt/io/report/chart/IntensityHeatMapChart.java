package io.terawatt.io.report.chart;

import io.terawatt.plan.SiteSupply;
import io.terawatt.supply.SupplySite;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Mean grid carbon intensity of a site's zone by month (rows) and UTC hour (columns), coloured from
 * the lowest to the highest cell of the chart. A cell without hours has no value.
 */
final class IntensityHeatMapChart {
  static final String GROUP = "intensity-heatmap";
  static final List<String> MONTHS =
      List.of("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec");

  private IntensityHeatMapChart() {}

  static Chart of(int index, SiteSupply s, Palette palette) {
    double[] mean = monthByHourMeans(s.builtSite());
    List<String> hours = new ArrayList<>();
    for (int h = 0; h < 24; h++) {
      hours.add(String.valueOf(h));
    }
    String unit = "gCO2e/kWh";
    return new Chart(
        GROUP + "-" + index,
        GROUP,
        s.site() + " (" + s.zone() + ")",
        "Mean grid intensity, " + s.zone() + " (" + unit + "), UTC hour",
        "Grid carbon intensity by month and hour (UTC), " + s.zone(),
        Axis.categories("hour (UTC)", hours),
        Axis.categories("month", MONTHS),
        List.of(Series.cells("grid intensity, " + s.zone(), unit, mean)),
        Optional.empty(),
        Optional.of(scale(mean, unit, palette)));
  }

  /** Means by month and hour, row by row (12 rows of 24); NaN where no hour falls. */
  static double[] monthByHourMeans(SupplySite site) {
    double[] sum = new double[12 * 24];
    int[] count = new int[12 * 24];
    for (int h = 0; h < site.hours(); h++) {
      ZonedDateTime t = site.start().plusSeconds(3600L * h).atZone(ZoneOffset.UTC);
      int cell = (t.getMonthValue() - 1) * 24 + t.getHour();
      sum[cell] += site.grid().intensityAt(h);
      count[cell]++;
    }
    double[] mean = new double[sum.length];
    for (int i = 0; i < sum.length; i++) {
      mean[i] = count[i] > 0 ? sum[i] / count[i] : Double.NaN;
    }
    return mean;
  }

  /** The scale from the lowest to the highest cell, through the palette's intensity colours. */
  static ColourScale scale(double[] values, String unit, Palette palette) {
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (double v : values) {
      if (!Double.isNaN(v)) {
        min = Math.min(min, v);
        max = Math.max(max, v);
      }
    }
    if (min > max) {
      min = 0;
      max = 0;
    }
    return new ColourScale(
        min,
        max,
        unit,
        List.of(
            palette.colour("intensity_low"),
            palette.colour("intensity_mid"),
            palette.colour("intensity_high")));
  }
}
