package io.terawatt.grid;

/**
 * One value of a forecast as it was issued (for example WattTime's), kept to compare our forecasts
 * with what providers actually said at the time.
 *
 * @param zone grid zone
 * @param issuedEpochSecond when it was issued
 * @param targetEpochSecond the time it forecasts
 * @param value_gCO2e_per_kWh the forecast value
 */
public record IssuedForecast(
    String zone, long issuedEpochSecond, long targetEpochSecond, double value_gCO2e_per_kWh) {}
