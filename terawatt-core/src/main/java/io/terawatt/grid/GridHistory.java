package io.terawatt.grid;

import io.terawatt.timeseries.HourlySeries;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;

/**
 * A gap-free hourly intensity history read from a {@link GridArchive}, with the signal it carries
 * and the number of hours filled. Interior gaps are filled with the named policy (linear for
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
   * The signals a history is taken from when none is named, in order of preference: average
   * life-cycle (what footprints report), average direct, marginal direct (what WattTime publishes),
   * marginal life-cycle.
   */
  private static final Signal[] SIGNALS = {
    Signal.AVERAGE, Signal.AVERAGE, Signal.MARGINAL, Signal.MARGINAL
  };

  private static final EmissionBasis[] BASES = {
    EmissionBasis.LIFECYCLE, EmissionBasis.DIRECT, EmissionBasis.DIRECT, EmissionBasis.LIFECYCLE
  };

  /**
   * Loads the history of a zone over [from, to).
   *
   * @param signal the signal wanted, or empty to take the first the zone has among average
   *     life-cycle, average direct, marginal direct, marginal life-cycle
   * @param basis the basis wanted, or empty for the first the zone has in the same order
   * @return empty when the zone has no data in the range
   * @throws IllegalArgumentException when the policy leaves gaps
   */
  public static Optional<GridHistory> load(
      GridArchive archive,
      String zone,
      Optional<Signal> signal,
      Optional<EmissionBasis> basis,
      Instant from,
      Instant to,
      GapPolicy policy) {
    for (int k = 0; k < SIGNALS.length; k++) {
      if (signal.isPresent() && signal.get() != SIGNALS[k]) {
        continue;
      }
      if (basis.isPresent() && basis.get() != BASES[k]) {
        continue;
      }
      double[] values = archive.intensity(zone, SIGNALS[k], BASES[k], from, to);
      Optional<GridHistory> h = of(zone, SIGNALS[k], BASES[k], from, values, policy);
      if (h.isPresent()) {
        return h;
      }
    }
    return Optional.empty();
  }

  private static Optional<GridHistory> of(
      String zone,
      Signal signal,
      EmissionBasis basis,
      Instant from,
      double[] values,
      GapPolicy policy) {
    int first = 0;
    while (first < values.length && Double.isNaN(values[first])) {
      first++;
    }
    if (first == values.length) {
      return Optional.empty();
    }
    int last = values.length - 1;
    while (Double.isNaN(values[last])) {
      last--;
    }
    double[] trimmed = Arrays.copyOfRange(values, first, last + 1);
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
            signal,
            basis,
            new HourlySeries(from.plus(Duration.ofHours(first)), trimmed, "gCO2e_per_kWh"),
            filled));
  }
}
