package io.terawatt.grid.forecast;

import io.terawatt.grid.SignalForecast;
import io.terawatt.grid.SignalLocation;
import io.terawatt.grid.SignalSeries;
import io.terawatt.grid.SignalSource;
import io.terawatt.timeseries.HourlySeries;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A source of observed hourly data that also forecasts: a forecast issued at an hour is the named
 * model fitted on the gap-free run of hours just before it (at most {@value #HISTORY_HOURS} hours).
 * When no value precedes that hour, or the run is too short for the model, there is no forecast (a
 * chain then falls back to its next source). Forecasts are cached by location and hour.
 */
public final class FittedForecastSource implements SignalSource {
  /** Longest history a model is fitted on, hours (one year). */
  public static final int HISTORY_HOURS = 365 * 24;

  private static final int MAX_CACHED = 1000;
  private static final double[] NO_FORECAST = new double[0];

  private final SignalSource observed;
  private final String model;
  private final Map<String, double[]> cache = new ConcurrentHashMap<>();

  /**
   * @param observed the observed data
   * @param model one of {@link ForecastModels#names()}
   * @throws IllegalArgumentException for an unknown model, listing the known ones
   */
  public FittedForecastSource(SignalSource observed, String model) {
    ForecastModels.byName(model);
    this.observed = observed;
    this.model = model.trim();
  }

  @Override
  public List<SignalLocation> locations() {
    return observed.locations();
  }

  @Override
  public Optional<SignalLocation> find(String location) {
    return observed.find(location);
  }

  @Override
  public Optional<SignalSeries> history(String location, Instant from, Instant to) {
    return observed.history(location, from, to);
  }

  @Override
  public Optional<SignalForecast> forecast(String location, Instant generatedAt, Duration horizon) {
    Optional<SignalSeries> h =
        observed.history(location, generatedAt.minus(Duration.ofHours(HISTORY_HOURS)), generatedAt);
    if (h.isEmpty() || !h.get().resolution().equals(Duration.ofHours(1))) {
      return Optional.empty();
    }
    SignalSeries s = h.get();
    long g = s.indexOf(generatedAt);
    long first = g;
    while (first > g - HISTORY_HOURS && !Double.isNaN(s.valueAt(first - 1))) {
      first--;
    }
    if (first == g) {
      return Optional.empty();
    }
    int hours = Math.toIntExact(horizon.toHours());
    double[] v = cached(s, first, g, generatedAt, hours);
    if (v == NO_FORECAST) {
      return Optional.empty();
    }
    return Optional.of(
        new SignalForecast(model, generatedAt, SignalSeries.hourly(s.metadata(), generatedAt, v)));
  }

  private double[] cached(SignalSeries s, long first, long g, Instant generatedAt, int hours) {
    String key = SignalSource.key(s.location()) + "@" + generatedAt + "@" + hours;
    if (cache.size() > MAX_CACHED) {
      cache.clear();
    }
    return cache.computeIfAbsent(
        key,
        k -> {
          double[] history = new double[Math.toIntExact(g - first)];
          for (int i = 0; i < history.length; i++) {
            history[i] = s.valueAt(first + i);
          }
          HourlySeries hs = new HourlySeries(s.timeAt(first), history, s.metadata().unit());
          Forecaster f = ForecastModels.byName(model);
          try {
            f.fit(hs);
            return f.forecast(hs, generatedAt, hours);
          } catch (IllegalArgumentException tooShort) {
            return NO_FORECAST;
          }
        });
  }
}
