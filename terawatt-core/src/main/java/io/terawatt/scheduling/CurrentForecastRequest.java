package io.terawatt.scheduling;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The current forecast of locations with its rolling windows, as the Carbon Aware SDK's {@code
 * /emissions/forecasts/current}: see {@link CarbonAwareService#currentForecasts}.
 *
 * @param locations location names, at least one
 * @param dataStartAt windows start at or after this, or null for the start of the forecast
 * @param dataEndAt windows end at or before this, or null for the end of the forecast
 * @param windowSize window length, or null for {@link CarbonAwareService#DEFAULT_WINDOW}
 */
public record CurrentForecastRequest(
    List<String> locations, Instant dataStartAt, Instant dataEndAt, Duration windowSize) {

  /** Longest window, minutes (the whole forecast). */
  public static final int MAX_WINDOW_MINUTES = 60 * CarbonAwareService.FORECAST_HOURS;

  /** Copies the list. */
  public CurrentForecastRequest {
    locations = List.copyOf(locations);
  }
}
