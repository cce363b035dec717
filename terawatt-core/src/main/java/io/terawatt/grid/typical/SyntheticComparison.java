package io.terawatt.grid.typical;

import io.terawatt.timeseries.HourlySeries;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

/**
 * How close a synthetic carbon-intensity series comes to a real one: the summary statistics of each
 * and the Pearson correlations between their mean diurnal profiles and their month means.
 *
 * @param real statistics of the real series
 * @param synthetic statistics of the synthetic series
 * @param diurnalProfileCorrelation Pearson correlation between the two mean profiles by UTC hour
 *     (24 points; hours present in both series)
 * @param monthlyMeanCorrelation Pearson correlation between the two series' means by UTC month of
 *     year (12 points for whole years; months present in both series); {@code NaN} with fewer than
 *     two common points or a constant side
 */
public record SyntheticComparison(
    SeriesStatistics real,
    SeriesStatistics synthetic,
    double diurnalProfileCorrelation,
    double monthlyMeanCorrelation) {

  /**
   * Compares two series in {@code gCO2e_per_kWh}; they need not cover the same hours.
   *
   * @throws IllegalArgumentException when either is in another unit
   */
  public static SyntheticComparison compare(HourlySeries real, HourlySeries synthetic) {
    SeriesStatistics.requireCarbonIntensity(real, "The real series");
    SeriesStatistics.requireCarbonIntensity(synthetic, "The synthetic series");
    return new SyntheticComparison(
        SeriesStatistics.of(real),
        SeriesStatistics.of(synthetic),
        pearson(meansBy(real, 24, false), meansBy(synthetic, 24, false)),
        pearson(meansBy(real, 12, true), meansBy(synthetic, 12, true)));
  }

  /** Relative difference of the synthetic mean from the real one: {@code synthetic / real - 1}. */
  public double meanRelativeDifference() {
    return synthetic.mean_gCO2e_per_kWh() / real.mean_gCO2e_per_kWh() - 1;
  }

  /** Means by UTC hour of day or by UTC month (0-based); {@code NaN} where there is no hour. */
  private static double[] meansBy(HourlySeries series, int groups, boolean byMonth) {
    double[] sum = new double[groups];
    int[] count = new int[groups];
    Instant start = series.start();
    for (int i = 0; i < series.hours(); i++) {
      ZonedDateTime t = start.plus(Duration.ofHours(i)).atZone(ZoneOffset.UTC);
      int g = byMonth ? t.getMonthValue() - 1 : t.getHour();
      sum[g] += series.valueAt(i);
      count[g]++;
    }
    double[] mean = new double[groups];
    for (int g = 0; g < groups; g++) {
      mean[g] = count[g] == 0 ? Double.NaN : sum[g] / count[g];
    }
    return mean;
  }

  /** Pearson correlation over the indices where both are defined. */
  static double pearson(double[] a, double[] b) {
    int n = 0;
    double sa = 0;
    double sb = 0;
    for (int i = 0; i < a.length; i++) {
      if (!Double.isNaN(a[i]) && !Double.isNaN(b[i])) {
        n++;
        sa += a[i];
        sb += b[i];
      }
    }
    if (n < 2) {
      return Double.NaN;
    }
    double ma = sa / n;
    double mb = sb / n;
    double cov = 0;
    double va = 0;
    double vb = 0;
    for (int i = 0; i < a.length; i++) {
      if (!Double.isNaN(a[i]) && !Double.isNaN(b[i])) {
        cov += (a[i] - ma) * (b[i] - mb);
        va += (a[i] - ma) * (a[i] - ma);
        vb += (b[i] - mb) * (b[i] - mb);
      }
    }
    return va == 0 || vb == 0 ? Double.NaN : cov / Math.sqrt(va * vb);
  }
}
