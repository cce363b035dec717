package io.terawatt.grid;

import io.terawatt.grid.forecast.ForecastEvaluation;
import io.terawatt.grid.forecast.ForecastEvaluator;
import io.terawatt.grid.forecast.ForecastModels;
import io.terawatt.grid.forecast.Forecaster;
import io.terawatt.grid.forecast.IssuedForecastComparison;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The forecast-evaluation use case: fits the model on the training range, issues a forecast at
 * every hour of the test range from the data before it, and scores it by horizon against seasonal
 * naive (24 h, 168 h) and persistence. Where the archive holds forecasts a provider issued, they
 * are scored on the same hours at horizon 1.
 */
public final class ForecastEvaluationService {
  /** History read before the first issue time, days: the weekly baselines need the week before. */
  public static final int LOOKBACK_DAYS = GridForecastService.MIN_HISTORY_DAYS;

  private ForecastEvaluationService() {}

  /**
   * Evaluates the model on the request's one zone, with the provider's issued forecasts.
   *
   * @throws IllegalArgumentException for an unknown model, or ranges the data does not cover
   * @throws MissingGridDataException when the archive has no intensity for the zone
   */
  public static ForecastEvaluationResult evaluate(
      ForecastEvaluationRequest r, GridArchive archive) {
    if (r.zones().size() != 1) {
      throw new IllegalArgumentException("One zone is evaluated at a time, not " + r.zones() + ".");
    }
    Forecaster forecaster = ForecastModels.byName(r.model());
    String zone = r.zones().get(0);
    Optional<GridHistory> history = load(r, zone, archive);
    Optional<IssuedForecastComparison> provider =
        history.flatMap(
            h ->
                IssuedForecastComparison.of(
                    zone, archive.issuedForecasts(zone, r.testFrom(), r.testTo()), h.series()));
    GridHistory h =
        history.orElseThrow(
            () ->
                new MissingGridDataException(
                    "no intensity for zone "
                        + zone
                        + " in "
                        + archive.location()
                        + ". Import data first: terawatt grid import FILE --zone "
                        + zone));
    ForecastEvaluation e = score(r, forecaster, h);
    Optional<IssuedForecastScore> issued =
        provider.map(
            p ->
                new IssuedForecastScore(
                    p.source(),
                    1,
                    p.hours(),
                    p.providerMapePercent(),
                    p.modelMapePercent(forecaster)));
    return new ForecastEvaluationResult(
        zone, h.signal(), h.basis(), r.horizonHours(), h.filledHours(), e, issued);
  }

  /**
   * Evaluates the model on every zone of the request, in order, handing each result on as soon as
   * it is ready (so a long run shows progress); issued forecasts are not scored.
   *
   * @throws MissingGridDataException at the first zone without intensity
   */
  public static void evaluateEach(
      ForecastEvaluationRequest r, GridArchive archive, Consumer<ForecastEvaluationResult> each) {
    for (String zone : r.zones()) {
      GridHistory h =
          load(r, zone, archive)
              .orElseThrow(
                  () ->
                      new MissingGridDataException(
                          "no intensity for zone " + zone + " in " + archive.location()));
      ForecastEvaluation e = score(r, ForecastModels.byName(r.model()), h);
      each.accept(
          new ForecastEvaluationResult(
              zone, h.signal(), h.basis(), r.horizonHours(), h.filledHours(), e, Optional.empty()));
    }
  }

  private static Optional<GridHistory> load(
      ForecastEvaluationRequest r, String zone, GridArchive archive) {
    Instant weekBefore = r.testFrom().minus(Duration.ofDays(LOOKBACK_DAYS));
    Instant from = r.trainFrom().isBefore(weekBefore) ? r.trainFrom() : weekBefore;
    return GridHistory.load(
        archive, zone, r.signal(), r.basis(), from, r.testTo(), GapPolicy.LINEAR);
  }

  private static ForecastEvaluation score(
      ForecastEvaluationRequest r, Forecaster forecaster, GridHistory h) {
    return ForecastEvaluator.evaluate(
        forecaster,
        h.series(),
        r.trainFrom(),
        r.trainTo(),
        r.testFrom(),
        r.testTo(),
        r.horizonHours());
  }
}
