package io.terawatt.grid;

import io.terawatt.timeseries.HourlySeries;
import java.time.Instant;

/**
 * An hourly grid series with its metadata and a flag per hour for values that are estimated (by the
 * provider, or filled by a named gap policy).
 *
 * @param metadata what the series is
 * @param values hourly values in {@code metadata.unit()}
 * @param estimated true for estimated hours; same length as the values
 */
public record GridSeries(SeriesMetadata metadata, HourlySeries values, boolean[] estimated) {

  /** Checks that units and lengths agree, and copies the flags. */
  public GridSeries {
    if (!values.unit().equals(metadata.unit())) {
      throw new IllegalArgumentException(
          "The values are in "
              + values.unit()
              + " but "
              + metadata.describe()
              + " expects "
              + metadata.unit()
              + ".");
    }
    if (estimated.length != values.hours()) {
      throw new IllegalArgumentException(
          "There are " + estimated.length + " estimated flags for " + values.hours() + " hours.");
    }
    estimated = estimated.clone();
  }

  /** A copy of the estimated flags. */
  @Override
  public boolean[] estimated() {
    return estimated.clone();
  }

  /** The first hour. */
  public Instant start() {
    return values.start();
  }

  /** Number of hours. */
  public int hours() {
    return values.hours();
  }

  /** Number of estimated hours. */
  public int estimatedHours() {
    int n = 0;
    for (boolean b : estimated) {
      n += b ? 1 : 0;
    }
    return n;
  }
}
