package io.terawatt.ethics;

import java.util.Objects;

/**
 * One criterion options are measured on.
 *
 * @param name identifier that carries its unit, for example {@code carbon_location_tCO2e}
 * @param unit the unit, for example {@code tCO2e}
 * @param direction whether less or more is better
 * @param source where the values or the method come from (a citation, or "user input")
 */
public record Indicator(String name, String unit, Direction direction, String source) {

  /** Rejects blank names and a missing direction. */
  public Indicator {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("An indicator needs a name.");
    }
    Objects.requireNonNull(direction, "direction");
    unit = unit == null ? "" : unit;
    source = source == null ? "" : source;
  }

  /** Whether more is better. */
  public boolean maximise() {
    return direction == Direction.MAX;
  }
}
