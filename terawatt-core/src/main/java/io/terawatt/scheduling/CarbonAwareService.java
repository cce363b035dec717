package io.terawatt.scheduling;

import io.terawatt.grid.SignalForecast;
import io.terawatt.grid.SignalLocation;
import io.terawatt.grid.SignalSeries;
import io.terawatt.grid.SignalSource;
import io.terawatt.scheduling.CarbonAwareQueryException.Problem;
import io.terawatt.scheduling.query.Ratings;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The Carbon Aware SDK queries over a {@link SignalSource}, for the server's SDK endpoints and the
 * CLI's {@code schedule best-window} and {@code best-location} alike. Semantics of the Green
 * Software Foundation's Carbon Aware SDK ({@code GetEmissionsDataAsync}, {@code
 * GetBestEmissionsDataAsync}, {@code GetCurrentForecastDataAsync}, {@code
 * CalculateAverageCarbonIntensityAsync}; MIT, re-implemented, no code taken).
 *
 * <p><b>Ties.</b> Every rating equal to the lowest is optimal (the SDK returns every minimum):
 * {@link #bestEmissions}, {@link #bestLocations}, {@link #bestWindows} and a forecast's {@code
 * optimalDataPoints} list all of them, in request order of locations, then time. Equality is exact.
 *
 * <p><b>Gaps.</b> A point without a value is a gap and is never filled, interpolated or treated as
 * zero: a point or window that touches a gap, or reaches outside the source's data, is left out of
 * emissions, best results and forecast windows (the remaining ones are still returned); an average
 * over a period with a gap is refused ("No data in range"). A location's data come from the first
 * source of a chain that knows it, so a gap is never filled from another source.
 *
 * <p>Means are time-weighted: a point partly inside an interval counts by the fraction covered.
 * Locations match without regard to case; results carry the source's spelling. Invalid requests
 * throw {@link CarbonAwareQueryException} listing every problem found at that stage.
 */
public final class CarbonAwareService {
  /** Forecast horizon, hours. */
  public static final int FORECAST_HOURS = 72;

  /** Longest range one emissions or intensity request may cover. */
  public static final Duration MAX_RANGE = Duration.ofDays(366);

  /** The range of an emissions request without {@code time}: this long before its end. */
  public static final Duration DEFAULT_RANGE = Duration.ofHours(24);

  /** The forecast window without {@code windowSize}: one hourly forecast point. */
  public static final Duration DEFAULT_WINDOW = Duration.ofHours(1);

  private final Supplier<SignalSource> signals;
  private final Clock clock;

  /**
   * @param signals the current signals, asked once per query (so a new import shows at once)
   * @param clock the time of "now" (defaults and the current forecast)
   */
  public CarbonAwareService(Supplier<SignalSource> signals, Clock clock) {
    this.signals = signals;
    this.clock = clock;
  }

  /** Queries over fixed signals, with the system clock. */
  public CarbonAwareService(SignalSource signals) {
    this(() -> signals, Clock.systemUTC());
  }

  /** Every location served, with its origin and span. */
  public List<SignalLocation> locations() {
    return signals.get().locations();
  }

  /**
   * Emissions data of each location over {@code [time, toTime)}: one rating per data point that
   * overlaps the range (the point containing {@code time} when the two are equal), by location in
   * request order, then time. Defaults: {@code toTime} = {@code time}, or now; {@code time} =
   * {@code toTime} − {@link #DEFAULT_RANGE}. At most {@link #MAX_RANGE}. Empty when there are no
   * data.
   */
  public List<EmissionsRating> emissions(EmissionsRequest r) {
    SignalSource source = signals.get();
    Instant to = r.toTime() != null ? r.toTime() : r.time() != null ? r.time() : clock.instant();
    Instant from = r.time() != null ? r.time() : to.minus(DEFAULT_RANGE);
    List<Problem> problems = new ArrayList<>();
    long minutes = r.duration().toMinutes();
    if (r.duration().isNegative() || minutes > EmissionsRequest.MAX_DURATION_MINUTES) {
      problems.add(
          new Problem(
              "durationMinutes",
              String.valueOf(minutes),
              "durationMinutes must be between 0 and "
                  + EmissionsRequest.MAX_DURATION_MINUTES
                  + "."));
    }
    if (to.isBefore(from)) {
      problems.add(
          new Problem("toTime", String.valueOf(r.toTime()), "toTime must not be before time."));
    } else if (Duration.between(from, to).compareTo(MAX_RANGE) > 0) {
      problems.add(
          new Problem(
              "toTime",
              String.valueOf(r.toTime()),
              "The range from time to toTime exceeds 366 days."));
    }
    check(problems);
    List<EmissionsRating> out = new ArrayList<>();
    for (SignalLocation l : resolve(source, r.locations())) {
      source
          .history(l.name(), from, to.plus(r.duration()))
          .ifPresent(s -> out.addAll(Ratings.points(s, from, to, r.duration())));
    }
    return out;
  }

  /** The lowest-rated points of {@link #emissions} over every location (every tie). */
  public List<EmissionsRating> bestEmissions(EmissionsRequest r) {
    return Ratings.minima(emissions(r));
  }

  /**
   * The current forecast of each location with rolling windows. The forecast is issued at the start
   * of the current hour ({@code generatedAt}) and covers {@value #FORECAST_HOURS} hours; it comes
   * from the first source of the chain that can forecast the location (for the server: the
   * configured model fitted on imported data that reach the current hour, else the typical year).
   * Windows of {@code windowSize} start at every forecast point at or after {@code dataStartAt} and
   * end at or before {@code dataEndAt}; the lowest are optimal (every tie).
   */
  public List<EmissionsForecast> currentForecasts(CurrentForecastRequest r) {
    SignalSource source = signals.get();
    List<SignalLocation> locations = resolve(source, r.locations());
    Instant now = clock.instant();
    Instant generatedAt = Instant.ofEpochSecond(Math.floorDiv(now.getEpochSecond(), 3600) * 3600);
    Instant forecastEnd = generatedAt.plus(Duration.ofHours(FORECAST_HOURS));
    Duration window = r.windowSize() == null ? DEFAULT_WINDOW : r.windowSize();
    Instant lo = r.dataStartAt() == null ? generatedAt : r.dataStartAt();
    Instant hi = r.dataEndAt() == null ? forecastEnd : r.dataEndAt();
    check(CurrentForecastChecks.problems(window, lo, hi, generatedAt, forecastEnd));
    List<EmissionsForecast> out = new ArrayList<>();
    for (SignalLocation l : locations) {
      SignalForecast f =
          source
              .forecast(l.name(), generatedAt, Duration.ofHours(FORECAST_HOURS))
              .orElseThrow(() -> CurrentForecastChecks.noForecast(l, generatedAt));
      List<EmissionsRating> windows = Ratings.windows(f.values(), lo, hi, window);
      out.add(
          new EmissionsForecast(
              l.name(),
              now,
              generatedAt,
              lo,
              hi,
              window,
              f.model(),
              windows,
              Ratings.minima(windows)));
    }
    return out;
  }

  /**
   * The time-weighted mean intensity of a location over {@code [startTime, endTime)}, partial
   * points by overlap; refused when {@code endTime} is not after {@code startTime} or the period
   * touches a gap.
   */
  public AverageIntensity averageIntensity(AverageIntensityRequest r) {
    SignalSource source = signals.get();
    SignalLocation l = resolve(source, List.of(r.location())).get(0);
    Instant start = r.startTime();
    Instant end = r.endTime();
    if (!end.isAfter(start)) {
      check(List.of(new Problem("endTime", end.toString(), "endTime must be after startTime.")));
    }
    double v =
        source.history(l.name(), start, end).map(s -> s.meanOver(start, end)).orElse(Double.NaN);
    if (Double.isNaN(v)) {
      throw new CarbonAwareQueryException(
          "No data in range",
          "There are no data for "
              + l.name()
              + " over every hour of ["
              + start
              + ", "
              + end
              + "); its data cover "
              + l.start()
              + " to "
              + l.end()
              + ".",
          List.of(new Problem("startTime", start.toString(), "No data for the whole range.")));
    }
    return new AverageIntensity(r.location(), start, end, v);
  }

  /**
   * The optimal windows for a job: rolling windows of {@code windowSize} starting at every data
   * point in {@code [from, to)} that end by {@code to} (as the forecast's windows), every one with
   * the lowest mean, in time order.
   *
   * @throws CarbonAwareQueryException for an unknown location, a window that is not positive, or
   *     when no window fits in the range and the data
   */
  public List<EmissionsRating> bestWindows(BestWindowRequest r) {
    Duration w = r.windowSize();
    if (w.isNegative() || w.isZero()) {
      check(
          List.of(
              new Problem(
                  "windowSize", w.toString(), "The window size " + w + " must be positive.")));
    }
    SignalSource source = signals.get();
    SignalLocation l = resolve(source, List.of(r.location())).get(0);
    List<EmissionsRating> optimal =
        Ratings.minima(
            source
                .history(l.name(), r.from(), r.to())
                .map(s -> Ratings.windows(s, r.from(), r.to(), w))
                .orElse(List.of()));
    if (optimal.isEmpty()) {
      String detail =
          String.format(
              "No window of %s fits in [%s, %s) within the data of %s (%s to %s).",
              w, r.from(), r.to(), l.name(), l.start(), l.end());
      throw new CarbonAwareQueryException(
          "No window fits", detail, List.of(new Problem("windowSize", w.toString(), detail)));
    }
    return optimal;
  }

  /**
   * The locations with the lowest value in the data point containing {@code at} (every tie, in
   * request order); locations without a value then are left out.
   *
   * @throws CarbonAwareQueryException for an unknown location, or when no location has a value
   */
  public List<EmissionsRating> bestLocations(BestLocationRequest r) {
    SignalSource source = signals.get();
    List<SignalLocation> locations = resolve(source, r.locations());
    List<EmissionsRating> all = new ArrayList<>();
    for (SignalLocation l : locations) {
      source
          .history(l.name(), r.at(), r.at())
          .ifPresent(s -> all.addAll(Ratings.points(s, r.at(), r.at(), Duration.ZERO)));
    }
    List<EmissionsRating> best = Ratings.minima(all);
    if (best.isEmpty()) {
      List<String> names = locations.stream().map(SignalLocation::name).toList();
      String detail = "No location's series covers " + r.at() + "; the locations are " + names;
      throw new CarbonAwareQueryException(
          "No data at that time", detail, List.of(new Problem("at", r.at().toString(), detail)));
    }
    return best;
  }

  /**
   * A location's signal point by point over {@code [from, to)} (the points of its grid that overlap
   * the range, NaN where it has no value), at most {@link #MAX_RANGE}.
   */
  public SignalSeries intensity(HourlyIntensityRequest r) {
    if (!r.to().isAfter(r.from()) || Duration.between(r.from(), r.to()).compareTo(MAX_RANGE) > 0) {
      check(
          List.of(
              new Problem(
                  "to", r.to().toString(), "to must be after from and at most 366 days later.")));
    }
    SignalSource source = signals.get();
    SignalLocation l = resolve(source, List.of(r.location())).get(0);
    return source.history(l.name(), r.from(), r.to()).orElseThrow().over(r.from(), r.to());
  }

  /** The named locations (each once, in order); every unknown one is a problem. */
  private static List<SignalLocation> resolve(SignalSource source, List<String> names) {
    List<SignalLocation> out = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    for (String n : names) {
      var l = source.find(n);
      if (l.isEmpty()) {
        problems.add(
            new Problem(
                "location",
                n,
                "Unknown location '" + n + "'; GET /locations lists the known ones."));
      } else if (out.stream().noneMatch(o -> o.name().equals(l.get().name()))) {
        out.add(l.get());
      }
    }
    check(problems);
    return out;
  }

  private static void check(List<Problem> problems) {
    if (!problems.isEmpty()) {
      throw CarbonAwareQueryException.invalid(problems);
    }
  }
}
