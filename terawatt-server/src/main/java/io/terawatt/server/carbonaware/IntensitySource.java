package io.terawatt.server.carbonaware;

import java.time.Instant;

/**
 * The hourly carbon intensity of one location, in gCO2e/kWh, over a covered range of hours. Hours
 * are counted from the epoch ({@code epochHour = epochSecond / 3600}).
 */
public interface IntensitySource {

  /** The location (grid zone) name, as listed by {@code /locations}. */
  String location();

  /** Where the values come from: {@code imported} or {@code built-in typical year}. */
  String origin();

  /** First covered hour (inclusive). */
  Instant start();

  /** End of coverage (exclusive). */
  Instant end();

  /**
   * The intensity of the hour {@code epochHour}, gCO2e/kWh, or NaN when that hour has no value
   * (outside the coverage or a gap in imported data).
   */
  double intensityAt_gCO2e_per_kWh(long epochHour);

  /** Whether every hour of {@code [fromHour, toHour)} has a value. */
  default boolean covers(long fromHour, long toHour) {
    for (long h = fromHour; h < toHour; h++) {
      if (Double.isNaN(intensityAt_gCO2e_per_kWh(h))) {
        return false;
      }
    }
    return true;
  }
}
