package io.terawatt.io.store;

import io.terawatt.grid.EmissionBasis;
import io.terawatt.grid.GapPolicy;
import io.terawatt.grid.Signal;
import io.terawatt.timeseries.HourlySeries;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A gap-free hourly intensity history read from the database, with the signal it carries and the
 * number of hours filled. Interior gaps are filled with the named policy (linear by default for
 * forecasting) and counted; leading and trailing missing hours are trimmed.
 *
 * @param zone the zone
 * @param signal average or marginal
 * @param basis life-cycle or direct
 * @param series the hourly values, gCO2e_per_kWh
 * @param filledHours interior hours that were missing and filled
 */
public record GridHistory(
    String zone, Signal signal, EmissionBasis basis, HourlySeries series, int filledHours) {

  /**
   * Loads the history of a zone over [from, to).
   *
   * @param signal the signal wanted, or empty to take the first the zone has among average
   *     life-cycle, average direct, marginal direct, marginal life-cycle
   * @return empty when the zone has no data in the range
   */
  public static Optional<GridHistory> load(
      GridStore store,
      String zone,
      Optional<Signal> signal,
      Optional<EmissionBasis> basis,
      Instant from,
      Instant to,
      GapPolicy policy)
      throws SQLException {
    Signal[] signals = {Signal.AVERAGE, Signal.AVERAGE, Signal.MARGINAL, Signal.MARGINAL};
    EmissionBasis[] bases = {
      EmissionBasis.LIFECYCLE, EmissionBasis.DIRECT, EmissionBasis.DIRECT, EmissionBasis.LIFECYCLE
    };
    for (int k = 0; k < signals.length; k++) {
      if (signal.isPresent() && signal.get() != signals[k]) {
        continue;
      }
      if (basis.isPresent() && basis.get() != bases[k]) {
        continue;
      }
      double[] values = store.intensity(zone, signals[k], bases[k], from, to);
      int first = 0;
      while (first < values.length && Double.isNaN(values[first])) {
        first++;
      }
      if (first == values.length) {
        continue;
      }
      int last = values.length - 1;
      while (Double.isNaN(values[last])) {
        last--;
      }
      double[] trimmed = java.util.Arrays.copyOfRange(values, first, last + 1);
      int filled = policy.fill(trimmed, new boolean[trimmed.length]);
      for (double v : trimmed) {
        if (Double.isNaN(v)) {
          throw new IllegalArgumentException(
              "The history of "
                  + zone
                  + " has gaps and the policy "
                  + policy.id()
                  + " leaves them; use --fill linear.");
        }
      }
      return Optional.of(
          new GridHistory(
              zone,
              signals[k],
              bases[k],
              new HourlySeries(from.plus(Duration.ofHours(first)), trimmed, "gCO2e_per_kWh"),
              filled));
    }
    return Optional.empty();
  }
}
