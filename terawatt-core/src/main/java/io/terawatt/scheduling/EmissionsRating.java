package io.terawatt.scheduling;

import java.time.Duration;
import java.time.Instant;

/**
 * An intensity rating of a location over an interval, as the Carbon Aware SDK's {@code
 * EmissionsData} (location, time, duration, rating).
 *
 * @param location location (zone) name
 * @param start start of the interval
 * @param duration length of the interval
 * @param rating_gCO2e_per_kWh time-weighted mean intensity over the interval, gCO2e/kWh
 */
public record EmissionsRating(
    String location, Instant start, Duration duration, double rating_gCO2e_per_kWh) {

  /** End of the interval, exclusive. */
  public Instant end() {
    return start.plus(duration);
  }
}
