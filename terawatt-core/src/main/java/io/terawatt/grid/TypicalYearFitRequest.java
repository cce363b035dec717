package io.terawatt.grid;

import java.util.List;

/**
 * The data to fit typical years on.
 *
 * @param preferred series that take precedence (the hourly per-zone files), in zone order
 * @param fallback series of zones that {@code preferred} lacks (the wide one-year file)
 */
public record TypicalYearFitRequest(List<ZoneSeries> preferred, List<ZoneSeries> fallback) {
  /** Copies the lists. */
  public TypicalYearFitRequest {
    preferred = List.copyOf(preferred);
    fallback = List.copyOf(fallback);
  }
}
