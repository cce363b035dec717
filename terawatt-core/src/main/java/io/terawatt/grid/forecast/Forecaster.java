package io.terawatt.grid.forecast;

import io.terawatt.timeseries.HourlySeries;
import java.time.Instant;

/**
 * Forecasts an hourly series, such as carbon intensity, some hours ahead.
 *
 * <p>A forecast issued at {@code issuedAt} covers the hours {@code [issuedAt, issuedAt +
 * horizonHours)} and uses only the values of hours strictly before {@code issuedAt}: values at or
 * after it may be present in the history passed, and are ignored. The history has no gaps; a caller
 * fills gaps (with a gap policy) before forecasting.
 */
public interface Forecaster {

  /** The longest horizon any forecaster accepts: one week. */
  int MAX_HORIZON_HOURS = 168;

  /** A short identifier, for example {@code seasonal-naive-24}. */
  String name();

  /**
   * Learns from a training range; a no-op for models without parameters. A later fit replaces an
   * earlier one.
   *
   * @param history the training range, without gaps
   * @throws IllegalArgumentException when the history is too short to learn anything
   */
  void fit(HourlySeries history);

  /**
   * Forecasts the hours {@code [issuedAt, issuedAt + horizonHours)}, reading only hours of {@code
   * history} strictly before {@code issuedAt}.
   *
   * @param history the observed series, without gaps, reaching at least up to {@code issuedAt};
   *     hours at or after {@code issuedAt} are ignored
   * @param issuedAt the issue time, a whole UTC hour
   * @param horizonHours how many hours to forecast, 1 to {@value #MAX_HORIZON_HOURS}
   * @return one value per hour, in the unit of the history, index 0 for the hour at {@code
   *     issuedAt}
   * @throws IllegalArgumentException when {@code issuedAt} is not a whole hour, when fewer hours
   *     precede it in the history than the model needs (a week for models that read a week back),
   *     when the history ends before {@code issuedAt}, or when the horizon is out of range
   * @throws IllegalStateException when a model that learns has not been fitted
   */
  double[] forecast(HourlySeries history, Instant issuedAt, int horizonHours);

  /**
   * How far back from the issue time {@link #forecast} reads, in hours: it never reads an hour
   * older than this, so a caller may pass only that trailing window. The default, {@link
   * Integer#MAX_VALUE}, means the whole history may be read.
   */
  default int lookbackHours() {
    return Integer.MAX_VALUE;
  }
}
