package io.terawatt.grid;

import java.util.Locale;
import java.util.Optional;

/** Whether a carbon intensity counts life-cycle emissions or only direct (stack) emissions. */
public enum EmissionBasis {
  /** Life-cycle emissions (construction, fuel supply, operation), as IPCC AR5 medians. */
  LIFECYCLE,
  /** Direct combustion emissions only. */
  DIRECT,
  /** Not a carbon signal (prices). */
  NOT_APPLICABLE;

  /** Lower-case identifier used in files and the CLI. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses {@code lifecycle} or {@code direct}. */
  public static Optional<EmissionBasis> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    for (EmissionBasis b : values()) {
      if (b.id().equalsIgnoreCase(text.trim().replace('-', '_'))) {
        return Optional.of(b);
      }
    }
    return Optional.empty();
  }
}
