package io.terawatt.io.report.api;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Hourly carbon intensities of a location.
 *
 * @param location location (zone) name
 * @param origin where the data come from
 * @param start the first hour (UTC)
 * @param intensity_gCO2e_per_kWh one value per hour; null where there is no data
 */
public record IntensitySeriesDocument(
    String location, String origin, String start, List<Double> intensity_gCO2e_per_kWh) {

  /** The document of hourly values from {@code start}, NaN written as null. */
  public static IntensitySeriesDocument of(
      String location, String origin, Instant start, double[] intensity_gCO2e_per_kWh) {
    List<Double> values = new ArrayList<>(intensity_gCO2e_per_kWh.length);
    for (double v : intensity_gCO2e_per_kWh) {
      values.add(Double.isNaN(v) ? null : v);
    }
    return new IntensitySeriesDocument(
        location, origin, start.toString(), Collections.unmodifiableList(values));
  }
}
