package io.terawatt.scheduling;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Emissions data of locations over a range, as the Carbon Aware SDK's {@code
 * /emissions/bylocations}: see {@link CarbonAwareService#emissions}.
 *
 * @param locations location names, at least one
 * @param time start of the range, or null for {@code toTime} minus {@link
 *     CarbonAwareService#DEFAULT_RANGE}
 * @param toTime end of the range, or null for {@code time} (or now when both are null)
 * @param duration rate each point over this long from its start; zero for the point's own value
 */
public record EmissionsRequest(
    List<String> locations, Instant time, Instant toTime, Duration duration) {

  /** Longest {@code duration}, minutes (31 days). */
  public static final int MAX_DURATION_MINUTES = 60 * 24 * 31;

  /** Copies the list; a null duration is zero. */
  public EmissionsRequest {
    locations = List.copyOf(locations);
    duration = duration == null ? Duration.ZERO : duration;
  }
}
