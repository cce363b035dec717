package io.terawatt.grid;

import java.time.Instant;

/**
 * A forecast of one location's signal, as issued at one time.
 *
 * @param model what made it, for example {@code regression} or {@code typical-year}
 * @param generatedAt when it was issued, the start of its first point
 * @param values the forecast points, from {@code generatedAt}
 */
public record SignalForecast(String model, Instant generatedAt, SignalSeries values) {}
