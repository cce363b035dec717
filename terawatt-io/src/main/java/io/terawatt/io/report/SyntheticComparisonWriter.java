package io.terawatt.io.report;

import io.terawatt.grid.SyntheticComparisonSummary;
import io.terawatt.grid.typical.SeriesStatistics;
import java.util.List;
import java.util.Locale;

/** Writes how synthetic years compare with real test years as a Markdown table, a zone a row. */
public final class SyntheticComparisonWriter {
  private SyntheticComparisonWriter() {}

  /** The Markdown table. */
  public static String markdown(List<SyntheticComparisonSummary> zones) {
    StringBuilder b =
        new StringBuilder(
            "| zone | real mean | synthetic mean (min–max over seeds) | mean diff % | real std |"
                + " synthetic std | real daily-mean std | synthetic daily-mean std | diurnal corr |"
                + " monthly corr | lag-1 real / synth | lag-24 real / synth |\n");
    b.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for (SyntheticComparisonSummary z : zones) {
      SeriesStatistics real = z.real();
      b.append(
              String.format(
                  Locale.ROOT,
                  "| %s | %.1f | %.1f (%.1f–%.1f) | %+.1f | %.1f | %.1f | %.1f | %.1f | %.3f | %.3f"
                      + " | %.3f / %.3f | %.3f / %.3f |",
                  z.zone(),
                  real.mean_gCO2e_per_kWh(),
                  z.meanOfMeans_gCO2e_per_kWh(),
                  z.minMean_gCO2e_per_kWh(),
                  z.maxMean_gCO2e_per_kWh(),
                  z.meanDifferencePercent(),
                  real.std_gCO2e_per_kWh(),
                  z.meanStd_gCO2e_per_kWh(),
                  real.dailyMeanStd_gCO2e_per_kWh(),
                  z.meanDailyMeanStd_gCO2e_per_kWh(),
                  z.meanDiurnalCorrelation(),
                  z.meanMonthlyCorrelation(),
                  real.lag1(),
                  z.meanLag1(),
                  real.lag24(),
                  z.meanLag24()))
          .append('\n');
    }
    return b.toString();
  }
}
