package io.terawatt.grid;

import io.terawatt.grid.typical.SeriesStatistics;

/**
 * How the synthetic years of a zone compare with its real test year: the real year's statistics and
 * the synthetic ones averaged over the seeds.
 *
 * @param zone the zone
 * @param real statistics of the real test year
 * @param seeds synthetic years averaged
 * @param meanOfMeans_gCO2e_per_kWh mean over the seeds of the synthetic annual mean
 * @param minMean_gCO2e_per_kWh lowest synthetic annual mean
 * @param maxMean_gCO2e_per_kWh highest synthetic annual mean
 * @param meanStd_gCO2e_per_kWh mean over the seeds of the hourly standard deviation
 * @param meanDailyMeanStd_gCO2e_per_kWh mean over the seeds of the day-to-day spread
 * @param meanDiurnalCorrelation mean Pearson correlation of the diurnal profiles
 * @param meanMonthlyCorrelation mean Pearson correlation of the month means
 * @param meanLag1 mean synthetic lag-1 autocorrelation
 * @param meanLag24 mean synthetic lag-24 autocorrelation
 */
public record SyntheticComparisonSummary(
    String zone,
    SeriesStatistics real,
    int seeds,
    double meanOfMeans_gCO2e_per_kWh,
    double minMean_gCO2e_per_kWh,
    double maxMean_gCO2e_per_kWh,
    double meanStd_gCO2e_per_kWh,
    double meanDailyMeanStd_gCO2e_per_kWh,
    double meanDiurnalCorrelation,
    double meanMonthlyCorrelation,
    double meanLag1,
    double meanLag24) {

  /** Difference of the mean synthetic annual mean from the real one, percent. */
  public double meanDifferencePercent() {
    return (meanOfMeans_gCO2e_per_kWh / real.mean_gCO2e_per_kWh() - 1) * 100;
  }
}
