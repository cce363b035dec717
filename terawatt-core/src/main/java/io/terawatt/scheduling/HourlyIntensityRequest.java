package io.terawatt.scheduling;

import java.time.Instant;

/**
 * A location's signal point by point over a range: see {@link CarbonAwareService#intensity}.
 *
 * @param location location name
 * @param from start of the range
 * @param to end of the range, exclusive
 */
public record HourlyIntensityRequest(String location, Instant from, Instant to) {}
