package io.terawatt.grid;

import io.terawatt.grid.forecast.ForecastModels;
import io.terawatt.grid.forecast.Forecaster;
import io.terawatt.grid.forecast.RegressionForecaster;
import io.terawatt.grid.typical.BuiltInTypicalYears;
import io.terawatt.grid.typical.TypicalYear;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * The forecast use case: fits a model on the history before the issue time and forecasts the hours
 * after it. A zone without data, asked for average life-cycle intensity (or for nothing in
 * particular), falls back to its built-in typical year: a climatology, the mean of its month, day
 * type and hour.
 */
public final class GridForecastService {
  /** The longest horizon served: the horizons the regression fits. */
  public static final int MAX_HORIZON_HOURS = RegressionForecaster.DEFAULT_MAX_HORIZON_HOURS;

  /**
   * History always read before the issue time, days: the seasonal-naive-168 baseline and the
   * regression's weekly lag need the week before the issue hour, plus a day of margin.
   */
  public static final int MIN_HISTORY_DAYS = 8;

  /** The model name of a typical-year forecast. */
  public static final String CLIMATOLOGY_MODEL = "typical-year-climatology";

  private GridForecastService() {}

  /** Whether a horizon can be served. */
  public static boolean acceptsHorizon(int horizonHours) {
    return horizonHours >= 1 && horizonHours <= MAX_HORIZON_HOURS;
  }

  /** Whether an instant is a whole UTC hour, as issue times must be. */
  public static boolean isWholeHour(Instant t) {
    return t.truncatedTo(ChronoUnit.HOURS).equals(t);
  }

  /**
   * Forecasts.
   *
   * @throws IllegalArgumentException for an unknown model, or a history the model rejects
   * @throws MissingGridDataException when the archive has no history before the issue time (and no
   *     typical year applies), or the history ends too early
   */
  public static GridForecast forecast(GridForecastRequest r, GridArchive archive) {
    Forecaster forecaster = ForecastModels.byName(r.model());
    Instant from =
        r.issuedAt().minus(Duration.ofDays(Math.max(MIN_HISTORY_DAYS, r.trainingDays())));
    Optional<GridHistory> history =
        GridHistory.load(
            archive, r.zone(), r.signal(), r.basis(), from, r.issuedAt(), GapPolicy.LINEAR);
    if (history.isEmpty()) {
      return climatology(r, archive).orElseThrow(() -> noHistory(r, archive));
    }
    GridHistory h = history.get();
    if (h.series().end().isBefore(r.issuedAt())) {
      throw new MissingGridDataException(
          "the history of "
              + r.zone()
              + " ends at "
              + h.series().end()
              + "; a forecast issued at "
              + r.issuedAt()
              + " needs data up to the hour before it.");
    }
    forecaster.fit(h.series());
    double[] points = forecaster.forecast(h.series(), r.issuedAt(), r.horizonHours());
    return new GridForecast(
        r.zone(),
        r.issuedAt(),
        h.signal(),
        h.basis(),
        forecaster.name(),
        h.series().hours(),
        h.filledHours(),
        points,
        Optional.empty());
  }

  /** The typical-year forecast, when the zone has one and the signal asked for is what it holds. */
  private static Optional<GridForecast> climatology(GridForecastRequest r, GridArchive archive) {
    Optional<TypicalYear> typical = BuiltInTypicalYears.get().find(r.zone());
    if (typical.isEmpty()
        || r.signal().orElse(Signal.AVERAGE) != Signal.AVERAGE
        || r.basis().orElse(EmissionBasis.LIFECYCLE) != EmissionBasis.LIFECYCLE) {
      return Optional.empty();
    }
    double[] points = new double[r.horizonHours()];
    for (int i = 0; i < points.length; i++) {
      points[i] = typical.get().mean(r.issuedAt().plus(Duration.ofHours(i)));
    }
    String note =
        "no data for "
            + r.zone()
            + " in "
            + archive.location()
            + "; using the built-in typical year (climatology: "
            + typical.get().source()
            + ")."
            + " Import data for a forecast that follows the weather.";
    return Optional.of(
        new GridForecast(
            r.zone(),
            r.issuedAt(),
            Signal.AVERAGE,
            EmissionBasis.LIFECYCLE,
            CLIMATOLOGY_MODEL,
            0,
            0,
            points,
            Optional.of(note)));
  }

  private static MissingGridDataException noHistory(GridForecastRequest r, GridArchive archive) {
    return new MissingGridDataException(
        "no "
            + r.signal().map(s -> s.id() + " ").orElse("")
            + "intensity for zone "
            + r.zone()
            + " before "
            + r.issuedAt()
            + " in "
            + archive.location()
            + ". Import data first: terawatt grid import FILE --zone "
            + r.zone());
  }
}
