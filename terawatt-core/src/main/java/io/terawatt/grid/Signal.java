package io.terawatt.grid;

import java.util.Locale;
import java.util.Optional;

/**
 * Which carbon signal a series carries. Average (attributional) and marginal (consequential)
 * intensities answer different questions and must never be combined.
 */
public enum Signal {
  /** Average intensity of the electricity consumed (or produced) in the zone. */
  AVERAGE,
  /** Marginal operating emissions rate: the emissions of the next unit of demand. */
  MARGINAL,
  /** Not a carbon signal (prices). */
  NOT_APPLICABLE;

  /** Lower-case identifier used in files and the CLI. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses {@code average}, {@code marginal}. */
  public static Optional<Signal> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    for (Signal s : values()) {
      if (s.id().equalsIgnoreCase(text.trim().replace('-', '_'))) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }
}
