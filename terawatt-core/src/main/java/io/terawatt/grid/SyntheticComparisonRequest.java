package io.terawatt.grid;

import io.terawatt.timeseries.HourlySeries;
import java.util.List;

/**
 * How close synthetic years of one zone come to a real year the typical year was not fitted on.
 *
 * @param zone the zone
 * @param fitYears the calendar years fitted on (named in the typical year's source)
 * @param fit the series of those years, gCO2e_per_kWh
 * @param testYear the calendar year generated and compared
 * @param real the real series of the test year, gCO2e_per_kWh
 * @param seeds synthetic years generated, with seeds 1 to {@code seeds}
 */
public record SyntheticComparisonRequest(
    String zone,
    List<Integer> fitYears,
    List<HourlySeries> fit,
    int testYear,
    HourlySeries real,
    int seeds) {

  /** Copies the lists and checks the seed count. */
  public SyntheticComparisonRequest {
    fitYears = List.copyOf(fitYears);
    fit = List.copyOf(fit);
    if (seeds < 1) {
      throw new IllegalArgumentException("At least one seed is needed, not " + seeds + ".");
    }
  }
}
