package io.terawatt.grid;

/**
 * How forecasts a provider actually issued (for example WattTime's) scored against the measured
 * hours, next to the evaluated model on the same hours.
 *
 * @param source describes the provider data
 * @param horizonHours the horizon compared (1 h: the provider's next-hour values)
 * @param hours hours compared
 * @param providerMapePercent the provider's MAPE, percent
 * @param modelMapePercent the fitted model's MAPE on the same hours, percent
 */
public record IssuedForecastScore(
    String source,
    int horizonHours,
    int hours,
    double providerMapePercent,
    double modelMapePercent) {}
