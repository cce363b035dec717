package io.terawatt.grid;

import io.terawatt.timeseries.HourlySeries;
import java.util.List;

/**
 * Hourly average life-cycle intensity series of one zone from one source (for example the years of
 * an Electricity Maps download), as the typical-year services take them.
 *
 * @param zone the zone
 * @param source where the series come from, for example {@code Electricity Maps 123-zone 2022 LCA}
 * @param series the series, gCO2e_per_kWh, in the order read
 */
public record ZoneSeries(String zone, String source, List<HourlySeries> series) {
  /** Copies the series. */
  public ZoneSeries {
    series = List.copyOf(series);
  }
}
