package io.terawatt.grid;

import io.terawatt.timeseries.HourlySeries;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * An hourly series after clean-up. Hours that are still missing (policy {@code none}) are NaN; they
 * are counted in the report and never stored.
 *
 * @param metadata what the series is
 * @param firstHour the first hour
 * @param values hourly values, NaN where missing
 * @param estimated estimated flags (provider estimates and filled hours)
 * @param report what clean-up did
 */
public record CleanSeries(
    SeriesMetadata metadata,
    Instant firstHour,
    double[] values,
    boolean[] estimated,
    CleanupReport report) {

  /** Number of hours spanned, gaps included. */
  public int hours() {
    return values.length;
  }

  /** The hour at an index. */
  public Instant hourAt(int index) {
    return firstHour.plus(Duration.ofHours(index));
  }

  /** A gap-free {@link GridSeries}, or empty when gaps remain. */
  public Optional<GridSeries> toGridSeries() {
    for (double v : values) {
      if (Double.isNaN(v)) {
        return Optional.empty();
      }
    }
    return Optional.of(
        new GridSeries(metadata, new HourlySeries(firstHour, values, metadata.unit()), estimated));
  }
}
