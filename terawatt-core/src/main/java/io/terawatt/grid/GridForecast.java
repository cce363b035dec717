package io.terawatt.grid;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * An hourly intensity forecast.
 *
 * @param zone the zone
 * @param issuedAt the issue time; point {@code i} is the hour {@code issuedAt + i h}
 * @param signal the signal forecast
 * @param basis its emission basis
 * @param model the model that made it ({@link GridForecastService#CLIMATOLOGY_MODEL} for the
 *     built-in typical year)
 * @param trainingHours hours of history the model was fitted on (0 for the typical year)
 * @param filledHours of those, hours that were missing and filled
 * @param points_gCO2e_per_kWh one value per hour ahead
 * @param note what a reader should know about how the forecast was made (the typical-year
 *     fallback), or empty
 */
public record GridForecast(
    String zone,
    Instant issuedAt,
    Signal signal,
    EmissionBasis basis,
    String model,
    int trainingHours,
    int filledHours,
    double[] points_gCO2e_per_kWh,
    Optional<String> note) {

  /** Copies the points. */
  public GridForecast {
    points_gCO2e_per_kWh = points_gCO2e_per_kWh.clone();
  }

  /** A copy of the points. */
  @Override
  public double[] points_gCO2e_per_kWh() {
    return points_gCO2e_per_kWh.clone();
  }

  /** The hours forecast. */
  public int hours() {
    return points_gCO2e_per_kWh.length;
  }

  /** The start of point {@code i}. */
  public Instant time(int i) {
    return issuedAt.plus(Duration.ofHours(i));
  }

  /** The value of point {@code i}, gCO2e_per_kWh. */
  public double point_gCO2e_per_kWh(int i) {
    return points_gCO2e_per_kWh[i];
  }
}
