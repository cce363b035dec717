package io.terawatt.grid;

import io.terawatt.grid.forecast.ForecastEvaluation;
import java.util.Optional;

/**
 * The evaluation of a model on one zone.
 *
 * @param zone the zone
 * @param signal the signal evaluated
 * @param basis its emission basis
 * @param horizonHours the longest horizon scored; the headline figures are at this horizon
 * @param filledHours history hours that were missing and filled (linearly)
 * @param evaluation the model's and the baselines' errors by horizon
 * @param issuedForecasts the provider's issued forecasts scored on the test range, where the
 *     archive holds some (single-zone evaluations only)
 */
public record ForecastEvaluationResult(
    String zone,
    Signal signal,
    EmissionBasis basis,
    int horizonHours,
    int filledHours,
    ForecastEvaluation evaluation,
    Optional<IssuedForecastScore> issuedForecasts) {

  /** Whether the model's MAPE at the headline horizon is below the seasonal naive (24 h) one. */
  public boolean beatsSeasonalNaive() {
    return evaluation.model().mapePercentAt(horizonHours)
        < evaluation.seasonalNaive24().mapePercentAt(horizonHours);
  }
}
