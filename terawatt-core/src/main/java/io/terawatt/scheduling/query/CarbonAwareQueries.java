package io.terawatt.scheduling.query;

import io.terawatt.timeseries.HourlySeries;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Carbon Aware SDK-style queries on hourly intensity series (Green-Software-Foundation/
 * carbon-aware-sdk, MIT; semantics re-implemented here, no code taken):
 *
 * <ul>
 *   <li>{@link #bestLocationAt}: as {@code GetBestEmissionsDataAsync} for one instant: the
 *       location(s) with the lowest rating in the hour containing the instant; every location tied
 *       at the minimum is returned, as the SDK returns a list.
 *   <li>{@link #bestWindow}: as the forecast's {@code optimalDataPoints}: rolling time-weighted
 *       means of {@code windowSize} starting at each whole hour in {@code [from, to)}, where the
 *       window must lie entirely inside {@code [from, to)} and inside the data (the SDK's {@code
 *       RollingAverage} only emits windows its data covers); the lowest mean wins, ties to the
 *       earliest start.
 *   <li>{@link #emissionsBetween}: as {@code GetAverageCarbonIntensityAsync}: the time-weighted
 *       mean over {@code [from, to)}, partial hours weighted by their overlap.
 * </ul>
 */
public final class CarbonAwareQueries {
  private final Map<String, HourlySeries> intensities;

  /** Queries over these locations' hourly intensities, gCO2e/kWh. */
  public CarbonAwareQueries(Map<String, HourlySeries> intensities) {
    this.intensities = new LinkedHashMap<>(intensities);
  }

  /** The locations with the lowest intensity in the hour containing {@code at}. */
  public List<EmissionsRating> bestLocationAt(Instant at) {
    return bestLocationAt(intensities, at);
  }

  /**
   * The locations with the lowest intensity in the hour containing {@code at} (all of them on a
   * tie, in map order); locations whose series does not cover {@code at} are left out.
   *
   * @throws IllegalArgumentException when no series covers {@code at}
   */
  public static List<EmissionsRating> bestLocationAt(
      Map<String, HourlySeries> intensities, Instant at) {
    List<EmissionsRating> best = new ArrayList<>();
    double min = Double.POSITIVE_INFINITY;
    for (Map.Entry<String, HourlySeries> e : intensities.entrySet()) {
      HourlySeries s = e.getValue();
      if (at.isBefore(s.start()) || !at.isBefore(s.end())) {
        continue;
      }
      int h = (int) Duration.between(s.start(), at).toHours();
      double v = s.valueAt(h);
      EmissionsRating r =
          new EmissionsRating(
              e.getKey(), s.start().plus(Duration.ofHours(h)), Duration.ofHours(1), v);
      if (v < min) {
        min = v;
        best.clear();
        best.add(r);
      } else if (v == min) {
        best.add(r);
      }
    }
    if (best.isEmpty()) {
      throw new IllegalArgumentException(
          "No location's series covers " + at + "; the locations are " + intensities.keySet());
    }
    return best;
  }

  /**
   * The start of the {@code windowSize} window with the lowest mean intensity in {@code [from,
   * to)}.
   *
   * @param location name put in the result
   * @throws IllegalArgumentException when no window fits in {@code [from, to)} and the data
   */
  public static EmissionsRating bestWindow(
      String location, HourlySeries series, Instant from, Instant to, Duration windowSize) {
    if (windowSize.isNegative() || windowSize.isZero()) {
      throw new IllegalArgumentException("The window size " + windowSize + " must be positive.");
    }
    Instant lo = from.isBefore(series.start()) ? series.start() : from;
    Instant hi = to.isAfter(series.end()) ? series.end() : to;
    Instant first = lo.truncatedTo(ChronoUnit.HOURS);
    if (first.isBefore(lo)) {
      first = first.plus(Duration.ofHours(1));
    }
    // Hourly series start on a whole hour here; candidates are whole-hour starts of the series.
    EmissionsRating best = null;
    for (Instant t = first; !t.plus(windowSize).isAfter(hi); t = t.plus(Duration.ofHours(1))) {
      double mean = series.meanOver(t, windowSize);
      if (best == null || mean < best.rating_gCO2e_per_kWh()) {
        best = new EmissionsRating(location, t, windowSize, mean);
      }
    }
    if (best == null) {
      throw new IllegalArgumentException(
          "No window of "
              + windowSize
              + " fits in ["
              + from
              + ", "
              + to
              + ") within the data of "
              + location
              + " ("
              + series.start()
              + " to "
              + series.end()
              + ").");
    }
    return best;
  }

  /** {@link #bestWindow(String, HourlySeries, Instant, Instant, Duration)} of a known location. */
  public EmissionsRating bestWindow(
      String location, Instant from, Instant to, Duration windowSize) {
    return bestWindow(location, series(location), from, to, windowSize);
  }

  /**
   * The time-weighted mean intensity of {@code location} over {@code [from, to)}.
   *
   * @throws IllegalArgumentException for an unknown location or an interval the data does not cover
   */
  public EmissionsRating emissionsBetween(String location, Instant from, Instant to) {
    Duration d = Duration.between(from, to);
    return new EmissionsRating(location, from, d, series(location).meanOver(from, d));
  }

  private HourlySeries series(String location) {
    HourlySeries s = intensities.get(location);
    if (s == null) {
      throw new IllegalArgumentException(
          "Unknown location " + location + "; the locations are " + intensities.keySet());
    }
    return s;
  }
}
