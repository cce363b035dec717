package io.terawatt.scheduling;

import java.time.Instant;

/**
 * The mean intensity of a location over a period, as the Carbon Aware SDK's {@code
 * /emissions/average-carbon-intensity}: see {@link CarbonAwareService#averageIntensity}.
 *
 * @param location location name
 * @param startTime start of the period
 * @param endTime end of the period, exclusive
 */
public record AverageIntensityRequest(String location, Instant startTime, Instant endTime) {}
