package io.terawatt.server.carbonaware;

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
 * @param forecastData one window per data point inside the boundaries, mean gCO2e/kWh
 * @param optimalDataPoints the windows with the lowest mean (several on a tie)
 */
public record Forecast(
    String location,
    Instant requestedAt,
    Instant generatedAt,
    Instant dataStartAt,
    Instant dataEndAt,
    Duration windowSize,
    String model,
    List<EmissionsPoint> forecastData,
    List<EmissionsPoint> optimalDataPoints) {}
