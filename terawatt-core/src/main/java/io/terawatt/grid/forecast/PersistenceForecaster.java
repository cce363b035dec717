package io.terawatt.grid.forecast;

import io.terawatt.timeseries.HourlySeries;
import java.time.Instant;
import java.util.Arrays;

/** Forecasts every hour as the last observed value, the one of the hour just before issue. */
public final class PersistenceForecaster implements Forecaster {

  /** The name, {@code persistence}. */
  public static final String NAME = "persistence";

  @Override
  public String name() {
    return NAME;
  }

  /** Nothing to learn. */
  @Override
  public void fit(HourlySeries history) {}

  /** Needs one hour of history before {@code issuedAt}. */
  @Override
  public double[] forecast(HourlySeries history, Instant issuedAt, int horizonHours) {
    int t = ForecastChecks.issueIndex(NAME, history, issuedAt, horizonHours, 1);
    double[] forecast = new double[horizonHours];
    Arrays.fill(forecast, history.valueAt(t - 1));
    return forecast;
  }

  /** One hour. */
  @Override
  public int lookbackHours() {
    return 1;
  }
}
