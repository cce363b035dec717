package io.terawatt.grid;

import java.time.Instant;
import java.util.Optional;

/**
 * A forecast of hourly carbon intensity issued at one hour.
 *
 * @param zone the zone
 * @param issuedAt the issue time, a whole UTC hour; only data before it is used
 * @param horizonHours hours forecast, 1 to {@link GridForecastService#MAX_HORIZON_HOURS}
 * @param model a forecast model name (regression, seasonal-naive-24, seasonal-naive-168,
 *     persistence)
 * @param trainingDays days of history before the issue time to fit on (at least {@link
 *     GridForecastService#MIN_HISTORY_DAYS} are read)
 * @param signal the signal wanted, or empty for what the zone has (average first)
 * @param basis the basis wanted, or empty for what the zone has (life-cycle first)
 */
public record GridForecastRequest(
    String zone,
    Instant issuedAt,
    int horizonHours,
    String model,
    int trainingDays,
    Optional<Signal> signal,
    Optional<EmissionBasis> basis) {}
