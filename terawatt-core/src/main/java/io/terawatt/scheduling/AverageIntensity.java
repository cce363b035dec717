package io.terawatt.scheduling;

import java.time.Instant;

/**
 * The time-weighted mean intensity of a location over a period: the SDK's {@code
 * CarbonIntensityDTO}.
 *
 * @param location the location name as requested
 * @param startTime start of the period
 * @param endTime end of the period, exclusive
 * @param carbonIntensity_gCO2e_per_kWh the mean, gCO2e/kWh
 */
public record AverageIntensity(
    String location, Instant startTime, Instant endTime, double carbonIntensity_gCO2e_per_kWh) {}
