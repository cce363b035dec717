package io.terawatt.scheduling;

import io.terawatt.grid.EmissionBasis;
import io.terawatt.grid.Signal;
import io.terawatt.timeseries.HourlySeries;
import java.util.Map;

/**
 * Hourly carbon-intensity histories by zone, all of one signal type, as loaded from grid files: one
 * comparison uses one signal (average or marginal) and one basis (life-cycle or direct) for every
 * zone.
 *
 * @param series each zone's hourly intensity, gCO2e/kWh, in the order found
 * @param signal the signal every series carries
 * @param basis the emission basis every series carries
 * @param filledHours interior hours that were missing and filled, over all zones
 */
public record IntensityHistory(
    Map<String, HourlySeries> series, Signal signal, EmissionBasis basis, int filledHours) {

  /** Keeps the map as given (its order is the zones' order). */
  public IntensityHistory {
    if (series == null || signal == null || basis == null) {
      throw new IllegalArgumentException("series, signal and basis are required");
    }
  }
}
