package io.terawatt.grid.forecast;

import io.terawatt.grid.IssuedForecast;
import io.terawatt.timeseries.HourlySeries;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Scores forecasts a provider actually issued (for example WattTime's, issued every 5 minutes for
 * the next hour) against the measured hourly series, and our model on the same hours. For an issue
 * hour T, the provider's hourly value is the mean of its points with targets in (T, T + 1 h]; the
 * model forecasts hour [T, T + 1 h) from the data before T.
 */
public final class IssuedForecastComparison {
  private final String source;
  private final HourlySeries actual;
  private final List<Instant> hours;
  private final List<Double> provider;

  private IssuedForecastComparison(
      String source, HourlySeries actual, List<Instant> hours, List<Double> provider) {
    this.source = source;
    this.actual = actual;
    this.hours = hours;
    this.provider = provider;
  }

  /**
   * The comparison of the forecasts a provider issued for a zone (ordered by issue and target time)
   * with the measured series, or empty when none of them falls on a whole hour of the series.
   */
  public static Optional<IssuedForecastComparison> of(
      String zone, List<IssuedForecast> all, HourlySeries actual) {
    List<Instant> hours = new ArrayList<>();
    List<Double> values = new ArrayList<>();
    int i = 0;
    while (i < all.size()) {
      long issued = all.get(i).issuedEpochSecond();
      double sum = 0;
      int n = 0;
      int j = i;
      while (j < all.size() && all.get(j).issuedEpochSecond() == issued) {
        long lead = all.get(j).targetEpochSecond() - issued;
        if (lead > 0 && lead <= 3600) {
          sum += all.get(j).value_gCO2e_per_kWh();
          n++;
        }
        j++;
      }
      Instant t = Instant.ofEpochSecond(issued);
      boolean wholeHour = issued % 3600 == 0;
      if (wholeHour && n > 0 && !t.isBefore(actual.start()) && t.isBefore(actual.end())) {
        hours.add(t);
        values.add(sum / n);
      }
      i = j;
    }
    if (hours.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new IssuedForecastComparison("issued forecasts of " + zone, actual, hours, values));
  }

  /** Describes the provider data. */
  public String source() {
    return source;
  }

  /** Hours compared. */
  public int hours() {
    return hours.size();
  }

  /** MAPE of the provider's issued forecasts, percent. */
  public double providerMapePercent() {
    double sum = 0;
    int n = 0;
    for (int k = 0; k < hours.size(); k++) {
      double a = actualAt(hours.get(k));
      if (a >= 1.0) {
        sum += Math.abs(provider.get(k) - a) / a;
        n++;
      }
    }
    return n == 0 ? Double.NaN : 100.0 * sum / n;
  }

  /** MAPE of a fitted forecaster on the same hours at horizon 1, percent. */
  public double modelMapePercent(Forecaster fitted) {
    double sum = 0;
    int n = 0;
    for (Instant t : hours) {
      double a = actualAt(t);
      if (a < 1.0) {
        continue;
      }
      try {
        double f = fitted.forecast(actual, t, 1)[0];
        sum += Math.abs(f - a) / a;
        n++;
      } catch (IllegalArgumentException e) {
        // too little history before this hour for the model: not scored for either side
      }
    }
    return n == 0 ? Double.NaN : 100.0 * sum / n;
  }

  private double actualAt(Instant t) {
    int index = (int) Duration.between(actual.start(), t).toHours();
    return actual.valueAt(index);
  }
}
