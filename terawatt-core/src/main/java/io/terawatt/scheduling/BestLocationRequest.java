package io.terawatt.scheduling;

import java.time.Instant;
import java.util.List;

/**
 * Which of some locations has the cleanest electricity at a time: see {@link
 * CarbonAwareService#bestLocations}.
 *
 * @param locations candidate location names, at least one
 * @param at the time
 */
public record BestLocationRequest(List<String> locations, Instant at) {

  /** Copies the list. */
  public BestLocationRequest {
    locations = List.copyOf(locations);
  }
}
