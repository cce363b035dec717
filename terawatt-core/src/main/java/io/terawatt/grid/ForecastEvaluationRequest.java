package io.terawatt.grid;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A rolling-origin evaluation of a forecast model against the baselines.
 *
 * @param zones the zones, each evaluated on its own
 * @param trainFrom first training hour
 * @param trainTo end (exclusive) of the training range
 * @param testFrom first issue time
 * @param testTo end (exclusive) of the test range
 * @param horizonHours horizons 1..H are scored, H at most {@link
 *     GridForecastService#MAX_HORIZON_HOURS}
 * @param model the model name
 * @param signal the signal wanted, or empty for what each zone has (average first)
 * @param basis the basis wanted, or empty for what each zone has (life-cycle first)
 */
public record ForecastEvaluationRequest(
    List<String> zones,
    Instant trainFrom,
    Instant trainTo,
    Instant testFrom,
    Instant testTo,
    int horizonHours,
    String model,
    Optional<Signal> signal,
    Optional<EmissionBasis> basis) {

  /** Copies the zones. */
  public ForecastEvaluationRequest {
    zones = List.copyOf(zones);
  }
}
