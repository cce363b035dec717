package io.terawatt.grid;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Where carbon signals come from: for a location and a time range, the points a source has (with
 * their signal type, unit, origin and resolution), and, when the source can, a forecast. The
 * built-in typical years, data imported into the grid store and series read from files are sources;
 * {@link SignalSources#firstOf} chains them. Location names match without regard to case or
 * surrounding blanks; results carry the source's own spelling.
 */
public interface SignalSource {

  /** Every location served, in the source's order. */
  List<SignalLocation> locations();

  /** The location named {@code location}, when served. */
  default Optional<SignalLocation> find(String location) {
    String key = key(location);
    return locations().stream().filter(l -> key(l.name()).equals(key)).findFirst();
  }

  /**
   * The observed signal of a location: a series holding at least every point that overlaps {@code
   * [from, to)} and the point containing {@code from} (it may hold more), NaN where the source has
   * no value. Empty when the source does not serve the location.
   */
  Optional<SignalSeries> history(String location, Instant from, Instant to);

  /**
   * The forecast of a location issued at {@code generatedAt} (a whole hour) over {@code horizon},
   * or empty when this source cannot forecast that location then. Sources without forecasts keep
   * the default.
   */
  default Optional<SignalForecast> forecast(
      String location, Instant generatedAt, Duration horizon) {
    return Optional.empty();
  }

  /** The form location names are compared in. */
  static String key(String location) {
    return location.trim().toUpperCase(Locale.ROOT);
  }
}
