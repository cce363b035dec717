package io.terawatt.grid;

import java.time.Instant;
import java.util.List;

/**
 * Where stored hourly grid signals are read from: the port the grid services read history through.
 * terawatt-io's grid database implements it; tests use an in-memory one. Every array holds one
 * value per hour of {@code [from, to)}, NaN where the hour is missing.
 */
public interface GridArchive {
  /** Where the signals are kept (a database file), as messages name it. */
  String location();

  /**
   * Hourly carbon intensity of a zone, gCO2e_per_kWh.
   *
   * @throws GridArchiveException when the archive cannot be read
   */
  double[] intensity(String zone, Signal signal, EmissionBasis basis, Instant from, Instant to);

  /**
   * Hourly electricity prices of a zone, USD_per_MWh.
   *
   * @throws GridArchiveException when the archive cannot be read
   */
  double[] prices(String zone, Instant from, Instant to);

  /**
   * Forecast values a provider issued in {@code [from, to)}, ordered by issue and target time.
   *
   * @throws GridArchiveException when the archive cannot be read
   */
  List<IssuedForecast> issuedForecasts(String zone, Instant from, Instant to);
}
