package io.terawatt.grid;

import java.time.Instant;
import java.util.Optional;

/**
 * A query for the stored hourly values of one zone over {@code [from, to)}.
 *
 * @param zone the zone
 * @param from first hour, inclusive
 * @param to last hour, exclusive
 * @param prices prices (USD_per_MWh) instead of carbon intensity
 * @param signal the signal wanted, or empty for {@link GridQueryService#DEFAULT_SIGNAL}
 * @param basis the basis wanted, or empty for {@link GridQueryService#DEFAULT_BASIS}
 */
public record GridQueryRequest(
    String zone,
    Instant from,
    Instant to,
    boolean prices,
    Optional<Signal> signal,
    Optional<EmissionBasis> basis) {}
