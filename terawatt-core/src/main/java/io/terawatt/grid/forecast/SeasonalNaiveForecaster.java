package io.terawatt.grid.forecast;

import io.terawatt.timeseries.HourlySeries;
import java.time.Instant;

/**
 * Forecasts each hour as the value of the same hour one period earlier, repeating the last observed
 * period for horizons beyond it: for issue index {@code T}, horizon {@code h} (1-based) and period
 * {@code p}, {@code x̂[T+h-1] = x[T+h-1 - p·ceil(h/p)]}. A period of 24 h repeats yesterday, 168 h
 * the same hour last week.
 */
public final class SeasonalNaiveForecaster implements Forecaster {
  private final int periodHours;

  /**
   * A seasonal naive forecaster.
   *
   * @param periodHours the season, 1 to {@value Forecaster#MAX_HORIZON_HOURS} h; 24 and 168 are the
   *     usual ones
   */
  public SeasonalNaiveForecaster(int periodHours) {
    if (periodHours < 1 || periodHours > MAX_HORIZON_HOURS) {
      throw new IllegalArgumentException(
          "The period of a seasonal naive forecast ("
              + periodHours
              + " h) must be 1 to "
              + MAX_HORIZON_HOURS
              + " h.");
    }
    this.periodHours = periodHours;
  }

  /** The season, in hours. */
  public int periodHours() {
    return periodHours;
  }

  /** For example {@code seasonal-naive-24}. */
  @Override
  public String name() {
    return "seasonal-naive-" + periodHours;
  }

  /** Nothing to learn. */
  @Override
  public void fit(HourlySeries history) {}

  /** Needs one period of history before {@code issuedAt}. */
  @Override
  public double[] forecast(HourlySeries history, Instant issuedAt, int horizonHours) {
    int t = ForecastChecks.issueIndex(name(), history, issuedAt, horizonHours, periodHours);
    double[] forecast = new double[horizonHours];
    for (int h = 1; h <= horizonHours; h++) {
      int back = periodHours * ((h + periodHours - 1) / periodHours);
      forecast[h - 1] = history.valueAt(t + h - 1 - back);
    }
    return forecast;
  }

  /** One period. */
  @Override
  public int lookbackHours() {
    return periodHours;
  }
}
