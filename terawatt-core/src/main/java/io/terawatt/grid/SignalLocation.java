package io.terawatt.grid;

import java.time.Instant;

/**
 * A location a {@link SignalSource} serves, with what its signal is and the span it covers.
 *
 * @param metadata the signal: zone (the location name), signal type, basis, unit and origin
 * @param start start of the covered span
 * @param end end of the covered span, exclusive
 */
public record SignalLocation(SeriesMetadata metadata, Instant start, Instant end) {

  /** The location (zone) name. */
  public String name() {
    return metadata.zone();
  }

  /** Where the values come from, for example {@code imported} or {@code built-in typical year}. */
  public String origin() {
    return metadata.source();
  }
}
