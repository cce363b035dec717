package io.terawatt.scheduling;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A current forecast of one location with its rolling windows: the SDK's {@code EmissionsForecast}.
 *
 * @param location location name
 * @param requestedAt when the request was made
 * @param generatedAt when the forecast was issued (the start of the current hour)
 * @param dataStartAt start boundary of the windows
 * @param dataEndAt end boundary of the windows
 * @param windowSize length of each window
 * @param model the forecast model, for example {@code regression} or {@code typical-year}
 * @param forecastData one window per forecast point inside the boundaries, in time order
 * @param optimalDataPoints the windows with the lowest mean, every tie, in time order
 */
public record EmissionsForecast(
    String location,
    Instant requestedAt,
    Instant generatedAt,
    Instant dataStartAt,
    Instant dataEndAt,
    Duration windowSize,
    String model,
    List<EmissionsRating> forecastData,
    List<EmissionsRating> optimalDataPoints) {

  /** Copies the lists. */
  public EmissionsForecast {
    forecastData = List.copyOf(forecastData);
    optimalDataPoints = List.copyOf(optimalDataPoints);
  }
}
