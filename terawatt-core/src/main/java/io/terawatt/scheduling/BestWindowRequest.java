package io.terawatt.scheduling;

import java.time.Duration;
import java.time.Instant;

/**
 * When in a range a job of a given length runs on the cleanest electricity: see {@link
 * CarbonAwareService#bestWindows}.
 *
 * @param location location name
 * @param from windows start at or after this
 * @param to windows end at or before this
 * @param windowSize the job's length, positive
 */
public record BestWindowRequest(String location, Instant from, Instant to, Duration windowSize) {}
