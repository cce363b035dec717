package io.terawatt.scheduling;

import io.terawatt.grid.EmissionBasis;
import io.terawatt.grid.GapPolicy;
import io.terawatt.grid.Signal;
import io.terawatt.timeseries.HourlySeries;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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

  /**
   * How interior gaps are filled: linearly between the hours around them (a few missing hours of a
   * smooth signal; the filled hours are counted and reported).
   */
  public static final GapPolicy GAP_POLICY = GapPolicy.LINEAR;

  /** A signal type: the signal and the basis. */
  public record Kind(Signal signal, EmissionBasis basis) {}

  /**
   * The signal types a comparison may use, most preferred first: average life-cycle, average
   * direct, marginal direct, marginal life-cycle; only those that match the signal and basis asked
   * for (either may be left open).
   */
  public static List<Kind> preference(Optional<Signal> signal, Optional<EmissionBasis> basis) {
    List<Kind> all =
        List.of(
            new Kind(Signal.AVERAGE, EmissionBasis.LIFECYCLE),
            new Kind(Signal.AVERAGE, EmissionBasis.DIRECT),
            new Kind(Signal.MARGINAL, EmissionBasis.DIRECT),
            new Kind(Signal.MARGINAL, EmissionBasis.LIFECYCLE));
    List<Kind> out = new ArrayList<>();
    for (Kind k : all) {
      if (signal.map(x -> x == k.signal()).orElse(true)
          && basis.map(x -> x == k.basis()).orElse(true)) {
        out.add(k);
      }
    }
    return out;
  }

  /** Keeps the map as given (its order is the zones' order). */
  public IntensityHistory {
    if (series == null || signal == null || basis == null) {
      throw new IllegalArgumentException("series, signal and basis are required");
    }
  }
}
