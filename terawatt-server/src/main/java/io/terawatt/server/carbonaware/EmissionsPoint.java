package io.terawatt.server.carbonaware;

import java.time.Duration;
import java.time.Instant;

/**
 * One rated interval of one location: the SDK's {@code EmissionsData}.
 *
 * @param location location name
 * @param time start of the interval
 * @param duration length of the interval
 * @param rating_gCO2e_per_kWh time-weighted mean intensity over the interval, gCO2e/kWh
 */
public record EmissionsPoint(
    String location, Instant time, Duration duration, double rating_gCO2e_per_kWh) {}
