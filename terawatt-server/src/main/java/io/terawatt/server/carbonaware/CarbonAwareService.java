package io.terawatt.server.carbonaware;

import io.terawatt.grid.forecast.ForecastModels;
import io.terawatt.grid.forecast.Forecaster;
import io.terawatt.server.http.ApiException;
import io.terawatt.server.http.FieldError;
import io.terawatt.timeseries.HourlySeries;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The Carbon Aware SDK queries over {@link GridSignals} (semantics of the SDK's {@code
 * GetEmissionsDataAsync}, {@code GetBestEmissionsDataAsync}, {@code GetCurrentForecastDataAsync}
 * and {@code CalculateAverageCarbonIntensityAsync}, re-implemented):
 *
 * <ul>
 *   <li>emissions: one point per hourly data point that overlaps {@code [from, to)} (the point
 *       containing {@code from} when {@code from == to}); with a positive duration each point is
 *       the time-weighted mean over {@code [t, t + duration)}, as the SDK does with {@code
 *       durationMinutes}; hours without data are left out.
 *   <li>best: the points with the lowest rating among all locations (every tie).
 *   <li>forecast: the hourly forecast from the current hour over {@value #FORECAST_HOURS} hours,
 *       rolled into windows of {@code windowSize} starting at every data point at or after {@code
 *       dataStartAt} and ending at or before {@code dataEndAt}; the lowest windows are optimal.
 *   <li>average: the time-weighted mean over {@code [start, end)}, partial hours by overlap.
 * </ul>
 */
public final class CarbonAwareService {
  /** Forecast horizon, hours. */
  public static final int FORECAST_HOURS = 72;

  /** Longest range one emissions request may cover. */
  public static final Duration MAX_RANGE = Duration.ofDays(366);

  /** Longest imported history a forecast model is fitted on, hours. */
  static final int HISTORY_HOURS = 365 * 24;

  private static final double[] NO_FORECAST = new double[0];

  private final Supplier<GridSignals> signals;
  private final String forecastModel;
  private final Map<String, double[]> forecastCache = new ConcurrentHashMap<>();

  /**
   * @param signals the current signals (re-read on every call, so imports show at once)
   * @param forecastModel the model for zones whose imported data reach the current hour, one of
   *     {@link ForecastModels#names()}
   */
  public CarbonAwareService(Supplier<GridSignals> signals, String forecastModel) {
    ForecastModels.byName(forecastModel);
    this.signals = signals;
    this.forecastModel = forecastModel;
  }

  /** The sources of the named locations; 400 naming every unknown one. */
  public List<IntensitySource> resolve(List<String> locations, String field) {
    GridSignals g = signals.get();
    List<IntensitySource> out = new ArrayList<>();
    List<FieldError> errors = new ArrayList<>();
    for (String l : locations) {
      var s = g.find(l);
      if (s.isPresent()) {
        if (!out.contains(s.get())) {
          out.add(s.get());
        }
      } else {
        errors.add(
            new FieldError(
                field, l, "Unknown location '" + l + "'; GET /locations lists the known ones."));
      }
    }
    if (!errors.isEmpty()) {
      throw ApiException.badRequest(errors);
    }
    return out;
  }

  /** Emissions data of each location over {@code [from, to)}; see the class comment. */
  public List<EmissionsPoint> emissions(
      List<IntensitySource> sources, Instant from, Instant to, Duration duration) {
    long fromHour = Math.floorDiv(from.getEpochSecond(), 3600);
    long toHour = to.equals(from) ? fromHour + 1 : Math.floorDiv(to.getEpochSecond() + 3599, 3600);
    List<EmissionsPoint> out = new ArrayList<>();
    for (IntensitySource s : sources) {
      for (long h = fromHour; h < toHour; h++) {
        Instant t = Instant.ofEpochSecond(h * 3600);
        if (duration.isZero()) {
          double v = s.intensityAt_gCO2e_per_kWh(h);
          if (!Double.isNaN(v)) {
            out.add(new EmissionsPoint(s.location(), t, Duration.ofHours(1), v));
          }
        } else {
          double v = mean(s, t, t.plus(duration));
          if (!Double.isNaN(v)) {
            out.add(new EmissionsPoint(s.location(), t, duration, v));
          }
        }
      }
    }
    return out;
  }

  /** The lowest-rated points among {@link #emissions}; empty when there are no data. */
  public List<EmissionsPoint> best(
      List<IntensitySource> sources, Instant from, Instant to, Duration duration) {
    List<EmissionsPoint> best = new ArrayList<>();
    double min = Double.POSITIVE_INFINITY;
    for (EmissionsPoint p : emissions(sources, from, to, duration)) {
      if (p.rating_gCO2e_per_kWh() < min) {
        min = p.rating_gCO2e_per_kWh();
        best.clear();
        best.add(p);
      } else if (p.rating_gCO2e_per_kWh() == min) {
        best.add(p);
      }
    }
    return best;
  }

  /**
   * The time-weighted mean intensity over {@code [from, to)}, gCO2e/kWh, or NaN when an hour in it
   * has no value.
   */
  public static double mean(IntensitySource s, Instant from, Instant to) {
    long a = from.getEpochSecond();
    long b = to.getEpochSecond();
    if (b <= a) {
      return Double.NaN;
    }
    double weighted = 0;
    for (long h = Math.floorDiv(a, 3600); h * 3600 < b; h++) {
      double v = s.intensityAt_gCO2e_per_kWh(h);
      if (Double.isNaN(v)) {
        return Double.NaN;
      }
      long overlap = Math.min(b, (h + 1) * 3600) - Math.max(a, h * 3600);
      weighted += v * overlap;
    }
    return weighted / (b - a);
  }

  /**
   * The current forecast of a location with rolling windows.
   *
   * @param now the request time
   * @param dataStartAt window start boundary, or null for the first forecast point
   * @param dataEndAt window end boundary, or null for the end of the forecast
   * @param windowSize window length, or null for one data point (60 minutes)
   */
  public Forecast forecast(
      IntensitySource source,
      Instant now,
      Instant dataStartAt,
      Instant dataEndAt,
      Duration windowSize) {
    Instant generatedAt = Instant.ofEpochSecond(Math.floorDiv(now.getEpochSecond(), 3600) * 3600);
    Instant forecastEnd = generatedAt.plus(Duration.ofHours(FORECAST_HOURS));
    Duration window = windowSize == null ? Duration.ofHours(1) : windowSize;
    Instant lo = dataStartAt == null ? generatedAt : dataStartAt;
    Instant hi = dataEndAt == null ? forecastEnd : dataEndAt;
    List<FieldError> errors = new ArrayList<>();
    if (window.isNegative() || window.isZero()) {
      errors.add(
          new FieldError(
              "windowSize", String.valueOf(window.toMinutes()), "windowSize must be positive."));
    }
    if (!lo.isBefore(hi)) {
      errors.add(
          new FieldError("dataEndAt", String.valueOf(hi), "dataEndAt must be after dataStartAt."));
    }
    if (lo.isBefore(generatedAt) || lo.isAfter(forecastEnd)) {
      errors.add(
          new FieldError(
              "dataStartAt",
              lo.toString(),
              "dataStartAt must lie within the forecast, " + generatedAt + " to " + forecastEnd));
    }
    if (hi.isBefore(generatedAt) || hi.isAfter(forecastEnd)) {
      errors.add(
          new FieldError(
              "dataEndAt",
              hi.toString(),
              "dataEndAt must lie within the forecast, " + generatedAt + " to " + forecastEnd));
    }
    if (!errors.isEmpty()) {
      throw ApiException.badRequest(errors);
    }
    ForecastValues fv = hourlyForecast(source, generatedAt);
    IntensitySource forecastSource =
        new ImportedSource(source.location(), generatedAt, fv.values_gCO2e_per_kWh());
    List<EmissionsPoint> data = new ArrayList<>();
    long firstHour = Math.floorDiv(lo.getEpochSecond() + 3599, 3600);
    for (long h = firstHour; ; h++) {
      Instant t = Instant.ofEpochSecond(h * 3600);
      if (t.plus(window).isAfter(hi)) {
        break;
      }
      double v = mean(forecastSource, t, t.plus(window));
      if (Double.isNaN(v)) {
        break;
      }
      data.add(new EmissionsPoint(source.location(), t, window, v));
    }
    List<EmissionsPoint> optimal = new ArrayList<>();
    double min = Double.POSITIVE_INFINITY;
    for (EmissionsPoint p : data) {
      if (p.rating_gCO2e_per_kWh() < min) {
        min = p.rating_gCO2e_per_kWh();
        optimal.clear();
        optimal.add(p);
      } else if (p.rating_gCO2e_per_kWh() == min) {
        optimal.add(p);
      }
    }
    return new Forecast(
        source.location(),
        now,
        generatedAt,
        lo,
        hi,
        window,
        fv.model(),
        List.copyOf(data),
        List.copyOf(optimal));
  }

  private record ForecastValues(String model, double[] values_gCO2e_per_kWh) {}

  private ForecastValues hourlyForecast(IntensitySource requested, Instant generatedAt) {
    long g = generatedAt.getEpochSecond() / 3600;
    IntensitySource source = requested;
    if (requested instanceof ImportedSource imported) {
      // The gap-free imported history just before the current hour, up to one year.
      long historyStart = g;
      while (historyStart > g - HISTORY_HOURS
          && !Double.isNaN(imported.intensityAt_gCO2e_per_kWh(historyStart - 1))) {
        historyStart--;
      }
      if (historyStart < g) {
        long from = historyStart;
        String key = imported.location() + "@" + g + "@" + forecastModel;
        if (forecastCache.size() > 1000) {
          forecastCache.clear();
        }
        double[] v =
            forecastCache.computeIfAbsent(
                key,
                k -> {
                  double[] history = new double[(int) (g - from)];
                  for (int i = 0; i < history.length; i++) {
                    history[i] = imported.intensityAt_gCO2e_per_kWh(from + i);
                  }
                  HourlySeries hs =
                      new HourlySeries(
                          Instant.ofEpochSecond(from * 3600), history, "gCO2e_per_kWh");
                  Forecaster f = ForecastModels.byName(forecastModel);
                  try {
                    f.fit(hs);
                    return f.forecast(hs, generatedAt, FORECAST_HOURS);
                  } catch (IllegalArgumentException tooShort) {
                    return NO_FORECAST;
                  }
                });
        if (v != NO_FORECAST) {
          return new ForecastValues(forecastModel, v);
        }
      }
      var typical = signals.get().typicalYear(source.location());
      if (typical.isEmpty()) {
        throw new ApiException(
            400,
            "No forecast available",
            "The imported data of "
                + source.location()
                + " ("
                + source.start()
                + " to "
                + source.end()
                + ") give no forecast from "
                + generatedAt
                + ": the model needs a gap-free history up to that hour, and there is no built-in"
                + " typical year for this zone.",
            List.of(
                new FieldError("location", source.location(), "No data reach the current hour.")));
      }
      source = typical.get();
    }
    double[] v = new double[FORECAST_HOURS];
    for (int i = 0; i < v.length; i++) {
      v[i] = source.intensityAt_gCO2e_per_kWh(g + i);
    }
    return new ForecastValues("typical-year", v);
  }

  /**
   * The time-weighted mean intensity of a location over {@code [start, end)}; 400 when {@code end}
   * is not after {@code start} or an hour has no data.
   */
  public double average_gCO2e_per_kWh(IntensitySource source, Instant start, Instant end) {
    if (!end.isAfter(start)) {
      throw ApiException.badRequest(
          List.of(new FieldError("endTime", end.toString(), "endTime must be after startTime.")));
    }
    double v = mean(source, start, end);
    if (Double.isNaN(v)) {
      throw new ApiException(
          400,
          "No data in range",
          "There are no data for "
              + source.location()
              + " over every hour of ["
              + start
              + ", "
              + end
              + "); its data cover "
              + source.start()
              + " to "
              + source.end()
              + ".",
          List.of(new FieldError("startTime", start.toString(), "No data for the whole range.")));
    }
    return v;
  }
}
