package io.terawatt.grid.typical;

import io.terawatt.grid.GridQuantity;
import io.terawatt.timeseries.HourlySeries;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;

/**
 * Summary statistics of one hourly carbon-intensity series, as compared by {@link
 * SyntheticComparison}. Standard deviations divide by the number of values; percentiles interpolate
 * linearly between order statistics ({@code (n - 1) p}, Hyndman-Fan type 7); autocorrelations are
 * the usual sample estimate {@code sum (x_t - m)(x_{t+k} - m) / sum (x_t - m)^2}. A statistic that
 * is undefined for the series (too short, constant) is {@code NaN}.
 *
 * @param hours number of hours in the series
 * @param mean_gCO2e_per_kWh mean of all hours
 * @param std_gCO2e_per_kWh standard deviation of all hours
 * @param p5_gCO2e_per_kWh 5th percentile of the hours
 * @param p95_gCO2e_per_kWh 95th percentile of the hours
 * @param lag1 autocorrelation at one hour
 * @param lag24 autocorrelation at 24 hours
 * @param dailyMeanStd_gCO2e_per_kWh standard deviation of the means of whole UTC days (day-to-day
 *     spread, seasons included)
 */
public record SeriesStatistics(
    int hours,
    double mean_gCO2e_per_kWh,
    double std_gCO2e_per_kWh,
    double p5_gCO2e_per_kWh,
    double p95_gCO2e_per_kWh,
    double lag1,
    double lag24,
    double dailyMeanStd_gCO2e_per_kWh) {

  /**
   * The statistics of a series in {@code gCO2e_per_kWh}.
   *
   * @throws IllegalArgumentException when the series is in another unit
   */
  public static SeriesStatistics of(HourlySeries series) {
    requireCarbonIntensity(series, "The series");
    double[] x = series.values();
    double mean = series.mean();
    double squares = 0;
    for (double v : x) {
      squares += (v - mean) * (v - mean);
    }
    double[] sorted = x.clone();
    Arrays.sort(sorted);
    return new SeriesStatistics(
        x.length,
        mean,
        Math.sqrt(squares / x.length),
        percentile(sorted, 0.05),
        percentile(sorted, 0.95),
        autocorrelation(x, mean, squares, 1),
        autocorrelation(x, mean, squares, 24),
        dailyMeanStd(series));
  }

  static void requireCarbonIntensity(HourlySeries series, String what) {
    String unit = GridQuantity.CARBON_INTENSITY.unit();
    if (!unit.equals(series.unit())) {
      throw new IllegalArgumentException(
          what + " is in " + series.unit() + "; the comparison needs " + unit + ".");
    }
  }

  /** Linear interpolation between order statistics at {@code (n - 1) p}. */
  static double percentile(double[] sorted, double p) {
    double h = (sorted.length - 1) * p;
    int lo = (int) Math.floor(h);
    int hi = Math.min(lo + 1, sorted.length - 1);
    return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
  }

  private static double autocorrelation(double[] x, double mean, double squares, int lag) {
    if (x.length <= lag || squares == 0) {
      return Double.NaN;
    }
    double sum = 0;
    for (int i = lag; i < x.length; i++) {
      sum += (x[i] - mean) * (x[i - lag] - mean);
    }
    return sum / squares;
  }

  private static double dailyMeanStd(HourlySeries series) {
    Instant start = series.start();
    Instant firstMidnight =
        LocalDate.ofInstant(start, ZoneOffset.UTC).atStartOfDay(ZoneOffset.UTC).toInstant();
    if (firstMidnight.isBefore(start)) {
      firstMidnight = firstMidnight.plus(Duration.ofDays(1));
    }
    int offset = (int) Duration.between(start, firstMidnight).toHours();
    int days = (series.hours() - offset) / 24;
    if (days < 2) {
      return Double.NaN;
    }
    double[] daily = new double[days];
    double sum = 0;
    for (int d = 0; d < days; d++) {
      double s = 0;
      for (int h = 0; h < 24; h++) {
        s += series.valueAt(offset + d * 24 + h);
      }
      daily[d] = s / 24;
      sum += daily[d];
    }
    double mean = sum / days;
    double squares = 0;
    for (double v : daily) {
      squares += (v - mean) * (v - mean);
    }
    return Math.sqrt(squares / days);
  }
}
